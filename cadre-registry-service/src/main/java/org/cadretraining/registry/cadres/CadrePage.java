package org.cadretraining.registry.cadres;

import java.util.List;

/** A page of cadres and how many match in all. */
public record CadrePage(List<Cadre> items, long total) {
}

package org.cadretraining.bordersfixture.beta;

/** The feature's public entry: what other features may use. */
public class BetaEntry {
    public String find() {
        return "x";
    }
}

package org.cadretraining.enrollment.cadres;

import java.util.UUID;

/**
 * Told inside the replica's transaction when a cadre moved with their unit in a reorganization (a CadreTransferred
 * naming one): what follows the cadre, their open nominations and the share of the seats, follows at once.
 */
public record MovedByReorganization(UUID cadreId, UUID fromUnitId, UUID toUnitId, String reorganizationId) {
}

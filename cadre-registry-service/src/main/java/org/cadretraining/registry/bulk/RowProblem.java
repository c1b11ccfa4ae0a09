package org.cadretraining.registry.bulk;

/** Why one row was rejected: its line in the sheet, the column header, and a reason an official can act on. */
public record RowProblem(int line, String column, String reason) {
}

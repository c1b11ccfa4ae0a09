package org.cadretraining.registry.bulk;

import java.util.List;

/**
 * What an import did, or would do on a dry run. {@code committed} is false when nothing was written: a dry run, or
 * an all-or-nothing import with rejected rows.
 */
public record ImportReport(String fileName, SheetFormat format, boolean dryRun, boolean committed, int rows, int accepted,
                           int created, int updated, int unchanged, int transferred, int levelsRecorded,
                           List<RowProblem> rejected) {
}

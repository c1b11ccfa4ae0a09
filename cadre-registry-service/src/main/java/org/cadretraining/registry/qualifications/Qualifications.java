package org.cadretraining.registry.qualifications;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

/** The qualifications feature as the other features see it: read a cadre's records, and add records. */
@Service
public class Qualifications {
    private final QualificationRepository records;

    Qualifications(QualificationRepository records) {
        this.records = records;
    }

    public QualificationHistory historyOf(UUID cadreId) {
        return records.historyOf(cadreId);
    }

    /** The histories of many cadres in one query; a cadre without records is absent from the map. */
    public Map<UUID, QualificationHistory> historiesOf(Collection<UUID> cadreIds) {
        return records.historiesOf(cadreIds);
    }

    /** Writes the records in JDBC batches, in the caller's transaction. */
    public void insertAll(List<QualificationRecord> added) {
        records.insertAll(added);
    }
}

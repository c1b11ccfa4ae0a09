package org.cadretraining.reporting.ingest;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.cadretraining.platform.events.EventCodec;
import org.cadretraining.reporting.views.CadreProgress;
import org.cadretraining.reporting.views.UnitContribution;
import org.cadretraining.reporting.views.UnitProgress;
import org.cadretraining.reporting.views.UnitView;

/** JSON for the records kept in state stores and changelogs, with the same tolerant reader as the events. */
public class JsonSerde<T> implements Serde<T> {
    private final Class<T> type;

    public JsonSerde(Class<T> type) {
        this.type = type;
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> value == null ? null : EventCodec.toJson(value);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> bytes == null ? null : EventCodec.fromJson(bytes, type);
    }

    /** Named serdes, so the binder's configuration can refer to them by class. */
    public static class UnitViewSerde extends JsonSerde<UnitView> {
        public UnitViewSerde() {
            super(UnitView.class);
        }
    }

    public static class ReferenceEntrySerde extends JsonSerde<org.cadretraining.reporting.views.ReferenceEntry> {
        public ReferenceEntrySerde() {
            super(org.cadretraining.reporting.views.ReferenceEntry.class);
        }
    }

    public static class TargetSerde extends JsonSerde<org.cadretraining.reporting.views.Target> {
        public TargetSerde() {
            super(org.cadretraining.reporting.views.Target.class);
        }
    }

    public static class CadreProgressSerde extends JsonSerde<CadreProgress> {
        public CadreProgressSerde() {
            super(CadreProgress.class);
        }
    }

    public static class UnitProgressSerde extends JsonSerde<UnitProgress> {
        public UnitProgressSerde() {
            super(UnitProgress.class);
        }
    }

    public static class UnitContributionSerde extends JsonSerde<UnitContribution> {
        public UnitContributionSerde() {
            super(UnitContribution.class);
        }
    }
}

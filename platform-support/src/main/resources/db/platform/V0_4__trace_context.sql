-- The W3C trace context of the request that wrote an event, sent with it as the traceparent (and tracestate) header;
-- null for an event written outside any trace.
ALTER TABLE outbox_event ADD COLUMN traceparent text;
ALTER TABLE outbox_event ADD COLUMN tracestate text;
-- The trace an event was applied in: the writer's, when the event carried one.
ALTER TABLE processed_event ADD COLUMN trace_id text;

#!/bin/bash
# Run by start.sh once the broker answers, as the operator (a super user): creates the catalogue's topics with their retention
# policy (topics.txt) and the ACLs (acls.txt). Both are idempotent, so it runs on every "docker compose up".
set -euo pipefail
bootstrap=localhost:9092
admin=/tmp/kafka-run/admin.properties
here=$(dirname "$0")
grep -v '^#' "$here/topics.txt" | while read -r name partitions configs; do
  args=()
  for config in ${configs//,/ }; do args+=(--config "$config"); done
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$bootstrap" --command-config "$admin" --create --if-not-exists \
    --topic "$name" --partitions "$partitions" --replication-factor 1 "${args[@]}"
done
grep -v '^#' "$here/acls.txt" | while read -r principal type pattern name operation; do
  case "$type" in
    Topic) resource=--topic ;;
    Group) resource=--group ;;
    TransactionalId) resource=--transactional-id ;;
    *) echo "Unknown resource type $type" >&2; exit 1 ;;
  esac
  /opt/kafka/bin/kafka-acls.sh --bootstrap-server "$bootstrap" --command-config "$admin" --add --force \
    --allow-principal "$principal" "$resource" "$name" --resource-pattern-type "$pattern" --operation "$operation" > /dev/null
done
echo "Topics and ACLs in place."

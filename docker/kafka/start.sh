#!/bin/bash
# The compose stack's broker (single node, KRaft): every client authenticates with SCRAM-SHA-512 over TLS (SASL_SSL),
# and the StandardAuthorizer refuses what no ACL allows (setup.sh sets them). The controller listener answers on the
# container's loopback only, to the broker alone. Secrets come from the environment (.env); none is in this file.
set -euo pipefail
for variable in KAFKA_BROKER_PASSWORD KAFKA_ADMIN_PASSWORD KAFKA_TLS_PASSWORD REGISTRY_KAFKA_PASSWORD \
    ENROLLMENT_KAFKA_PASSWORD REPORTING_KAFKA_PASSWORD AGENCY_NATIONAL_DB_KAFKA_PASSWORD AGENCY_STATISTICS_KAFKA_PASSWORD; do
  [ -n "${!variable:-}" ] || { echo "$variable is not set" >&2; exit 1; }
done
certs=/var/lib/kafka/certs
ca=/var/lib/kafka/ca/ca.pem
config=/tmp/kafka-run
mkdir -p "$config"

scram() { echo "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"$1\" password=\"$2\";"; }
cat > "$config/server.properties" <<PROPERTIES
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@localhost:9093
listeners=SASL_SSL://:9092,EXTERNAL://:29092,CONTROLLER://localhost:9093
advertised.listeners=SASL_SSL://kafka:9092,EXTERNAL://localhost:29092
listener.security.protocol.map=SASL_SSL:SASL_SSL,EXTERNAL:SASL_SSL,CONTROLLER:SASL_PLAINTEXT
controller.listener.names=CONTROLLER
inter.broker.listener.name=SASL_SSL
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=$(scram broker "$KAFKA_BROKER_PASSWORD")
listener.name.external.scram-sha-512.sasl.jaas.config=$(scram broker "$KAFKA_BROKER_PASSWORD")
sasl.mechanism.controller.protocol=PLAIN
listener.name.controller.sasl.enabled.mechanisms=PLAIN
listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="broker" password="$KAFKA_BROKER_PASSWORD" user_broker="$KAFKA_BROKER_PASSWORD";
ssl.keystore.location=$certs/broker.p12
ssl.keystore.type=PKCS12
ssl.keystore.password=$KAFKA_TLS_PASSWORD
ssl.key.password=$KAFKA_TLS_PASSWORD
ssl.truststore.location=$ca
ssl.truststore.type=PEM
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:broker;User:admin
allow.everyone.if.no.acl.found=false
log.dirs=/var/lib/kafka/data
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
num.partitions=6
auto.create.topics.enable=false
PROPERTIES

# The operator's client settings, for the health check and setup.sh.
cat > "$config/admin.properties" <<PROPERTIES
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=$(scram admin "$KAFKA_ADMIN_PASSWORD")
ssl.truststore.location=$ca
ssl.truststore.type=PEM
PROPERTIES

# SCRAM credentials are bootstrapped into the metadata log when the storage is first formatted (KIP-900); on a kept
# volume --ignore-formatted leaves them, and a changed password is set with kafka-configs.sh (README).
/opt/kafka/bin/kafka-storage.sh format --ignore-formatted --config "$config/server.properties" \
  --cluster-id "${KAFKA_CLUSTER_ID:-$(/opt/kafka/bin/kafka-storage.sh random-uuid)}" \
  --add-scram "SCRAM-SHA-512=[name=broker,password=$KAFKA_BROKER_PASSWORD]" \
  --add-scram "SCRAM-SHA-512=[name=admin,password=$KAFKA_ADMIN_PASSWORD]" \
  --add-scram "SCRAM-SHA-512=[name=cadre-registry-service,password=$REGISTRY_KAFKA_PASSWORD]" \
  --add-scram "SCRAM-SHA-512=[name=enrollment-service,password=$ENROLLMENT_KAFKA_PASSWORD]" \
  --add-scram "SCRAM-SHA-512=[name=reporting-service,password=$REPORTING_KAFKA_PASSWORD]" \
  --add-scram "SCRAM-SHA-512=[name=agency.national-db,password=$AGENCY_NATIONAL_DB_KAFKA_PASSWORD]" \
  --add-scram "SCRAM-SHA-512=[name=agency.statistics,password=$AGENCY_STATISTICS_KAFKA_PASSWORD]"
/opt/kafka/bin/kafka-server-start.sh "$config/server.properties" &
broker=$!
trap 'kill -TERM $broker; wait $broker' TERM INT
until /opt/kafka/bin/kafka-broker-api-versions.sh --bootstrap-server localhost:9092 --command-config "$config/admin.properties" > /dev/null 2>&1; do
  sleep 2
done
# Topics and ACLs before anyone else is let in: the health check waits for this.
"$(dirname "$0")/setup.sh" && touch "$config/ready"
wait $broker

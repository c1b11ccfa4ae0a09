#!/bin/bash
# Run once before the broker (as root, to own the volumes): a CA of this stack's own and the broker's certificate for
# the names kafka and localhost. The broker's key store goes to the kafka-certs volume (the broker's alone, uid 1000);
# the CA certificate to kafka-ca, which the services mount read-only to trust the broker (a PEM trust store, no
# password). Kept volumes keep them: nothing is made again.
set -euo pipefail
[ -n "${KAFKA_TLS_PASSWORD:-}" ] || { echo "KAFKA_TLS_PASSWORD is not set" >&2; exit 1; }
certs=/var/lib/kafka/certs
ca=/var/lib/kafka/ca
if [ -f "$certs/broker.p12" ] && [ -f "$ca/ca.pem" ]; then
  exit 0
fi
work=$(mktemp -d)
keytool -genkeypair -alias ca -dname CN=cadre-training-kafka-ca -ext bc:c -keyalg RSA -keysize 3072 -validity 825 \
  -keystore "$work/ca.p12" -storetype PKCS12 -storepass "$KAFKA_TLS_PASSWORD"
keytool -exportcert -rfc -alias ca -keystore "$work/ca.p12" -storepass "$KAFKA_TLS_PASSWORD" > "$ca/ca.pem"
keytool -genkeypair -alias broker -dname CN=kafka -keyalg RSA -keysize 3072 -validity 825 \
  -keystore "$certs/broker.p12" -storetype PKCS12 -storepass "$KAFKA_TLS_PASSWORD"
keytool -certreq -alias broker -keystore "$certs/broker.p12" -storepass "$KAFKA_TLS_PASSWORD" \
  | keytool -gencert -rfc -alias ca -keystore "$work/ca.p12" -storepass "$KAFKA_TLS_PASSWORD" \
      -ext SAN=dns:kafka,dns:localhost -validity 825 > "$work/broker.pem"
keytool -importcert -noprompt -alias ca -file "$ca/ca.pem" -keystore "$certs/broker.p12" -storepass "$KAFKA_TLS_PASSWORD"
keytool -importcert -alias broker -file "$work/broker.pem" -keystore "$certs/broker.p12" -storepass "$KAFKA_TLS_PASSWORD"
# The CA's key is not kept: no further certificate is signed with it.
rm -rf "$work"
chown 1000 "$certs/broker.p12"
chmod 600 "$certs/broker.p12"
chmod 644 "$ca/ca.pem"

-- One database per service, each owned by the service's own login role: no superuser, no role or database creation,
-- no way into another service's database. A service's Flyway migrations run as that role, with DDL on its own
-- database's public schema only (PostgreSQL 15+: the schema belongs to the database's owner; PUBLIC may not create).
-- The passwords come from the postgres container's environment (docker-compose.yml), read with psql's \getenv.
\set ON_ERROR_STOP on
\getenv registry_password REGISTRY_DB_PASSWORD
\getenv enrollment_password ENROLLMENT_DB_PASSWORD
\getenv reporting_password REPORTING_DB_PASSWORD

CREATE ROLE registry LOGIN PASSWORD :'registry_password' NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION;
CREATE ROLE enrollment LOGIN PASSWORD :'enrollment_password' NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION;
CREATE ROLE reporting LOGIN PASSWORD :'reporting_password' NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION;

CREATE DATABASE registry OWNER registry;
CREATE DATABASE enrollment OWNER enrollment;
CREATE DATABASE reporting OWNER reporting;

-- By default every role may connect to every database: only its owner may here.
REVOKE ALL ON DATABASE registry FROM PUBLIC;
REVOKE ALL ON DATABASE enrollment FROM PUBLIC;
REVOKE ALL ON DATABASE reporting FROM PUBLIC;

-- One database per service: they share a server here, never a schema.
CREATE DATABASE registry;
CREATE DATABASE enrollment;
CREATE DATABASE reporting;

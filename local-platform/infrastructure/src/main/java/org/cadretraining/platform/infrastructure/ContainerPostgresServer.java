package org.cadretraining.platform.infrastructure;

import org.testcontainers.postgresql.PostgreSQLContainer;

/** The postgres image, where a Docker engine runs. */
final class ContainerPostgresServer extends JdbcPostgresServer {
    static final String IMAGE = "postgres:17-alpine";
    private final PostgreSQLContainer container;

    ContainerPostgresServer() {
        container = new PostgreSQLContainer(IMAGE).withCommand("postgres", "-c", "max_connections=300", "-c", "fsync=off");
        container.start();
    }

    @Override
    protected String serverUrl(String database) {
        return "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/" + database;
    }

    @Override
    protected String username() {
        return container.getUsername();
    }

    @Override
    protected String password() {
        return container.getPassword();
    }

    @Override
    public String describe() {
        return "container " + IMAGE;
    }

    @Override
    public void close() {
        container.stop();
    }
}

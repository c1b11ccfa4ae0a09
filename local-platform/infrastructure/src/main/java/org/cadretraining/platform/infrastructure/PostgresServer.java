package org.cadretraining.platform.infrastructure;

/** A running PostgreSQL server that hands out one database per service. */
public interface PostgresServer extends AutoCloseable {
    /** The coordinates of the named database, creating it when it does not exist yet. */
    DatabaseCoordinates database(String name);

    String describe();

    @Override
    void close();
}

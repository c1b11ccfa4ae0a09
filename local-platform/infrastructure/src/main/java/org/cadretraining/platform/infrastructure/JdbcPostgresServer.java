package org.cadretraining.platform.infrastructure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Creates one database per service on a server it can log in to as a superuser. */
abstract class JdbcPostgresServer implements PostgresServer {
    protected abstract String serverUrl(String database);

    protected abstract String username();

    protected abstract String password();

    @Override
    public synchronized DatabaseCoordinates database(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(serverUrl("postgres"), username(), password());
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("CREATE DATABASE " + name);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + " on " + describe(), e);
        }
        return new DatabaseCoordinates(serverUrl(name), username(), password());
    }
}

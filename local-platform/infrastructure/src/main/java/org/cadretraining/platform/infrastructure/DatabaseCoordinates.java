package org.cadretraining.platform.infrastructure;

/** Where one service's database is, and how to log in. */
public record DatabaseCoordinates(String jdbcUrl, String username, String password) {
    @Override
    public String toString() {
        return "DatabaseCoordinates[" + jdbcUrl + ", user=" + username + "]";
    }
}

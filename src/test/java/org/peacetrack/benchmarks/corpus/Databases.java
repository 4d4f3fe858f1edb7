package org.peacetrack.benchmarks.corpus;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** Drops and creates the benchmark database named in a JDBC URL, on its server. */
final class Databases {

    private Databases() {
    }

    static void recreate(String url) throws Exception {
        int slash = url.lastIndexOf('/');
        String name = url.substring(slash + 1).replaceAll("\\?.*", "");
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Unexpected database name " + name);
        }
        try (Connection admin = DriverManager.getConnection(url.substring(0, slash) + "/postgres", "postgres", "");
                Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + name + " with (force)");
            sql.execute("create database " + name);
        }
    }
}

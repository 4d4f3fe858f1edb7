package org.peacetrack.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A fresh database on the local PostgreSQL server for one test run. */
public final class TestPostgres {

    static final String SERVER = "127.0.0.1:5432";
    private static final String ADMIN_URL = "jdbc:postgresql://" + SERVER + "/postgres";
    private static final String USER = System.getenv().getOrDefault("PEACETRACK_PG_USER", "postgres");
    /** Overridable so that several checkouts on one machine can run their suites side by side; one per fork. */
    private static final String DATABASE = System.getenv().getOrDefault("PEACETRACK_PG_DATABASE", "peacetrack_test")
            + TestFork.suffix();
    private static boolean created;

    private TestPostgres() {
    }

    static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("PEACETRACK_REQUIRE_POSTGRES"));
    }

    static boolean reachable() {
        DriverManager.setLoginTimeout(3);
        try (Connection ignored = DriverManager.getConnection(ADMIN_URL, USER, "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Points the Spring context at a database created empty for this JVM, so Flyway migrates from scratch. */
    public static synchronized void register(DynamicPropertyRegistry registry) {
        if (!created) {
            recreateDatabase();
            created = true;
        }
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://" + SERVER + "/" + DATABASE);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
    }

    /** A second empty database beside the test database (its name plus the suffix), for tests without Spring. */
    public static javax.sql.DataSource freshDatabase(String suffix) {
        String name = DATABASE + "_" + suffix;
        recreate(name);
        return new org.springframework.jdbc.datasource.DriverManagerDataSource(
                "jdbc:postgresql://" + SERVER + "/" + name, USER, "");
    }

    /** The JDBC address of a second empty database beside the test database (its name plus the suffix). */
    public static String freshDatabaseUrl(String suffix) {
        String name = DATABASE + "_" + suffix;
        recreate(name);
        return "jdbc:postgresql://" + SERVER + "/" + name;
    }

    public static String user() {
        return USER;
    }

    private static void recreateDatabase() {
        recreate(DATABASE);
    }

    private static void recreate(String database) {
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, USER, "");
                Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + database + " with (force)");
            sql.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database on PostgreSQL at " + SERVER, e);
        }
    }
}

package org.peacetrack.testing;

/**
 * Which of Maven's parallel test JVMs this is (surefire's forkNumber, passed as peacetrack.test.fork): what
 * lives outside the JVM, a PostgreSQL database or the OpenSearch node's folder, is named after it so that
 * the forks never share one. Empty outside Maven.
 */
public final class TestFork {

    private TestFork() {
    }

    /** "_2" in the second fork, "" where no fork number is given. */
    public static String suffix() {
        String fork = System.getProperty("peacetrack.test.fork", "");
        return fork.isBlank() || fork.startsWith("$") ? "" : "_" + fork;
    }
}

package org.peacetrack.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * One real OpenSearch 2.19 node for the whole test run, in a JVM of its own on a free loopback port: started
 * by the first test that needs it, reused by every other, stopped when the test JVM ends (its input closes
 * then, even if this JVM is killed). Its class path is what Maven resolved for it into
 * target/opensearch-node.classpath (pom: exec-maven-plugin); its main is src/test/opensearch/OpenSearchTestNode.java.
 */
public final class TestOpenSearch {

    static final Path CLASSPATH = Path.of("target/opensearch-node.classpath");
    private static final Path LAUNCHER = Path.of("src/test/opensearch/OpenSearchTestNode.java");
    private static final Path HOME = Path.of("target/opensearch-node" + TestFork.suffix());
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private static String uri;
    private static String failure;

    private TestOpenSearch() {
    }

    static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("PEACETRACK_REQUIRE_OPENSEARCH"));
    }

    /** The node's address, starting it on first use; null with {@link #failure()} if it cannot start. */
    public static synchronized String uri() {
        if (uri == null && failure == null) {
            try {
                uri = start();
            } catch (IOException | RuntimeException e) {
                failure = e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = "interrupted while starting OpenSearch";
            }
        }
        return uri;
    }

    static String failure() {
        return failure;
    }

    private static String start() throws IOException, InterruptedException {
        if (!Files.exists(CLASSPATH)) {
            throw new IllegalStateException(CLASSPATH + " is missing: run the tests through Maven (./mvnw test)");
        }
        FileSystemUtils.deleteRecursively(HOME);
        Files.createDirectories(HOME);
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process node = new ProcessBuilder(java, "-Xms256m", "-Xmx512m", "-XX:+UseSerialGC",
                "-cp", Files.readString(CLASSPATH).strip(), LAUNCHER.toString(), String.valueOf(port),
                HOME.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(HOME.resolve("node.log").toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(node::destroy, "opensearch-node-stop"));
        String address = "http://127.0.0.1:" + port;
        awaitGreenOrYellow(node, address);
        return address;
    }

    private static void awaitGreenOrYellow(Process node, String address) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(address + "/_cluster/health?wait_for_status=yellow&timeout=5s"))
                .timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!node.isAlive()) {
                throw new IllegalStateException("the OpenSearch node exited with " + node.exitValue() + ": see "
                        + HOME.resolve("node.log"));
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        node.destroy();
        throw new IllegalStateException("the OpenSearch node did not answer within " + START_TIMEOUT + ": see "
                + HOME.resolve("node.log"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /**
     * Points a Spring context at the node, with indexes of its own (a random prefix) that are created at its
     * start and dropped at its close, so that contexts never see each other's records.
     */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String address = uri();
            if (address == null) {
                throw new IllegalStateException("No OpenSearch node for the tests: " + failure);
            }
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-opensearch", Map.of(
                    "peacetrack.search.backend", "opensearch",
                    "peacetrack.search.opensearch.uris", address,
                    "peacetrack.search.opensearch.index-prefix", "test-" + UUID.randomUUID() + "-",
                    "spring.jpa.properties.hibernate.search.schema_management.strategy", "drop-and-create-and-drop")));
        }
    }
}

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

/**
 * One OpenSearch 2.19 node for the test suite, run by {@code java} as a single source file on the class path
 * Maven writes to target/opensearch-node.classpath (OpenSearch's Lucene 9 never meets Hibernate Search's
 * Lucene 10 in one JVM). Arguments: HTTP port, data folder. Prints "started" once it serves; it runs until
 * its standard input closes, so that it ends with the JVM that started it, even one killed.
 */
public class OpenSearchTestNode {

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[1]);
        Files.createDirectories(home);
        Settings settings = Settings.builder()
                .put("cluster.name", "peacetrack-test")
                .put("node.name", "peacetrack-test")
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("network.host", "127.0.0.1")
                .put("http.port", args[0])
                .put("transport.port", "0")
                .put("discovery.type", "single-node")
                .put("http.type", "netty4")
                .put("transport.type", "netty4")
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .build();
        var environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "peacetrack-test");
        Node node = new Node(environment, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class), true) {
        };
        node.start();
        System.out.println("started");
        System.out.flush();
        while (System.in.read() != -1) {
            // wait for the parent to close our input
        }
        node.close();
        System.exit(0);
    }
}

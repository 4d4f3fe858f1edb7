package org.peacetrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.NativeFSLockFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetrack.testing.Seeds;

/** The command line started while a server holds the H2 database or the search index: the server is this test, holding their locks. */
class DataInUseTest {

    @TempDir
    Path data;

    @Test
    void storingWhileAServerHoldsTheDatabaseSaysInOneSentenceWhatToDo() throws Exception {
        String url = "jdbc:h2:file:" + data.resolve("peacetrack") + ";AUTO_SERVER=FALSE";
        try (Connection create = DriverManager.getConnection(url, "sa", "")) {
            create.createStatement().execute("create table t(i int)");
        }
        try (FileChannel file = FileChannel.open(data.resolve("peacetrack.mv.db"), StandardOpenOption.READ,
                StandardOpenOption.WRITE); FileLock serverHolds = file.lock()) {

            ChildJvm.Result result = ChildJvm.run(List.of("spring.datasource.url=" + url,
                    "peacetrack.search.index-dir=" + data.resolve("index"), "logging.file.name=" + data.resolve("log")),
                    "ingest", Seeds.path(Seeds.ADDENDUM_2024).toString());

            assertThat(result.exit()).isEqualTo(1);
            List<String> lines = result.err().lines().filter(l -> !l.isBlank()).toList();
            assertThat(lines).as(result.err()).hasSize(1);
            assertThat(lines.get(0)).startsWith("error: The database jdbc:h2:file:")
                    .contains("is in use by a running Peacetrack server: stop the server first")
                    .contains("/api/imports");
            assertThat(result.out()).isEmpty();
        }
        assertThat(Files.exists(data.resolve("index"))).as("nothing opened").isFalse();
    }

    @Test
    void reindexingWhileAServerHoldsTheSearchIndexSaysToStopTheServer() throws Exception {
        Path index = Files.createDirectories(data.resolve("index").resolve("tracked_item"));
        try (Directory directory = FSDirectory.open(index);
                Lock serverHolds = NativeFSLockFactory.INSTANCE.obtainLock(directory, "write.lock")) {

            ChildJvm.Result result = ChildJvm.run(List.of("spring.datasource.url=jdbc:h2:file:" + data.resolve("db"),
                    "peacetrack.search.index-dir=" + data.resolve("index"), "logging.file.name=" + data.resolve("log")),
                    "reindex");

            assertThat(result.exit()).isEqualTo(1);
            assertThat(result.err().strip()).as(result.err()).isEqualTo("error: The search index " + data.resolve("index")
                    + " is in use by a running Peacetrack server: stop the server first.");
        }
    }
}

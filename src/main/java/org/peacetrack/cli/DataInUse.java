package org.peacetrack.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NativeFSLockFactory;
import org.springframework.boot.SpringApplication.AbandonedRunException;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Before a command opens the data, checks that no running server holds it: H2's file database and the
 * local search index each admit one process. Abandons the start quietly, so that the command says one
 * sentence instead of the connection pool's stack traces.
 */
final class DataInUse implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    /** H2's DATABASE_ALREADY_OPEN_1: the file is locked by another process. */
    private static final int H2_FILE_LOCKED = 90020;

    private final boolean suggestImport;
    private final boolean checkIndex;
    private String problem;

    /** suggestImport: whether to suggest importing through the running server instead. */
    DataInUse(boolean suggestImport) {
        this(suggestImport, true);
    }

    private DataInUse(boolean suggestImport, boolean checkIndex) {
        this.suggestImport = suggestImport;
        this.checkIndex = checkIndex;
    }

    /** For commands that open the database only (backup, restore): the search index may be in use. */
    static DataInUse databaseOnly() {
        return new DataInUse(false, false);
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment env = event.getEnvironment();
        String url = env.getProperty("spring.datasource.url", "");
        String held = h2FileLocked(url, env) ? "The database " + url.split(";")[0] : checkIndex ? indexLocked(env) : null;
        if (held != null) {
            String server = "http://localhost:" + env.getProperty("server.port", "8080");
            problem = held + " is in use by a running Peacetrack server: stop the server first" + (suggestImport
                    ? ", or import through it instead, on the Import page (" + server + "/import) or with curl -u USER"
                            + " -F file=@FILE " + server + "/api/imports (an EDITOR or ADMIN account)."
                    : ".");
            throw new AbandonedRunException();
        }
    }

    /** Why the start was abandoned, or null if it was not. */
    String problem() {
        return problem;
    }

    private static boolean h2FileLocked(String url, Environment env) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:h2:") || lower.matches("jdbc:h2:(mem|tcp|ssl|zip):.*")
                || lower.contains("auto_server=true") || lower.contains("ifexists")) {
            return false;
        }
        try (Connection probe = DriverManager.getConnection(url + ";IFEXISTS=TRUE",
                env.getProperty("spring.datasource.username", "sa"), env.getProperty("spring.datasource.password", ""))) {
            return false;
        } catch (SQLException e) {
            return e.getErrorCode() == H2_FILE_LOCKED;
        }
    }

    /** A Lucene index folder whose write lock another process holds; null when there is none. */
    private static String indexLocked(Environment env) {
        String type = env.getProperty("spring.jpa.properties.hibernate.search.backend.directory.type", "local-filesystem");
        String root = env.getProperty("peacetrack.search.index-dir");
        if (!"lucene".equalsIgnoreCase(env.getProperty("peacetrack.search.backend", "lucene"))
                || !"local-filesystem".equals(type) || root == null || !Files.isDirectory(Path.of(root))) {
            return null;
        }
        try (Stream<Path> indexes = Files.list(Path.of(root))) {
            return indexes.filter(dir -> Files.exists(dir.resolve("write.lock")) && locked(dir))
                    .findFirst().map(dir -> "The search index " + root).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean locked(Path index) {
        try (Directory directory = FSDirectory.open(index);
                Lock lock = NativeFSLockFactory.INSTANCE.obtainLock(directory, "write.lock")) {
            return false;
        } catch (LockObtainFailedException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

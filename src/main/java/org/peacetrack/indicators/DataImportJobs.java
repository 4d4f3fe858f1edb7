package org.peacetrack.indicators;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Data imports run in the background with their state in the database (ADR 0058): a file is staged at its
 * preview, claimed once by "Import", read and written on this node while its progress and heartbeat go to the
 * job's row, and ended with its report or failure. Any node reads the row. A RUNNING job whose heartbeat is
 * older than {@code peacetrack.import.jobs.stale-after} belonged to a server that stopped: it is marked
 * INTERRUPTED with that reason, at start-up and whenever jobs are read. Its values were written in one
 * transaction, so nothing of it was stored, unless that transaction had committed (then the job says which
 * import stored them).
 */
@Service
public class DataImportJobs implements DisposableBean {

    private static final Duration STAGED_KEPT = Duration.ofHours(2);
    private static final long PROGRESS_EVERY_MS = 500;

    private final DataImports imports;
    private final ImportJobStore store;
    private final Clock clock;
    private final Duration staleAfter;
    private final String node = UUID.randomUUID().toString();
    private final Set<Long> running = ConcurrentHashMap.newKeySet();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(daemon("data-import"));
    private final ScheduledExecutorService heart = Executors.newSingleThreadScheduledExecutor(daemon("data-import-heartbeat"));

    @org.springframework.beans.factory.annotation.Autowired
    DataImportJobs(DataImports imports, ImportJobStore store,
            @Value("${peacetrack.import.jobs.heartbeat:PT5S}") Duration heartbeat,
            @Value("${peacetrack.import.jobs.stale-after:PT30S}") Duration staleAfter) {
        this(imports, store, Clock.systemUTC(), heartbeat, staleAfter);
    }

    DataImportJobs(DataImports imports, ImportJobStore store, Clock clock, Duration heartbeat, Duration staleAfter) {
        if (staleAfter.compareTo(heartbeat.multipliedBy(2)) <= 0) {
            throw new IllegalArgumentException("peacetrack.import.jobs.stale-after must exceed two heartbeats");
        }
        this.imports = imports;
        this.store = store;
        this.clock = clock;
        this.staleAfter = staleAfter;
        heart.scheduleWithFixedDelay(() -> store.heartbeat(List.copyOf(running), clock.instant()),
                heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Keeps a file between its preview and its import; the token names it. */
    public String stage(String fileName, byte[] bytes, String owner) {
        String token = UUID.randomUUID().toString();
        String name = fileName.length() > 500 ? fileName.substring(0, 500) : fileName;
        store.stage(token, name, sha256(bytes), bytes, owner, node, clock.instant());
        return token;
    }

    /** Starts importing a staged file through a mapping, on this node; refused if it is not waiting any more. */
    public ImportJob start(String token, String mapping, String owner) {
        imports.mapping(mapping);
        byte[] bytes = store.stagedBytes(token, owner).orElseThrow(() -> new DataFileRefused(
                "That file is no longer waiting to be imported; choose it again."));
        if (!store.claim(token, mapping, node, clock.instant())) {
            throw new DataFileRefused("That file is no longer waiting to be imported; choose it again.");
        }
        ImportJobStore.Row row = store.byToken(token).orElseThrow();
        running.add(row.id());
        runner.submit(() -> run(row, bytes));
        return job(row);
    }

    private void run(ImportJobStore.Row row, byte[] bytes) {
        long[] last = {0};
        ImportProgress.Phase[] phase = {null};
        try {
            DataImportReport report = imports.run(row.fileName(), bytes, row.mapping(), row.owner(), (p, done, total) -> {
                long now = System.currentTimeMillis();
                if (p != phase[0] || now - last[0] >= PROGRESS_EVERY_MS) {
                    phase[0] = p;
                    last[0] = now;
                    store.progress(row.id(), p, done, total, clock.instant());
                }
            });
            store.finish(row.id(), ImportJob.State.DONE, MappingStore.JSON.writeValueAsString(report), null, null,
                    clock.instant());
        } catch (RuntimeException e) {
            store.finish(row.id(), ImportJob.State.FAILED, null, e.getMessage() == null ? e.toString() : e.getMessage(),
                    null, clock.instant());
        } finally {
            running.remove(row.id());
        }
    }

    /** A job of its owner, as any node sees it (a stopped server's job shows as interrupted). */
    public Optional<ImportJob> job(long id, String owner) {
        markInterrupted();
        return store.byId(id).filter(r -> r.owner().equals(owner) && r.state() != ImportJob.State.STAGED).map(this::job);
    }

    /** The owner's latest jobs, newest first. */
    public List<ImportJob> recent(String owner, int limit) {
        markInterrupted();
        return store.recent(owner, limit).stream().map(this::job).toList();
    }

    /** At start-up: jobs of a server that stopped show as interrupted, and forgotten staged files go. */
    @EventListener(ApplicationReadyEvent.class)
    public int markInterrupted() {
        Instant now = clock.instant();
        store.forgetStaged(now.minus(STAGED_KEPT));
        List<ImportJobStore.Stale> stale = store.stale(now.minus(staleAfter));
        for (ImportJobStore.Stale s : stale) {
            if (running.contains(s.id())) {
                continue;
            }
            String reason = s.importId() == null
                    ? "The server running this import stopped (last sign of life at " + s.heartbeat() + "). Its values "
                            + "are written in one transaction, which was not committed: nothing of it was stored. "
                            + "Import the file again."
                    : "The server running this import stopped (last sign of life at " + s.heartbeat() + ") after its "
                            + "values were committed as import " + s.importId() + "; the report was not kept.";
            store.finish(s.id(), ImportJob.State.INTERRUPTED, null, reason, s.importId(), now);
        }
        return stale.size();
    }

    private ImportJob job(ImportJobStore.Row r) {
        DataImportReport report = r.reportJson() == null ? null
                : MappingStore.JSON.readValue(r.reportJson(), DataImportReport.class);
        return new ImportJob(r.id(), r.token(), r.mapping(), r.fileName(), r.owner(), r.state(), r.phase(), r.done(),
                r.total(), report, r.failure(), r.createdAt(), r.heartbeatAt(), r.storedImport());
    }

    /** Stops this node's work (tests use it to play a server that stops); the database keeps the rows. */
    @Override
    public void destroy() {
        heart.shutdownNow();
        runner.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

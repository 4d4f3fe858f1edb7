package org.peacetrack.indicators.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.peacetrack.indicators.DataFileRefused;
import org.peacetrack.indicators.DataImportReport;
import org.peacetrack.indicators.DataImports;
import org.peacetrack.indicators.ImportProgress;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Files staged between their preview and their import, and imports running in the background so that the
 * page can show a progress bar (a page that reloads itself: no JavaScript needed). One import at a time.
 */
@Component
class ImportJobs implements DisposableBean {

    private static final int KEPT = 8;

    /** A staged file: its name and bytes, kept until imported or pushed out by newer ones. */
    record Staged(String fileName, byte[] bytes) {
    }

    /** An import's state: its phase and count, then its report or the reason it failed. */
    static final class Job {
        final long id;
        final String mapping;
        final String fileName;
        final String owner;
        volatile ImportProgress.Phase phase = ImportProgress.Phase.READING;
        volatile int done;
        volatile int total;
        volatile DataImportReport report;
        volatile String failure;

        Job(long id, String mapping, String fileName, String owner) {
            this.id = id;
            this.mapping = mapping;
            this.fileName = fileName;
            this.owner = owner;
        }

        public long getId() {
            return id;
        }

        public String getMapping() {
            return mapping;
        }

        public String getFileName() {
            return fileName;
        }

        public ImportProgress.Phase getPhase() {
            return phase;
        }

        public int getDone() {
            return done;
        }

        public int getTotal() {
            return total;
        }

        public DataImportReport getReport() {
            return report;
        }

        public String getFailure() {
            return failure;
        }

        public boolean isFinished() {
            return report != null || failure != null;
        }

        /** Reading is the first half of the bar, writing the second. */
        public int getPercent() {
            if (isFinished()) {
                return 100;
            }
            int half = total == 0 ? 0 : (int) (50L * done / total);
            return phase == ImportProgress.Phase.WRITING ? 50 + half : half;
        }
    }

    private final DataImports imports;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "data-import");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong ids = new AtomicLong();
    private final Map<String, Staged> staged = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Staged> eldest) {
            return size() > KEPT;
        }
    };
    private final Map<Long, Job> jobs = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Job> eldest) {
            return size() > 50;
        }
    };

    ImportJobs(DataImports imports) {
        this.imports = imports;
    }

    synchronized String stage(String fileName, byte[] bytes) {
        String token = UUID.randomUUID().toString();
        staged.put(token, new Staged(fileName, bytes));
        return token;
    }

    synchronized Optional<Staged> staged(String token) {
        return Optional.ofNullable(token == null ? null : staged.get(token));
    }

    synchronized Job start(String token, String mapping, String owner) {
        Staged file = staged.remove(token);
        if (file == null) {
            throw new DataFileRefused("That file is no longer waiting to be imported; choose it again.");
        }
        imports.mapping(mapping);
        Job job = new Job(ids.incrementAndGet(), mapping, file.fileName(), owner);
        jobs.put(job.id, job);
        runner.submit(() -> {
            try {
                job.report = imports.run(file.fileName(), file.bytes(), mapping, owner, (phase, done, total) -> {
                    job.phase = phase;
                    job.done = done;
                    job.total = total;
                });
            } catch (RuntimeException e) {
                job.failure = e.getMessage();
            }
        });
        return job;
    }

    synchronized Optional<Job> job(long id, String owner) {
        Job job = jobs.get(id);
        return Optional.ofNullable(job != null && job.owner.equals(owner) ? job : null);
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }
}

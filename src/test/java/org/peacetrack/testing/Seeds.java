package org.peacetrack.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The five real source documents in ../shared/seeds, read where the build says they are. */
public final class Seeds {

    public static final String REPORT_2020 = "000_d9792c82609c0184.txt";
    public static final String ADDENDUM_2024 = "001_ad453c7417d56308.txt";
    public static final String INITIATIVES = "002_9be763522dbe86ef.txt";
    public static final String REPORT_2017 = "003_fc368e96de8c5f8d.txt";
    public static final String PRIORITIES = "004_4900e38f1b87d848.txt";

    private Seeds() {
    }

    public static Path path(String name) {
        Path dir = Path.of(System.getProperty("peacetrack.seeds", "../shared/seeds"));
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Seed " + name + " not found in " + dir.toAbsolutePath()
                    + "; the tests expect the shared seeds beside the checkout (../shared/seeds)");
        }
        return file;
    }

    public static String text(String name) {
        try {
            return Files.readString(path(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

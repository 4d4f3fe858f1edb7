package org.peacetrack.i18n;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The message bundles as files: src/main/resources/i18n/NAME.properties and NAME_fr.properties. */
final class Bundles {

    static final Path DIR = Path.of("src/main/resources/i18n");
    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    private Bundles() {
    }

    /** The bundles' names, from the files (labels, layout, ...). */
    static List<String> names() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".properties") && !n.contains("_"))
                    .map(n -> n.substring(0, n.length() - ".properties".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> read(String name, String suffix) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(DIR.resolve(name + suffix + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> messages = new TreeMap<>();
        properties.forEach((k, v) -> messages.put((String) k, (String) v));
        return messages;
    }

    static Map<String, String> english(String name) {
        return read(name, "");
    }

    static Map<String, String> french(String name) {
        return read(name, "_fr");
    }

    /** Every English key of every bundle. */
    static Map<String, String> allEnglish() {
        Map<String, String> all = new TreeMap<>();
        names().forEach(n -> all.putAll(english(n)));
        return all;
    }

    static List<Path> templates() {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> configuredBasenames(String applicationYml) {
        String line = applicationYml.lines().filter(l -> l.strip().startsWith("basename:")).findFirst().orElseThrow();
        return Arrays.stream(line.strip().substring("basename:".length()).split(","))
                .map(String::strip).map(b -> b.substring(b.indexOf('/') + 1)).sorted().toList();
    }
}

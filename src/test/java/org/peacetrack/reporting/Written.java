package org.peacetrack.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Keeps each written report under target/reports/ so that a failed round trip can be opened and read. */
final class Written {

    private Written() {
    }

    static byte[] keep(String name, ReportFormat format, ByteArrayOutputStream out) {
        byte[] bytes = out.toByteArray();
        try {
            Path folder = Files.createDirectories(Path.of("target", "reports"));
            Files.write(folder.resolve(name + "." + format.extension()), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
    }
}

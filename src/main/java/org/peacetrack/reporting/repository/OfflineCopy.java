package org.peacetrack.reporting.repository;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The offline set of a year's repository written as a folder or as a zip of one folder. */
public final class OfflineCopy {

    private OfflineCopy() {
    }

    /** The folder the zip unpacks to, e.g. repository-2024. */
    public static String folderName(int year) {
        return "repository-" + year;
    }

    public static void zip(int year, Map<String, String> files, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (Map.Entry<String, String> file : files.entrySet()) {
            zip.putNextEntry(new ZipEntry(folderName(year) + "/" + file.getKey()));
            zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.finish();
    }

    /** Writes the files into the folder (made if missing), replacing files of the same names. */
    public static void write(Map<String, String> files, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
    }
}

package org.peacetrack.documents.format;

import java.util.Locale;

/** Extension checks shared by the readers. */
public final class FileNames {

    private FileNames() {
    }

    public static boolean endsWithAny(String fileName, String... extensions) {
        String name = fileName.toLowerCase(Locale.ROOT);
        for (String extension : extensions) {
            if (name.endsWith(extension)) {
                return true;
            }
        }
        return false;
    }

    public static boolean hasNoExtension(String fileName) {
        String name = fileName.substring(fileName.lastIndexOf('/') + 1);
        return !name.contains(".");
    }
}

package org.peacetrack.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The minimum every password meets: twelve characters or more, not one of the common passwords guessing
 * tries first (src/main/resources/security/common-passwords.txt, also with digits or punctuation around
 * it), and not containing the user name.
 */
final class PasswordPolicy {

    static final int MINIMUM_LENGTH = 12;
    private static final Set<String> COMMON = load("/security/common-passwords.txt");

    private PasswordPolicy() {
    }

    static void check(String username, String password) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            throw new AccountRefusedException("account.refused.short",
                    "A password has at least " + MINIMUM_LENGTH + " characters", MINIMUM_LENGTH);
        }
        String lower = password.strip().toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            throw new AccountRefusedException("account.refused.username", "A password cannot contain the user name");
        }
        String root = lower.replaceAll("^[\\p{Punct}\\d\\s]+|[\\p{Punct}\\d\\s]+$", "");
        if (COMMON.contains(lower) || COMMON.contains(root) || lower.chars().distinct().count() <= 2
                || root.isEmpty() && isSequence(lower)) {
            throw new AccountRefusedException("account.refused.common",
                    "This password is among the most common ones, which guessing tries first: choose another");
        }
    }

    /** Digits counting up or down ("1234567890123"), which every guessing list starts with. */
    private static boolean isSequence(String digits) {
        int up = 0;
        int down = 0;
        for (int i = 1; i < digits.length(); i++) {
            int step = digits.charAt(i) - digits.charAt(i - 1);
            up += step == 1 || step == -9 ? 1 : 0;
            down += step == -1 || step == 9 ? 1 : 0;
        }
        return Math.max(up, down) >= digits.length() / 2;
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

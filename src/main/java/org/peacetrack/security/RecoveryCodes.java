package org.peacetrack.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor recovery codes (ADR 0054): ten codes of 60 random bits each (twelve letters and digits of
 * base32, shown as two groups of six), made when two-factor sign-in is turned on and whenever the owner asks
 * for a new set, which replaces the old one. Only their SHA-256 is stored, as for API tokens (the codes are
 * random, not chosen by people, so a slow hash adds nothing). Each is accepted once in place of the app's
 * code; using one is a single conditional update, so two sign-ins racing with the same code cannot both pass.
 */
@Component
class RecoveryCodes {

    static final int COUNT = 10;
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
    private static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RecoveryCodeRepository codes;
    private final Clock clock = Clock.systemUTC();

    RecoveryCodes(RecoveryCodeRepository codes) {
        this.codes = codes;
    }

    /** A new set for the account, replacing any earlier one; the codes in clear, to show once. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> replace(String username) {
        codes.deleteAllOf(username);
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < LENGTH; c++) {
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            String text = code.substring(0, LENGTH / 2) + "-" + code.substring(LENGTH / 2);
            codes.save(new RecoveryCodeEntity(username, hash(text), clock.instant()));
            shown.add(text);
        }
        return shown;
    }

    /** Uses the code if it is one of the account's unused ones; true only for the first use. */
    @Transactional
    public boolean use(String username, String code) {
        if (code == null || normal(code).length() != LENGTH) {
            return false;
        }
        return codes.use(username, hash(code), clock.instant()) == 1;
    }

    public long left(String username) {
        return codes.countByUsernameAndUsedAtIsNull(username);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void removeAll(String username) {
        codes.deleteAllOf(username);
    }

    /** Case, spaces and the dash do not matter when the code is typed. */
    private static String normal(String code) {
        return code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    static String hash(String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal(code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

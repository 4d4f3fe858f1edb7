package org.peacetrack.benchmarks.corpus;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * Chains of one recommendation across ten consecutive Special Committee sessions, as the importer writes
 * them: 400 chains, 3,600 links between consecutive members (half explicit references, of which one in
 * ten points at an unrelated text; the rest matches, three proposed for two confirmed) and one rejected match beside
 * each chain. Which items are members is a formula, so that bench/pages.lua can ask for them: chain c
 * (0 to 399) holds slot c % 200 of sessions start(c) to start(c) + 9, item id = session * 200 + slot + 1.
 */
public final class LinkedChains {

    public static final int CHAINS = 400;
    public static final int LENGTH = 10;

    private LinkedChains() {
    }

    static int start(int chain) {
        return (chain / CorpusGenerator.ITEMS_PER_FRAMEWORK) * 13 + (chain % CorpusGenerator.ITEMS_PER_FRAMEWORK) % 13;
    }

    public static int member(int chain, int step) {
        return (start(chain) + step) * CorpusGenerator.ITEMS_PER_FRAMEWORK + chain % CorpusGenerator.ITEMS_PER_FRAMEWORK + 1;
    }

    /** Whether the item is a member of some chain (inverse of member()). */
    public static boolean isMember(int itemId) {
        int session = (itemId - 1) / CorpusGenerator.ITEMS_PER_FRAMEWORK;
        int slot = (itemId - 1) % CorpusGenerator.ITEMS_PER_FRAMEWORK;
        for (int chain = slot; chain < CHAINS; chain += CorpusGenerator.ITEMS_PER_FRAMEWORK) {
            if (session >= start(chain) && session < start(chain) + LENGTH) {
                return true;
            }
        }
        return false;
    }

    /** How step s of chain c (s from 1) is tied to step s - 1. */
    static String kind(int chain, int step) {
        return (chain + step) % 10 < 5 ? "REFERS_TO_PRIOR" : "SIMILAR_TO";
    }

    static String review(int chain, int step) {
        return kind(chain, step).equals("REFERS_TO_PRIOR") ? null : (chain + step) % 10 < 8 ? "PROPOSED" : "CONFIRMED";
    }

    /** An explicit reference whose later text is new: the page warns that the two are unrelated. */
    static boolean unrelated(int chain, int step) {
        return (chain + step) % 10 == 4 && chain % 2 == 0;
    }

    /** Each member's text: the chain's first text, reworded a little each session, or a new text. */
    static Map<Integer, String> texts(SentencePool pool, Vocabulary words, Random random) {
        Map<Integer, String> texts = new HashMap<>();
        for (int c = 0; c < CHAINS; c++) {
            String text = pool.text(random, 2, 3) + " " + words.clause(random) + ".";
            texts.put(member(c, 0), text);
            for (int s = 1; s < LENGTH; s++) {
                text = unrelated(c, s) ? pool.text(random, 2, 3) + " " + words.clause(random) + "."
                        : reworded(text, pool, words, random);
                texts.put(member(c, s), text);
            }
        }
        return texts;
    }

    /** The same request a session later: an added clause now and then, the odd sentence replaced. */
    private static String reworded(String text, SentencePool pool, Vocabulary words, Random random) {
        String[] sentences = text.split("(?<=\\.) ");
        if (random.nextInt(3) == 0 && sentences.length > 1) {
            sentences[random.nextInt(sentences.length)] = pool.text(random, 1, 1);
        }
        String joined = String.join(" ", sentences);
        return random.nextInt(2) == 0 ? joined : joined.substring(0, joined.length() - 1) + ", " + words.clause(random) + ".";
    }
}

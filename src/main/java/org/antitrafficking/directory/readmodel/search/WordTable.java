package org.antitrafficking.directory.readmodel.search;

import java.util.Arrays;
import java.util.Locale;

/**
 * The distinct lower-case words of the records, numbered in the order first met. A word
 * is found from where it stands in a text, without making a string of it unless it is
 * new: at a hundred thousand programs the records hold millions of words but only tens of
 * thousands of distinct ones, and a string for each would be most of the garbage of a
 * rebuild. Open addressing with the hashes mixed, since words such as "term1", "term2"
 * have hashes next to each other. Not thread-safe.
 */
final class WordTable {

    private String[] words = new String[256];

    private int[] hashes = new int[256];

    /** Each slot holds a word's number plus one, or zero when empty. */
    private int[] slots = new int[512];

    private int size;

    int size() {
        return size;
    }

    String word(int id) {
        return words[id];
    }

    /**
     * The number of the lower-case form of {@code text} from {@code start} to
     * {@code end}, as {@link String#toLowerCase(Locale)} with the root locale makes it;
     * the word is added if new.
     */
    int idOf(String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                String word = text.substring(start, end).toLowerCase(Locale.ROOT);
                return idOf(word, word.hashCode());
            }
            hash = 31 * hash + lower(c);
        }
        int mask = slots.length - 1;
        for (int slot = mix(hash) & mask;; slot = (slot + 1) & mask) {
            int id = slots[slot] - 1;
            if (id < 0) {
                return add(lowerAscii(text, start, end), hash, slot);
            }
            if (hashes[id] == hash && sameAscii(words[id], text, start, end)) {
                return id;
            }
        }
    }

    private int idOf(String word, int hash) {
        int mask = slots.length - 1;
        for (int slot = mix(hash) & mask;; slot = (slot + 1) & mask) {
            int id = slots[slot] - 1;
            if (id < 0) {
                return add(word, hash, slot);
            }
            if (hashes[id] == hash && words[id].equals(word)) {
                return id;
            }
        }
    }

    private int add(String word, int hash, int slot) {
        int id = size++;
        if (id == words.length) {
            words = Arrays.copyOf(words, 2 * id);
            hashes = Arrays.copyOf(hashes, 2 * id);
        }
        words[id] = word;
        hashes[id] = hash;
        slots[slot] = id + 1;
        if (2 * size > slots.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        slots = new int[2 * slots.length];
        int mask = slots.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = mix(hashes[id]) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = id + 1;
        }
    }

    private static int mix(int hash) {
        int mixed = hash * 0x9E3779B9;
        return mixed ^ (mixed >>> 16);
    }

    private static char lower(char c) {
        return (c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c;
    }

    private static String lowerAscii(String text, int start, int end) {
        char[] chars = new char[end - start];
        for (int i = start; i < end; i++) {
            chars[i - start] = lower(text.charAt(i));
        }
        return new String(chars);
    }

    private static boolean sameAscii(String word, String text, int start, int end) {
        if (word.length() != end - start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (word.charAt(i - start) != lower(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

}

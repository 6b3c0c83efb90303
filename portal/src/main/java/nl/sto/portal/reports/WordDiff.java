package nl.sto.portal.reports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two texts compared word by word, for a reviewer reading what a region changed: the pieces of the new text in order,
 * each kept, added or removed. The words the texts share at their start and end are kept as they are; between them
 * the longest common run of words is kept. A middle part too long to compare that way in reasonable memory (about a
 * million word pairs) is shown as removed and added whole.
 */
public final class WordDiff {

    private static final Pattern WORD = Pattern.compile("\\s*\\S+\\s*|\\s+");
    private static final long MAX_PAIRS = 1_000_000;

    public enum Kind {
        KEPT, ADDED, REMOVED
    }

    public record Piece(Kind kind, String text) {

        public boolean added() {
            return kind == Kind.ADDED;
        }

        public boolean removed() {
            return kind == Kind.REMOVED;
        }
    }

    private WordDiff() {
    }

    public static List<Piece> of(String before, String after) {
        List<String> a = words(before);
        List<String> b = words(after);
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<Piece> pieces = new ArrayList<>();
        add(pieces, Kind.KEPT, a.subList(0, start));
        middle(pieces, a.subList(start, endA), b.subList(start, endB));
        add(pieces, Kind.KEPT, a.subList(endA, a.size()));
        return pieces;
    }

    private static void middle(List<Piece> pieces, List<String> a, List<String> b) {
        if ((long) a.size() * b.size() > MAX_PAIRS) {
            add(pieces, Kind.REMOVED, a);
            add(pieces, Kind.ADDED, b);
            return;
        }
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                add(pieces, Kind.KEPT, List.of(a.get(i++)));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                add(pieces, Kind.REMOVED, List.of(a.get(i++)));
            } else {
                add(pieces, Kind.ADDED, List.of(b.get(j++)));
            }
        }
        add(pieces, Kind.REMOVED, a.subList(i, a.size()));
        add(pieces, Kind.ADDED, b.subList(j, b.size()));
    }

    /** Appends the words, joined to the last piece when it is of the same kind. */
    private static void add(List<Piece> pieces, Kind kind, List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        String text = String.join("", words);
        int last = pieces.size() - 1;
        if (last >= 0 && pieces.get(last).kind() == kind) {
            pieces.set(last, new Piece(kind, pieces.get(last).text() + text));
        } else {
            pieces.add(new Piece(kind, text));
        }
    }

    /** The text as words with the spaces after them, so that joining them gives the text back. */
    private static List<String> words(String text) {
        if (text == null || text.isEmpty()) {
            return Collections.emptyList();
        }
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }
}

package nl.sto.regions.demo;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns DUO's upper-case gemeente names ("MIDDEN-DRENTHE", "S HERTOGENBOSCH") into the names people write
 * ("Midden-Drenthe", "'s-Hertogenbosch"). DUO also drops the diacritics and abbreviates a few names, which no
 * rule can restore, so those few are listed.
 */
final class MunicipalityNames {

    /** Names a case rule cannot produce: lost diacritics and DUO's abbreviations. */
    private static final Map<String, String> AS_WRITTEN = Map.of(
            "SUDWEST-FRYSLAN", "Súdwest-Fryslân",
            "NOARDEAST-FRYSLAN", "Noardeast-Fryslân",
            "NUENEN CA", "Nuenen, Gerwen en Nederwetten",
            "BERGEN NH", "Bergen (NH)",
            "BERGEN L", "Bergen (L)",
            "BERGEN LB", "Bergen (L)");

    /** Words that stay lower case inside a Dutch place name ("Capelle aan den IJssel", "Hof van Twente"). */
    private static final Set<String> PARTICLES = Set.of("aan", "bij", "de", "den", "der", "en", "het", "in", "op",
            "te", "ter", "van");

    private MunicipalityNames() {
    }

    static String readable(String duoName) {
        String upper = duoName.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        String known = AS_WRITTEN.get(upper);
        if (known != null) {
            return known;
        }
        // "'S-HERTOGENBOSCH", "S HERTOGENBOSCH", "S-GRAVENHAGE": the old genitive article stays "'s-".
        if (upper.matches("'?S[ -].+")) {
            return "'s-" + readable(upper.substring(upper.indexOf('S') + 2));
        }
        StringBuilder out = new StringBuilder(upper.length());
        StringBuilder word = new StringBuilder();
        boolean first = true;
        for (char c : upper.toCharArray()) {
            if (c == ' ' || c == '-') {
                out.append(word(word.toString(), first)).append(c);
                word.setLength(0);
                first = false;
            } else {
                word.append(c);
            }
        }
        return out.append(word(word.toString(), first)).toString();
    }

    private static String word(String upper, boolean first) {
        String lower = upper.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || (!first && PARTICLES.contains(lower))) {
            return lower;
        }
        // Dutch capitalises the digraph IJ as one letter: "IJsselstein", "Oude IJsselstreek".
        if (lower.startsWith("ij")) {
            return "IJ" + lower.substring(2);
        }
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}

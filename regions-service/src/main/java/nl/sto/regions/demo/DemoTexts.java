package nl.sto.regions.demo;

import java.util.List;

/** The Dutch sentences of the demo plans, one per aim of a regional plan. */
final class DemoTexts {

    private DemoTexts() {
    }

    /** "Emmen", "Emmen en Coevorden", "Emmen, Coevorden en Borger-Odoorn". */
    static String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " en " + items.get(items.size() - 1);
    }

    /** Duurzaam: the partnership lasts beyond the subsidy period. */
    static String duurzaam(List<String> municipalities) {
        return "Vmbo-scholen en technische bedrijven in " + list(municipalities)
                + " leggen hun samenwerking vast in een blijvend techniekplatform dat ook na 2023 doorgaat.";
    }

    /** Dekkend: a technical profile within reach of every vmbo student. */
    static String dekkend(List<String> municipalities, int locations) {
        String who = locations == 1 ? "de vmbo-locatie houdt haar" : "de " + locations
                + " vmbo-locaties stemmen hun";
        return "Elke vmbo-leerling in " + list(municipalities) + " kan dicht bij huis een technisch profiel volgen: "
                + who + " technische aanbod op elkaar en op de regio af.";
    }

    /** Kwalitatief hoogstaand: matched to what the region's technical businesses need. */
    static String kwalitatief(List<String> municipalities, List<String> fields) {
        return "Het techniekonderwijs in " + list(municipalities) + " sluit aan op de vraag van bedrijven in "
                + list(fields) + ", met moderne praktijklokalen, gastlessen en stages.";
    }
}

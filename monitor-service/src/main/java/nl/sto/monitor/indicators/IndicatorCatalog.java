package nl.sto.monitor.indicators;

import java.util.List;
import java.util.Optional;

import nl.sto.contracts.regulation.Names;

/** The indicators the monitor computes, with their written definitions. */
final class IndicatorCatalog {

    static final String TECHNICAL_SHARE_Y3 = "technical-share-y3";

    static final List<Indicator> ALL = List.of(new Indicator(TECHNICAL_SHARE_Y3,
            new Names("Aandeel leerjaar 3 in een technisch profiel", "Share of year-3 students in a technical profile"),
            new Names("""
                    Het aandeel van de leerlingen in leerjaar 3 van de basisberoepsgerichte (BL), kaderberoepsgerichte \
                    (KL) en gemengde (GL) leerweg van het vmbo dat een technisch profiel volgt. Technisch is elk \
                    programma in de sector Techniek: de profielen Bouwen, wonen en interieur; Produceren, installeren \
                    en energie; Mobiliteit en transport; Media, vormgeving en ICT; Maritiem en techniek; de \
                    vakmanschaps- en beroepsroute Techniek; en in 2016-2017 de oude technische programma's die \
                    leerlingen nog volgden (zoals Bouwtechniek, Elektrotechniek, Metaaltechniek, Instalektro -ISP). \
                    Intersectorale programma's (zoals Technologie Orientatie) tellen niet als technisch. Teller: \
                    leerlingen in leerjaar 3 BL, KL en GL in een technisch programma; noemer: alle leerlingen in \
                    leerjaar 3 BL, KL en GL. Voor een regio: de vestigingen van haar schoolpartners (een vestiging, \
                    elke vestiging van een instelling of van een bevoegd gezag).""", """
                    The share of the students in year 3 of the vmbo basis (BL), kader (KL) and gemengde (GL) leerweg \
                    who follow a technical profile. Technical is every programme in the Techniek sector: the profiles \
                    Bouwen, wonen en interieur; Produceren, installeren en energie; Mobiliteit en transport; Media, \
                    vormgeving en ICT; Maritiem en techniek; the vakmanschaps- and beroepsroute Techniek; and in \
                    2016-2017 the old technical programmes students still followed (such as Bouwtechniek, \
                    Elektrotechniek, Metaaltechniek, Instalektro -ISP). Intersectoral programmes (such as Technologie \
                    Orientatie) do not count as technical. Numerator: year-3 BL, KL and GL students in a technical \
                    programme; denominator: all year-3 BL, KL and GL students. For a region: the locations of its \
                    school partners (a location, every location of an institution or of a board)."""),
            "DUO, 01. Leerlingen vo per vestiging naar onderwijstype", "1 October of the school year's first year",
            "percent", "leerweg"));

    private IndicatorCatalog() {
    }

    static Optional<Indicator> find(String id) {
        return ALL.stream().filter(i -> i.id().equals(id)).findFirst();
    }
}

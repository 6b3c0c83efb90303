package nl.sto.monitor.indicators;

import java.util.List;
import java.util.Optional;

import nl.sto.contracts.regulation.Names;

/** The indicators the monitor computes, with their written definitions. */
final class IndicatorCatalog {

    static final String TECHNICAL_SHARE_Y3 = "technical-share-y3";
    static final String STUDENT_CHANGE = "technical-students-change";
    static final String TECHNICAL_LOCATIONS = "technical-locations";
    private static final String STUDENTS_FILE = "DUO, 01. Leerlingen vo per vestiging naar onderwijstype";
    private static final String REFERENCE_DATE = "1 October of the school year's first year";

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
            STUDENTS_FILE, REFERENCE_DATE, "percent", "leerweg"),
            new Indicator(STUDENT_CHANGE,
                    new Names("Verandering in technische en niet-technische leerlingen",
                            "Change in technical and non-technical students"),
                    new Names("""
                            De verandering ten opzichte van het vorige schooljaar in het aantal leerlingen in leerjaar                             3 en 4 van de BL, KL en GL dat een technisch programma volgt (sector Techniek, als bij het                             aandeel technisch) en in het aantal dat een ander programma volgt, in procenten van het                             vorige jaar. Waarde: de verandering bij techniek; de uitsplitsing geeft beide, met dit                             jaar als teller en het vorige als noemer. Ontbreekt het vorige schooljaar, dan zegt de                             indicator welk jaar ontbreekt.""", """
                            The change from the previous school year in the number of students in years 3 and 4 of                             BL, KL and GL who follow a technical programme (the Techniek sector, as for the technical                             share) and in the number who follow any other, as a percentage of the previous year.                             Value: the change in technical students; the breakdown gives both, with this year as                             numerator and the previous one as denominator. When the previous school year is missing,                             the indicator says which year it is."""),
                    STUDENTS_FILE, REFERENCE_DATE, "percent change", "technical, non-technical"),
            new Indicator(TECHNICAL_LOCATIONS,
                    new Names("Vestigingen met een technisch BL/KL-profiel", "Locations offering a technical BL/KL profile"),
                    new Names("""
                            Het aantal vestigingen met leerlingen in leerjaar 3 of 4 van de basis- of                             kaderberoepsgerichte leerweg in een technisch programma (sector Techniek). Teller: die                             vestigingen; noemer: alle vestigingen met leerlingen in leerjaar 3 of 4 BL of KL. Een                             vestiging die het in beide leerwegen aanbiedt telt in het totaal één keer.""", """
                            The number of school locations with students in year 3 or 4 of the basis or kader leerweg                             in a technical programme (the Techniek sector). Numerator: those locations; denominator:                             every location with students in year 3 or 4 of BL or KL. A location offering it in both                             leerwegen counts once in the total."""),
                    STUDENTS_FILE, REFERENCE_DATE, "locations", "leerweg"));

    private IndicatorCatalog() {
    }

    static Optional<Indicator> find(String id) {
        return ALL.stream().filter(i -> i.id().equals(id)).findFirst();
    }
}

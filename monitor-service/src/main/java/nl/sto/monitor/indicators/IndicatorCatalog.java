package nl.sto.monitor.indicators;

import java.util.List;
import java.util.Optional;

import nl.sto.contracts.regulation.Names;

/** The indicators the monitor computes, with their written definitions. */
final class IndicatorCatalog {

    static final String TECHNICAL_SHARE_Y3 = "technical-share-y3";
    static final String STUDENT_CHANGE = "technical-students-change";
    static final String TECHNICAL_LOCATIONS = "technical-locations";
    static final String REACHABILITY = "reachability-10km";
    static final String TECHNICAL_EXAMS = "technical-exams";
    static final String FLOW_THROUGH = "flow-through-mbo";
    private static final Names STUDENTS_FILE = untranslated("DUO, 01. Leerlingen vo per vestiging naar onderwijstype");
    private static final Names REFERENCE_DATE = new Names("1 oktober van het eerste jaar van het schooljaar",
            "1 October of the school year's first year");

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
                            De verandering ten opzichte van het vorige schooljaar in het aantal leerlingen in leerjaar \
                            3 en 4 van de BL, KL en GL dat een technisch programma volgt (sector Techniek, als bij het \
                            aandeel technisch) en in het aantal dat een ander programma volgt, in procenten van het \
                            vorige jaar. Waarde: de verandering bij techniek; de uitsplitsing geeft beide, met dit \
                            jaar als teller en het vorige als noemer. Ontbreekt het vorige schooljaar, dan zegt de \
                            indicator welk jaar ontbreekt.""", """
                            The change from the previous school year in the number of students in years 3 and 4 of \
                            BL, KL and GL who follow a technical programme (the Techniek sector, as for the technical \
                            share) and in the number who follow any other, as a percentage of the previous year. \
                            Value: the change in technical students; the breakdown gives both, with this year as \
                            numerator and the previous one as denominator. When the previous school year is missing, \
                            the indicator says which year it is."""),
                    STUDENTS_FILE, REFERENCE_DATE, "percent change", "technical, non-technical"),
            new Indicator(TECHNICAL_LOCATIONS,
                    new Names("Vestigingen met een technisch BL/KL-profiel", "Locations offering a technical BL/KL profile"),
                    new Names("""
                            Het aantal vestigingen met leerlingen in leerjaar 3 of 4 van de basis- of \
                            kaderberoepsgerichte leerweg in een technisch programma (sector Techniek). Teller: die \
                            vestigingen; noemer: alle vestigingen met leerlingen in leerjaar 3 of 4 BL of KL. Een \
                            vestiging die het in beide leerwegen aanbiedt telt in het totaal één keer.""", """
                            The number of school locations with students in year 3 or 4 of the basis or kader leerweg \
                            in a technical programme (the Techniek sector). Numerator: those locations; denominator: \
                            every location with students in year 3 or 4 of BL or KL. A location offering it in both \
                            leerwegen counts once in the total."""),
                    STUDENTS_FILE, REFERENCE_DATE, "locations", "leerweg"),
            new Indicator(REACHABILITY,
                    new Names("Jongeren binnen 10 km van techniek in BL/KL",
                            "Young people within 10 km of technical BL/KL"),
                    new Names("""
                            Het aandeel van de jongeren van 15 tot en met 24 jaar (CBS, per viercijferig postcodegebied, \
                            1 januari 2023) dat binnen 10 km woont van een vestiging die in dat schooljaar een \
                            technisch programma (sector Techniek) aanbiedt in leerjaar 3 of 4 van de basis- (BL) of \
                            kaderberoepsgerichte leerweg (KL). De afstand is hemelsbreed, van het middelpunt van het \
                            postcodegebied tot de vestiging (geocodeerde DUO-vestigingen). Teller: jongeren in de \
                            gebieden binnen bereik; noemer: jongeren in alle gebieden met een bekend aantal en \
                            middelpunt. Uitsplitsing: binnen bereik van techniek in BL, en in KL. Voor een regio: de \
                            postcodegebieden waarvan de dichtstbijzijnde vestiging met BL- of KL-leerlingen in \
                            leerjaar 3 of 4 een vestiging van haar schoolpartners is; binnen bereik telt elke \
                            vestiging, ook van een andere regio. Vestigingen zonder bekende ligging tellen niet mee.""", """
                            The share of young people aged 15 to 24 (CBS, per 4-digit postcode area, 1 January 2023) \
                            living within 10 km of a location that offers a technical programme (the Techniek sector) \
                            in year 3 or 4 of the basis (BL) or kader (KL) leerweg in that school year. The distance \
                            is a straight line from the centre of the postcode area to the location (geocoded DUO \
                            locations). Numerator: young people in the areas within reach; denominator: young people \
                            in every area with a known count and centre. Breakdown: within reach of technical BL, and \
                            of technical KL. For a region: the postcode areas whose nearest location with BL or KL \
                            students in year 3 or 4 is a location of its school partners; any location counts for \
                            the reach, also one of another region. Locations without a known position do not count."""),
                    untranslated(STUDENTS_FILE.nl() + "; DUO, 02. Alle vestigingen vo, geocoded; CBS, Kerncijfers per postcode (PC4)"),
                    new Names(REFERENCE_DATE.nl() + "; bevolking op 1 januari 2023",
                            REFERENCE_DATE.en() + "; population on 1 January 2023"), "percent", "leerweg"),
            new Indicator(TECHNICAL_EXAMS,
                    new Names("Examenkandidaten en geslaagden in techniek",
                            "Exam candidates and passes in technical programmes"),
                    new Names("""
                            De examenkandidaten en geslaagden in de technische examenprogramma's van het vmbo (de \
                            programma's in de sector techniek) in de basis- (BL, met het leerwerktraject), kader- (KL) \
                            en gemengde leerweg (GL), per schooljaar van het examen. Waarde: het slagingspercentage; \
                            teller: geslaagden; noemer: kandidaten. De uitsplitsing geeft elke leerweg, ook de \
                            theoretische (TL) ter vergelijking, die niet in het totaal telt. Een programma van een \
                            vestiging waarvan DUO het aantal kandidaten of geslaagden verborg ("<5") telt niet mee.""", """
                            The exam candidates and passes in the vmbo's technical exam programmes (the programmes in \
                            the techniek sector) in the basis (BL, with the leerwerktraject), kader (KL) and gemengde \
                            (GL) leerweg, per school year of the exam. Value: the pass rate; numerator: passes; \
                            denominator: candidates. The breakdown gives each leerweg, the theoretische (TL) too for \
                            comparison, which does not count in the total. A location's programme whose candidates or \
                            passes DUO suppressed ("<5") does not count."""),
                    untranslated("DUO, 06. Examenkandidaten en geslaagden"),
                    new Names("het schooljaar van het examen", "the school year of the exam"), "percent", "leerweg"),
            new Indicator(FLOW_THROUGH,
                    new Names("Doorstroom naar technisch mbo", "Flow-through to technical mbo"),
                    new Names("""
                            Het aandeel van de gediplomeerden van de BL, KL en GL dat daarna een technische \
                            mbo-opleiding begint. Hiervoor bestaan geen open gegevens: DUO publiceert de doorstroom \
                            van vmbo naar mbo niet per vestiging en sector. Het monitorteam laadt de cijfers die het \
                            heeft als bestand op (kolommen VESTIGINGSCODE, LEERWEG, GEDIPLOMEERDEN, NAAR TECHNISCH \
                            MBO; één schooljaar per bestand). Teller: naar technisch mbo; noemer: gediplomeerden; \
                            uitsplitsing per leerweg.""", """
                            The share of BL, KL and GL graduates who then start a technical mbo programme. No open \
                            data holds this: DUO does not publish the flow from vmbo to mbo per location and sector. \
                            The monitor team uploads the figures it has as a file (columns VESTIGINGSCODE, LEERWEG, \
                            GEDIPLOMEERDEN, NAAR TECHNISCH MBO; one school year per file). Numerator: to technical \
                            mbo; denominator: graduates; broken down by leerweg."""),
                    new Names("Aangeleverd door het monitorteam (geen open data)",
                            "Uploaded by the monitor team (no open data)"),
                    new Names("het schooljaar van het diploma", "the school year of the diploma"), "percent",
                    "leerweg"));

    private IndicatorCatalog() {
    }

    static Optional<Indicator> find(String id) {
        return ALL.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** A source's own name (a DUO or CBS file), the same in either language. */
    private static Names untranslated(String name) {
        return new Names(name, name);
    }
}

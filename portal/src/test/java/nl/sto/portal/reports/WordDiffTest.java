package nl.sto.portal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.sto.portal.reports.WordDiff.Kind;
import nl.sto.portal.reports.WordDiff.Piece;

/** A reviewer sees which words the region added and removed, in the order of the new text. */
class WordDiffTest {

    @Test
    void addedAndRemovedWordsAreMarkedBetweenTheWordsKept() {
        assertThat(WordDiff.of("Door COVID-19 vielen stages weg.", "Door COVID-19 vielen stages bij Esdal weg."))
                .containsExactly(new Piece(Kind.KEPT, "Door COVID-19 vielen stages "), new Piece(Kind.ADDED, "bij Esdal "),
                        new Piece(Kind.KEPT, "weg."));
        assertThat(WordDiff.of("Wij gaven drie gastlessen.", "Wij gaven vier gastlessen."))
                .containsExactly(new Piece(Kind.KEPT, "Wij gaven "), new Piece(Kind.REMOVED, "drie "),
                        new Piece(Kind.ADDED, "vier "), new Piece(Kind.KEPT, "gastlessen."));
    }

    @Test
    void joiningTheKeptAndAddedPiecesGivesTheNewText() {
        String before = "Stages vervielen bij Hondsrug.\nWe schoven ze op naar 2022.";
        String after = "Stages vervielen bij Hondsrug en Esdal.\nWe schoven ze op naar 2022 en 2023.";
        List<Piece> pieces = WordDiff.of(before, after);
        assertThat(pieces.stream().filter(p -> p.kind() != Kind.REMOVED).map(Piece::text).reduce("", String::concat))
                .isEqualTo(after);
        assertThat(pieces.stream().filter(p -> p.kind() != Kind.ADDED).map(Piece::text).reduce("", String::concat))
                .isEqualTo(before);
    }

    @Test
    void anEmptyOrEqualTextIsAllAddedRemovedOrKept() {
        assertThat(WordDiff.of(null, "Nieuw")).containsExactly(new Piece(Kind.ADDED, "Nieuw"));
        assertThat(WordDiff.of("Oud", "")).containsExactly(new Piece(Kind.REMOVED, "Oud"));
        assertThat(WordDiff.of("Gelijk", "Gelijk")).containsExactly(new Piece(Kind.KEPT, "Gelijk"));
    }

    @Test
    void aMiddleTooLongToCompareIsShownAsRemovedAndAddedWhole() {
        String before = "begin " + "a ".repeat(1500) + "eind";
        String after = "begin " + "b ".repeat(1500) + "eind";
        assertThat(WordDiff.of(before, after)).extracting(Piece::kind)
                .containsExactly(Kind.KEPT, Kind.REMOVED, Kind.ADDED, Kind.KEPT);
    }
}

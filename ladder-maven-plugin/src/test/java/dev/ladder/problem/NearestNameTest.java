package dev.ladder.problem;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NearestNameTest {

    private static final List<String> TRACK_KEYS = List.of("title", "family", "summary", "levels", "competencies");

    @Test
    void swappedLettersAreOneEdit() {
        assertEquals(Optional.of("title"), NearestName.among("titel", TRACK_KEYS));
        assertEquals(1, NearestName.distance("titel", "title"));
    }

    @Test
    void missingLettersInALongNameAreFound() {
        assertEquals(Optional.of("competencies"), NearestName.among("competences", TRACK_KEYS));
        assertEquals(Optional.of("competencies"), NearestName.among("competencys", TRACK_KEYS));
    }

    @Test
    void caseIsIgnoredButTheKnownSpellingIsReturned() {
        assertEquals(Optional.of("Teamwork"), NearestName.among("TEMWORK", List.of("Delivery", "Teamwork")));
    }

    @Test
    void unrelatedWordGetsNoSuggestion() {
        assertEquals(Optional.empty(), NearestName.among("owner", TRACK_KEYS));
        assertEquals(Optional.empty(), NearestName.among("Hobbies", List.of("Delivery", "Teamwork")));
    }

    @Test
    void nothingKnownGivesNothing() {
        assertEquals(Optional.empty(), NearestName.among("title", List.of()));
    }

    @Test
    void closestWinsAndTiesGoToTheFirstListed() {
        assertEquals(Optional.of("levels"), NearestName.among("level", List.of("label", "levels")));
        assertEquals(Optional.of("cat"), NearestName.among("bat", List.of("cat", "hat")));
    }

    @Test
    void veryShortNamesAllowOneEdit() {
        assertEquals(Optional.of("P1"), NearestName.among("P9", List.of("P1")));
        assertEquals(Optional.empty(), NearestName.among("xy", List.of("ab")));
        assertEquals(Optional.empty(), NearestName.among("lvl", List.of("level")));
    }

    @Test
    void allowanceIsTwoEditsThenAThirdOfTheLength() {
        assertEquals(Optional.of("summary"), NearestName.among("sumry", List.of("summary")));
        assertEquals(Optional.empty(), NearestName.among("smry", List.of("summary")));
        assertEquals(Optional.of("observability"), NearestName.among("obsrvabilty", List.of("observability")));
        assertEquals(Optional.empty(), NearestName.among("obsrvblty", List.of("observability")));
    }

    @Test
    void distanceCountsInsertionsDeletionsAndSubstitutions() {
        assertEquals(0, NearestName.distance("same", "same"));
        assertEquals(3, NearestName.distance("", "abc"));
        assertEquals(1, NearestName.distance("delivery", "delivry"));
        assertEquals(1, NearestName.distance("delivery", "deliverly"));
        assertEquals(1, NearestName.distance("delivery", "delovery"));
        assertEquals(3, NearestName.distance("kitten", "sitting"));
    }

    @Test
    void hintIsAParentheticalOrNothing() {
        assertEquals(" (did you mean 'title'?)", NearestName.hint("titel", TRACK_KEYS));
        assertEquals("", NearestName.hint("owner", TRACK_KEYS));
    }
}

package dev.ladder.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which pairs of a track's levels get a compare page, by reach. */
class ComparePairsTest {

    private static ComparePairs.Pair pair(int lower, int higher) {
        return new ComparePairs.Pair(lower, higher);
    }

    @Test
    void theDefaultReachComparesEachLevelWithTheNextTwo() {
        assertEquals(List.of(pair(0, 1), pair(0, 2), pair(1, 2), pair(1, 3), pair(2, 3), pair(2, 4), pair(3, 4),
                pair(3, 5), pair(4, 5)), ComparePairs.of(6, ComparePairs.DEFAULT_REACH));
        assertEquals(17, ComparePairs.of(10, ComparePairs.DEFAULT_REACH).size());
        assertFalse(ComparePairs.allPairs(6, ComparePairs.DEFAULT_REACH));
        assertTrue(ComparePairs.allPairs(3, ComparePairs.DEFAULT_REACH), "three levels are every pair at reach 2");
    }

    @Test
    void reachOneIsTheNextLevelOnlyAndAllIsEveryPair() {
        assertEquals(List.of(pair(0, 1), pair(1, 2), pair(2, 3)), ComparePairs.of(4, 1));
        assertEquals(15, ComparePairs.of(6, ComparePairs.ALL).size());
        assertEquals(190, ComparePairs.of(20, ComparePairs.ALL).size());
        assertTrue(ComparePairs.allPairs(20, ComparePairs.ALL));
        assertEquals(List.of(), ComparePairs.of(1, ComparePairs.ALL));
    }

    @Test
    void aTrackOfMoreThanTwentyLevelsComparesNeighboursOnlyWhateverTheReach() {
        assertEquals(20, ComparePairs.of(21, ComparePairs.ALL).size());
        assertEquals(999, ComparePairs.of(1000, 5).size());
        assertEquals(1, ComparePairs.reach(21, ComparePairs.ALL));
        assertFalse(ComparePairs.allPairs(21, ComparePairs.ALL));
    }

    @Test
    void theOptionIsAWholeNumberFromOneOrAll() {
        assertEquals(OptionalInt.of(1), ComparePairs.parse("1"));
        assertEquals(OptionalInt.of(3), ComparePairs.parse(" 3 "));
        assertEquals(OptionalInt.of(ComparePairs.ALL), ComparePairs.parse("All"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-2", "+2", "2.0", "two", "every", "", " ", "12345678901", "１"})
    void anythingElseIsNotAReach(String text) {
        assertEquals(OptionalInt.empty(), ComparePairs.parse(text));
    }
}

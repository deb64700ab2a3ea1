package dev.ladder.partial;

import dev.ladder.render.LevelComparison;
import dev.ladder.render.Page;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whether two plans' pages at one address are rendered from the same inputs, and so have the same bytes
 * when the theme, the settings and the ladder's home are the same: the same template, source and sitemap
 * listing, and data that are equal. The model is made of records, so equal data is equal content; a
 * comparison is compared by the levels it spans, since it is worked out from them only when rendered.
 */
final class PageInputs {

    private PageInputs() {
    }

    static boolean same(Page before, Page after) {
        return before.path().equals(after.path()) && before.template().equals(after.template())
                && Objects.equals(before.source(), after.source()) && before.listed() == after.listed()
                && same(before.data(), after.data());
    }

    private static boolean same(Object before, Object after) {
        if (before instanceof LevelComparison lower && after instanceof LevelComparison higher) {
            return lower.cumulative() == higher.cumulative() && lower.levels().equals(higher.levels());
        }
        if (before instanceof List<?> first && after instanceof List<?> second) {
            if (first.size() != second.size()) {
                return false;
            }
            for (int i = 0; i < first.size(); i++) {
                if (!same(first.get(i), second.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (before instanceof Map<?, ?> first && after instanceof Map<?, ?> second) {
            return first.keySet().equals(second.keySet())
                    && first.keySet().stream().allMatch(key -> same(first.get(key), second.get(key)));
        }
        return Objects.equals(before, after);
    }
}

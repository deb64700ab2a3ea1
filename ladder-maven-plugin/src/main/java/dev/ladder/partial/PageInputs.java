package dev.ladder.partial;

import dev.ladder.model.Level;
import dev.ladder.model.Track;
import dev.ladder.render.LevelComparison;
import dev.ladder.render.Page;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a page is rendered from, as a value to compare with the next build's: its template, source, sitemap
 * listing and data. Given the same theme, settings and home page, equal inputs render equal bytes: the model
 * is made of records, so equal data is equal content.
 *
 * <p>The value holds the model's levels but not the build's tracks or comparisons, which are what the
 * renderer keeps its worked-out comparisons for (for as long as a track is held): a track is kept as an
 * equal copy, and a comparison as the levels it spans, since it is worked out from them only when rendered.
 */
record PageInputs(String template, Path source, boolean listed, Object data) {

    /** A comparison of levels, as the levels it spans. */
    private record Span(List<Level> levels, boolean cumulative) {
    }

    static PageInputs of(Page page) {
        return new PageInputs(page.template(), page.source(), page.listed(), detached(page.data()));
    }

    /** Whether {@code page} is rendered from these inputs; compares without making its inputs. */
    boolean matches(Page page) {
        return template.equals(page.template()) && java.util.Objects.equals(source, page.source())
                && listed == page.listed() && matches(data, page.data());
    }

    private static boolean matches(Object detached, Object value) {
        if (value instanceof LevelComparison comparison) {
            return detached instanceof Span span && span.cumulative() == comparison.cumulative()
                    && span.levels().equals(comparison.levels());
        }
        if (value instanceof List<?> list) {
            if (!(detached instanceof List<?> kept) || kept.size() != list.size()) {
                return false;
            }
            for (int i = 0; i < list.size(); i++) {
                if (!matches(kept.get(i), list.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof Map<?, ?> map) {
            return detached instanceof Map<?, ?> kept && kept.keySet().equals(map.keySet())
                    && map.keySet().stream().allMatch(key -> matches(kept.get(key), map.get(key)));
        }
        if (value instanceof Record record && !(value instanceof Track) && !isModel(record)) {
            return components(record).equals(detached);
        }
        return java.util.Objects.equals(detached, value);
    }

    private static boolean isModel(Record record) {
        return record.getClass().getPackageName().equals(Track.class.getPackageName());
    }

    /** An equal track that is not the build's own. */
    static Track copy(Track track) {
        return new Track(track.slug(), track.file(), track.title(), track.family(), track.summary(),
                track.overviewHtml(), track.competencies(), track.levels());
    }

    private static Object detached(Object value) {
        if (value instanceof Track track) {
            return copy(track);
        }
        if (value instanceof LevelComparison comparison) {
            return new Span(comparison.levels(), comparison.cumulative());
        }
        if (value instanceof List<?> list) {
            return list.stream().map(PageInputs::detached).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(key, detached(item)));
            return copy;
        }
        if (value instanceof Record record && !isModel(record)) {
            return components(record);
        }
        return value;
    }

    /** A record of the pages' own (such as the home page's job families) as its detached components. */
    private static List<Object> components(Record record) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length + 1];
        values[0] = record.getClass();
        for (int i = 0; i < components.length; i++) {
            try {
                values[i + 1] = detached(components[i].getAccessor().invoke(record));
            } catch (ReflectiveOperationException e) {
                // A component that cannot be read is compared as the record itself.
                values[i + 1] = record;
            }
        }
        return List.of(values);
    }
}

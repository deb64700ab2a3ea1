package dev.ladder.model;

/**
 * A band of the job architecture that levels of every track map to, from the home page's {@code grades:}.
 *
 * @param id   the short code levels name in {@code grade:}, such as {@code G5}
 * @param name what the grade is called, such as {@code Senior}, or {@code ""}
 * @param rank its place in {@code grades:}, 0 for the lowest
 */
public record Grade(String id, String name, int rank) {

    /** The id of the grade's row on the home page's grid, the one place it is made. */
    public String anchor() {
        return "grade-" + id;
    }

    /** "G5 Senior", or "G5" for a grade without a name. */
    public String label() {
        return name.isEmpty() ? id : id + " " + name;
    }
}

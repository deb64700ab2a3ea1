package dev.ladder.problem;

/** How serious a {@link Problem} is: errors stop a build, warnings only do so when asked. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package dev.ladder.robustness;

/**
 * One change to one file, already applied to the bytes it was chosen for.
 *
 * @param description what the change does, precise enough to redo it by hand
 */
record Mutation(String description, FileState result) {

    static Mutation ofText(String description, byte[] result) {
        return new Mutation(description, new FileState.Text(result));
    }

    static Mutation ofFile(String description, FileState result) {
        return new Mutation(description, result);
    }
}

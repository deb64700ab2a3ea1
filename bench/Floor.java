import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The physical floor of a build on this machine: reading every file of a ladder and writing a site of the
 * same files and sizes as a built one, with nothing else (no parsing, no templates), on as many threads as
 * the build uses (one per processor). BENCHMARKS.md compares the engine's time with it.
 *
 *   java bench/Floor.java CONTENT BUILT_SITE NEW_FOLDER
 */
public final class Floor {
    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        Path built = Path.of(args[1]);
        Path target = Path.of(args[2]);
        List<Path> sources = files(content);
        List<Path> outputs = files(built);
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long read = 0;
        for (Future<Integer> f : pool.invokeAll(sources.stream().map(file -> (java.util.concurrent.Callable<Integer>)
                () -> Files.readAllBytes(file).length).toList())) {
            read += f.get();
        }
        long readDone = System.nanoTime();
        long biggest = 0;
        for (Path file : outputs) {
            biggest = Math.max(biggest, Files.size(file));
        }
        byte[] bytes = new byte[(int) biggest];
        java.util.Arrays.fill(bytes, (byte) 'x');
        List<long[]> sizes = outputs.stream().map(file -> {
            try {
                return new long[] {Files.size(file)};
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
        long writeStart = System.nanoTime();
        long written = 0;
        for (Future<Long> f : pool.invokeAll(java.util.stream.IntStream.range(0, outputs.size()).mapToObj(i ->
                (java.util.concurrent.Callable<Long>) () -> {
                    Path out = target.resolve(built.relativize(outputs.get(i)).toString());
                    Files.createDirectories(out.getParent());
                    try (OutputStream stream = Files.newOutputStream(out)) {
                        stream.write(bytes, 0, (int) sizes.get(i)[0]);
                    }
                    return sizes.get(i)[0];
                }).collect(Collectors.toList()))) {
            written += f.get();
        }
        long end = System.nanoTime();
        pool.shutdown();
        System.out.printf("read %d files, %.1f MB in %d ms; wrote %d files, %.1f MB in %d ms; %d threads%n",
                sources.size(), read / 1e6, (readDone - start) / 1_000_000, outputs.size(), written / 1e6,
                (end - writeStart) / 1_000_000, threads);
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}

package dev.ladder.words;

import java.util.Arrays;

/**
 * The one-to-one assignment of rows to columns with the largest total weight (the Hungarian method,
 * O(n²m) for n rows and m columns). Unlike taking the best pair first, it never gives a row its
 * favourite column when that column is the only good one for another row.
 *
 * <p>Deterministic: the same weights always give the same assignment; among equally good ones, the
 * tie-breaking lies with the caller's weights (see {@link BulletAlignment}).
 */
final class OptimalAssignment {

    private OptimalAssignment() {
    }

    /** For each row, its column, or -1 when it has none (more rows than columns). */
    static int[] maximising(double[][] weight) {
        int rows = weight.length;
        int columns = rows == 0 ? 0 : weight[0].length;
        int[] columnOf = new int[rows];
        Arrays.fill(columnOf, -1);
        if (rows == 0 || columns == 0) {
            return columnOf;
        }
        boolean transposed = rows > columns;
        double[][] cost = transposed ? negatedTransposed(weight) : negated(weight);
        int[] assigned = minimise(cost);
        for (int i = 0; i < assigned.length; i++) {
            if (transposed) {
                columnOf[assigned[i]] = i;
            } else {
                columnOf[i] = assigned[i];
            }
        }
        return columnOf;
    }

    private static double[][] negated(double[][] weight) {
        double[][] cost = new double[weight.length][];
        for (int i = 0; i < weight.length; i++) {
            cost[i] = Arrays.stream(weight[i]).map(w -> -w).toArray();
        }
        return cost;
    }

    private static double[][] negatedTransposed(double[][] weight) {
        double[][] cost = new double[weight[0].length][weight.length];
        for (int i = 0; i < weight.length; i++) {
            for (int j = 0; j < weight[0].length; j++) {
                cost[j][i] = -weight[i][j];
            }
        }
        return cost;
    }

    /** Rows ≤ columns; each row gets a column of least total cost. Potentials u, v; p[j] the row at column j. */
    private static int[] minimise(double[][] cost) {
        int n = cost.length;
        int m = cost[0].length;
        double[] u = new double[n + 1];
        double[] v = new double[m + 1];
        int[] p = new int[m + 1];
        int[] way = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            double[] minv = new double[m + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[m + 1];
            do {
                used[j0] = true;
                int i0 = p[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= m; j++) {
                    if (!used[j]) {
                        double reduced = cost[i0 - 1][j - 1] - u[i0] - v[j];
                        if (reduced < minv[j]) {
                            minv[j] = reduced;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] columnOf = new int[n];
        for (int j = 1; j <= m; j++) {
            if (p[j] != 0) {
                columnOf[p[j] - 1] = j - 1;
            }
        }
        return columnOf;
    }
}

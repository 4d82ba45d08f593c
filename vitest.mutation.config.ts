import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

/**
 * The vitest config Stryker uses (`npm run mutation`, see docs/quality.md). It differs from
 * vitest.config.ts in three ways, so that each mutant is tested in about a second:
 * - no CLI global setup: Stryker's sandbox has no dist/, and a spawned dist/cli.js cannot see a
 *   mutant anyway; `CLI_IN_PROCESS=1` makes test/cli/main.test.ts run the same command lines
 *   in-process through src/cli/run.ts;
 * - `isolate: false`: test files share one module graph (each file otherwise re-imports the
 *   library, about 1.5 s a file); the library is pure, so nothing leaks between files. The cost:
 *   a mutant of code that runs once when a module loads (a schema built at load time) may be
 *   loaded unmutated and reported as surviving; `MUTATION_ISOLATE=1` turns isolation back on for
 *   such a re-check (docs/quality.md);
 * - `@fast-check/vitest` is replaced by test/support/fast-check-vitest-shim.ts (the real package
 *   spends 2–3 s building its API each time it is imported, i.e. for every mutant);
 * - fast-check properties without their own `numRuns` run fewer cases
 *   (test/support/mutation-setup.ts), and the fuzz test 10 cases a function instead of 200 (it
 *   reaches every function, so it would otherwise run for every mutant; it checks the error
 *   contract, which the rule tests check more sharply).
 */
export default defineConfig({
  resolve: {
    alias: { "@fast-check/vitest": fileURLToPath(new URL("./test/support/fast-check-vitest-shim.ts", import.meta.url)) },
  },
  test: {
    include: ["test/**/*.test.ts"],
    // The public-API snapshot reads the types of src/ with the TypeScript checker; Stryker's
    // instrumented sources have other types, and a mutant never changes a declared type.
    exclude: [...configDefaults.exclude, "test/public-api.test.ts"],
    setupFiles: ["test/support/mutation-setup.ts"],
    // MUTATION_ISOLATE=1: per-file isolation back (slower), for mutants of code that runs when a
    // module loads (schemas built once): without isolation such a mutant may never be applied.
    isolate: process.env.MUTATION_ISOLATE === "1",
    testTimeout: 30_000,
    env: { CLI_IN_PROCESS: "1", FUZZ_RUNS: "10" },
  },
});

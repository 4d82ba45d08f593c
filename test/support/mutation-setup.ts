import fc from "fast-check";

// Used by vitest.mutation.config.ts only (mutation runs): properties that do not set their own
// `numRuns` run MUTATION_RUNS cases (default 25) instead of fast-check's 100.
fc.configureGlobal({ numRuns: Number(process.env.MUTATION_RUNS ?? 25) });

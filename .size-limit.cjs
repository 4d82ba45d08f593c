// Size budgets (size-limit 12; docs/quality.md). The first four entries measure the library's own
// code (its dependencies ignored); the "front end" entries measure what a front end ships for one
// representative import, dependencies INCLUDED: size-limit leaves peer dependencies (decimal.js
// since issue 19) out of every bundle, so those entries give esbuild no externals. The consumer
// check (scripts/consumer-check.mjs) reads the same budgets.
/** esbuild's config with every dependency bundled, peer dependencies included. */
const withDependencies = (config) => ({ ...config, external: [] });

module.exports = [
  { "name": "root (dist/index.js), all exports", "path": "dist/index.js", "ignore": ["decimal.js", "zod"], "limit": "96 kB" },
  { "name": "scoring (dist/scoring/index.js)", "path": "dist/scoring/index.js", "ignore": ["decimal.js", "zod"], "limit": "11 kB" },
  { "name": "eligibility (dist/eligibility/index.js)", "path": "dist/eligibility/index.js", "ignore": ["decimal.js", "zod"], "limit": "64 kB" },
  { "name": "calendars (dist/calendars/index.js)", "path": "dist/calendars/index.js", "ignore": ["decimal.js", "zod"], "limit": "16 kB" },
  { "name": "front end: addWorkingDays from ./calendars, with its dependencies (gzip)", "path": "dist/calendars/index.js", "import": "{ addWorkingDays }", "gzip": true, "limit": "7.8 kB", modifyEsbuildConfig: withDependencies },
  { "name": "front end: one scoring formula (selectionPersonalQualities from ./scoring), with its dependencies (gzip)", "path": "dist/scoring/index.js", "import": "{ selectionPersonalQualities }", "gzip": true, "limit": "17.1 kB", modifyEsbuildConfig: withDependencies },
  { "name": "front end: runReserveFunnel + explainReserveCandidate, with their dependencies (gzip)", "path": "dist/index.js", "import": "{ runReserveFunnel, explainReserveCandidate }", "gzip": true, "limit": "28.7 kB", modifyEsbuildConfig: withDependencies },
];

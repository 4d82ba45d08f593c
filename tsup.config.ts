import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    "scoring/index": "src/scoring/index.ts",
    "eligibility/index": "src/eligibility/index.ts",
    "calendars/index": "src/calendars/index.ts",
    // for the consumers' own tests (decimal equality, fast-check arbitraries, conformance runner);
    // fast-check is an optional peer dependency, external like every dependency
    "testing/index": "src/testing/index.ts",
    // the command-line tool (package.json "bin"); its source starts with "#!/usr/bin/env node",
    // which esbuild keeps at the top of dist/cli.js
    cli: "src/cli/main.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  target: "node20",
  outDir: "dist",
  // The CLI's own readers and writers of spreadsheets (devDependencies: csv-parse, read-excel-file,
  // write-excel-file) are bundled into dist/cli.js and its chunks; only src/cli imports them, so the
  // library's entry points never do, and the package still depends on decimal.js and zod alone.
  noExternal: ["csv-parse", "read-excel-file", "write-excel-file"],
});

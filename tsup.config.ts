import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    "scoring/index": "src/scoring/index.ts",
    "eligibility/index": "src/eligibility/index.ts",
    "calendars/index": "src/calendars/index.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  target: "node20",
  outDir: "dist",
});

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // builds dist/cli.js for test/cli when it is missing or older than src/
    globalSetup: ["test/cli/global-setup.ts"],
    // Test files share one module graph per worker: the library is pure (no state between calls),
    // and the tests restore what they change (process.env.TZ, a stderr spy). Importing
    // @fast-check/vitest costs 2–3 s under vitest 4.1; isolated, each of ~30 files paid it again.
    isolate: false,
    // spawned CLI runs and the JSON Schema compile are slow on a loaded 2-core machine; a timeout
    // here is a hang detector, not a speed check (speed is measured by `npm run bench`)
    testTimeout: 30_000,
    coverage: { provider: "v8", include: ["src/**/*.ts"] },
  },
});

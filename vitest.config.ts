import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // builds dist/cli.js for test/cli when it is missing or older than src/
    globalSetup: ["test/cli/global-setup.ts"],
    coverage: { provider: "v8", include: ["src/**/*.ts"] },
  },
});

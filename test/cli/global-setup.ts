import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/**
 * Builds dist/cli.js when it is missing or older than a file of src/ (so `npm test` on a fresh
 * clone passes). Only the CLI entry is built, into dist/, without cleaning it: the rest of dist (from
 * `npm run build`) is left alone.
 */
export default async function setup(): Promise<void> {
  const cli = join(root, "dist", "cli.js");
  if (existsSync(cli) && statSync(cli).mtimeMs >= newest(join(root, "src"))) return;
  const { build } = await import("tsup");
  await build({
    config: false,
    entry: { cli: join(root, "src", "cli", "main.ts") },
    format: ["esm"],
    target: "node20",
    outDir: join(root, "dist"),
    clean: false,
    dts: false,
    splitting: false,
    silent: true,
  });
}

// Issue 19, "bundles a front end can afford": what a front end's bundler pulls in for one import,
// bundled from the sources with esbuild (as size-limit does from dist/). The figures themselves are
// checked by size-limit (.size-limit.cjs); this test keeps the cause of them: the calendars reach
// neither zod nor decimal.js, and the scoring formulas read without zod reach no zod.
import { describe, expect, it } from "vitest";
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The package-relative inputs of a bundle of `code` (an entry importing from the sources). */
async function inputsOf(code: string): Promise<string[]> {
  const r = await build({
    stdin: { contents: code, resolveDir: ROOT, loader: "ts" },
    bundle: true,
    write: false,
    minify: true,
    format: "esm",
    platform: "browser",
    metafile: true,
    logLevel: "silent",
  });
  const out = Object.values(r.metafile.outputs)[0]!;
  return Object.keys(out.inputs).filter((k) => out.inputs[k]!.bytesInOutput > 0);
}

const zod = (inputs: string[]) => inputs.filter((k) => k.includes("node_modules/zod/"));
const decimal = (inputs: string[]) => inputs.filter((k) => k.includes("node_modules/decimal.js/"));

describe("issue 19: front-end bundles", () => {
  it("every calendar function (./calendars) brings neither zod nor decimal.js", async () => {
    const inputs = await inputsOf(`import * as c from "./src/calendars/index.ts"; console.log(c);`);
    expect(zod(inputs)).toEqual([]);
    expect(decimal(inputs)).toEqual([]);
  });
  it("selectionPersonalQualities, selectionEssay, selectionInterview bring decimal.js but no zod", async () => {
    for (const f of ["selectionPersonalQualities", "selectionEssay", "selectionInterview"]) {
      const inputs = await inputsOf(`import { ${f} } from "./src/scoring/index.ts"; console.log(${f});`);
      expect(zod(inputs), f).toEqual([]);
      expect(decimal(inputs).length, f).toBeGreaterThan(0);
    }
  });
  it("runReserveFunnel + explainReserveCandidate bring no zod", async () => {
    const inputs = await inputsOf(`import { runReserveFunnel, explainReserveCandidate } from "./src/index.ts"; console.log(runReserveFunnel, explainReserveCandidate);`);
    expect(zod(inputs)).toEqual([]);
  });
});

// Doc comments as editors show them (issue 19, item 5): TypeScript reads `@throws {…}` as a type
// expression, so `@throws {@link RuleInputError} …` showed in hovers as a broken "@throws {" with its
// text lost; every @throws tag starts with words ("A {@link RuleInputError} …").
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../src", import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));

describe("doc comments", () => {
  it("issue 19: no @throws tag starts with a brace (it would hide its text in editor hovers)", () => {
    const bad = files(SRC).flatMap((f) =>
      readFileSync(f, "utf8")
        .split("\n")
        .flatMap((line, i) => (/@throws\s*\{/.test(line) ? [`${f.slice(SRC.length + 1)}:${i + 1}`] : [])),
    );
    expect(bad).toEqual([]);
  });
});

// src/cli/args.ts: the option readers of every command — --lang (langOf), one-of options (oneOf),
// whole numbers and their minimum (wholeOf), repeatable options (list); their exact usage errors.
import { describe, expect, it } from "vitest";
import { list } from "../../src/cli/args.js";
import { cells, expectInert, fixture, HOSTILE_ID, HOSTILE_ID_SHOWN, runCli } from "../support/cli.js";

const P = "kz-civil-service-rules: ";

describe("CLI args — --lang, one-of options, whole numbers, list()", () => {
  it("R-EL-1 --lang de is a usage error naming the three languages, exit 2", async () => {
    expect(await runCli("retest", "2026-12-30", "--lang", "de")).toEqual({ code: 2, out: "", err: `${P}--lang: expected one of kk, ru, en, got "de"\n` });
  });
  it("R-EL-2 --regime outside its two values is a usage error listing them, exit 2", async () => {
    expect(await runCli("retest", "2026-12-30", "--regime", "corps-c")).toEqual({
      code: 2,
      out: "",
      err: `${P}--regime: expected one of corps-b, law-enforcement, got "corps-c"\n`,
    });
  });
  it("CLI --decimals 1e1 is not a whole number written in digits: usage error, exit 2", async () => {
    // only /^\d+$/ is a whole number; Number("1e1") would be 10
    expect(await runCli("score", fixture("competition.csv"), "--decimals", "1e1")).toEqual({
      code: 2,
      out: "",
      err: `${P}--decimals: expected a whole number ≥ 0, got "1e1"\n`,
    });
  });
  it("CLI --questions-per-block 0 is below its minimum 1: usage error, exit 2", async () => {
    expect(await runCli("score", fixture("is-selection.csv"), "--questions-per-block", "0")).toEqual({
      code: 2,
      out: "",
      err: `${P}--questions-per-block: expected a whole number ≥ 1, got "0"\n`,
    });
  });
  it("R-GC-5 --decimals 0 (the minimum itself) is accepted: whole numbers, rounded half-up", async () => {
    const r = await runCli("score", fixture("competition.csv"), "--decimals", "0");
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    const lines = r.out.split("\n");
    // N-01: О = 28.5/7 = 4.0714… → 4, П = 4 + 5 = 9, И = 0.3·4.0714… + 0.7·9 = 7.5214… → 8
    expect(cells(lines.find((l) => l.includes("N-01")))).toEqual(["1", "N-01", "Аружан Д.", "4", "9", "8"]);
    // N-02: О = 24.5/7 = 3.5 → 4 (half-up), П = 5 + 4 = 9, И = 1.05 + 6.3 = 7.35 → 7
    expect(cells(lines.find((l) => l.includes("N-02")))).toEqual(["2", "N-02", "Бекзат Ш.", "4", "9", "7"]);
  });
  it("CLI list(): a single value (not an array) becomes a one-element list; undefined an empty one", async () => {
    // unreachable through the commands (their repeatable options always give arrays)
    expect(list("2026-09-14")).toEqual(["2026-09-14"]);
    expect(list(undefined)).toEqual([]);
    expect(list(["a", "b"])).toEqual(["a", "b"]);
  });
});

describe("CLI args — option values in usage errors are quoted, escaped and cut", () => {
  it("CLI --lang and a one-of option holding the reviewer's escape sequences: quoted and escaped, exit 2", async () => {
    const lang = await runCli("retest", "2026-12-30", "--lang", HOSTILE_ID);
    expect(lang).toEqual({ code: 2, out: "", err: `kz-civil-service-rules: --lang: expected one of kk, ru, en, got "${HOSTILE_ID_SHOWN}"\n` });
    const regime = await runCli("retest", "2026-12-30", "--regime", HOSTILE_ID);
    expect(regime.err).toBe(`kz-civil-service-rules: --regime: expected one of corps-b, law-enforcement, got "${HOSTILE_ID_SHOWN}"\n`);
  });
  it("CLI an unknown option holding them (node's own message): escaped, exit 2", async () => {
    const r = await runCli("retest", "2026-12-30", `--${HOSTILE_ID}`);
    expect(r.code).toBe(2);
    expect(r.err.startsWith(`kz-civil-service-rules: Unknown option '--${HOSTILE_ID_SHOWN}'.`)).toBe(true);
    expectInert(r);
  });
  it("CLI a 100,000-character option value: cut after 80 characters with its length", async () => {
    const r = await runCli("score", "--decimals", "x".repeat(100_000), "f.csv");
    expect(r).toEqual({ code: 2, out: "", err: `kz-civil-service-rules: --decimals: expected a whole number ≥ 0, got "${"x".repeat(80)}…" (100,000 characters)\n` });
  });
});

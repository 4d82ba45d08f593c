// src/cli/errors.ts: UsageError and InputError by name, atCell (a RuleInputError of one cell becomes
// an InputError naming the line and field; other errors pass unchanged), where(), and ruleErrorLines
// (a rule error's lines bounded and escaped by the CLI itself, whatever the library's own bounds).
import { describe, expect, it } from "vitest";
import { RuleInputError } from "../../src/index.js";
import { atCell, InputError, ruleErrorLines, UsageError } from "../../src/cli/errors.js";
import { retest } from "../../src/cli/retest.js";
import { score } from "../../src/cli/score.js";
import { fixture, HOSTILE_ID, HOSTILE_ID_SHOWN, RAW_CONTROL, runCli, thrown } from "../support/cli.js";

const P = "kz-civil-service-rules: ";

describe("CLI errors — names, atCell, the field of a rule error", () => {
  it("R-EL-1 a rule error of a whole-command input names the rule's own field, without a line", async () => {
    // atCell(undefined, "", …): "" = the field the rule names (testDate); no CSV line
    expect(await runCli("retest", "2026-02-30", "--lang", "ru")).toEqual({
      code: 1,
      out: "",
      err: `${P}неверные входные данные: поле testDate: R-EL-1: testDate = "2026-02-30": недопустимая дата: ожидается формат "YYYY-MM-DD"\n`,
    });
  });
  it("CLI the errors thrown by the commands are UsageError and InputError by name", async () => {
    const u = thrown(() => retest(["2026-12-30", "--lang", "de"]));
    expect(u).toBeInstanceOf(UsageError);
    expect((u as Error).name).toBe("UsageError");
    const i = await score([fixture("no-such-file.csv")]).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(i).toBeInstanceOf(InputError);
    expect((i as Error).name).toBe("InputError");
  });
  it("CLI atCell re-throws an error that is not a RuleInputError unchanged", async () => {
    const boom = new TypeError("boom");
    expect(
      thrown(() =>
        atCell(3, "S", "en", () => {
          throw boom;
        }),
      ),
    ).toBe(boom);
  });
  it("R-SEL-1 atCell turns a RuleInputError into an InputError naming the line and the given field", async () => {
    const e = thrown(() =>
      atCell(4, "S", "en", () => {
        throw new RuleInputError([{ field: "S", value: 120, rule: "R-SEL-1", message: "out of range" }]);
      }),
    );
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toBe('line 4, field S: R-SEL-1: S = 120: out of range');
  });
});

describe("CLI ruleErrorLines — a rule error bounded and inert, by the CLI itself", () => {
  const issue = (value: unknown, more: object = {}) => ({ field: "S", value, rule: "R-SEL-1", message: "out of range", ...more });
  it("R-SEL-1 one line per issue; a short value as the library shows it", async () => {
    expect(ruleErrorLines(new RuleInputError([issue(120), issue("7", { field: "S1" })]), "en")).toEqual(['R-SEL-1: S = 120: out of range', 'R-SEL-1: S1 = "7": out of range']);
  });
  it("R-SEL-1 the issues beyond the 100 listed are still counted on a last line (they were dropped before)", async () => {
    const e = new RuleInputError(Array.from({ length: 150 }, (_, k) => issue(k)), 7);
    const lines = ruleErrorLines(e, "en");
    expect(lines).toHaveLength(101);
    expect(lines[100]).toBe("… and 57 more issue(s), not listed");
  });
  it("R-SEL-1 a value over 80 characters: its first 80 and its whole length, in every language (the count is of the value as read)", async () => {
    const e = new RuleInputError([issue("9".repeat(10_000_000), { code: "out-of-range", params: { min: "0", max: "100" } })]);
    const shown = `"${"9".repeat(80)}…" (10,000,000 characters)`;
    expect(ruleErrorLines(e, "en")).toEqual([`R-SEL-1: S = ${shown}: out of range`]);
    const [ru] = ruleErrorLines(e, "ru");
    expect(ru!.startsWith(`R-SEL-1: S = ${shown}: `)).toBe(true);
    expect(ru!.length).toBeLessThan(300);
  });
  it("R-SEL-1 the reviewer's escape sequences in the value, the field, the message and a parameter: all escaped", async () => {
    const e = new RuleInputError([issue(HOSTILE_ID, { field: `S${HOSTILE_ID}`, message: `bad ${HOSTILE_ID}`, code: "comma-decimal", params: { suggestion: HOSTILE_ID } })]);
    for (const lang of ["en", "kk", "ru"] as const) {
      const [line] = ruleErrorLines(e, lang);
      expect(line).not.toMatch(RAW_CONTROL);
      expect(line).toContain(HOSTILE_ID_SHOWN);
    }
    expect(ruleErrorLines(e, "en")).toEqual([`R-SEL-1: S${HOSTILE_ID_SHOWN} = "${HOSTILE_ID_SHOWN}": bad ${HOSTILE_ID_SHOWN}`]);
  });
  it("R-SEL-1 a library message of 10,000 characters is cut at 300 with its length", async () => {
    const [line] = ruleErrorLines(new RuleInputError([issue(1, { message: "m".repeat(10_000) })]), "en");
    expect(line).toBe(`R-SEL-1: S = 1: ${"m".repeat(300)}… (10,000 characters)`);
  });
});

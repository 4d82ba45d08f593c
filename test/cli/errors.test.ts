// src/cli/errors.ts: UsageError and InputError by name, atCell (a RuleInputError of one cell becomes
// an InputError naming the line and field; other errors pass unchanged) and where().
import { describe, expect, it } from "vitest";
import { RuleInputError } from "../../src/index.js";
import { atCell, InputError, UsageError } from "../../src/cli/errors.js";
import { retest } from "../../src/cli/retest.js";
import { score } from "../../src/cli/score.js";
import { fixture, runCli, thrown } from "../support/cli.js";

const P = "kz-civil-service-rules: ";

describe("CLI errors — names, atCell, the field of a rule error", () => {
  it("R-EL-1 a rule error of a whole-command input names the rule's own field, without a line", () => {
    // atCell(undefined, "", …): "" = the field the rule names (testDate); no CSV line
    expect(runCli("retest", "2026-02-30", "--lang", "ru")).toEqual({
      code: 1,
      out: "",
      err: `${P}invalid input: field testDate: R-EL-1: testDate = "2026-02-30": недопустимая дата: ожидается формат "YYYY-MM-DD"\n`,
    });
  });
  it("CLI the errors thrown by the commands are UsageError and InputError by name", () => {
    const u = thrown(() => retest(["2026-12-30", "--lang", "de"]));
    expect(u).toBeInstanceOf(UsageError);
    expect((u as Error).name).toBe("UsageError");
    const i = thrown(() => score([fixture("no-such-file.csv")]));
    expect(i).toBeInstanceOf(InputError);
    expect((i as Error).name).toBe("InputError");
  });
  it("CLI atCell re-throws an error that is not a RuleInputError unchanged", () => {
    const boom = new TypeError("boom");
    expect(
      thrown(() =>
        atCell(3, "S", "en", () => {
          throw boom;
        }),
      ),
    ).toBe(boom);
  });
  it("R-SEL-1 atCell turns a RuleInputError into an InputError naming the line and the given field", () => {
    const e = thrown(() =>
      atCell(4, "S", "en", () => {
        throw new RuleInputError([{ field: "S", value: 120, rule: "R-SEL-1", message: "out of range" }]);
      }),
    );
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toBe('line 4, field S: R-SEL-1: S = 120: out of range');
  });
});

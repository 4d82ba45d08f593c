// src/errors.ts: RuleInputError (its message, issues and params) and how a message shows the value
// given (showValue), seen through ruleVersion (R-CAL-4) and built directly.
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { RuleInputError, ruleVersion } from "../src/index.js";
import { thrownRuleInputError } from "./support/first-issue.js";
import { UNKNOWN_KEY } from "./support/sources.js";

// mutation run of src/errors.ts: pins how each kind of value is shown in the message
describe("R-CAL-4 showValue: how a RuleInputError shows the value given (mutation)", () => {
  // ruleVersion names a key of any type in its message: "R-CAL-4: key = <value>: unknown rule key; …".
  const shown = (key: unknown): string => thrownRuleInputError(() => ruleVersion(key as string)).message;
  const line = (value: string): string => `R-CAL-4: key = ${value}: ${UNKNOWN_KEY}`;

  it("R-CAL-4 primitives: undefined, numbers, booleans, null, bigint, symbols, functions", () => {
    expect(shown(undefined)).toBe(line("undefined"));
    expect(shown(5)).toBe(line("5"));
    expect(shown(2.5)).toBe(line("2.5"));
    expect(shown(true)).toBe(line("true"));
    expect(shown(false)).toBe(line("false"));
    expect(shown(null)).toBe(line("null"));
    expect(shown(10n)).toBe(line("10n"));
    expect(shown(Symbol("k"))).toBe(line("symbol"));
    expect(shown(() => 1)).toBe(line("function"));
  });

  it("R-CAL-4 objects: arrays by length, a Decimal by value, others by their tag; no toString → \"object\"", () => {
    expect(shown([1, 2])).toBe(line("array(2)"));
    expect(shown([])).toBe(line("array(0)"));
    expect(shown(new Decimal("2.5"))).toBe(line("Decimal(2.5)"));
    expect(shown({})).toBe(line("[object Object]"));
    expect(shown(new Date(0))).toBe(line("[object Date]"));
    // no prototype: no toString, shown by its type only
    expect(shown(Object.create(null) as unknown)).toBe(line("object"));
    // a toString of its own but no constructor: shown by its tag
    const bare = Object.assign(Object.create(null) as object, { toString: () => "x" });
    expect(shown(bare)).toBe(line("[object Object]"));
  });
});

// mutation run of src/errors.ts: pins the joined message, the copied params and the empty case
describe("R-SEL-1 RuleInputError — its message and issues (mutation)", () => {
  it("R-SEL-1 RuleInputError: several issues joined by \"; \", params copied and frozen", () => {
    const params = { min: "0", max: "100" };
    const e = new RuleInputError([
      { field: "S", value: 120, rule: "R-SEL-1", message: "out of range", code: "out-of-range", params },
      { field: "E", value: "x", rule: "R-SEL-3", message: "not a number" },
    ]);
    expect(e.message).toBe('R-SEL-1: S = 120: out of range; R-SEL-3: E = "x": not a number');
    expect(e.name).toBe("RuleInputError");
    expect(e.issues[0]!.params).toEqual({ min: "0", max: "100" });
    expect(e.issues[0]!.params).not.toBe(params);
    expect(Object.isFrozen(e.issues[0]!.params)).toBe(true);
    params.min = "50";
    expect(e.issues[0]!.params).toEqual({ min: "0", max: "100" });
    expect(Object.isFrozen(e.issues[1])).toBe(true);
  });

  it("R-SEL-1 RuleInputError built from no issues still carries one: \"?: (input) = undefined: invalid input\"", () => {
    const e = new RuleInputError([]);
    expect(e.message).toBe("?: (input) = undefined: invalid input");
    expect(e.issues).toEqual([{ field: "(input)", value: undefined, rule: "?", message: "invalid input" }]);
    expect(e.name).toBe("RuleInputError");
  });
});

// src/errors.ts: RuleInputError (its message, issues and params) and how a message shows the value
// given (showValue), seen through ruleVersion (R-CAL-4) and built directly.
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { isRuleInputError, RuleInputError, ruleVersion, selectionPersonalQualities } from "../src/index.js";
import { showValue } from "../src/errors.js";
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
    // issue 23: a Symbol by its description (was "symbol")
    expect(shown(Symbol("k"))).toBe(line("Symbol(k)"));
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

// issue 23, item 3: showValue is bounded and never throws, whatever the value; it never calls the
// value's own toString, valueOf or toJSON
describe("R-CAL-4 showValue: hostile values (issue 23)", () => {
  const callerError = (): never => {
    throw new Error("the caller's own trap");
  };

  it("R-CAL-4 BigInt: small in full, long cut with its digit count, huge in hexadecimal", () => {
    expect(showValue(10n)).toBe("10n");
    expect(showValue(-7n)).toBe("-7n");
    expect(showValue(10n ** 400n)).toBe(`1${"0".repeat(59)}…(401 digits)n`);
    expect(showValue(-(10n ** 400n))).toBe(`-1${"0".repeat(59)}…(401 digits)n`);
    // 2^40000: 10,001 hexadecimal digits, shown without a decimal conversion
    expect(showValue(1n << 40_000n)).toBe(`0x1${"0".repeat(15)}…(10001 hexadecimal digits)n`);
  });

  it("R-CAL-4 Symbol: by its description, cut and escaped", () => {
    expect(showValue(Symbol("hostile"))).toBe("Symbol(hostile)");
    expect(showValue(Symbol())).toBe("Symbol()");
    expect(showValue(Symbol("x".repeat(1000)))).toBe(`Symbol(${"x".repeat(60)}…(1000 characters))`);
    expect(showValue(Symbol("a\u202eb\n"))).toBe("Symbol(a\\u202eb\\u000a)");
  });

  it("R-CAL-4 circular and 10,000-deep objects and arrays: by their tag or length, at once", () => {
    const o: Record<string, unknown> = { id: "a" };
    o.self = o;
    expect(showValue(o)).toBe("[object Object]");
    const a: unknown[] = [1];
    a.push(a);
    expect(showValue(a)).toBe("array(2)");
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = { a: deep };
    expect(showValue(deep)).toBe("[object Object]");
    let deepArray: unknown = 1;
    for (let i = 0; i < 10_000; i++) deepArray = [deepArray];
    expect(showValue(deepArray)).toBe("array(1)");
  });

  it("R-CAL-4 a 10^7-character string: cut to 60 characters with its length, message bounded", () => {
    const huge = "1".repeat(10_000_000);
    expect(showValue(huge)).toBe(`"${"1".repeat(60)}"…(10000000 characters)`);
    const e = new RuleInputError([{ field: "S", value: huge, rule: "R-SEL-1", message: "not a number" }]);
    expect(e.message).toBe(`R-SEL-1: S = "${"1".repeat(60)}"…(10000000 characters): not a number`);
    // a surrogate pair is never split by the cut
    expect(showValue("a".repeat(59) + "😀" + "b")).toBe(`"${"a".repeat(59)}"…(62 characters)`);
  });

  it("R-CAL-4 strings: control, bidirectional and zero-width characters escaped", () => {
    expect(showValue("X\u001b[2J\u0007")).toBe('"X\\u001b[2J\\u0007"');
    expect(showValue("C\u202e-3")).toBe('"C\\u202e-3"');
    expect(showValue("a\u200bb\ufeff\u00ad\u2028\u0085")).toBe('"a\\u200bb\\ufeff\\u00ad\\u2028\\u0085"');
    expect(showValue("\u{e0001}")).toBe('"\\u{e0001}"');
    expect(showValue('say "hi"')).toBe('"say \\"hi\\""');
  });

  it("R-CAL-4 a Proxy whose traps throw, a revoked Proxy: shown as \"object\", never throwing", () => {
    const throwing = new Proxy({}, { get: callerError, has: callerError, ownKeys: callerError, getOwnPropertyDescriptor: callerError, getPrototypeOf: callerError });
    expect(showValue(throwing)).toBe("object");
    const throwingArray = new Proxy([1, 2, 3], { get: callerError, getPrototypeOf: callerError });
    expect(showValue(throwingArray)).toBe("object");
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(showValue(proxy)).toBe("object");
    // an ordinary Proxy is shown like the object behind it
    expect(showValue(new Proxy([1, 2, 3], {}))).toBe("array(3)");
    expect(() => new RuleInputError([{ field: "x", value: throwing, rule: "R", message: "m" }])).not.toThrow();
  });

  it("R-CAL-4 an object's own toString, valueOf, toJSON are never called (a throwing toString included)", () => {
    let calls = 0;
    const o = {
      toString: () => { calls++; throw new Error("toString"); },
      valueOf: () => { calls++; return 1; },
      toJSON: () => { calls++; return "json"; },
    };
    expect(showValue(o)).toBe("[object Object]");
    expect(new RuleInputError([{ field: "x", value: o, rule: "R", message: "m" }]).message).toBe("R: x = [object Object]: m");
    expect(calls).toBe(0);
  });

  it("R-CAL-4 Decimals: only a real decimal.js Decimal by its digits; impostors by their tag", () => {
    expect(showValue(new Decimal("2.5"))).toBe("Decimal(2.5)");
    expect(showValue(new Decimal("-0.001"))).toBe("Decimal(-0.001)");
    expect(showValue(new Decimal(Number.NaN))).toBe("Decimal(NaN)");
    expect(showValue(new Decimal(-Infinity))).toBe("Decimal(-Infinity)");
    // many digits: cut
    expect(showValue(new Decimal("1." + "2".repeat(100)))).toBe(`Decimal(1.${"2".repeat(58)}…(102 characters))`);
    // a huge Decimal: its leading digits, exponent and size, without rendering it
    expect(showValue(new Decimal("1" + "0".repeat(200) + "1"))).toBe("Decimal(1.0000000000000000000…e+201, about 203 digits)");
    // a real Decimal with its own toString: not called
    const own = new Decimal("2.5");
    Object.defineProperty(own, "toString", { value: () => "evil" });
    expect(showValue(own)).toBe("Decimal(2.5)");
    // a fake whose constructor is named "Decimal"
    class Decimal2 {
      toString(): string {
        return "evil";
      }
    }
    Object.defineProperty(Decimal2, "name", { value: "Decimal" });
    expect(showValue(new Decimal2())).toBe("[object Object]");
    // an object that claims decimal.js's tag without a Decimal's fields
    expect(showValue({ toStringTag: "[object Decimal]", toString: () => "evil" })).toBe("[object Object]");
    expect(showValue({ toStringTag: "[object Decimal]", d: [1e9], e: 0, s: 1 })).toBe("[object Object]");
  });

  it("R-CAL-4 a huge Symbol.toStringTag is cut; a throwing one gives \"object\"", () => {
    expect(showValue({ [Symbol.toStringTag]: "T".repeat(1000) })).toBe(`[object ${"T".repeat(52)}…(1009 characters)`);
    expect(showValue({ get [Symbol.toStringTag](): string { return callerError(); } })).toBe("object");
  });
});

// issue 23, items 3 and 4: at most 100 issues listed, the rest counted; the message bounded
describe("R-SEL-1 RuleInputError — at most 100 issues, omittedIssues, a bounded message (issue 23)", () => {
  const issue = (k: number) => ({ field: `grades[${k}]`, value: Number.NaN, rule: "R-SEL-3", message: "NaN is not a number" });

  it("R-SEL-1 100 issues: all kept, omittedIssues 0, no count at the end", () => {
    const e = new RuleInputError(Array.from({ length: 100 }, (_, k) => issue(k)));
    expect(e.issues).toHaveLength(100);
    expect(e.omittedIssues).toBe(0);
    expect(e.message.endsWith("R-SEL-3: grades[99] = NaN: NaN is not a number")).toBe(true);
  });

  it("R-SEL-1 150 issues: the first 100 kept, 50 omitted, the message ends with their count", () => {
    const e = new RuleInputError(Array.from({ length: 150 }, (_, k) => issue(k)));
    expect(e.issues).toHaveLength(100);
    expect(e.issues[99]!.field).toBe("grades[99]");
    expect(e.omittedIssues).toBe(50);
    expect(e.message.endsWith("R-SEL-3: grades[99] = NaN: NaN is not a number; … and 50 more issues")).toBe(true);
  });

  it("R-SEL-1 the second parameter adds the issues found but not passed", () => {
    expect(new RuleInputError([issue(0)], 1).message).toBe("R-SEL-3: grades[0] = NaN: NaN is not a number; … and 1 more issue");
    expect(new RuleInputError([issue(0)], 5).omittedIssues).toBe(5);
    expect(new RuleInputError(Array.from({ length: 101 }, (_, k) => issue(k)), 9).omittedIssues).toBe(10);
    for (const bad of [-3, Number.NaN, 1.5, Infinity]) expect(new RuleInputError([issue(0)], bad).omittedIssues).toBe(0);
    expect(new RuleInputError([issue(0)]).omittedIssues).toBe(0);
  });

  it("R-SEL-1 100 issues of huge fields, values and messages: the message stays under 64,000 characters", () => {
    const big = "x".repeat(1_000_000);
    const e = new RuleInputError(Array.from({ length: 100 }, () => ({ field: big, value: big, rule: "R-SEL-1", message: big })));
    expect(e.message.length).toBeLessThanOrEqual(64_000);
    // one issue may have a long message of its own (a list of every known key): kept whole
    const long = "k".repeat(5_000);
    expect(new RuleInputError([{ field: "key", value: "x", rule: "R-CAL-4", message: long }]).message).toBe(`R-CAL-4: key = "x": ${long}`);
  });

  it("R-SEL-1 field and message text: control and invisible characters escaped in the message", () => {
    const e = new RuleInputError([{ field: "extra.\u202ex", value: 1, rule: "R", message: "unknown field \"\u001b[2J\"" }]);
    expect(e.message).toBe('R: extra.\\u202ex = 1: unknown field "\\u001b[2J"');
    expect(e.issues[0]!.field).toBe("extra.\u202ex");
  });
});

describe("R-SEL-1 RuleInputError — one class across the ESM and CommonJS builds (issue 19, item 4)", () => {
  const caught = (): unknown => {
    try {
      selectionPersonalQualities(120);
    } catch (e) {
      return e;
    }
    return undefined;
  };
  it("R-SEL-1 an error the library throws is instanceof RuleInputError and isRuleInputError", () => {
    const e = caught();
    expect(e instanceof RuleInputError).toBe(true);
    expect(isRuleInputError(e)).toBe(true);
    expect(e instanceof Error).toBe(true);
  });
  it("R-SEL-1 an error of another copy of the class (the other build) carries the same registered brand and is recognised", () => {
    // what the CommonJS build's error looks like from the ESM build: another prototype, the same Symbol.for brand
    const other = Object.assign(new Error("R-SEL-1: S = 120: out of range"), { issues: [] });
    Object.defineProperty(other, Symbol.for("kz-civil-service-rules/RuleInputError"), { value: true });
    expect(other instanceof RuleInputError).toBe(true);
    expect(isRuleInputError(other)).toBe(true);
  });
  it("R-SEL-1 nothing else is: plain errors, look-alikes by name or prototype, primitives, a throwing Proxy (without throwing)", () => {
    const lookAlike = Object.assign(new Error("x"), { name: "RuleInputError", issues: [] });
    const throwing = new Proxy({}, { getOwnPropertyDescriptor: () => { throw new Error("caller"); }, get: () => { throw new Error("caller"); } });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const inherited = Object.create(caught() as object) as object; // the brand is the instance's own
    for (const v of [new Error("x"), lookAlike, Object.create(RuleInputError.prototype), inherited, null, undefined, "RuleInputError", 1, throwing, proxy]) {
      expect(isRuleInputError(v)).toBe(false);
      expect(v instanceof RuleInputError).toBe(false);
    }
  });
  it("R-SEL-1 the brand is not enumerable: it is not in the error's keys or its JSON", () => {
    const e = caught() as RuleInputError;
    expect(Object.keys(e)).not.toContain(Symbol.for("kz-civil-service-rules/RuleInputError"));
    expect(JSON.stringify({ ...e })).not.toContain("kz-civil-service-rules");
  });
});


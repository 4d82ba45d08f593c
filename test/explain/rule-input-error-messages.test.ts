// ruleInputErrorMessages (src/explain/rule-input-error-messages.ts): the issues of a RuleInputError in
// kk, ru, en — coded issues translated from the catalogues, the fallback for an issue without a code.
import { describe, expect, it } from "vitest";
import {
  competitionPersonalQualities,
  formatRuleInputError,
  RuleInputError,
  ruleInputErrorMessages,
  selectionEssay,
  selectionPersonalQualities,
  type RuleInputIssue,
} from "../../src/index.js";
import { badLang } from "../support/explain.js";
import { firstIssue, thrownValue as err } from "../support/first-issue.js";

describe("ruleInputErrorMessages — RuleInputError in three languages", () => {
  it("coded issues are translated; English keeps the library's own message", () => {
    const e = err(() => selectionPersonalQualities(120)) as RuleInputError;
    expect(e.issues[0]!.code).toBe("out-of-range");
    expect(e.issues[0]!.params).toEqual({ min: "0", max: "100" });
    expect(ruleInputErrorMessages(e, "en")).toEqual([e.message]);
    expect(ruleInputErrorMessages(e, "ru")[0]).toBe("R-SEL-1: S = 120: вне допустимого диапазона: ожидается от 0 до 100");
    expect(formatRuleInputError(err(() => selectionEssay("3,5")), { lang: "kk" })).toBe('R-SEL-3: points = "3,5": ондық үтір: "3.5" деп жазыңыз (ондық бөлгіш – нүкте)');
  });
  it("an issue without a code falls back to the English message behind a translated prefix", () => {
    const e = err(() => competitionPersonalQualities({ track: "non-leadership", competencies: [1, 2] })) as RuleInputError;
    expect(e.issues[0]!.code).toBeUndefined();
    const kk = ruleInputErrorMessages(e, "kk")[0]!;
    expect(kk.startsWith("competencies мәні жарамсыз (R-GC-1): ")).toBe(true);
    expect(kk).toContain(e.issues[0]!.message);
  });
});

const issue = (code: RuleInputIssue["code"], params?: RuleInputIssue["params"]): RuleInputError =>
  new RuleInputError([{ field: "S", value: 120, rule: "R-SEL-1", message: "English message", ...(code === undefined ? {} : { code }), ...(params === undefined ? {} : { params }) }]);
const ru = (code: RuleInputIssue["code"], params?: RuleInputIssue["params"]): string => ruleInputErrorMessages(issue(code, params), "ru")[0]!;
const HEAD = "R-SEL-1: S = 120: ";

// mutation run (docs/quality.md): each code's sentence in Russian and Kazakh, with and without its params
describe("ruleInputErrorMessages — each code, with and without its params", () => {
  it("R-SEL-1 no lang given: the English lines (the error's own messages)", () => {
    expect(ruleInputErrorMessages(issue("missing"))).toEqual([`${HEAD}English message`]);
  });

  it("R-SEL-1 an unknown lang is an issue of \"explain\"", () => {
    expect(firstIssue(() => ruleInputErrorMessages(issue("missing"), "xx" as never))).toEqual(badLang("explain", "xx"));
  });

  it("R-SEL-1 wrong-type in Russian: a known type is translated, another kept as is, none → \"?\"", () => {
    expect(ru("wrong-type", { expected: "number" })).toBe(`${HEAD}неверный тип: ожидается число`);
    expect(ru("wrong-type", { expected: "a CEFR level" })).toBe(`${HEAD}неверный тип: ожидается a CEFR level`);
    expect(ru("wrong-type")).toBe(`${HEAD}неверный тип: ожидается ?`);
    expect(ruleInputErrorMessages(issue("wrong-type", { expected: "array" }), "kk")[0]).toBe(`${HEAD}түрі қате: тізім күтіледі`);
  });

  it("R-SEL-1 out-of-range in Russian: between, at least, at most, plain; an empty bound counts as absent", () => {
    expect(ru("out-of-range", { min: "0", max: "100" })).toBe(`${HEAD}вне допустимого диапазона: ожидается от 0 до 100`);
    expect(ru("out-of-range", { min: "0" })).toBe(`${HEAD}вне допустимого диапазона: ожидается не менее 0`);
    expect(ru("out-of-range", { min: "0", max: "" })).toBe(`${HEAD}вне допустимого диапазона: ожидается не менее 0`);
    expect(ru("out-of-range", { max: "25" })).toBe(`${HEAD}вне допустимого диапазона: ожидается не более 25`);
    expect(ru("out-of-range", { min: "", max: "25" })).toBe(`${HEAD}вне допустимого диапазона: ожидается не более 25`);
    expect(ru("out-of-range")).toBe(`${HEAD}вне допустимого диапазона`);
  });

  it("R-SEL-1 too-few, too-many, invalid-option in Russian with their bound; without it, the fallback", () => {
    expect(ru("too-few", { min: 7 })).toBe(`${HEAD}слишком мало элементов: ожидается не менее 7`);
    expect(ru("too-many", { max: 3 })).toBe(`${HEAD}слишком много элементов: ожидается не более 3`);
    expect(ru("invalid-option", { allowed: "kk, ru, en" })).toBe(`${HEAD}недопустимое значение: ожидается одно из: kk, ru, en`);
    const fallback = "недопустимое значение поля S (R-SEL-1): English message";
    expect(ru("too-few")).toBe(fallback);
    expect(ru("too-many")).toBe(fallback);
    expect(ru("invalid-option")).toBe(fallback);
  });

  it("R-SEL-1 a code without parameters (missing) is translated from the catalogue", () => {
    expect(ru("missing")).toBe(`${HEAD}значение не указано: оно обязательно`);
    expect(ruleInputErrorMessages(issue("unknown-field"), "kk")[0]).toBe(`${HEAD}белгісіз өріс`);
  });
});

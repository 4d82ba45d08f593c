// Tests added from the mutation run of src/explain/explain-refusal-grounds.ts,
// explain-reserve-admissibility.ts, explain-reserve-outcome.ts, explain-retest.ts and
// rule-input-error-messages.ts (docs/quality.md): the exact formula, code, rule, params and
// sentence of each branch, and the rule named by a bad option. The explanation text is public
// output, so full sentences are pinned; each expected sentence is the catalogue template
// (src/explain/messages/en.ts, ru.ts) filled by hand with the values worked out in the comments.
import { describe, expect, it } from "vitest";
import {
  explainRefusalGrounds,
  explainReserveAdmissibility,
  explainReserveOutcome,
  explainRetest,
  runReserveFunnel,
  RuleInputError,
  ruleInputErrorMessages,
  type ReserveAdmissibilityInput,
  type ReserveCandidate,
  type RuleInputIssue,
} from "../../src/index.js";
import { ADMISSIBLE } from "../support/reserve.js";
import { firstIssue } from "../support/first-issue.js";

/** The issue readOptions reports for an unknown `lang`, under the rule of the function called. */
const badLang = (rule: string, value = "de") => ({
  field: "opts.lang",
  value,
  rule,
  message: "unknown language: expected one of kk, ru, en",
  code: "invalid-option",
  params: { allowed: "kk, ru, en" },
});

describe("R-EL-3 explainRefusalGrounds (mutation)", () => {
  it("R-EL-3 an unknown lang is an issue of R-EL-3", () => {
    expect(firstIssue(() => explainRefusalGrounds({ applicationDate: "2026-09-16", personalDataConsent: true }, { lang: "de" as never }))).toEqual(badLang("R-EL-3"));
  });

  it("R-EL-3 two failed tests (14 and 15 Sept), applied 16 Sept: ground 1 lists both days, until 18 Sept, free from 19 Sept", () => {
    // Ground 1 window: three calendar days after the test day (doc example: 14 Sept → until 17 Sept).
    // 15 Sept → until 18 Sept; the later one counts: until 2026-09-18 ≥ 2026-09-16 → applies;
    // free from the next day, 2026-09-19.
    const e = explainRefusalGrounds({ applicationDate: "2026-09-16", failedTests: ["2026-09-14", "2026-09-15"], personalDataConsent: true });
    expect(e.rule).toBe("R-EL-3");
    expect(e.code).toBe("R-EL-3.refused");
    expect(e.formula).toBe("ground 1: 2026-09-14, 2026-09-15 → until 2026-09-18 ≥ 2026-09-16 → applies; free from 2026-09-19");
    expect(e.params).toStrictEqual({ applicationDate: "2026-09-16", refused: true, count: 1, freeFrom: "2026-09-19", counting: "civil-code", grounds: "1" });
    expect(e.texts.en).toBe(
      "Grounds for refusing the testing service on 2026-09-16: 1 ground(s) apply; the service is refused. The candidate may apply again from 2026-09-19.",
    );
    expect(e.details).toHaveLength(1);
    const d = e.details![0]!;
    expect(d.code).toBe("R-EL-3.ground-1");
    expect(d.params).toStrictEqual({ ground: 1, because: "2026-09-14, 2026-09-15", until: "2026-09-18", applicationDate: "2026-09-16" });
    expect(d.texts.en).toBe(
      "Ground 1: the candidate was tested below the thresholds within the last three calendar days (2026-09-14, 2026-09-15); applies until 2026-09-18 inclusive.",
    );
  });

  it("R-EL-3 ground 1 and ground 5 (no consent): both in the formula, joined by \"; \", no free-from day", () => {
    // Ground 1: 14 Sept → until 17 Sept ≥ 16 Sept. Ground 5 has no end date and no dates, so
    // freeFrom is null ("—" in params) and the formula ends after ground 5.
    const e = explainRefusalGrounds({ applicationDate: "2026-09-16", failedTests: ["2026-09-14"], personalDataConsent: false });
    expect(e.code).toBe("R-EL-3.refused-no-end");
    expect(e.formula).toBe("ground 1: 2026-09-14 → until 2026-09-17 ≥ 2026-09-16 → applies; ground 5: applies (no end date)");
    expect(e.params).toStrictEqual({ applicationDate: "2026-09-16", refused: true, count: 2, freeFrom: "—", counting: "civil-code", grounds: "1,5" });
    expect(e.texts.en).toBe(
      "Grounds for refusing the testing service on 2026-09-16: 2 ground(s) apply; the service is refused until the candidate consents to access to their personal data.",
    );
    expect(e.details!.map((d) => d.params)).toStrictEqual([
      { ground: 1, because: "2026-09-14", until: "2026-09-17", applicationDate: "2026-09-16" },
      { ground: 5, because: "—", until: "—", applicationDate: "2026-09-16" },
    ]);
    expect(e.details![1]!.texts.en).toBe("Ground 5: the candidate has not consented to access to restricted personal data.");
  });

  it("R-EL-3 ground 5 alone: the formula is that ground only", () => {
    const e = explainRefusalGrounds({ applicationDate: "2026-09-18", personalDataConsent: false });
    expect(e.formula).toBe("ground 5: applies (no end date)");
    expect(e.params.grounds).toBe("5");
  });

  it("R-EL-3 no ground on 18 Sept (test of 14 Sept ran out on 17 Sept): \"no ground applies\", free from the application day", () => {
    const e = explainRefusalGrounds({ applicationDate: "2026-09-18", failedTests: ["2026-09-14"], personalDataConsent: true });
    expect(e.code).toBe("R-EL-3.none");
    expect(e.formula).toBe("no ground applies on 2026-09-18");
    expect(e.params).toStrictEqual({ applicationDate: "2026-09-18", refused: false, count: 0, freeFrom: "2026-09-18", counting: "civil-code", grounds: "" });
    expect(e.texts.en).toBe("Grounds for refusing the testing service on 2026-09-18: none applies; the service may be given.");
    expect(e.details).toEqual([]);
  });
});

describe("R-EL-1, R-EL-2 explainRetest (mutation)", () => {
  it("R-EL-1 an unknown lang is an issue of R-EL-1", () => {
    expect(firstIssue(() => explainRetest("2026-09-16", { lang: "de" as never }))).toEqual(badLang("R-EL-1"));
  });

  it("R-EL-1 tested Wed 2026-09-16, civil-code: D + 4 = Sun 2026-09-20, first working day Mon 2026-09-21", () => {
    // Three calendar days from the next day: 17, 18, 19 → first allowed day 20 Sept (a Sunday, not moved).
    const e = explainRetest("2026-09-16");
    expect(e.rule).toBe("R-EL-1");
    expect(e.code).toBe("R-EL-1");
    expect(e.formula).toBe("2026-09-16 + 3 calendar days (counted from the next day) → earliest 2026-09-20; first working day 2026-09-21");
    expect(e.params).toStrictEqual({ testDate: "2026-09-16", earliest: "2026-09-20", firstWorkingDay: "2026-09-21", waitingDays: 3, counting: "civil-code", regime: "corps-b" });
    expect(e.texts.en).toBe(
      'Retest (corps "B"): the candidate tested below the threshold on 2026-09-16 retests not earlier than three calendar days after the day of testing: from 2026-09-20 (the first working day on or after it: 2026-09-21).',
    );
  });

  it("R-EL-1 \"inclusive\" counting: the test day is day 1, D + 3 = Sat 2026-09-19, first working day Mon 2026-09-21", () => {
    const e = explainRetest("2026-09-16", { counting: "inclusive" });
    expect(e.code).toBe("R-EL-1");
    expect(e.formula).toBe('2026-09-16 counted as day 1 of 3 ("inclusive") → earliest 2026-09-19; first working day 2026-09-21');
  });

  it("R-EL-2 law-enforcement without an appeal: code R-EL-2 and its sentence", () => {
    const e = explainRetest("2026-09-16", { regime: "law-enforcement" });
    expect(e.rule).toBe("R-EL-2");
    expect(e.code).toBe("R-EL-2");
    expect(e.texts.en).toBe(
      "Retest (law-enforcement service): the candidate tested below the threshold on 2026-09-16 retests not earlier than three calendar days after the day of testing: from 2026-09-20 (the first working day on or after it: 2026-09-21).",
    );
  });

  it("R-EL-2 appeal satisfied on 2026-09-18: no waiting, earliest is the decision day", () => {
    const e = explainRetest("2026-09-16", { regime: "law-enforcement", appealSatisfied: true, appealDecidedOn: "2026-09-18" });
    expect(e.code).toBe("R-EL-2.appeal");
    expect(e.formula).toBe("appeal satisfied: no waiting → earliest 2026-09-18");
    expect(e.texts.en).toBe(
      "Retest (law-enforcement service): the appeals commission satisfied the candidate's appeal, so the retest is allowed without the waiting period, from 2026-09-18.",
    );
  });
});

/** Every condition given and met (certificate B1 valid to the end of 2025, checked mid-2025). */
const FULL: ReserveAdmissibilityInput = { ...ADMISSIBLE, equipment: { internetMbps: 10, webcam: true, headset: true, microphone: true } };

describe("R-PYR-1, R-PYR-2 explainReserveAdmissibility (mutation)", () => {
  it("R-PYR-1 an unknown lang is an issue of R-PYR-1..2", () => {
    expect(firstIssue(() => explainReserveAdmissibility({}, { lang: "de" as never }))).toEqual(badLang("R-PYR-1..2"));
  });

  it("R-PYR-1 every condition given and met: admissible, rule R-PYR-1, nothing unchecked", () => {
    const e = explainReserveAdmissibility(FULL);
    expect(e.rule).toBe("R-PYR-1");
    expect(e.citation.rule).toBe("R-PYR-1");
    expect(e.code).toBe("R-PYR.admissible");
    expect(e.formula).toBe("no condition of R-PYR-1, R-PYR-2 fails");
    expect(e.params).toStrictEqual({ admissible: true, count: 0, unchecked: "—", reasons: "" });
    expect(e.texts.en).toBe("Presidential Youth Reserve: the candidate may take part in the selection.");
    expect(e.details).toEqual([]);
  });

  it("R-PYR-1 headset and microphone not given: admissible with two unchecked, listed in the formula and the text", () => {
    const e = explainReserveAdmissibility({ ...FULL, equipment: { internetMbps: 10, webcam: true } });
    expect(e.rule).toBe("R-PYR-1");
    expect(e.code).toBe("R-PYR.admissible-unchecked");
    expect(e.formula).toBe("no condition of R-PYR-1, R-PYR-2 fails (not checked: equipment.headset, equipment.microphone)");
    expect(e.params).toStrictEqual({ admissible: true, count: 0, unchecked: "equipment.headset, equipment.microphone", reasons: "" });
    expect(e.texts.en).toBe(
      "Presidential Youth Reserve: no condition checked prevents the candidate from taking part in the selection; not checked (not given): equipment.headset, equipment.microphone.",
    );
  });

  it("R-PYR-2 only R-PYR-2 reasons (level A2, certificate valid until 2025-05-31 checked on 2025-06-15): rule R-PYR-2", () => {
    // A2 < B1 → below; 2025-06-15 > 2025-05-31 → expired. Both reasons are R-PYR-2.
    const e = explainReserveAdmissibility({ ...FULL, languageCertificate: { test: "KAZTEST", level: "A2", validUntil: "2025-05-31" } });
    expect(e.rule).toBe("R-PYR-2");
    expect(e.citation.rule).toBe("R-PYR-2");
    expect(e.code).toBe("R-PYR.not-admissible");
    expect(e.formula).toBe("fails: language-level-below-b1 (R-PYR-2), language-certificate-expired (R-PYR-2)");
    expect(e.params).toStrictEqual({ admissible: false, count: 2, unchecked: "—", reasons: "language-level-below-b1, language-certificate-expired" });
    expect(e.texts.en).toBe("Presidential Youth Reserve: the candidate may not take part in the selection; conditions not met: 2.");
    // Each detail carries only the values its sentence uses.
    expect(e.details!.map((d) => d.params)).toStrictEqual([
      { reason: "language-level-below-b1", level: "A2" },
      { reason: "language-certificate-expired", validUntil: "2025-05-31", asOf: "2025-06-15" },
    ]);
    expect(e.details!.map((d) => d.texts.en)).toEqual([
      "The state-language certificate level A2 is below B1.",
      "The state-language certificate is no longer valid (valid until 2025-05-31, checked on 2025-06-15).",
    ]);
  });

  it("R-PYR-1 only R-PYR-1 reasons (corps A, 3 Mbit/s): rule R-PYR-1, the speed in the detail", () => {
    const e = explainReserveAdmissibility({ ...FULL, corpsA: true, equipment: { internetMbps: 3, webcam: true, headset: true, microphone: true } });
    expect(e.rule).toBe("R-PYR-1");
    expect(e.formula).toBe("fails: corps-a (R-PYR-1), internet-below-5-mbps (R-PYR-1)");
    expect(e.details!.map((d) => d.params)).toStrictEqual([{ reason: "corps-a" }, { reason: "internet-below-5-mbps", mbps: "3" }]);
    expect(e.details!.map((d) => d.texts.en)).toEqual([
      'Administrative civil servants of corps "A" are not admitted.',
      "The connection speed 3 Mbit/s is below 5 Mbit/s.",
    ]);
  });

  it("R-PYR-1 R-PYR-1 and R-PYR-2 reasons together: the explanation's rule is R-PYR-1", () => {
    const e = explainReserveAdmissibility({ ...FULL, corpsA: true, languageCertificate: { test: "KAZTEST", level: "A2", validUntil: "2025-12-31" } });
    expect(e.details!.map((d) => d.rule)).toEqual(["R-PYR-1", "R-PYR-2"]);
    expect(e.rule).toBe("R-PYR-1");
    expect(e.formula).toBe("fails: corps-a (R-PYR-1), language-level-below-b1 (R-PYR-2)");
  });
});

// R-PYR-3 funnels, quotas worked out by hand (RESERVE_QUOTAS; text = ⌈n/2⌉ by default):
const DG = "digitalisation";
const cand = (id: string, scores: ReserveCandidate["scores"]): ReserveCandidate => ({ id, sector: DG, scores });
/** All stages to the National Commission with the same scores; every quota (1, 100, 54, 36, 27, 18) lets 1–2 candidates through. */
const toNational = (national: number): ReserveCandidate["scores"] => ({ text: 20, numeric: 20, situational: 5, assessment: 1, interview: 1, expert: 1, national });

describe("R-PYR-3 explainReserveOutcome (mutation)", () => {
  it("R-PYR-3 an unknown lang is an issue of R-PYR-3", () => {
    const r = runReserveFunnel([cand("a", { text: 20, numeric: { status: "absent" } })]);
    expect(firstIssue(() => explainReserveOutcome(r, "a", { lang: "de" as never }))).toEqual(badLang("R-PYR-3"));
  });

  it("R-PYR-3 alone through every stage: rank 1 of 1 at the National Commission, quota 9, cut-off 1 → the Reserve", () => {
    const e = explainReserveOutcome(runReserveFunnel([cand("a", toNational(1))]), "a");
    expect(e.code).toBe("R-PYR-3.reserve");
    expect(e.formula).toBe("national: rank 1 of 1, score 1; quota 9, cut-off 1 → the Reserve");
    expect(e.texts.en).toBe(
      "Presidential Youth Reserve, candidate a (digitalisation): entered the Reserve — rank 1 of 1 at the meeting of the National Commission with 1; quota 9.",
    );
  });

  it("R-PYR-3 two tied at the National Commission with a final quota of 1: nobody admitted, awaiting the Commission", () => {
    const r = runReserveFunnel([cand("a", toNational(3)), cand("b", toNational(3))], { finalQuotas: { digitalisation: 1 } });
    const e = explainReserveOutcome(r, "a");
    expect(e.code).toBe("R-PYR-3.awaiting-commission");
    expect(e.formula).toBe("national: rank 1 of 2, score 3; quota 1; tied across the quota → the National Commission decides");
    expect(e.texts.en).toBe(
      "Presidential Youth Reserve, candidate a (digitalisation): rank 1 of 2 at the meeting of the National Commission with 3, tied across the quota of 1; the last step never exceeds its quota, so the National Commission decides.",
    );
  });

  it("R-PYR-3 ties \"strict\": 20, 12, 12 for ⌈3/2⌉ = 2 places — the two 12s are left out", () => {
    const r = runReserveFunnel(
      [cand("a", { text: 20, numeric: { status: "absent" } }), cand("b", { text: 12 }), cand("c", { text: 12 })],
      { ties: "strict" },
    );
    const e = explainReserveOutcome(r, "b");
    expect(e.code).toBe("R-PYR-3.not-admitted-tie");
    expect(e.formula).toBe('text: rank 2 of 3, score 12; quota 2, cut-off 20; tied across the quota, ties "strict" → not admitted');
    expect(e.texts.en).toBe(
      "Presidential Youth Reserve, candidate b (digitalisation): stopped at the block 1, text information — rank 2 of 3 with 12, tied across the quota of 2; the strict tie policy left the tied group out.",
    );
  });

  it("R-PYR-3 alone with halfRounding \"down\": ⌊1/2⌋ = 0 places, nobody admitted, no cut-off", () => {
    const e = explainReserveOutcome(runReserveFunnel([cand("a", { text: 20 })], { halfRounding: "down" }), "a");
    expect(e.code).toBe("R-PYR-3.not-admitted-none");
    expect(e.formula).toBe("text: rank 1 of 1, score 20; quota 0 → not admitted");
    expect(e.texts.en).toBe(
      "Presidential Youth Reserve, candidate a (digitalisation): stopped at the block 1, text information — rank 1 of 1 with 20; nobody was admitted (quota 0).",
    );
  });

  it("R-PYR-3 left at the text block: absent, excluded without a ground, null, excluded with a ground", () => {
    // Nobody who left is ranked: 0 competed, quota ⌈0/2⌉ = 0, no cut-off, no score, no rank.
    const r = runReserveFunnel([
      cand("abs", { text: { status: "absent" } }),
      cand("exc", { text: { status: "excluded" } }),
      cand("nul", { text: null }),
      cand("grd", { text: { status: "excluded", ground: "proctoring-violation" } }),
    ]);
    const abs = explainReserveOutcome(r, "abs");
    expect(abs.code).toBe("R-PYR-3.left-absent");
    expect(abs.formula).toBe("text: absent → left, not ranked");
    expect(Object.keys(abs.params).sort()).toEqual(["competed", "id", "outcome", "quota", "sector", "stage", "summary", "tie"]);
    expect(abs.texts.en).toBe(
      "Presidential Youth Reserve, candidate abs (digitalisation): left the selection at the block 1, text information (absent); not counted in that stage's ranking.",
    );
    const exc = explainReserveOutcome(r, "exc");
    expect(exc.code).toBe("R-PYR-3.left-excluded");
    expect(exc.formula).toBe("text: excluded → left, not ranked");
    expect(exc.texts.en).toBe(
      "Presidential Youth Reserve, candidate exc (digitalisation): excluded at the block 1, text information; not counted in that stage's ranking.",
    );
    const nul = explainReserveOutcome(r, "nul");
    expect(nul.code).toBe("R-PYR-3.left-unspecified");
    expect(nul.formula).toBe("text: unspecified → left, not ranked");
    expect(nul.texts.en).toBe(
      "Presidential Youth Reserve, candidate nul (digitalisation): left the selection at the block 1, text information without a score (absent, excluded or disqualified); not counted in that stage's ranking.",
    );
    const grd = explainReserveOutcome(r, "grd");
    expect(grd.code).toBe("R-PYR-3.left-excluded-ground");
    expect(grd.formula).toBe("text: excluded (proctoring-violation) → left, not ranked");
    expect(grd.params.ground).toBe("proctoring-violation");
    expect(grd.texts.en).toBe(
      "Presidential Youth Reserve, candidate grd (digitalisation): excluded at the block 1, text information (violations found by proctoring (results annulled)); not counted in that stage's ranking.",
    );
  });
});

const issue = (code: RuleInputIssue["code"], params?: RuleInputIssue["params"]): RuleInputError =>
  new RuleInputError([{ field: "S", value: 120, rule: "R-SEL-1", message: "English message", ...(code === undefined ? {} : { code }), ...(params === undefined ? {} : { params }) }]);
const ru = (code: RuleInputIssue["code"], params?: RuleInputIssue["params"]): string => ruleInputErrorMessages(issue(code, params), "ru")[0]!;
const HEAD = "R-SEL-1: S = 120: ";

describe("ruleInputErrorMessages (mutation)", () => {
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

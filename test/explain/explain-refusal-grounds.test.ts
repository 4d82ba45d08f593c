// explainRefusalGrounds (src/explain/explain-refusal-grounds.ts), R-EL-3: the grounds for refusing the
// testing service on an application day, each ground as a detail, the day the candidate is free from.
import { describe, expect, it } from "vitest";
import { explainRefusalGrounds, RuleInputError, ruleInputErrorMessages } from "../../src/index.js";
import { allLanguages, badLang } from "../support/explain.js";
import { firstIssue } from "../support/first-issue.js";

describe("R-EL-3 explainRefusalGrounds — worked example", () => {
  it("R-EL-3 failed on 2026-09-14, applied 2026-09-16: ground 1 until 2026-09-17, free from 2026-09-18", () => {
    const e = explainRefusalGrounds({ applicationDate: "2026-09-16", failedTests: ["2026-09-14"], personalDataConsent: true });
    expect(e.params.freeFrom).toBe("2026-09-18");
    expect(e.details![0]!.params.until).toBe("2026-09-17");
    expect(e.texts.ru).toContain("2026-09-18");
    allLanguages(e);
    const none = explainRefusalGrounds({ applicationDate: "2026-09-18", failedTests: ["2026-09-14"], personalDataConsent: true });
    expect(none.code).toBe("R-EL-3.none");
    const g5 = explainRefusalGrounds({ applicationDate: "2026-09-18", personalDataConsent: false });
    expect(g5.code).toBe("R-EL-3.refused-no-end");
  });
});

// mutation run (docs/quality.md): the exact formula, code, params and sentence of each branch; each
// expected sentence is the catalogue template (src/explain/messages/en.ts) filled by hand.
describe("R-EL-3 explainRefusalGrounds — each branch", () => {
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

// issue 23, item 4: explained refusal grounds with hostile lists: bounded issues
describe("R-EL-3 explainRefusalGrounds — hostile lists (issue 23)", () => {
  it("R-EL-3 a sparse list of 10^6 certificates: 100 issues, 999,900 counted", () => {
    let e: unknown;
    try {
      explainRefusalGrounds({ applicationDate: "2026-09-16", personalDataConsent: true, certificates: new Array(1_000_000) });
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(RuleInputError);
    const err = e as RuleInputError;
    expect(err.issues).toHaveLength(100);
    expect(err.omittedIssues).toBe(999_900);
    expect(err.issues[0]).toMatchObject({ field: "i.certificates[0]", rule: "R-EL-3", code: "missing" });
  });

  it("R-EL-3 10^6 NaN failed tests, in Kazakh: the last line counts the omitted issues", () => {
    let e: unknown;
    try {
      explainRefusalGrounds({ applicationDate: "2026-09-16", personalDataConsent: true, failedTests: new Array(1_000_000).fill(Number.NaN) }, { lang: "kk" });
    } catch (x) {
      e = x;
    }
    const lines = ruleInputErrorMessages(e, "kk");
    expect(lines).toHaveLength(101);
    expect(lines[100]).toBe("… және тағы 999900 мәселе (тізімде көрсетілмеген)");
  });
});

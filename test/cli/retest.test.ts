// src/cli/retest.ts, the `retest` command (R-EL-1, R-EL-2): the text and --json outputs, the options
// that reach the rule (--counting, --regime, --appeal-decided-on), the exact usage and input errors.

// Dates are worked out by hand (case 3 retest wait: D + 4, "inclusive" D + 3; 2027: 1–2.01 Fri–Sat,
// 2.01 carried to Mon 4.01).
import { describe, expect, it } from "vitest";
import { RETEST_HELP } from "../../src/cli/retest.js";
import { expectInert, explanationJson as json, HOSTILE_ID, HOSTILE_ID_SHOWN, runCli } from "../support/cli.js";

const P = "kz-civil-service-rules: ";

const R_EL_1_CITATION =
  "R-EL-1: ASA-52-2026, List point 16, paragraphs 97–100: testing rules App. 11 note (new wording, from 11.07.2026); sources/001_a64fa5ff937c345c.txt lines 1586-1594";

describe("R-EL-1, R-EL-2 retest — output, options, errors", () => {
  it("R-EL-1 text: the sentence, the formula and the citation", async () => {
    // tested Wed 2026-12-30: D + 4 = Sun 2027-01-03; 1.01 and 2.01 (carried to Mon 4.01) off → Tue 2027-01-05
    const r = await runCli("retest", "2026-12-30");
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      [
        'Retest (corps "B"): the candidate tested below the threshold on 2026-12-30 retests not earlier than three calendar days after the day of testing: from 2027-01-03 (the first working day on or after it: 2027-01-05).',
        "  2026-12-30 + 3 calendar days (counted from the next day) → earliest 2027-01-03; first working day 2027-01-05",
        `  ${R_EL_1_CITATION}`,
      ].join("\n") + "\n",
    );
  });
  it("R-EL-1 --counting inclusive reaches the rule: D + 3", async () => {
    // 2026-12-30 is day 1 of 3 → earliest Sat 2027-01-02; first working day Tue 2027-01-05
    const e = await json(["retest", "2026-12-30", "--counting", "inclusive"]);
    expect(e.params).toMatchObject({ earliest: "2027-01-02", firstWorkingDay: "2027-01-05", counting: "inclusive" });
    expect(e.formula).toBe('2026-12-30 counted as day 1 of 3 ("inclusive") → earliest 2027-01-02; first working day 2027-01-05');
  });
  it("R-EL-2 --appeal-decided-on reaches the rule: no wait, from the decision day", async () => {
    // appeal satisfied, decided Mon 2027-01-04 (a day off) → earliest 2027-01-04, first working day 2027-01-05
    const e = await json(["retest", "2026-12-30", "--regime", "law-enforcement", "--appeal-satisfied", "--appeal-decided-on", "2027-01-04"]);
    expect(e.rule).toBe("R-EL-2");
    expect(e.code).toBe("R-EL-2.appeal");
    expect(e.params).toMatchObject({ earliest: "2027-01-04", firstWorkingDay: "2027-01-05", waitingDays: 0, regime: "law-enforcement" });
    expect(e.formula).toBe("appeal satisfied: no waiting → earliest 2027-01-04");
  });
  it("CLI retest: no test date, or two → exit 2 with the help", async () => {
    const err = `${P}retest: give the test date (YYYY-MM-DD)\n\n${RETEST_HELP}\n`;
    expect(await runCli("retest")).toEqual({ code: 2, out: "", err });
    expect(await runCli("retest", "2026-12-30", "2026-12-31")).toEqual({ code: 2, out: "", err });
  });
  it("CLI retest: a bad --regime or --counting names the option", async () => {
    expect(await runCli("retest", "2026-12-30", "--regime", "x")).toEqual({ code: 2, out: "", err: `${P}--regime: expected one of corps-b, law-enforcement, got "x"\n` });
    expect(await runCli("retest", "2026-12-30", "--counting", "x")).toEqual({ code: 2, out: "", err: `${P}--counting: expected one of civil-code, inclusive, got "x"\n` });
  });
  it("R-EL-1 an impossible test date → exit 1 naming the rule's field", async () => {
    const r = await runCli("retest", "2026-02-30");
    expect(r.code).toBe(1);
    expect(r.err.startsWith(`${P}invalid input: field testDate: R-EL-1`)).toBe(true);
  });
});

describe("CLI retest — hostile input (issue 23, item 7)", () => {
  it("R-EL-1 the reviewer's escape sequences as the test date: escaped in the rule's error, exit 1", async () => {
    const r = await runCli("retest", HOSTILE_ID);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err.startsWith(`kz-civil-service-rules: invalid input: field testDate: R-EL-1: testDate = "${HOSTILE_ID_SHOWN}": `)).toBe(true);
    expectInert(r);
  });
  it("R-EL-1 a test date of 100,000 characters: named by its first 80 and its length, stderr under 2 KB, exit 1", async () => {
    const r = await runCli("retest", "7".repeat(100_000));
    expect(r.code).toBe(1);
    expect(r.err).toContain(`testDate = "${"7".repeat(80)}…" (100,000 characters): `);
    expect(r.err.length).toBeLessThan(2048);
  });
});

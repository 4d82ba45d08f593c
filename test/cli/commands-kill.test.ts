// Tests added from the mutation run of src/cli/refusal.ts, retest.ts and workdays.ts: every flag
// reaches the rule (repeated flags keep all their values), the usage errors are exact, an invalid
// date names the CLI field, and the text and --json outputs are pinned line by line.
// Dates are worked out by hand (counting case 5 look-back window: an event on E counts through
// E + n days / the corresponding day n months or a year later; "inclusive" ends one day earlier;
// case 3 retest wait: D + 4, "inclusive" D + 3; 2026: Nauryz 21–23.03 with 24 and 25.03 carried;
// 2027: 1–2.01 Fri–Sat, 2.01 carried to Mon 4.01).
import { describe, expect, it } from "vitest";
import { REFUSAL_HELP } from "../../src/cli/refusal.js";
import { RETEST_HELP } from "../../src/cli/retest.js";
import { WORKDAYS_HELP } from "../../src/cli/workdays.js";
import { runCli } from "../support/cli.js";

const P = "kz-civil-service-rules: ";

interface Detail {
  readonly code: string;
  readonly params: { readonly ground: number; readonly because: string; readonly until: string };
}
interface ExplanationJson {
  readonly rule: string;
  readonly code: string;
  readonly lang: string;
  readonly text: string;
  readonly formula: string;
  readonly params: Readonly<Record<string, string | number | boolean>>;
  readonly details?: readonly Detail[];
}

const R_EL_3_CITATION =
  "R-EL-3: ASA-52-2026, List point 16, paragraphs 91–92: testing rules App. 5 (service standard) row 9, sub-points 1)–7); sources/001_a64fa5ff937c345c.txt lines 1542-1566";
const R_EL_1_CITATION =
  "R-EL-1: ASA-52-2026, List point 16, paragraphs 97–100: testing rules App. 11 note (new wording, from 11.07.2026); sources/001_a64fa5ff937c345c.txt lines 1586-1594";

function json(args: string[]): ExplanationJson {
  const r = runCli(...args, "--json");
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as ExplanationJson;
}

describe("refusal: every flag reaches the rule", () => {
  it("R-EL-3 repeated flags keep all their values; each ground, its dates and its last day; free from the day after the latest", () => {
    // Application accepted 2026-09-16 (civil-code):
    // g1 (3 days): 09-13 → 09-16, 09-14 → 09-17, both ≥ 09-16 → until 2026-09-17
    // g2 (30 days / repeated 6 months): 09-01 → 10-01, 09-10 → 10-10; repeated 04-01 → 10-01, 05-01 → 11-01
    //    (as plain violations 04-01 → 05-01 and 05-01 → 05-31 would have expired) → until 2026-11-01
    // g3 (6 months): 04-10 → 10-10, 06-01 → 12-01 → until 2026-12-01
    // g4 (1 year): 2025-10-01 → 2026-10-01, 2026-01-15 → 2027-01-15 → until 2027-01-15
    // g6: 2025-10-01 valid until 2026-10-01, 2025-11-01 until 2026-11-01 (both printed), 2026-08-01
    //    (after 11.07.2026: one year) → 2027-08-01 → until 2027-08-01
    // g7: conclusions valid until 2026-10-01 and 2026-12-01 → until 2026-12-01
    // latest end 2027-08-01 → free from 2027-08-02
    const e = json([
      "refusal",
      "--application-date", "2026-09-16",
      "--failed-test", "2026-09-13", "--failed-test", "2026-09-14",
      "--violation", "2026-09-01", "--violation", "2026-09-10",
      "--repeated-violation", "2026-04-01", "--repeated-violation", "2026-05-01",
      "--violation-act", "2026-04-10", "--violation-act", "2026-06-01",
      "--other-person-act", "2025-10-01", "--other-person-act", "2026-01-15",
      "--certificate", "2025-10-01", "--certificate-valid-until", "2026-10-01",
      "--certificate", "2025-11-01", "--certificate-valid-until", "2026-11-01",
      "--certificate", "2026-08-01",
      "--conclusion-valid-until", "2026-10-01", "--conclusion-valid-until", "2026-12-01",
    ]);
    expect(e.code).toBe("R-EL-3.refused");
    expect(e.params).toMatchObject({ applicationDate: "2026-09-16", refused: true, count: 6, freeFrom: "2027-08-02", counting: "civil-code", grounds: "1,2,3,4,6,7" });
    expect(e.details!.map((d) => [d.params.ground, d.params.because, d.params.until])).toEqual([
      [1, "2026-09-13, 2026-09-14", "2026-09-17"],
      [2, "2026-09-01, 2026-09-10, 2026-04-01, 2026-05-01", "2026-11-01"],
      [3, "2026-04-10, 2026-06-01", "2026-12-01"],
      [4, "2025-10-01, 2026-01-15", "2027-01-15"],
      [6, "2025-10-01, 2025-11-01, 2026-08-01", "2027-08-01"],
      [7, "2026-10-01, 2026-12-01", "2026-12-01"],
    ]);
  });
  it("R-EL-3 --no-consent → ground 5, refused with no end date", () => {
    const e = json(["refusal", "--application-date", "2026-09-16", "--no-consent"]);
    expect(e.code).toBe("R-EL-3.refused-no-end");
    expect(e.params).toMatchObject({ refused: true, count: 1, freeFrom: "—", grounds: "5" });
    expect(e.formula).toBe("ground 5: applies (no end date)");
    expect(e.details!.map((d) => d.code)).toEqual(["R-EL-3.ground-5"]);
  });
  it("R-EL-3 without --no-consent no ground applies", () => {
    const e = json(["refusal", "--application-date", "2026-09-16"]);
    expect(e.code).toBe("R-EL-3.none");
    expect(e.params).toMatchObject({ refused: false, count: 0, freeFrom: "2026-09-16", grounds: "" });
  });
  it("R-EL-3 --counting inclusive reaches the rule: failed 2026-09-14 counts through 09-16 only", () => {
    // inclusive: 09-14 is day 1 of 3 → the window ends 2026-09-16; free from 2026-09-17
    const e = json(["refusal", "--application-date", "2026-09-16", "--failed-test", "2026-09-14", "--counting", "inclusive"]);
    expect(e.params).toMatchObject({ counting: "inclusive", freeFrom: "2026-09-17" });
    expect(e.details!.map((d) => d.params.until)).toEqual(["2026-09-16"]);
  });
  it("R-EL-3 --presume reaches the rule: a certificate tested 2025-10-01 is presumed valid one year, until 2026-10-01", () => {
    const e = json(["refusal", "--application-date", "2026-09-16", "--certificate", "2025-10-01", "--presume"]);
    expect(e.params).toMatchObject({ grounds: "6", freeFrom: "2026-10-02" });
    expect(e.details!.map((d) => [d.params.because, d.params.until])).toEqual([["2025-10-01", "2026-10-01"]]);
    // without --presume (and without its own validity date) the certificate form is unknown: exit 1
    const r = runCli("refusal", "--application-date", "2026-09-16", "--certificate", "2025-10-01");
    expect(r.code).toBe(1);
    expect(r.err.startsWith(`${P}invalid input: field i.certificates[0].testDate: `)).toBe(true);
  });
  it("R-EL-3 --lang ru reaches the explanation", () => {
    // ru catalogue "R-EL-3.none"
    const e = json(["refusal", "--application-date", "2026-09-16", "--lang", "ru"]);
    expect(e.lang).toBe("ru");
    expect(e.text).toBe("Основания для отказа в оказании услуги тестирования на 2026-09-16: ни одно не применяется; услуга может быть оказана.");
  });
});

describe("refusal: text output", () => {
  it("R-EL-3 text: the sentence, one '  - ' line per ground, the formula and the citation", () => {
    // failed 2026-09-14, applied 2026-09-16 → ground 1 until 2026-09-17, free from 2026-09-18
    const r = runCli("refusal", "--application-date", "2026-09-16", "--failed-test", "2026-09-14");
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      [
        "Grounds for refusing the testing service on 2026-09-16: 1 ground(s) apply; the service is refused. The candidate may apply again from 2026-09-18.",
        "  - Ground 1: the candidate was tested below the thresholds within the last three calendar days (2026-09-14); applies until 2026-09-17 inclusive.",
        "  ground 1: 2026-09-14 → until 2026-09-17 ≥ 2026-09-16 → applies; free from 2026-09-18",
        `  ${R_EL_3_CITATION}`,
      ].join("\n") + "\n",
    );
  });
  it("R-EL-3 text with no ground: no detail line", () => {
    const r = runCli("refusal", "--application-date", "2026-09-16");
    expect(r.out).toBe(
      [
        "Grounds for refusing the testing service on 2026-09-16: none applies; the service may be given.",
        "  no ground applies on 2026-09-16",
        `  ${R_EL_3_CITATION}`,
      ].join("\n") + "\n",
    );
  });
});

describe("refusal: usage and input errors", () => {
  it("CLI refusal: an unexpected positional argument → exit 2 with the help", () => {
    const r = runCli("refusal", "x", "--application-date", "2026-09-16");
    expect(r).toEqual({ code: 2, out: "", err: `${P}refusal: unexpected argument "x"\n\n${REFUSAL_HELP}\n` });
  });
  it("CLI refusal: no --application-date → exit 2 with the help", () => {
    expect(runCli("refusal")).toEqual({ code: 2, out: "", err: `${P}refusal: --application-date is required\n\n${REFUSAL_HELP}\n` });
  });
  it("CLI refusal: more --certificate-valid-until than --certificate → exit 2", () => {
    const r = runCli("refusal", "--application-date", "2026-09-16", "--certificate-valid-until", "2026-10-01");
    expect(r).toEqual({ code: 2, out: "", err: `${P}--certificate-valid-until: give one --certificate per validity date (in the same order)\n` });
  });
  it("CLI refusal: a bad --counting names the option", () => {
    const r = runCli("refusal", "--application-date", "2026-09-16", "--counting", "x");
    expect(r).toEqual({ code: 2, out: "", err: `${P}--counting: expected one of civil-code, inclusive, got "x"\n` });
  });
  it("R-EL-3 an impossible application date → exit 1 naming the rule's field", () => {
    const r = runCli("refusal", "--application-date", "2026-02-30");
    expect(r.code).toBe(1);
    expect(r.err.startsWith(`${P}invalid input: field i.applicationDate: R-EL-3`)).toBe(true);
  });
});

describe("retest", () => {
  it("R-EL-1 text: the sentence, the formula and the citation", () => {
    // tested Wed 2026-12-30: D + 4 = Sun 2027-01-03; 1.01 and 2.01 (carried to Mon 4.01) off → Tue 2027-01-05
    const r = runCli("retest", "2026-12-30");
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      [
        'Retest (corps "B"): the candidate tested below the threshold on 2026-12-30 retests not earlier than three calendar days after the day of testing: from 2027-01-03 (the first working day on or after it: 2027-01-05).',
        "  2026-12-30 + 3 calendar days (counted from the next day) → earliest 2027-01-03; first working day 2027-01-05",
        `  ${R_EL_1_CITATION}`,
      ].join("\n") + "\n",
    );
  });
  it("R-EL-1 --counting inclusive reaches the rule: D + 3", () => {
    // 2026-12-30 is day 1 of 3 → earliest Sat 2027-01-02; first working day Tue 2027-01-05
    const e = json(["retest", "2026-12-30", "--counting", "inclusive"]);
    expect(e.params).toMatchObject({ earliest: "2027-01-02", firstWorkingDay: "2027-01-05", counting: "inclusive" });
    expect(e.formula).toBe('2026-12-30 counted as day 1 of 3 ("inclusive") → earliest 2027-01-02; first working day 2027-01-05');
  });
  it("R-EL-2 --appeal-decided-on reaches the rule: no wait, from the decision day", () => {
    // appeal satisfied, decided Mon 2027-01-04 (a day off) → earliest 2027-01-04, first working day 2027-01-05
    const e = json(["retest", "2026-12-30", "--regime", "law-enforcement", "--appeal-satisfied", "--appeal-decided-on", "2027-01-04"]);
    expect(e.rule).toBe("R-EL-2");
    expect(e.code).toBe("R-EL-2.appeal");
    expect(e.params).toMatchObject({ earliest: "2027-01-04", firstWorkingDay: "2027-01-05", waitingDays: 0, regime: "law-enforcement" });
    expect(e.formula).toBe("appeal satisfied: no waiting → earliest 2027-01-04");
  });
  it("CLI retest: no test date, or two → exit 2 with the help", () => {
    const err = `${P}retest: give the test date (YYYY-MM-DD)\n\n${RETEST_HELP}\n`;
    expect(runCli("retest")).toEqual({ code: 2, out: "", err });
    expect(runCli("retest", "2026-12-30", "2026-12-31")).toEqual({ code: 2, out: "", err });
  });
  it("CLI retest: a bad --regime or --counting names the option", () => {
    expect(runCli("retest", "2026-12-30", "--regime", "x")).toEqual({ code: 2, out: "", err: `${P}--regime: expected one of corps-b, law-enforcement, got "x"\n` });
    expect(runCli("retest", "2026-12-30", "--counting", "x")).toEqual({ code: 2, out: "", err: `${P}--counting: expected one of civil-code, inclusive, got "x"\n` });
  });
  it("R-EL-1 an impossible test date → exit 1 naming the rule's field", () => {
    const r = runCli("retest", "2026-02-30");
    expect(r.code).toBe(1);
    expect(r.err.startsWith(`${P}invalid input: field testDate: R-EL-1`)).toBe(true);
  });
});

describe("workdays --year", () => {
  // 2026: the first day off is New Year 2026-01-01 (a holiday); the widest kind is "religious" (9)
  it("R-CAL-1 text, en: English names, one row per day off, the coverage line last", () => {
    const r = runCli("workdays", "--year", "2026");
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines[0]).toMatch(/^date {8}kind {7}name$/);
    expect(lines[2]).toBe("2026-01-01  holiday    New Year");
    expect(lines).toContain("2026-03-24  carried    Nauryz");
    expect(lines.at(-2)).toBe("calendar coverage 2026: confirmed");
    expect(lines.at(-1)).toBe("");
  });
  it("R-CAL-1 text, kk: Kazakh headings and names", () => {
    const lines = runCli("workdays", "--year", "2026", "--lang", "kk").out.split("\n");
    expect(lines[0]).toMatch(/^күні {8}түрі {7}атауы$/);
    expect(lines[2]).toBe("2026-01-01  holiday    Жаңа жыл");
    expect(lines.at(-2)).toBe("күнтізбе 2026: confirmed");
  });
  it("R-CAL-1 text, ru: Russian names (nameRu)", () => {
    const lines = runCli("workdays", "--year", "2026", "--lang", "ru").out.split("\n");
    expect(lines[2]).toBe("2026-01-01  holiday    Новый год");
    expect(lines.at(-2)).toBe("календарь 2026: confirmed");
  });
  it("R-CAL-2 --json: year, coverage statutory-only from 2027, the days off", () => {
    const r = runCli("workdays", "--year", "2027", "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { year: number; coverage: string; daysOff: { date: string; kind: string; nameEn: string }[] };
    expect(j.year).toBe(2027);
    expect(j.coverage).toBe("statutory-only");
    expect(j.daysOff[0]).toMatchObject({ date: "2027-01-01", kind: "holiday", nameEn: "New Year" });
  });
  it("CLI workdays: a --year that is not a whole number names the option", () => {
    expect(runCli("workdays", "--year", "abc")).toEqual({ code: 2, out: "", err: `${P}--year: expected a whole number ≥ 0, got "abc"\n` });
  });
});

describe("workdays --check and --after", () => {
  it("R-CAL-1 --check: Mon 2026-03-23 (Nauryz) is a day off, Thu 2026-03-26 a working day", () => {
    expect(runCli("workdays", "--check", "2026-03-23")).toEqual({ code: 0, out: "2026-03-23: day off\n", err: "" });
    expect(runCli("workdays", "--check", "2026-03-26")).toEqual({ code: 0, out: "2026-03-26: working day\n", err: "" });
    expect(runCli("workdays", "--check", "2026-03-26", "--json").out).toBe('{"date":"2026-03-26","workingDay":true}\n');
  });
  it("R-CAL-1 --check: an impossible date names the option", () => {
    const r = runCli("workdays", "--check", "2026-02-30");
    expect(r.code).toBe(1);
    expect(r.err.startsWith(`${P}invalid input: field check: R-CAL-1`)).toBe(true);
  });
  it("R-CAL-1 --after --json: 5 working days after Fri 2026-03-20 → Wed 2026-04-01", () => {
    // 23 (Nauryz), 24, 25 (carried) off → 26, 27, 30, 31.03, 01.04
    expect(runCli("workdays", "--after", "2026-03-20", "--days", "5", "--json").out).toBe('{"after":"2026-03-20","days":5,"date":"2026-04-01"}\n');
  });
  it("R-CAL-1 --after: an impossible date names the option", () => {
    const r = runCli("workdays", "--after", "2026-02-30", "--days", "1");
    expect(r.code).toBe(1);
    expect(r.err.startsWith(`${P}invalid input: field after: R-CAL-1`)).toBe(true);
  });
  it("CLI workdays --after: no --days, or a bad one → exit 2", () => {
    expect(runCli("workdays", "--after", "2026-03-20")).toEqual({ code: 2, out: "", err: `${P}workdays: --after needs --days N\n` });
    expect(runCli("workdays", "--after", "2026-03-20", "--days", "x")).toEqual({ code: 2, out: "", err: `${P}--days: expected a whole number ≥ 0, got "x"\n` });
  });
});

describe("workdays: usage errors", () => {
  it("CLI workdays: an unexpected positional argument → exit 2 with the help", () => {
    expect(runCli("workdays", "2026")).toEqual({ code: 2, out: "", err: `${P}workdays: unexpected argument "2026"\n\n${WORKDAYS_HELP}\n` });
  });
  it("CLI workdays: no mode, or two modes → exit 2 with the help", () => {
    const err = `${P}workdays: give one of --year, --after (with --days), --check\n\n${WORKDAYS_HELP}\n`;
    expect(runCli("workdays")).toEqual({ code: 2, out: "", err });
    expect(runCli("workdays", "--year", "2026", "--check", "2026-03-23")).toEqual({ code: 2, out: "", err });
  });
});

// src/cli/refusal.ts, the `refusal` command (R-EL-3): every flag reaches the rule (repeated flags keep
// all their values), the text and --json outputs line by line, the exact usage and input errors.

// Dates are worked out by hand (counting case 5 look-back window: an event on E counts through
// E + n days / the corresponding day n months or a year later; "inclusive" ends one day earlier).
import { describe, expect, it } from "vitest";
import { REFUSAL_HELP } from "../../src/cli/refusal.js";
import { expectInert, explanationJson as json, HOSTILE_ID, HOSTILE_ID_SHOWN, runCli } from "../support/cli.js";

const P = "kz-civil-service-rules: ";

const R_EL_3_CITATION =
  "R-EL-3: ASA-52-2026, List point 16, paragraphs 91–92: testing rules App. 5 (service standard) row 9, sub-points 1)–7); sources/001_a64fa5ff937c345c.txt lines 1542-1566";

describe("R-EL-3 refusal — every flag reaches the rule", () => {
  it("R-EL-3 repeated flags keep all their values; each ground, its dates and its last day; free from the day after the latest", async () => {
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
    const e = await json([
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
  it("R-EL-3 --no-consent → ground 5, refused with no end date", async () => {
    const e = await json(["refusal", "--application-date", "2026-09-16", "--no-consent"]);
    expect(e.code).toBe("R-EL-3.refused-no-end");
    expect(e.params).toMatchObject({ refused: true, count: 1, freeFrom: "—", grounds: "5" });
    expect(e.formula).toBe("ground 5: applies (no end date)");
    expect(e.details!.map((d) => d.code)).toEqual(["R-EL-3.ground-5"]);
  });
  it("R-EL-3 without --no-consent no ground applies", async () => {
    const e = await json(["refusal", "--application-date", "2026-09-16"]);
    expect(e.code).toBe("R-EL-3.none");
    expect(e.params).toMatchObject({ refused: false, count: 0, freeFrom: "2026-09-16", grounds: "" });
  });
  it("R-EL-3 --counting inclusive reaches the rule: failed 2026-09-14 counts through 09-16 only", async () => {
    // inclusive: 09-14 is day 1 of 3 → the window ends 2026-09-16; free from 2026-09-17
    const e = await json(["refusal", "--application-date", "2026-09-16", "--failed-test", "2026-09-14", "--counting", "inclusive"]);
    expect(e.params).toMatchObject({ counting: "inclusive", freeFrom: "2026-09-17" });
    expect(e.details!.map((d) => d.params.until)).toEqual(["2026-09-16"]);
  });
  it("R-EL-3 --presume reaches the rule: a certificate tested 2025-10-01 is presumed valid one year, until 2026-10-01", async () => {
    const e = await json(["refusal", "--application-date", "2026-09-16", "--certificate", "2025-10-01", "--presume"]);
    expect(e.params).toMatchObject({ grounds: "6", freeFrom: "2026-10-02" });
    expect(e.details!.map((d) => [d.params.because, d.params.until])).toEqual([["2025-10-01", "2026-10-01"]]);
    // without --presume (and without its own validity date) the certificate form is unknown: exit 1
    const r = await runCli("refusal", "--application-date", "2026-09-16", "--certificate", "2025-10-01");
    expect(r.code).toBe(1);
    expect(r.err.startsWith(`${P}invalid input: field i.certificates[0].testDate: `)).toBe(true);
  });
  it("R-EL-3 --lang ru reaches the explanation", async () => {
    // ru catalogue "R-EL-3.none"
    const e = await json(["refusal", "--application-date", "2026-09-16", "--lang", "ru"]);
    expect(e.lang).toBe("ru");
    expect(e.text).toBe("Основания для отказа в оказании услуги тестирования на 2026-09-16: ни одно не применяется; услуга может быть оказана.");
  });
});

describe("R-EL-3 refusal — text output", () => {
  it("R-EL-3 text: the sentence, one '  - ' line per ground, the formula and the citation", async () => {
    // failed 2026-09-14, applied 2026-09-16 → ground 1 until 2026-09-17, free from 2026-09-18
    const r = await runCli("refusal", "--application-date", "2026-09-16", "--failed-test", "2026-09-14");
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
  it("R-EL-3 text with no ground: no detail line", async () => {
    const r = await runCli("refusal", "--application-date", "2026-09-16");
    expect(r.out).toBe(
      [
        "Grounds for refusing the testing service on 2026-09-16: none applies; the service may be given.",
        "  no ground applies on 2026-09-16",
        `  ${R_EL_3_CITATION}`,
      ].join("\n") + "\n",
    );
  });
});

describe("R-EL-3 refusal — usage and input errors", () => {
  it("CLI refusal: an unexpected positional argument → exit 2 with the help", async () => {
    const r = await runCli("refusal", "x", "--application-date", "2026-09-16");
    expect(r).toEqual({ code: 2, out: "", err: `${P}refusal: unexpected argument "x"\n\n${REFUSAL_HELP}\n` });
  });
  it("CLI refusal: no --application-date → exit 2 with the help", async () => {
    expect(await runCli("refusal")).toEqual({ code: 2, out: "", err: `${P}refusal: --application-date is required\n\n${REFUSAL_HELP}\n` });
  });
  it("CLI refusal: more --certificate-valid-until than --certificate → exit 2", async () => {
    const r = await runCli("refusal", "--application-date", "2026-09-16", "--certificate-valid-until", "2026-10-01");
    expect(r).toEqual({ code: 2, out: "", err: `${P}--certificate-valid-until: give one --certificate per validity date (in the same order)\n` });
  });
  it("CLI refusal: a bad --counting names the option", async () => {
    const r = await runCli("refusal", "--application-date", "2026-09-16", "--counting", "x");
    expect(r).toEqual({ code: 2, out: "", err: `${P}--counting: expected one of civil-code, inclusive, got "x"\n` });
  });
  it("R-EL-3 an impossible application date → exit 1 naming the rule's field", async () => {
    const r = await runCli("refusal", "--application-date", "2026-02-30");
    expect(r.code).toBe(1);
    expect(r.err.startsWith(`${P}invalid input: field i.applicationDate: R-EL-3`)).toBe(true);
  });
});

describe("CLI refusal — hostile input (issue 23, item 7)", () => {
  it("R-EL-3 the reviewer's escape sequences as the application date: escaped in the rule's error, exit 1", async () => {
    const r = await runCli("refusal", "--application-date", HOSTILE_ID);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`"${HOSTILE_ID_SHOWN}"`);
    expectInert(r);
  });
  it("CLI an unexpected argument holding them: quoted and escaped in the usage error, exit 2", async () => {
    const r = await runCli("refusal", "--application-date", "2026-09-16", HOSTILE_ID);
    expect(r.code).toBe(2);
    expect(r.err.startsWith(`kz-civil-service-rules: refusal: unexpected argument "${HOSTILE_ID_SHOWN}"\n\n`)).toBe(true);
    expectInert(r);
  });
});

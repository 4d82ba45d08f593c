// src/cli/workdays.ts, the `workdays` command (R-CAL-1, R-CAL-2): --year (text in kk/ru/en, --json),
// --check, --after --days, and the exact usage and input errors.

// Dates are worked out by hand (2026: Nauryz 21–23.03 with 24 and 25.03 carried).
import { describe, expect, it } from "vitest";
import { WORKDAYS_HELP } from "../../src/cli/workdays.js";
import { expectInert, HOSTILE_ID, HOSTILE_ID_SHOWN, runCli } from "../support/cli.js";
import { cells } from "../support/cli.js";

const P = "kz-civil-service-rules: ";

describe("R-CAL-1, R-CAL-2 workdays — --year", () => {
  // 2026: the first day off is New Year 2026-01-01 (a holiday); the widest kind is "religious" (9)
  it("R-CAL-1 text, en: English names, one row per day off, the coverage line last", async () => {
    const r = await runCli("workdays", "--year", "2026");
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(cells(lines[0])).toEqual(["date", "kind", "name"]);
    expect(cells(lines[2])).toEqual(["2026-01-01", "public holiday", "New Year"]);
    expect(lines.map(cells)).toContainEqual(["2026-03-24", "carried day off", "Nauryz"]);
    expect(lines.at(-2)).toBe("calendar coverage 2026: confirmed");
    expect(lines.at(-1)).toBe("");
  });
  it("R-CAL-1 text, kk: Kazakh headings and names", async () => {
    const lines = (await runCli("workdays", "--year", "2026", "--lang", "kk")).out.split("\n");
    expect(cells(lines[0])).toEqual(["күні", "түрі", "атауы"]);
    expect(cells(lines[2])).toEqual(["2026-01-01", "мереке", "Жаңа жыл"]);
    expect(lines.at(-2)).toBe("күнтізбе 2026: confirmed");
  });
  it("R-CAL-1 text, ru: Russian names (nameRu)", async () => {
    const lines = (await runCli("workdays", "--year", "2026", "--lang", "ru")).out.split("\n");
    expect(cells(lines[2])).toEqual(["2026-01-01", "праздник", "Новый год"]);
    expect(lines.at(-2)).toBe("календарь 2026: confirmed");
  });
  it("R-CAL-2 --json: year, coverage statutory-only from 2027, the days off", async () => {
    const r = await runCli("workdays", "--year", "2027", "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { year: number; coverage: string; daysOff: { date: string; kind: string; nameEn: string }[] };
    expect(j.year).toBe(2027);
    expect(j.coverage).toBe("statutory-only");
    expect(j.daysOff[0]).toMatchObject({ date: "2027-01-01", kind: "holiday", nameEn: "New Year" });
  });
  it("CLI workdays: a --year that is not a whole number names the option", async () => {
    expect(await runCli("workdays", "--year", "abc")).toEqual({ code: 2, out: "", err: `${P}--year: expected a whole number ≥ 0, got "abc"\n` });
  });
});

describe("R-CAL-1 workdays — --check and --after", () => {
  it("R-CAL-1 --check: Mon 2026-03-23 (Nauryz) is a day off, Thu 2026-03-26 a working day", async () => {
    expect(await runCli("workdays", "--check", "2026-03-23")).toEqual({ code: 0, out: "2026-03-23: day off\n", err: "" });
    expect(await runCli("workdays", "--check", "2026-03-26")).toEqual({ code: 0, out: "2026-03-26: working day\n", err: "" });
    expect((await runCli("workdays", "--check", "2026-03-26", "--json")).out).toBe('{"date":"2026-03-26","workingDay":true}\n');
  });
  it("R-CAL-1 --check: an impossible date names the option", async () => {
    const r = await runCli("workdays", "--check", "2026-02-30");
    expect(r.code).toBe(1);
    expect(r.err.startsWith(`${P}invalid input: field check: R-CAL-1`)).toBe(true);
  });
  it("R-CAL-1 --after --json: 5 working days after Fri 2026-03-20 → Wed 2026-04-01", async () => {
    // 23 (Nauryz), 24, 25 (carried) off → 26, 27, 30, 31.03, 01.04
    expect((await runCli("workdays", "--after", "2026-03-20", "--days", "5", "--json")).out).toBe('{"after":"2026-03-20","days":5,"date":"2026-04-01"}\n');
  });
  it("R-CAL-1 --after: an impossible date names the option", async () => {
    const r = await runCli("workdays", "--after", "2026-02-30", "--days", "1");
    expect(r.code).toBe(1);
    expect(r.err.startsWith(`${P}invalid input: field after: R-CAL-1`)).toBe(true);
  });
  it("CLI workdays --after: no --days, or a bad one → exit 2", async () => {
    expect(await runCli("workdays", "--after", "2026-03-20")).toEqual({ code: 2, out: "", err: `${P}workdays: --after needs --days N\n` });
    expect(await runCli("workdays", "--after", "2026-03-20", "--days", "x")).toEqual({ code: 2, out: "", err: `${P}--days: expected a whole number ≥ 0, got "x"\n` });
  });
});

describe("CLI workdays — usage errors", () => {
  it("CLI workdays: an unexpected positional argument → exit 2 with the help", async () => {
    expect(await runCli("workdays", "2026")).toEqual({ code: 2, out: "", err: `${P}workdays: unexpected argument "2026"\n\n${WORKDAYS_HELP}\n` });
  });
  it("CLI workdays: no mode, or two modes → exit 2 with the help", async () => {
    const err = `${P}workdays: give one of --year, --after (with --days), --check\n\n${WORKDAYS_HELP}\n`;
    expect(await runCli("workdays")).toEqual({ code: 2, out: "", err });
    expect(await runCli("workdays", "--year", "2026", "--check", "2026-03-23")).toEqual({ code: 2, out: "", err });
  });
});

describe("CLI workdays — hostile input (issue 23, item 7)", () => {
  it.each([["--check"], ["--after"]])("R-CAL-1 the reviewer's escape sequences as the date of %s: escaped in the rule's error, exit 1", async (flag) => {
    const r = await runCli("workdays", flag, HOSTILE_ID, ...(flag === "--after" ? ["--days", "1"] : []));
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `kz-civil-service-rules: invalid input: field ${flag.slice(2)}: R-CAL-1: date = "${HOSTILE_ID_SHOWN}": not an ISO civil date: expected "YYYY-MM-DD" (e.g. "2026-03-16")\n`,
    );
    expectInert(r);
  });
  it("CLI an unexpected argument holding them: quoted and escaped in the usage error, exit 2", async () => {
    const r = await runCli("workdays", "--year", "2026", HOSTILE_ID);
    expect(r.code).toBe(2);
    expect(r.err.startsWith(`kz-civil-service-rules: workdays: unexpected argument "${HOSTILE_ID_SHOWN}"\n\n`)).toBe(true);
    expectInert(r);
  });
  it("CLI --year holding them (a usage error: not a whole number): quoted and escaped, exit 2", async () => {
    const r = await runCli("workdays", "--year", HOSTILE_ID);
    expect(r).toEqual({ code: 2, out: "", err: `kz-civil-service-rules: --year: expected a whole number ≥ 0, got "${HOSTILE_ID_SHOWN}"\n` });
  });
});

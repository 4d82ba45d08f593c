// src/cli/labels.ts: the column headings of the command-line tables in the language asked
// (seen through workdays --year, R-CAL-1).
import { describe, expect, it } from "vitest";
import { cells, runCli } from "../support/cli.js";

describe("R-CAL-1 labels — headings in kk / ru / en", () => {
  it("R-CAL-1 workdays --year: the column headings in the language asked", async () => {
    expect(cells((await runCli("workdays", "--year", "2026")).out.split("\n")[0])).toEqual(["date", "kind", "name"]);
    expect(cells((await runCli("workdays", "--year", "2026", "--lang", "ru")).out.split("\n")[0])).toEqual(["дата", "вид", "название"]);
  });
});

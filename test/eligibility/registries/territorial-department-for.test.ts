// Tests of src/eligibility/registries/territorial-department-for.ts: territorialDepartmentFor (R-TD-1),
// the lookup by region or city name in kk/ru/en, its name folding (text-fold's foldName) and errors.
import { describe, expect, it } from "vitest";
import { RuleInputError, territorialDepartmentFor } from "../../../src/index.js";
import { firstIssue } from "../../support/first-issue.js";
import { fc, test as fcTest } from "@fast-check/vitest";
import { TERRITORIAL_DEPARTMENTS } from "../../../src/index.js";
import { checkReviewerCases, insertAll, removedInsertions } from "../../support/invisible-characters.js";

describe("R-TD-1 territorialDepartmentFor — worked lookups, unknown and ambiguous names", () => {
  it("R-TD-1 worked lookups", () => {
    expect(territorialDepartmentFor("Ақмола облысы").addressKk).toBe("020000, Қазақстан Республикасы, Ақмола облысы, Көкшетау қаласы, Абай көшесі, 87Б.");
    expect(territorialDepartmentFor("akmola region").id).toBe("akmola");
    expect(territorialDepartmentFor("Акмолинская область").id).toBe("akmola");
    expect(territorialDepartmentFor("Almaty city").id).toBe("almaty-city");
    expect(territorialDepartmentFor("г. Алматы").id).toBe("almaty-city");
    expect(territorialDepartmentFor("Алматы облысы").addressKk).toContain("Қонаев қаласы");
    expect(territorialDepartmentFor("West-Kazakhstan Region").centreEn).toBe("Oral");
    expect(territorialDepartmentFor("Нұр-Сұлтан").id).toBe("astana");
    expect(territorialDepartmentFor("SHYMKENT").addressKk).toContain("Тәуке хан даңғылы, 3А");
    expect(territorialDepartmentFor("abai").addressLabelKk).toBe("орналасқан жері");
    expect(territorialDepartmentFor("Жетісу облысы").notes[0]).toMatch(/Misprint/);
  });

  it("R-TD-1 unknown or ambiguous names throw RuleInputError", () => {
    expect(() => territorialDepartmentFor("Almaty")).toThrow(/ambiguous/);
    for (const bad of ["Semipalatinsk", "", "Astana region", 5, null]) expect(() => territorialDepartmentFor(bad as never)).toThrow(RuleInputError);
  });
});

// mutation run (docs/quality.md): the field, value and wording of each error, and each folding step
// seen through the lookup. Expected values worked out by hand from R-TD-1.
describe("R-TD-1 territorialDepartmentFor — errors and name folding", () => {
  const empty = "expected a region or city name, e.g. \"Ақмола облысы\" or \"Shymkent\"";
  it("R-TD-1 an empty or blank name names region", () => {
    expect(firstIssue(() => territorialDepartmentFor(""))).toMatchObject({ field: "region", value: "", rule: "R-TD-1", message: empty });
    expect(firstIssue(() => territorialDepartmentFor("   "))).toMatchObject({ field: "region", value: "   ", rule: "R-TD-1", message: empty });
  });
  it("R-TD-1 an unknown name lists the 20 departments' English names in table order", () => {
    expect(firstIssue(() => territorialDepartmentFor("Atlantis"))).toMatchObject({
      field: "region", value: "Atlantis", rule: "R-TD-1",
      message: "unknown region or city; the 20 departments are for: Abai Region, Akmola Region, Aktobe Region, Almaty Region, Atyrau Region, "
        + "West Kazakhstan Region, Jambyl Region, Jetisu Region, Karaganda Region, Kostanay Region, Kyzylorda Region, Mangystau Region, "
        + "Pavlodar Region, North Kazakhstan Region, Turkistan Region, Ulytau Region, East Kazakhstan Region, Astana city, Almaty city, Shymkent city",
    });
  });
  it("R-TD-1 a bare \"Almaty\" is ambiguous: both departments named in English and Kazakh", () => {
    expect(firstIssue(() => territorialDepartmentFor("Almaty"))).toMatchObject({
      field: "region", value: "Almaty", rule: "R-TD-1",
      message: "ambiguous: Almaty Region (Алматы облысы) or Almaty city (Алматы қаласы) — add \"region\"/\"облысы\" or \"city\"/\"қаласы\"",
    });
  });
  it("R-TD-1 \"of\" is a filler word, not a city word", () => {
    expect(territorialDepartmentFor("Region of Almaty").id).toBe("almaty-region");
    expect(territorialDepartmentFor("City of Almaty").id).toBe("almaty-city");
  });
  it("R-TD-1 punctuation is a word break and is trimmed at the ends", () => {
    // "г.Алматы": Russian abbreviation of «город» (city) glued to the name.
    expect(territorialDepartmentFor("г.Алматы").id).toBe("almaty-city");
    expect(territorialDepartmentFor("Akmola Region.").id).toBe("akmola");
  });
  it("R-TD-1 dash variants and spaces around a dash fold to one hyphen (Нұр-Сұлтан → Astana)", () => {
    expect(territorialDepartmentFor("Нұр–Сұлтан").id).toBe("astana");
    expect(territorialDepartmentFor("Нұр- Сұлтан").id).toBe("astana");
    expect(territorialDepartmentFor("Нұр -Сұлтан").id).toBe("astana");
  });
});

// issue 23, item 2: invisible characters of text copied from Word or a PDF (src/internal/text.ts)
describe("R-TD-1 territorialDepartmentFor — invisible characters: the same department or invalid-character", () => {
  const SITE = { rule: "R-TD-1", field: "region" } as const;
  it("R-TD-1 ZERO WIDTH SPACE is a space; ZWJ, RLO, BOM, soft hyphen are removed", () => {
    expect(territorialDepartmentFor("Ақмола\u200bоблысы").id).toBe("akmola");
    expect(territorialDepartmentFor("Almaty\u200bcity").id).toBe("almaty-city");
    expect(territorialDepartmentFor("\ufeffalmaty-city\u200d").id).toBe("almaty-city"); // the id, too
    expect(territorialDepartmentFor("Акмолинская\u00ad область\u202e").id).toBe("akmola");
  });
  it("R-TD-1 the reviewer's characters in Kazakh, Russian and English names: same department or an error naming region", () => {
    for (const name of ["Ақмола облысы", "Акмолинская область", "West-Kazakhstan Region", "Almaty city", "Алматы облысы"]) {
      checkReviewerCases((r) => territorialDepartmentFor(r).id, name, SITE);
    }
  });
  it("R-TD-1 NUL and a lone combining mark name the character and its position", () => {
    expect(firstIssue(() => territorialDepartmentFor("Ақмола\u0000облысы"))).toMatchObject({
      ...SITE, value: "Ақмола\u0000облысы", code: "invalid-character", params: { codePoint: "U+0000" },
      message: "invalid character U+0000 at position 6 (a control character): remove it",
    });
    expect(firstIssue(() => territorialDepartmentFor("\u0301Shymkent"))).toMatchObject({ ...SITE, code: "invalid-character", params: { codePoint: "U+0301" } });
    expect(firstIssue(() => territorialDepartmentFor("\u200d\u200b"))).toMatchObject({ ...SITE, message: "expected a region or city name, e.g. \"Ақмола облысы\" or \"Shymkent\"" });
  });

  fcTest.prop([fc.constantFrom(...TERRITORIAL_DEPARTMENTS), fc.constantFrom("regionKk", "regionEn"), removedInsertions])(
    "R-TD-1 property: removed characters inserted anywhere into a department's Kazakh or English name never change the answer",
    (dep, which, insertions) => {
      expect(territorialDepartmentFor(insertAll(dep[which], insertions)).id).toBe(dep.id);
    },
  );
});

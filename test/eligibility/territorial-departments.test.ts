import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RuleInputError, TERRITORIAL_DEPARTMENTS, territorialDepartmentFor } from "../../src/index.js";

const SRC = readFileSync(new URL("../../sources/002_7b8f06617391a9de.txt", import.meta.url), "utf8").split("\n");

describe("R-TD-1 territorial departments", () => {
  it("R-TD-1 20 departments: 17 regions + Astana, Almaty, Shymkent; para 8 verbatim at its line", () => {
    expect(TERRITORIAL_DEPARTMENTS).toHaveLength(20);
    expect(TERRITORIAL_DEPARTMENTS.filter((d) => d.kind === "region")).toHaveLength(17);
    expect(TERRITORIAL_DEPARTMENTS.filter((d) => d.kind === "city").map((d) => d.regionEn)).toEqual(["Astana city", "Almaty city", "Shymkent city"]);
    for (const d of TERRITORIAL_DEPARTMENTS) {
      expect(SRC[d.lines.para8 - 1]).toBe(`8. Департаменттің ${d.addressLabelKk}: ${d.addressKk}`);
      expect(d.addressKk).toContain(d.regionKk);
      expect(SRC[10 + 2 * (d.appendix - 1)]).toContain(`${d.regionKk} бойынша департаменті`); // point 1, sub-points 1)–20)
      for (const h of d.history) expect(SRC[Number(h.lines.split("-")[0]) - 1]).toContain(h.noteKk.slice(0, 20).replace(/^- /, ""));
    }
  });

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

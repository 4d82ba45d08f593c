// Tests of src/eligibility/registries/personnel-reserve-2012.ts: the PERSONNEL_RESERVE_2012 data
// (R-PR-1 recipients, R-PR-2 service times) against the seed file 003.
import { describe, expect, it } from "vitest";
import { PERSONNEL_RESERVE_2012 as PR } from "../../../src/index.js";
import { sourceText } from "../../support/eligibility.js";

const SRC = sourceText("003_933028b0de46bbd3.txt");
const flat = SRC.split("\n").map((l) => l.trim()).filter(Boolean).join(" ").replace(/\s{2,}/g, " ");

describe("R-PR-1 PERSONNEL_RESERVE_2012 — recipients of the 2012 personnel-reserve service", () => {
  it("R-PR-1 para 2 lists five groups, para 3 four; only para 2 limits to one per vacancy; free of charge", () => {
    expect(PR.recipientsPara2).toHaveLength(5);
    expect(PR.recipientsPara3).toHaveLength(4);
    expect(PR.recipientsPara2.filter((r) => "atMostOnePerVacancy" in r).map((r) => r.id)).toEqual(["competition-recommended"]);
    expect(PR.recipientsPara3.some((r) => "atMostOnePerVacancy" in r)).toBe(false);
    expect(PR.freeOfCharge).toBe(true);
    for (const r of [...PR.recipientsPara2, ...PR.recipientsPara3]) expect(flat).toContain(r.kk);
    expect(flat).toContain(PR.atMostOnePerVacancyKk);
  });
  it("R-PR-1 repealed: no known dates, only notes", () => {
    expect(PR.repealed).toBe(true);
    expect(PR.inForce.from).toBe(null);
    expect(PR.inForce.to).toBe(null);
    expect(PR.inForce.toNote).toMatch(/unknown after 29\.03\.2014/);
    for (const b of PR.brokenReferences) expect(flat).toContain(b.kk);
  });
});

describe("R-PR-2 PERSONNEL_RESERVE_2012 — service times", () => {
  it("R-PR-2 30 minutes; 5 working days; 2 working days; waiting at most 30 minutes", () => {
    expect(PR.serviceTimes.map((s) => [s.duration.value, s.duration.unit])).toEqual([
      [30, "minutes"], [5, "working days"], [2, "working days"], [30, "minutes"],
    ]);
    expect(PR.serviceTimes[3]!.duration).toMatchObject({ maximumWait: true });
    for (const s of PR.serviceTimes) expect(flat).toContain(s.kk);
  });
});

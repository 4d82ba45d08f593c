// Tests of src/eligibility/reserve/schedule-2025.ts: RESERVE_2025_SCHEDULE (R-PYR-6), every window's
// dates and its quoted Kazakh date phrase against seed 004.
import { describe, expect, it } from "vitest";
import { RESERVE_2025_SCHEDULE } from "../../../src/index.js";
import { readFileSync } from "node:fs";

describe("R-PYR-6 RESERVE_2025_SCHEDULE: the 2025 Reserve calendar", () => {
  it("R-PYR-6 every window's dates match RULES.md R-PYR-6 (checked against seed 004)", () => {
    const byId = Object.fromEntries(RESERVE_2025_SCHEDULE.map((w) => [w.id, [w.from, w.to]]));
    expect(byId).toMatchObject({
      "information-campaign": ["2025-05-19", "2025-05-30"],
      "document-acceptance": ["2025-06-01", "2025-06-30"],
      verification: ["2025-06-01", "2025-07-31"],
      "text-and-numeric-stage": ["2025-08-02", "2025-08-15"],
      "text-block": ["2025-08-02", "2025-08-03"],
      "text-block-proctoring": ["2025-08-04", "2025-08-07"],
      "numeric-block": ["2025-08-09", "2025-08-10"],
      "numeric-block-proctoring": ["2025-08-11", "2025-08-14"],
      situational: ["2025-08-16", "2025-08-17"],
      "situational-proctoring": ["2025-08-18", "2025-08-20"],
      "competency-stage": ["2025-08-22", "2025-10-03"],
      "assessment-centre": ["2025-08-22", "2025-08-28"],
      "assessment-centre-reports": ["2025-08-29", "2025-09-21"],
      "assessment-centre-results": ["2025-09-22", "2025-09-22"],
      "interview-registration": ["2025-09-22", "2025-09-22"],
      "competency-interview": ["2025-09-23", "2025-09-28"],
      "competency-interview-reports": ["2025-09-29", "2025-10-02"],
      "expert-commission": ["2025-10-08", "2025-10-15"],
      "national-commission": ["2025-10-16", "2025-10-25"],
      "results-publication": ["2025-10-26", null],
    });
  });

  it("R-PYR-6 every quoted Kazakh date phrase is in seed 004 at the cited lines", () => {
    const lines = readFileSync(new URL("../../../sources/004_3eb6df1ff2b8ef3d.txt", import.meta.url), "utf8").split("\n");
    for (const w of RESERVE_2025_SCHEDULE) {
      const [a, b] = w.lines.split("-").map(Number) as [number, number | undefined];
      const text = lines.slice(a - 1, b ?? a).join(" ").replace(/\s+/g, " ");
      // the first dated fragment of each quote (before any ellipsis) is in the cited lines
      const probe = w.quote.split("…")[w.quote.startsWith("«Ассессмент") ? 1 : 0]!.trim().split(" ").slice(0, 4).join(" ");
      expect(text, w.id).toContain(probe);
    }
  });
});

// issue 18: «"Сараптама комиссиясында кандидаттармен әңгімелесу" кезеңі басталардан бір апта бұрын
// осы кезеңге жіберілген кандидаттар үшін Академия оқытушыларымен … дайындық кездесу ұйымдастырылады
// (онлайн немесе оффлайн-режимде)» (seed 004 lines 679–685).
describe("R-PYR-6 RESERVE_2025_SCHEDULE: the preparatory meeting before the Expert Commission (issue 18)", () => {
  it("R-PYR-6 one week before the stage that starts on 08.10.2025: 08.10 − 7 days = 01.10.2025, a presumed one-day window", () => {
    const w = RESERVE_2025_SCHEDULE.find((x) => x.id === "expert-commission-preparatory-meeting")!;
    expect([w.from, w.to, w.section, w.lines]).toEqual(["2025-10-01", "2025-10-01", 8, "679-685"]);
    expect(w.startPresumed).toMatch(/one week before/);
    const ec = RESERVE_2025_SCHEDULE.find((x) => x.id === "expert-commission")!;
    expect(ec.from).toBe("2025-10-08");
  });
});

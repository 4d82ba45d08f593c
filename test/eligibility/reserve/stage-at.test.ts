// Tests of src/eligibility/reserve/stage-at.ts: reserveStageAt (R-PYR-6) — which windows of the 2025
// Reserve calendar are open at an instant, read in Astana time, with the minute reading option.
import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import { RESERVE_2025_SCHEDULE, RuleInputError, reserveStageAt } from "../../../src/index.js";
import { firstIssue } from "../../support/first-issue.js";

const ids = (instant: string, opts?: { minute?: "end-of-minute" | "start-of-minute" }) => reserveStageAt(instant, opts).open.map((w) => w.id);

describe("R-PYR-6 reserveStageAt: the open windows", () => {
  it("R-PYR-6 acceptance and verification overlap; edges at Astana midnight and 23:59", () => {
    // 31 May 23:59:59 Astana: nothing (campaign ended 30 May)
    expect(ids("2025-05-31T23:59:59+05:00")).toEqual([]);
    // 1 June 00:00 Astana = 31 May 19:00 UTC: acceptance and verification both open
    expect(ids("2025-05-31T19:00:00Z")).toEqual(["document-acceptance", "verification"]);
    expect(ids("2025-05-31T18:59:59.999Z")).toEqual([]);
    // 30 June 23:59:30: inside the minute 23:59 (default reading), not with start-of-minute
    expect(ids("2025-06-30T23:59:30+05:00")).toEqual(["document-acceptance", "verification"]);
    expect(ids("2025-06-30T23:59:30+05:00", { minute: "start-of-minute" })).toEqual(["verification"]);
    expect(ids("2025-06-30T23:59:00+05:00", { minute: "start-of-minute" })).toEqual(["document-acceptance", "verification"]);
    expect(ids("2025-07-01T00:00:00+05:00")).toEqual(["verification"]);
    expect(ids("2025-07-31T23:59:59.999+05:00")).toEqual(["verification"]);
    expect(ids("2025-08-01T00:00:00+05:00")).toEqual([]);
  });

  it("R-PYR-6 testing blocks lie inside section 5's window; proctoring follows", () => {
    expect(ids("2025-08-02T00:00:00+05:00")).toEqual(["text-and-numeric-stage", "text-block"]);
    expect(ids("2025-08-05T12:00:00+05:00")).toEqual(["text-and-numeric-stage", "text-block-proctoring"]);
    expect(ids("2025-08-08T12:00:00+05:00")).toEqual(["text-and-numeric-stage"]);
    expect(ids("2025-08-10T23:59:59+05:00")).toEqual(["text-and-numeric-stage", "numeric-block"]);
    expect(ids("2025-08-15T23:59:59.999+05:00")).toEqual(["text-and-numeric-stage"]);
    expect(ids("2025-08-16T00:00:00+05:00")).toEqual(["situational"]);
    expect(ids("2025-08-21T12:00:00+05:00")).toEqual([]);
  });

  it("R-PYR-6 competency stage: assessment results, registration until 22 Sep 23:59, interview from 23 Sep", () => {
    expect(ids("2025-09-22T23:59:59+05:00")).toEqual(["competency-stage", "assessment-centre-results", "interview-registration"]);
    expect(ids("2025-09-22T23:59:30+05:00", { minute: "start-of-minute" })).toEqual(["competency-stage", "assessment-centre-results"]);
    expect(ids("2025-09-23T00:00:00+05:00")).toEqual(["competency-stage", "competency-interview"]);
    expect(ids("2025-10-03T23:59:59.999+05:00")).toEqual(["competency-stage"]);
    expect(ids("2025-10-04T00:00:00+05:00")).toEqual([]);
    const reg = reserveStageAt("2025-09-22T10:00:00+05:00").open.find((w) => w.id === "interview-registration");
    expect(reg).toMatchObject({ provenance: "presumed", start: "2025-09-22T00:00:00+05:00", end: "2025-09-22T23:59:59.999+05:00" });
  });

  it("R-PYR-6 expert commission, National Commission by 25 Oct (inclusive), results after 25 Oct (open)", () => {
    expect(ids("2025-10-08T00:00:00+05:00")).toEqual(["expert-commission"]);
    expect(ids("2025-10-25T23:59:59+05:00")).toEqual(["national-commission"]);
    expect(ids("2025-10-26T00:00:00+05:00")).toEqual(["results-publication"]);
    expect(reserveStageAt("2026-03-01T00:00:00+05:00").open[0]).toMatchObject({ id: "results-publication", end: null });
    expect(reserveStageAt("2025-10-20T00:00:00+05:00").open[0]!.provenance).toBe("presumed");
  });

  it("R-PYR-6 the Astana reading is reported; invalid input throws RuleInputError", () => {
    expect(reserveStageAt("2025-06-30T18:59:59Z").astana).toEqual({ date: "2025-06-30", time: "23:59:59", offset: "+05:00" });
    for (const b of ["2025-06-30T23:59:00", "2025-06-31T00:00Z", "", null, 5]) {
      expect(() => reserveStageAt(b as string), String(b)).toThrow(RuleInputError);
    }
    expect(() => reserveStageAt("2025-06-30T23:59:00Z", { minute: "x" } as never)).toThrow(/R-PYR-6/);
  });

  fcTest.prop([fc.integer({ min: Date.UTC(2025, 4, 1), max: Date.UTC(2025, 11, 31) })])(
    "R-PYR-6 property: a window is open iff its Astana date lies in [from, to] (whole-day windows)",
    (ms) => {
      const iso = new Date(ms).toISOString();
      const a = reserveStageAt(iso);
      const date = a.astana.date;
      for (const w of RESERVE_2025_SCHEDULE) {
        if (w.toTime) continue;
        const inside = date >= w.from && (w.to === null || date <= w.to);
        expect(a.open.some((o) => o.id === w.id), `${w.id} at ${iso}`).toBe(inside);
      }
    },
  );
});

const NO_OFFSET =
  'no offset: a local date-time is ambiguous; give the offset, e.g. "+05:00" (Astana from 01.03.2024), "+06:00" (Astana before) or "Z"';

// mutation run of src/calendars/schedule-reserve-stage-at.ts (now src/eligibility/reserve/stage-at.ts)
describe("R-PYR-6 reserveStageAt names its inputs", () => {
  it("R-PYR-6 a bad instant is named instant, a bad option opts.minute, rule R-PYR-6", () => {
    expect(firstIssue(() => reserveStageAt("2025-06-30T23:59:30"))).toMatchObject({
      field: "instant", value: "2025-06-30T23:59:30", rule: "R-PYR-6", message: NO_OFFSET,
    });
    expect(firstIssue(() => reserveStageAt("2025-07-01T00:00:00+05:00", { minute: "x" } as never))).toMatchObject({
      field: "opts.minute", value: "x", rule: "R-PYR-6",
    });
    expect(firstIssue(() => reserveStageAt("2025-07-01T00:00:00+05:00", { foo: 1 } as never))).toMatchObject({
      field: "opts.foo", rule: "R-PYR-6", message: "unknown field",
    });
  });
});

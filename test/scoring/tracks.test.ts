// src/scoring/tracks.ts: the three tracks of the general competition and their schema: the messages of
// a missing or unknown track (R-GC-5 competitionFinalMax, R-GC-1 a track-discriminated input).
import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import { Decimal } from "decimal.js";
import * as z from "zod";
import { competitionFinal, competitionFinalMax, competitionPersonalQualities } from "../../src/index.js";
import { num } from "../../src/internal/validate.js";
import { FastTracked, parseTracked } from "../../src/scoring/tracks.js";
import { allIssues, thrownRuleInputError } from "../support/first-issue.js";

const TRACKS_TEXT = '"leadership", "non-leadership", "lower"';

// mutation run of src/scoring (issue 6, docs/quality.md): pins the messages of trackSchema
describe("R-GC-5 / R-GC-1 trackSchema and parseTracked — the track messages (mutation)", () => {
  it("R-GC-5 a missing track says so and lists the tracks", () => {
    const e = thrownRuleInputError(() => competitionFinalMax(undefined as never));
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]!.field).toBe("track");
    expect(e.issues[0]!.message).toBe(`missing: a track is required (one of ${TRACKS_TEXT})`);
  });
  it("R-GC-5 an unknown track says so and lists the tracks", () => {
    const e = thrownRuleInputError(() => competitionFinalMax("Leadership" as never));
    expect(e.issues[0]!.message).toBe(`unknown track: expected one of ${TRACKS_TEXT}`);
    expect(e.message).toContain('R-GC-5: track = "Leadership": unknown track');
  });
  it("R-GC-1 the same messages through a track-discriminated input", () => {
    expect(thrownRuleInputError(() => competitionPersonalQualities({} as never)).issues[0]!.message).toBe(`missing: a track is required (one of ${TRACKS_TEXT})`);
    expect(thrownRuleInputError(() => competitionPersonalQualities({ track: "upper" } as never)).issues[0]!.message).toBe(`unknown track: expected one of ${TRACKS_TEXT}`);
  });
});

// issue 17: the fast path of a track-discriminated input (competitionFinal's) reads valid input
// without a zod run; everything else goes to the schema, so no message or code changes.
describe("R-GC-5 FastTracked — valid input without a zod run, anything else to the schema", () => {
  const F = {
    leadership: { O: num({ min: 0, max: 5, unit: "(О)" }), E: num({ min: 0, max: 5, unit: "(Э)" }), C: num({ min: 0, max: 10, unit: "(С)" }) },
    "non-leadership": { O: num({ min: 0, max: 5, unit: "(О)" }), P: num({ min: 0, max: 10, unit: "(П)" }) },
    lower: { O: num({ min: 0, max: 5, unit: "(О)" }), P: num({ min: 0, max: 10, unit: "(П)" }) },
  };
  const fast = new FastTracked(F);
  const schema = z.discriminatedUnion("track", [
    z.strictObject({ track: z.literal("leadership"), ...F.leadership }),
    z.strictObject({ track: z.literal("non-leadership"), ...F["non-leadership"] }),
    z.strictObject({ track: z.literal("lower"), ...F.lower }),
  ]);

  it("R-GC-5 a valid input gives the schema's Decimals; key order does not matter", () => {
    const r = fast.read({ C: 8, O: "3.85", track: "leadership", E: new Decimal("4.5") })!;
    expect([r.track, r.O!.toString(), r.E!.toString(), r.C!.toString()]).toEqual(["leadership", "3.85", "4.5", "8"]);
  });

  it("R-GC-5 anything the fast path does not prove valid is left to the schema", () => {
    class Input {
      track = "lower";
      O = 1;
      P = 2;
    }
    for (const x of [
      null, undefined, 3, "lower", [], new Input(),
      { track: "upper", O: 1, P: 2 }, { O: 1, P: 2 }, { track: "lower", O: 1 }, { track: "lower", O: 1, P: 2, E: 3 },
      { track: "lower", O: 1, E: 2 }, { track: "lower", O: 6, P: 2 }, { track: "lower", O: "1,5", P: 2 }, { track: "lower", O: 1, P: undefined },
      Object.assign(Object.create({ P: 2 }) as object, { track: "lower", O: 1, Q: 3 }),
    ]) expect(fast.read(x)).toBeUndefined();
  });

  it("R-GC-5 competitionFinal's errors are the schema's, message for message (both tracks, every field wrong)", () => {
    expect(allIssues(() => competitionFinal({ track: "leadership", O: -1, E: "x", C: 11 }))).toEqual(
      allIssues(() => parseTracked(schema, { track: "leadership", O: -1, E: "x", C: 11 }, "R-GC-5")),
    );
    expect(allIssues(() => competitionFinal({ track: "lower", O: 1, P: 2, E: 3 } as never))).toEqual(
      allIssues(() => parseTracked(schema, { track: "lower", O: 1, P: 2, E: 3 }, "R-GC-5")),
    );
  });

  const field = fc.oneof(fc.double({ min: -1, max: 11 }), fc.constantFrom("3.85", "2,5", "", " 4 ", "11", "-0", "1e1"), fc.constant(undefined), fc.constant(null));
  fcTest.prop([fc.constantFrom("leadership", "non-leadership", "lower", "upper"), field, field, field, fc.boolean()], { numRuns: 500 })(
    "R-GC-5 property: the fast path agrees with the schema — the same Decimals when it reads, undefined only when the schema is needed",
    (track, O, a, b, leader) => {
      const input: Record<string, unknown> = leader ? { track, O, E: a, C: b } : { track, O, P: a };
      const got = fast.read(input);
      const r = schema.safeParse(input);
      if (got !== undefined) {
        expect(r.success).toBe(true);
        const data = r.data as Record<string, unknown>;
        for (const k of Object.keys(got)) expect(k === "track" ? got.track === data.track : (got[k] as Decimal).eq(data[k] as Decimal)).toBe(true);
      } else if (r.success) {
        // the fast path may decline valid input only for shapes it does not read (none here)
        expect.fail(`declined a valid input ${JSON.stringify(input)}`);
      }
    },
  );
});

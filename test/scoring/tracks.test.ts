// src/scoring/tracks.ts: the three tracks of the general competition and their schema: the messages of
// a missing or unknown track (R-GC-5 competitionFinalMax, R-GC-1 a track-discriminated input).
import { describe, expect, it } from "vitest";
import { competitionFinalMax, competitionPersonalQualities } from "../../src/index.js";
import { thrownRuleInputError } from "../support/first-issue.js";

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

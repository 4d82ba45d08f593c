// Tests added from the mutation run of src/scoring (issue 6, docs/quality.md): they pin the
// messages a caller sees and the handling of `null` / `{}` options, which the worked examples did
// not. Expected texts are the library's documented wording; values are computed by hand.
import { describe, expect, it } from "vitest";
import {
  competitionFinalMax,
  competitionInterview,
  competitionPersonalQualities,
  competitionPractical,
  meanOfGrades,
  reserveSituationalScore,
  RuleInputError,
  rubricBands,
  RUBRICS,
  selectionInformation,
} from "../../src/index.js";
import { thrownRuleInputError } from "../support/first-issue.js";


const TRACKS_TEXT = '"leadership", "non-leadership", "lower"';

describe("R-GC-5 track messages (mutation)", () => {
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

describe("R-GC-1 / R-PYR-4 / R-SEL-3 array-length messages (mutation)", () => {
  it("R-GC-1 nine competencies for leadership: one issue naming the count", () => {
    const e = thrownRuleInputError(() => competitionPersonalQualities({ track: "leadership", competencies: [5, 5, 5, 5, 5, 5, 5, 5, 5] }));
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]!.field).toBe("competencies");
    expect(e.issues[0]!.message).toBe("wrong number of competency scores: exactly 10 are required for this track (О1…О10), got 9");
    expect((e.issues[0]!.value as unknown[]).length).toBe(9);
  });
  it("R-GC-1 eight competencies for non-leadership", () => {
    const e = thrownRuleInputError(() => competitionPersonalQualities({ track: "non-leadership", competencies: [1, 2, 3, 4, 5, 4, 3, 2] }));
    expect(e.issues[0]!.message).toBe("wrong number of competency scores: exactly 7 are required for this track (О1…О7), got 8");
  });
  it("R-PYR-4 two experts: the message names three experts", () => {
    const e = thrownRuleInputError(() => reserveSituationalScore([4, 5]));
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]!.message).toBe("wrong number of expert grades: exactly 3 are required (three sector experts), got 2");
  });
  it("R-SEL-3 meanOfGrades of no grade", () => {
    const e = thrownRuleInputError(() => meanOfGrades([]));
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]!.message).toBe("at least one grade is required");
  });
});

describe("R-GC-3 / R-GC-4 options null and {} (mutation)", () => {
  it("R-GC-3 opts = null is a RuleInputError, not a TypeError", () => {
    const e = thrownRuleInputError(() => competitionPractical(4, 3, null as never));
    expect(e.issues.some((i) => i.field === "opts")).toBe(true);
  });
  it("R-GC-4 opts = null is a RuleInputError, not a TypeError", () => {
    const e = thrownRuleInputError(() => competitionInterview(4, 3, null as never));
    expect(e.issues.some((i) => i.field === "opts")).toBe(true);
  });
  it("R-GC-3 opts = {} keeps whole points: 3.5 is rejected; wholePoints: true too", () => {
    expect(() => competitionPractical("3.5", 3, {})).toThrow(RuleInputError);
    expect(() => competitionPractical("3.5", 3, { wholePoints: true })).toThrow(RuleInputError);
    // 3.5 + 3 = 6.5 only when the caller opts out of whole points
    expect(competitionPractical("3.5", 3, { wholePoints: false }).toString()).toBe("6.5");
  });
  it("R-GC-4 opts = {} keeps whole points: 2.5 is rejected; wholePoints: true too", () => {
    expect(() => competitionInterview("2.5", 1, {})).toThrow(RuleInputError);
    expect(() => competitionInterview("2.5", 1, { wholePoints: true })).toThrow(RuleInputError);
    // 2.5 + 1 = 3.5
    expect(competitionInterview("2.5", 1, { wholePoints: false }).toString()).toBe("3.5");
  });
});

describe("R-SEL-2 messages (mutation)", () => {
  it("R-SEL-2 the unit of S1 / S2 is '(correct answers)'", () => {
    const e = thrownRuleInputError(() => selectionInformation(-1, 2));
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]!.field).toBe("S1");
    expect(e.issues[0]!.message).toBe("out of range: expected a whole number at least 0 (correct answers)");
  });
  it("R-SEL-2 with questionsPerBlock the range is shown", () => {
    const e = thrownRuleInputError(() => selectionInformation(3, 21, { questionsPerBlock: 20 }));
    expect(e.issues[0]!.field).toBe("S2");
    expect(e.issues[0]!.message).toBe("out of range: expected a whole number from 0 to 20 (correct answers)");
  });
  it("R-SEL-2 a bad option and a bad count are both listed", () => {
    const e = thrownRuleInputError(() => selectionInformation("x", 2, { questionsPerBlock: 0 }));
    expect(e.issues.map((i) => i.field).sort()).toEqual(["S1", "opts.questionsPerBlock"]);
  });
});

describe("R-SEL-3 / R-SEL-4 / R-GC-2…4 rubric messages (mutation)", () => {
  const ids = Object.keys(RUBRICS);
  it("R-SEL-3 a missing rubric id says so", () => {
    const e = thrownRuleInputError(() => rubricBands(undefined as never, 3));
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]!.field).toBe("rubric");
    expect(e.issues[0]!.message).toBe("missing: a rubric id is required");
  });
  it("R-SEL-3 an unknown rubric id lists every id, quoted, comma-separated", () => {
    const e = thrownRuleInputError(() => rubricBands("essay" as never, 3));
    expect(e.issues[0]!.message).toBe(`unknown rubric: expected one of ${ids.map((r) => `"${r}"`).join(", ")}`);
    expect(e.issues[0]!.message).toContain('"selection-essay", "selection-interview"');
  });
  it("R-SEL-4 the score's unit is points and its maximum the rubric's (selection-interview: 3)", () => {
    const e = thrownRuleInputError(() => rubricBands("selection-interview", 4));
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]!.field).toBe("score");
    expect(e.issues[0]!.message).toBe("out of range: expected a whole number from 0 to 3 points");
  });
  it("R-SEL-3 a rubric id that is not a string is not looked up (only the rubric is reported)", () => {
    // ["selection-essay"] would coerce to the key "selection-essay"; it must not give the score a maximum
    const e = thrownRuleInputError(() => rubricBands(["selection-essay"] as never, 99));
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]!.field).toBe("rubric");
  });
  it("R-SEL-3 an inherited key is not a rubric", () => {
    const e = thrownRuleInputError(() => rubricBands("toString" as never, 99));
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]!.field).toBe("rubric");
  });
});

describe("R-SEL-2 errors raised by the caller's own objects propagate (mutation)", () => {
  // Not a RuleInputError: the library must not swallow an exception it did not raise.
  it("R-SEL-2 a throwing getter in opts propagates its own error", () => {
    const opts = {
      get questionsPerBlock(): number {
        throw new SyntaxError("caller's getter");
      },
    };
    expect(() => selectionInformation(1, 2, opts)).toThrow(SyntaxError);
  });
  it("R-SEL-2 a throwing proxy as S1 propagates its own error", () => {
    const S1 = new Proxy({}, {
      get() {
        throw new SyntaxError("caller's proxy");
      },
    });
    expect(() => selectionInformation(S1 as never, 2)).toThrow(SyntaxError);
  });
});

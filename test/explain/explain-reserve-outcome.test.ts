// explainReserveOutcome (src/explain/explain-reserve-outcome.ts), R-PYR-3: where a candidate's funnel
// run ended (the Reserve, awaiting the Commission, not admitted, left) with rank, quota and cut-off.
import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import { EXPLAIN_LANGS, explainReserveOutcome, runReserveFunnel, type ReserveCandidate, type ReserveFunnelResult } from "../../src/index.js";
import { EN_MESSAGES } from "../../src/explain/messages/en.js";
import { allLanguages, badLang } from "../support/explain.js";
import { allIssues, firstIssue } from "../support/first-issue.js";
import { optionsArb, population } from "../support/reserve.js";
import {
  ALTERATIONS,
  FIXTURE_IDS,
  answerOrRuleInputError,
  applyRandom,
  expectAltered,
  fixture,
  loose,
  randomAlteration,
} from "../support/altered-result.js";

describe("R-PYR-3 explainReserveOutcome — worked example", () => {
  it("R-PYR-3 funnel outcomes: stopped below the quota; left absent", () => {
    const r = runReserveFunnel([
      { id: "a", sector: "digitalisation", scores: { text: 20, numeric: { status: "absent" } } },
      { id: "b", sector: "digitalisation", scores: { text: 12 } },
      { id: "c", sector: "social-policy", scores: { text: { status: "excluded", ground: "proctoring-violation" } } },
    ]);
    const b = explainReserveOutcome(r, "b");
    // 2 competed → 50 % = 1 admitted (a, 20): b is rank 2 of 2
    expect(b.formula).toBe("text: rank 2 of 2, score 12; quota 1, cut-off 20 → not admitted");
    expect(b.code).toBe("R-PYR-3.not-admitted");
    allLanguages(b);
    expect(explainReserveOutcome(r, "a").code).toBe("R-PYR-3.left-absent");
    const c = explainReserveOutcome(r, "c", { lang: "ru" });
    expect(c.code).toBe("R-PYR-3.left-excluded-ground");
    expect(c.text).toContain("прокторинга");
  });
});

// R-PYR-3 funnels, quotas worked out by hand (RESERVE_QUOTAS; text = ⌈n/2⌉ by default):
const DG = "digitalisation";
const cand = (id: string, scores: ReserveCandidate["scores"]): ReserveCandidate => ({ id, sector: DG, scores });
/** All stages to the National Commission with the same scores; every quota (1, 100, 54, 36, 27, 18) lets 1–2 candidates through. */
const toNational = (national: number): ReserveCandidate["scores"] => ({ text: 20, numeric: 20, situational: 5, assessment: 1, interview: 1, expert: 1, national });

// mutation run (docs/quality.md): the exact code, formula and sentence of each outcome; each expected
// sentence is the catalogue template (src/explain/messages/en.ts) filled by hand.
describe("R-PYR-3 explainReserveOutcome — each outcome", () => {
  it("R-PYR-3 an unknown lang is an issue of R-PYR-3", () => {
    const r = runReserveFunnel([cand("a", { text: 20, numeric: { status: "absent" } })]);
    expect(firstIssue(() => explainReserveOutcome(r, "a", { lang: "de" as never }))).toEqual(badLang("R-PYR-3"));
  });

  it("R-PYR-3 alone through every stage: rank 1 of 1 at the National Commission, quota 9, cut-off 1 → the Reserve", () => {
    const e = explainReserveOutcome(runReserveFunnel([cand("a", toNational(1))]), "a");
    expect(e.code).toBe("R-PYR-3.reserve");
    expect(e.formula).toBe("national: rank 1 of 1, score 1; quota 9, cut-off 1 → the Reserve");
    expect(e.texts.en).toBe(
      "Presidential Youth Reserve, candidate a (digitalisation): entered the Reserve — rank 1 of 1 at the meeting of the National Commission with 1; quota 9.",
    );
  });

  it("R-PYR-3 two tied at the National Commission with a final quota of 1: nobody admitted, awaiting the Commission", () => {
    const r = runReserveFunnel([cand("a", toNational(3)), cand("b", toNational(3))], { finalQuotas: { digitalisation: 1 } });
    const e = explainReserveOutcome(r, "a");
    expect(e.code).toBe("R-PYR-3.awaiting-commission");
    expect(e.formula).toBe("national: rank 1 of 2, score 3; quota 1; tied across the quota → the National Commission decides");
    expect(e.texts.en).toBe(
      "Presidential Youth Reserve, candidate a (digitalisation): rank 1 of 2 at the meeting of the National Commission with 3, tied across the quota of 1; the last step never exceeds its quota, so the National Commission decides.",
    );
  });

  it("R-PYR-3 ties \"strict\": 20, 12, 12 for ⌈3/2⌉ = 2 places — the two 12s are left out", () => {
    const r = runReserveFunnel(
      [cand("a", { text: 20, numeric: { status: "absent" } }), cand("b", { text: 12 }), cand("c", { text: 12 })],
      { ties: "strict" },
    );
    const e = explainReserveOutcome(r, "b");
    expect(e.code).toBe("R-PYR-3.not-admitted-tie");
    expect(e.formula).toBe('text: rank 2 of 3, score 12; quota 2, cut-off 20; tied across the quota, ties "strict" → not admitted');
    expect(e.texts.en).toBe(
      "Presidential Youth Reserve, candidate b (digitalisation): stopped at the block 1, text information — rank 2 of 3 with 12, tied across the quota of 2; the strict tie policy left the tied group out.",
    );
  });

  it("R-PYR-3 alone with halfRounding \"down\": ⌊1/2⌋ = 0 places, nobody admitted, no cut-off", () => {
    const e = explainReserveOutcome(runReserveFunnel([cand("a", { text: 20 })], { halfRounding: "down" }), "a");
    expect(e.code).toBe("R-PYR-3.not-admitted-none");
    expect(e.formula).toBe("text: rank 1 of 1, score 20; quota 0 → not admitted");
    expect(e.texts.en).toBe(
      "Presidential Youth Reserve, candidate a (digitalisation): stopped at the block 1, text information — rank 1 of 1 with 20; nobody was admitted (quota 0).",
    );
  });

  it("R-PYR-3 left at the text block: absent, excluded without a ground, null, excluded with a ground", () => {
    // Nobody who left is ranked: 0 competed, quota ⌈0/2⌉ = 0, no cut-off, no score, no rank.
    const r = runReserveFunnel([
      cand("abs", { text: { status: "absent" } }),
      cand("exc", { text: { status: "excluded" } }),
      cand("nul", { text: null }),
      cand("grd", { text: { status: "excluded", ground: "proctoring-violation" } }),
    ]);
    const abs = explainReserveOutcome(r, "abs");
    expect(abs.code).toBe("R-PYR-3.left-absent");
    expect(abs.formula).toBe("text: absent → left, not ranked");
    expect(Object.keys(abs.params).sort()).toEqual(["competed", "id", "outcome", "quota", "sector", "stage", "summary", "tie"]);
    expect(abs.texts.en).toBe(
      "Presidential Youth Reserve, candidate abs (digitalisation): left the selection at the block 1, text information (absent); not counted in that stage's ranking.",
    );
    const exc = explainReserveOutcome(r, "exc");
    expect(exc.code).toBe("R-PYR-3.left-excluded");
    expect(exc.formula).toBe("text: excluded → left, not ranked");
    expect(exc.texts.en).toBe(
      "Presidential Youth Reserve, candidate exc (digitalisation): excluded at the block 1, text information; not counted in that stage's ranking.",
    );
    const nul = explainReserveOutcome(r, "nul");
    expect(nul.code).toBe("R-PYR-3.left-unspecified");
    expect(nul.formula).toBe("text: unspecified → left, not ranked");
    expect(nul.texts.en).toBe(
      "Presidential Youth Reserve, candidate nul (digitalisation): left the selection at the block 1, text information without a score (absent, excluded or disqualified); not counted in that stage's ranking.",
    );
    const grd = explainReserveOutcome(r, "grd");
    expect(grd.code).toBe("R-PYR-3.left-excluded-ground");
    expect(grd.formula).toBe("text: excluded (proctoring-violation) → left, not ranked");
    expect(grd.params.ground).toBe("proctoring-violation");
    expect(grd.texts.en).toBe(
      "Presidential Youth Reserve, candidate grd (digitalisation): excluded at the block 1, text information (violations found by proctoring (results annulled)); not counted in that stage's ranking.",
    );
  });
});

// Issue 23, item 5: explainReserveOutcome renders from explainReserveCandidate, which answers from
// the index the funnel sealed and checks the result given against it; every value of every
// sentence is therefore present, and a changed result is a RuleInputError before any rendering.
describe("R-PYR-3 explainReserveOutcome — a result changed after the run", () => {
  const NOT_A_RESULT = "not a result of runReserveFunnel (its index does not survive copying or JSON)";
  const before = fixture();
  const explained = Object.fromEntries(FIXTURE_IDS.map((id) => [id, explainReserveOutcome(before, id, { lang: "kk" })]));

  it("R-PYR-3 an intact result explains the same after JSON.stringify and deep-frozen; its JSON copy is refused as before (field \"result\")", () => {
    const r = fixture();
    JSON.stringify(r);
    const freeze = (o: unknown): void => {
      if (typeof o !== "object" || o === null || Object.isFrozen(o)) return;
      Object.freeze(o);
      for (const v of Object.values(o)) freeze(v);
    };
    freeze(r);
    for (const id of FIXTURE_IDS) expect(explainReserveOutcome(r, id, { lang: "kk" })).toEqual(explained[id]);
    const copy = JSON.parse(JSON.stringify(before)) as ReserveFunnelResult;
    for (const id of FIXTURE_IDS) {
      expect(allIssues(() => explainReserveOutcome(copy, id))).toEqual([{ field: "result", value: copy, rule: "R-PYR-3", message: NOT_A_RESULT }]);
    }
  });

  it("R-PYR-3 the whole result replaced by {}, null, 42, a circular object, a spread copy or a Proxy with plain traps: field \"result\"", () => {
    const circular: Record<string, unknown> = {};
    circular.stages = [circular];
    for (const v of [{}, null, 42, circular, { ...before }, new Proxy(before, {})]) {
      expect(firstIssue(() => explainReserveOutcome(v as ReserveFunnelResult, "f1"))).toMatchObject({ field: "result", rule: "R-PYR-3", message: NOT_A_RESULT });
    }
  });

  for (const a of ALTERATIONS) {
    it(`R-PYR-3 altered — ${a.name}: a RuleInputError naming ${a.field}, never a TypeError or a placeholder Error`, () => {
      const r = fixture();
      a.alter(loose(r));
      expectAltered(() => explainReserveOutcome(r, a.id), a.field);
    });
  }

  it("R-PYR-3 every R-PYR-3 message code is rendered, in the three languages, with every placeholder filled", () => {
    const strict = runReserveFunnel([cand("a", { text: 20, numeric: { status: "absent" } }), cand("b", { text: 12 }), cand("c", { text: 12 })], { ties: "strict" });
    const none = runReserveFunnel([cand("a", { text: 20 })], { halfRounding: "down" });
    const excluded = runReserveFunnel([cand("e", { text: { status: "excluded" } })]);
    const seen = new Set<string>();
    const all = [...FIXTURE_IDS.map((id) => explainReserveOutcome(before, id)), explainReserveOutcome(strict, "b"), explainReserveOutcome(none, "a"), explainReserveOutcome(excluded, "e")];
    for (const e of all) {
      seen.add(e.code);
      for (const l of EXPLAIN_LANGS) expect(e.texts[l]).not.toMatch(/\{[A-Za-z0-9_]+\}/);
    }
    const codes = Object.keys(EN_MESSAGES).filter((c) => c.startsWith("R-PYR-3."));
    expect([...seen].sort()).toEqual(codes.sort());
  });

  fcTest.prop([population, optionsArb, randomAlteration, fc.constantFrom(...EXPLAIN_LANGS)], { numRuns: 40 })(
    "R-PYR-3 property: a field of a real result deleted or replaced gives, for every candidate, the same explanation or a RuleInputError",
    (cs, o, change, lang) => {
      const r = runReserveFunnel(cs, o);
      const ids = cs.map((c) => c.id);
      const want = ids.map((id) => explainReserveOutcome(r, id, { lang }));
      const label = applyRandom(r, change);
      ids.forEach((id, k) => {
        const got = answerOrRuleInputError(() => explainReserveOutcome(r, id, { lang }), `${label}, ${id}`);
        if (got !== undefined) expect(got, `${label}, ${id}`).toEqual(want[k]);
      });
    },
  );
});

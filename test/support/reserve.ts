// Shared fixtures of the Presidential Youth Reserve tests (R-PYR-1…3): candidates, paths through
// the funnel, the error check, and the fast-check populations of the funnel's properties.
import { expect } from "vitest";
import { fc } from "@fast-check/vitest";
import {
  RuleInputError,
  type ReserveAdmissibilityInput,
  type ReserveCandidate,
  type ReserveFunnelOptions,
  type ReserveSector,
  type ReserveStage,
  type ReserveStageEntry,
} from "../../src/index.js";

/** A candidate's stage entries. */
export type Scores = Partial<Record<ReserveStage, ReserveStageEntry>>;
/** A funnel candidate. */
export const cand = (id: string, sector: string, scores: Scores): ReserveCandidate => ({ id, sector: sector as ReserveSector, scores }); // invalid sectors are test inputs too
export const D = "digitalisation";
export const SP = "social-policy";

/** Every group of R-PYR-1 / R-PYR-2 given and valid (5 Mbit/s, KAZTEST B1 valid on 15.06.2025): admissible. */
export const ADMISSIBLE = {
  presidentialAppointee: false, politicalServant: false, corpsA: false, inReserve: false, formerlyInReserve: false,
  excludedByNationalCommission: false,
  languageCertificate: { test: "KAZTEST", level: "B1", validUntil: "2025-12-31" },
  asOf: "2025-06-15",
  documents: { education: true, labourActivity: true },
  sector: "digitalisation",
  consents: { personalData: true, exclusion: true, nonDisclosure: true },
  equipment: { internetMbps: 5, webcam: true, headset: true, microphone: true },
} satisfies ReserveAdmissibilityInput;

/** Runs `f`, expects a RuleInputError whose message matches every pattern, and returns it. */
export function expectRuleInputError(f: () => unknown, ...patterns: RegExp[]): RuleInputError {
  let err: unknown;
  try {
    f();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(RuleInputError);
  for (const p of patterns) expect((err as Error).message).toMatch(p);
  return err as RuleInputError;
}

/** 11 finalists in social-policy with full paths, plus 11 who stop at block 1 (so 50 % of 22 = 11 go on). */
export function finalists(national: number[]): ReserveCandidate[] {
  const out: ReserveCandidate[] = [];
  national.forEach((v, k) => {
    const id = `f${String(k).padStart(2, "0")}`;
    out.push(cand(id, SP, { text: 25, numeric: 25, situational: 5, assessment: "4.8", interview: 9, expert: 90, national: v }));
    out.push(cand(`x${k}`, SP, { text: 1 }));
  });
  return out;
}

/** A candidate alone in digitalisation: ⌈1/2⌉ = 1 → admitted to numeric, where the entry says absent. */
export const alone = (text: ReserveStageEntry): ReserveCandidate[] => [cand("a", D, { text, numeric: { status: "absent" } })];

/**
 * Every stage reached with the same score except `expert` (which orders the group for the
 * National Commission) and `national`. Everyone ties at every earlier step, and every earlier
 * quota (⌈m/2⌉ with admit-all on a tie, 100, 54, 36, 27, 18 in social-policy) lets all through.
 */
export const path = (expert: number, national: ReserveStageEntry): Scores => ({
  text: 20,
  numeric: 20,
  situational: 5,
  assessment: 1,
  interview: 1,
  expert,
  national,
});

// ── populations of the funnel's properties ──────────────────────────────────────────────────
const SECTORS2 = ["digitalisation", "foreign-policy-investment"] as const;

/** A population where everyone has an entry for every stage (so any option runs), with many ties. */
const entry = (max: number) =>
  fc.oneof(
    { weight: 12, arbitrary: fc.integer({ min: 0, max }) },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant({ status: "absent" } as const) },
    { weight: 1, arbitrary: fc.constant({ status: "excluded", ground: "proctoring-violation" } as const) },
  );
const scoresArb = fc.record({
  text: entry(6),
  numeric: entry(4),
  situational: entry(5),
  assessment: entry(3),
  interview: entry(3),
  expert: entry(3),
  national: entry(2),
});
export const population = fc
  .array(fc.record({ sector: fc.constantFrom(...SECTORS2), scores: scoresArb }), { maxLength: 320 })
  .map((rows) => rows.map((r, i) => ({ id: `c${(i * 7919) % 100003}`, ...r }) as ReserveCandidate));
export const optionsArb: fc.Arbitrary<ReserveFunnelOptions> = fc.record(
  {
    ties: fc.constantFrom("admit-all" as const, "strict" as const),
    halfRounding: fc.constantFrom("up" as const, "down" as const),
    // revised quotas; a revision above 9 takes its places from agro-industry-environment, so the
    // quotas in effect never sum to more than 50 (R-PYR-3: «Резервке 50-ден аспайтын кандидатты»)
    finalQuotas: fc.oneof(
      fc.constant({}),
      fc.integer({ min: 0, max: 12 }).map((d) => (d <= 9 ? { digitalisation: d } : { digitalisation: d, "agro-industry-environment": 18 - d })),
    ),
  },
  { requiredKeys: [] },
);

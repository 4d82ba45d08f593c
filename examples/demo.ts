/**
 * `npm run demo` — a realistic run of the library on the bundled sample data (examples/data):
 * an IS selection with 8 candidates, two general competitions (leadership and non-leadership),
 * then the calendar, eligibility and Presidential Youth Reserve parts.
 *
 * Every number printed is computed by the library; every table names the rule ids it used.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Decimal } from "decimal.js";
import {
  admitToInterview,
  competitionFinal,
  competitionFinalMax,
  competitionInterview,
  competitionPersonalQualities,
  competitionPractical,
  meanOfGrades,
  ruleSource,
  type RuleId,
  selectionEssay,
  selectionInformation,
  selectionInterview,
  selectionPersonalQualities,
  personalQualitiesTestResult,
  testProgramFor,
  normalizeCategory,
  checkCommissionQuorum,
  daysOff,
  calendarCoverage,
  isWorkingDay,
  addWorkingDays,
  astanaOffset,
  runReserveFunnel,
  explainReserveCandidate,
  RESERVE_SECTORS,
} from "../src/index.js";
import { syntheticCampaign } from "./reserve-campaign.js";
import { heading, table } from "./table.js";

const here = dirname(fileURLToPath(import.meta.url));
const load = <T>(name: string): T => JSON.parse(readFileSync(join(here, "data", name), "utf8")) as T;
const fmt = (d: Decimal, dp = 4) => d.toDecimalPlaces(dp, Decimal.ROUND_HALF_UP).toFixed(dp);
const mean = (xs: Decimal[]) => meanOfGrades(xs);
/** Exact value, shortened for display when it has more than 4 decimals (marked with "…"). */
const short = (d: Decimal | undefined) => (d === undefined ? "—" : d.decimalPlaces() > 4 ? `${fmt(d)}…` : d.toString());

/** Competition ranking (1, 2, 2, 4) by a Decimal score, highest first. */
function ranks<T>(items: T[], score: (t: T) => Decimal): Map<T, number> {
  const sorted = [...items].sort((a, b) => score(b).comparedTo(score(a)));
  const out = new Map<T, number>();
  sorted.forEach((t, i) => {
    const prev = sorted[i - 1];
    out.set(t, prev !== undefined && score(prev).eq(score(t)) ? (out.get(prev) ?? i + 1) : i + 1);
  });
  return out;
}

function cite(rule: string): string {
  const s = ruleSource(rule as RuleId); // the rule ids of this demo's tables, all in RULE_IDS
  return `${rule}: ${s.act}, ${s.locator}`;
}

// ── 1. IS selection ────────────────────────────────────────────────────────────────────────
interface IsData {
  title: string;
  note: string;
  questionsPerBlock: number;
  candidates: { id: string; name: string; S: number; S1: number; S2: number; essay: number[] }[];
  interview: Record<string, number[]>;
}
const isData = load<IsData>("is-selection.json");
console.log(heading(`1. ${isData.title}`));
console.log(isData.note);
const isRows = isData.candidates.map((c) => {
  const pq = selectionPersonalQualities(c.S);
  const info = selectionInformation(c.S1, c.S2, { questionsPerBlock: isData.questionsPerBlock });
  const essay = mean(c.essay.map((g) => selectionEssay(g)));
  return { c, pq, info, essay, before: pq.plus(info).plus(essay) };
});
const admission = admitToInterview(isRows.map((r) => ({ id: r.c.id, score: r.before })));
const isRank = ranks(isRows, (r) => r.before);
console.log(
  table(
    ["rank", "id", "candidate", "S %", "T (R-SEL-1)", "S1", "S2", "T (R-SEL-2)", "essay grades", "essay mean*", "stages total*", "interview (R-SEL-5)"],
    [...isRows]
      .sort((a, b) => (isRank.get(a) ?? 0) - (isRank.get(b) ?? 0))
      .map((r) => [
        isRank.get(r) ?? "",
        r.c.id,
        r.c.name,
        r.c.S,
        fmt(r.pq, 2),
        r.c.S1,
        r.c.S2,
        fmt(r.info, 1),
        r.c.essay.join(" "),
        fmt(r.essay, 2),
        fmt(r.before, 2),
        admission.admitted.includes(r.c.id) ? "admitted" : admission.tiedAtCutoff.includes(r.c.id) ? "TIED at 3rd: commission decides" : "—",
      ]),
    ["r", "l", "l", "r", "r", "r", "r", "r", "l", "r", "r", "l"],
  ),
);
console.log(
  "  * The order does not say how several members' essay grades combine, nor how the previous stages add up\n" +
    "    (\"ең жоғары балл жинаған үшеуден артық емес үміткер\", para 120): the demo takes the mean of the grades and\n" +
    "    the sum of the stages — a caller's choice, not the order's.",
);
console.log(
  table(
    ["id", "interview grades by member (R-SEL-4, whole 0–3)", "mean*"],
    Object.entries(isData.interview).map(([id, grades]) => [id, grades.map((g) => selectionInterview(g).toString()).join(" "), fmt(mean(grades.map((g) => selectionInterview(g))), 2)]),
  ),
);
console.log(`  Rules: ${["R-SEL-1", "R-SEL-2", "R-SEL-3", "R-SEL-4", "R-SEL-5"].join(", ")}`);

// ── 2. General competitions ────────────────────────────────────────────────────────────────
interface GcData {
  title: string;
  note: string;
  track: "leadership" | "non-leadership";
  candidates: { id: string; name: string; competencies: number[]; essay?: number[]; interview?: number[]; practical?: number[] }[];
}
for (const file of ["competition-leadership.json", "competition-non-leadership.json"]) {
  const gc = load<GcData>(file);
  console.log(heading(`${file.includes("non") ? 3 : 2}. ${gc.title}`));
  console.log(gc.note);
  const max = competitionFinalMax(gc.track);
  const rows = gc.candidates.map((c) => {
    const O = competitionPersonalQualities({ track: gc.track, competencies: c.competencies } as Parameters<typeof competitionPersonalQualities>[0]);
    if (gc.track === "leadership") {
      const E = mean((c.essay ?? []).map((g) => selectionEssay(g)));
      const [c1 = 0, c2 = 0] = c.interview ?? [];
      const C = competitionInterview(c1, c2);
      return { c, O, parts: [fmt(E, 2), `${c1}+${c2} = ${C}`], I: competitionFinal({ track: "leadership", O, E, C }) };
    }
    const [p1 = 0, p2 = 0] = c.practical ?? [];
    const P = competitionPractical(p1, p2);
    return { c, O, parts: [`${p1}+${p2} = ${P}`], I: competitionFinal({ track: gc.track, O, P }) };
  });
  const rk = ranks(rows, (r) => r.I);
  const partHeads = gc.track === "leadership" ? ["Э (mean*)", "С = С1+С2"] : ["П = П1+П2"];
  console.log(
    table(
      ["rank", "id", "candidate", "О (R-GC-1)", ...partHeads, `И (R-GC-5, max ${max})`],
      [...rows]
        .sort((a, b) => (rk.get(a) ?? 0) - (rk.get(b) ?? 0))
        .map((r) => [rk.get(r) ?? "", r.c.id, r.c.name, fmt(r.O), ...r.parts, fmt(r.I)]),
      ["r", "l", "l", "r", ...partHeads.map(() => "r" as const), "r"],
    ),
  );
  console.log(
    gc.track === "leadership"
      ? "  И = 0.4·О + 0.4·Э + 0.2·С. * Э: mean of the members' grades — the order does not say how they combine (caller's choice)."
      : "  И = 0.3·О + 0.7·П.",
  );
  console.log(`  ${cite("R-GC-5")}`);
  console.log("  Scores are exact (40 significant digits); shown rounded half-up to 4 places for display only.");
}

// ── 4. Tests: category → program, pass thresholds ──────────────────────────────────────────
console.log(heading("4. Personal-qualities test: category → program → pass or fail (R-TH-1…4)"));
const testCases: { who: string; category: string; leadership?: boolean; input: Parameters<typeof personalQualitiesTestResult>[0] }[] = [
  { who: "head of department", category: "С-О-3", input: { program: 1, competencies: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3] } },
  { who: "head of division", category: "D-3", leadership: true, input: { program: 1, competencies: [4, 4, 3.5, 3, 3, 2.4, 3.5, 4, 3, 3] } },
  { who: "chief specialist", category: "C-4", input: { program: 2, competencies: [3, 3, 2.5, 3, 3, 3, 2.5] } },
  { who: "specialist (lower)", category: "E-4", input: { program: 3, logic: 9 } },
];
console.log(
  table(
    ["position", "category", "program", "total", "result", "failed conditions"],
    testCases.map((t) => {
      const program = testProgramFor(t.category, t.leadership === undefined ? undefined : { leadership: t.leadership });
      const r = personalQualitiesTestResult(t.input);
      return [t.who, `${t.category} → ${normalizeCategory(t.category)}`, program, r.total.toString(), r.passed ? "passed" : "FAILED", r.failures.map((f) => f.code).join(", ") || "—"];
    }),
    ["l", "l", "r", "r", "l", "l"],
  ),
);
console.log(`  "С-О-3" is typed with Cyrillic letters and normalised. D-3 sits in programs 1 and 2: the caller says it is a leadership position.`);
for (const [members, present] of [[9, 6], [9, 5], [3, 2]] as const) {
  const q = checkCommissionQuorum(members, present);
  console.log(`  Quorum (R-GC-7): ${present} of ${members} members present → ${q.quorum ? "quorum" : "NO quorum"}`);
}

// ── 5. Calendar ────────────────────────────────────────────────────────────────────────────
console.log(heading("5. Kazakhstan working days 2026 (R-CAL-1, R-CAL-2)"));
console.log(
  table(
    ["date", "kind", "name"],
    daysOff(2026).map((d) => [d.date, d.kind, d.name]),
  ),
);
console.log(`  Coverage of 2026: ${calendarCoverage(2026)}; of 2027: ${calendarCoverage(2027)}.`);
console.log(`  Monday 16.03.2026 is ${isWorkingDay("2026-03-16") ? "a working day" : "a day off"} (the new Constitution Day is 15 March only from 2027).`);
console.log(`  5 working days after Friday 20.03.2026 (Nauryz 23–25 March off): ${addWorkingDays("2026-03-20", 5)}.`);
console.log(`  Astana offset on 2024-02-29T17:00Z: ${astanaOffset("2024-02-29T17:00:00Z")}; on 2024-03-01T12:00Z: ${astanaOffset("2024-03-01T12:00:00Z")} (R-CAL-3).`);

// ── 6. Presidential Youth Reserve ──────────────────────────────────────────────────────────
const N = 30_000;
console.log(heading(`6. Presidential Youth Reserve 2025: the quota funnel over ${N.toLocaleString("en")} synthetic candidates (R-PYR-3)`));
const campaign = syntheticCampaign(N, 2025);
const funnel = runReserveFunnel(campaign);
for (const st of funnel.stages) {
  console.log(`\n  ${st.stage} → ${st.next}`);
  console.log(
    table(
      ["sector", "competed", "left", "quota", "admitted", "cut-off", "tied at cut-off"],
      RESERVE_SECTORS.map((s) => {
        const b = st.bySector[s];
        if (!b) return [s, "", "", "", "", "", ""];
        const leftN = b.left.total;
        const tied = b.tied.length ? `${b.tied.length} at ${short(b.tiedScore)} (${b.tiedAdmitted ? "admitted" : st.stage === "national" ? "for the Commission" : "left out"})` : "—";
        return [s, b.competed, leftN, b.quota, b.admitted, short(b.cutoff), tied];
      }),
      ["l", "r", "r", "r", "r", "r", "l"],
    ),
  );
}
console.log(`\n  Entered the Reserve: ${funnel.reserve.length}; awaiting the National Commission (tie across the final quota): ${funnel.awaitingCommission.length}.`);
const leftEarly = campaign.find((c) => {
  const t = c.scores.text;
  return t === null || (typeof t === "object" && "status" in t);
});
const samples = [funnel.reserve[0], funnel.stages[3]?.admitted.find((id) => !funnel.stages[4]?.admitted.includes(id)), leftEarly?.id];
console.log("\n  Why? Three sample candidates:");
for (const id of samples) if (id) console.log(`  - ${explainReserveCandidate(funnel, id).summary}`);
console.log(`  ${cite("R-PYR-3")}`);

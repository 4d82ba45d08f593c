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
  selectionEssay,
  selectionInformation,
  selectionInterview,
  selectionPersonalQualities,
} from "../src/index.js";
import { heading, table } from "./table.js";

const here = dirname(fileURLToPath(import.meta.url));
const load = <T>(name: string): T => JSON.parse(readFileSync(join(here, "data", name), "utf8")) as T;
const fmt = (d: Decimal, dp = 4) => d.toDecimalPlaces(dp, Decimal.ROUND_HALF_UP).toFixed(dp);
const mean = (xs: Decimal[]) => meanOfGrades(xs);

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
  const s = ruleSource(rule);
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

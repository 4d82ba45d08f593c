import { SEEDS } from "../acts.js";
import { cite, type Citation } from "../citation.js";

const IS_APP1 =
  "List point 16 (line 1270): App. 1 \"Бағалау әдістемесі\" of the IS selection rules approved by ASA-196-2025, new edition by App. 7 of the List (line 1598)";
const GC_APP2 =
  "List point 16 (line 1270): App. 2 \"Бағалау әдістемесі\" of the general competition rules approved by ASA-196-2025, new edition by App. 3 of the List (line 1394)";
const EARLIER_IS = "ASA-184-2024 App. 1 (= App. 3 of the temporary IS selection rules), sources/000_841e172d5348f664.txt lines 243-247";

/** Citations of the scoring rules (RULES.md §1, §2, R-PYR-4). */
export const SCORING_CITATIONS = /* @__PURE__ */ (() => ({
  "R-SEL-1": cite({
    rule: "R-SEL-1",
    title: "IS selection: personal-qualities score T = 0.02 × S",
    act: "ASA-52-2026",
    locator: IS_APP1,
    seed: SEEDS.asa52,
    lines: "2258-2277",
    also: [EARLIER_IS],
  }),
  "R-SEL-2": cite({
    rule: "R-SEL-2",
    title: "IS selection: text and numeric information T = T1 + T2, T1 = 0.1 × S1, T2 = 0.1 × S2",
    act: "ASA-52-2026",
    locator: IS_APP1,
    seed: SEEDS.asa52,
    lines: "2279-2283",
    also: [`${EARLIER_IS} (its copy stops before the definition of S2)`],
  }),
  "R-SEL-3": cite({
    rule: "R-SEL-3",
    title: "IS selection: essay, one member's grade, whole points 0–5 (bands 0 / 1–2 / 3–4 / 5)",
    act: "ASA-52-2026",
    locator: IS_APP1,
    seed: SEEDS.asa52,
    lines: "2285",
    also: [EARLIER_IS],
  }),
  "R-SEL-4": cite({
    rule: "R-SEL-4",
    title: "IS selection: interview, whole points 0–3 (one descriptor per point)",
    act: "ASA-52-2026",
    locator: IS_APP1,
    seed: SEEDS.asa52,
    lines: "2287",
    also: [EARLIER_IS],
  }),
  "R-GC-1": cite({
    rule: "R-GC-1",
    title: "General competition: personal qualities О = (О1+…+О10)/10, (О1+…+О7)/7, IQ/6",
    act: "ASA-52-2026",
    locator: GC_APP2,
    seed: SEEDS.asa52,
    lines: "1952-1984",
    also: [
      "Bounds inferred from the testing programs, testing rules App. 6 (new edition by App. 5 of the List), sources/001_a64fa5ff937c345c.txt lines 2141-2163 (per-competency pass mark «2,5 балл»; logic test «30 сұрақ»)",
    ],
  }),
  "R-GC-2": cite({
    rule: "R-GC-2",
    title: "General competition: essay Э (leadership positions), 0–5, bands as R-SEL-3",
    act: "ASA-52-2026",
    locator: GC_APP2,
    seed: SEEDS.asa52,
    lines: "1986-1992",
    also: ["Э in the final score: same appendix, lines 2056, 2062"],
  }),
  "R-GC-3": cite({
    rule: "R-GC-3",
    title: "General competition: practical assessment П = П1 + П2, each task 0–5 (non-leadership and lower positions)",
    act: "ASA-52-2026",
    locator: GC_APP2,
    seed: SEEDS.asa52,
    lines: "1994-2022",
  }),
  "R-GC-4": cite({
    rule: "R-GC-4",
    title: "General competition: interview С = С1 + С2, each answer 0–5",
    act: "ASA-52-2026",
    locator: GC_APP2,
    seed: SEEDS.asa52,
    lines: "2024-2040",
  }),
  "R-GC-5": cite({
    rule: "R-GC-5",
    title: "General competition: final score И = 0.4·О + 0.4·Э + 0.2·С (leadership), 0.3·О + 0.7·П (non-leadership; lower presumed, not stated)",
    act: "ASA-52-2026",
    locator: GC_APP2,
    seed: SEEDS.asa52,
    lines: "2044-2080",
  }),
  "R-PYR-4": cite({
    rule: "R-PYR-4",
    title: "Presidential Youth Reserve 2025: stage scoring (text and numeric blocks 25 tasks / 25 minutes each; situational tasks: mean of three experts on a five-point scale)",
    act: "PYR-2025",
    locator: "Sections 5 \"Мәтіндік және сандық ақпаратпен жұмыс істеу қабілетін бағалау\" (line 309) and 6 \"Ситуациялық тапсырмаларды шешу\" (line 418)",
    seed: SEEDS.pyr2025,
    lines: "491-503",
    also: [
      "text block 25 tasks: line 349; numeric block 25 tasks: line 375; 25 minutes each: line 381; situational stage ≤ 45 minutes, ≤ 500 words: lines 467-470",
      "durations as data (RESERVE_2025_DURATIONS): assessment centre 5–6 hours per candidate, section 7, lines 582-584; Expert Commission presentation 5 minutes, section 8, lines 713-717",
    ],
  }),
} as const satisfies Record<string, Citation>))();

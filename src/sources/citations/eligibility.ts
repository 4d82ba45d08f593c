import { SEEDS } from "../acts.js";
import { cite, type Citation } from "../citation.js";

/** Citations of the rules of this module (see RULES.md). */
export const ELIGIBILITY_CITATIONS = /* @__PURE__ */ (() => ({
  // --- thresholds, categories, commissions, Reserve admissibility, territorial departments, 2012 reserve ---
  "R-TH-1": cite({
    rule: "R-TH-1",
    title: "Personal-qualities test, program 1 (leadership): total ≥ 30 and every competency ≥ 2.5",
    act: "ASA-52-2026",
    locator: "List point 16, para 95 (App. 5 of the List): testing rules App. 6, program 1",
    seed: SEEDS.asa52,
    lines: "2139-2149",
  }),
  "R-TH-2": cite({
    rule: "R-TH-2",
    title: "Personal-qualities test, program 2 (non-leadership): total ≥ 20 and every competency ≥ 2.5",
    act: "ASA-52-2026",
    locator: "List point 16, para 95 (App. 5 of the List): testing rules App. 6, program 2",
    seed: SEEDS.asa52,
    lines: "2141-2155",
  }),
  "R-TH-3": cite({
    rule: "R-TH-3",
    title: "Personal-qualities test, program 3 (lower positions): logical thinking ≥ 10; 120 minutes, logic 30",
    act: "ASA-52-2026",
    locator: "List point 16, para 95 (App. 5 of the List): testing rules App. 6, program 3",
    seed: SEEDS.asa52,
    lines: "2157-2163",
  }),
  "R-TH-4": cite({
    rule: "R-TH-4",
    title: "Category codes: normalisation and the testing program of a category",
    act: "ASA-52-2026",
    locator: "List point 16, para 95 (App. 5 of the List): testing rules App. 6, category lists of programs 1–3",
    seed: SEEDS.asa52,
    lines: "2145, 2151, 2157",
    also: ["general competition rules App. 1 (leadership positions, R-GC-6), 001 lines 1642-1927"],
  }),
  "R-TH-5": cite({
    rule: "R-TH-5",
    title: "Legislation test: pass marks are those of the testing program (App. 2, not in the sources)",
    act: "ASA-52-2026",
    locator: "List point 16: testing rules paras 77–78 (certificate / note for a result below the values of the testing program)",
    seed: SEEDS.asa52,
    lines: "1462-1472",
    also: ["ASA-184-2024: testing rules para 14, sources/000_841e172d5348f664.txt line 23"],
  }),
  "R-GC-6": cite({
    rule: "R-GC-6",
    title: "Leadership positions of corps \"B\" by category",
    act: "ASA-52-2026",
    locator: "List point 16, para 47 (App. 2 of the List): general competition rules App. 1",
    seed: SEEDS.asa52,
    lines: "1642-1927",
  }),
  "R-GC-7": cite({
    rule: "R-GC-7",
    title: "Competition commission quorum: ≥ two thirds and ≥ 3 persons; no substitutes",
    act: "ASA-52-2026",
    locator: "List point 16: general competition rules paras 24–25 (and para 75: same questions in equal volume)",
    seed: SEEDS.asa52,
    lines: "1324-1330",
    also: ["para 75, 001 line 1354"],
  }),
  "R-GC-8": cite({
    rule: "R-GC-8",
    title: "Practical tasks of the general competition per track",
    act: "ASA-52-2026",
    locator: "List point 16: general competition rules para 88",
    seed: SEEDS.asa52,
    lines: "1358-1372",
  }),
  "R-SEL-6": cite({
    rule: "R-SEL-6",
    title: "Essay panel: ≥ two thirds of the commission, same number per essay, no refusal, no proctor violation",
    act: "ASA-184-2024",
    locator: "Point 1: temporary IS selection rules para 115 (new edition)",
    seed: SEEDS.asa184,
    lines: "75-81",
  }),
  "R-SEL-9": cite({
    rule: "R-SEL-9",
    title: "Interview scoring: every commission member scores individually and confirms by digital signature; no member may refuse",
    act: "ASA-184-2024",
    locator: "Point 1: temporary IS selection rules para 130 (new edition)",
    seed: SEEDS.asa184,
    lines: "105-109",
    also: ["temporary IS selection rules para 14-1 (removal of an evaluator who does not take part), sources/000_841e172d5348f664.txt lines 39-41"],
  }),
  "R-SEL-10": cite({
    rule: "R-SEL-10",
    title: "Essay stage with none of the admitted candidates taking part: the competition's status becomes «Аяқталған» (completed); candidates notified",
    act: "ASA-184-2024",
    locator: "Point 1: temporary IS selection rules para 117 (new edition)",
    seed: SEEDS.asa184,
    lines: "85-89",
  }),
  // R-PYR-1 is cited in ./reserve.ts (Reserve funnel module); reserveAdmissibility uses that entry.
  "R-PYR-2": cite({
    rule: "R-PYR-2",
    title: "Reserve 2025: documents, sector, state-language certificate ≥ B1 (KAZTEST / QAZAQ RESMI TEST)",
    act: "PYR-2025",
    locator: "Section 2 (documents, sector); section 4 (verification of the documents)",
    seed: SEEDS.pyr2025,
    lines: "112-149",
    also: ["section 4, 004 lines 248-256"],
  }),
  "R-TD-1": cite({
    rule: "R-TD-1",
    title: "The 20 territorial departments of the Agency and their addresses",
    act: "ASA-163-2022",
    locator: "Point 1 and Apps. 1–20 (the regulations), para 8 of each",
    seed: SEEDS.asa163,
    lines: "9-49",
  }),
  "R-PR-1": cite({
    rule: "R-PR-1",
    title: "2012 personnel-reserve service: recipients (para 2: five groups; para 3: four); free of charge",
    act: "ASA-180-2012",
    locator: "Regulation paras 2–3",
    seed: SEEDS.asa180,
    lines: "43-82",
  }),
  "R-PR-2": cite({
    rule: "R-PR-2",
    title: "2012 personnel-reserve service: step times (30 min; 5 working days; 2 working days; ≤ 30 min wait)",
    act: "ASA-180-2012",
    locator: "Regulation App. 1, table 1",
    seed: SEEDS.asa180,
    lines: "148-214",
  }),
  // --- end thresholds … 2012 reserve ---
  "R-SEL-8": cite({
    rule: "R-SEL-8",
    title: "State bodies that select through the integrated information system, and when (five lists, 01.02.2024–31.12.2025)",
    act: "ASA-184-2024",
    locator:
      "App. 2 to the order = App. 4 of the temporary IS selection rules (point 1, paragraph 48: «4-қосымша … жаңа редакцияда жазылсын»): five lists of state bodies with their periods; the temporary rules' own period 01.01.2024–31.12.2025 is their point 1",
    seed: SEEDS.asa184,
    lines: "254-407",
    also: ["temporary IS selection rules point 1 (ASA-184-2024 point 1, paragraph 8), sources/000_841e172d5348f664.txt line 31"],
  }),
} as const satisfies Record<string, Citation>))();

void SEEDS;
void cite;

import { SEEDS } from "../acts.js";
import { cite, type Citation } from "../citation.js";

/** Citations of the rules of this module (see RULES.md). */
export const RESERVE_CITATIONS = /* @__PURE__ */ (() => ({
  "R-PYR-3": cite({
    rule: "R-PYR-3",
    title: "Presidential Youth Reserve funnel: per-sector quotas of each stage, ties, the National Commission's final quotas",
    act: "PYR-2025",
    locator:
      "Procedure of the 2025 selection, section 3 (limits per stage), sections 5-9 (50 % of block-1 finishers; 100 per sector; 54/48/42/54/54/48; 36/32/28/36/36/32; 27/24/21/27/27/24; 18/16/14/18/18/16; 9/8/7/9/9/8, revisable by the National Commission)",
    seed: SEEDS.pyr2025,
    lines: "159-228, 359-365, 430-438, 511-539, 600-662, 723-743, 752-778",
  }),
  "R-PYR-1": cite({
    rule: "R-PYR-1",
    title: "Presidential Youth Reserve: persons not admitted; exclusion at any stage (Civil Service Law art. 16 paras 3 and 3-1, false information, procedure breach, others doing the tasks, failed verification, proctoring)",
    act: "PYR-2025",
    locator: "Procedure of the 2025 selection, section 2 (not admitted; consent to exclusion), section 4 (verification), sections 5-6 (proctoring)",
    seed: SEEDS.pyr2025,
    lines: "62-104, 272-274, 294-308, 327-331, 452-458",
  }),
  "R-SEL-5": cite({
    rule: "R-SEL-5",
    title: "IS selection: not more than three candidates with the highest points are admitted to the interview",
    act: "ASA-184-2024",
    locator: "point 1, new wording of para 120 of the temporary IS selection rules (ASA-40-2017)",
    seed: SEEDS.asa184,
    lines: "91-93",
  }),
  "R-PYR-6": cite({
    rule: "R-PYR-6",
    title: "Presidential Youth Reserve 2025 calendar: every stage window (Astana time), weekly verification lists answered within one week",
    act: "PYR-2025",
    locator:
      "Procedure of the 2025 selection, sections 1 (19–30 May), 2 (1 June 00:00 – 30 June 23:59), 4 (1 June – 31 July; weekly lists, answer within one week), 5 (2–15 Aug; blocks 2–3 and 9–10 Aug, proctoring 4–7 and 11–14 Aug), 6 (16–17 Aug, proctoring 18–20 Aug), 7 (22 Aug – 3 Oct; assessment centre 22–28 Aug, reports 29 Aug – 21 Sep, results 22 Sep; interview registration until 22 Sep 23:59; interview 23–28 Sep, reports 29 Sep – 2 Oct), 8 (preparatory meeting one week before the stage, i.e. 01.10.2025; interviews 8–15 Oct), 9 (until 25 Oct; results after 25 Oct); the verification reply's due date (one week from receipt, counting case 2)",
    seed: SEEDS.pyr2025,
    lines: "5, 56-58, 238-240, 276-292, 315-317, 337-357, 422-424, 553-573, 622-636, 667, 679-685, 752-754, 780-782",
  }),
} as const satisfies Record<string, Citation>))();

void SEEDS;
void cite;

import { SEEDS } from "../acts.js";
import { cite, type Citation } from "../citation.js";

/** Citations of the scoring rules (RULES.md §1, §2, R-PYR-4). */
export const SCORING_CITATIONS = {
  "R-SEL-1": cite({
    rule: "R-SEL-1",
    title: "IS selection: personal-qualities score T = 0.02 × S",
    act: "ASA-52-2026",
    locator:
      "List point 16, paras 101–102 (App. 7 of the List): App. 1 \"Бағалау әдістемесі\" of the IS selection rules approved by ASA-196-2025",
    seed: SEEDS.asa52,
    lines: "2265-2275",
    also: ["ASA-184-2024 App. 1 (= App. 3 of the temporary IS selection rules), sources/000_841e172d5348f664.txt lines ~240-250"],
  }),
} as const satisfies Record<string, Citation>;

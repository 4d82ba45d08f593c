import { SEEDS } from "../acts.js";
import { cite, type Citation } from "../citation.js";

/** Citations of the evaluation of corps "B" servants (R-EV), see docs/rules.md §9. */
export const EVALUATION_CITATIONS = /* @__PURE__ */ (() => ({
  "R-EV-1": cite({
    rule: "R-EV-1",
    title: "Corps \"B\" evaluation: the final (annual) grade is formed from the mean of the reporting quarters' grades of the calendar year",
    act: "ASA-52-2026",
    locator: "List point 6: model methodology of evaluating corps \"B\" servants (Order No. 13 of 16.01.2018), point 5, second part (from 11.07.2026)",
    seed: SEEDS.asa52,
    lines: "1036-1038",
  }),
  "R-EV-2": cite({
    rule: "R-EV-2",
    title: "Corps \"B\" evaluation: the calibration session adopts the final grade by the majority vote of its members (no tie-break in the text)",
    act: "ASA-52-2026",
    locator: "List point 6: model methodology of evaluating corps \"B\" servants (Order No. 13 of 16.01.2018), point 23, fifth part (from 11.07.2026)",
    seed: SEEDS.asa52,
    lines: "1066-1068",
  }),
} as const satisfies Record<string, Citation>))();

/**
 * Every rule id of the catalogue (docs/rules.md), as data: the ids {@link ruleSource} and the
 * explanations know. `test/sources/rule-ids.test.ts` checks that it lists exactly the rules of
 * `RULE_CITATIONS`, so a new rule cannot be cited without being added here.
 *
 * @category Sources
 */
export const RULE_IDS = [
  "R-SEL-1", "R-SEL-2", "R-SEL-3", "R-SEL-4", "R-SEL-5", "R-SEL-6", "R-SEL-7", "R-SEL-8", "R-SEL-9", "R-SEL-10",
  "R-GC-1", "R-GC-2", "R-GC-3", "R-GC-4", "R-GC-5", "R-GC-6", "R-GC-7", "R-GC-8", "R-GC-9",
  "R-TH-1", "R-TH-2", "R-TH-3", "R-TH-4", "R-TH-5",
  "R-EL-1", "R-EL-2", "R-EL-3", "R-EL-4", "R-EL-5", "R-EL-6", "R-EL-7", "R-EL-8", "R-EL-9",
  "R-CAL-1", "R-CAL-2", "R-CAL-3", "R-CAL-4",
  "R-PYR-1", "R-PYR-2", "R-PYR-3", "R-PYR-4", "R-PYR-5", "R-PYR-6",
  "R-TD-1", "R-PR-1", "R-PR-2",
  "R-EV-1", "R-EV-2",
] as const;

/**
 * A rule id of the catalogue, e.g. `"R-GC-5"`: a misspelt id does not compile. (Ids read from
 * outside — a file, a request — are checked at run time by the functions that take them.)
 *
 * @category Sources
 */
export type RuleId = (typeof RULE_IDS)[number];

export { SOURCES, SEEDS, type LegalAct, type InForce, type ActId } from "./acts.js";
export type { Citation } from "./citation.js";
export { RULE_CITATIONS } from "./citations/index.js";
export { ruleSource, type RuleSource } from "./rule-source.js";
export { RULE_IDS, type RuleId } from "./rule-ids.js";
export {
  PUBLICATIONS,
  AMENDMENT_SCHEDULE,
  ASA_52_2026_POINT_4,
  RULE_VERSIONS,
  type PublicationId,
  type Publication,
  type AfterPublication,
  type VersionStart,
  type PublicationCounting,
  type RuleVersion,
  type AmendmentScheduleRow,
} from "./effective-dates.js";
export { ruleVersion, type VersionOptions, type VersionInForce } from "./versions.js";
export {
  usesIntegratedSelection,
  normalizeBodyName,
  INTEGRATED_SELECTION_LISTS,
  TEMPORARY_IS_RULES_PERIOD,
  type IntegratedSelectionList,
  type IntegratedSelectionAnswer,
  type IntegratedSelectionOptions,
} from "./state-bodies.js";

export { SOURCES, SEEDS, type LegalAct, type InForce, type ActId } from "./acts.js";
export type { Citation } from "./citation.js";
export { RULE_CITATIONS } from "./citations/index.js";
export { ruleSource } from "./rule-source.js";

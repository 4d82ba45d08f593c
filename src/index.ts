/**
 * kz-civil-service-rules — the selection rules of Kazakhstan's civil service as exact, tested code.
 *
 * @packageDocumentation
 */
export { isRuleInputError, RuleInputError, type RuleInputIssue, type RuleInputIssueCode } from "./errors.js";
export type { Num } from "./internal/validate.js";
export * from "./sources/index.js";
export * from "./scoring/index.js";
export * from "./eligibility/index.js";
export * from "./calendars/index.js";
export * from "./explain/index.js";

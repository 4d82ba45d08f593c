import { MAX_LISTED_ISSUES, RuleInputError, type RuleInputIssue } from "../errors.js";

/**
 * An options object of one optional choice, read without zod (and without decimal.js), so that
 * the calendars' Astana-time functions (`astanaInstant`, `endOfAstanaDay`, `reserveStageAt`)
 * stay out of zod's way in a browser bundle (issue 19).
 *
 * @internal
 * @module
 */

/**
 * Reads `opts` as `parse(z.object({ [key]: z.enum(values).optional() }).strict().optional(), opts, rule, root)`
 * reads it (src/internal/validate.ts), with the same result and the same {@link RuleInputError}
 * — the same issues (field, value, message, code, params), in the same order, and the same reads
 * of the object, in the same order (a getter or a Proxy sees what zod did):
 *
 * - `undefined`: no options (`undefined` returned);
 * - not an object (null, an array, a primitive): `wrong type: expected object` (`wrong-type`,
 *   `params.expected` = `"object"`), field `root`;
 * - `opts[key]` read once; present (`key in opts`) and neither `undefined` nor one of `values`:
 *   `Invalid option: expected one of "a"|"b"` (`invalid-option`, `params.allowed` = `"a, b"`),
 *   field `root.key`, the value read again as {@link parse} reads it;
 * - every other key `for…in` yields (own or inherited, enumerable; `__proto__` too): `unknown
 *   field` (`unknown-field`), field `root.k`, its value read; beyond {@link MAX_LISTED_ISSUES}
 *   issues, only counted (`omittedIssues`).
 *
 * @returns the choice given (only when present and valid), or `undefined`.
 */
export function readChoiceOption<V extends string>(opts: unknown, key: string, values: readonly V[], rule: string, root = "opts"): V | undefined {
  if (opts === undefined) return undefined;
  if (typeof opts !== "object" || opts === null || Array.isArray(opts)) {
    throw new RuleInputError([{ field: root, value: opts, rule, message: "wrong type: expected object", code: "wrong-type", params: { expected: "object" } }]);
  }
  const o = opts as Record<string, unknown>;
  const issues: RuleInputIssue[] = [];
  let omitted = 0;
  // the shape's one key: read, then its presence (zod's order)
  const v = o[key];
  const valid = v === undefined || (values as readonly unknown[]).includes(v);
  const present = key in o;
  const out = present && valid ? (v as V | undefined) : undefined;
  // the keys strict() does not know, as zod lists them (for…in)
  const unknown: string[] = [];
  for (const k in o) if (k !== key) unknown.push(k);
  // then the issues, as parse() builds them from zod's: each value read again
  if (present && !valid) {
    issues.push({
      field: `${root}.${key}`,
      value: o[key],
      rule,
      message: `Invalid option: expected one of ${values.map((x) => `"${x}"`).join("|")}`,
      code: "invalid-option",
      params: { allowed: values.join(", ") },
    });
  }
  for (const k of unknown) {
    if (issues.length >= MAX_LISTED_ISSUES) {
      omitted++;
      continue;
    }
    issues.push({ field: `${root}.${k}`, value: o[k], rule, message: "unknown field", code: "unknown-field" });
  }
  if (issues.length > 0) throw new RuleInputError(issues, omitted);
  return out;
}

import type * as z from "zod";

/**
 * The check runs whenever the value is an array, even after an element failed (zod's default
 * skips refinements once an issue has been raised). A module constant: built once at load, like
 * the schemas that use it.
 */
const WHEN_ARRAY = { when: (p: { value: unknown }) => Array.isArray(p.value) };

/**
 * Adds a length check to an array schema (internal). Unlike zod's `.length()`, the check runs
 * only when the value is an array (a string has a `length` too) and runs even when some elements
 * are invalid, so a wrong count is reported together with the bad elements.
 */
export function checkLength<T extends z.ZodArray<z.ZodType>>(
  schema: T,
  ok: (n: number) => boolean,
  message: (n: number) => string,
): T {
  return schema.superRefine(
    (arr, ctx) => {
      if (!ok(arr.length)) ctx.addIssue(message(arr.length));
    },
    WHEN_ARRAY,
  );
}

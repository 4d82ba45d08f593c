import * as z from "zod";
import { CODE } from "../internal/validate.js";

/**
 * The length check runs whenever the value is an array, even after an element failed (zod's
 * default skips refinements once an issue has been raised). A module constant: built once at load,
 * like the schemas that use it.
 */
const WHEN_ARRAY = { when: (p: { value: unknown }) => Array.isArray(p.value) };

/** The length of the array a length issue is about (0 when it cannot be read as a number). */
function lengthOf(input: unknown): number {
  const n = (input as { length?: unknown } | null | undefined)?.length;
  return typeof n === "number" ? n : 0;
}

/**
 * A zod schema of an array of exactly `n` items (internal), e.g. the three expert grades of
 * R-PYR-4, the ten or seven competency scores of R-GC-1.
 *
 * - **More than `n` items**: one `too-many` issue (`params.max` = n) and nothing else — the items
 *   are not read at all, so a list of a million items is rejected at once, in constant time.
 *   (zod's leading size check: an oversized array fails it before any element is parsed.)
 * - **Fewer than `n` items**: a `too-few` issue (`params.min` = n), reported together with the
 *   problems of the (at most `n`) items given, so a short list with a bad grade shows both.
 * - **Exactly `n`**: the items' problems, if any.
 *
 * Unlike zod's `.length()`, the count is checked only when the value is an array (a string has a
 * `length` too) and is reported even when some items are bad. `message` words the count issue,
 * given the length found.
 */
export function exactLength<T extends z.ZodType>(element: T, n: number, message: (length: number) => string) {
  return z
    .array(element)
    .max(n, { error: (iss) => message(lengthOf(iss.input)) })
    .superRefine((arr, ctx) => {
      if (arr.length < n) ctx.addIssue({ code: "custom", message: message(arr.length), params: { [CODE]: "too-few", min: n } });
    }, WHEN_ARRAY);
}

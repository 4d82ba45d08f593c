import type { Decimal } from "decimal.js";
import type * as z from "zod";
import { numReader } from "../internal/validate.js";

/**
 * Fast paths of the scoring functions (internal), in the style of {@link FastTracked}: a valid
 * input is read with its fields' own readers (those of their {@link num} schemas), without a zod
 * run; anything unusual gives `undefined` and the caller parses with its schema, which reports
 * every problem with its message and code as always. So a fast path changes the time of a valid
 * input, never what is accepted, what is returned or what an error says.
 */

/** The reader of a `num` schema (throws at load time if the schema is not one). */
export function readerOf(schema: z.ZodType, name: string): (v: unknown) => Decimal | undefined {
  const read = numReader(schema);
  if (read === undefined) throw new Error(`fast path: ${name} is not a num() schema`);
  return read;
}

let enabled = true;

/** Whether the fast paths are used (`true` unless a test turns them off to compare with the schema path). */
export function fastPaths(): boolean {
  return enabled;
}

/** Turns the fast paths on or off (tests only: the schema path alone, to compare with). */
export function setFastPaths(on: boolean): void {
  enabled = on;
}

/** What {@link onlyKey} gives for an options object the fast path does not read. */
export const NO: unique symbol = /* @__PURE__ */ Symbol("no fast path");

/**
 * The value of `key` in an options object the fast path may read — a plain object (prototype
 * `Object.prototype` or `null`) whose only own key is `key`, an own data property (a getter is
 * never called here) — or {@link NO} for anything else (the caller then parses with its schema).
 */
export function onlyKey(o: unknown, key: string): unknown {
  if (typeof o !== "object" || o === null) return NO;
  const proto: unknown = Object.getPrototypeOf(o);
  if (proto !== Object.prototype && proto !== null) return NO;
  const keys = Object.keys(o);
  if (keys.length !== 1 || keys[0] !== key) return NO;
  // an own data property (not a getter: reading it must have no effect the schema would not have)
  const desc = Object.getOwnPropertyDescriptor(o, key);
  if (desc === undefined || !("value" in desc)) return NO;
  // read as the schema reads it (the same value for a plain object; a Proxy's own answer otherwise)
  return (o as Record<string, unknown>)[key];
}

/** A field's reader: its Decimal for a valid value, `undefined` for anything the schema must judge. */
export type FieldReader = (v: unknown) => Decimal | undefined;

/**
 * The fast path of a sum of two task grades (R-GC-3 П = П1 + П2, R-GC-4 С = С1 + С2): the sum for a
 * valid input with no options or exactly `{ wholePoints }` (a boolean), `undefined` otherwise (the
 * schema then judges, and says what is wrong).
 */
export function sumOfTwoGrades(readers: readonly [FieldReader, FieldReader], a: unknown, b: unknown, opts: unknown): Decimal | undefined {
  if (opts !== undefined) {
    const w = onlyKey(opts, "wholePoints");
    if (w === NO || (w !== undefined && typeof w !== "boolean")) return undefined;
  }
  const x = readers[0](a);
  if (x === undefined) return undefined;
  const y = readers[1](b);
  return y === undefined ? undefined : x.plus(y);
}


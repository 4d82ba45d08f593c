import { D } from "../internal/decimal.js";
import { kazakhstanCalendar } from "../calendars/kazakhstan-calendar.js";
import { isDecimalLike } from "./decimal-equality.js";

/**
 * One conformance vector of `conformance/*.json` (format: docs/conformance.md): a function vector
 * (`function`, `args`: call it, compare its result) or a data vector (`data`, `path`: the value at
 * that path of an exported constant, for rules that are data — R-GC-8, R-PR-1, R-PR-2).
 */
export interface ConformanceVector {
  readonly id: string;
  readonly rule: string;
  readonly function?: string;
  readonly args?: readonly unknown[];
  readonly data?: string;
  readonly path?: readonly (string | number)[];
  readonly expected: unknown;
  readonly note: string;
  readonly citation: string;
}

/** A file of conformance vectors, as shipped (`kz-civil-service-rules/conformance/<module>.json`). */
export interface ConformanceFile {
  readonly module: string;
  readonly vectors: readonly ConformanceVector[];
}

/** A vector the implementation failed, and why. */
export interface ConformanceFailure {
  readonly id: string;
  readonly rule: string;
  /** The function called, or the constant read (a data vector). */
  readonly function: string;
  readonly reason: string;
}

/** What {@link checkConformance} found. */
export interface ConformanceReport {
  /** Vectors run and passed. */
  readonly passed: number;
  /** Vectors run and failed, with the first difference found. */
  readonly failed: readonly ConformanceFailure[];
  /** Ids of the vectors whose function the implementation does not have (not run). */
  readonly skipped: readonly string[];
}

/** Options of {@link checkConformance}. */
export interface ConformanceOptions {
  /**
   * Turns a JSON argument into what the implementation takes. Default: `{ "$calendar": extra }`
   * becomes `kazakhstanCalendar(extra)` (this library's calendar with extra transfers); anything
   * else is passed as it is.
   */
  readonly decode?: (arg: unknown) => unknown;
  /**
   * Whether a thrown value is the error a vector `{ "throws": "RuleInputError" }` expects.
   * Default: anything thrown counts (another implementation has its own error class).
   */
  readonly isExpectedError?: (thrown: unknown) => boolean;
}

type Fn = (...args: unknown[]) => unknown;

const DECIMAL = /^-?\d+(\.\d+)?$/;

function defaultDecode(v: unknown): unknown {
  if (v !== null && typeof v === "object" && !Array.isArray(v) && "$calendar" in v) {
    return kazakhstanCalendar((v as { $calendar: never }).$calendar);
  }
  return v;
}

const show = (v: unknown): string => {
  if (isDecimalLike(v)) return `Decimal ${v.toString()}`;
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return Object.prototype.toString.call(v);
  }
};

/**
 * Where `actual` differs from `expected`, or `null` — the comparison of the conformance format:
 * an expected decimal string matches a Decimal (of any copy of decimal.js), a number or a string of
 * the same value (`"1.70"` matches `"1.7"`); an expected object lists the fields that must match
 * (the result may carry more); an expected array must match item by item; anything else must be
 * identical (`Object.is`).
 *
 * @category Testing
 */
export function conformanceMismatch(actual: unknown, expected: unknown, path = "result"): string | null {
  if (typeof expected === "string" && DECIMAL.test(expected)) {
    const got = isDecimalLike(actual) ? actual.toString() : typeof actual === "number" && Number.isFinite(actual) ? String(actual) : typeof actual === "string" && DECIMAL.test(actual) ? actual : undefined;
    if (got === undefined) return `${path}: got ${show(actual)}, expected the decimal ${expected}`;
    return new D(got).eq(expected) ? null : `${path}: got ${got}, expected ${expected}`;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${path}: expected an array, got ${show(actual)}`;
    if (actual.length !== expected.length) return `${path}: expected ${expected.length} items, got ${actual.length}`;
    for (let i = 0; i < expected.length; i++) {
      const m = conformanceMismatch(actual[i], expected[i], `${path}[${i}]`);
      if (m) return m;
    }
    return null;
  }
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object") return `${path}: expected an object, got ${show(actual)}`;
    for (const [k, e] of Object.entries(expected)) {
      const m = conformanceMismatch((actual as Record<string, unknown>)[k], e, `${path}.${k}`);
      if (m) return m;
    }
    return null;
  }
  return Object.is(actual, expected) ? null : `${path}: got ${show(actual)}, expected ${show(expected)}`;
}

function throwsExpected(e: unknown): e is { throws: string } {
  return e !== null && typeof e === "object" && !Array.isArray(e) && Object.keys(e).length === 1 && "throws" in e;
}

/**
 * Runs the shipped conformance vectors against an implementation: an object whose keys are the
 * library's function names (`selectionPersonalQualities`, `competitionFinal`, …) and, for the data
 * vectors, the names of its constants (`PRACTICAL_TASKS`, …) — another
 * implementation behind an adapter (a Java or .NET service, your own wrapper), or this library
 * itself. Each vector's arguments are decoded (see {@link ConformanceOptions.decode}), the
 * function called, and its result compared with {@link conformanceMismatch}; a vector expecting
 * `{ "throws": "RuleInputError" }` passes when the call throws. Synchronous; an adapter that needs
 * a network call should fetch first and answer from memory.
 *
 * @example
 * ```ts
 * import vectors from "kz-civil-service-rules/conformance/scoring.json" with { type: "json" };
 * import { checkConformance } from "kz-civil-service-rules/testing";
 * const report = checkConformance(vectors, { selectionPersonalQualities: (S) => myScore(S) });
 * expect(report.failed).toEqual([]);
 * ```
 * @category Testing
 */
export function checkConformance(file: ConformanceFile, implementation: Readonly<Record<string, unknown>>, opts: ConformanceOptions = {}): ConformanceReport {
  const decode = opts.decode ?? defaultDecode;
  const isExpectedError = opts.isExpectedError ?? (() => true);
  const failed: ConformanceFailure[] = [];
  const skipped: string[] = [];
  let passed = 0;
  for (const v of file.vectors) {
    const name = v.data ?? v.function ?? "";
    const own = Object.prototype.hasOwnProperty.call(implementation, name) ? implementation[name] : undefined;
    const fail = (reason: string): void => void failed.push({ id: v.id, rule: v.rule, function: name, reason });
    if (v.data !== undefined) {
      if (own === undefined || own === null || typeof own !== "object") {
        skipped.push(v.id);
        continue;
      }
      let value: unknown = own;
      for (const k of v.path ?? []) value = value !== null && typeof value === "object" ? (value as Record<string | number, unknown>)[k] : undefined;
      const m = conformanceMismatch(value, v.expected, [name, ...(v.path ?? [])].join("."));
      if (m === null) passed++;
      else fail(`${m} (${v.note})`);
      continue;
    }
    const fn = own;
    if (typeof fn !== "function") {
      skipped.push(v.id);
      continue;
    }
    const args = (v.args ?? []).map(decode);
    if (throwsExpected(v.expected)) {
      try {
        (fn as Fn)(...args);
        fail(`expected ${v.expected.throws}, but it returned`);
      } catch (e) {
        if (isExpectedError(e)) passed++;
        else fail(`expected ${v.expected.throws}, it threw ${show(e instanceof Error ? e.name : e)}`);
      }
      continue;
    }
    let actual: unknown;
    try {
      actual = (fn as Fn)(...args);
    } catch (e) {
      fail(`threw ${e instanceof Error ? `${e.name}: ${e.message.slice(0, 200)}` : show(e)}`);
      continue;
    }
    const m = conformanceMismatch(actual, v.expected);
    if (m === null) passed++;
    else fail(`${m} (${v.note})`);
  }
  return { passed, failed, skipped };
}

import * as z from "zod";
import { ANY_MAX_YEAR, ANY_MIN_YEAR, isoFromDay, readDate } from "../calendars/civil-date.js";
import { RuleInputError } from "../errors.js";
import { fail, parse } from "../internal/validate.js";
import type { ActId } from "./acts.js";
import { PUBLICATIONS, RULE_VERSIONS, type PublicationCounting, type PublicationId } from "./effective-dates.js";
import { describeStart, keys, knownFrom, nearestKnown, show, spans, type Span } from "./version-spans.js";

const RULE = "R-CAL-4";

/**
 * Options of {@link ruleVersion}; functions whose rule changed over time accept the same ones.
 *
 * @category Sources
 */
export interface VersionOptions {
  /** Civil date `YYYY-MM-DD` the question is asked for. Absent: the latest known version. */
  readonly asOf?: string;
  /**
   * Where the sources do not give the text in force on `asOf` (before the first known edition,
   * a period whose text is not in the sources, or an unknown publication window), use the
   * nearest known edition and mark it `provenance: "presumed"` instead of throwing.
   */
  readonly presume?: boolean;
  /** First official publication dates the caller knows, e.g. `{ "ASA-52-2026": "2026-04-03" }`. */
  readonly publication?: Partial<Record<PublicationId, string>>;
  /** Reading of "ten calendar days after publication", default `"civil-code"` (P + 11). */
  readonly counting?: PublicationCounting;
}

/**
 * The edition of a rule that applies, as {@link ruleVersion} answers.
 *
 * @category Sources
 */
export interface VersionInForce {
  readonly key: string;
  readonly rule: string;
  readonly edition: string;
  readonly act: ActId;
  readonly locator: string;
  readonly seed?: string;
  readonly lines?: string;
  /** First day of the edition, or `null` where it depends on an unknown publication date (see `fromRule`). */
  readonly from: string | null;
  /** Last day of the edition (inclusive), or `null` when open or unknown. */
  readonly to: string | null;
  /** How the start is fixed, in words, when it is not a plain date. */
  readonly fromRule?: string;
  /** `"stated"`: the sources give this text for `asOf` (or it is the latest); `"presumed"`: chosen by `presume`. */
  readonly provenance: "stated" | "presumed";
  /** The date asked for, or `null` for "latest". */
  readonly asOf: string | null;
  /** Why the edition is presumed (only when `provenance` is `"presumed"`). */
  readonly reason?: string;
  readonly note?: string;
}

const schema = /* @__PURE__ */ (() => z
  .object({
    asOf: z.unknown().optional(),
    presume: z.boolean().optional(),
    publication: z
      .object({
        "ASA-184-2024": z.unknown().optional(),
        "ASA-52-2026": z.unknown().optional(),
        "ASA-180-2012": z.unknown().optional(),
        "ASA-56-2014": z.unknown().optional(),
      })
      .strict()
      .optional(),
    counting: z.enum(["civil-code", "inclusive"]).optional(),
  })
  .strict())();

function result(sp: Span, asOf: string | null, provenance: "stated" | "presumed", reason?: string): VersionInForce {
  const v = sp.v;
  const out: Record<string, unknown> = {
    key: v.key,
    rule: v.rule,
    edition: v.edition,
    act: v.act,
    locator: v.locator,
  };
  if (v.seed !== undefined) out.seed = v.seed;
  if (v.lines !== undefined) out.lines = v.lines;
  out.from = sp.startE === sp.startL && Number.isFinite(sp.startE) ? isoFromDay(sp.startE) : null;
  out.to = sp.endE === sp.endL && Number.isFinite(sp.endE) ? isoFromDay(sp.endE) : null;
  if (v.from !== undefined && typeof v.from !== "string") out.fromRule = describeStart(v.from);
  out.provenance = provenance;
  out.asOf = asOf;
  if (reason !== undefined) out.reason = reason;
  if (v.note !== undefined) out.note = v.note;
  return Object.freeze(out) as unknown as VersionInForce;
}

/**
 * **R-CAL-4** — the edition of a rule in force on a date, from docs/effective-dates.md as data
 * ({@link RULE_VERSIONS}).
 *
 * - Without `asOf`: the latest known edition (`provenance: "stated"`; its `from` may be `null`
 *   where it depends on an unknown publication date).
 * - With `asOf` inside a known period of an edition whose text is in the sources: that edition.
 * - With `asOf` where the sources do not give the text — before the first known edition, in a
 *   period whose text is not in the sources (ASA-196-2025's original texts), or where the answer
 *   depends on a publication date the sources do not give (ASA-52-2026: "ten calendar days after
 *   first publication"; ASA-184-2024: "after the day of first publication") — a
 *   {@link RuleInputError} says which edition is known from when. `publication` supplies the
 *   missing date; `presume: true` takes the nearest known edition instead, marked
 *   `provenance: "presumed"` with the reason.
 * - After the last day of a rule that ended (the temporary IS selection rules, 31.12.2025; the
 *   2025 Reserve procedure; the 2012 personnel-reserve regulation): always an error, even with
 *   `presume` — no later text of that rule exists to presume.
 *
 * Counting (`counting`, default `"civil-code"`): «күнтізбелік он күн өткен соң» — "once ten
 * calendar days have passed" after the day of publication P: the days P+1 … P+10 pass, the
 * order is in force from **P + 11**; `"inclusive"` reads P + 10.
 *
 * @rule R-CAL-4
 * @param key - a rule id (`"R-GC-5"`) or a part key (`"R-EL-4#no-retest-while-valid"`); see {@link RULE_VERSIONS}.
 * @param opts - `asOf`, `presume`, `publication`, `counting`.
 * @returns the edition with its act, locator, period and provenance.
 * @throws A {@link RuleInputError} for an unknown key, a bad option, or a date the sources do not decide.
 *
 * @example
 * ```ts
 * ruleVersion("R-GC-5").edition                                   // "ASA-52-2026 edition"
 * ruleVersion("R-EL-1", { asOf: "2026-07-11" }).locator           // "List point 16, paragraphs 97–100: testing rules App. 11 note"
 * ruleVersion("R-GC-5", { asOf: "2026-05-01", publication: { "ASA-52-2026": "2026-04-03" } }).from // "2026-04-14"
 * ruleVersion("R-GC-5", { asOf: "2026-05-01", presume: true }).provenance // "presumed"
 * ruleVersion("R-GC-5", { asOf: "2026-05-01" })                   // throws RuleInputError (publication unknown)
 * ```
 * @category Sources
 */
export function ruleVersion(key: string, opts?: VersionOptions): VersionInForce {
  return ruleVersionOn(key, opts, undefined);
}

/**
 * @internal {@link ruleVersion} for a caller that has already read `opts.asOf` (a time rule asking
 * for the edition in force on a date it read): `asOfDay` is that date's day number, and
 * `opts.asOf` its text, shown in messages. Without `asOfDay`, `opts.asOf` is read here.
 */
export function ruleVersionOn(key: string, opts: VersionOptions | undefined, asOfDay: number | undefined): VersionInForce {
  if (typeof key !== "string" || !RULE_VERSIONS.some((v) => v.key === key)) {
    fail(RULE, "key", key, `unknown rule key; known: ${keys().join(", ")}`);
  }
  const o = parse(schema, opts === undefined ? {} : opts, RULE, "opts");
  const counting = o.counting ?? "civil-code";
  const pubs = new Map<PublicationId, number>();
  for (const id of Object.keys(PUBLICATIONS) as PublicationId[]) {
    const given = o.publication?.[id];
    const data = PUBLICATIONS[id];
    if (given !== undefined) {
      const d = readDate(given, `opts.publication.${id}`, RULE, ANY_MIN_YEAR, ANY_MAX_YEAR);
      if (d < readDate(data.notBefore, "data", RULE, ANY_MIN_YEAR, ANY_MAX_YEAR)) {
        fail(RULE, `opts.publication.${id}`, given, `before ${data.notBefore} (${data.notBeforeBasis})`);
      }
      if (data.notAfter !== undefined && d > readDate(data.notAfter, "data", RULE, ANY_MIN_YEAR, ANY_MAX_YEAR)) {
        fail(RULE, `opts.publication.${id}`, given, `after ${data.notAfter} (${data.notAfterBasis ?? "the act's own dates"})`);
      }
      if (data.published !== null && given !== data.published) {
        fail(RULE, `opts.publication.${id}`, given, `the library records ${id} as published on ${data.published}`);
      }
      pubs.set(id, d);
    } else if (data.published !== null) {
      pubs.set(id, readDate(data.published, "data", RULE, ANY_MIN_YEAR, ANY_MAX_YEAR));
    }
  }
  const all = spans(
    RULE_VERSIONS.filter((v) => v.key === key),
    pubs,
    counting,
  );

  if (o.asOf === undefined) {
    const latest = [...all].reverse().find((s) => s.v.text === "in-sources");
    if (!latest) fail(RULE, "key", key, "no edition of this rule is in the sources");
    return result(latest, null, "stated");
  }
  const d = asOfDay ?? readDate(o.asOf, "opts.asOf", RULE, ANY_MIN_YEAR, ANY_MAX_YEAR);
  const asOf = o.asOf as string;
  const presume = o.presume === true;

  const presumed = (why: string): VersionInForce => {
    const best = nearestKnown(all, d);
    if (!best) fail(RULE, "opts.asOf", asOf, `${why}; no edition of ${key} is in the sources`);
    return result(best, asOf, "presumed", why);
  };

  // Certainly in force on d.
  const certain = all.find((s) => s.startL <= d && d <= s.endE);
  if (certain) {
    if (certain.v.text === "in-sources") return result(certain, asOf, "stated");
    const why = `on ${asOf} ${key} applied in the ${certain.v.edition} (${certain.v.act}), whose text is not in the sources`;
    if (presume) return presumed(why);
    throw new RuleInputError([{ field: "opts.asOf", value: asOf, rule: RULE, message: `${why}. Known: ${knownFrom(all)}. Pass presume: true to use the nearest known edition (provenance "presumed").` }]);
  }

  // Possibly in force on d: the answer depends on an unknown publication date.
  const possible = all.filter((s) => s.startE <= d && d <= s.endL);
  if (possible.length > 0) {
    const missing = [...new Set(possible.flatMap((s) => s.missing))];
    const why = `which edition of ${key} applied on ${asOf} is not determinable from the sources: it depends on the first official publication date of ${missing.join(", ") || "an act"} (not in the sources)`;
    if (presume) {
      const cands = possible.filter((s) => s.v.text === "in-sources");
      const pick = cands[cands.length - 1];
      return pick ? result(pick, asOf, "presumed", why) : presumed(why);
    }
    throw new RuleInputError([{ field: "opts.asOf", value: asOf, rule: RULE, message: `${why}. Known: ${knownFrom(all)}. Pass publication: { "${missing[0] ?? "ASA-52-2026"}": "YYYY-MM-DD" } or presume: true.` }]);
  }

  // Outside every edition.
  const first = all[0]!;
  const last = all[all.length - 1]!;
  if (d > last.endL) {
    const why = `${key} is not in force on ${asOf}: its last known edition (${last.v.edition}) ends on ${show(last.endL)}`;
    if (last.v.ceases) {
      throw new RuleInputError([{ field: "opts.asOf", value: asOf, rule: RULE, message: `${why} and the rule ends there (${last.v.note ?? "no later text exists"}); presume cannot apply.` }]);
    }
    if (presume) return presumed(why);
    throw new RuleInputError([{ field: "opts.asOf", value: asOf, rule: RULE, message: `${why}. Known: ${knownFrom(all)}. Pass presume: true to use the nearest known edition.` }]);
  }
  const why = `${asOf} is before the first known edition of ${key} (${first.v.edition}, from ${show(first.startE)})`;
  if (presume) return presumed(why);
  throw new RuleInputError([{ field: "opts.asOf", value: asOf, rule: RULE, message: `${why}. Known: ${knownFrom(all)}. Pass presume: true to use the nearest known edition (provenance "presumed").` }]);
}

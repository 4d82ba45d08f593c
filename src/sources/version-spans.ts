/**
 * The editions of a rule as day intervals (R-CAL-4): each edition's start and end as the earliest
 * and latest day they can be, given the publication dates known (a start "ten days after
 * publication" is uncertain until the publication date is known), and the helpers that pick the
 * nearest known edition. Used by {@link ruleVersion}.
 *
 * @module
 * @internal
 */
import { ANY_MAX_YEAR, ANY_MIN_YEAR, isoFromDay, readDate } from "../calendars/civil-date.js";
import {
  PUBLICATIONS,
  RULE_VERSIONS,
  type AfterPublication,
  type PublicationCounting,
  type PublicationId,
  type RuleVersion,
  type VersionStart,
} from "./effective-dates.js";

const RULE = "R-CAL-4";

/** A day interval with possibly uncertain ends: [startEarliest, startLatest] … [endEarliest, endLatest]. */
export interface Span {
  readonly v: RuleVersion;
  readonly startE: number;
  readonly startL: number;
  readonly endE: number;
  readonly endL: number;
  readonly missing: PublicationId[];
}

export function startRange(s: VersionStart | undefined, pubs: Map<PublicationId, number>, counting: PublicationCounting): { e: number; l: number; missing: PublicationId[] } {
  if (s === undefined) return { e: -Infinity, l: -Infinity, missing: [] };
  if (typeof s === "string") {
    const d = readDate(s, "data", RULE, ANY_MIN_YEAR, ANY_MAX_YEAR);
    return { e: d, l: d, missing: [] };
  }
  const add = counting === "civil-code" ? 1 + s.days : Math.max(s.days, 1);
  const known = pubs.get(s.afterPublicationOf);
  if (known !== undefined) return { e: known + add, l: known + add, missing: [] };
  const p = PUBLICATIONS[s.afterPublicationOf];
  const nb = readDate(p.notBefore, "data", RULE, ANY_MIN_YEAR, ANY_MAX_YEAR);
  // A publication bounded above (ASA-184-2024: by 31.12.2024, see Publication.notAfter) makes the
  // start certain from notAfter + add on.
  const na = p.notAfter === undefined ? Infinity : readDate(p.notAfter, "data", RULE, ANY_MIN_YEAR, ANY_MAX_YEAR) + add;
  return { e: nb + add, l: na, missing: [s.afterPublicationOf] };
}

export function describeStart(s: AfterPublication): string {
  const p = PUBLICATIONS[s.afterPublicationOf];
  const when = s.days === 0 ? "the day after its first official publication" : `once ${s.days} calendar days have passed after the day of its first official publication`;
  const bound = p.notAfter === undefined ? "" : `; presumed published by ${p.notAfter}`;
  return `${s.afterPublicationOf}: ${when} (${p.published === null ? `publication date not in the sources${bound}` : `published ${p.published}`})`;
}

export function spans(list: readonly RuleVersion[], pubs: Map<PublicationId, number>, counting: PublicationCounting): Span[] {
  const starts = list.map((v) => startRange(v.from, pubs, counting));
  const out: Span[] = new Array(list.length);
  // Backwards, so that each edition's end can be bounded by the next edition's end: the editions
  // of a key follow one another, and each listed edition does take effect.
  for (let i = list.length - 1; i >= 0; i--) {
    const v = list[i]!;
    const st = starts[i]!;
    let endE = Infinity;
    let endL = Infinity;
    const missing = [...st.missing];
    if (v.to !== undefined) {
      endE = endL = readDate(v.to, "data", RULE, ANY_MIN_YEAR, ANY_MAX_YEAR);
    } else if (v.endsBefore !== undefined) {
      const nx = startRange(v.endsBefore, pubs, counting);
      endE = nx.e - 1;
      endL = nx.l - 1;
      missing.push(...nx.missing);
    } else if (i + 1 < list.length) {
      const nx = out[i + 1]!;
      endE = nx.startE - 1;
      endL = Math.min(nx.startL - 1, nx.endE - 1);
      missing.push(...nx.missing.filter((m) => starts[i + 1]!.missing.includes(m)));
    }
    // An edition with an unknown start but a known end took effect by its end.
    const startL = Math.min(st.l, endE);
    out[i] = { v, startE: st.e, startL, endE, endL, missing };
  }
  return out;
}

export const show = (d: number): string => (Number.isFinite(d) ? isoFromDay(d) : "?");


export function distance(d: number, sp: Span): number {
  if (d < sp.startE) return sp.startE - d;
  if (d > sp.endL) return d - sp.endL;
  return 0;
}

export function nearestKnown(all: Span[], d: number): Span | undefined {
  let best: Span | undefined;
  let bestD = Infinity;
  for (const sp of all) {
    if (sp.v.text !== "in-sources") continue;
    const dist = distance(d, sp);
    if (dist <= bestD) {
      best = sp;
      bestD = dist;
    }
  }
  return best;
}

export function knownFrom(all: Span[]): string {
  return all
    .filter((s) => s.v.text === "in-sources")
    .map((s) => `${s.v.edition} (${s.v.locator}): ${s.v.from !== undefined && typeof s.v.from !== "string" && s.startE !== s.startL ? `from ${describeStart(s.v.from)}, i.e. not before ${show(s.startE)}` : `from ${show(s.startE)}`}${Number.isFinite(s.endE) ? ` to ${show(s.endE)}` : ""}`)
    .join("; ");
}

/** Every key of {@link RULE_VERSIONS}, in order. */
export function keys(): string[] {
  return [...new Set(RULE_VERSIONS.map((v) => v.key))];
}


import { toAstana } from "../../calendars/astana-civil.js";
import { astanaInstant } from "../../calendars/astana-instant.js";
import { endOfAstanaDay, type MinuteReading } from "../../calendars/astana-day.js";
import { parseAstanaInstant } from "../../calendars/astana-time.js";
import { RESERVE_2025_SCHEDULE, type ReserveWindow } from "./schedule-2025.js";
import { readChoiceOption } from "../../internal/options.js";
import { parseInstant } from "../../calendars/astana-internal.js";

const RULE = "R-PYR-6";

/**
 * A window of the 2025 Reserve calendar with its instants.
 *
 * @category Calendars
 */
export interface OpenReserveWindow {
  readonly id: string;
  readonly name: string;
  readonly section: number;
  /** First instant (Astana offset). */
  readonly start: string;
  /** Last instant included (Astana offset), or `null` for an open end. */
  readonly end: string | null;
  /** `"stated"`, or `"presumed"` where the window's start is the library's presumption. */
  readonly provenance: "stated" | "presumed";
  readonly partOf?: string;
}

/**
 * Answer of {@link reserveStageAt}.
 *
 * @category Calendars
 */
export interface ReserveStageAnswer {
  /** The instant asked about, in Astana time. */
  readonly astana: { readonly date: string; readonly time: string; readonly offset: "+05:00" | "+06:00" };
  /** Every window open at the instant, in the order of the procedure (may be several, or none). */
  readonly open: readonly OpenReserveWindow[];
  readonly rule: "R-PYR-6";
}

/**
 * Options of {@link reserveStageAt}.
 *
 * @category Calendars
 */
export interface ReserveStageOptions {
  /** Reading of the two "23:59" ends (document acceptance, interview registration); default `"end-of-minute"`. */
  readonly minute?: MinuteReading;
}

const CHOICES = ["end-of-minute", "start-of-minute"] as const;

/** The instants of a window under a minute reading. @internal */
export function windowInstants(w: ReserveWindow, minute: MinuteReading): { start: string; end: string | null } {
  const start = astanaInstant(w.from, "00:00");
  if (w.to === null) return { start, end: null };
  if (w.toTime === "23:59") return { start, end: endOfAstanaDay(w.to, { minute }) };
  return { start, end: endOfAstanaDay(w.to) };
}

/**
 * **R-PYR-6** — which windows of the 2025 Presidential Youth Reserve calendar are open at an
 * instant ({@link RESERVE_2025_SCHEDULE}).
 *
 * Windows overlap: verification (1 June – 31 July) runs alongside document acceptance
 * (1 June 00:00 – 30 June 23:59); the text block lies inside section 5's window (2–15 August);
 * the competency stage (22 August – 3 October) contains the assessment centre and the interview.
 * So the answer is a list. A window runs from 00:00 Astana time of its first day to the end of
 * its last day; the two that end "at 23:59" follow `minute` (default: the minute 23:59 is
 * included, see {@link endOfAstanaDay}). The clock times are read as Astana time (UTC+5 in 2025).
 *
 * @rule R-PYR-6
 * @param instant - ISO 8601 instant with an explicit offset.
 * @param opts - `minute`: `"end-of-minute"` (default) or `"start-of-minute"`.
 * @returns the Astana date and time and the open windows (possibly none).
 * @throws A {@link RuleInputError} for an instant without an offset, a malformed instant or option.
 *
 * @example
 * ```ts
 * reserveStageAt("2025-06-30T23:59:30+05:00").open.map((w) => w.id) // ["document-acceptance", "verification"]
 * reserveStageAt("2025-07-01T00:00:00+05:00").open.map((w) => w.id) // ["verification"]
 * reserveStageAt("2025-08-02T10:00:00+05:00").open.map((w) => w.id) // ["text-and-numeric-stage", "text-block"]
 * ```
 * @category Calendars
 */
export function reserveStageAt(instant: string, opts?: ReserveStageOptions): ReserveStageAnswer {
  const ms = parseAstanaInstant(instant, "instant", RULE);
  const choice = readChoiceOption(opts, "minute", CHOICES, RULE);
  const minute = choice ?? "end-of-minute";
  const open: OpenReserveWindow[] = [];
  for (const w of RESERVE_2025_SCHEDULE) {
    const { start, end } = windowInstants(w, minute);
    const s = parseInstant(start, "data", RULE);
    const e = end === null ? Infinity : parseInstant(end, "data", RULE);
    if (ms < s || ms > e) continue;
    open.push(
      Object.freeze({
        id: w.id,
        name: w.name,
        section: w.section,
        start,
        end,
        provenance: w.startPresumed ? "presumed" : "stated",
        ...(w.partOf ? { partOf: w.partOf } : {}),
      }) as OpenReserveWindow,
    );
  }
  const a = toAstana(instant);
  return Object.freeze({ astana: Object.freeze({ date: a.date, time: a.time, offset: a.offset }), open: Object.freeze(open), rule: RULE });
}


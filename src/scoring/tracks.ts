import * as z from "zod";
import { parse } from "../internal/validate.js";

/**
 * The three position tracks of the general competition's evaluation methodology (RULES.md §2):
 * **leadership** («басшылық лауазымдар»), **non-leadership** («басшылық емес лауазымдар») and
 * **lower** («төменгі лауазымдар»: lower positions not requiring work experience).
 *
 * @category Scoring
 */
export const TRACKS = ["leadership", "non-leadership", "lower"] as const;

/**
 * A position track of the general competition: `"leadership" | "non-leadership" | "lower"`.
 *
 * @category Scoring
 */
export type Track = (typeof TRACKS)[number];

const TRACK_LIST = TRACKS.map((t) => `"${t}"`).join(", ");

/** zod schema of a track (internal). */
export const trackSchema = z.enum(TRACKS, {
  error: (iss) =>
    iss.input === undefined
      ? `missing: a track is required (one of ${TRACK_LIST})`
      : `unknown track: expected one of ${TRACK_LIST}`,
});

const trackOnly = z.looseObject({ track: trackSchema });

/**
 * Parses a track-discriminated input (internal): first the input's shape and its `track` (so an
 * unknown or missing track is reported as such, naming the field `track`), then the whole input
 * with the union schema, which lists every other problem at once.
 */
export function parseTracked<S extends z.ZodType>(schema: S, input: unknown, rule: string): z.output<S> {
  parse(trackOnly, input, rule);
  return parse(schema, input, rule);
}

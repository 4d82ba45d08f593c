import type { Decimal } from "decimal.js";
import * as z from "zod";
import { numReader, parse } from "../internal/validate.js";

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

const TRACK_LIST = /* @__PURE__ */ (() => TRACKS.map((t) => `"${t}"`).join(", "))();

/** zod schema of a track (internal). */
export const trackSchema = /* @__PURE__ */ (() => z.enum(TRACKS, {
  error: (iss) =>
    iss.input === undefined
      ? `missing: a track is required (one of ${TRACK_LIST})`
      : `unknown track: expected one of ${TRACK_LIST}`,
}))();

const trackOnly = /* @__PURE__ */ (() => z.looseObject({ track: trackSchema }))();

/**
 * Parses a track-discriminated input (internal): first the input's shape and its `track` (so an
 * unknown or missing track is reported as such, naming the field `track`), then the whole input
 * with the union schema, which lists every other problem at once.
 */
export function parseTracked<S extends z.ZodType>(schema: S, input: unknown, rule: string): z.output<S> {
  parse(trackOnly, input, rule);
  return parse(schema, input, rule);
}

/** The readers of one track's fields (see {@link fastTracked}). */
type FieldReaders = readonly (readonly [field: string, read: (v: unknown) => Decimal | undefined])[];

/**
 * A fast path for a track-discriminated input of `num` fields (internal): the fields of each track,
 * each with the schema it is validated by (a {@link num}). {@link FastTracked.read} reads a valid
 * input — a plain object (prototype `Object.prototype` or `null`) with a known `track` and exactly
 * that track's fields, each a valid number — without a zod run, and gives the Decimals the schema
 * would; anything else gives `undefined`, and the caller parses with {@link parseTracked}, which
 * reports every problem with its message and code as always. So the fast path changes the time of
 * a valid input, never what is accepted or what an error says.
 */
export class FastTracked {
  private readonly readers: ReadonlyMap<string, FieldReaders>;

  constructor(fields: Readonly<Record<Track, Readonly<Record<string, z.ZodType>>>>) {
    const m = new Map<string, FieldReaders>();
    for (const t of TRACKS) {
      const list: (readonly [string, (v: unknown) => Decimal | undefined])[] = [];
      for (const [f, schema] of Object.entries(fields[t])) {
        const read = numReader(schema);
        if (read === undefined) throw new Error(`FastTracked: the field ${f} of ${t} is not a num() schema`);
        list.push([f, read]);
      }
      m.set(t, list);
    }
    this.readers = m;
  }

  /** The track and the Decimals of a valid input, or `undefined` (then parse it with the schema). */
  read(input: unknown): ({ track: Track } & Record<string, Decimal>) | undefined {
    if (typeof input !== "object" || input === null) return undefined;
    const proto: unknown = Object.getPrototypeOf(input);
    if (proto !== Object.prototype && proto !== null) return undefined;
    const o = input as Record<string, unknown>;
    const track = o.track;
    if (typeof track !== "string") return undefined;
    const list = this.readers.get(track);
    if (list === undefined) return undefined;
    // exactly the track's fields: as many own keys, each of them read below
    if (Object.keys(o).length !== list.length + 1) return undefined;
    const out = { track } as { track: Track } & Record<string, Decimal>;
    for (const [f, read] of list) {
      if (!Object.prototype.hasOwnProperty.call(o, f)) return undefined;
      const d = read(o[f]);
      if (d === undefined) return undefined;
      out[f] = d;
    }
    return out;
  }
}

import type { ActId } from "./acts.js";

/**
 * Where a rule comes from: the act, the place in it, the seed file (and lines) of its text.
 *
 * @category Sources
 */
export interface Citation {
  /** Rule id of RULES.md, e.g. `"R-SEL-1"`. */
  readonly rule: string;
  /** Short English name of the rule. */
  readonly title: string;
  /** The act that gives the text in force (library id, see {@link SOURCES}). */
  readonly act: ActId;
  /** Point / appendix / paragraph within the act, e.g. `"IS selection rules, App. 1"`. */
  readonly locator: string;
  /** Seed file under `sources/` holding the Kazakh text. */
  readonly seed: string;
  /** Line range in the seed file, e.g. `"2250-2290"`. */
  readonly lines?: string;
  /** Other acts or places that state the same rule (earlier editions, parallel texts). */
  readonly also?: readonly string[];
}

/** Declares a rule's citation (identity function that checks the shape). */
export function cite<const C extends Citation>(c: C): C {
  return c;
}

import * as z from "zod";
import { astanaShift, instant, options, version, versionFields } from "./time-internal.js";

const RULE = "R-EL-6";
/** Twenty-four hours, in milliseconds (testing rules point 15). */
const HOURS_24 = 24 * 3_600_000;
const schema = /* @__PURE__ */ (() => z.object({ ...versionFields }).strict())();

/**
 * Options of {@link reRegistrationDeadline}: which edition of the rule applies.
 *
 * @category Time rules
 */
export interface ReRegistrationOptions {
  /** Ask for the edition in force on this date (R-CAL-4); without it, the latest known edition. */
  readonly asOf?: string;
  /** With `asOf` where the sources do not give the text: use the nearest known edition. */
  readonly presume?: boolean;
  /** First official publication dates the caller knows (see `ruleVersion`). */
  readonly publication?: Record<string, string>;
}

/**
 * **R-EL-6** — the last instant a candidate whose testing was ended by a technical failure may
 * contact technical support to re-register: twenty-four hours after the failure.
 *
 * > «15. Жүйенің техникалық ақауы (техникалық ақау) туындаған жағдайда тестілеу автоматты түрде
 * > аяқталады, Іріктеу рәсімінің әкімшісі жүйеде техникалық ақау туралы актіні тіркейді.
 * > Бұл ретте кандидаттар жиырма төрт сағат ішінде тестілеуден өту үшін қайта жазылуға техникалық
 * > қолдау қызметіне жүгінеді.»
 *
 * "15. If a technical failure of the system occurs, testing ends automatically and the
 * administrator of the selection procedure registers an act on the technical failure in the
 * system. The candidates then contact technical support within twenty-four hours to re-register for
 * testing" (ASA-52-2026, testing rules point 15, seed 001 lines 1414–1416).
 *
 * A period in **hours** runs from the instant of the event: the deadline is the failure instant
 * + 24 elapsed hours, written in Astana time (R-CAL-3), and it is **not moved** to a working day
 * (the text counts hours, not days; technical support is reached through the system). Across the
 * 01.03.2024 clock change the Astana clock reading shifts by one hour; the elapsed time is 24 h.
 * The text does not say whether the 24 hours run from the failure or from the act on it; the
 * caller passes the instant that starts them (the failure, by default reading).
 *
 * @rule R-EL-6
 * @param failedAt - ISO instant with an offset: when testing ended on the technical failure.
 * @param opts - `asOf`, `presume`, `publication` (edition check, R-CAL-4).
 * @returns the last instant (inclusive), ISO with the Astana offset.
 * @throws A {@link RuleInputError} for an instant without offset, an impossible instant, one before 2005, an unknown option.
 *
 * @example
 * ```ts
 * reRegistrationDeadline("2026-09-11T16:40:00+05:00") // "2026-09-12T16:40:00+05:00"
 * reRegistrationDeadline("2026-09-11T11:40:00Z")      // "2026-09-12T16:40:00+05:00"
 * ```
 * @category Time rules
 */
export function reRegistrationDeadline(failedAt: string, opts?: ReRegistrationOptions): string {
  const ms = instant(failedAt, "failedAt", RULE);
  const o = options(schema, opts, RULE);
  version(RULE, RULE, o);
  return astanaShift(ms, HOURS_24, RULE);
}

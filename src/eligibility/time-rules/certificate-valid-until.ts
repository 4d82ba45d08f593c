import { certificateValidity, type CertificateValidityOptions } from "./certificate-validity.js";

/**
 * **R-EL-4** — the last day (inclusive) a state-language-and-legislation certificate is valid:
 * one year from the day of testing.
 *
 * > «Сертификаттың қолданылу мерзімі тестілеу өткен күннен бастап бір жыл болып табылады.»
 *
 * "The certificate's period of validity is one year from the day the test was taken" (ASA-52-2026,
 * testing rules App. 3 certificate form, seed 001 line 2116, from 11.07.2026).
 *
 * Counting case 4 (RULES.md §4): the end of a forward period of one year, **not moved** to a
 * working day. 2026-08-15 → 2027-08-15; 2028-02-29 → 2029-02-28. A test day before 11.07.2026
 * throws (that certificate form is not in the sources) unless `presume: true`; for the edition
 * and provenance use {@link certificateValidity}.
 *
 * @rule R-EL-4
 * @param testDate - the day the test was taken, `YYYY-MM-DD`.
 * @param opts - `presume`, `counting` (default `"civil-code"`).
 * @returns the last valid day, `YYYY-MM-DD`.
 * @throws A {@link RuleInputError} for a bad date or option, or a test day before 11.07.2026 without `presume`.
 *
 * @example
 * ```ts
 * certificateValidUntil("2028-02-29")                      // "2029-02-28"
 * certificateValidUntil("2026-07-11")                      // "2027-07-11"
 * certificateValidUntil("2026-03-20", { presume: true })   // "2027-03-20"
 * ```
 * @category Time rules
 */
export function certificateValidUntil(testDate: string, opts?: CertificateValidityOptions): string {
  return certificateValidity(testDate, opts).validUntil;
}

import { Calendar } from "../../src/index.js";
// Shared fixtures of the time-rule tests (test/eligibility/time-rules/: R-EL-1…8, R-SEL-6…7, R-GC-9).
import { fc } from "@fast-check/vitest";

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Civil dates (ISO) from 11.07.2026, when ASA-52-2026 entered into force, through 31.12.2075. */
export const dateArbTo2075Dec = fc.date({ min: new Date("2026-07-11T00:00:00Z"), max: new Date("2075-12-31T00:00:00Z"), noInvalidDate: true }).map(iso);

/** Civil dates (ISO) from 11.07.2026 through 30.06.2075. */
export const dateArbTo2075Jun = fc.date({ min: new Date("2026-07-11T00:00:00Z"), max: new Date("2075-06-30T00:00:00Z"), noInvalidDate: true }).map(iso);

/** The message of an R-SEL-6 / R-SEL-7 date outside the temporary IS selection rules (2024–2025). */
export const PERIOD_MESSAGE =
  "outside the period of the temporary IS selection rules (2024-01-01 – 2025-12-31, their point 1, seed 000 line 31): this rule does not apply";

/**
 * A Calendar the library did not make (`Object.create(Calendar.prototype)`): every time rule that
 * takes a calendar rejects it as R-CAL-1 does, under its own rule id — `"<rule> (R-CAL-1)"`, field `cal`.
 */
export const forgedCalendar = (): Calendar => Object.create(Calendar.prototype) as Calendar;
export const forgedCalendarIssue = (rule: string) => ({ field: "cal", rule: `${rule} (R-CAL-1)`, message: "not a Calendar: make one with kazakhstanCalendar()" });

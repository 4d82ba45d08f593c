/**
 * Kazakhstan working days (R-CAL-1, R-CAL-2) and the Civil Code's counting of periods (RULES.md §4).
 *
 * @module calendars
 */
export { Calendar, type DayOff, type DayOffKind, type CalendarCoverage } from "./calendar.js";
export {
  STATUTORY_DAYS_OFF,
  KURBAN_AIT_DATES,
  KURBAN_AIT_NAME,
  DAY_OFF_NAMES_RU,
  DAY_OFF_TRANSFERS,
  CONFIRMED_YEARS,
  CALENDAR_FIRST_YEAR,
  CALENDAR_LAST_YEAR,
  type StatutoryDayOff,
  type StatutoryKind,
  type KurbanAitYear,
  type DayOffTransfer,
} from "./days-off-data.js";
export { kazakhstanCalendar, type CalendarExtra } from "./kazakhstan-calendar.js";
export { isWorkingDay } from "./is-working-day.js";
export { nextWorkingDay } from "./next-working-day.js";
export { addWorkingDays } from "./add-working-days.js";
export { addCalendarDays } from "./add-calendar-days.js";
export { daysOff } from "./days-off.js";
export { calendarCoverage } from "./calendar-coverage.js";
export { workingDayInfo, type WorkingDayInfo } from "./working-day-info.js";
export { type Counting, type CountingOptions, type PeriodLength, type WorkingDaysLength } from "./period-core.js";
export { periodEnd } from "./period-end.js";
export { deadline } from "./deadline.js";
export { earliestAfterWaiting } from "./earliest-after-waiting.js";
export { firstWorkingDayAfterWaiting } from "./first-working-day-after-waiting.js";
export { validUntil } from "./valid-until.js";
export { lookBackWindowEnd } from "./look-back-window-end.js";
export { withinLookBack } from "./within-look-back.js";
export { astanaOffset, ASTANA_UTC5_FROM, ASTANA_TIME_SUPPORTED_FROM, type AstanaOffset } from "./astana-time.js";
export { toAstana, type AstanaDateTime } from "./astana-civil.js";
export { astanaInstant, type AstanaInstantOptions } from "./astana-instant.js";
export { endOfAstanaDay, type EndOfAstanaDayOptions, type MinuteReading } from "./astana-day.js";
// The Reserve's 2025 calendar (R-PYR-6) lives with the rest of the Reserve (src/eligibility/reserve/);
// it is a schedule of Astana instants, so this entry point exports it too.
export { RESERVE_2025_SCHEDULE, RESERVE_2025_VERIFICATION_REPLY, type ReserveWindow, type ReserveWindowId } from "../eligibility/reserve/schedule-2025.js";
export { reserveStageAt, type OpenReserveWindow, type ReserveStageAnswer, type ReserveStageOptions } from "../eligibility/reserve/stage-at.js";

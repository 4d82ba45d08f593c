// Shared by test/errors.test.ts and test/sources/versions.test.ts: the message of ruleVersion
// (R-CAL-4) for an unknown key, which lists every known key. No tests here.

// Every key of RULE_VERSIONS in the order of src/sources/effective-dates.ts.
const KEYS = [
  "R-SEL-1", "R-SEL-2", "R-SEL-3", "R-SEL-4", "R-SEL-5", "R-SEL-6", "R-SEL-7", "R-SEL-7#para-14-1", "R-SEL-8", "R-SEL-9", "R-SEL-10",
  "R-GC-1", "R-GC-2", "R-GC-3", "R-GC-4", "R-GC-5", "R-GC-6", "R-GC-7", "R-GC-8", "R-GC-9",
  "R-GC-9#internal-57-notice", "R-GC-9#internal-60", "R-GC-9#general-100-notice",
  "R-TH-1", "R-TH-2", "R-TH-3", "R-TH-4",
  "R-EL-1", "R-EL-2", "R-EL-3", "R-EL-4", "R-EL-4#no-retest-while-valid", "R-EL-5", "R-EL-5#acceptance-day",
  "R-EL-5#law-enforcement", "R-EL-9", "R-EL-6", "R-EL-7", "R-EL-7#testing-rules-86", "R-EV-1", "R-EV-2",
  "R-PYR-1", "R-PYR-2", "R-PYR-3", "R-PYR-4", "R-PYR-5", "R-PYR-6", "R-TD-1", "R-PR-1", "R-PR-2",
].join(", ");

/** The message of ruleVersion's issue for an unknown key. */
export const UNKNOWN_KEY = `unknown rule key; known: ${KEYS}`;

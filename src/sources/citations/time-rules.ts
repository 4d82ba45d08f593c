import { SEEDS } from "../acts.js";
import { cite, type Citation } from "../citation.js";

/**
 * The Civil Code chapter every counting case refers to (RULES.md §4). The article numbers are not in
 * the sources and are not given.
 */
const CIVIL_CODE = "Civil Code of the Republic of Kazakhstan (General Part), chapter 6 \"Calculation of periods\" — counting convention of RULES.md §4 (article numbers not in the sources)";

/** Citations of the time rules (RULES.md §4: R-EL-…, and the deadlines of R-SEL-7, R-GC-9, R-PYR-5). */
export const TIME_RULE_CITATIONS = /* @__PURE__ */ (() => ({
  "R-EL-1": cite({
    rule: "R-EL-1",
    title: "Corps \"B\" legislation test: retest not earlier than three calendar days after the day of testing (counting case 3)",
    act: "ASA-52-2026",
    locator: "List point 16, paragraphs 97–100: testing rules App. 11 note (new wording, from 11.07.2026)",
    seed: SEEDS.asa52,
    lines: "1586-1594",
    also: [
      "ASA-184-2024 point 1, paragraphs 3–5: testing rules point 14, second part «…тестілеу өткізілген күннен бастап кемінде күнтізбелік үш күн өткен соң жол беріледі» (seed 000 lines 21-25), until 31.12.2025",
      CIVIL_CODE,
    ],
  }),
  "R-EL-2": cite({
    rule: "R-EL-2",
    title: "Law-enforcement testing: retest not earlier than three calendar days after the previous test; no wait after a satisfied appeal",
    act: "ASA-52-2026",
    locator: "List point 1, paragraphs 34–38: ASA-1-2016 (law-enforcement testing rules) App. 2 note (new wording, from 11.07.2026)",
    seed: SEEDS.asa52,
    lines: "158-168",
    also: [CIVIL_CODE],
  }),
  "R-EL-3": cite({
    rule: "R-EL-3",
    title: "Grounds for refusing the testing service (seven grounds), evaluated on the day the application is accepted",
    act: "ASA-52-2026",
    locator: "List point 16, paragraphs 91–92: testing rules App. 5 (service standard) row 9, sub-points 1)–7)",
    seed: SEEDS.asa52,
    lines: "1542-1566",
    also: [
      "Law of the Republic of Kazakhstan \"On personal data and their protection\", art. 8 (ground 5)",
      "testing rules App. 3 certificate form: valid one year (ground 6; seed 001 line 2116)",
      "testing rules points 50 and 82: the personal-qualities conclusion «7 және 8-қосымшаларға сәйкес нысан бойынша» (ground 7; seed 001 lines 1422, 1478)",
      CIVIL_CODE,
    ],
  }),
  "R-EL-4": cite({
    rule: "R-EL-4",
    title: "State-language-and-legislation certificate: valid one year from the day of testing (counting case 4); no retest while valid",
    act: "ASA-52-2026",
    locator: "List point 16, paragraph 83: testing rules App. 3 certificate form (App. 4 of the List, from 11.07.2026); paragraph 74: point 77 second part (no retest while valid)",
    seed: SEEDS.asa52,
    lines: "1460-1466, 1488, 2084-2126",
    also: [CIVIL_CODE],
  }),
  "R-EL-5": cite({
    rule: "R-EL-5",
    title: "Application for testing no later than one calendar day before the testing day; the day an application counts from (working hours, next working day)",
    act: "ASA-52-2026",
    locator:
      "List point 16, paragraphs 62–67: testing rules point 72 (from 11.07.2026); paragraphs 89–90: testing rules App. 5 row 7 (working schedule; portal applications after working hours or on days off accepted the next working day, from 11.07.2026)",
    seed: SEEDS.asa52,
    lines: "1434-1444, 1520-1540",
    also: [
      "List point 1, paragraphs 9–15: ASA-1-2016 point 6 (law-enforcement testing; seed 001 lines 80-92), from 11.07.2026",
      "Labour Code of the Republic of Kazakhstan and the Law \"On holidays in the Republic of Kazakhstan\" (days off, as App. 5 row 7 refers to them)",
    ],
  }),
  "R-EL-6": cite({
    rule: "R-EL-6",
    title: "Technical failure: testing ends automatically; the candidate contacts technical support within twenty-four hours to re-register",
    act: "ASA-52-2026",
    locator: "List point 16, paragraphs 54–56: testing rules point 15",
    seed: SEEDS.asa52,
    lines: "1412-1416",
  }),
  "R-EL-7": cite({
    rule: "R-EL-7",
    title: "Complaints: forwarded within three working days of receipt unless fully satisfied within them; decided within 5 (service provider) or 15 (quality authority) working days of registration",
    act: "ASA-52-2026",
    locator: "List point 1, paragraphs 22–28: ASA-1-2016 point 35 (new wording)",
    seed: SEEDS.asa52,
    lines: "114-126",
    also: [
      "List point 16, paragraphs 81–82: testing rules point 86 — complaints on testing results are reviewed through the authorised body under the Law \"On public and socially responsible services\" (seed 001 lines 1484-1486); second testing rules point 68 (lines 1612-1614)",
      "Law \"On public and socially responsible services\" art. 25 para 2 (registration of the complaint), as point 35 refers to it",
      CIVIL_CODE,
    ],
  }),
  "R-EL-9": cite({
    rule: "R-EL-9",
    title: "Law-enforcement testing: the application is refused for an incomplete set of documents (point 8 of the List) or expired documents",
    act: "ASA-52-2026",
    locator: "List point 1, paragraph 14: ASA-1-2016 point 6, fifth part (new wording, from 11.07.2026)",
    seed: SEEDS.asa52,
    lines: "80-92",
    also: ["the list of documents itself (point 8 of the List of basic requirements of the service) is not in the sources", CIVIL_CODE],
  }),
  "R-EL-8": cite({
    rule: "R-EL-8",
    title: "Other deadlines of ASA-52-2026: evaluation documents kept three years; calibration protocol in three working days; lost ID card blocked in one working day; functional-block distribution in five working days; quarterly reports by the 25th; notice of amendments in three days",
    act: "ASA-52-2026",
    locator:
      "List point 6 (\"B\" corps evaluation methodology points 13 and 23), point 7 (ID card rules point 18), point 9 (functional blocks methodology point 16), point 4 (quality-control rules point 61 and the report explanations), point 1 (ASA-1-2016 point 5-1); all from 11.07.2026 (ASA-52-2026 point 4)",
    seed: SEEDS.asa52,
    lines: "76, 282, 842, 980, 1056, 1068, 1150, 1170, 1632",
    also: [CIVIL_CODE],
  }),
  "R-SEL-7": cite({
    rule: "R-SEL-7",
    title: "Temporary IS selection rules: applications checked within three working days after acceptance ends; incomplete set — notice, completion and re-check within one working day each, once; additional evaluator at least 30 minutes before the interview",
    act: "ASA-184-2024",
    locator: "point 1: temporary IS selection rules point 73 (paragraphs 16–25, from 01.01.2025) and point 14-1 (paragraphs 11–14)",
    seed: SEEDS.asa184,
    lines: "37-43, 47-67, 123-125",
    also: [CIVIL_CODE],
  }),
  "R-GC-9": cite({
    rule: "R-GC-9",
    title: "Appointment after the competition: next working day after the commission's decision (internal competition) unless a one-month notice period or another agreed term; notice to the previous employer within one working day; a complaint suspends the internal competition",
    act: "ASA-52-2026",
    locator:
      "List point 16, paragraphs 9–12: internal competition rules point 57 (first part; second part from 11.07.2026; third part); paragraphs 13–14: point 60; paragraphs 43–44: general competition rules point 100, second part (from 11.07.2026)",
    seed: SEEDS.asa52,
    lines: "1294-1306, 1382-1384",
    also: [
      "Decree of the President of the Republic of Kazakhstan No. 290 of 31.07.2023 and Resolution of the Government No. 1195 of 27.12.2023 (consent of a higher official, point 57 third part) — cited, not modelled",
      "Law \"On civil service\" art. 61 para 1-1 (release from the current position), as point 57 refers to it",
    ],
  }),
  "R-PYR-5": cite({
    rule: "R-PYR-5",
    title: "Presidential Youth Reserve 2025: a power-outage certificate within one working day after the stage entitles the candidate to ask for a re-take",
    act: "PYR-2025",
    locator: "Procedure of the 2025 selection, section 5 (text and numeric blocks) and section 6 (situational tasks)",
    seed: SEEDS.pyr2025,
    lines: "395-410, 472-487",
    also: [CIVIL_CODE],
  }),
} as const satisfies Record<string, Citation>))();

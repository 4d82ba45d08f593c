/**
 * The legal acts the library implements (RULES.md §0), as typed data.
 *
 * Seed files are the Kazakh texts shipped in this repository under `sources/`.
 *
 * @module
 */

/** An in-force period. `from`/`to` are ISO dates (inclusive); absent = unknown or open. */
export interface InForce {
  readonly from?: string;
  readonly to?: string;
  /** Free-text note on how the period is determined, where the sources leave it open. */
  readonly note?: string;
}

/**
 * A legal act: an order of the Agency for Civil Service Affairs (ASA) or the 2025 Reserve procedure.
 *
 * @category Sources
 */
export interface LegalAct {
  /** Library id, e.g. `"ASA-52-2026"`. */
  readonly id: string;
  /** Title in English. */
  readonly title: string;
  /** Title in Kazakh, as in the source. */
  readonly titleKk?: string;
  /** Number of the act, as printed. */
  readonly number: string;
  /** Date of signature (ISO). */
  readonly date: string;
  /** State registry number of normative legal acts (and registration date), where given. */
  readonly registry?: string;
  /** When the act (as a whole) applies. */
  readonly inForce: InForce;
  /** Seed file(s) under `sources/` that hold its text (or the amendments to it). */
  readonly seed: string;
  /** Notes: misprints in the sources, unknown dates. */
  readonly notes?: readonly string[];
}

/** Seed file names (the Kazakh source texts shipped under `sources/`). */
export const SEEDS = {
  asa184: "sources/000_841e172d5348f664.txt",
  asa52: "sources/001_a64fa5ff937c345c.txt",
  asa163: "sources/002_7b8f06617391a9de.txt",
  asa180: "sources/003_933028b0de46bbd3.txt",
  pyr2025: "sources/004_3eb6df1ff2b8ef3d.txt",
} as const;

/**
 * The legal acts of RULES.md §0, keyed by library id.
 *
 * @category Sources
 */
export const SOURCES = /* @__PURE__ */ (() =>
  // built in a pure function (its entries read SEEDS): a bundle that does not use it leaves it out (issue 19)
  ({
  "ASA-40-2017": {
    id: "ASA-40-2017",
    title: "Order No. 40 of 21.02.2017 \"On some issues of appointment to an administrative civil service position\"",
    number: "40",
    date: "2017-02-21",
    registry: "No. 14939",
    inForce: { note: "base act; amended by ASA-184-2024; replaced by ASA-196-2025 from 01.01.2026" , to: "2025-12-31" },
    seed: SEEDS.asa184,
    notes: ["Only its amended text (by ASA-184-2024) is in the sources."],
  },
  "ASA-184-2024": {
    id: "ASA-184-2024",
    title: "Order No. 184 of 01.11.2024 of the Chairman of the Agency for Civil Service Affairs amending Order No. 40 of 21.02.2017",
    number: "184",
    date: "2024-11-01",
    registry: "No. 35326 of 04.11.2024",
    inForce: {
      to: "2025-12-31",
      note: "in force after its first official publication (date not in the sources; presumed no later than 31.12.2024, since its point 4 dates paragraphs 16–25 of point 1 from 01.01.2025); paragraphs 16–25 of its point 1 from 01.01.2025 (its point 4); repealed by ASA-196-2025 from 01.01.2026",
    },
    seed: SEEDS.asa184,
  },
  "ASA-196-2025": {
    id: "ASA-196-2025",
    title: "Order No. 196 of 08.12.2025 \"On some issues of appointment to an administrative civil service position\"",
    titleKk: "Мемлекеттік әкімшілік лауазымға орналасудың кейбір мәселелері туралы",
    number: "196",
    date: "2025-12-08",
    registry: "No. 37571",
    inForce: { from: "2026-01-01" },
    seed: SEEDS.asa52,
    notes: [
      "Seed 001 (point 16 of the List) misdates this order as \"2026 жылғы 8 желтоқсандағы\" (08.12.2026); seed 000 (line 9) gives 08.12.2025, in force from 01.01.2026. The library records 08.12.2025.",
      "Its original texts are not in the sources; only the ASA-52-2026 editions are.",
    ],
  },
  "ASA-52-2026": {
    id: "ASA-52-2026",
    title: "Order No. 52 of 31.03.2026 approving a List of amendments to 16 orders of the Agency for Civil Service Affairs",
    number: "52",
    date: "2026-03-31",
    registry: "No. 38245 of 31.03.2026",
    inForce: {
      note: "ten calendar days after its first official publication (date not in the sources), except the paragraphs listed in its point 4, in force from 11.07.2026",
    },
    seed: SEEDS.asa52,
  },
  "ASA-1-2016": {
    id: "ASA-1-2016",
    title: "Order No. 1 of 20.09.2016: rules of testing citizens entering law-enforcement service and civil-protection bodies (as amended by ASA-52-2026, point 1 of the List)",
    number: "1",
    date: "2016-09-20",
    registry: "No. 14317",
    inForce: {},
    seed: SEEDS.asa52,
  },
  "ASA-13-2018": {
    id: "ASA-13-2018",
    title: "Order No. 13 of 16.01.2018 \"On some issues of evaluating the activity of administrative civil servants\": model methodology of evaluating corps \"B\" servants (as amended by ASA-52-2026, point 6 of the List)",
    number: "13",
    date: "2018-01-16",
    inForce: { note: "only the paragraphs amended by ASA-52-2026 (List point 6, in force from 11.07.2026) are in the sources" },
    seed: SEEDS.asa52,
  },
  "ASA-163-2022": {
    id: "ASA-163-2022",
    title: "Order No. 163 of 21.07.2022: regulations of the territorial departments of the Agency for Civil Service Affairs",
    number: "163",
    date: "2022-07-21",
    inForce: {
      from: "2022-07-21",
      note: "amended 22.11.2022 No. 231, 21.08.2023 No. 170, 21.08.2024 No. 129, 13.08.2025 No. 135, 31.03.2026 No. 53 (from 11.07.2026)",
    },
    seed: SEEDS.asa163,
  },
  "ASA-180-2012": {
    id: "ASA-180-2012",
    title: "Order No. 02-01-02/180 of 27.12.2012: regulation of the state service \"Enrolment in the personnel reserve of the administrative civil service\"",
    number: "02-01-02/180",
    date: "2012-12-27",
    registry: "No. 8251 of 28.12.2012",
    inForce: {
      note: "ten calendar days after first official publication; repealed by order No. 04-2-4/56 of 29.03.2014 with effect ten calendar days after that order's first publication — a date not in the sources (unknown, after 29.03.2014)",
    },
    seed: SEEDS.asa180,
  },
  "PYR-2025": {
    id: "PYR-2025",
    title: "Procedure of the 2025 selection to the Presidential Youth Reserve (under the Reserve formation rules approved by Presidential Decree No. 141 of 27.08.2019)",
    number: "—",
    date: "2025-05-19",
    inForce: { from: "2025-05-19", to: "2025-10-25", note: "the 2025 campaign; results are published after 25.10.2025" },
    seed: SEEDS.pyr2025,
  },
  }) as const satisfies Record<string, LegalAct>)();

/** Library id of a legal act. */
export type ActId = keyof typeof SOURCES;

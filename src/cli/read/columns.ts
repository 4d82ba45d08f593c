/**
 * The headings of the columns an input file may have, matched case-insensitively (and with runs
 * of spaces as one), each under its English name and its Kazakh and Russian names (issue 21):
 * an HR officer's sheet headed `ID`, `Аты-жөні`, `ФИО`, `Эссе` is read as `id`, `name`, `name`,
 * `essay`. The table is documented in docs/cli.md.
 *
 * @module
 */
import { quoted } from "../safe-text.js";
import { ReadError } from "./read-error.js";

/** Every column the commands read, with the headings accepted for it (its own name first). */
export const COLUMN_ALIASES = {
  id: ["id", "№", "no", "no.", "номер", "нөмір", "код", "коды", "идентификатор", "ид"],
  name: ["name", "candidate", "full name", "фио", "ф.и.о.", "ф. и. о.", "аты-жөні", "аты жөні", "толық аты-жөні", "кандидат", "имя"],
  S: ["S", "S (%)"],
  S1: ["S1"],
  S2: ["S2"],
  essay: ["essay", "эссе"],
  interview: ["interview", "собеседование", "әңгімелесу", "интервью", "сұхбат"],
  track: ["track", "трек", "должность", "лауазым"],
  competencies: ["competencies", "компетенции", "құзыреттер"],
  iq: ["iq"],
  practical: ["practical", "практическое задание", "практикалық тапсырма", "практика"],
  sector: ["sector", "сектор", "направление", "бағыт", "салалық бағыт", "отраслевое направление"],
  text: ["text", "блок 1", "1-блок", "текстовая информация", "мәтіндік ақпарат"],
  numeric: ["numeric", "блок 2", "2-блок", "числовая информация", "сандық ақпарат"],
  situational: ["situational", "ситуационные задачи", "ситуациялық тапсырмалар"],
  assessment: ["assessment", "ассессмент", "ассессмент-центр", "ассессмент-орталық"],
  expert: ["expert", "экспертная комиссия", "сараптама комиссиясы"],
  national: ["national", "национальная комиссия", "ұлттық комиссия"],
} as const satisfies Record<string, readonly string[]>;

export type ColumnName = keyof typeof COLUMN_ALIASES;

/** A heading as compared: NFC, trimmed, lower case, runs of white space as one space. */
export const foldHeading = (h: string): string => h.normalize("NFC").trim().toLowerCase().replace(/\s+/g, " ");

/**
 * The column each heading names, among `known` (its own name or an alias, case-insensitively), in
 * the order of the header row; an unknown heading or two headings naming the same column is a
 * {@link ReadError} naming the header's line.
 *
 * @param headings - the header row's cells.
 * @param known - the columns of this kind of file.
 * @param line - the header's line.
 */
export function columnsOf<K extends ColumnName>(headings: readonly string[], known: readonly K[], line: number): K[] {
  const out: K[] = [];
  const at = new Map<K, number>();
  headings.forEach((h, j) => {
    const f = foldHeading(h);
    const c = known.find((k) => (COLUMN_ALIASES[k] as readonly string[]).some((a) => foldHeading(a) === f));
    if (c === undefined) throw new ReadError("read.unknownColumn", { line, column: quoted(h.trim()), expected: known.join(", ") });
    const before = at.get(c);
    if (before !== undefined) throw new ReadError("read.repeatedColumn", { line, first: quoted(headings[before]!.trim()), second: quoted(h.trim()), column: c });
    at.set(c, j);
    out.push(c);
  });
  return out;
}

/** The headings accepted for `c`, for the message of a missing column. */
export const aliasesOf = (c: ColumnName): string => COLUMN_ALIASES[c].join(", ");

/**
 * A table read from a file ({@link FileTable}) and the conversion of a {@link ReadError} into an
 * InputError naming the file: the pure part of io.ts (no `node:` import), shared with the browser
 * workbench (workbench/src/), which reads the same spreadsheets with the same code.
 *
 * @module
 */
import type { ExplainLang } from "../explain/types.js";
import { InputError } from "./errors.js";
import { tr } from "./i18n/index.js";
import { ReadError } from "./read/read-error.js";
import type { TableRead } from "./read/sheet.js";
import { safeText } from "./safe-text.js";

/** A table read from a file, its headings trimmed. */
export interface FileTable extends TableRead {
  readonly cols: string[];
}

/** A {@link ReadError} as an InputError in `lang`, naming the file. */
export function readErrorToInput(e: unknown, path: string, lang: ExplainLang): unknown {
  return e instanceof ReadError ? new InputError(`${safeText(path)}: ${tr(lang, e.key, e.params)}`) : e;
}

/** A {@link TableRead} as a {@link FileTable}: its headings trimmed. */
export const fileTable = (t: TableRead): FileTable => ({ ...t, cols: t.header.fields.map((h) => h.trim()) });

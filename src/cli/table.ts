import { MESSAGE_VALUE_MAX, safeText } from "./safe-text.js";

/**
 * Plain-text tables for the terminal (column widths by code points). Every cell goes through
 * {@link safeText}: a control character, a bidirectional control or a line break in a name is
 * shown as an escape (`\u001b`, `\n`), so the table keeps one line per row and the terminal
 * interprets nothing; a cell longer than {@link MESSAGE_VALUE_MAX} is cut with `… (N characters)`,
 * so one 10,000-character name does not pad every row of a 500,000-row table to its width.
 *
 * @param head - the column headings.
 * @param rows - the cells of each row (a short row has empty cells at its end).
 * @param align - `"l"` or `"r"` per column (default left).
 * @returns the heading, a dashed rule and the rows, one per line, trailing spaces trimmed.
 */
export function table(head: readonly string[], rows: readonly (readonly (string | number)[])[], align?: readonly ("l" | "r")[]): string {
  const cells = [head, ...rows].map((r) => r.map((c) => safeText(String(c), MESSAGE_VALUE_MAX)));
  // a loop, not Math.max(...column): spreading a column of ~150,000+ rows overflows the call stack
  const width = head.map((_, c) => cells.reduce((w, r) => Math.max(w, [...(r[c] ?? "")].length), 0));
  const pad = (s: string, c: number) => {
    const gap = " ".repeat(width[c]! - [...s].length);
    return align?.[c] === "r" ? gap + s : s + gap;
  };
  const lines = cells.map((r) => head.map((_, c) => pad(r[c] ?? "", c)).join("  ").trimEnd());
  lines.splice(1, 0, width.map((w) => "-".repeat(w)).join("  "));
  return lines.join("\n");
}

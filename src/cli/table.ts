/** Plain-text tables for the terminal (column widths by code points). */
export function table(head: readonly string[], rows: readonly (readonly (string | number)[])[], align?: readonly ("l" | "r")[]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
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

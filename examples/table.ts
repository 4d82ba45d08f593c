/** Minimal fixed-width table printer for the demo (no dependencies). */
export function table(headers: string[], rows: (string | number)[][], align: ("l" | "r")[] = []): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? "")].length)));
  const pad = (s: string, i: number) => {
    const w = widths[i] ?? 0;
    const n = w - [...s].length;
    return align[i] === "r" ? " ".repeat(n) + s : s + " ".repeat(n);
  };
  const line = (r: string[]) => "  " + r.map((c, i) => pad(c, i)).join("  ");
  const sep = "  " + widths.map((w) => "─".repeat(w)).join("  ");
  return [line(headers), sep, ...cells.slice(1).map(line)].join("\n");
}

export function heading(title: string): string {
  return `\n${title}\n${"═".repeat([...title].length)}`;
}

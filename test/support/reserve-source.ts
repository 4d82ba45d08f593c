// The Reserve procedure's text (seed 004) for the tests that check quotations against it (R-PYR-1…3).
import { readFileSync } from "node:fs";

const lines = readFileSync(new URL("../../sources/004_3eb6df1ff2b8ef3d.txt", import.meta.url), "utf8").split("\n");
/** Lines `from`…`to` of seed 004 (1-based, inclusive), joined, whitespace collapsed. */
export const flat = (from: number, to: number) =>
  lines
    .slice(from - 1, to)
    .join(" ")
    .replace(/\s+/g, " ");
const whole = flat(1, lines.length);
/** Every "…"-separated fragment of a quotation occurs in the source (whitespace normalised). */
export const quoted = (kk: string, where = whole) =>
  kk
    .split("…")
    .map((p) => p.replace(/\s+/g, " ").trim().replace(/^[-–;:,. ]+|[-–;:,. ]+$/g, ""))
    .filter((p) => p.length > 0)
    .every((p) => where.includes(p));
/** The first and last line of a range such as "112-118" or "88". */
export const firstLine = (range: string) => Number(/^(\d+)/.exec(range)![1]);
export const lastLine = (range: string) => Number(/^\d+-(\d+)/.exec(range)?.[1] ?? firstLine(range));

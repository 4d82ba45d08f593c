// Shared by the eligibility tests (no tests here): the seed files of sources/ as text or lines,
// so that a test can compare its data with the act at a given line.
import { readFileSync } from "node:fs";

/** The text of a seed file of sources/, e.g. `sourceText("003_933028b0de46bbd3.txt")`. */
export function sourceText(name: string): string {
  return readFileSync(new URL(`../../sources/${name}`, import.meta.url), "utf8");
}

/** The lines of a seed file of sources/: line n of the file is `sourceLines(name)[n - 1]`. */
export function sourceLines(name: string): string[] {
  return sourceText(name).split("\n");
}

/**
 * The `score` command: its help, the scores and ranks of an IS selection (R-SEL-1…5) or of a
 * general competition (R-GC-1…5) and their table / --json / --explain output; the input is read
 * by score-read.ts.
 */
import type { ExplainLang } from "../explain/types.js";
import { TRACKS } from "../scoring/tracks.js";
import { langOf, langOr, oneOf, parse, wholeOf } from "./args.js";
import { InputError, UsageError } from "./errors.js";
import { readRows } from "./score-read.js";
import { resultRows, scoreGc, scoreIs } from "./score-compute.js";
import { tr } from "./i18n/index.js";
import { writeOut } from "./io.js";
import { delimiterOf, TABLE_OPTIONS } from "./table-input.js";

/** The help of `score` in `lang` (src/cli/i18n). */
export const scoreHelp = (lang: ExplainLang): string => tr(lang, "help.score");
/** The English help (the tests' reference). */
export const SCORE_HELP = scoreHelp("en");

export async function score(argv: string[]): Promise<string> {
  const { values, positionals } = parse(argv, {
    kind: { type: "string" },
    track: { type: "string" },
    "questions-per-block": { type: "string" },
    decimals: { type: "string" },
    explain: { type: "boolean" },
    ...TABLE_OPTIONS,
  });
  if (values.help) return scoreHelp(langOr(values.lang));
  const lang = langOf(values.lang);
  const kind = oneOf("kind", values.kind, ["is", "competition"] as const, lang);
  const track = oneOf("track", values.track, TRACKS, lang);
  const qpb = wholeOf("questions-per-block", values["questions-per-block"], 1, lang);
  const dp = wholeOf("decimals", values.decimals, 0, lang) ?? 4;
  if (dp > 40) throw new UsageError(tr(lang, "usage.decimalsMax", { max: 40 }));
  if (positionals.length !== 1) throw new UsageError(`${tr(lang, "usage.scoreFile")}\n\n${scoreHelp(lang)}`);
  const delimiter = delimiterOf(values.delimiter, lang);
  const outFile = typeof values.out === "string" ? values.out : undefined;
  const data = await readRows(positionals[0]!, kind, track, qpb, {
    lang,
    ...(delimiter ? { delimiter } : {}),
    ...(typeof values.sheet === "string" ? { sheet: values.sheet } : {}),
  });
  if (data.kind === "is") {
    if (data.is.length === 0) throw new InputError(tr(lang, "read.noCandidates"));
    const text = scoreIs(data.is, data.qpb, lang, dp, values.json === true, values.explain === true);
    if (outFile === undefined) return text;
    const note = await writeOut(outFile, resultRows(scoreIs(data.is, data.qpb, lang, dp, true, false)), lang);
    // --json output stays one JSON document
    return values.json ? text : `${text}\n${note}`;
  }
  if (data.gc.length === 0) throw new InputError(tr(lang, "read.noCandidates"));
  const text = scoreGc(data.gc, lang, dp, values.json === true, values.explain === true);
  if (outFile === undefined) return text;
  const note = await writeOut(outFile, resultRows(scoreGc(data.gc, lang, dp, true, false)), lang);
  return values.json ? text : `${text}\n${note}`;
}

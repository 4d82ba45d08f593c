import { RuleInputError } from "../../../errors.js";
import { sealFunnelResult } from "./funnel-index.js";
import { Issues, RULE_FUNNEL } from "./issues.js";
import { readCandidates, readOptions } from "./read-input.js";
import { runStages } from "./run-stages.js";
import type { ReserveCandidate, ReserveFunnelOptions, ReserveFunnelResult } from "./types.js";

/**
 * **R-PYR-3** — the funnel of the 2025 selection to the Presidential Youth Reserve: per sector,
 * each stage ranks the candidates who reached it by that stage's score and admits the best to the
 * next one, on the quotas of {@link RESERVE_QUOTAS}:
 *
 * text block → numeric block: **50 %** of those who completed block 1;
 * numeric → situational tasks: **100** per sector (≤ 600);
 * situational → assessment centre: **54 / 48 / 42 / 54 / 54 / 48** (≤ 300);
 * assessment centre → competency interview: **36 / 32 / 28 / 36 / 36 / 32** (≤ 200, by the centre's
 * average score); interview → expert commission: **27 / 24 / 21 / 27 / 27 / 24** (≤ 150);
 * expert commission → National Commission: **18 / 16 / 14 / 18 / 18 / 16** (≤ 100);
 * National Commission → Reserve: **9 / 8 / 7 / 9 / 9 / 8** (≤ 50, revisable by the Commission).
 *
 * > «Кандидаттардың әрбір салалық бағыт бойынша біркелкі санын ұстап тұру мақсатында барлық
 * > кезеңде оларды пропорционалды іріктеу қамтамасыз етіледі (осы Тәртіптің 5 – 9-бөлімдері).
 * > Бірнеше кандидаттың нәтижелері тең болған жағдайда Резервке іріктеу кезеңдеріне
 * > кандидаттардың көбірек саны жіберілуі мүмкін.» (section 3, lines 169–177)
 *
 * "To keep an even number of candidates in each sector, proportional selection is ensured at every
 * stage (sections 5–9). Where several candidates have equal results, a larger number of candidates
 * may be admitted to the stages of the selection to the Reserve."
 *
 * > «Осы тестілеуге әрбір салалық бағыт бойынша «Мәтіндік ақпаратпен жұмыс істеу қабілетін
 * > бағалау» бірінші блогын сәтті тапсырған кандидаттардың 50%-ы жіберіледі.» (lines 359–363)
 *
 * "50 % of the candidates of each sector who successfully completed the first block are admitted
 * to this testing."
 *
 * > «Ұлттық комиссия отырысының қорытындысы бойынша салалық бағыттар шеңберінде мынадай
 * > квоталарға сәйкес Резервке 50-ден аспайтын кандидатты қабылдау туралы шешім қабылданады: …
 * > Салалық бағыттар шеңберінде Резервке қабылдау үшін квота Резервке алу туралы шешім қабылдау
 * > кезінде Ұлттық комиссияның қалауымен қайта қаралуы мүмкін.» (lines 756–778)
 *
 * "By the results of the National Commission's sitting, a decision is taken to accept not more than
 * 50 candidates into the Reserve on the following quotas per sector: … The quota per sector may be
 * revised at the National Commission's discretion when it decides."
 *
 * Readings and choices (see docs/reserve.md):
 * - **Ties** at a selection stage follow `opts.ties` ("admit-all" by default, or "strict"). The
 *   last step is a decision on "not more than 50", not a selection stage: it **never exceeds its
 *   quota** — a tie straddling it is left out and listed in `tied` / `awaitingCommission`.
 * - **Base of the 50 %**: those who completed block 1 with a score; `null` or a status (absent,
 *   excluded) leaves the funnel at that stage and is not counted. Odd counts: `opts.halfRounding`.
 * - A sector with fewer candidates than its quota admits them all.
 * - The expert commission and the National Commission rank by **caller-supplied scores**
 *   (`scores.expert`, `scores.national`): the procedure does not say how they rank — a modelling
 *   choice.
 * - Nothing is broken by id; lists are by sector, rank, then id (JS string order).
 *
 * Exactness and scale: every score is read once into an exact scaled integer `m / 10^dp`
 * (`scaled-score.ts`) — a JS number as its shortest round-trip decimal (`3.142` is 3.142, what the
 * caller wrote: the digits `String(x)` prints, as decimal.js reads it), a decimal string as
 * written, a Decimal by its digits — kept in typed arrays, with no Decimal and no object per
 * candidate; groups are compared by exact integer keys (numbers while exact, else `bigint`s), and
 * Decimals are made only where the result shows a score (cut-offs, tied scores, explanations).
 * Designed for millions of candidates (see bench/funnel.bench.ts). The input is never mutated.
 *
 * Explanations: the function seals, for the very object it returns, a private index of every
 * candidate's outcome and every stage's figures; {@link explainReserveCandidate} answers from it
 * and refuses a result altered where it reads, or a copy (JSON, `structuredClone`, a spread), with
 * a {@link RuleInputError}. The result itself stays plain data, its JSON form unchanged.
 *
 * @rule R-PYR-3
 * @param candidates - `{ id, sector, scores }` per candidate; `scores[stage]` for every stage reached
 *   (a score on the scale of {@link RESERVE_SCORE_SCALES}, `null`, or a {@link ReserveStageStatus}).
 * @param opts - `ties`, `halfRounding`, `finalQuotas` (see {@link ReserveFunnelOptions}).
 * @returns each stage's admitted ids and per-sector quota, counts, cut-off and ties; the Reserve;
 *   those awaiting the Commission. Explain one candidate with {@link explainReserveCandidate}.
 * @throws A {@link RuleInputError} naming the candidate for a duplicate id, an unknown sector, a score
 *   off its scale, an unknown stage key, status or ground, or a missing entry for a stage the
 *   candidate reached; and for bad options (unknown sector or non-whole quota in `finalQuotas`, or
 *   final quotas in effect summing to more than 50: the Reserve takes "not more than 50").
 *
 * @example
 * ```ts
 * const r = runReserveFunnel([
 *   { id: "a", sector: "digitalisation", scores: { text: 20, numeric: 18, situational: "4.5",
 *     assessment: "3.9", interview: 8, expert: 9, national: 7 } },
 *   { id: "b", sector: "digitalisation", scores: { text: 12 } },
 *   { id: "c", sector: "digitalisation", scores: { text: null } },
 * ]);
 * r.stages[0].bySector.digitalisation  // { quota: 1, competed: 2, admitted: 1, cutoff: 20, left: { total: 1, … }, tied: [], … }
 * r.reserve                              // ["a"]
 * ```
 * @category Presidential Youth Reserve
 */
export function runReserveFunnel(candidates: readonly ReserveCandidate[], opts?: ReserveFunnelOptions): ReserveFunnelResult {
  const options = readOptions(opts);
  if (!Array.isArray(candidates)) {
    throw new RuleInputError([{ field: "candidates", value: candidates, rule: RULE_FUNNEL, message: "expected an array of candidates" }]);
  }
  const issues = new Issues();
  // 1. read and validate every candidate (every problem → one RuleInputError)
  const input = readCandidates(candidates, issues);
  // 2. the stages
  const { stages, awaiting, lastStage, lastRank, outcome } = runStages(input, options, issues);
  // 3. the result, sealed with the index that explainReserveCandidate answers from
  const result: ReserveFunnelResult = {
    stages,
    reserve: stages[stages.length - 1]!.admitted,
    awaitingCommission: awaiting,
    options,
  };
  sealFunnelResult(result, input, { lastStage, lastRank, outcome });
  return result;
}

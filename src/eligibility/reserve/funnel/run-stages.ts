/**
 * The stage loop of the funnel (R-PYR-3): per stage and sector, who competed, who left (absent,
 * excluded, unspecified), the quota, the selection by exact keys with its ties, and where each
 * candidate ended.
 *
 * @module
 * @internal
 */
import { selectTop, sortTiesWithin } from "../../../internal/rank.js";
import type { ReserveExclusionGround } from "../exclusion-grounds.js";
import { RESERVE_QUOTAS, RESERVE_STAGES } from "../quotas.js";
import { RESERVE_SECTORS, type ReserveSector } from "../sectors.js";
import { groupKeys } from "./exact-keys.js";
import { Outcome } from "./funnel-index.js";
import { isLeft, leftStatusOf, MISSING, scoreAt, type FunnelInput } from "./stored-values.js";
import { RULE_FUNNEL, who, type Issues } from "./issues.js";
import type { ReserveFunnelResult, ReserveSectorStage, ReserveStageResult } from "./types.js";

/** What the stages produce: the public stage results, and each candidate's last stage, rank and outcome. @internal */
export interface StagesRun {
  readonly stages: ReserveStageResult[];
  readonly awaiting: string[];
  readonly lastStage: Uint8Array;
  readonly lastRank: Uint32Array;
  readonly outcome: Uint8Array;
}

/**
 * Runs every stage on the validated input. A candidate who reached a stage without an entry for
 * it is an input problem: they are collected and thrown at the end of that stage.
 *
 * @internal
 */
export function runStages(input: FunnelInput, options: ReserveFunnelResult["options"], issues: Issues): StagesRun {
  const { n, ids, sector, vals, dps, bigs } = input;
  const S = RESERVE_STAGES.length;
  // Nothing depends on the order of `reached`: selection takes whole score groups, and the lists
  // written out are put in id order within each score group (sortTiesWithin).
  const NS = RESERVE_SECTORS.length;
  // typed arrays throughout: a million candidates make no growing JS array
  const counts = new Uint32Array(NS);
  for (let i = 0; i < n; i++) counts[sector[i]!]!++;
  let reached: Uint32Array[] = Array.from(counts, (c) => new Uint32Array(c));
  counts.fill(0);
  for (let i = 0; i < n; i++) {
    const j = sector[i]!;
    reached[j]![counts[j]!++] = i;
  }
  const lastStage = new Uint8Array(n);
  const lastRank = new Uint32Array(n);
  const outcome = new Uint8Array(n);
  const stages: ReserveStageResult[] = [];
  const awaiting: string[] = [];
  const emptyVals = new Int32Array(0);

  for (let s = 0; s < S; s++) {
    const stage = RESERVE_STAGES[s]!;
    const quotaDef = RESERVE_QUOTAS[stage];
    const isFinal = quotaDef.final;
    const policy = isFinal ? "final" : options.ties;
    const va = vals[s];
    const admittedIds: string[] = [];
    const bySector = {} as Record<ReserveSector, ReserveSectorStage>;
    const nextReached: Uint32Array[] = [];
    for (let j = 0; j < NS; j++) {
      const sec = RESERVE_SECTORS[j]!;
      const members = reached[j]!;
      const all = new Uint32Array(members.length);
      let m = 0;
      let absent = 0;
      let excluded = 0;
      let unspecified = 0;
      const grounds: Partial<Record<ReserveExclusionGround, number>> = {};
      for (let k = 0; k < members.length; k++) {
        const ci = members[k]!;
        const v = va === undefined ? MISSING : va[ci]!;
        if (v === MISSING) {
          issues.add(
            `candidates[${ci}].scores.${stage}`,
            undefined,
            RULE_FUNNEL,
            `${who(ids[ci], ci)}: reached the ${stage} stage but has no entry for it (give the score, null, or a status)`,
          );
          continue;
        }
        if (isLeft(v)) {
          const st = leftStatusOf(v);
          if (st.status === "absent") absent++;
          else if (st.status === "excluded") {
            excluded++;
            if (st.ground !== undefined) grounds[st.ground] = (grounds[st.ground] ?? 0) + 1;
          } else unspecified++;
          lastStage[ci] = s;
          outcome[ci] = Outcome.Left;
          continue;
        }
        all[m++] = ci;
      }
      const competed = all.subarray(0, m);
      const quota =
        quotaDef.kind === "half"
          ? options.halfRounding === "up"
            ? Math.ceil(m / 2)
            : Math.floor(m / 2)
          : isFinal
            ? options.finalQuotas[sec]
            : quotaDef.perSector[sec];
      const keys = groupKeys(competed, va ?? emptyVals, dps[s], bigs[s]!);
      const sel = selectTop(keys, quota, policy);
      const byIdOf = (a: number, b: number): number => (ids[competed[a]!]! < ids[competed[b]!]! ? -1 : 1);
      sortTiesWithin(sel.order, sel.ranks, 0, Math.max(sel.admitted, sel.tiedTo), byIdOf);
      const next = new Uint32Array(sel.admitted);
      for (let p = 0; p < m; p++) {
        const ci = competed[sel.order[p]!]!;
        lastStage[ci] = s;
        lastRank[ci] = sel.ranks[p]!;
        if (p < sel.admitted) {
          outcome[ci] = Outcome.Advanced;
          admittedIds.push(ids[ci]!);
          next[p] = ci;
        } else outcome[ci] = p >= sel.tiedFrom && p < sel.tiedTo ? Outcome.TiedOut : Outcome.NotAdmitted;
      }
      nextReached.push(next);
      const tied: string[] = [];
      for (let p = sel.tiedFrom; p < sel.tiedTo; p++) tied.push(ids[competed[sel.order[p]!]!]!);
      if (isFinal && !sel.tiedAdmitted) awaiting.push(...tied);
      const entry: ReserveSectorStage = {
        quota,
        competed: m,
        left: { total: absent + excluded + unspecified, absent, excluded, unspecified, grounds },
        admitted: sel.admitted,
        ...(sel.admitted > 0 ? { cutoff: scoreAt(input, s, competed[sel.order[sel.admitted - 1]!]!) } : {}),
        tied,
        ...(tied.length > 0 ? { tiedScore: scoreAt(input, s, competed[sel.order[sel.tiedFrom]!]!) } : {}),
        tiedAdmitted: sel.tiedAdmitted,
      };
      bySector[sec] = entry;
    }
    issues.throwIfAny();
    stages.push({ stage, next: s + 1 < S ? RESERVE_STAGES[s + 1]! : "reserve", admitted: admittedIds, bySector });
    reached = nextReached;
  }
  return { stages, awaiting, lastStage, lastRank, outcome };
}

// The workbench's Web Worker: reads and ranks a spreadsheet (rank.ts) off the page's thread, so a
// 100,000-row Reserve funnel does not freeze the page; reports progress; keeps the ranking and
// answers the page's requests for a page of rows, a candidate's explanation and the export. The
// page creates it from a Blob URL holding this same bundle (entry.ts), so it works from file://.
import type { Track } from "../../src/scoring/tracks.js";
import type { ExplainLang } from "../../src/explain/types.js";
import type { ReserveFunnelOptions } from "../../src/eligibility/reserve/funnel/types.js";
import { toCsv, toXlsx } from "../../src/cli/read/write.js";
import { explainRow, metaOf, page, rankFile, RankError, type Phase, type Procedure, type Ranked, type RankedMeta, type Row, type ShownExplanation } from "./rank.js";

/** What the page asks. */
export type Request =
  | {
      readonly type: "rank";
      readonly bytes: ArrayBuffer;
      readonly file: string;
      readonly procedure: Procedure;
      readonly track?: Track;
      readonly lang: ExplainLang;
      readonly pageSize: number;
      /** IS selection: `score --questions-per-block` (RankOptions). */
      readonly questionsPerBlock?: number;
      /** Reserve funnel: `funnel --ties`, `--half-rounding`, `--final-quota` (RankOptions). */
      readonly funnelOptions?: ReserveFunnelOptions;
    }
  | { readonly type: "page"; readonly from: number; readonly count: number }
  | { readonly type: "explain"; readonly pos: number; readonly lang: ExplainLang }
  | { readonly type: "export"; readonly format: "csv" | "xlsx" };

/** What the worker answers (`id` = the request's). */
export type Reply =
  | { readonly type: "progress"; readonly id: number; readonly phase: Phase; readonly done: number; readonly total: number }
  | { readonly type: "ranked"; readonly id: number; readonly meta: RankedMeta; readonly rows: Row[]; readonly ms: number }
  | { readonly type: "page"; readonly id: number; readonly from: number; readonly rows: Row[] }
  | { readonly type: "explained"; readonly id: number; readonly pos: number; readonly items: ShownExplanation[] }
  | { readonly type: "exported"; readonly id: number; readonly format: "csv" | "xlsx"; readonly bytes: ArrayBuffer }
  | { readonly type: "error"; readonly id: number; readonly message: string; readonly bug: boolean };

/** Answers one request (the worker's logic, without `postMessage`: Node tests call it directly). */
export function handler(post: (r: Reply, transfer?: ArrayBuffer[]) => void): (id: number, q: Request) => Promise<void> {
  let current: Ranked | undefined;
  return async (id, q) => {
    try {
      if (q.type === "rank") {
        current = undefined;
        const t0 = performance.now();
        let last = 0;
        const r = await rankFile(new Uint8Array(q.bytes), q.file, {
          procedure: q.procedure,
          lang: q.lang,
          ...(q.track ? { track: q.track } : {}),
          ...(q.questionsPerBlock !== undefined ? { questionsPerBlock: q.questionsPerBlock } : {}),
          ...(q.funnelOptions !== undefined ? { funnelOptions: q.funnelOptions } : {}),
          progress: (phase, done, total) => {
            const now = performance.now();
            // at most ~20 reports a second, and every change of phase
            if (now - last < 50 && done !== 0 && done !== total) return;
            last = now;
            post({ type: "progress", id, phase, done, total });
          },
        });
        current = r;
        post({ type: "ranked", id, meta: metaOf(r), rows: page(r, 0, q.pageSize), ms: Math.round(performance.now() - t0) });
        return;
      }
      if (!current) throw new RankError("no ranking");
      if (q.type === "page") post({ type: "page", id, from: q.from, rows: page(current, q.from, q.count) });
      else if (q.type === "explain") post({ type: "explained", id, pos: q.pos, items: explainRow(current, q.pos, q.lang) });
      else {
        const rows = current.exportRows();
        const bytes = q.format === "xlsx" ? await toXlsx(rows, "results") : toCsv(rows);
        const buf = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
        post({ type: "exported", id, format: q.format, bytes: buf }, [buf]);
      }
    } catch (e) {
      post({ type: "error", id, message: e instanceof Error ? e.message : String(e), bug: !(e instanceof RankError) });
    }
  };
}

/** Runs as the worker: requests in order, one at a time. */
export function startWorker(): void {
  // the worker's global scope (typed here: this file is also compiled without the DOM's types)
  const scope = globalThis as unknown as { postMessage(m: unknown, t?: ArrayBuffer[]): void; onmessage: ((ev: { data: unknown }) => void) | null };
  const handle = handler((r, t) => scope.postMessage(r, t ?? []));
  let queue: Promise<void> = Promise.resolve();
  scope.onmessage = (ev) => {
    const { id, q } = ev.data as { id: number; q: Request };
    queue = queue.then(() => handle(id, q));
  };
}

// The workbench's "Rank a list" part: a spreadsheet opened, dropped or loaded from the samples is
// ranked in a Web Worker (worker.ts, created from a Blob URL of this same bundle), with a progress
// bar; the ranked table shows each decision with its rule id, a page of rows at a time; a
// candidate's explanation comes from the library's explain* functions in the page's language; the
// result downloads as .xlsx and .csv; the minutes are a printable view in the language chosen
// for them (Kazakh by default). Text only goes into the page (textContent): nothing from a file is
// parsed as HTML.
import { message } from "../../src/explain/internal.js";
import type { MessageCode } from "../../src/explain/messages/en.js";
import { LANGS, t, type Lang, type UiKey } from "./i18n.js";
import { RESERVE_QUOTAS } from "../../src/eligibility/reserve/quotas.js";
import { RESERVE_SECTORS } from "../../src/eligibility/reserve/sectors.js";
import { checkRankOptions, optionsText, rankOptionsOf, RankError, type Procedure, type RankedMeta, type RankOptions, type Row, type Shown, type ShownExplanation } from "./rank.js";
import { SAMPLES } from "./samples.js";
import { handler, type Reply, type Request } from "./worker.js";

/** Rows shown at a time. */
export const PAGE_SIZE = 100;
/** Rows of an IS selection or a competition put in the printed minutes (a funnel prints its summary). */
const MINUTES_MAX_ROWS = 5000;

type Pending = { resolve: (r: Reply) => void; reject: (e: Error) => void };

/** Talks to the worker; falls back to the page's own thread if a worker cannot be created. */
class Client {
  private next = 1;
  /** The id of the last request sent (progress reports carry it). */
  lastId = 0;
  private readonly pending = new Map<number, Pending>();
  private readonly worker: Worker | undefined;
  private readonly local: ((id: number, q: Request) => Promise<void>) | undefined;
  /** Whether the work runs in a worker (false: the fallback). */
  readonly inWorker: boolean;
  onProgress: (r: Extract<Reply, { type: "progress" }>) => void = () => {};

  constructor(source: string | undefined) {
    let w: Worker | undefined;
    if (source && typeof Worker === "function") {
      try {
        const url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
        w = new Worker(url);
        w.onmessage = (ev: MessageEvent<Reply>) => this.receive(ev.data);
        w.onerror = (ev) => {
          ev.preventDefault();
          for (const p of this.pending.values()) p.reject(new Error(ev.message || "worker error"));
          this.pending.clear();
        };
      } catch {
        w = undefined;
      }
    }
    this.worker = w;
    this.inWorker = w !== undefined;
    this.local = w ? undefined : handler((r) => this.receive(r));
  }

  private receive(r: Reply): void {
    if (r.type === "progress") return this.onProgress(r);
    const p = this.pending.get(r.id);
    if (!p) return;
    this.pending.delete(r.id);
    p.resolve(r);
  }

  ask(q: Request, transfer: Transferable[] = []): Promise<Reply> {
    const id = this.next++;
    this.lastId = id;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      if (this.worker) this.worker.postMessage({ id, q }, transfer);
      else void this.local!(id, q);
    });
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;

/** A label of the library's catalogue (stage, sector, track names). */
const label = (lang: Lang, code: string): string => message(lang, code as MessageCode);

/** A number cell: rounded for display, exact in its title and data-exact. */
function numCell(v: Shown | null): HTMLTableCellElement {
  if (v === null) return el("td", { class: "num empty" }, "—");
  return el("td", { class: "num", title: v.exact, "data-exact": v.exact }, v.shown);
}

/** The headings and cells of a ranked table, in `lang` (the screen's and the minutes'). */
function columnsOf(meta: RankedMeta, lang: Lang): { heads: { text: string; rule?: string; num?: boolean }[]; cells: (r: Row, explain: boolean) => HTMLTableCellElement[] } {
  const values = meta.columns.map((c) => ({ text: t(lang, `col.${c.key}` as UiKey), rule: c.rule, num: true }));
  const decision = (r: Row) => el("td", { class: "decision", "data-decision": r.decision }, t(lang, `dec.${r.decision}` as UiKey));
  const rule = (r: Row) => el("td", { class: "rule" }, r.rule);
  const idCell = (r: Row, explain: boolean) => {
    const td = el("td", { class: "id" });
    if (!explain) td.textContent = r.id;
    else td.append(el("button", { type: "button", class: "linkish", "data-pos": String(r.pos), "aria-label": `${t(lang, "rank.explainButton")} ${r.id}` }, r.id));
    return td;
  };
  const rank = (r: Row) => el("td", { class: "num" }, r.rank === null ? "—" : String(r.rank));
  if (meta.procedure === "funnel") {
    return {
      heads: [{ text: t(lang, "col.pos"), num: true }, { text: t(lang, "col.id") }, { text: t(lang, "col.sector") }, { text: t(lang, "col.stage") }, { text: t(lang, "col.rank"), num: true }, ...values, { text: t(lang, "col.decision") }, { text: t(lang, "col.rule") }],
      cells: (r, explain) => [
        el("td", { class: "num" }, String(r.pos)),
        idCell(r, explain),
        el("td", { "data-sector": r.group }, label(lang, `label.sector.${r.group}`)),
        el("td", { "data-stage": r.stage ?? "" }, label(lang, `label.stage.${r.stage}`)),
        rank(r),
        ...r.values.map(numCell),
        decision(r),
        rule(r),
      ],
    };
  }
  const track = meta.procedure === "competition";
  return {
    heads: [
      { text: t(lang, "col.pos"), num: true },
      { text: t(lang, "col.rank"), num: true },
      { text: t(lang, "col.id") },
      { text: t(lang, "col.name") },
      ...(track ? [{ text: t(lang, "col.track") }] : []),
      ...values,
      { text: t(lang, "col.decision") },
      { text: t(lang, "col.rule") },
    ],
    cells: (r, explain) => [
      el("td", { class: "num" }, String(r.pos)),
      rank(r),
      idCell(r, explain),
      el("td", { class: "name" }, r.name),
      ...(track ? [el("td", { "data-track": r.group }, label(lang, `label.track.${r.group}`))] : []),
      ...r.values.map(numCell),
      decision(r),
      rule(r),
    ],
  };
}

function fillTable(table: HTMLTableElement, meta: RankedMeta, rows: readonly Row[], lang: Lang, explain: boolean): void {
  const { heads, cells } = columnsOf(meta, lang);
  const tr = el("tr");
  for (const h of heads) {
    const th = el("th", { scope: "col", ...(h.num ? { class: "num" } : {}) }, h.text);
    if (h.rule) th.append(el("span", { class: "rule" }, ` ${h.rule}`));
    tr.append(th);
  }
  table.tHead!.replaceChildren(tr);
  const body = table.tBodies[0]!;
  const frag = document.createDocumentFragment();
  for (const r of rows) {
    const row = el("tr", { "data-pos": String(r.pos) });
    row.append(...cells(r, explain));
    frag.append(row);
  }
  body.replaceChildren(frag);
}

/** The funnel's stage × sector table (the CLI's `funnel` table). */
function summaryTable(meta: RankedMeta, lang: Lang): HTMLTableElement {
  const table = el("table", { class: "summary-table" });
  table.append(el("caption", {}, t(lang, "rank.summary")));
  const head = el("tr");
  for (const k of ["col.step", "col.sector", "col.competed", "col.left", "col.quota", "col.admitted", "col.cutoff", "col.tied"] as const) head.append(el("th", { scope: "col" }, t(lang, k)));
  table.append(el("thead"), el("tbody"));
  table.tHead!.append(head);
  let prev = "";
  for (const s of meta.summary ?? []) {
    const tr = el("tr", { "data-stage": s.stage, "data-sector": s.sector });
    tr.append(
      el("td", {}, s.stage === prev ? "" : `${label(lang, `label.stage.${s.stage}`)} → ${label(lang, `label.stage.${s.next}`)}`),
      el("td", {}, label(lang, `label.sector.${s.sector}`)),
      el("td", { class: "num" }, String(s.competed)),
      el("td", { class: "num" }, String(s.left)),
      el("td", { class: "num" }, String(s.quota)),
      el("td", { class: "num" }, String(s.admitted)),
      numCell(s.cutoff),
      el("td", { class: "num" }, s.tied ? `${s.tied}${s.tiedAdmitted ? " (+)" : ""}` : "—"),
    );
    prev = s.stage;
    table.tBodies[0]!.append(tr);
  }
  return table;
}

/** "12 March 2026"-free: the date as DD.MM.YYYY, as Kazakh and Russian documents write it. */
const today = (): string => {
  const d = new Date();
  return `${String(d.getDate()).padStart(2, "0")}.${String(d.getMonth() + 1).padStart(2, "0")}.${d.getFullYear()}`;
};

/** Starts the ranking part of the page; returns what the language switch calls. */
export function startRanking(source: string | undefined, getLang: () => Lang): { applyLang: (lang: Lang) => void; client: Client } {
  const client = new Client(source);
  // where the ranking runs, for the end-to-end check: "worker" (a Blob URL), or "page" (fallback)
  document.body.dataset.rankingIn = client.inWorker ? "worker" : "page";
  let meta: RankedMeta | undefined;
  let rows: Row[] = [];
  let from = 0;
  let explained: number | undefined;
  // the file ranked: read again for each ranking (its bytes are transferred to the worker, not copied)
  let input: { read: () => Promise<ArrayBuffer>; name: string } | undefined;
  let job = 0;
  const form = $<HTMLFormElement>("form-rank");
  const procedure = (): Procedure => (form.elements.namedItem("procedure") as RadioNodeList).value as Procedure;
  const minutesLang = $<HTMLSelectElement>("minutes-lang");
  for (const l of LANGS) minutesLang.append(el("option", { value: l }, { kk: "Қазақша", ru: "Русский", en: "English" }[l]));
  minutesLang.value = "kk";

  const progressBox = $("rank-progress");
  const bar = $<HTMLProgressElement>("progress-bar");
  const progressText = $("progress-text");
  const errorBox = $("rank-error");
  const result = $("rank-result");

  // the options (R-SEL-2, R-PYR-3): one final-quota field per sector, its placeholder the sources' quota
  const quotaBox = $("opt-final");
  const national = RESERVE_QUOTAS.national;
  for (const s of RESERVE_SECTORS) {
    const box = el("div", { class: "quota" });
    box.append(
      el("label", { for: `opt-final-${s}`, "data-sector": s }),
      el("input", { id: `opt-final-${s}`, name: `finalQuota-${s}`, type: "text", inputmode: "numeric", autocomplete: "off", spellcheck: "false", size: "4", placeholder: national.kind === "fixed" ? String(national.perSector[s]) : "" }),
    );
    quotaBox.append(box);
  }
  const fieldValue = (id: string) => $<HTMLInputElement | HTMLSelectElement>(id).value;
  /** The options as the fields hold them, read as the CLI reads its own (a RankError in `lang` otherwise). */
  const options = (lang: Lang): Pick<RankOptions, "questionsPerBlock" | "funnelOptions"> => {
    // only the chosen procedure's fields (the others are hidden and do not apply)
    const p = procedure();
    const o = rankOptionsOf(
      p === "is"
        ? { questionsPerBlock: fieldValue("opt-qpb") }
        : p === "funnel"
          ? { ties: fieldValue("opt-ties"), halfRounding: fieldValue("opt-half"), finalQuotas: Object.fromEntries(RESERVE_SECTORS.map((s) => [s, fieldValue(`opt-final-${s}`)])) }
          : {},
      lang,
    );
    // and as the library checks them (an unknown sector, final quotas above 50 in all), before any file is read
    checkRankOptions({ procedure: p, lang, ...o }, lang);
    return o;
  };
  const optionLabels = (lang: Lang) => {
    $<HTMLInputElement>("opt-qpb").placeholder = t(lang, "opt.qpb.placeholder");
    for (const l of quotaBox.querySelectorAll<HTMLLabelElement>("label[data-sector]")) l.textContent = label(lang, `label.sector.${l.dataset.sector}`);
  };
  optionLabels(getLang());

  client.onProgress = (p) => {
    if (p.id !== job) return;
    const lang = getLang();
    $("progress-label").textContent = t(lang, `phase.${p.phase}` as UiKey);
    if (p.total > 0) {
      bar.max = p.total;
      bar.value = p.done;
      progressText.textContent = `${p.done.toLocaleString("en").replace(/,/g, " ")} / ${p.total.toLocaleString("en").replace(/,/g, " ")}`;
    } else {
      bar.removeAttribute("value");
      progressText.textContent = t(lang, "rank.busy");
    }
  };

  const showError = (text: string) => {
    errorBox.replaceChildren(el("p", { class: "title" }, t(getLang(), "common.error")), ...text.split("\n").map((l) => el("p", {}, l)));
  };

  const renderRows = () => {
    if (!meta) return;
    const lang = getLang();
    fillTable($<HTMLTableElement>("rank-table"), meta, rows, lang, true);
    $("rank-caption").textContent = `${t(lang, "rank.caption")} — ${t(lang, `proc.${meta.procedure}` as UiKey)}`;
    const last = Math.min(meta.count, from + rows.length);
    $("page-text").textContent = `${from + 1}–${last} ${t(lang, "rank.of")} ${meta.count}`;
    $("pager").hidden = meta.count <= PAGE_SIZE;
    $<HTMLButtonElement>("page-prev").disabled = from === 0;
    $<HTMLButtonElement>("page-next").disabled = last >= meta.count;
  };

  const renderMeta = (ms?: number) => {
    if (!meta) return;
    const lang = getLang();
    const parts = [`${t(lang, "rank.file.read")}: ${meta.file}`, `${meta.count} ${t(lang, "rank.rows")}`];
    for (const [d, n] of Object.entries(meta.decisions)) parts.push(`${t(lang, `dec.${d}` as UiKey)}: ${n}`);
    if (ms !== undefined) $("rank-summary").dataset.ms = String(ms);
    const shownMs = $("rank-summary").dataset.ms;
    if (shownMs) parts.push(`${t(lang, "rank.time")}: ${Number(shownMs) < 1000 ? `${shownMs} ms` : `${(Number(shownMs) / 1000).toFixed(1)} s`}`);
    $("rank-summary").textContent = parts.join(" · ");
    const used = optionsText(meta, lang);
    $("rank-options").textContent = used === undefined ? "" : `${t(lang, "opt.used")}: ${used}`;
    $("rank-options").hidden = used === undefined;
    $("dl-xlsx").textContent = `${t(lang, "rank.download")} (.xlsx)`;
    $("dl-csv").textContent = `${t(lang, "rank.download")} (.csv)`;
    const fs = $("funnel-summary");
    fs.replaceChildren();
    if (meta.summary) {
      const wrap = el("div", { class: "table-wrap", role: "region", "aria-label": t(lang, "rank.summary"), tabindex: "0" });
      wrap.append(summaryTable(meta, lang));
      fs.append(wrap);
      fs.append(el("p", { id: "reserve-count" }, `${t(lang, "rank.reserve")}: ${meta.reserve!.length}; ${t(lang, "rank.awaiting")}: ${meta.awaiting!.length}${meta.awaiting!.length ? ` (${meta.awaiting!.join(", ")})` : ""}`));
    }
  };

  const explain = async (pos: number, focus: boolean) => {
    const lang = getLang();
    const r = await client.ask({ type: "explain", pos, lang });
    const box = $("explain");
    if (r.type !== "explained") return showError(r.type === "error" ? r.message : "?");
    explained = pos;
    const row = rows.find((x) => x.pos === pos);
    box.replaceChildren(el("h3", { id: "explain-title" }, `${t(lang, "rank.explainOf")} ${row?.id ?? ""}${row?.name ? ` — ${row.name}` : ""}`));
    box.dataset.pos = String(pos);
    for (const e of r.items as ShownExplanation[]) {
      const div = el("div", { class: "explanation", "data-rule": e.rule });
      div.append(el("p", {}, e.text));
      if (e.formula) {
        const f = el("p", { class: "formula" });
        f.append(el("code", {}, e.formula));
        div.append(f);
      }
      div.append(el("p", { class: "citation" }, `${t(lang, "common.rule")} ${e.citation}`));
      box.append(div);
    }
    if (focus) box.focus();
  };

  const goPage = async (to: number) => {
    if (!meta) return;
    const r = await client.ask({ type: "page", from: to, count: PAGE_SIZE });
    if (r.type !== "page") return;
    from = r.from;
    rows = r.rows;
    renderRows();
  };

  const rank = async () => {
    if (!input) return;
    const lang = getLang();
    errorBox.replaceChildren();
    delete document.body.dataset.ranked;
    result.hidden = true;
    $("explain").replaceChildren();
    explained = undefined;
    progressBox.hidden = false;
    bar.removeAttribute("value");
    $("progress-label").textContent = t(lang, "phase.read");
    progressText.textContent = t(lang, "rank.busy");
    const track = $<HTMLSelectElement>("rank-track").value;
    let opts: ReturnType<typeof options>;
    try {
      opts = options(lang);
    } catch (e) {
      // an option the CLI would refuse: its message, and no ranking (never a silent default);
      // a ranking still running with the options before is dropped when it answers
      job = 0;
      progressBox.hidden = true;
      if (e instanceof RankError) return showError(e.message);
      throw e;
    }
    const copy = await input.read();
    const q: Request = { type: "rank", bytes: copy, file: input.name, procedure: procedure(), lang, pageSize: PAGE_SIZE, ...(track ? { track: track as "lower" } : {}), ...opts };
    const pending = client.ask(q, [copy]);
    const my = (job = client.lastId);
    const r = await pending;
    if (my !== job) return; // a newer ranking was asked for meanwhile
    progressBox.hidden = true;
    if (r.type === "error") return showError(r.message);
    if (r.type !== "ranked") return;
    const t0 = performance.now();
    performance.mark("workbench:result");
    meta = r.meta;
    rows = r.rows;
    from = 0;
    result.hidden = false;
    renderMeta(r.ms);
    // the summary and the table laid out in two frames, not one long task
    await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
    renderRows();
    // the page's own work for a ranking (the end-to-end check reads it)
    performance.measure("workbench:render", { start: t0, end: performance.now() });
    document.body.dataset.ranked = `${meta.procedure}:${meta.file}:${meta.count}`;
  };

  const open = (read: () => Promise<ArrayBuffer>, name: string) => {
    input = { read, name };
    void rank();
  };
  const openFile = (f: File) => open(() => f.arrayBuffer(), f.name);

  $<HTMLInputElement>("rank-file").addEventListener("change", (ev) => {
    const f = (ev.target as HTMLInputElement).files?.[0];
    if (f) openFile(f);
  });
  const section = $("rank");
  section.addEventListener("dragover", (ev) => {
    ev.preventDefault();
    section.classList.add("dragging");
  });
  section.addEventListener("dragleave", () => section.classList.remove("dragging"));
  section.addEventListener("drop", (ev) => {
    ev.preventDefault();
    section.classList.remove("dragging");
    const f = ev.dataTransfer?.files?.[0];
    if (f) openFile(f);
  });
  const syncTrack = () => {
    $("track-row").hidden = procedure() !== "competition";
    $("is-options").hidden = procedure() !== "is";
    $("funnel-options").hidden = procedure() !== "funnel";
  };
  /** Without a file: the options checked alone, their refusal shown (or cleared) at once. */
  const checkAlone = () => {
    errorBox.replaceChildren();
    try {
      options(getLang());
    } catch (e) {
      if (e instanceof RankError) showError(e.message);
      else throw e;
    }
  };
  form.addEventListener("change", (ev) => {
    const target = ev.target as HTMLElement;
    if (target.getAttribute("name") === "procedure" || target.id === "rank-track" || target.id.startsWith("opt-")) {
      syncTrack();
      if (input) void rank();
      else checkAlone();
    }
  });
  // Enter in an option's field ranks again (the form is never sent anywhere)
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    if (input) void rank();
    else checkAlone();
  });
  syncTrack();
  $("rank-sample").addEventListener("click", () => {
    const s = SAMPLES[procedure()].xlsx;
    open(async () => s.bytes.slice().buffer, s.name);
  });
  const save = (bytes: Uint8Array | ArrayBuffer, name: string, type: string) => {
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
    const a = el("a", { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };
  const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  $("sample-csv").addEventListener("click", () => save(SAMPLES[procedure()].csv.bytes, SAMPLES[procedure()].csv.name, "text/csv"));
  $("sample-xlsx").addEventListener("click", () => save(SAMPLES[procedure()].xlsx.bytes, SAMPLES[procedure()].xlsx.name, XLSX));
  const download = async (format: "csv" | "xlsx") => {
    if (!meta) return;
    const r = await client.ask({ type: "export", format });
    if (r.type === "error") return showError(r.message);
    if (r.type !== "exported") return;
    const base = meta.file.replace(/\.[^.]*$/, "");
    save(r.bytes, `${base}-results.${format}`, format === "xlsx" ? XLSX : "text/csv");
  };
  $("dl-xlsx").addEventListener("click", () => void download("xlsx"));
  $("dl-csv").addEventListener("click", () => void download("csv"));
  $("page-prev").addEventListener("click", () => void goPage(Math.max(0, from - PAGE_SIZE)));
  $("page-next").addEventListener("click", () => void goPage(from + PAGE_SIZE));
  $("rank-table").addEventListener("click", (ev) => {
    const tr = (ev.target as HTMLElement).closest("tr[data-pos]");
    if (tr) void explain(Number((tr as HTMLElement).dataset.pos), (ev.target as HTMLElement).tagName === "BUTTON");
  });

  // the minutes: a printable view in the language chosen for it
  const minutes = $("minutes");
  const showMinutes = async () => {
    if (!meta) return;
    const ml = minutesLang.value as Lang;
    let all = rows;
    if (meta.procedure !== "funnel" && meta.count > rows.length) {
      const r = await client.ask({ type: "page", from: 0, count: Math.min(meta.count, MINUTES_MAX_ROWS) });
      if (r.type === "page") all = r.rows;
    }
    minutes.lang = ml;
    minutes.replaceChildren();
    const bar0 = el("div", { class: "minutes-controls" });
    const print = el("button", { type: "button", id: "minutes-print" }, t(getLang(), "rank.printMinutes"));
    const close = el("button", { type: "button", id: "minutes-close", class: "secondary" }, t(getLang(), "rank.closeMinutes"));
    print.addEventListener("click", () => window.print());
    close.addEventListener("click", () => {
      minutes.hidden = true;
      document.body.classList.remove("show-minutes");
      $("show-minutes").focus();
    });
    // the language of the minutes, changeable here too
    const langLabel = el("label", { for: "minutes-lang-view" }, t(getLang(), "rank.minutesLang"));
    const langSel = el("select", { id: "minutes-lang-view" });
    for (const l of LANGS) langSel.append(el("option", { value: l }, { kk: "Қазақша", ru: "Русский", en: "English" }[l]));
    langSel.value = ml;
    langSel.addEventListener("change", () => {
      minutesLang.value = langSel.value;
      void showMinutes().then(() => $("minutes-lang-view").focus());
    });
    bar0.append(print, langLabel, langSel, close);
    minutes.append(bar0, el("h1", { id: "min-title" }, t(ml, "min.title")));
    const dl = el("dl", { class: "minutes-facts" });
    for (const [k, v] of [
      ["min.procedure", t(ml, `proc.${meta.procedure}` as UiKey)],
      ["min.date", today()],
      ["min.file", meta.file],
      ["min.count", String(meta.count)],
    ] as const) dl.append(el("dt", {}, t(ml, k)), el("dd", {}, v));
    // the reading the result was made with: without it a printed result is not reproducible
    const used = optionsText(meta, ml);
    if (used !== undefined) dl.append(el("dt", {}, t(ml, "opt.used")), el("dd", { id: "min-options" }, used));
    minutes.append(dl);
    if (meta.procedure === "funnel") {
      const wrap = el("div", { class: "table-wrap" });
      wrap.append(summaryTable(meta, ml));
      minutes.append(wrap);
      minutes.append(el("p", {}, `${t(ml, "rank.reserve")} (${meta.reserve!.length}): ${meta.reserve!.join(", ") || "—"}`));
      minutes.append(el("p", {}, `${t(ml, "rank.awaiting")} (${meta.awaiting!.length}): ${meta.awaiting!.join(", ") || "—"}`));
      minutes.append(el("p", { class: "note" }, t(ml, "min.funnelNote")));
    } else {
      const table = el("table", { class: "minutes-table" });
      table.append(el("thead"), el("tbody"));
      fillTable(table, meta, all, ml, false);
      const wrap = el("div", { class: "table-wrap" });
      wrap.append(table);
      minutes.append(wrap);
      minutes.append(el("p", { class: "note" }, t(ml, "min.meanNote")));
    }
    minutes.append(el("p", { class: "note" }, t(ml, "min.roundNote")));
    minutes.append(el("p", { class: "note" }, t(ml, "min.computed")));
    const sig = el("div", { class: "signatures" });
    sig.append(el("h2", {}, t(ml, "min.signatures")));
    for (let k = 0; k < 5; k++) {
      const line = el("div", { class: "sig-line" });
      line.append(el("span", { class: "blank" }, ""), el("span", { class: "under" }, t(ml, "min.fullName")), el("span", { class: "blank short" }, ""), el("span", { class: "under" }, t(ml, "min.signature")));
      sig.append(line);
    }
    minutes.append(sig);
    minutes.hidden = false;
    document.body.classList.add("show-minutes");
    print.focus();
  };
  $("show-minutes").addEventListener("click", () => void showMinutes());
  minutesLang.addEventListener("change", () => {
    if (!minutes.hidden) void showMinutes();
  });
  document.addEventListener("keydown", (ev) => {
    if (ev.key === "Escape" && !minutes.hidden) $("minutes-close").click();
  });

  const trackNames = () => {
    for (const o of $<HTMLSelectElement>("rank-track").options) if (o.value) o.textContent = label(getLang(), `label.track.${o.value}`);
  };
  trackNames();
  const applyLang = () => {
    trackNames();
    optionLabels(getLang());
    // a refusal is redone in the new language (the file is read again)
    if (errorBox.childElementCount > 0 && input) return void rank();
    if (errorBox.childElementCount > 0) return checkAlone();
    if (meta) {
      renderMeta();
      renderRows();
      if (explained !== undefined) void explain(explained, false);
    }
  };
  return { applyLang, client };
}

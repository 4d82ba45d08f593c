// typedoc plugin of the API site (issues 6 and 20).
// - Each `@rule R-…` tag of a doc comment becomes a "Source" block read from the library's citation
//   registry (src/sources/citations, loaded from src/ with tsx, so the site does not need dist/):
//   the act, the place, and a link to the highlighted seed lines in the site's copy of the source
//   text (sources/00N.html#L2044-L2080), plus a link to the rule's entry in the rules index.
//   Unknown rule ids are errors.
// - The law as printed: the text inside «…» (comments and docs/*.md) is backslash-escaped before
//   Markdown sees it, so «И=0,4*О+0,4 *Э +0,2*С» keeps its `*` (no italics).
// - The five seed texts become pages with line anchors (sources/000.html … 004.html).
// - The search index is rebuilt (assets/search.js, same format typedoc's front end reads): Unicode
//   tokens (typedoc's lunr trimmer drops every Cyrillic word), a `rule` field that makes the
//   function implementing a rule the first hit for its id, the Kazakh quotes in a `law` field,
//   and no message catalogues (EN/KK/RU_MESSAGES: hundreds of `__type` entries).
// - Links that Markdown's linkify invents from file names (http://RULES.md, http://API.md,
//   http://EFFECTIVE-DATES.md, http://JsonSchema.Net) are pointed at the site's own pages.
import { Converter, CommentTag, IndexEvent, PageEvent, ReflectionKind, RendererEvent, UnknownType } from "typedoc";
import { tsImport } from "tsx/esm/api";
import lunr from "lunr";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { dirname, join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { escapeQuotes } from "./site/escape-quotes.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const CATALOGUES = new Set(["EN_MESSAGES", "KK_MESSAGES", "RU_MESSAGES"]);
/** Bare file names that Markdown's linkify turns into http:// links → the site's page (null: no link). */
const FUZZY_LINKS = {
  "RULES.md": "doc:rules",
  "EFFECTIVE-DATES.md": "doc:effective-dates",
  "API.md": "modules.html",
  "JsonSchema.Net": null,
};
const SEED_RE = /sources\/(\d{3})_[0-9a-f]+\.txt/;

function escapeParts(parts, quotes) {
  for (const p of parts) {
    if (p.kind !== "text" || !p.text.includes("«")) continue;
    const [t, q] = escapeQuotes(p.text);
    p.text = t;
    quotes?.push(...q);
  }
}

// ── search tokens ─────────────────────────────────────────────────────────────────────────────
const EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
/** Words split as the search box splits a query (spaces, hyphens), trimmed of punctuation by Unicode
 * classes, plus their inner parts (И=0,4*О → и, 0, 4, о; competitionFinal stays one word). */
function words(text) {
  const out = new Set();
  const plain = String(text ?? "")
    .replace(/\]\(kzsite:[^)]*\)/g, "]")
    .toLowerCase();
  for (const raw of plain.split(/[\s\-]+/)) {
    const w = raw.replace(EDGE, "");
    if (!w) continue;
    // whole words such as competitionfinal, en_messages, 5.6; inner parts of И=0,4*О → и, 0, 4, о
    if (/^[\p{L}\p{N}_.$]+$/u.test(w)) out.add(w);
    for (const part of w.split(/[^\p{L}\p{N}]+/u)) if (part) out.add(part);
  }
  return [...out];
}
function tokenizer(obj, metadata) {
  if (obj == null) return [];
  const list = Array.isArray(obj) ? obj.flatMap((o) => words(o)) : words(obj);
  return list.map((w) => new lunr.Token(w, lunr.utils.clone(metadata) || {}));
}
tokenizer.separator = lunr.tokenizer.separator;

function commentText(refl) {
  const comments = [];
  if (refl.comment) comments.push(refl.comment);
  for (const s of refl.signatures ?? []) if (s.comment) comments.push(s.comment);
  return comments
    .flatMap((c) => [...c.summary, ...c.blockTags.flatMap((t) => t.content)])
    .map((p) => p.text)
    .join("\n");
}
function ruleIdsOf(comment) {
  return (comment?.blockTags ?? [])
    .filter((t) => t.tag === "@rule")
    .flatMap((t) => t.content.map((p) => p.text).join("").split(/[\s,]+/))
    .filter(Boolean);
}

export async function load(app) {
  let lib;
  try {
    // read the registry from the sources (not dist/): the site does not depend on a build
    lib = await tsImport("../src/index.ts", import.meta.url);
  } catch (e) {
    app.logger.error(`typedoc-citations: cannot load src/index.ts: ${e?.stack ?? e}`);
    return;
  }
  const registry = lib.RULE_CITATIONS;
  /** reflection id → { rules, quotes, primary } */
  const info = new Map();
  let indexList = [];

  const seedLink = (seed, lines) => {
    const m = SEED_RE.exec(seed);
    if (!m) return `\`${seed}\`${lines ? ` lines ${lines}` : ""}`;
    const ranges = String(lines ?? "").split(/\s*,\s*/).filter(Boolean);
    if (!ranges.length) return `[\`${seed}\`](kzsite:source/${m[1]})`;
    return `\`${seed}\` lines ${ranges.map((r) => `[${r}](kzsite:source/${m[1]}#L${r.replace(/^(\d+)[-–](\d+)$/, "$1-L$2")})`).join(", ")}`;
  };

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    // the message catalogues: one entry each, their hundreds of keys are not API
    for (const refl of Object.values(project.reflections)) {
      if (!CATALOGUES.has(refl.name) || !refl.type) continue;
      if (refl.type.type === "reflection" && refl.type.declaration) project.removeReflection(refl.type.declaration);
      refl.type = new UnknownType("Readonly<Record<MessageCode, string>>");
    }
    for (const refl of Object.values(project.reflections)) {
      if (refl.isDocument?.()) {
        escapeParts(refl.content, null);
        continue;
      }
      const comment = refl.comment;
      if (!comment) continue;
      const quotes = [];
      escapeParts(comment.summary, quotes);
      for (const t of comment.blockTags) escapeParts(t.content, quotes);
      const ids = ruleIdsOf(comment);
      const lines = [];
      for (const id of ids) {
        const c = registry[id];
        if (!c) {
          app.logger.error(`typedoc-citations: ${refl.getFriendlyFullName()}: unknown rule id ${id} (not in RULE_CITATIONS)`);
          continue;
        }
        const also = c.also && c.also.length ? ` Also: ${c.also.join("; ")}.` : "";
        lines.push(`**[${id}](kzsite:rule/${id})** — ${c.title}. ${c.act}, ${c.locator}; Kazakh text: ${seedLink(c.seed, c.lines)}.${also}`);
      }
      if (lines.length) comment.blockTags.push(new CommentTag("@source", [{ kind: "text", text: lines.join("\n\n") }]));
      // the function a rule id should find first: its summary opens with the id in bold
      const summary = comment.summary.map((p) => p.text).join("");
      const lead = /^\s*\*\*(R-[A-Z]+-\d+)/.exec(summary)?.[1];
      info.set(refl.id, { rules: ids, quotes, lead, first: summary.split("\n")[0] });
    }
  });

  app.renderer.on(IndexEvent.PREPARE_INDEX, (event) => {
    for (let i = event.searchResults.length - 1; i >= 0; i--) {
      let r = event.searchResults[i];
      let hidden = false;
      for (; r; r = r.parent) if (CATALOGUES.has(r.name)) hidden = true;
      if (hidden) event.removeResult(i);
    }
    indexList = [...event.searchResults];
  });

  app.renderer.on(PageEvent.END, (page) => {
    if (!page.contents) return;
    const from = posix.dirname(page.url);
    const rel = (target) => {
      const r = posix.relative(from, target);
      return r === "" ? posix.basename(target) : r;
    };
    page.contents = page.contents
      // a name without a page of its own (an internal type carrying @rule): its name, unlinked
      .replace(/<a href="kzsite:api\/([^"#]*)"[^>]*>([\s\S]*?)<\/a>/g, (all, name, text) => (apiUrls.has(name) ? all : text))
      .replace(/href="kzsite:([^"#]*)(#[^"]*)?"/g, (_, what, hash = "") => {
        const [kind, arg] = what.split("/");
        if (kind === "source") return `href="${rel(`sources/${arg}.html`)}${hash}"`;
        if (kind === "rule") return `href="${rel(docUrl("rules-index"))}#${arg}"`;
        if (kind === "api") {
          const u = apiUrls.get(arg);
          return `href="${u ? rel(u) : "#"}${hash}"`;
        }
        return `href="${rel(what)}${hash}"`;
      })
      .replace(/<a href="http:\/\/([^"/]+)"([^>]*)>\1<\/a>/g, (all, name) => {
        if (!(name in FUZZY_LINKS)) return all;
        const to = FUZZY_LINKS[name];
        if (to === null) return name;
        const target = to.startsWith("doc:") ? docUrl(to.slice(4)) : to;
        return `<a href="${rel(target)}">${name}</a>`;
      });
  });

  const docUrls = new Map();
  const apiUrls = new Map();
  function docUrl(file) {
    return docUrls.get(file) ?? "index.html";
  }
  // documents by their name: "rules" (docs/rules.md), "effective-dates", "rules-index" (title "Rules index")
  app.renderer.on(RendererEvent.BEGIN, (event) => {
    for (const refl of Object.values(event.project.reflections)) {
      if (refl.isDocument?.()) docUrls.set(refl.name.toLowerCase().replace(/\s+/g, "-"), app.renderer.router.getFullUrl(refl));
      // exported declarations by name (the page of the "index" module's, not a re-export's)
      else if (refl.parent?.isProject?.() === false && refl.parent?.kindOf?.(ReflectionKind.Module) && !refl.isReference?.() && app.renderer.router.hasUrl?.(refl)) {
        const url = app.renderer.router.getFullUrl(refl);
        if (!apiUrls.has(refl.name) || refl.parent.name === "index") apiUrls.set(refl.name, url);
      }
    }
  });

  app.renderer.on(RendererEvent.END, (event) => {
    const out = event.outputDirectory;
    writeSources(out);
    writeSearch(out, event.project);
  });

  function writeSources(out) {
    mkdirSync(join(out, "sources"), { recursive: true });
    const acts = Object.values(lib.SOURCES);
    for (const f of readdirSync(join(root, "sources")).sort()) {
      const m = /^(\d{3})_[0-9a-f]+\.txt$/.exec(f);
      if (!m) continue;
      const text = readFileSync(join(root, "sources", f), "utf8");
      const lines = text.split("\n");
      if (lines.at(-1) === "") lines.pop();
      const actNames = acts.filter((a) => a.seed === `sources/${f}`).map((a) => `${a.id}: ${a.title}`);
      writeFileSync(join(out, "sources", `${m[1]}.html`), sourcePage(m[1], f, actNames, lines, `../${docUrl("rules-index")}`));
    }
  }

  function writeSearch(out, project) {
    const theme = app.renderer.theme;
    const builder = new lunr.Builder();
    builder.tokenizer = tokenizer;
    builder.pipeline.reset();
    builder.searchPipeline.reset();
    builder.ref("id");
    builder.field("name", { boost: 10 });
    builder.field("rule", { boost: 10000 });
    builder.field("law", { boost: 3 });
    builder.field("comment", { boost: 1 });
    builder.field("document", { boost: 1 });
    const rows = [];
    for (const refl of indexList) {
      let parent = refl.parent;
      if (parent?.isProject()) parent = undefined;
      const row = {
        kind: refl.kind,
        name: refl.name,
        url: theme.router.getFullUrl(refl),
        classes: theme.getReflectionClasses(refl),
      };
      const icon = theme.getReflectionIcon(refl);
      if (icon !== refl.kind) row.icon = icon;
      if (parent) row.parent = parent.getFullName();
      const meta = info.get(refl.id) ?? { rules: [], quotes: [] };
      for (const s of refl.signatures ?? []) {
        const m = info.get(s.id);
        if (m) {
          meta.rules = [...meta.rules, ...m.rules];
          meta.quotes = [...meta.quotes, ...m.quotes];
          meta.lead ??= m.lead;
        }
      }
      // rule ids weigh only for the declarations that implement them (a function, a constant),
      // most for the one whose comment opens with the id
      const rule = meta.lead ? [meta.lead, meta.lead, ...meta.rules] : meta.rules;
      let boost = refl.isDocument() ? 1 : 1.5;
      if (meta.lead && meta.rules.includes(meta.lead)) boost *= 1.5;
      // a member of an interface or class (a property's short comment would outrank whole functions)
      if (parent && !parent.kindOf(ReflectionKind.SomeModule)) boost *= 0.4;
      // a guide: one row for its opening, one per section (## / ###), so a word in a long guide
      // leads to its section and is not drowned by the guide's length
      if (refl.isDocument()) {
        const sections = documentSections(join(out, row.url));
        if (sections) {
          const [intro, ...rest] = sections;
          builder.add({ id: rows.length, name: refl.name, rule: "", law: "", comment: "", document: intro.text }, { boost });
          rows.push(row);
          for (const sec of [intro, ...rest]) {
            if (sec.id) {
              builder.add({ id: rows.length, name: sec.title, rule: "", law: "", comment: "", document: `${sec.title}\n${sec.text}` }, { boost: 0.8 });
              rows.push({ ...row, name: sec.title, url: `${row.url}#${sec.id}`, parent: refl.name });
            }
            // each row of a guide's tables (a holiday, a threshold, a deadline) is found on its own
            if (refl.name === "Rules index") continue;
            for (const tr of sec.rows) {
              builder.add({ id: rows.length, name: tr, rule: "", law: "", comment: "", document: tr }, { boost: 0.6 });
              rows.push({ ...row, name: tr.length > 90 ? `${tr.slice(0, 89)}…` : tr, url: sec.id ? `${row.url}#${sec.id}` : row.url, parent: `${refl.name}${sec.title ? ` › ${sec.title}` : ""}` });
            }
          }
          continue;
        }
      }
      builder.add(
        {
          id: rows.length,
          name: [refl.name, refl.name.replace(/([a-z])([A-Z])/g, "$1 $2")],
          rule: rule.join(" "),
          law: meta.quotes.join("\n"),
          comment: commentText(refl),
          document: refl.isDocument() ? refl.content.map((p) => p.text).join("") : "",
        },
        { boost },
      );
      rows.push(row);
    }
    // one row per rule id, named by the id, opening the function whose comment leads with it:
    // typedoc's front end ranks a row whose name is the query ×10, so "R-GC-5" lists
    // "competitionFinal.R-GC-5" first (its search wraps every word in `*…*`, and `*r` of
    // "R-GC-5" matches every word ending in r, which no field weight can outvote)
    const leads = new Map();
    for (const refl of indexList) {
      if (refl.isReference?.() || refl.isDocument?.()) continue;
      const metas = [info.get(refl.id), ...(refl.signatures ?? []).map((sg) => info.get(sg.id))].filter(Boolean);
      for (const meta of metas) {
        for (const id of meta.rules ?? []) {
          // the declaration whose comment opens with the id, else any carrying it; a function, the shortest name
          const explains = /^explain/.test(refl.name) || /\bexplain/i.test(meta.first ?? "");
          const rank = (meta.lead === id ? 0 : 10000) + (explains ? 5000 : 0) + (refl.signatures ? 0 : 1000) + refl.name.length;
          const prev = leads.get(id);
          if (!prev || rank < prev.rank) leads.set(id, { refl, rank });
        }
      }
    }
    for (const [id, { refl }] of [...leads].sort()) {
      builder.add({ id: rows.length, name: "", rule: `${id} ${id} ${id}`, law: "", comment: "", document: "" }, { boost: 0.5 });
      rows.push({ kind: refl.kind, name: id, url: theme.router.getFullUrl(refl), classes: theme.getReflectionClasses(refl), parent: refl.name });
    }
    const data = { rows, index: safeIndex(builder.build()) };
    const b64 = deflateSync(Buffer.from(JSON.stringify(data))).toString("base64");
    writeFileSync(join(out, "assets", "search.js"), `window.searchData = "${b64}";`);
    void project;
  }
}

/**
 * lunr 2.3.9's TokenSet minimisation can merge nodes whose edge labels and ids concatenate to the same
 * string (digit labels, numeric ids) and so yields words that have no posting; which ones depends on
 * the id counter, i.e. on a fresh load as in the browser. A wildcard query reaching one throws
 * ("Cannot read properties of undefined (reading '_index')"). Give each such word an empty posting
 * (it matches nothing), until the loaded index has none left.
 */
function safeIndex(index) {
  let json = index.toJSON();
  for (let round = 0; round < 10; round++) {
    // the browser loads the index into a fresh lunr, whose TokenSet ids start at 1: do the same
    const saved = lunr.TokenSet._nextId;
    lunr.TokenSet._nextId = 1;
    const loaded = lunr.Index.load(json);
    lunr.TokenSet._nextId = saved;
    const have = new Set(json.invertedIndex.map(([t]) => t));
    const missing = loaded.tokenSet.toArray().filter((t) => !have.has(t));
    if (!missing.length) return json;
    let next = json.invertedIndex.reduce((m, [, p]) => Math.max(m, p._index), -1) + 1;
    const empty = () => Object.fromEntries(json.fields.map((f) => [f, {}]));
    json = { ...json, invertedIndex: [...json.invertedIndex, ...missing.map((t) => [t, { _index: next++, ...empty() }])].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)) };
  }
  throw new Error("typedoc-citations: the search index keeps words without postings");
}

const ENT = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: "\u00a0" };
const textOf = (html) =>
  html
    .replace(/<\/?(?:p|li|ul|ol|tr|td|th|table|div|h\d|br|blockquote|pre)\b[^>]*>/gi, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e) => (e[0] === "#" ? String.fromCodePoint(/^#x/i.test(e) ? parseInt(e.slice(2), 16) : +e.slice(1)) : (ENT[e] ?? all)))
    .replace(/\s+/g, " ")
    .trim();
/** The rendered guide split at its h2/h3 headings (rules index: at each rule's anchor): [{ id, title, text }]. */
function documentSections(file) {
  let html;
  try {
    html = readFileSync(file, "utf8");
  } catch {
    return null;
  }
  const a = html.indexOf('<div class="col-content">');
  const b = html.indexOf('<div class="col-sidebar">');
  if (a < 0 || b < 0) return null;
  html = html.slice(a, b);
  const re = /(?:<a id="(R-[A-Z]+-\d+)"><\/a>\s*(?:<\/p>)?\s*)?<h([23]) id="([^"]+)"[^>]*>([\s\S]*?)<\/h\2>/g;
  const out = [];
  let last = { id: "", title: "", start: 0 };
  const section = (end) => {
    const part = html.slice(last.start, end);
    const rows = [...part.matchAll(/<tr>([\s\S]*?)<\/tr>/g)]
      .filter((m) => !m[1].includes("<th"))
      .map((m) => [...m[1].matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => textOf(c[1])).filter(Boolean).join(" · "))
      .filter(Boolean);
    return { ...last, text: textOf(part), rows };
  };
  for (const m of html.matchAll(re)) {
    out.push(section(m.index));
    last = { id: m[1] ?? m[3], title: textOf(m[4]), start: m.index + m[0].length };
  }
  out.push(section(html.length));
  return out;
}

const esc = (s) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

function sourcePage(num, file, actNames, lines, rulesIndex) {
  const rows = lines
    .map((l, i) => `<tr id="L${i + 1}"><td class="n"><a href="#L${i + 1}">${i + 1}</a></td><td class="t">${esc(l)}</td></tr>`)
    .join("\n");
  return `<!DOCTYPE html>
<html lang="kk"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>sources/${esc(file)} | kz-civil-service-rules</title>
<style>
:root { color-scheme: light dark; --hl: #fff3b0; --fg: #1b1b1b; --bg: #fff; --muted: #6a6a6a; --line: #ececec; --link: #1f4ea1; }
@media (prefers-color-scheme: dark) { :root { --hl: #4a4210; --fg: #e8e8e8; --bg: #1b1d21; --muted: #9a9a9a; --line: #2c2f34; --link: #8fb4ff; } }
body { margin: 0; font: 15px/1.5 system-ui, "Segoe UI", "Noto Sans", sans-serif; color: var(--fg); background: var(--bg); }
header { position: sticky; top: 0; background: var(--bg); border-bottom: 1px solid var(--line); padding: .6rem 1rem; }
header h1 { font-size: 1.05rem; margin: 0 0 .2rem; } header p { margin: 0; color: var(--muted); font-size: .9rem; }
a { color: var(--link); }
table { border-collapse: collapse; width: 100%; }
td { vertical-align: top; padding: 0 .6rem; }
td.n { text-align: right; user-select: none; width: 4.5em; color: var(--muted); font: 13px/1.5 ui-monospace, monospace; border-right: 1px solid var(--line); }
td.n a { color: inherit; text-decoration: none; }
td.t { white-space: pre-wrap; overflow-wrap: anywhere; }
tr.hl td { background: var(--hl); }
tr:target td { background: var(--hl); }
</style></head>
<body>
<header><h1><a href="../index.html">kz-civil-service-rules</a> › sources/${esc(file)}</h1>
<p>${actNames.map(esc).join("<br>") || "Kazakh source text"} · ${lines.length} lines · <a href="${rulesIndex}">Rules index</a> · lines as in the seed file; link <code>#L10</code> or <code>#L10-L20</code></p></header>
<table class="src" data-seed="${num}">
${rows}
</table>
<script>
function kzHighlight() {
  document.querySelectorAll("tr.hl").forEach(function (r) { r.classList.remove("hl"); });
  var m = /^#L(\\d+)(?:-L?(\\d+))?$/.exec(location.hash);
  if (!m) return;
  var a = +m[1], b = m[2] ? +m[2] : a;
  for (var i = a; i <= b; i++) { var r = document.getElementById("L" + i); if (r) r.classList.add("hl"); }
  var first = document.getElementById("L" + a);
  if (first) first.scrollIntoView({ block: "center" });
}
window.addEventListener("hashchange", kzHighlight);
kzHighlight();
</script>
</body></html>
`;
}

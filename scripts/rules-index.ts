// Writes docs/rules-index.md (issue 6): every rule id of docs/rules.md → the exported API carrying
// its `@rule` tag in src/ → its source citation (RULE_CITATIONS) → the test files whose test names
// carry the id. Run by `npm run docs` before typedoc (docs/rules-index.md is generated and git-ignored;
// typedoc's projectDocuments `docs/*.md` picks it up).
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { RULE_CITATIONS, RULE_VERSIONS } from "../src/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (name.endsWith(".ts")) out.push(p);
  }
  return out;
}

// 1. rule ids and titles, in the order of docs/rules.md
const rulesMd = readFileSync(join(root, "docs/rules.md"), "utf8");
const rules: { id: string; title: string }[] = [];
for (const m of rulesMd.matchAll(/^\s*-\s+\*\*(R-[A-Z]+-\d+)(?:\s+([^*]*))?\*\*:?\s*([^.(\n]*)/gm)) {
  if (!rules.some((r) => r.id === m[1])) rules.push({ id: m[1]!, title: (m[2] || m[3] || "").replace(/:$/, "").trim() });
}

// rules cited in the code (RULE_CITATIONS) but not (yet) in docs/rules.md: listed too, so every
// "Source" link of the API pages has its anchor here
const inCatalogue = new Set(rules.map((r) => r.id));
for (const [id, c] of Object.entries(RULE_CITATIONS as Record<string, { title: string }>)) {
  if (!inCatalogue.has(id)) rules.push({ id, title: `${c.title} (not in the rules catalogue yet)` });
}

// 2. @rule tags → the declaration that follows the doc comment
type Impl = { name: string; file: string; lead: boolean; quote?: string; english?: string };
const implementers = new Map<string, Impl[]>();
/** The `> «…»` blockquote of a doc comment and the English paragraph after it. */
function quoteOf(body: string): { quote?: string; english?: string } {
  const lines = body.split("\n").map((l) => l.replace(/^\s*\*\s?/, ""));
  const start = lines.findIndex((l) => /^>\s*«/.test(l));
  if (start < 0) return {};
  let end = start;
  while (end < lines.length && /^>/.test(lines[end]!)) end++;
  const quote = lines.slice(start, end).join("\n");
  let e = end;
  while (e < lines.length && lines[e]!.trim() === "") e++;
  const eng: string[] = [];
  if (/^["“]/.test(lines[e] ?? "")) while (e < lines.length && lines[e]!.trim() !== "") eng.push(lines[e++]!);
  return { quote, english: eng.join(" ") || undefined };
}
for (const file of walk(join(root, "src"))) {
  const text = readFileSync(file, "utf8");
  for (const m of text.matchAll(/\/\*\*([\s\S]*?)\*\/\s*export\s+(?:declare\s+)?(?:async\s+)?(?:function|const|class|interface|type)\s+([A-Za-z0-9_$]+)/g)) {
    const tags = [...m[1]!.matchAll(/@rule\s+([^\n@]*)/g)].flatMap((t) => t[1]!.replace(/\*/g, " ").split(/[\s,]+/)).filter((s) => /^R-[A-Z]+-\d+/.test(s));
    for (const tag of tags) {
      const id = tag.replace(/#.*$/, "");
      const list = implementers.get(id) ?? [];
      const lead = new RegExp(`^\\s*\\*?\\s*\\*\\*${id}\\*\\*`).test(m[1]!.replace(/^\s*\*?\s*/, ""));
      if (!list.some((x) => x.name === m[2])) list.push({ name: m[2]!, file: relative(root, file), lead, ...quoteOf(m[1]!) });
      implementers.set(id, list);
    }
  }
}

// 3. tests: titles (string literals on it/test/describe lines) carrying the id
const testFiles = walk(join(root, "test")).map((f) => ({ file: relative(root, f), lines: readFileSync(f, "utf8").split("\n") }));
function testsOf(id: string): { file: string; count: number }[] {
  const re = new RegExp(`${id.replace(/-/g, "\\-")}(?![0-9])`);
  const out: { file: string; count: number }[] = [];
  for (const t of testFiles) {
    const count = t.lines.filter((l) => /\b(it|test|describe)(\.\w+)?\s*\(|\)\s*\(\s*[`"']/.test(l) && re.test(l)).length;
    if (count > 0) out.push({ file: t.file, count });
  }
  return out;
}

// 4. the English statement of each rule in docs/rules.md (its bullet, up to the next bullet or heading)
function statementOf(id: string): string {
  const m = new RegExp(`^\\s*-\\s+\\*\\*${id}(?:\\s[^*]*)?\\*\\*:?([\\s\\S]*?)(?=^\\s*-\\s+\\*\\*R-|^#|^\\s*$)`, "m").exec(rulesMd);
  if (!m) return "";
  // keep its sub-bullets as a list; join the wrapped lines of each item
  return m[1]!
    .split(/\n(?=\s*-\s)/)
    .map((item) => item.replace(/\s*\n\s*/g, " ").trim())
    .filter(Boolean)
    .reduce((out, item) => (item.startsWith("- ") ? `${out}${out.includes("\n- ") || out === "" ? "\n" : "\n\n"}${item}` : `${out}${out ? " " : ""}${item}`), "")
    .replace(/^\n/, "\n\n");
}

// 5. conformance vectors by rule
const vectors = new Map<string, { file: string; ids: string[] }[]>();
for (const f of readdirSync(join(root, "conformance")).filter((f) => f.endsWith(".json")).sort()) {
  const j = JSON.parse(readFileSync(join(root, "conformance", f), "utf8")) as { vectors?: { id: string; rule: string }[] };
  for (const v of j.vectors ?? []) {
    const list = vectors.get(v.rule) ?? [];
    let entry = list.find((x) => x.file === `conformance/${f}`);
    if (!entry) list.push((entry = { file: `conformance/${f}`, ids: [] }));
    entry.ids.push(v.id);
    vectors.set(v.rule, list);
  }
}

const seedLines = new Map<string, string[]>();
const norm = (s: string) => s.replace(/[\s\u00a0\u200b]+/g, " ").trim();
/** Whether every «…» of a `> «…»` blockquote is verbatim ("…" elisions aside) in the seed ranges, or in its own "(lines a–b)". */
function quoteInRanges(md: string, ranges: { seed: string; a: number; b: number }[]): boolean {
  const text = md.split("\n").map((l) => l.replace(/^>\s?/, "")).join("\n");
  const lines = (seed: string) => {
    if (!seedLines.has(seed)) seedLines.set(seed, readFileSync(join(root, seed), "utf8").split("\n"));
    return seedLines.get(seed)!;
  };
  const hay = norm(ranges.map((r) => lines(r.seed).slice(r.a - 1, r.b).join("\n")).join("\n"));
  const quotes = [...text.matchAll(/«([\s\S]*)»(\s*\((?:(?:seed )?\d{3},?\s*)?lines? (\d+)(?:\s*[–-]\s*(\d+))?[,;)])?/g)];
  if (!quotes.length) return false;
  return quotes.every((m) => {
    const own = m[3] ? norm([...new Set(ranges.map((r) => r.seed))].map((sd) => lines(sd).slice(+m[3]! - 1, +(m[4] ?? m[3]!)).join("\n")).join("\n")) : "";
    const pieces = norm(m[1]!.replace(/\\(.)/g, "$1")).split(/\s*(?:\[…\]|\(…\)|…|\.\.\.)\s*/).filter(Boolean);
    const within = (h: string) => {
      let at = 0;
      for (const p of pieces) {
        const k = h.indexOf(p, at);
        if (k < 0) return false;
        at = k + p.length;
      }
      return true;
    };
    return within(hay) || (own !== "" && within(own));
  });
}

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
const seedNo = (seed: string) => /sources\/(\d{3})_/.exec(seed)?.[1];
/** `sources/001_….txt` lines 2044-2080 → links to the site's source page (kzsite: is resolved by the typedoc plugin). */
function seedLinks(seed: string | undefined, lines: string | undefined): string {
  if (!seed) return "—";
  const n = seedNo(seed);
  const ranges = String(lines ?? "").split(/\s*,\s*/).filter(Boolean);
  if (!n) return `\`${seed}\``;
  if (!ranges.length) return `[\`${seed.replace(/^sources\//, "")}\`](kzsite:source/${n})`;
  return `\`${seed.replace(/^sources\//, "")}\` lines ${ranges.map((r) => `[${r}](kzsite:source/${n}#L${r.replace(/^(\d+)[-–](\d+)$/, "$1-L$2")})`).join(", ")}`;
}
const api = (name: string) => `[${name}](kzsite:api/${name})`;
/** `{@link X}` / `{@link X | text}` of a copied comment → a site link (the document cannot resolve names of module "index"). */
const links = (s: string) => s.replace(/\{@link(?:code|plain)?\s+([A-Za-z0-9_$.]+)(?:\s*\|\s*([^}]*))?\}/g, (_, n: string, t?: string) => `[${(t ?? n).trim()}](kzsite:api/${n.split(".")[0]})`);
type Cit = { title: string; act: string; locator: string; seed: string; lines?: string; also?: readonly string[] };
const lines: string[] = [
  "---",
  "title: Rules index",
  "---",
  "",
  "# Rules index",
  "",
  "Generated by `scripts/rules-index.ts` (`npm run docs`); do not edit. Every rule of",
  "[the rules catalogue](./rules.md) → the exported functions and data whose doc comment carries its",
  "`@rule` tag → its source citation (`ruleSource(id)`, `RULE_CITATIONS`) with a link to the highlighted",
  "lines of the Kazakh text → the test files whose test names carry the id (with the number of such",
  "tests) → its conformance vectors → its editions in time (`RULE_VERSIONS`, `ruleVersion`).",
  "Each rule has an anchor: `Rules_index.html#R-GC-5`. Search the site (top bar) by rule id, function",
  "name, or a Kazakh, Russian or English word of the law.",
  "",
  "| Rule | Implemented by | Source | Tests |",
  "|---|---|---|---|",
];
let missingImpl = 0;
let missingTests = 0;
const sections: string[] = [];
for (const r of rules) {
  // the declaration whose comment opens with the id first, explanations last
  const order = (x: Impl) => (x.lead ? 0 : 1) + (/^explain/.test(x.name) ? 2 : 0);
  const impl = [...(implementers.get(r.id) ?? [])].sort((a, b) => order(a) - order(b));
  const c = (RULE_CITATIONS as Record<string, Cit | undefined>)[r.id];
  const tests = testsOf(r.id);
  if (impl.length === 0) missingImpl++;
  if (tests.length === 0) missingTests++;
  lines.push(
    `| [**${r.id}**](#${r.id}) ${cell(r.title)} | ${impl.length ? impl.map((x) => api(x.name)).join(", ") : "—"} | ${c ? cell(`${c.act}, ${c.locator}; ${seedLinks(c.seed, c.lines)}`) : "— (no citation)"} | ${tests.length ? tests.map((t) => `\`${t.file}\` (${t.count})`).join(", ") : "—"} |`,
  );
  // the rule's own section; the law quoted from the code only where the quote is in this rule's
  // cited lines (an implementer of several rules may quote another rule's sentence)
  const cited: { seed?: string; lines?: string }[] = [...(c ? [c] : []), ...(RULE_VERSIONS as readonly { rule: string; seed?: string; lines?: string }[]).filter((v) => v.rule === r.id)];
  const ranges = cited.flatMap((x) =>
    x.seed && x.lines ? x.lines.split(/\s*,\s*/).map((l) => ({ seed: x.seed!, a: +l.split(/[-–]/)[0]!, b: +(l.split(/[-–]/)[1] ?? l) })) : [],
  );
  const withQuote = [...impl].sort((a, b) => Number(b.lead) - Number(a.lead)).find((x) => x.quote && quoteInRanges(x.quote, ranges));
  const versions = (RULE_VERSIONS as readonly { key: string; rule: string; edition: string; act: string; locator: string; seed?: string; lines?: string; text: string; from?: unknown; to?: string; note?: string }[]).filter((v) => v.rule === r.id);
  const when = (f: unknown) => (f === undefined ? "—" : typeof f === "string" ? f : `${(f as { days: number }).days} days after publication of ${(f as { afterPublicationOf: string }).afterPublicationOf}`);
  sections.push(
    `<a id="${r.id}"></a>`,
    "",
    `## ${r.id} ${r.title}`,
    "",
    `**Rule** (English, [rules catalogue](./rules.md)): ${links(statementOf(r.id) || r.title)}`,
    "",
    c ? `**Source**: ${c.act}, ${c.locator}; Kazakh text ${seedLinks(c.seed, c.lines)}.${c.also?.length ? ` Also: ${c.also.join("; ")}.` : ""}` : "**Source**: — (no citation)",
    "",
  );
  if (withQuote) {
    sections.push(`**The law**, as quoted in ${api(withQuote.name)}:`, "", links(withQuote.quote!), "");
    if (withQuote.english) sections.push(links(withQuote.english), "");
  } else if (c) sections.push(`**The law**: no quote in the code's comments matches the cited lines; read them in the source (links above).`, "");
  sections.push(
    `**Implemented by**: ${impl.length ? impl.map((x) => `${api(x.name)} (\`${x.file}\`)`).join(", ") : "—"}`,
    "",
    `**Tests**: ${tests.length ? tests.map((t) => `\`${t.file}\` (${t.count})`).join(", ") : "—"}`,
    "",
    `**Conformance vectors**: ${(vectors.get(r.id) ?? []).map((v) => `\`${v.file}\` ${v.ids.join(", ")}`).join("; ") || "—"}`,
    "",
  );
  if (versions.length) {
    sections.push("**Versions in time** (`ruleVersion`):", "", "| Key | Edition | Place | From | To | Text |", "|---|---|---|---|---|---|");
    for (const v of versions) sections.push(`| \`${v.key}\` | ${cell(v.edition)} | ${cell(v.locator)} | ${cell(when(v.from))} | ${v.to ?? "—"} | ${v.text === "in-sources" ? cell(seedLinks(v.seed, v.lines)) : "not in the sources"} |`);
    sections.push("");
  } else sections.push("**Versions in time**: no dated editions recorded.", "");
}
lines.push("", `${rules.length} rules; ${rules.length - missingImpl} with an \`@rule\` tag in the code, ${rules.length - missingTests} with tests named by id.`, "", ...sections);
writeFileSync(join(root, "docs/rules-index.md"), lines.join("\n"));
console.log(`rules-index: ${rules.length} rules → docs/rules-index.md (${missingImpl} without @rule, ${missingTests} without tests)`);

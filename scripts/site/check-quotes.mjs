// The law as printed (issue 20): every Kazakh quote «…» rendered in a blockquote of the built site
// must be the seed's text, character for character (whitespace aside), inside the seed line
// range(s) that the page's citation links name (sources/00N.html#La-Lb). A quote may elide with
// "…": each piece must appear in that range, in order; a quote followed by its own "(lines a–b)"
// may be in those lines of a seed the page cites instead. Pages without a citation link are checked
// against the whole seed files (counted apart).
// Usage: node scripts/site/check-quotes.mjs [docs/api]   → exit 1 on a quote that is not in its source.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";

const ENT = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: "\u00a0" };
export const textOf = (html) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e) => (e[0] === "#" ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : +e.slice(1)) : (ENT[e] ?? all)));
export const norm = (s) => s.replace(/[\s\u00a0\u200b]+/g, " ").trim();

/** «…» spans of a text, nested «» balanced. */
export function quotesIn(text) {
  const out = [];
  for (let i = text.indexOf("«"); i >= 0; i = text.indexOf("«", i + 1)) {
    let depth = 0;
    for (let j = i; j < text.length; j++) {
      if (text[j] === "«") depth++;
      else if (text[j] === "»" && --depth === 0) {
        out.push(text.slice(i + 1, j));
        i = j;
        break;
      }
    }
  }
  return out;
}

export function checkQuotes(site, root = resolve(site, "../..")) {
  const seeds = {};
  for (const f of readdirSync(join(root, "sources"))) {
    const m = /^(\d{3})_/.exec(f);
    if (m) seeds[m[1]] = readFileSync(join(root, "sources", f), "utf8").split("\n");
  }
  const pages = [];
  (function walk(d) {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) { if (n !== "sources") walk(p); }
      else if (n.endsWith(".html")) pages.push(p);
    }
  })(site);
  const res = { quotes: 0, inRange: 0, wholeSeed: 0, failures: [], pages: 0 };
  const allText = norm(Object.values(seeds).map((l) => l.join("\n")).join("\n"));
  for (const page of pages) {
    const whole = readFileSync(page, "utf8");
    if (!whole.includes("«")) continue;
    // the rules index: each rule's section against its own citation
    const parts = whole.split(/(?=<a id="R-[A-Z]+-\d+"><\/a>)/);
    for (const html of parts.length > 1 ? parts.slice(1) : parts) checkPart(html);
    continue;
    function checkPart(html) {
    const blocks = [...html.matchAll(/<blockquote>([\s\S]*?)<\/blockquote>/g)].map((m) => textOf(m[1]));
    if (!blocks.some((b) => b.includes("«"))) return;
    res.pages++;
    const ranges = [...html.matchAll(/sources\/(\d{3})\.html#L(\d+)(?:-L(\d+))?/g)].map((m) => ({ seed: m[1], a: +m[2], b: +(m[3] ?? m[2]) }));
    const rangeText = ranges.length ? norm(ranges.map((r) => seeds[r.seed].slice(r.a - 1, r.b).join("\n")).join("\n")) : null;
    for (const b of blocks) {
      for (const q of quotesIn(b)) {
        // a quote that names its own lines right after it — «…» (lines 112–120), «…» (002 line 368, …) —
        // is checked there,
        // in the seeds the page cites
        const after = b.slice(b.indexOf(q) + q.length + 1);
        const own = /^\s*\((?:(?:seed )?(\d{3}),?\s*)?lines? (\d+)(?:\s*[–-]\s*(\d+))?[,;)]/.exec(after);
        const ownText = own
          ? norm((own[1] ? [own[1]] : [...new Set(ranges.map((r) => r.seed))]).map((sd) => (seeds[sd] ?? []).slice(+own[2] - 1, +(own[3] ?? own[2])).join("\n")).join("\n"))
          : null;
        res.quotes++;
        const pieces = norm(q).split(/\s*(?:\[…\]|\(…\)|…|\.\.\.)\s*/).filter((p) => p.length > 0);
        const within = (hay) => {
          let at = 0;
          for (const p of pieces) {
            const k = hay.indexOf(p, at);
            if (k < 0) return false;
            at = k + p.length;
          }
          return true;
        };
        if ((rangeText && within(rangeText)) || (ownText && within(ownText))) res.inRange++;
        else if (!rangeText && within(allText)) res.wholeSeed++;
        else res.failures.push({ page: relative(site, page), quote: norm(q).slice(0, 160), cited: ranges.map((r) => `${r.seed}:${r.a}-${r.b}`).join(" "), elsewhere: within(allText) });
      }
    }
    }
  }
  return res;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const site = resolve(process.argv[2] ?? "docs/api");
  const r = checkQuotes(site);
  for (const f of r.failures) console.error(`quote not in its cited lines: ${f.page} [${f.cited || "no citation"}]${f.elsewhere ? " (found elsewhere in the seeds)" : ""}: «${f.quote}»`);
  console.log(`quotes: ${r.quotes} Kazakh quotes on ${r.pages} pages; ${r.inRange} verbatim in the cited seed lines, ${r.wholeSeed} verbatim in a seed (page without a citation), ${r.failures.length} not found`);
  process.exit(r.failures.length ? 1 : 0);
}

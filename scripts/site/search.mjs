// Runs a query against the built site's search index exactly as typedoc's front end does
// (static/main.js: each space-separated word becomes `*word*`, lunr search, a boost for names
// that start with the query, top 10), so the search can be checked without a browser.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import lunr from "lunr";

export function loadSearch(siteDir) {
  const js = readFileSync(join(siteDir, "assets", "search.js"), "utf8");
  const b64 = /window\.searchData = "([^"]*)"/.exec(js)?.[1];
  if (!b64) throw new Error("assets/search.js: no window.searchData");
  const data = JSON.parse(inflateSync(Buffer.from(b64, "base64")).toString("utf8"));
  // as in the browser: a fresh lunr, TokenSet ids from 1 (see safeIndex in scripts/typedoc-citations.mjs)
  const saved = lunr.TokenSet._nextId;
  lunr.TokenSet._nextId = 1;
  const index = lunr.Index.load(data.index);
  lunr.TokenSet._nextId = saved;
  return { rows: data.rows, index };
}

export function search({ rows, index }, text, limit = 10) {
  const q = text.trim();
  if (!q) return [];
  const query = q.split(" ").map((w) => (w.length ? `*${w}*` : "")).join(" ");
  const hits = index.search(query).map((h) => {
    const row = rows[Number(h.ref)];
    let score = h.score;
    if (row.name.toLowerCase().startsWith(q.toLowerCase())) score *= 10 / (1 + Math.abs(row.name.length - q.length));
    return { ...row, score };
  });
  hits.sort((a, b) => b.score - a.score);
  return hits.slice(0, limit);
}

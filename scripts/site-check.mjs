// Checks the built API site (issue 20), after `npm run docs`:
//  1. links: no dead internal link or anchor (scripts/site/check-links.mjs);
//  2. quotes: every Kazakh «…» in a blockquote is verbatim in the seed lines its citation names
//     (scripts/site/check-quotes.mjs);
//  3. search, in headless Chromium (Debian's /usr/bin/chromium, or $CHROMIUM; playwright-core never
//     downloads a browser): "R-GC-5" → competitionFinal first, "R-EL-1" → earliestRetestDate,
//     "эссе", "Наурыз", "Құрбан айт", "резерв" find a page quoting the word; opens the rules index
//     at #R-GC-5 and the source page 001 at #L2044-L2080; screenshots in reports/site/.
// Usage: node scripts/site-check.mjs [--no-browser]   (exit 1 on any failure)
import { createServer } from "node:http";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";
import { checkLinks } from "./site/check-links.mjs";
import { checkQuotes } from "./site/check-quotes.mjs";
import { loadSearch, search } from "./site/search.mjs";

const root = resolve(import.meta.dirname, "..");
const site = join(root, "docs/api");
const shots = join(root, "reports/site");
const failures = [];
const fail = (m) => (failures.push(m), console.error(`FAIL ${m}`));
if (!existsSync(join(site, "index.html"))) {
  console.error("site-check: docs/api/index.html not found: run `npm run docs` first");
  process.exit(1);
}
const t0 = Date.now();

// 1. links
const links = checkLinks(site);
for (const d of links.dead.slice(0, 30)) fail(`dead link: ${d.page} → ${d.url} (${d.why})`);
console.log(`links: ${links.pages} pages, ${links.internal} internal links (${links.fragments} with #anchor), ${links.external} external (not fetched); ${links.dead.length} dead`);

// 2. quotes
const q = checkQuotes(site, root);
for (const f of q.failures) fail(`quote not in its cited seed lines: ${f.page} [${f.cited || "no citation"}]${f.elsewhere ? " (found elsewhere in the seeds)" : ""}: «${f.quote.slice(0, 100)}»`);
console.log(`quotes: ${q.quotes} Kazakh quotes on ${q.pages} pages/sections; ${q.inRange} verbatim in the cited seed lines, ${q.wholeSeed} verbatim in a seed (no citation on the page), ${q.failures.length} not found`);
for (const page of ["functions/index.competitionFinal.html"]) {
  const html = readFileSync(join(site, page), "utf8");
  if (!html.includes("И=0,4*О+0,4 *Э +0,2*С")) fail(`${page}: «И=0,4*О+0,4 *Э +0,2*С» not printed as is`);
}

// 3. search: what the box must answer (first result), checked on the index and in the browser
const EXPECT = [
  { q: "R-GC-5", url: /functions\/index\.competitionFinal\.html$/ },
  { q: "R-EL-1", url: /functions\/index\.earliestRetestDate\.html$/ },
  { q: "R-GC-6", url: /functions\/index\.isLeadershipPosition\.html$/ },
  { q: "competitionFinal", url: /functions\/index\.competitionFinal\.html$/ },
  { q: "эссе", word: /эссе/i },
  { q: "Наурыз", word: /Наурыз/i },
  { q: "Құрбан айт", word: /Құрбан айт/i },
  { q: "резерв", word: /резерв/i },
];
const idx = loadSearch(site);
for (const e of EXPECT) {
  const hits = search(idx, e.q);
  const first = hits[0];
  if (!first) { fail(`search "${e.q}": no result`); continue; }
  if (e.url && !e.url.test(first.url)) fail(`search "${e.q}": first result ${first.url}, expected ${e.url}`);
  if (e.word) {
    const text = readFileSync(join(site, first.url.replace(/#.*$/, "")), "utf8");
    if (!e.word.test(text)) fail(`search "${e.q}": first result ${first.url} does not contain the word`);
  }
  console.log(`search index: "${e.q}" → ${hits.slice(0, 3).map((h) => `${h.parent ? h.parent + "." : ""}${h.name}`).join(", ")} (${hits.length} shown)`);
}

// every rule id (one alias row each) must list its implementing declaration first
const ids = [...new Set(idx.rows.filter((r) => /^R-[A-Z]+-\d+$/.test(r.name)).map((r) => r.name))];
const wrong = ids.filter((id) => search(idx, id, 1)[0]?.name !== id);
for (const id of wrong) fail(`search "${id}": the implementing declaration is not the first result`);
console.log(`search index: ${ids.length - wrong.length}/${ids.length} rule ids list their implementing declaration first`);

// 4. the browser
if (!process.argv.includes("--no-browser")) await browser();

console.log(`site-check: ${failures.length ? `${failures.length} failure(s)` : "OK"} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
process.exit(failures.length ? 1 : 0);

async function browser() {
  const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
  if (!existsSync(executablePath)) { fail(`no browser at ${executablePath} (apt-get install chromium, or set CHROMIUM)`); return; }
  const { chromium } = await import("playwright-core");
  const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".png": "image/png", ".json": "application/json" };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file = normalize(join(site, path));
    if (!file.startsWith(site)) { res.writeHead(403).end(); return; }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) { res.writeHead(404).end("not found"); return; }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${server.address().port}/`;
  mkdirSync(shots, { recursive: true });
  const b = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
  try {
    const page = await b.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(base + "index.html");
    await page.waitForFunction(() => window.searchData !== undefined, null, { timeout: 15000 });
    for (const e of EXPECT) {
      await page.goto(base + "index.html");
      await page.waitForFunction(() => window.searchData !== undefined, null, { timeout: 15000 });
      await page.click("#tsd-search-trigger");
      await page.fill("#tsd-search-input", e.q);
      const first = page.locator("#tsd-search-results li a").first();
      try {
        await first.waitFor({ timeout: 10000 });
      } catch {
        fail(`browser: search "${e.q}" shows no result`);
        await page.screenshot({ path: join(shots, `search-${slug(e.q)}.png`) });
        continue;
      }
      const href = await first.getAttribute("href");
      const label = (await first.innerText()).replace(/\s+/g, " ").trim();
      console.log(`browser: "${e.q}" → ${label} (${href})`);
      if (e.url && !e.url.test(href.replace(/#.*$/, ""))) fail(`browser: search "${e.q}": first result ${href}`);
      await page.screenshot({ path: join(shots, `search-${slug(e.q)}.png`) });
      if (e.q === "R-GC-5") {
        await Promise.all([page.waitForURL(/competitionFinal/), first.click()]);
        const body = await page.locator(".col-content").innerText();
        if (!body.includes("И=0,4*О+0,4 *Э +0,2*С")) fail("browser: competitionFinal page does not print «И=0,4*О+0,4 *Э +0,2*С» as is");
        if (!/lines\s*2044-2080/.test(body)) fail("browser: competitionFinal page has no link to seed lines 2044-2080");
        await page.screenshot({ path: join(shots, "competitionFinal.png") });
      }
    }
    // one rule page (the rules index at its anchor) and one source page
    const rules = (readFileSync(join(site, "functions/index.competitionFinal.html"), "utf8").match(/href="\.\.\/(documents\/[^"#]+)#R-GC-5"/) ?? [])[1];
    if (!rules) fail("browser: competitionFinal has no link to its rule in the rules index");
    else {
      await page.goto(`${base}${rules}#R-GC-5`);
      await page.waitForTimeout(700);
      const text = await page.locator(".col-content").innerText();
      for (const w of ["R-GC-5", "competitionFinal", "Implemented by", "Tests", "Conformance vectors", "Versions in time", "И=0,4*О+0,4 *Э +0,2*С"]) if (!text.includes(w)) fail(`browser: rules index R-GC-5: "${w}" missing`);
      await page.screenshot({ path: join(shots, "rule-R-GC-5.png") });
    }
    await page.goto(`${base}sources/001.html#L2044-L2080`);
    await page.waitForTimeout(300);
    const hl = await page.locator("tr.hl").count();
    if (hl !== 37) fail(`browser: source 001 #L2044-L2080 highlights ${hl} lines, expected 37`);
    const line = await page.locator("#L2048 td.t").innerText();
    if (!line.includes("И=0,4*О+0,4 *Э +0,2*С")) fail(`browser: source 001 line 2048 is not the formula: ${line}`);
    await page.screenshot({ path: join(shots, "source-001-L2044.png") });
    console.log(`browser: rules index and source page opened; ${hl} lines highlighted; screenshots in reports/site/`);
    if (errors.length) fail(`browser: page errors: ${errors.join("; ")}`);
  } finally {
    await b.close();
    server.close();
  }
}
function slug(s) {
  return s.replace(/[^\p{L}\p{N}]+/gu, "-");
}

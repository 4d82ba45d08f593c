// Link check of the built site (issue 20): every href/src of every HTML page under docs/api that
// points inside the site must name an existing file and, with a #fragment, an existing id there
// (source pages: #L10 or the range #L10-L20). Links that Markdown's linkify invented from a file
// name (http://RULES.md, http://X.ts …) are dead by definition. External links are counted, not fetched.
// Usage: node scripts/site/check-links.mjs [docs/api]   → exit 1 on any dead link.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

export function checkLinks(site) {
  const pages = [];
  (function walk(d) {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n.endsWith(".html")) pages.push(p);
    }
  })(site);
  const idCache = new Map();
  const idsOf = (file) => {
    if (!idCache.has(file)) {
      const html = readFileSync(file, "utf8");
      idCache.set(file, new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1])));
    }
    return idCache.get(file);
  };
  const dead = [];
  let internal = 0;
  let external = 0;
  let fragments = 0;
  for (const page of pages) {
    const html = readFileSync(page, "utf8");
    for (const m of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
      const url = m[2].replace(/&amp;/g, "&");
      if (/^(mailto|data|javascript):/.test(url)) continue;
      if (/^https?:\/\//.test(url)) {
        external++;
        const host = /^https?:\/\/([^/?#]+)/.exec(url)[1];
        if (/\.(md|ts|js|mjs|json|txt|Net)$/i.test(host)) dead.push({ page: relative(site, page), url, why: "linkify made a link of a file name" });
        continue;
      }
      if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
        dead.push({ page: relative(site, page), url, why: "unresolved scheme" });
        continue;
      }
      internal++;
      const [path, hash] = url.split("#");
      const target = path ? resolve(dirname(page), decodeURI(path.split("?")[0])) : page;
      if (!existsSync(target) || statSync(target).isDirectory()) {
        dead.push({ page: relative(site, page), url, why: "no such file" });
        continue;
      }
      if (hash && target.endsWith(".html")) {
        fragments++;
        const ids = idsOf(target);
        const range = /^L(\d+)-L(\d+)$/.exec(hash);
        const ok = range ? ids.has(`L${range[1]}`) && ids.has(`L${range[2]}`) : ids.has(decodeURIComponent(hash));
        if (!ok) dead.push({ page: relative(site, page), url, why: "no such anchor" });
      }
    }
  }
  return { pages: pages.length, internal, fragments, external, dead };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const site = resolve(process.argv[2] ?? "docs/api");
  const r = checkLinks(site);
  for (const d of r.dead.slice(0, 50)) console.error(`dead: ${d.page} → ${d.url} (${d.why})`);
  console.log(`links: ${r.pages} pages, ${r.internal} internal links (${r.fragments} with #anchor), ${r.external} external (not fetched); ${r.dead.length} dead`);
  process.exit(r.dead.length ? 1 : 0);
}

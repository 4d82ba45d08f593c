// Builds the HR workbench (workbench/) into one self-contained file, docs/api/workbench/index.html:
// the page's script (the library's browser code, bundled and minified) and its stylesheet inlined,
// under a Content-Security-Policy that allows exactly them (by their sha256), a Web Worker made from a
// Blob URL of that same script (worker-src blob:, for the ranking) and no request of any kind — so
// it works opened from disk (file://), from any static host, and offline. The sample spreadsheets
// (workbench/samples/) are embedded as bytes. Prints the size; fails above the budget (below).
// Run by `npm run docs` after typedoc (which empties docs/api). `--out DIR` to build elsewhere.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { build } from "esbuild";

const root = resolve(import.meta.dirname, "..");
const outArg = process.argv.indexOf("--out");
const outDir = outArg > 0 ? resolve(process.argv[outArg + 1]) : join(root, "docs", "api", "workbench");

const result = await build({
  // one bundle for the page and its Web Worker (workbench/src/entry.ts picks which it is)
  entryPoints: [join(root, "workbench", "src", "entry.ts")],
  // the sample spreadsheets, embedded as bytes (no request to load them)
  loader: { ".csv": "binary", ".xlsx": "binary" },
  // the CLI's reading code (src/cli/read/) imports csv-parse's Node build, which uses Buffer: the
  // page gets csv-parse's own browser build of the same version (same parser, Buffer polyfilled)
  alias: { "csv-parse/sync": "csv-parse/browser/esm/sync" },
  bundle: true,
  minify: true,
  format: "iife",
  platform: "browser",
  target: ["es2022"],
  charset: "utf8",
  legalComments: "none",
  write: false,
  metafile: true,
});
// "</script" cannot occur in an inline script; in JS it can only be inside a string or a regex
const js = result.outputFiles[0].text.replaceAll("</script", "<\\/script").trimEnd();
const css = readFileSync(join(root, "workbench", "workbench.css"), "utf8").trimEnd();
const sha = (s) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`;

let html = readFileSync(join(root, "workbench", "index.html"), "utf8");
const swap = (from, to) => {
  if (!html.includes(from)) throw new Error(`build-workbench: ${from} not found in workbench/index.html`);
  html = html.replace(from, () => to);
};
swap('<link rel="stylesheet" href="workbench.css">', `<style>${css}</style>`);
swap('<script src="workbench.js"></script>', `<script>${js}</script>`);
swap("script-src 'self'; style-src 'self'", `script-src ${sha(js)}; style-src ${sha(css)}`);

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "index.html"), html);

// Linked from the top of the site's front page (typedoc's index.html), when building into the site.
const front = join(outDir, "..", "index.html");
if (outArg < 0) {
  const page = readFileSync(front, "utf8");
  const panel = '<div class="tsd-panel tsd-typography">';
  if (!page.includes(panel)) throw new Error("build-workbench: the site's front page has no typography panel to link from");
  const link = '<p class="kz-workbench-link"><strong><a href="workbench/index.html">HR workbench</a></strong> — ' +
    "Кадр қызметінің жұмыс беті · Рабочее место кадровой службы: rank a spreadsheet (IS selection, general competition, " +
    "the Reserve funnel) and print the minutes, and the rules' calculators, in a page that runs offline, " +
    "from disk, in Kazakh, Russian and English (docs/workbench.md).</p>";
  if (!page.includes("kz-workbench-link")) writeFileSync(front, page.replace(panel, () => panel + link));
}
const bytes = Buffer.byteLength(html);
const { gzipSync } = await import("node:zlib");
const gzip = gzipSync(html).length;
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`build-workbench: ${join(outDir, "index.html").replace(root + "/", "")} ${kib(bytes)} (${kib(gzip)} gzip); script ${kib(Buffer.byteLength(js))} (${kib(gzipSync(js).length)} gzip)`);
// The page's budget (docs/workbench.md): the whole self-contained page — the library, the CLI's
// spreadsheet reading and writing (csv-parse, read-excel-file, write-excel-file), the three sample
// spreadsheets and the stylesheet — at most BUDGET_GZIP bytes gzipped. A page over it fails the build.
const BUDGET_GZIP = 260 * 1024;
if (gzip > BUDGET_GZIP) {
  console.error(`build-workbench: ${kib(gzip)} gzip is over the budget of ${kib(BUDGET_GZIP)} (docs/workbench.md)`);
  process.exit(1);
}

// The HR workbench's sample spreadsheets (workbench/samples/), synthetic and deterministic: nothing
// here is real data. `node scripts/workbench-samples.mjs` writes the three .csv files and, when
// LibreOffice is installed, converts each to .xlsx with it (`soffice --headless --convert-to xlsx`),
// so the .xlsx samples are written by real spreadsheet software. scripts/workbench-check.mjs imports
// funnelCsv() for its 100,000-row run.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { uniform } from "../examples/uniform.mjs";

/** IS selection (R-SEL-1…5), Kazakh headings (read by the CLI's column aliases). */
export const IS_CSV = [
  "ID,Аты-жөні,S,S1,S2,Эссе,Әңгімелесу",
  "IS-01,Айгерім Нұрланқызы,86,21,18,4 4 5,3 2 3",
  "IS-02,Дәмир Қасымов,72.5,19,22,3 4 4,",
  "IS-03,Ерлан Сүлейменов,91,17,16,5 4 4,3 3 2",
  "IS-04,Жанар Төлеген,64,23,20,3 3 4,",
  "IS-05,Мадина Омарова,78,20,19,4 4 4,3 3 3",
  "IS-06,Нұрлан Әбенов,69.5,18,21,4 3 4,",
  "IS-07,Сәуле Бекова,83,22,17,4 5 4,2 3 3",
  "IS-08,Тимур Ахметов,55,16,15,3 3 3,",
].join("\r\n") + "\r\n";

/** General competition (R-GC-1…5), one file with the three tracks, Kazakh headings. */
export const GC_CSV = [
  "ID,Аты-жөні,Лауазым,Құзыреттер,IQ,Эссе,Әңгімелесу,Практикалық тапсырма",
  "L-01,Бекзат Шәріпов,leadership,4 4 4 4 4 4 4 4 4 4,,4,5 5,",
  "L-02,Гүлнар Сейітова,leadership,5 5 4 5 4 5 5 4 5 5,,5,4 5,",
  "L-03,Асхат Жұмабаев,leadership,4 4 4 4 4 4 4 4 4 4,,4,5 5,",
  "N-01,Аружан Дәулетова,non-leadership,4 4.5 4 3.5 4 4 4.5,,,,4 5",
  "N-02,Бауыржан Шалқаров,non-leadership,3.5 3 3.5 4 3 3.5 4,,,,5 4",
  "N-03,Динара Есімова,non-leadership,4 4 4 4 4 4 5,,,,3 4",
  "B-01,Ілияс Мұратов,lower,,20,,,4 3",
  "B-02,Камила Серікова,lower,,24,,,4 4",
].join("\r\n") + "\r\n";

const SECTORS = ["social-policy", "infrastructure-industry-trade", "economic-financial-policy", "digitalisation", "agro-industry-environment", "foreign-policy-investment"];
const GROUNDS = ["failed-verification", "false-information", "proctoring-violation", "procedure-breach"];

/**
 * A Reserve campaign (R-PYR-3) of `n` candidates as CSV: every stage column filled (the funnel reads
 * the stages a candidate reached), whole 0–25 blocks with many ties, a few absent or excluded,
 * decimal scores at the later stages. `kk` gives Kazakh headings.
 */
export function funnelCsv(n, seed = 17, kk = false) {
  const head = kk
    ? "ID,Салалық бағыт,1-блок,2-блок,Ситуациялық тапсырмалар,Ассессмент-орталық,Сұхбат,Сараптама комиссиясы,Ұлттық комиссия"
    : "id,sector,text,numeric,situational,assessment,interview,expert,national";
  const lines = [head];
  for (let i = 0; i < n; i++) {
    const a = uniform(seed, i, 2);
    const block = (k) => {
      let c = 0;
      for (let t = 0; t < 25; t++) if (uniform(seed, i, k * 32 + t) < 0.25 + 0.6 * a) c++;
      return c;
    };
    const leave = uniform(seed, i, 3);
    const text = leave < 0.02 ? "absent" : leave < 0.03 ? `excluded:${GROUNDS[i % GROUNDS.length]}` : leave < 0.035 ? "null" : String(block(4));
    const numeric = leave > 0.985 ? "absent" : String(block(5));
    const g = Math.min(15, 3 + Math.floor(uniform(seed, i, 7) * 3) + Math.floor(uniform(seed, i, 8) * 3) + Math.floor(uniform(seed, i, 9) * 3) + Math.floor(a * 3));
    const situational = g % 3 === 0 ? String(g / 3) : (g / 3).toFixed(3);
    const assessment = (1 + Math.floor((a * 0.6 + uniform(seed, i, 11) * 0.4) * 400) / 100).toFixed(2);
    const interview = (Math.floor((a * 0.5 + uniform(seed, i, 13) * 0.5) * 100) / 10).toFixed(1);
    const e = Math.round((a * 0.5 + uniform(seed, i, 15) * 0.5) * 300) / 3;
    const expert = Number.isInteger(e) ? String(e) : e.toFixed(3);
    const national = String(Math.floor((a * 0.5 + uniform(seed, i, 17) * 0.5) * 16));
    const sector = SECTORS[Math.floor(uniform(seed, i, 1) * SECTORS.length)];
    const id = `R-${String(i + 1).padStart(String(n).length, "0")}`;
    lines.push([id, sector, text, numeric, situational, assessment, interview, expert, national].join(","));
  }
  return lines.join("\r\n") + "\r\n";
}

/** The samples: name → CSV text. */
export const SAMPLES = {
  "is-selection": IS_CSV,
  competition: GC_CSV,
  "reserve-funnel": funnelCsv(240, 7, true),
};

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const dir = resolve(import.meta.dirname, "..", "workbench", "samples");
  mkdirSync(dir, { recursive: true });
  for (const [name, csv] of Object.entries(SAMPLES)) writeFileSync(join(dir, `${name}.csv`), csv);
  const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));
  if (!soffice) {
    console.log("workbench-samples: LibreOffice not found: the .xlsx samples were not written");
  } else {
    for (const name of Object.keys(SAMPLES)) {
      // CSV filter options: comma, double quote, UTF-8 (76), from line 1; the first column (the
      // ids) as text, the others detected (scores become number cells, as an HR officer's are)
      execFileSync(
        soffice,
        ["--headless", "--infilter=CSV:44,34,76,1,1/2", "--convert-to", "xlsx", "--outdir", dir, join(dir, `${name}.csv`)],
        { stdio: "inherit", env: { ...process.env, HOME: process.env.HOME ?? "/tmp" } },
      );
    }
  }
}

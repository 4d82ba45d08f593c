// src/cli/main.ts, end to end: the built tool (dist/cli.js) in a child process on test/cli/fixtures
// (or in-process with CLI_IN_PROCESS=1), the in-process runner checked against it, and main.ts itself.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { HOSTILE_ID, HOSTILE_ID_SHOWN, RAW_CONTROL, runCli, tempFiles } from "../support/cli.js";

// By default the BUILT tool (dist/cli.js; test/cli/global-setup.ts builds it when missing or
// stale), in a child process. With CLI_IN_PROCESS=1 (vitest.mutation.config.ts: Stryker's sandbox
// has no dist/, and a mutant of src/cli is only seen in-process) the same command lines run through
// src/cli/run.ts in this process, with stdout and stderr captured.
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const fx = (f: string) => join(root, "test", "cli", "fixtures", f);
const IN_PROCESS = process.env.CLI_IN_PROCESS === "1";
async function cli(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  if (IN_PROCESS) return await runCli(...args);
  const r = spawnSync(process.execPath, [join(root, "dist", "cli.js"), ...args], { encoding: "utf8", cwd: root, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("CLI main — usage and help", () => {
  it("no command → usage, exit 2; --help → exit 0", async () => {
    expect((await cli()).code).toBe(2);
    const h = await cli("--help");
    expect(h.code).toBe(0);
    expect(h.out).toContain("Exit codes: 0 ok, 1 invalid input, 2 usage");
  });
  it.each(["score", "funnel", "retest", "refusal", "workdays"])("%s --help → exit 0", async (cmd) => {
    const r = await cli(cmd, "--help");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Usage:/);
  });
  it("unknown command, unknown option, bad --lang → exit 2", async () => {
    expect((await cli("bogus")).code).toBe(2);
    expect((await cli("retest", "2026-12-30", "--nope")).code).toBe(2);
    expect((await cli("retest", "2026-12-30", "--lang", "de")).code).toBe(2);
    expect((await cli("score")).code).toBe(2);
  });
});

describe("R-SEL-1…5, R-GC-5 main — score", () => {
  it("R-GC-5 general competition from CSV: ranked per track; lower track presumed, not stated", async () => {
    const r = await cli("score", fx("competition.csv"));
    expect(r.code).toBe(0);
    // N-01: О = 28.5/7 = 4.0714…, П = 9, И = 0.3·4.0714… + 0.7·9 = 1.2214… + 6.3 = 7.5214
    // N-02: О = 24.5/7 = 3.5, П = 9, И = 1.05 + 6.3 = 7.35
    expect(r.out).toMatch(/1\s+N-01.*7\.5214/);
    expect(r.out).toMatch(/2\s+N-02.*7\.35/);
    // lower: О = 20/6, П = 7, И = 1 + 4.9 = 5.9 (presumed)
    expect(r.out).toMatch(/L-01.*5\.9/);
    expect(r.out).toContain("presumed, not stated");
  });
  it("R-GC-5 --lang kk / ru say the presumption in their language", async () => {
    expect((await cli("score", fx("competition.csv"), "--lang", "kk")).out).toContain("болжамды, мәтінде көрсетілмеген");
    expect((await cli("score", fx("competition.csv"), "--lang", "ru")).out).toContain("предполагается, в тексте не установлено");
  });
  it("R-GC-5 --json gives exact values", async () => {
    const r = await cli("score", fx("competition.csv"), "--json");
    const j = JSON.parse(r.out) as { candidates: { id: string; I: string; presumed: boolean }[] };
    expect(j.candidates.find((c) => c.id === "N-02")!.I).toBe("7.35");
    expect(j.candidates.find((c) => c.id === "L-01")!.presumed).toBe(true);
    expect(j.candidates.find((c) => c.id === "L-01")!.I).toBe("5.9");
  });
  it("R-SEL-1..5 IS selection from CSV with BOM, CRLF and quotes", async () => {
    const r = await cli("score", fx("is-selection.csv"), "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { candidates: { id: string; name: string; total: string; interview: string }[] };
    // IS-01: 0.02·86 = 1.72; 2.1 + 1.8 = 3.9; essay (4+4+5)/3 = 4.333…; total 9.953…
    const c1 = j.candidates.find((c) => c.id === "IS-01")!;
    expect(c1.name).toBe('Айгерім "Н."');
    expect(c1.total.startsWith("9.95333")).toBe(true);
    expect(j.candidates.filter((c) => c.interview === "admitted")).toHaveLength(3);
  });
  it("R-GC-5 the sample JSON of examples/data", async () => {
    const r = await cli("score", join(root, "examples", "data", "competition-leadership.json"));
    expect(r.code).toBe(0);
    expect(r.out).toContain("L-01");
  });
  it("a bad row is reported with its line number and field, exit 1 (a quoted field spans two lines)", async () => {
    const r = await cli("score", fx("bad-row.csv"), "--lang", "ru");
    expect(r.code).toBe(1);
    expect(r.err).toContain("неверные входные данные: строка 3, поле practical");
    expect(r.err).toContain("десятичная запятая");
  });
  it("a missing file → exit 1", async () => {
    expect((await cli("score", fx("nope.csv"))).code).toBe(1);
  });
});

describe("R-PYR-3 main — funnel", () => {
  it("per-stage, per-sector tables; --explain", async () => {
    const r = await cli("funnel", fx("campaign.csv"), "--explain", "b");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/digitalisation\s+2\s+0\s+1\s+1\s+20/);
    expect(r.out).toContain("text: rank 2 of 2, score 12; quota 1, cut-off 20 → not admitted");
  });
  it("--json", async () => {
    const j = JSON.parse((await cli("funnel", fx("campaign.csv"), "--json")).out) as { stages: { stage: string; bySector: Record<string, { cutoff: string | null }> }[] };
    expect(j.stages[0]!.bySector.digitalisation!.cutoff).toBe("20");
  });
  it("a missing entry for a reached stage names the line and stage, exit 1", async () => {
    const r = await cli("funnel", fx("campaign-bad.csv"));
    expect(r.code).toBe(1);
    expect(r.err).toContain("line 2, field numeric");
  });
});

describe("R-EL-1…3, R-CAL-1 main — retest, refusal, workdays", () => {
  it("R-EL-1 retest: tested Wed 2026-12-30 → 2027-01-03, first working day 2027-01-05", async () => {
    const r = await cli("retest", "2026-12-30", "--json");
    const j = JSON.parse(r.out) as { params: { earliest: string; firstWorkingDay: string } };
    expect(j.params.earliest).toBe("2027-01-03");
    expect(j.params.firstWorkingDay).toBe("2027-01-05");
    expect((await cli("retest", "2026-12-30", "--lang", "kk")).out).toContain("қайта тестілеу");
  });
  it("R-EL-2 appeal satisfied: no wait", async () => {
    expect((await cli("retest", "2026-12-30", "--regime", "law-enforcement", "--appeal-satisfied")).out).toContain("from 2026-12-30");
  });
  it("R-EL-1 an impossible date → exit 1 with the field", async () => {
    const r = await cli("retest", "2026-02-30");
    expect(r.code).toBe(1);
    expect(r.err).toContain("testDate");
  });
  it("R-EL-3 refusal: failed on 2026-09-14, applied 2026-09-16 → ground 1 until 2026-09-17, free 2026-09-18", async () => {
    const r = await cli("refusal", "--application-date", "2026-09-16", "--failed-test", "2026-09-14");
    expect(r.code).toBe(0);
    expect(r.out).toContain("until 2026-09-17");
    expect(r.out).toContain("2026-09-18");
    expect((await cli("refusal")).code).toBe(2);
  });
  it("R-CAL-1 workdays: 2026 days off; 5 working days after Fri 2026-03-20 → 2026-04-01", async () => {
    const r = await cli("workdays", "--year", "2026");
    expect(r.out).toContain("2026-03-23");
    expect(r.out).not.toContain("2026-08-30");
    expect((await cli("workdays", "--after", "2026-03-20", "--days", "5")).out.trim()).toBe("2026-04-01");
  });
});

describe("R-PYR-3 main — progress on large files", () => {
  it("R-PYR-3 a file over 100,000 rows shows progress on stderr, results on stdout", { timeout: 120_000 }, async () => {
    const { writeFileSync, mkdtempSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(join(tmpdir(), "kzcsr-"));
    const rows = ["id,sector,text,numeric"];
    for (let i = 0; i < 100_001; i++) rows.push(`c${i},digitalisation,${i % 26},${i % 26}`);
    const file = join(dir, "big.csv");
    writeFileSync(file, rows.join("\n"));
    const r = await cli("funnel", file, "--json");
    expect(r.code).toBe(1); // numeric admitted candidates have no situational entry: a data error, reported
    expect(r.err).toContain("rows");
  });
});

const write = tempFiles();
const HOSTILE_CSV = write("hostile.csv", `id,name,S,S1,S2,essay\n"${HOSTILE_ID}","Ай\nгерім \u202eevil",80,20,20,4\nB,Bob,70,10,10,3\n`);

describe("CLI main — hostile input through the built tool's real streams (issue 23, item 7)", () => {
  it("CLI the reviewer's id and a name with a line break and a right-to-left override: no raw control on stdout, the table's rows intact, exit 0", async () => {
    const r = await cli("score", HOSTILE_CSV);
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(RAW_CONTROL);
    expect(r.err).toBe("");
    const lines = r.out.split("\n");
    expect(lines[2]).toContain(`${HOSTILE_ID_SHOWN}  Ай\\nгерім \\u202eevil`);
    expect(lines[3]).toMatch(/^ {3}2 {2}B /);
  });
  it("CLI --json: the same values back, no raw control in the text", async () => {
    const r = await cli("score", HOSTILE_CSV, "--json");
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(RAW_CONTROL);
    const j = JSON.parse(r.out) as { candidates: { id: string; name: string }[] };
    expect(j.candidates[0]).toMatchObject({ id: HOSTILE_ID, name: "Ай\nгерім \u202eevil" });
  });
  it("CLI a rule error about the hostile id's row, and an unknown command: escaped on stderr, exit 1 and 2", async () => {
    const bad = await cli("score", write("hostile-bad.csv", `id,S,S1,S2,essay\nA,"${HOSTILE_ID}",20,20,4\n`));
    expect(bad.code).toBe(1);
    expect(bad.err).not.toMatch(RAW_CONTROL);
    expect(bad.err).toContain(HOSTILE_ID_SHOWN);
    const unknown = await cli(HOSTILE_ID);
    expect(unknown.code).toBe(2);
    expect(unknown.err).not.toMatch(RAW_CONTROL);
  });
  it.skipIf(IN_PROCESS)("R-GC-5 score - reads a real pipe on standard input to its end", async () => {
    const r = spawnSync(process.execPath, [join(root, "dist", "cli.js"), "score", "-", "--json"], {
      encoding: "utf8",
      cwd: root,
      input: `id,name,track,competencies,practical\nN-1,Nur,non-leadership,4 4 4 4 4 4 5,4 5\n`,
    });
    expect(r.status).toBe(0);
    // О = 29/7 = 4.142857…, П = 9, И = 0.3·29/7 + 0.7·9 = 8.7/7 + 6.3 = 7.542857…
    expect((JSON.parse(r.stdout) as { candidates: { I: string }[] }).candidates[0]!.I.startsWith("7.542857")).toBe(true);
  });
});

describe.skipIf(IN_PROCESS)("CLI main — the in-process runner is the built tool", () => {
  // The mutation runs test src/cli through run() in-process (CLI_IN_PROCESS=1); this checks, on
  // every `npm test`, that run() writes exactly what dist/cli.js writes, with the same exit code.
  it.each([
    ["score", fx("competition.csv")],
    ["score", fx("is-selection.csv"), "--json"],
    ["retest", "2026-12-30", "--lang", "kk"],
    ["workdays", "--after", "2026-03-20", "--days", "5"],
    ["retest", "2026-12-30", "--lang", "de"],
    ["bogus"],
    [],
    ["score", HOSTILE_CSV],
  ])("%s %s …: same stdout, stderr and exit code", async (...args: string[]) => {
    expect(await runCli(...args)).toEqual(await cli(...args));
  });
  it("the reviewer's id as a command (not in the test's name: a reporter would print it raw): same stdout, stderr and exit code", async () => {
    expect(await runCli(HOSTILE_ID)).toEqual(await cli(HOSTILE_ID));
  });
});

describe("R-CAL-1 main — the entry point on the process's argv and streams", () => {
  it("R-CAL-1 main.ts runs the process's command line (without node and the script) on the process's streams", async () => {
    const argv = process.argv;
    const exitCode = process.exitCode;
    let out = "";
    let err = "";
    const so = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    const se = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      err += String(chunk);
      return true;
    });
    let code: typeof process.exitCode;
    try {
      process.argv = [argv[0]!, "/usr/lib/node_modules/kz-civil-service-rules/dist/cli.js", "workdays", "--after", "2026-03-20", "--days", "5"];
      // a fresh instance of the module each time (the query), so that it runs again
      const spec = `../../src/cli/main.js?run=${Date.now()}-${Math.random()}`;
      await import(/* @vite-ignore */ spec);
      code = process.exitCode;
    } finally {
      so.mockRestore();
      se.mockRestore();
      process.argv = argv;
      process.exitCode = exitCode;
    }
    // as in the dispatcher test (run.test.ts): Wed 2026-04-01
    expect({ code, out, err }).toEqual({ code: 0, out: "2026-04-01\n", err: "" });
  });
});

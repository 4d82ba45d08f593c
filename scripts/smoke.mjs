// Imports the BUILT package from another folder, as a user would: ESM `import` and CJS `require`,
// the root and every subpath. Run after `npm run build`.
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { execFileSync } from "node:child_process";

const pkg = resolve(import.meta.dirname, "..");
const dir = mkdtempSync(join(tmpdir(), "kzcsr-smoke-"));
try {
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(pkg, join(dir, "node_modules", "kz-civil-service-rules"), "dir");
  const checks = `
    const t = root.selectionPersonalQualities(85);
    if (t.toString() !== "1.7") throw new Error("root: " + t);
    if (scoring.selectionPersonalQualities !== undefined && scoring.selectionPersonalQualities("50").toString() !== "1") throw new Error("scoring subpath");
    if (typeof root.RuleInputError !== "function") throw new Error("RuleInputError");
    if (typeof root.ruleSource !== "function") throw new Error("ruleSource");
    if (typeof eligibility !== "object" || typeof calendars !== "object") throw new Error("subpaths");
    let threw = false; try { root.selectionPersonalQualities(101) } catch (e) { threw = e instanceof root.RuleInputError }
    if (!threw) throw new Error("RuleInputError not thrown");
    console.log(kind + " ok: " + Object.keys(root).length + " exports");
  `;
  writeFileSync(join(dir, "esm.mjs"), `
    import * as root from "kz-civil-service-rules";
    import * as scoring from "kz-civil-service-rules/scoring";
    import * as eligibility from "kz-civil-service-rules/eligibility";
    import * as calendars from "kz-civil-service-rules/calendars";
    const kind = "ESM";
    ${checks}`);
  writeFileSync(join(dir, "cjs.cjs"), `
    const root = require("kz-civil-service-rules");
    const scoring = require("kz-civil-service-rules/scoring");
    const eligibility = require("kz-civil-service-rules/eligibility");
    const calendars = require("kz-civil-service-rules/calendars");
    const kind = "CJS";
    ${checks}`);
  // Both builds in one process (a Jest setup mixing require and import): an error thrown by the
  // CommonJS build is instanceof the ESM class, and the other way round (issue 19, item 4).
  writeFileSync(join(dir, "mixed.mjs"), `
    import { createRequire } from "node:module";
    import * as esm from "kz-civil-service-rules";
    const cjs = createRequire(import.meta.url)("kz-civil-service-rules");
    if (cjs.RuleInputError === esm.RuleInputError) throw new Error("mixed: the two builds were not both loaded");
    const thrown = (lib) => { try { lib.selectionPersonalQualities(101); } catch (e) { return e; } throw new Error("mixed: nothing thrown"); };
    const fromCjs = thrown(cjs), fromEsm = thrown(esm);
    if (!(fromCjs instanceof esm.RuleInputError) || !esm.isRuleInputError(fromCjs)) throw new Error("mixed: a CJS error is not an ESM RuleInputError");
    if (!(fromEsm instanceof cjs.RuleInputError) || !cjs.isRuleInputError(fromEsm)) throw new Error("mixed: an ESM error is not a CJS RuleInputError");
    if (new Error("x") instanceof esm.RuleInputError) throw new Error("mixed: a plain Error passed");
    console.log("ESM + CJS in one process ok: one RuleInputError across the builds");`);
  // The testing entry (issue 19): loads in both formats; the main entry points never load fast-check.
  writeFileSync(join(dir, "testing.cjs"), `
    const root = require("kz-civil-service-rules");
    require("kz-civil-service-rules/scoring"); require("kz-civil-service-rules/eligibility"); require("kz-civil-service-rules/calendars");
    if (Object.keys(require.cache).some((f) => f.includes("fast-check"))) throw new Error("testing: a main entry point loaded fast-check");
    const testing = require("kz-civil-service-rules/testing");
    // the consumer's decimal.js (here: the one installed with the package)
    const { Decimal } = require(require.resolve("decimal.js", { paths: [require.resolve("kz-civil-service-rules")] }));
    if (testing.decimalEquals(root.selectionPersonalQualities(85), new Decimal("1.70")) !== true) throw new Error("testing: decimalEquals (CJS)");
    console.log("testing entry (CJS) ok; the main entry points do not load fast-check");`);
  writeFileSync(join(dir, "testing.mjs"), `
    import { selectionPersonalQualities } from "kz-civil-service-rules";
    import { checkConformance, decimalEquals, civilDateArb } from "kz-civil-service-rules/testing";
    import { readFileSync } from "node:fs";
    import { createRequire } from "node:module";
    const file = JSON.parse(readFileSync(createRequire(import.meta.url).resolve("kz-civil-service-rules/conformance/scoring.json"), "utf8"));
    const report = checkConformance(file, { selectionPersonalQualities });
    if (report.failed.length !== 0 || report.passed === 0) throw new Error("testing: checkConformance " + JSON.stringify(report.failed));
    if (typeof civilDateArb !== "function" || typeof decimalEquals !== "function") throw new Error("testing: exports");
    console.log("testing entry (ESM) ok: " + report.passed + " scoring vectors of selectionPersonalQualities pass");`);
  for (const f of ["esm.mjs", "cjs.cjs", "mixed.mjs", "testing.cjs", "testing.mjs"]) {
    process.stdout.write(execFileSync(process.execPath, [join(dir, f)], { cwd: dir, encoding: "utf8" }));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

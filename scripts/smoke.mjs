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
  for (const f of ["esm.mjs", "cjs.cjs"]) {
    process.stdout.write(execFileSync(process.execPath, [join(dir, f)], { cwd: dir, encoding: "utf8" }));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * The public API, entry point by entry point: every exported name with its kind and its type, as
 * the TypeScript compiler sees it from the sources. The list is kept in
 * `test/__snapshots__/public-api.json`; a change to it (a name added, removed or retyped) fails
 * here until the snapshot is updated on purpose (`npx vitest run test/public-api.test.ts -u`) and
 * the change is recorded in the CHANGELOG. Moving a file inside `src/` does not change it.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import ts from "typescript";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The package's entry points (package.json `exports`) and their source files. */
const ENTRY_POINTS = {
  ".": "src/index.ts",
  "./scoring": "src/scoring/index.ts",
  "./eligibility": "src/eligibility/index.ts",
  "./calendars": "src/calendars/index.ts",
  "./testing": "src/testing/index.ts",
} as const;

const FLAGS = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.WriteArrayAsGenericType | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope;

/** One exported name: its kind and its type (members of interfaces and classes, one level). */
function describeSymbol(checker: ts.TypeChecker, exported: ts.Symbol): string {
  const sym = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
  const decl = sym.declarations?.[0];
  const parts: string[] = [];
  if (sym.flags & ts.SymbolFlags.Class) {
    const t = checker.getDeclaredTypeOfSymbol(sym);
    const statics = checker.getTypeOfSymbol(sym);
    const ctor = statics.getConstructSignatures().map((s) => `new ${checker.signatureToString(s, undefined, FLAGS)}`);
    const members = checker.getPropertiesOfType(t).map((p) => `${p.name}: ${checker.typeToString(checker.getTypeOfSymbol(p), undefined, FLAGS)}`);
    const staticMembers = checker
      .getPropertiesOfType(statics)
      .filter((p) => p.name !== "prototype")
      .map((p) => `static ${p.name}: ${checker.typeToString(checker.getTypeOfSymbol(p), undefined, FLAGS)}`);
    parts.push(`class { ${[...ctor, ...staticMembers, ...members].join("; ")} }`);
  } else if (sym.flags & ts.SymbolFlags.Value) {
    const t = checker.getTypeOfSymbol(sym);
    parts.push(`${sym.flags & ts.SymbolFlags.Function ? "function" : "const"} ${checker.typeToString(t, undefined, FLAGS)}`);
  }
  if (sym.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias)) {
    const t = checker.getDeclaredTypeOfSymbol(sym);
    if (sym.flags & ts.SymbolFlags.Interface) {
      const members = checker.getPropertiesOfType(t).map((p) => {
        const opt = p.flags & ts.SymbolFlags.Optional ? "?" : "";
        return `${p.name}${opt}: ${checker.typeToString(checker.getTypeOfSymbol(p), undefined, FLAGS)}`;
      });
      parts.push(`interface { ${members.join("; ")} }`);
    } else {
      const node = decl && ts.isTypeAliasDeclaration(decl) ? decl : undefined;
      parts.push(`type = ${checker.typeToString(t, node, FLAGS | ts.TypeFormatFlags.InTypeAlias)}`);
    }
  }
  if (parts.length === 0) parts.push(`(other: flags ${sym.flags})`);
  return parts.join(" & ");
}

function publicApi(): Record<string, Record<string, string>> {
  const configPath = ts.findConfigFile(ROOT, ts.sys.fileExists, "tsconfig.json")!;
  const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
  const files = Object.values(ENTRY_POINTS).map((f) => `${ROOT}${f}`);
  const program = ts.createProgram(files, config.options);
  const checker = program.getTypeChecker();
  const out: Record<string, Record<string, string>> = {};
  for (const [entry, file] of Object.entries(ENTRY_POINTS)) {
    const source = program.getSourceFile(`${ROOT}${file}`)!;
    const moduleSymbol = checker.getSymbolAtLocation(source)!;
    const names: Record<string, string> = {};
    for (const e of checker.getExportsOfModule(moduleSymbol).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      names[e.name] = describeSymbol(checker, e);
    }
    out[entry] = names;
  }
  return out;
}

describe("public API", () => {
  it("every entry point exports the same names with the same types (test/__snapshots__/public-api.json)", async () => {
    const api = publicApi();
    expect(Object.keys(api["."]!).length).toBeGreaterThan(200);
    // every subpath's names are also exported from the package root, with the same type
    for (const entry of ["./scoring", "./eligibility", "./calendars"]) {
      for (const [name, type] of Object.entries(api[entry]!)) expect(api["."]![name], `${entry} ${name}`).toBe(type);
    }
    await expect(JSON.stringify(api, null, 2) + "\n").toMatchFileSnapshot("__snapshots__/public-api.json");
  });
});

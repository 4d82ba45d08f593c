import { fail } from "../../internal/validate.js";
import { TERRITORIAL_DEPARTMENTS, type TerritorialDepartment } from "./territorial-departments.js";
import { foldName, type TextSite } from "../text-fold.js";
import { cleanText } from "../../internal/text.js";

const RULE = "R-TD-1";
const REGION: TextSite = { rule: RULE, field: "region" };
const DATA: TextSite = { rule: RULE, field: "TERRITORIAL_DEPARTMENTS" };

const REGION_WORDS = /* @__PURE__ */ (() => new Set(["облысы", "облыс", "обл", "область", "облысының", "region", "oblast", "province"]))();
const CITY_WORDS = /* @__PURE__ */ (() => new Set(["қаласы", "қала", "қ", "город", "г", "city", "of"]))();

function strip(folded: string): { rest: string; kind?: "region" | "city" } {
  let kind: "region" | "city" | undefined;
  // a run of spaces and hyphens is one separator (a run of 10^7 hyphens is one split, not 10^7 words)
  const words = folded.split(/[ -]+/).filter((w) => {
    if (w === "") return false;
    if (REGION_WORDS.has(w)) { kind = "region"; return false; }
    if (CITY_WORDS.has(w)) { if (w !== "of") kind = "city"; return false; }
    return true;
  });
  return kind ? { rest: words.join(" "), kind } : { rest: words.join(" ") };
}

const NAMES: ReadonlyArray<{ dep: TerritorialDepartment; names: ReadonlySet<string> }> = /* @__PURE__ */ (() => TERRITORIAL_DEPARTMENTS.map((dep) => ({
  dep,
  names: new Set([dep.regionKk, dep.regionEn, ...dep.aliases].map((n) => strip(foldName(n, DATA)).rest)),
})))();

/**
 * **R-TD-1** — the territorial department of the Agency for Civil Service Affairs for a region or
 * city, with its para 8 address (regulations approved by ASA-163-2022).
 *
 * > «8. Департаменттің заңды мекенжайы: 020000, Қазақстан Республикасы, Ақмола облысы, Көкшетау
 * > қаласы, Абай көшесі, 87Б.» (002 line 368, the Akmola Region regulation)
 *
 * "8. Legal address of the Department: …". Matching folds case, dashes and punctuation and accepts
 * the Kazakh name («Ақмола облысы»), the English name ("Akmola Region"), common Russian and
 * transliterated forms ("Акмолинская область", "Aqmola"; a hyphen counts as a space) and the library id ("akmola"). The words
 * "облысы / область / region / oblast" and "қаласы / город / city" are optional, but they decide
 * between **Almaty Region** and **Almaty city**: a bare "Almaty" is ambiguous and throws.
 *
 * Invisible characters of text copied from Word or a PDF are dealt with first (NFC; zero-width
 * joiners, word joiners, byte order marks, soft hyphens and bidirectional controls removed; a ZERO
 * WIDTH SPACE counts as a space); a control character (NUL …), a lone surrogate, a combining mark
 * left over after NFC or another invisible format character is a {@link RuleInputError} with code
 * `invalid-character` naming it and its position.
 *
 * @rule R-TD-1
 * @param region - a region or city name, or a department id of {@link TERRITORIAL_DEPARTMENTS}.
 * @returns the department (frozen data).
 * @throws A {@link RuleInputError} for an unknown or ambiguous name, a blank one, or one with a
 *   rejected character (code `invalid-character`).
 *
 * @example
 * ```ts
 * territorialDepartmentFor("Ақмола облысы").addressKk
 * // "020000, Қазақстан Республикасы, Ақмола облысы, Көкшетау қаласы, Абай көшесі, 87Б."
 * territorialDepartmentFor("Almaty city").id   // "almaty-city"
 * territorialDepartmentFor("Алматы облысы").id // "almaty-region"
 * territorialDepartmentFor("Almaty")           // throws: region or city?
 * ```
 * @category Territorial departments
 */
export function territorialDepartmentFor(region: string): TerritorialDepartment {
  const clean = typeof region === "string" ? cleanText(region, REGION) : "";
  if (clean.trim() === "") {
    fail(RULE, "region", region, "expected a region or city name, e.g. \"Ақмола облысы\" or \"Shymkent\"");
  }
  const byId = TERRITORIAL_DEPARTMENTS.find((d) => d.id === clean.trim().toLowerCase());
  if (byId) return byId;
  const { rest, kind } = strip(foldName(clean, REGION));
  const hits = NAMES.filter(({ dep, names }) => names.has(rest) && (kind === undefined || dep.kind === kind)).map((n) => n.dep);
  if (hits.length === 1) return hits[0]!;
  if (hits.length > 1) {
    fail(RULE, "region", region, `ambiguous: ${hits.map((d) => `${d.regionEn} (${d.regionKk})`).join(" or ")} — add "region"/"облысы" or "city"/"қаласы"`);
  }
  return fail(RULE, "region", region,
    `unknown region or city; the 20 departments are for: ${TERRITORIAL_DEPARTMENTS.map((d) => d.regionEn).join(", ")}`);
}

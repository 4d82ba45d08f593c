import * as z from "zod";
import { fail, num, parse, type Num } from "../../internal/validate.js";
import { CEFR_LEVELS, normalizeLanguageLevel, type CefrLevel } from "./normalize-language-level.js";
import { RESERVE_SECTORS, type ReserveSector } from "./sectors.js";
import { cleanText } from "../../internal/text.js";

/** The state-language tests the procedure names: «ҚАЗТЕСТ» and «QAZAQ RESMI TEST» (004 lines 139–149, 250). */
export const STATE_LANGUAGE_TESTS = ["KAZTEST", "QAZAQ RESMI TEST"] as const;

/** Minimum level: «орта деңгейден төмен емес (В1)» (004 lines 136–138, 252). */
export const RESERVE_MIN_LANGUAGE_LEVEL: CefrLevel = "B1";

/** Minimum connection speed: «кемінде 5 мб/сек» (004 line 88). */
export const RESERVE_MIN_INTERNET_MBPS = 5;

/**
 * Input of {@link reserveAdmissibility}. Every group is optional; a group not given is not checked
 * and is named in `unchecked` (or, with `complete: true`, is a reason).
 */
export interface ReserveAdmissibilityInput {
  /** R-PYR-1: appointed by the President. */
  presidentialAppointee?: boolean;
  /** R-PYR-1: political civil servant. */
  politicalServant?: boolean;
  /** R-PYR-1: administrative civil servant of corps "A". */
  corpsA?: boolean;
  /** R-PYR-1: now in the Reserve. */
  inReserve?: boolean;
  /** R-PYR-1: formerly taken into the Reserve. */
  formerlyInReserve?: boolean;
  /** R-PYR-1: excluded from the Reserve by decision of the National Commission. */
  excludedByNationalCommission?: boolean;
  /** R-PYR-2: the CEFR level of the state-language certificate (as in API.md; Cyrillic В accepted). */
  languageLevel?: string;
  /** R-PYR-2: the state-language certificate. `validUntil` = its last valid day (ISO date), checked against `asOf`. */
  languageCertificate?: { test: string; level: string; validUntil?: string };
  /** The day the check is made (ISO date), for the certificate's validity. No clock is read. */
  asOf?: string;
  /** R-PYR-2: copies uploaded — education documents (with appendices); labour-activity documents (Labour Code art. 35). */
  documents?: { education?: boolean; labourActivity?: boolean };
  /** R-PYR-2: the chosen sector, an id of {@link RESERVE_SECTORS} (checked at run time too). */
  sector?: ReserveSector;
  /** R-PYR-1 registration: consent to personal-data processing, consent to exclusion, non-disclosure undertaking. */
  consents?: { personalData?: boolean; exclusion?: boolean; nonDisclosure?: boolean };
  /** R-PYR-1 registration: connection speed (Mbit/s, see the docs on "мб/сек"), webcam, headset, microphone. */
  equipment?: { internetMbps?: Num; webcam?: boolean; headset?: boolean; microphone?: boolean };
  /** When `true`, missing information is a reason (`"missing-…"`) instead of `unchecked`. Default `false`. */
  complete?: boolean;
}

/**
 * One reason a candidate is not admissible.
 *
 * @category Presidential Youth Reserve
 */
export interface ReserveAdmissibilityReason {
  readonly code: string;
  readonly rule: "R-PYR-1" | "R-PYR-2";
  readonly message: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const isoDate = /* @__PURE__ */ (() => z.string().refine((s) => {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}, "not a calendar date: expected \"YYYY-MM-DD\""))();

const schema = /* @__PURE__ */ (() => z.strictObject({
  presidentialAppointee: z.boolean().optional(),
  politicalServant: z.boolean().optional(),
  corpsA: z.boolean().optional(),
  inReserve: z.boolean().optional(),
  formerlyInReserve: z.boolean().optional(),
  excludedByNationalCommission: z.boolean().optional(),
  languageLevel: z.string().optional(),
  languageCertificate: z
    .strictObject({ test: z.string(), level: z.string(), validUntil: isoDate.optional() })
    .optional(),
  asOf: isoDate.optional(),
  documents: z.strictObject({ education: z.boolean().optional(), labourActivity: z.boolean().optional() }).optional(),
  sector: z.string().optional(),
  consents: z
    .strictObject({ personalData: z.boolean().optional(), exclusion: z.boolean().optional(), nonDisclosure: z.boolean().optional() })
    .optional(),
  equipment: z
    .strictObject({
      internetMbps: num({ min: 0, unit: "Mbit/s" }).optional(),
      webcam: z.boolean().optional(),
      headset: z.boolean().optional(),
      microphone: z.boolean().optional(),
    })
    .optional(),
  complete: z.boolean().optional(),
}))();

/**
 * The state-language test named by a certificate, folded: cleaned ({@link cleanText}: NFC,
 * invisible characters removed, ZERO WIDTH SPACE → space, control characters and left-over
 * combining marks rejected), upper case, quotes removed, whitespace collapsed; «ҚАЗТЕСТ»,
 * «КАЗТЕСТ» and "KAZTEST" are one test, "QAZAQ RESMI TEST" (with or without spaces) the other.
 * Anything else throws.
 */
function normalizeTest(test: string): (typeof STATE_LANGUAGE_TESTS)[number] {
  const t = cleanText(test, { rule: "R-PYR-2", field: "p.languageCertificate.test" }).toUpperCase().replace(/[«»"']/g, "").replace(/\s+/gu, " ").trim();
  if (t === "KAZTEST" || t === "ҚАЗТЕСТ" || t === "КАЗТЕСТ") return "KAZTEST";
  if (t === "QAZAQ RESMI TEST" || t === "QAZAQRESMITEST") return "QAZAQ RESMI TEST";
  return fail("R-PYR-2", "p.languageCertificate.test", test,
    `not a test the procedure accepts: expected "KAZTEST" («ҚАЗТЕСТ») or "QAZAQ RESMI TEST"`);
}

const NOT_ADMITTED = [
  ["presidentialAppointee", "presidential-appointee", "appointed by the President of the Republic of Kazakhstan"],
  ["politicalServant", "political-servant", "a political civil servant"],
  ["corpsA", "corps-a", "an administrative civil servant of corps \"A\""],
  ["inReserve", "in-reserve", "already in the Reserve"],
  ["formerlyInReserve", "formerly-in-reserve", "formerly taken into the Reserve"],
  ["excludedByNationalCommission", "excluded-by-national-commission", "excluded from the Reserve by decision of the National Commission"],
] as const;

/**
 * The answer of {@link reserveAdmissibility}.
 *
 * @category Presidential Youth Reserve
 */
export interface ReserveAdmissibility {
  /** No reason found (requirements listed in `unchecked` were not checked). */
  admissible: boolean;
  /** Why not, each with its rule id. */
  reasons: readonly ReserveAdmissibilityReason[];
  /** Requirements the input did not let the function check. */
  unchecked: readonly string[];
  /** The procedure applied. */
  version: "PYR-2025";
}

/**
 * **R-PYR-1, R-PYR-2** — whether a candidate may take part in the 2025 selection to the
 * Presidential Youth Reserve, with every failed condition.
 *
 * > «Қазақстан Республикасының Президенті тағайындаған адамдар, мемлекеттік саяси қызметшілер, «А»
 * > корпусының мемлекеттік әкімшілік қызметшілері, Резервте тұрған (бұрын Резервке алынған, сондай-ақ
 * > Ұлттық комиссияның шешімі бойынша Резервтен шығарылған) адамдар Резервке іріктеуге қатысуға
 * > жіберілмейді.» (004 lines 62–70)
 *
 * "Persons appointed by the President, political civil servants, corps "A" administrative civil
 * servants, persons in the Reserve (formerly taken into it, or excluded from it by the National
 * Commission) are not admitted to the selection."
 *
 * > «Кандидат жеке кабинетіне мынадай құжаттарды жүктейді: білімі туралы құжаттардың және олардың
 * > қосымшаларының көшірмелері; Қазақстан Республикасы Еңбек кодексінің 35-бабына сәйкес еңбек
 * > қызметін растайтын құжаттардың көшірмелері; Мемлекеттік тілді меңгеруге қойылатын талаптарды
 * > айқындайтын ұлттық стандарттарға сәйкес мемлекеттік тіл бойынша емтихан тапсыру туралы
 * > белгіленген нысандағы жарамды орта деңгейден төмен емес (В1) ресми сертификат.» (lines 126–138)
 *
 * "The candidate uploads: copies of education documents and their appendices; copies of documents
 * confirming labour activity under art. 35 of the Labour Code; a valid official certificate, of the
 * established form, of a state-language examination under the national standards, of a level not
 * lower than intermediate (B1)." The certificate comes from «ҚАЗТЕСТ» (KAZTEST) or «QAZAQ RESMI
 * TEST» (lines 139–149). At registration the candidate chooses a sector (lines 120–122), confirms
 * consent to personal-data processing, and undertakes to have a computer connected at «кемінде 5
 * мб/сек», a working webcam, headphones and microphone, consents to exclusion at any stage, and
 * undertakes not to disclose the tasks (lines 82–110).
 *
 * Readings: the level is compared in CEFR order A1 < A2 < B1 < B2 < C1 < C2 (≥ B1 passes); the
 * source writes "В1" with a Cyrillic В, normalised ({@link normalizeLanguageLevel}). "мб/сек" does
 * not say bits or bytes: read as Mbit/s, the usual unit of connection speed. `validUntil` is the
 * certificate's last valid day (inclusive); it is checked only against an explicit `asOf`.
 * A group not given is not checked and is listed in `unchecked` — the result never claims more
 * than was checked; `complete: true` turns missing information into reasons.
 * The test name and the levels are text: invisible characters copied from Word or a PDF are
 * removed (a ZERO WIDTH SPACE counts as a space), and a control character, a lone surrogate or a
 * combining mark left over after NFC is a {@link RuleInputError} with code `invalid-character`.
 *
 * @rule R-PYR-1
 * @rule R-PYR-2
 * @param p - see {@link ReserveAdmissibilityInput}; API.md's `{ …flags, languageLevel }` works as is.
 * @returns `{ admissible, reasons, unchecked, version: "PYR-2025" }`.
 * @throws A {@link RuleInputError} for unknown fields, non-boolean flags, an unknown level, test or
 *   sector, an impossible date, `languageLevel` and `languageCertificate.level` that disagree, or
 *   a test name or level with a rejected character (code `invalid-character`).
 *
 * @example
 * ```ts
 * reserveAdmissibility({ corpsA: true, languageLevel: "А2" }).reasons.map((r) => r.code)
 * // ["corps-a", "language-level-below-b1"]
 * reserveAdmissibility({ languageCertificate: { test: "ҚАЗТЕСТ", level: "в1", validUntil: "2025-12-31" },
 *   asOf: "2025-06-15", sector: "digitalisation" }).admissible // true
 * ```
 * @category Presidential Youth Reserve
 */
export function reserveAdmissibility(p: ReserveAdmissibilityInput): ReserveAdmissibility {
  const o = parse(schema, p, "R-PYR-1..2", "p");
  const complete = o.complete === true;
  const reasons: ReserveAdmissibilityReason[] = [];
  const unchecked: string[] = [];
  const add = (rule: "R-PYR-1" | "R-PYR-2", code: string, message: string) => reasons.push(Object.freeze({ code, rule, message }));
  const missing = (rule: "R-PYR-1" | "R-PYR-2", what: string, message: string) =>
    complete ? add(rule, `missing-${what}`, message) : unchecked.push(what);

  // R-PYR-1: persons not admitted.
  for (const [field, code, words] of NOT_ADMITTED) {
    const v = o[field];
    if (v === true) add("R-PYR-1", code, `not admitted: ${words} (004 lines 62–70)`);
    else if (v === undefined) missing("R-PYR-1", field, `not stated whether the candidate is ${words}`);
  }

  // R-PYR-2: documents.
  const docs = o.documents ?? {};
  if (docs.education === false) add("R-PYR-2", "no-education-documents", "copies of education documents (with appendices) are required (lines 126–128)");
  else if (docs.education === undefined) missing("R-PYR-2", "documents.education", "education documents not stated");
  if (docs.labourActivity === false) add("R-PYR-2", "no-labour-activity-documents", "copies of documents confirming labour activity under Labour Code art. 35 are required (lines 128–132)");
  else if (docs.labourActivity === undefined) missing("R-PYR-2", "documents.labourActivity", "labour-activity documents not stated");

  // R-PYR-2: sector.
  if (o.sector !== undefined) {
    if (!(RESERVE_SECTORS as readonly string[]).includes(o.sector)) {
      fail("R-PYR-2", "p.sector", o.sector, `unknown sector: expected one of ${RESERVE_SECTORS.join(", ")}`);
    }
  } else missing("R-PYR-2", "sector", "no sector chosen (lines 120–122)");

  // R-PYR-2: state-language certificate.
  const levelA = o.languageLevel === undefined ? undefined : normalizeLanguageLevel(o.languageLevel, "p.languageLevel");
  const cert = o.languageCertificate;
  if (cert) normalizeTest(cert.test);
  const levelB = cert ? normalizeLanguageLevel(cert.level, "p.languageCertificate.level") : undefined;
  if (levelA && levelB && levelA !== levelB) {
    fail("R-PYR-2", "p.languageLevel", o.languageLevel, `disagrees with languageCertificate.level (${levelB})`);
  }
  const level = levelA ?? levelB;
  if (level === undefined) {
    missing("R-PYR-2", "languageCertificate", "no state-language certificate (level B1 or higher) given");
  } else if (CEFR_LEVELS.indexOf(level) < CEFR_LEVELS.indexOf(RESERVE_MIN_LANGUAGE_LEVEL)) {
    add("R-PYR-2", "language-level-below-b1", `state-language level ${level} is below B1 («орта деңгейден төмен емес (В1)», lines 136–138)`);
  }
  if (level !== undefined) {
    if (cert?.validUntil !== undefined && o.asOf !== undefined) {
      if (o.asOf > cert.validUntil) {
        add("R-PYR-2", "language-certificate-expired", `the certificate was valid until ${cert.validUntil}, before ${o.asOf}: a valid («жарамды») certificate is required`);
      }
    } else {
      missing("R-PYR-2", "languageCertificate.validity",
        "validity of the certificate not checked (give languageCertificate.validUntil and asOf)");
    }
  }

  // R-PYR-1 registration: consents and equipment.
  const c = o.consents ?? {};
  const consentChecks = [
    ["personalData", "no-personal-data-consent", "consent to the collection and processing of personal data is required (lines 82–84)"],
    ["exclusion", "no-exclusion-consent", "consent to exclusion at any stage on the procedure's grounds is required (lines 94–104)"],
    ["nonDisclosure", "no-non-disclosure-undertaking", "an undertaking not to disclose the tasks to third parties is required (lines 106–110)"],
  ] as const;
  for (const [k, code, msg] of consentChecks) {
    if (c[k] === false) add("R-PYR-1", code, msg);
    else if (c[k] === undefined) missing("R-PYR-1", `consents.${k}`, msg);
  }
  const e = o.equipment ?? {};
  if (e.internetMbps !== undefined) {
    if (e.internetMbps.lt(RESERVE_MIN_INTERNET_MBPS)) {
      add("R-PYR-1", "internet-below-5-mbps", `connection ${e.internetMbps.toString()} Mbit/s is below «кемінде 5 мб/сек» (line 88)`);
    }
  } else missing("R-PYR-1", "equipment.internetMbps", "connection speed not stated (≥ 5 Mbit/s required, line 88)");
  const devices = [
    ["webcam", "no-webcam", "a working webcam is required (line 90)"],
    ["headset", "no-headset", "headphones are required (line 90)"],
    ["microphone", "no-microphone", "a microphone is required (line 92)"],
  ] as const;
  for (const [k, code, msg] of devices) {
    if (e[k] === false) add("R-PYR-1", code, msg);
    else if (e[k] === undefined) missing("R-PYR-1", `equipment.${k}`, msg);
  }

  return Object.freeze({
    admissible: reasons.length === 0,
    reasons: Object.freeze(reasons),
    unchecked: Object.freeze(unchecked),
    version: "PYR-2025",
  });
}

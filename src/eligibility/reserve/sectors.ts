/**
 * The six sectors ("салалық бағыт") of the 2025 selection to the Presidential Youth Reserve,
 * as typed data (R-PYR-2, quotas per sector R-PYR-3).
 *
 * @module
 */

/**
 * Sector ids, in the order of RULES.md R-PYR-2 — which is the order in which the procedure lists
 * them (section 2, `sources/004_3eb6df1ff2b8ef3d.txt` lines 112–118) and the order of every quota
 * list (sections 6–9).
 *
 * @rule R-PYR-3
 * @category Presidential Youth Reserve
 */
export const RESERVE_SECTORS = [
  "social-policy",
  "infrastructure-industry-trade",
  "economic-financial-policy",
  "digitalisation",
  "agro-industry-environment",
  "foreign-policy-investment",
] as const;

/**
 * A sector id of {@link RESERVE_SECTORS}.
 *
 * @category Presidential Youth Reserve
 */
export type ReserveSector = (typeof RESERVE_SECTORS)[number];

/**
 * Names of a sector as the procedure writes them (Kazakh) and in English.
 *
 * @category Presidential Youth Reserve
 */
export interface ReserveSectorInfo {
  readonly id: ReserveSector;
  /** As written in the procedure (section 2, lines 112–118; the quota lists repeat it). */
  readonly kk: string;
  readonly en: string;
}

/**
 * The six sectors with their Kazakh and English names, in {@link RESERVE_SECTORS} order.
 *
 * > «Құжаттарды қабылдау алты салалық бағыт бойынша («әлеуметтік саясат, азаматтық қоғам»,
 * > «инфрақұрылымды, өнеркәсіпті дамыту және сауда саясаты», «экономикалық және қаржылық саясат»,
 * > «цифрландыру», «агроөнеркәсіптік кешен және қоршаған ортаны қорғау», «сыртқы саясат және
 * > инвестициялар») жүзеге асырылады.» (lines 112–120)
 *
 * "Documents are accepted in six sectors (…)."
 *
 * @rule R-PYR-3
 * @category Presidential Youth Reserve
 */
export const RESERVE_SECTOR_INFO: Readonly<Record<ReserveSector, ReserveSectorInfo>> = /* @__PURE__ */ (() => Object.freeze({
  "social-policy": { id: "social-policy", kk: "әлеуметтік саясат, азаматтық қоғам", en: "social policy, civil society" },
  "infrastructure-industry-trade": {
    id: "infrastructure-industry-trade",
    kk: "инфрақұрылымды, өнеркәсіпті дамыту және сауда саясаты",
    en: "infrastructure, industrial development and trade policy",
  },
  "economic-financial-policy": {
    id: "economic-financial-policy",
    kk: "экономикалық және қаржылық саясат",
    en: "economic and financial policy",
  },
  digitalisation: { id: "digitalisation", kk: "цифрландыру", en: "digitalisation" },
  "agro-industry-environment": {
    id: "agro-industry-environment",
    kk: "агроөнеркәсіптік кешен және қоршаған ортаны қорғау",
    en: "agro-industrial complex and environmental protection",
  },
  "foreign-policy-investment": {
    id: "foreign-policy-investment",
    kk: "сыртқы саясат және инвестициялар",
    en: "foreign policy and investment",
  },
}))();

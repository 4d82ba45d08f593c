// Shared fixtures of the Presidential Youth Reserve tests (R-PYR-1…3).
import type { ReserveAdmissibilityInput, ReserveCandidate, ReserveStage, ReserveStageEntry } from "../../src/index.js";

/** A candidate's stage entries. */
export type Scores = Partial<Record<ReserveStage, ReserveStageEntry>>;
/** A funnel candidate. */
export const cand = (id: string, sector: string, scores: Scores): ReserveCandidate => ({ id, sector, scores });
export const D = "digitalisation";
export const SP = "social-policy";

/** Every group of R-PYR-1 / R-PYR-2 given and valid (5 Mbit/s, KAZTEST B1 valid on 15.06.2025): admissible. */
export const ADMISSIBLE = {
  presidentialAppointee: false, politicalServant: false, corpsA: false, inReserve: false, formerlyInReserve: false,
  excludedByNationalCommission: false,
  languageCertificate: { test: "KAZTEST", level: "B1", validUntil: "2025-12-31" },
  asOf: "2025-06-15",
  documents: { education: true, labourActivity: true },
  sector: "digitalisation",
  consents: { personalData: true, exclusion: true, nonDisclosure: true },
  equipment: { internetMbps: 5, webcam: true, headset: true, microphone: true },
} satisfies ReserveAdmissibilityInput;

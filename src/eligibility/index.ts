/**
 * @module eligibility
 */
export {};
export { admitToInterview, INTERVIEW_ADMISSION_LIMIT, type InterviewAdmission } from "./admit-to-interview.js";
export { RESERVE_SECTORS, RESERVE_SECTOR_INFO, type ReserveSector, type ReserveSectorInfo } from "./reserve-sectors.js";
export { RESERVE_STAGES, RESERVE_QUOTAS, RESERVE_TIE_SENTENCES, RESERVE_SCORE_SCALES, type ReserveStage, type ReserveStageQuota, type ReserveScoreScale } from "./reserve-quotas.js";
export { RESERVE_EXCLUSION_GROUNDS, RESERVE_EXCLUSION_GROUND_INFO, type ReserveExclusionGround, type ReserveExclusionGroundInfo } from "./reserve-exclusion-grounds.js";
export { runReserveFunnel, type ReserveCandidate, type ReserveStageEntry, type ReserveStageStatus, type ReserveFunnelOptions, type ReserveFunnelResult, type ReserveStageResult, type ReserveSectorStage, type ReserveLeft } from "./reserve-funnel.js";
export { explainReserveCandidate, type ReserveCandidateExplanation } from "./reserve-explain.js";
export { normalizeCategory } from "./normalize-category.js";
export { testProgramFor, type TestProgramForOptions } from "./test-program-for.js";
export { PERSONAL_QUALITIES_PROGRAMS, CATEGORY_CODES, AMBIGUOUS_CATEGORIES, type PersonalQualitiesProgram, type ProgramCompetency, type ProgramNumber } from "./personal-qualities-programs.js";
export { personalQualitiesTestResult, type PersonalQualitiesTestInput, type PersonalQualitiesTestResult, type PersonalQualitiesFailure } from "./personal-qualities-test-result.js";
export { legislationTestResult, type LegislationTestResult } from "./legislation-test-result.js";
export { LEADERSHIP_POSITIONS, LEADERSHIP_POSITIONS_SOURCE, type LeadershipPosition } from "./leadership-positions.js";
export { isLeadershipPosition } from "./is-leadership-position.js";
export { leadershipPositionsFor } from "./leadership-positions-for.js";
export { commissionQuorum, QUORUM_MIN_PERSONS } from "./commission-quorum.js";
export { checkCommissionQuorum, type QuorumCheck, type QuorumReason } from "./check-commission-quorum.js";
export { essayPanelValid, type EssayPanelInput, type EssayPanelReason } from "./essay-panel-valid.js";
export { PRACTICAL_TASKS, type PracticalTask } from "./practical-tasks.js";
export { normalizeLanguageLevel, CEFR_LEVELS, type CefrLevel } from "./normalize-language-level.js";
export { reserveAdmissibility, STATE_LANGUAGE_TESTS, RESERVE_MIN_LANGUAGE_LEVEL, RESERVE_MIN_INTERNET_MBPS, type ReserveAdmissibilityInput, type ReserveAdmissibilityReason } from "./reserve-admissibility.js";
export { TERRITORIAL_DEPARTMENTS, TERRITORIAL_DEPARTMENTS_SOURCE, type TerritorialDepartment, type TerritorialDepartmentNote } from "./territorial-departments.js";
export { territorialDepartmentFor } from "./territorial-department-for.js";
export { PERSONNEL_RESERVE_2012, type PersonnelReserveRecipient } from "./personnel-reserve-2012.js";

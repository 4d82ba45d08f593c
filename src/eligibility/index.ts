/**
 * @module eligibility
 */
export {};

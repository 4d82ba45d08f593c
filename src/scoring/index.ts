/**
 * Scoring: every stage score and final score of the orders, exact (decimal.js).
 *
 * @module scoring
 */
export { selectionPersonalQualities } from "./selection-personal-qualities.js";

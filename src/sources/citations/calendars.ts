import { SEEDS } from "../acts.js";
import { cite, type Citation } from "../citation.js";

/** Citations of the rules of this module (see RULES.md). */
export const CALENDAR_CITATIONS = {
} as const satisfies Record<string, Citation>;

void SEEDS;
void cite;

/** A stateless 32-bit hash of a seed and two integers, as a uniform number in [0, 1). */
export function uniform(seed: number, i: number, k: number): number;

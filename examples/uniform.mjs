// A stateless 32-bit hash of a seed and two integers, as a uniform number in [0, 1): the one
// pseudo-random source of the synthetic populations (examples/reserve-campaign.ts, the benches,
// the workbench's samples), so each is the same on every machine and run. Plain JavaScript, so
// that scripts run by node without a TypeScript loader can import it too.

/**
 * @param {number} seed
 * @param {number} i
 * @param {number} k
 * @returns {number}
 */
export function uniform(seed, i, k) {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(i + 0x632be5ab, 0xc2b2ae35) ^ Math.imul(k + 0x27d4eb2f, 0x165667b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

/**
 * The funnel's id → position table (R-PYR-3): finds duplicate ids while the candidates are read,
 * and answers `get(id)` for the explanations. An open-addressing hash table over one `Int32Array`
 * (a position + 1 per slot, at most half the slots used): a million ids cost one 8 MB array and no
 * object per id. A JS `Map` of a million strings costs about as much time as the rest of reading
 * (its growth allocates while the caller's candidates fill the heap, and every collection walks
 * them): this table was written for that.
 *
 * ## Linear whatever the ids
 * The hash is seeded with a random number per table, so no fixed set of ids collides in every
 * run. Should a probe still run long (more than {@link MAX_PROBE} slots: ids crafted against the
 * hash, or extreme bad luck), the table moves every id to a `Map` (whose string hash V8 seeds per
 * process) and goes on with it: the time stays linear in the ids' total length.
 *
 * @module
 * @internal
 */

/** The longest probe before the table gives up hashing and moves to a `Map`. @internal */
export const MAX_PROBE = 64;

/** Id → input position, for the funnel's candidates (see the module documentation). @internal */
export class IdTable {
  private readonly ids: readonly string[];
  private slots: Int32Array;
  private readonly mask: number;
  private readonly seed: number;
  private map: Map<string, number> | undefined;

  /** @param ids - the ids by position, filled in as they are {@link add}ed (the table reads them on collisions). */
  constructor(ids: readonly string[], capacity: number, seed: number = (Math.random() * 0x100000000) >>> 0) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.ids = ids;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.seed = seed;
  }

  /** A 32-bit hash of `s` (FNV-1a over UTF-16 code units, seeded, with a final mix). */
  private hash(s: string): number {
    let h = (0x811c9dc5 ^ this.seed) >>> 0;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
    return h >>> 0;
  }

  /**
   * Adds `id` at position `i` (`ids[i]` must already be `id`). Returns −1 when the id is new, else
   * the position it was first added at (the table keeps that one).
   */
  add(id: string, i: number): number {
    if (this.map !== undefined) return this.addToMap(id, i);
    let h = this.hash(id) & this.mask;
    for (let probe = 0; probe < MAX_PROBE; probe++) {
      const j = this.slots[h]!;
      if (j === 0) {
        this.slots[h] = i + 1;
        return -1;
      }
      if (this.ids[j - 1] === id) return j - 1;
      h = (h + 1) & this.mask;
    }
    this.toMap();
    return this.addToMap(id, i);
  }

  /** The position of `id`, or `undefined`. */
  get(id: string): number | undefined {
    if (this.map !== undefined) return this.map.get(id);
    let h = this.hash(id) & this.mask;
    for (let probe = 0; probe < MAX_PROBE; probe++) {
      const j = this.slots[h]!;
      if (j === 0) return undefined;
      if (this.ids[j - 1] === id) return j - 1;
      h = (h + 1) & this.mask;
    }
    return undefined; // a probe this long never completed an add: the table would have moved to a Map
  }

  /** Whether the table has moved to a `Map` (long probes). */
  get usesMap(): boolean {
    return this.map !== undefined;
  }

  private addToMap(id: string, i: number): number {
    const map = this.map!;
    const prev = map.get(id);
    if (prev !== undefined) return prev;
    map.set(id, i);
    return -1;
  }

  private toMap(): void {
    const map = new Map<string, number>();
    for (let h = 0; h <= this.mask; h++) {
      const j = this.slots[h]!;
      if (j !== 0) map.set(this.ids[j - 1]!, j - 1);
    }
    this.map = map;
    this.slots = new Int32Array(0);
  }
}

// Hostile values (issue 23): what a caller's data can be when it is not data — throwing getters,
// Proxies, revoked Proxies, deep and circular objects, huge and sparse arrays, huge strings,
// BigInt, Symbol, invisible characters. Shared by the hostile-input suite (test/hostile.test.ts)
// and its benchmark (bench/hostile.bench.ts), which sizes them with `hostileValues(n)`.
import fc from "fast-check";

/** The caller's own exception: thrown by the caller's getters and Proxy traps, never by the library. */
export class CallerError extends Error {
  constructor() {
    super("the caller's own getter threw");
    this.name = "CallerError";
  }
}

const throwIt = (): never => {
  throw new CallerError();
};

/** An object whose every operation throws the caller's own error. */
export function throwingProxy(target: object = {}): object {
  return new Proxy(target, {
    get: throwIt,
    has: throwIt,
    ownKeys: throwIt,
    getOwnPropertyDescriptor: throwIt,
    getPrototypeOf: throwIt,
  });
}

/** An object with ordinary-looking fields whose getters throw the caller's own error. */
export function throwingGetters(keys: readonly string[]): object {
  const o: Record<string, unknown> = {};
  for (const k of keys) Object.defineProperty(o, k, { get: throwIt, enumerable: true, configurable: true });
  return o;
}

/** A Proxy that has been revoked: any operation on it throws the engine's TypeError. */
export function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** `{ a: { a: … } }`, `depth` levels deep. */
export function deepObject(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = { a: v, id: "x", score: v, date: v };
  return v;
}

/** `[[[…]]]`, `depth` levels deep. */
export function deepArray(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

/** An object and an array that contain themselves. */
export function circular(): { object: unknown; array: unknown } {
  const o: Record<string, unknown> = { id: "a", sector: "digitalisation" };
  o.self = o;
  o.scores = o;
  o.status = o;
  const a: unknown[] = [1, 2];
  a.push(a);
  return { object: o, array: a };
}

/** Deep-freezes a value made of plain objects and arrays (cycles and Proxies left alone). */
export function deepFreeze<T>(v: T, seen = new Set<unknown>()): T {
  if (v === null || typeof v !== "object" || seen.has(v) || Object.isFrozen(v)) return v;
  seen.add(v);
  for (const k of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[k], seen);
  return Object.freeze(v);
}

/** Text a copy from Word or a PDF carries: zero-width and bidi controls, NUL, combining marks. */
export const INVISIBLE_TEXT: readonly string[] = [
  "басқарма\u200bбасшысы",
  "басқарма\u200dбасшысы",
  "басқарма\u0000басшысы",
  "C\u202e-3",
  "\ufeffC-3",
  "С-О\u00ad-4",
  "B\u03011",
  "Астана\u200e",
  "X\u001b[2J\u001b]0;pwned\u0007",
];

/**
 * The hostile values, with huge ones of size `n` (arrays of `n` items, strings of `10 n`
 * characters, objects `min(n, 10,000)` deep). Built once per size; the big ones are shared.
 */
export function hostileValues(n: number): unknown[] {
  const c = circular();
  const depth = Math.min(n, 10_000);
  return [
    throwingProxy(),
    throwingProxy([1, 2, 3]),
    throwingGetters(["id", "sector", "scores", "track", "O", "E", "C", "P", "competencies", "iq", "applicationDate", "program", "logic", "score", "stages", "status", "ground", "length", "0"]),
    revokedProxy(),
    new Proxy({ id: "a", sector: "digitalisation", track: "leadership" }, {}),
    new Proxy([1, 2, 3], {}),
    c.object,
    c.array,
    deepObject(depth),
    deepArray(depth),
    new Array(n),
    new Array(n).fill(Number.NaN),
    new Array(n).fill(50),
    new Array(n).fill("2025-03-01"),
    Array.from({ length: n }, (_, i) => ({ id: `c${i}`, score: i % 100 })),
    "1".repeat(10 * n),
    " ".repeat(10 * n) + "1",
    "\u200b".repeat(10 * n),
    "-".repeat(10 * n),
    10n,
    10n ** 400n,
    Symbol("hostile"),
    Object.freeze([]),
    ...INVISIBLE_TEXT,
  ];
}

/**
 * A stand-in for one hostile value while fast-check generates, shrinks and prints a case: the
 * values themselves cannot go through fast-check (it probes, clones and prints what it generates,
 * and a revoked Proxy or a throwing getter blows up inside it). `materialize` puts the values in
 * just before the call.
 */
export class HostileToken {
  constructor(readonly index: number) {
    Object.freeze(this);
  }
  toString(): string {
    return `hostile#${this.index}`;
  }
}

const built = new Map<number, unknown[]>();

/** `hostileValues(n)`, built once per size. */
export function sharedHostileValues(n: number): unknown[] {
  let v = built.get(n);
  if (v === undefined) built.set(n, (v = hostileValues(n)));
  return v;
}

/** Tokens for the hostile values of size `n`, plus arbitrary JSON (which may be anything). */
export function hostileArbitrary(n: number): fc.Arbitrary<unknown> {
  const count = sharedHostileValues(n).length;
  return fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: count - 1 }).map((i) => new HostileToken(i), (v) => (v as HostileToken).index) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  );
}

function isPlain(v: object): boolean {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * `v` with every HostileToken replaced by its hostile value of size `n`. Plain objects and arrays
 * that hold a token are copied (own keys such as "__proto__" kept as own keys); everything else —
 * among it a funnel result, whose identity the explanations check — is the same reference.
 */
export function materialize(v: unknown, n: number): unknown {
  if (v instanceof HostileToken) return sharedHostileValues(n)[v.index];
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < v.length; i++) {
      if (!(i in v)) continue;
      const m = materialize(v[i], n);
      if (m !== v[i]) (out ??= v.slice())[i] = m;
    }
    return out ?? v;
  }
  if (!isPlain(v)) return v;
  let out: Record<string, unknown> | undefined;
  for (const k of Object.keys(v)) {
    const was = (v as Record<string, unknown>)[k];
    const m = materialize(was, n);
    if (m === was) continue;
    if (out === undefined) {
      out = Object.create(Object.getPrototypeOf(v)) as Record<string, unknown>;
      for (const j of Object.keys(v)) Object.defineProperty(out, j, { value: (v as Record<string, unknown>)[j], enumerable: true, writable: true, configurable: true });
    }
    Object.defineProperty(out, k, { value: m, enumerable: true, writable: true, configurable: true });
  }
  return out ?? v;
}

/** True for an exception the caller's own object raised (its getter, its Proxy, its revoked Proxy). */
export function isCallersOwn(e: unknown): boolean {
  return e instanceof CallerError || (e instanceof TypeError && /revoked/.test(e.message));
}

/**
 * A stand-in for `@fast-check/vitest` used by mutation runs only (vitest.mutation.config.ts
 * aliases the package to this file). The real package builds its chainable `test` API when it is
 * imported, which takes 2–3 s per vitest run under vitest 4.1; Stryker starts a run for every
 * mutant, so that cost alone made a full run take a day. The tests use one form only,
 * `test.prop([arbitraries], params?)(name, predicate, timeout?)`, which this file implements with
 * `fc.assert(fc.property(...))` — the same cases, the same seed handling, the same failures.
 * `npm test` and CI use the real package.
 */
import fc from "fast-check";
import { test as vitestTest } from "vitest";

type Predicate = (...values: unknown[]) => boolean | void;
const property = fc.property as unknown as (...args: unknown[]) => fc.IProperty<unknown[]>;

function prop(arbitraries: readonly fc.Arbitrary<unknown>[], params?: fc.Parameters<unknown[]>) {
  return (name: string, predicate: Predicate, timeout?: number): void => {
    vitestTest(
      name,
      () => {
        fc.assert(property(...arbitraries, predicate), params);
      },
      timeout,
    );
  };
}

/** vitest's `test` (a wrapper: vitest's own object is not touched), with `.prop` as in `@fast-check/vitest`. */
export const test: typeof vitestTest & { prop: typeof prop } = Object.assign(
  ((...args: Parameters<typeof vitestTest>) => vitestTest(...args)) as typeof vitestTest,
  { prop },
);
export const it: typeof test = test;
export { fc };

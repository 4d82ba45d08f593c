/**
 * The building blocks of the JSON Schemas of the public inputs (see registry.ts): the patterns,
 * the schema of a `Num`, and the shared fragments (dates, instants, lengths, the calendar's
 * `extra`, the version options) that the registry's entries are made of.
 *
 * @internal
 * @module
 */
import * as z from "zod";

/** A JSON Schema (draft 2020-12) as a plain object. */
export type JsonSchema = { readonly [k: string]: unknown };

/** The decimal strings `Num` accepts (src/internal/validate.ts): digits, an optional dot, no exponent. */
export const DECIMAL_STRING_PATTERN = "^\\s*[+-]?(?:\\d+(?:\\.\\d+)?|\\.\\d+)\\s*$";
/** ISO civil date `YYYY-MM-DD` (calendar validity — 30 February — is checked by the library). */
export const ISO_DATE_PATTERN = "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$";
/** ISO instant with an offset (`Z` or `±hh:mm`). */
export const ISO_INSTANT_PATTERN = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})$";

/** Options of {@link numSchema}. */
export interface NumSchemaOptions {
  min?: string | number;
  max?: string | number;
  whole?: boolean;
  description?: string;
}

/**
 * JSON Schema of a `Num`: a JSON number (bounded) or a decimal string (a pattern; JSON Schema cannot
 * bound a string's value, so the library checks the range of a string itself).
 */
export function numSchema(o: NumSchemaOptions = {}): JsonSchema {
  const number: Record<string, unknown> = { type: o.whole ? "integer" : "number" };
  if (o.min !== undefined) number.minimum = Number(o.min);
  if (o.max !== undefined) number.maximum = Number(o.max);
  const range =
    o.min !== undefined && o.max !== undefined ? ` from ${o.min} to ${o.max}` : o.min !== undefined ? ` ≥ ${o.min}` : o.max !== undefined ? ` ≤ ${o.max}` : "";
  return {
    description: `${o.description ? o.description + ": " : ""}${o.whole ? "a whole number" : "a number"}${range}, as a JSON number or a decimal string such as "2.5"`,
    anyOf: [number, { type: "string", pattern: o.whole ? "^\\s*[+-]?\\d+(?:\\.0+)?\\s*$" : DECIMAL_STRING_PATTERN }],
  };
}

/** JSON Schema of a zod schema without transforms (enums, booleans, plain objects). */
export function fromZod(schema: z.ZodType): JsonSchema {
  const out = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "throw" }) as Record<string, unknown>;
  delete out.$schema;
  return out;
}

export const date = (description: string): JsonSchema => ({ type: "string", pattern: ISO_DATE_PATTERN, description: `${description} (YYYY-MM-DD)` });
export const instant = (description: string): JsonSchema => ({ type: "string", pattern: ISO_INSTANT_PATTERN, description: `${description} (ISO instant with an offset)` });
export const str = (description: string): JsonSchema => ({ type: "string", minLength: 1, description });
export const bool = (description: string): JsonSchema => ({ type: "boolean", description });
export const enumOf = (values: readonly (string | number)[], description: string): JsonSchema => ({ enum: [...values], description });
export const array = (items: JsonSchema, description: string, n?: { min?: number; max?: number }): JsonSchema => ({
  type: "array",
  items,
  description,
  ...(n?.min !== undefined ? { minItems: n.min } : {}),
  ...(n?.max !== undefined ? { maxItems: n.max } : {}),
});
/** A closed object: the library rejects unknown fields. */
export const object = (properties: Record<string, JsonSchema>, required: string[], description: string): JsonSchema => ({
  type: "object",
  description,
  properties,
  required,
  additionalProperties: false,
});
export const COUNTING = enumOf(["civil-code", "inclusive"], "counting convention of periods (docs/rules.md §4); default civil-code");
export const VERSION_FIELDS = {
  asOf: date("the day whose version of the rule applies; default the latest"),
  presume: bool("presume the date of a publication the sources do not give"),
  publication: { type: "object", additionalProperties: { type: "string", pattern: ISO_DATE_PATTERN }, description: "known publication dates by publication id" },
};
/**
 * A `Calendar` is a JavaScript object: it cannot cross a JSON boundary. A service built on the
 * library builds it (`kazakhstanCalendar(extra)`); its JSON form here is that `extra` object.
 */
export const CALENDAR_EXTRA = object(
  {
    transfers: array(object({ off: date("a working day made a day off"), worked: date("a day off made a working day"), act: str("the act") }, ["off"], "a transfer of a day off"), "transfers beyond the built-in ones"),
    kurbanAit: { type: "object", description: "first day of Kurban Ait by year", additionalProperties: { anyOf: [{ type: "string", pattern: ISO_DATE_PATTERN }, { type: "array", items: { type: "string", pattern: ISO_DATE_PATTERN } }] } },
  },
  [],
  "extra days off / transfers of kazakhstanCalendar(extra); across JSON the Calendar is passed as this object and rebuilt by the service",
);
export const LENGTH = {
  description: "a period length: exactly one of days, months, years (whole, ≥ 1)",
  oneOf: [
    object({ days: { type: "integer", minimum: 1 } }, ["days"], "days"),
    object({ months: { type: "integer", minimum: 1 } }, ["months"], "months"),
    object({ years: { type: "integer", minimum: 1 } }, ["years"], "years"),
  ],
};
export const LENGTH_OR_WORKING = { description: "a period length, or { workingDays }", oneOf: [...LENGTH.oneOf, object({ workingDays: { type: "integer", minimum: 1 } }, ["workingDays"], "working days")] };

/** One parameter of a public function. */
export interface ParameterSchema {
  readonly name: string;
  readonly schema: JsonSchema;
  readonly optional?: boolean;
}

/** The input JSON Schema of one public function. */
export interface FunctionSchema {
  /** Exported name, e.g. `"selectionPersonalQualities"`. */
  readonly function: string;
  /** Subpath module it is exported from (also from the root). */
  readonly module: "scoring" | "eligibility" | "calendars" | "sources";
  /** Rule id(s). */
  readonly rule: string;
  readonly description: string;
  readonly params: readonly ParameterSchema[];
}

/** The JSON Schema of one function's argument list (a JSON array), with each parameter in `$defs`. */
export function argumentsSchema(f: FunctionSchema): JsonSchema {
  const required = f.params.filter((p) => !p.optional).length;
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `https://unpkg.com/kz-civil-service-rules/schemas/${f.function}.json`,
    title: `${f.function} — arguments`,
    description: `${f.rule}: ${f.description}. The arguments of ${f.function}(${f.params.map((p) => p.name + (p.optional ? "?" : "")).join(", ")}) as a JSON array; each parameter alone is under $defs.`,
    "x-function": f.function,
    "x-module": f.module,
    "x-rule": f.rule,
    type: "array",
    prefixItems: f.params.map((p) => ({ $ref: `#/$defs/${p.name}` })),
    items: false,
    minItems: required,
    maxItems: f.params.length,
    $defs: Object.fromEntries(f.params.map((p) => [p.name, p.schema])),
  };
}

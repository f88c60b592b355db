/**
 * Run-time checks for messages that cross a webview boundary. A page is not trusted to send only what its
 * type says (a bank's markdown runs in it, however sanitised), so every message is checked against an
 * allow-list of message types, each with the exact fields it may carry. Unknown types and unknown fields are
 * refused.
 */

/** A check that narrows `unknown` to `T`. */
export type Guard<T> = (value: unknown) => value is T;
type Guarded<G> = G extends Guard<infer T> ? T : never;
type Shape = Readonly<Record<string, Guard<unknown>>>;
type Optional<T> = Guard<T | undefined> & { readonly optional: true };
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends { readonly optional: true } ? K : never }[keyof S];
type ObjectOf<S extends Shape> =
  & { readonly [K in Exclude<keyof S, OptionalKeys<S>>]: Guarded<S[K]> }
  & { readonly [K in OptionalKeys<S>]?: Exclude<Guarded<S[K]>, undefined> };
type Simplify<T> = { [K in keyof T]: T[K] } & unknown;
/** One member of a tagged union per entry of the table: `{ type: key } & shape`. */
type TaggedOf<T extends Readonly<Record<string, Shape>>> = { [K in keyof T & string]: Simplify<{ readonly type: K } & ObjectOf<T[K]>> }[keyof T & string];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A whole number from `min` to `max`. */
export function integer(min = 0, max = Number.MAX_SAFE_INTEGER): Guard<number> {
  return (value): value is number => Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
}

/** A string of at most `maxLength` characters. */
export function text(maxLength: number): Guard<string> {
  return (value): value is string => typeof value === 'string' && value.length <= maxLength;
}

/** One of the given strings. */
export function oneOf<L extends string>(...values: readonly L[]): Guard<L> {
  return (value): value is L => typeof value === 'string' && (values as readonly string[]).includes(value);
}

/** A field that may be left out (or undefined). */
export function optional<T>(guard: Guard<T>): Optional<T> {
  const check = ((value: unknown) => value === undefined || guard(value)) as Optional<T>;
  return Object.assign(check, { optional: true as const });
}

function matchesShape(value: Record<string, unknown>, shape: Shape, skip: string): boolean {
  for (const key of Object.keys(value)) {
    if (key !== skip && !Object.prototype.hasOwnProperty.call(shape, key)) return false;
  }
  for (const [key, guard] of Object.entries(shape)) {
    if (!guard(value[key])) return false;
  }
  return true;
}

/** An object with exactly these fields. */
export function object<S extends Shape>(shape: S): Guard<ObjectOf<S>> {
  return (value): value is ObjectOf<S> => isRecord(value) && matchesShape(value, shape, '');
}

/**
 * Ties a guard to its protocol type both ways: the guard accepts nothing outside `T`, and every member of `T`
 * has a check (a message type added to the protocol alone does not compile).
 */
export function exactly<T>(): <G extends T>(guard: Guard<G>, ...proof: [T] extends [G] ? [] : [never]) => Guard<T> {
  return <G extends T>(guard: Guard<G>, ..._proof: [T] extends [G] ? [] : [never]) => guard as Guard<T>;
}

/** A tagged union: `{ type, …fields }` where `type` is a key of `table` and the fields are its shape. */
export function tagged<T extends Readonly<Record<string, Shape>>>(table: T): Guard<TaggedOf<T>> {
  return (value): value is TaggedOf<T> => {
    if (!isRecord(value) || typeof value.type !== 'string' || !Object.prototype.hasOwnProperty.call(table, value.type)) return false;
    return matchesShape(value, table[value.type], 'type');
  };
}

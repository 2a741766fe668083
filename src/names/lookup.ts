/**
 * Each table as a Map, made on its first lookup. Reading an object by a string made at run time
 * (every token of a name) first has V8 look the string up among its internalised strings: a Map
 * reads it by hash instead, several times faster. The tables are constants, never changed once read.
 */
const asMaps = new WeakMap<object, ReadonlyMap<string, unknown>>();

/** A table entry by key, ignoring Object.prototype ('constructor' is a company name token too). */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  let map = asMaps.get(table) as ReadonlyMap<string, T> | undefined;
  if (map === undefined) {
    // Own enumerable keys only, as Object.hasOwn would see them.
    map = new Map(Object.entries(table));
    asMaps.set(table, map);
  }
  return map.get(key);
}

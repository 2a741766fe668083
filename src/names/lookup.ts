/** A table entry by key, ignoring Object.prototype ('constructor' is a company name token too). */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * A snapshot stored so that reading it back costs what a one-shot command uses. Deserialising every
 * entry of a large list (addresses, identifiers, dates, remarks: three quarters of its bytes and
 * objects, and the garbage collections they cause) was most of a cold `clearance check --list FILE`,
 * which screens a handful of parties and looks at the few entries they resemble. Here each entry's
 * head (id, list, kind, names: what indexing and scoring read of every name) is read at once, and the
 * rest of each entry is a separate block decoded the first time one of its fields is read.
 *
 * The entries read back are equal to those stored, field for field and in the same key order (the
 * lazy fields are getters), and as immutable: the heads are frozen at once, each rest when decoded,
 * and a getter without a setter refuses assignment as a frozen field does. Serialising an entry
 * (JSON, v8, a worker's structured clone) reads every field, so it sees the same object.
 *
 * Layout: a 4-byte little-endian length, the v8-serialised header, then the rest blocks.
 */
import { deserialize, serialize } from 'node:v8';
import type { ListEntry } from '../model/list-entry.js';
import type { ListSnapshot } from '../model/snapshot.js';
import { deepFreeze } from './build.js';

/** Fields every entry has and every command reads for all entries, in the order parsers make them. */
const HEAD_KEYS = ['id', 'list', 'kind', 'names'] as const;

interface Header {
  hash: string;
  createdAt: string;
  sources: ListSnapshot['sources'];
  counts: ListSnapshot['counts'];
  /** Entries stored whole (keys not starting with HEAD_KEYS, or names of another form), by position; null for the others. */
  whole: (object | null)[];
  /** Per entry: its rest's keys, as an index into `shapes`; -1 for an entry stored whole. */
  shape: Int32Array;
  shapes: string[][];
  /** Per entry, where its rest block starts (and, at i + 1, ends) after the header. */
  starts: Float64Array;
  /**
   * The heads in columns: decoding a column of strings and building the objects in JavaScript costs a
   * fraction of deserialising a hundred thousand small objects one by one, and the few distinct kinds,
   * lists, name types and scripts are one object each instead of one per use.
   */
  ids: string[];
  kinds: string[];
  kindOf: Uint16Array;
  lists: object[];
  listOf: Int32Array;
  nameStart: Int32Array;
  nameValue: string[];
  types: string[];
  typeOf: Uint16Array;
  scripts: string[];
  scriptOf: Uint16Array;
}

/** Numbers the distinct values it is given, in order of first appearance. */
function codes<T>(keyOf: (value: T) => string = String): { table: T[]; code(value: T): number } {
  const ids = new Map<string, number>();
  const table: T[] = [];
  return {
    table,
    code(value) {
      const key = keyOf(value);
      let id = ids.get(key);
      if (id === undefined) ids.set(key, (id = table.push(value) - 1));
      return id;
    },
  };
}

const NAME_KEYS = ['value', 'type', 'script'];

function plainNames(names: readonly object[]): boolean {
  return Array.isArray(names) && names.every((n) => {
    const keys = Object.keys(n);
    return keys.length === NAME_KEYS.length && NAME_KEYS.every((k, i) => keys[i] === k && typeof (n as Record<string, unknown>)[k] === 'string');
  });
}

function startsWithHead(keys: readonly string[]): boolean {
  return HEAD_KEYS.every((key, i) => keys[i] === key);
}

/** The snapshot in the lazy layout. */
export function packSnapshot(snapshot: ListSnapshot): Buffer {
  const shapeCodes = codes<string[]>((keys) => keys.join('\u0000'));
  const kinds = codes<string>();
  const lists = codes<object>((list) => JSON.stringify(list));
  const types = codes<string>();
  const scripts = codes<string>();
  const entries = snapshot.entries;
  const n = entries.length;
  const whole: (object | null)[] = [];
  const shape = new Int32Array(n);
  const starts = new Float64Array(n + 1);
  const ids: string[] = [];
  const kindOf = new Uint16Array(n);
  const listOf = new Int32Array(n);
  const nameStart = new Int32Array(n + 1);
  const nameValue: string[] = [];
  const typeOf: number[] = [];
  const scriptOf: number[] = [];
  const blocks: Buffer[] = [];
  let offset = 0;
  entries.forEach((entry, i) => {
    const record = entry as unknown as Record<string, unknown>;
    const keys = Object.keys(record);
    starts[i] = offset;
    nameStart[i] = nameValue.length;
    if (!startsWithHead(keys) || typeof entry.id !== 'string' || typeof entry.kind !== 'string' || !plainNames(entry.names)) {
      whole.push(entry);
      ids.push('');
      shape[i] = -1;
      return;
    }
    whole.push(null);
    const rest = keys.slice(HEAD_KEYS.length);
    shape[i] = shapeCodes.code(rest);
    ids.push(entry.id);
    kindOf[i] = kinds.code(entry.kind);
    listOf[i] = lists.code(entry.list);
    for (const name of entry.names) {
      nameValue.push(name.value);
      typeOf.push(types.code(name.type));
      scriptOf.push(scripts.code(name.script));
    }
    const block = serialize(rest.map((key) => record[key]));
    blocks.push(block);
    offset += block.length;
  });
  starts[n] = offset;
  nameStart[n] = nameValue.length;
  if (Math.max(kinds.table.length, types.table.length, scripts.table.length) > 0xffff) throw new Error('too many distinct kinds, name types or scripts to pack');
  const header: Header = {
    hash: snapshot.hash,
    createdAt: snapshot.createdAt,
    sources: snapshot.sources,
    counts: snapshot.counts,
    whole,
    shape,
    shapes: shapeCodes.table,
    starts,
    ids,
    kinds: kinds.table,
    kindOf,
    lists: lists.table,
    listOf,
    nameStart,
    nameValue,
    types: types.table,
    typeOf: Uint16Array.from(typeOf),
    scripts: scripts.table,
    scriptOf: Uint16Array.from(scriptOf),
  };
  const headerBytes = serialize(header);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(headerBytes.length);
  return Buffer.concat([length, headerBytes, ...blocks]);
}

/** The snapshot packSnapshot stored, its entries' rests decoded on first use; undefined when the bytes are not one. */
export function unpackSnapshot(bytes: Buffer): ListSnapshot | undefined {
  if (bytes.length < 4) return undefined;
  const headerEnd = 4 + bytes.readUInt32LE(0);
  if (headerEnd > bytes.length) return undefined;
  const header = deserialize(bytes.subarray(4, headerEnd)) as Partial<Header>;
  const { whole, shape, shapes, starts, ids, kinds, kindOf, lists, listOf, nameStart, nameValue, types, typeOf, scripts, scriptOf } = header;
  if (typeof header.hash !== 'string' || !Array.isArray(whole) || !(shape instanceof Int32Array) || !Array.isArray(shapes) || !(starts instanceof Float64Array)) return undefined;
  if (!Array.isArray(ids) || !Array.isArray(kinds) || !Array.isArray(lists) || !Array.isArray(nameValue) || !Array.isArray(types) || !Array.isArray(scripts)) return undefined;
  if (!(kindOf instanceof Uint16Array) || !(listOf instanceof Int32Array) || !(nameStart instanceof Int32Array) || !(typeOf instanceof Uint16Array) || !(scriptOf instanceof Uint16Array)) return undefined;
  const n = whole.length;
  if (shape.length !== n || starts.length !== n + 1 || ids.length !== n || nameStart.length !== n + 1 || headerEnd + starts[n]! !== bytes.length) return undefined;
  const blocks = bytes.subarray(headerEnd);
  const position = new WeakMap<object, number>();
  const decoded = new WeakMap<object, readonly unknown[]>();
  const restOf = (entry: object): readonly unknown[] => {
    let rest = decoded.get(entry);
    if (rest === undefined) {
      const i = position.get(entry)!;
      rest = deepFreeze(deserialize(blocks.subarray(starts[i], starts[i + 1])) as unknown[]);
      decoded.set(entry, rest);
    }
    return rest;
  };
  // One set of getters per shape, shared by its entries: a getter finds its entry through `this`.
  const descriptors = shapes.map((keys) =>
    Object.fromEntries(
      keys.map((key, k) => [
        key,
        {
          enumerable: true,
          get(this: object) {
            return restOf(this)[k];
          },
        },
      ]),
    ),
  );
  lists.forEach((list) => deepFreeze(list));
  const entries: ListEntry[] = new Array<ListEntry>(n);
  for (let i = 0; i < n; i++) {
    const s = shape[i]!;
    if (s < 0) {
      entries[i] = deepFreeze(whole[i]) as ListEntry;
      continue;
    }
    const names = [];
    for (let k = nameStart[i]!; k < nameStart[i + 1]!; k++) names.push(Object.freeze({ value: nameValue[k]!, type: types[typeOf[k]!]!, script: scripts[scriptOf[k]!]! }));
    const entry = { id: ids[i]!, list: lists[listOf[i]!]!, kind: kinds[kindOf[i]!]!, names: Object.freeze(names) };
    Object.defineProperties(entry, descriptors[s]!);
    position.set(entry, i);
    entries[i] = Object.freeze(entry) as unknown as ListEntry;
  }
  return Object.freeze({ hash: header.hash, createdAt: header.createdAt!, sources: deepFreeze(header.sources!), entries: Object.freeze(entries), counts: deepFreeze(header.counts!) });
}

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
  /** Per entry: its head, or the whole entry when its keys do not start with HEAD_KEYS. */
  heads: object[];
  /** Per entry: its rest's keys, as an index into `shapes`; -1 for an entry stored whole in `heads`. */
  shape: Int32Array;
  shapes: string[][];
  /** Per entry, where its rest block starts (and, at i + 1, ends) after the header. */
  starts: Float64Array;
}

function startsWithHead(keys: readonly string[]): boolean {
  return HEAD_KEYS.every((key, i) => keys[i] === key);
}

/** The snapshot in the lazy layout. */
export function packSnapshot(snapshot: ListSnapshot): Buffer {
  const shapeIds = new Map<string, number>();
  const shapes: string[][] = [];
  const heads: object[] = [];
  const entries = snapshot.entries;
  const shape = new Int32Array(entries.length);
  const starts = new Float64Array(entries.length + 1);
  const blocks: Buffer[] = [];
  let offset = 0;
  entries.forEach((entry, i) => {
    const record = entry as unknown as Record<string, unknown>;
    const keys = Object.keys(record);
    starts[i] = offset;
    if (!startsWithHead(keys)) {
      heads.push(entry);
      shape[i] = -1;
      return;
    }
    const rest = keys.slice(HEAD_KEYS.length);
    const signature = rest.join('\u0000');
    let id = shapeIds.get(signature);
    if (id === undefined) shapeIds.set(signature, (id = shapes.push(rest) - 1));
    shape[i] = id;
    heads.push({ id: entry.id, list: entry.list, kind: entry.kind, names: entry.names });
    const block = serialize(rest.map((key) => record[key]));
    blocks.push(block);
    offset += block.length;
  });
  starts[entries.length] = offset;
  const header: Header = { hash: snapshot.hash, createdAt: snapshot.createdAt, sources: snapshot.sources, counts: snapshot.counts, heads, shape, shapes, starts };
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
  const { heads, shape, shapes, starts } = header;
  if (typeof header.hash !== 'string' || !Array.isArray(heads) || !(shape instanceof Int32Array) || !Array.isArray(shapes) || !(starts instanceof Float64Array)) return undefined;
  if (shape.length !== heads.length || starts.length !== heads.length + 1 || headerEnd + starts[heads.length]! !== bytes.length) return undefined;
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
  const entries = heads.map((head, i) => {
    const s = shape[i]!;
    if (s < 0) return deepFreeze(head) as ListEntry;
    const entry = head as Record<string, unknown>;
    deepFreeze(entry.list);
    deepFreeze(entry.names);
    Object.defineProperties(entry, descriptors[s]!);
    position.set(entry, i);
    return Object.freeze(entry) as unknown as ListEntry;
  });
  return Object.freeze({ hash: header.hash, createdAt: header.createdAt!, sources: deepFreeze(header.sources!), entries: Object.freeze(entries), counts: deepFreeze(header.counts!) });
}

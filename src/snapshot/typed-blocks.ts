/**
 * A value holding large typed arrays (a screening index image), stored so that reading it back does
 * not copy them: v8's deserialiser copies every typed array out of the file's bytes (18 MB for the
 * CSL's index, and the memory a cold command then touches twice). Here the arrays are written as raw,
 * aligned blocks after the rest of the value, and read back as views of the bytes read from the file.
 *
 * Layout: a 4-byte little-endian length, the v8-serialised value with each typed array replaced by a
 * reference to its block, padding to 8 bytes, then the blocks, each starting at a multiple of 8.
 */
import { deserialize, serialize } from 'node:v8';

const TYPES = { Int32Array, Uint32Array, Uint8Array, Float32Array, Float64Array } as const;
type TypeName = keyof typeof TYPES;
type Typed = InstanceType<(typeof TYPES)[TypeName]>;

/** Where a typed array was: its type, and its block's offset and element count. */
interface BlockRef {
  typedBlock: TypeName;
  offset: number;
  length: number;
}

const ALIGN = 8;
const aligned = (n: number) => Math.ceil(n / ALIGN) * ALIGN;

function typeName(value: unknown): TypeName | undefined {
  if (!ArrayBuffer.isView(value)) return undefined;
  const name = value.constructor.name;
  return name in TYPES ? (name as TypeName) : undefined;
}

/** `value` with its typed arrays (at any depth in plain objects and arrays) as blocks. */
export function packTyped(value: unknown): Buffer {
  const blocks: Typed[] = [];
  let offset = 0;
  const replace = (v: unknown): unknown => {
    const name = typeName(v);
    if (name) {
      const array = v as Typed;
      const ref: BlockRef = { typedBlock: name, offset, length: array.length };
      blocks.push(array);
      offset = aligned(offset + array.byteLength);
      return ref;
    }
    if (Array.isArray(v)) return v.some((x) => x !== null && typeof x === 'object') ? v.map(replace) : v;
    if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, replace(x)]));
    return v;
  };
  const header = serialize(replace(value));
  const start = aligned(4 + header.length);
  const out = Buffer.alloc(start + offset);
  out.writeUInt32LE(header.length, 0);
  header.copy(out, 4);
  let at = start;
  for (const array of blocks) {
    out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
    at = aligned(at + array.byteLength);
  }
  return out;
}

/** The value packTyped stored, its typed arrays views of `bytes` (copied once when `bytes` is not aligned); undefined when it is not one. */
export function unpackTyped(bytes: Buffer): unknown {
  if (bytes.length < 4) return undefined;
  const headerLength = bytes.readUInt32LE(0);
  const start = aligned(4 + headerLength);
  if (start > bytes.length) return undefined;
  const value = deserialize(bytes.subarray(4, 4 + headerLength)) as unknown;
  const base = bytes.byteOffset % ALIGN === 0 ? bytes : Buffer.from(bytes);
  const restore = (v: unknown): unknown => {
    // Arrays of strings (an index's vocabulary: tens of thousands) hold no blocks.
    if (Array.isArray(v)) return v.some((x) => x !== null && typeof x === 'object') ? v.map(restore) : v;
    if (!v || typeof v !== 'object') return v;
    const ref = v as Partial<BlockRef>;
    if (typeof ref.typedBlock === 'string' && ref.typedBlock in TYPES && Number.isInteger(ref.offset) && Number.isInteger(ref.length)) {
      const Type = TYPES[ref.typedBlock];
      const from = base.byteOffset + start + ref.offset!;
      if (start + ref.offset! + ref.length! * Type.BYTES_PER_ELEMENT > base.length) throw new Error('a typed block runs past the end of the file');
      return new Type(base.buffer as ArrayBuffer, from, ref.length);
    }
    for (const [k, x] of Object.entries(v)) (v as Record<string, unknown>)[k] = restore(x);
    return v;
  };
  return restore(value);
}

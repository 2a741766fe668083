import { Transform, type Readable, type TransformCallback, type Writable } from 'node:stream';
import { invalidInput } from '../model/errors.js';

/*
 * The text encoding of a file people give us (the CSV of parties to screen). Read as UTF-8 without
 * checking, a Latin-1 "Müller" becomes "M\uFFFDller" and is screened as that, finding nothing. So: a BOM
 * says what a file is; otherwise it must be valid UTF-8, and the first byte that is not is reported with
 * its line and offset; a file in Latin-1 or Windows-1252 is converted when the user says so.
 */

export type InputEncoding = 'utf8' | 'latin1' | 'cp1252';

const NAMES: Record<string, InputEncoding> = {
  utf8: 'utf8',
  'utf-8': 'utf8',
  latin1: 'latin1',
  'latin-1': 'latin1',
  'iso-8859-1': 'latin1',
  iso88591: 'latin1',
  cp1252: 'cp1252',
  'windows-1252': 'cp1252',
  win1252: 'cp1252',
};

/** An encoding as a user names it (`--encoding latin1`), or a ClearanceError naming the field. */
export function parseEncodingName(value: unknown, field = '--encoding'): InputEncoding {
  const found = typeof value === 'string' ? NAMES[value.trim().toLowerCase()] : undefined;
  if (!found) throw invalidInput(field, value, 'must be utf8, latin1 or cp1252', 'invalid_encoding');
  return found;
}

/**
 * Length of the valid UTF-8 sequence starting at `i`, 0 when the bytes there are not one, or -1 when the
 * buffer ends inside a sequence that may still be valid. The rules are the Unicode ones: no overlong
 * forms, no surrogates, nothing above U+10FFFF.
 */
function sequenceAt(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) need = 1;
  else if (c >= 0xe0 && c <= 0xef) {
    need = 2;
    if (c === 0xe0) lo = 0xa0;
    if (c === 0xed) hi = 0x9f;
  } else if (c >= 0xf0 && c <= 0xf4) {
    need = 3;
    if (c === 0xf0) lo = 0x90;
    if (c === 0xf4) hi = 0x8f;
  } else return 0;
  for (let k = 1; k <= need; k++) {
    if (i + k >= b.length) return -1;
    const cc = b[i + k]!;
    if (cc < (k === 1 ? lo : 0x80) || cc > (k === 1 ? hi : 0xbf)) return 0;
  }
  return need + 1;
}

/** A decoder of whole bytes to text, as TextDecoder is. */
interface Decoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

/** ISO-8859-1 proper: TextDecoder's 'latin1' label is Windows-1252, which differs in 0x80-0x9F. */
const LATIN1: Decoder = { decode: (input) => (input ? Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString('latin1') : '') };

export interface DecodeOptions {
  /** How messages name the input ("--input 'parties.csv'"). */
  name: string;
  /** The encoding the user gave; without it the file must be UTF-8 (or say otherwise by a BOM). */
  encoding?: InputEncoding;
}

/**
 * Turns a file's bytes into text for a parser: strips a UTF-8 BOM, decodes UTF-16 files that start with
 * their BOM, converts Latin-1 or Windows-1252 when told, and otherwise stops at the first byte that is not
 * UTF-8 with an error naming the line and the byte offset. A file said to be Latin-1 or Windows-1252 that
 * is in fact UTF-8 with accented letters is refused too: converting it would garble every one of them.
 */
export class InputDecoder extends Transform {
  private started = false;
  private decoder: Decoder | undefined;
  /** Bytes of a UTF-8 sequence cut by the end of the previous chunk. */
  private carry: Buffer = Buffer.alloc(0);
  private offset = 0;
  private line = 1;
  /** For a file said to be single-byte: whether it has been valid UTF-8 so far, and had a multi-byte sequence. */
  private utf8Valid = true;
  private utf8Multibyte = false;

  constructor(private readonly options: DecodeOptions) {
    super({ readableObjectMode: false, decodeStrings: true, encoding: 'utf8' });
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    try {
      let bytes = chunk;
      if (!this.started) {
        bytes = this.start(bytes);
        this.started = true;
      }
      if (this.decoder) {
        if (this.options.encoding && this.options.encoding !== 'utf8') this.watchUtf8(bytes);
        done(null, this.decoder.decode(bytes, { stream: true }));
        return;
      }
      done(null, this.utf8(bytes, false));
    } catch (err) {
      done(err as Error);
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      if (this.decoder) {
        if (this.options.encoding && this.options.encoding !== 'utf8' && this.utf8Valid && this.utf8Multibyte && this.carry.length === 0) {
          throw invalidInput(
            this.options.name,
            this.options.encoding,
            `the file is UTF-8 with accented letters, not ${this.options.encoding === 'latin1' ? 'Latin-1' : 'Windows-1252'}; leave out --encoding`,
            'wrong_encoding',
          );
        }
        done(null, this.decoder.decode());
        return;
      }
      done(null, this.utf8(Buffer.alloc(0), true));
    } catch (err) {
      done(err as Error);
    }
  }

  /** The first bytes: a BOM decides, else the encoding given, else strict UTF-8. */
  private start(bytes: Buffer): Buffer {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      this.offset = 3;
      return bytes.subarray(3);
    }
    if (bytes[0] === 0xff && bytes[1] === 0xfe) {
      this.decoder = new TextDecoder('utf-16le');
      return bytes.subarray(2);
    }
    if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      this.decoder = new TextDecoder('utf-16be');
      return bytes.subarray(2);
    }
    if (this.options.encoding === 'latin1') this.decoder = LATIN1;
    if (this.options.encoding === 'cp1252') this.decoder = new TextDecoder('windows-1252');
    return bytes;
  }

  /** Strict UTF-8 of the carried bytes and `bytes`; at the end, a sequence left open is an error too. */
  private utf8(bytes: Buffer, last: boolean): string {
    const b = this.carry.length ? Buffer.concat([this.carry, bytes]) : bytes;
    let i = 0;
    while (i < b.length) {
      if (b[i]! < 0x80) {
        if (b[i] === 0x0a) this.line++;
        i++;
        continue;
      }
      const n = sequenceAt(b, i);
      if (n > 0) {
        i += n;
        continue;
      }
      if (n < 0 && !last) break;
      const at = this.offset + i;
      throw invalidInput(
        `${this.options.name} line ${this.line}`,
        `0x${b[i]!.toString(16).padStart(2, '0')}`,
        `byte offset ${at} is not UTF-8; the file may be in Latin-1 or Windows-1252: give --encoding latin1 or --encoding cp1252, or save it as UTF-8`,
        'invalid_utf8',
      );
    }
    this.carry = Buffer.from(b.subarray(i));
    this.offset += i;
    return b.subarray(0, i).toString('utf8');
  }

  /** Tracks whether a file said to be single-byte reads as UTF-8 with multi-byte letters. */
  private watchUtf8(bytes: Buffer): void {
    if (!this.utf8Valid) return;
    const b = this.carry.length ? Buffer.concat([this.carry, bytes]) : bytes;
    let i = 0;
    while (i < b.length) {
      if (b[i]! < 0x80) {
        i++;
        continue;
      }
      const n = sequenceAt(b, i);
      if (n === 0) {
        this.utf8Valid = false;
        this.carry = Buffer.alloc(0);
        return;
      }
      if (n < 0) break;
      this.utf8Multibyte = true;
      i += n;
    }
    this.carry = Buffer.from(b.subarray(i));
  }
}

/**
 * `source` decoded (see InputDecoder) and piped into `next` (a CSV parser), with the errors of the source
 * and of the decoding passed on to `next`, so that whoever reads `next` sees them: the input reader's
 * `createReadStream(path).pipe(parse(...))` becomes `throughDecoder(createReadStream(path), { name,
 * encoding }, parse(...))`.
 */
export function throughDecoder<T extends Writable>(source: Readable, options: DecodeOptions, next: T): T {
  const decoder = new InputDecoder(options);
  source.on('error', (err) => decoder.destroy(err));
  decoder.on('error', (err) => next.destroy(err));
  return source.pipe(decoder).pipe(next);
}

/** Why text holding U+FFFD is refused, for messages that say where it is. */
export const LOST_CHARACTER_REASON = 'holds U+FFFD, the mark of a character lost when the file was converted; correct the file';

/** Whether `value` holds U+FFFD, the mark a character leaves when an earlier conversion lost it. */
export function holdsLostCharacter(value: string): boolean {
  return value.includes('\uFFFD');
}

/**
 * Refuses text holding U+FFFD: a name such as "M\uFFFDller" cannot be screened for what it was.
 */
export function refuseLostCharacters(value: string, field: string): string {
  if (holdsLostCharacter(value)) throw invalidInput(field, value, LOST_CHARACTER_REASON, 'lost_character');
  return value;
}

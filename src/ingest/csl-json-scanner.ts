/**
 * An incremental reader for the trade.gov CSL JSON download (`{"results": [ {...}, ... ], ...}`, or a
 * bare array). The file is ~50 MB, so it is never held whole: the scanner walks the characters once,
 * skips everything outside the results array, and hands out the text of one element at a time for
 * JSON.parse. Memory is bounded by the largest single element (capped by `maxElementChars`).
 */

/** The document is not well-formed where the scanner needs structure; carries the line. */
export class JsonStructureError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'JsonStructureError';
  }
}

export interface ScannedElement {
  /** The element's JSON text; empty when it exceeded the size cap. */
  text: string;
  /** Line on which the element starts (1-based). */
  line: number;
  tooLarge: boolean;
}

const enum State {
  Top,
  ObjectKey,
  ObjectKeyOrEnd,
  KeyString,
  Colon,
  ObjectValue,
  AfterObjectValue,
  ArrayElementOrEnd,
  ArrayElement,
  AfterArrayElement,
  Value,
  Done,
}

const MAX_DEPTH = 256;
const MAX_KEY_CHARS = 1024;
const MAX_SKIPPED_SCALAR_CHARS = 512;
const SCALAR = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)$/;

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function isScalarChar(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x2d || c === 0x2b || c === 0x2e
  );
}

export class ResultsScanner {
  private state = State.Top;
  private line = 1;
  private started = false;
  private resultsFound = false;
  /** Whether the results array is the document itself rather than a member of it. */
  private bareArray = false;

  private key = '';
  private keyEscape = false;

  // The value being read: skipped (outside results) or captured (a results element).
  private capturing = false;
  private stack: number[] = [];
  private inString = false;
  private escape = false;
  private scalar = false;
  private parts: string[] = [];
  private chars = 0;
  private tooLarge = false;
  private valueLine = 0;
  private valueAfter = State.Done;

  constructor(private readonly maxElementChars = 8_000_000) {}

  /** Whether a `results` array (or a bare top-level array) was found. */
  get foundResults(): boolean {
    return this.resultsFound;
  }

  /** Feeds the next chunk of text; returns the elements completed within it. */
  feed(chunk: string): ScannedElement[] {
    const out: ScannedElement[] = [];
    let i = 0;
    if (!this.started && chunk.length) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) i = 1;
    }
    let captureFrom = this.state === State.Value && this.capturing && !this.tooLarge ? i : -1;
    const n = chunk.length;
    while (i < n) {
      const c = chunk.charCodeAt(i);
      if (this.state === State.Value) {
        // Hot loop: most of the file is element text.
        const end = this.scanValue(chunk, i);
        if (end < 0) {
          break;
        }
        if (captureFrom >= 0) this.parts.push(chunk.slice(captureFrom, end));
        captureFrom = -1;
        this.finishValue(out);
        i = end;
        continue;
      }
      if (c === 0x0a) this.line++;
      switch (this.state) {
        case State.Top:
          if (isWhitespace(c)) break;
          if (c === 0x7b) this.state = State.ObjectKeyOrEnd;
          else if (c === 0x5b) {
            this.resultsFound = true;
            this.bareArray = true;
            this.state = State.ArrayElementOrEnd;
          } else this.fail(c, 'a JSON object or array');
          break;
        case State.ObjectKeyOrEnd:
        case State.ObjectKey:
          if (isWhitespace(c)) break;
          if (c === 0x22) {
            this.key = '';
            this.keyEscape = false;
            this.state = State.KeyString;
          } else if (c === 0x7d && this.state === State.ObjectKeyOrEnd) this.state = State.Done;
          else this.fail(c, 'a member name');
          break;
        case State.KeyString:
          if (this.keyEscape) this.keyEscape = false;
          else if (c === 0x5c) this.keyEscape = true;
          else if (c === 0x22) {
            this.state = State.Colon;
            break;
          }
          if (this.key.length >= MAX_KEY_CHARS) throw new JsonStructureError(this.line, 'member name too long');
          this.key += chunk[i];
          break;
        case State.Colon:
          if (isWhitespace(c)) break;
          if (c !== 0x3a) this.fail(c, '":"');
          this.state = State.ObjectValue;
          break;
        case State.ObjectValue:
          if (isWhitespace(c)) break;
          if (c === 0x5b && this.keyName() === 'results' && !this.resultsFound) {
            this.resultsFound = true;
            this.state = State.ArrayElementOrEnd;
          } else {
            this.startValue(c, false, State.AfterObjectValue);
            continue;
          }
          break;
        case State.AfterObjectValue:
          if (isWhitespace(c)) break;
          if (c === 0x2c) this.state = State.ObjectKey;
          else if (c === 0x7d) this.state = State.Done;
          else this.fail(c, '"," or "}"');
          break;
        case State.ArrayElementOrEnd:
        case State.ArrayElement:
          if (isWhitespace(c)) break;
          if (c === 0x5d && this.state === State.ArrayElementOrEnd) {
            this.state = this.bareArray ? State.Done : State.AfterObjectValue;
            break;
          }
          this.startValue(c, true, State.AfterArrayElement);
          captureFrom = i;
          continue;
        case State.AfterArrayElement:
          if (isWhitespace(c)) break;
          if (c === 0x2c) this.state = State.ArrayElement;
          else if (c === 0x5d) this.state = this.bareArray ? State.Done : State.AfterObjectValue;
          else this.fail(c, '"," or "]"');
          break;
        case State.Done:
          if (!isWhitespace(c)) this.fail(c, 'the end of the document');
          break;
      }
      i++;
    }
    if (captureFrom >= 0 && this.state === State.Value && !this.tooLarge) {
      this.parts.push(chunk.slice(captureFrom));
      this.chars += n - captureFrom;
      this.checkSize();
    }
    return out;
  }

  /** Checks that the document ended where a document may end. */
  end(): void {
    if (this.state === State.Value && this.scalar && this.stack.length === 0 && !this.inString) {
      // A bare scalar document ("42") ends at end of input.
      this.finishValue([]);
    }
    if (this.state !== State.Done) {
      throw new JsonStructureError(this.line, this.started ? 'unexpected end of input (truncated file?)' : 'empty input');
    }
  }

  private keyName(): string {
    try {
      return JSON.parse(`"${this.key}"`) as string;
    } catch {
      throw new JsonStructureError(this.line, 'invalid member name');
    }
  }

  private fail(c: number, expected: string): never {
    const shown = c < 0x20 || c > 0x7e ? `U+${c.toString(16).padStart(4, '0')}` : `"${String.fromCharCode(c)}"`;
    throw new JsonStructureError(this.line, `expected ${expected}, found ${shown}`);
  }

  private startValue(c: number, capture: boolean, after: State): void {
    this.capturing = capture;
    this.valueAfter = after;
    this.valueLine = this.line;
    this.parts = [];
    this.chars = 0;
    this.tooLarge = false;
    this.stack = [];
    this.inString = false;
    this.escape = false;
    this.scalar = false;
    if (c === 0x7b || c === 0x5b || c === 0x22) {
      // The opening character is consumed by scanValue like any other.
    } else if (isScalarChar(c)) {
      this.scalar = true;
    } else {
      this.fail(c, 'a value');
    }
    this.state = State.Value;
  }

  /**
   * Advances through the current value from `i`; returns the index just past the value's end, or -1 when
   * the chunk ended first.
   */
  private scanValue(chunk: string, from: number): number {
    const n = chunk.length;
    let i = from;
    if (this.scalar) {
      while (i < n && isScalarChar(chunk.charCodeAt(i))) i++;
      if (!this.capturing) {
        this.chars += i - from;
        if (this.chars > MAX_SKIPPED_SCALAR_CHARS) throw new JsonStructureError(this.line, 'invalid value');
        this.parts.push(chunk.slice(from, i));
      }
      return i < n ? i : -1;
    }
    const stack = this.stack;
    while (i < n) {
      const c = chunk.charCodeAt(i);
      i++;
      if (c === 0x0a) this.line++;
      if (this.inString) {
        if (this.escape) this.escape = false;
        else if (c === 0x5c) this.escape = true;
        else if (c === 0x22) {
          this.inString = false;
          if (stack.length === 0) return i;
        }
        continue;
      }
      if (c === 0x22) this.inString = true;
      else if (c === 0x7b || c === 0x5b) {
        if (stack.length >= MAX_DEPTH) throw new JsonStructureError(this.line, 'nesting too deep');
        stack.push(c);
      } else if (c === 0x7d || c === 0x5d) {
        const open = stack.pop();
        if (open === undefined || (open === 0x7b) !== (c === 0x7d)) this.fail(c, 'a matching bracket');
        if (stack.length === 0) return i;
      }
    }
    return -1;
  }

  private finishValue(out: ScannedElement[]): void {
    this.state = this.valueAfter;
    if (!this.capturing) {
      if (this.scalar && !SCALAR.test(this.parts.join(''))) throw new JsonStructureError(this.line, 'invalid value');
      this.parts = [];
      return;
    }
    const text = this.tooLarge ? '' : this.parts.join('');
    this.parts = [];
    if (!this.tooLarge && text.length > this.maxElementChars) this.tooLarge = true;
    out.push({ text: this.tooLarge ? '' : text, line: this.valueLine, tooLarge: this.tooLarge });
  }

  private checkSize(): void {
    if (this.chars > this.maxElementChars) {
      this.tooLarge = true;
      this.parts = [];
    }
  }
}

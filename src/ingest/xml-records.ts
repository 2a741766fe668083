import { SaxesParser } from 'saxes';
import { RejectedFileError } from './malformed.js';
import type { InputSource } from './source.js';

/**
 * A streaming reader for list files laid out as one root element holding a sequence of record
 * elements (the EU Financial Sanctions File, the FCDO UK Sanctions List). Each record is handed over
 * as a small element tree once it is closed, so memory holds one record at a time; everything outside
 * the records is handed over the same way at depth 2.
 */

/** One element of a record: its attributes, child elements and its own text. */
export interface XmlElement {
  /** Local name, without a namespace prefix. */
  name: string;
  attributes: Readonly<Record<string, string>>;
  children: XmlElement[];
  text: string;
  /** Line where the element starts, for messages. */
  line: number;
}

export interface XmlRecordLayout {
  /** Local name the root element must have. */
  root: string;
  /** What the file is, for the refusal of another root ("an EU Financial Sanctions File"). */
  describe: string;
  /** Local name of the record elements directly under the root. */
  record: string;
  onRoot?: (attributes: Readonly<Record<string, string>>) => void;
  onRecord: (record: XmlElement) => void;
  /** Other elements directly under the root (a generation date, say). */
  onOther?: (element: XmlElement) => void;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * Reads the whole file, calling back for the root and each record. Invalid XML, bytes that are not
 * UTF-8, another root element, or a file that ends before its root is closed (a cut download) refuse
 * the whole file with a RejectedFileError naming the line.
 */
export async function readXmlRecords(input: InputSource, layout: XmlRecordLayout): Promise<void> {
  const parser = new SaxesParser({ position: true });
  // Elements from depth 2 down, innermost last; empty outside a top-level element.
  const open: XmlElement[] = [];
  let depth = 0;
  let rootSeen = false;
  let atEnd = false;

  const reject = (message: string): never => {
    throw new RejectedFileError(input.name, message);
  };
  parser.on('error', (err) => {
    // saxes prefixes its message with "line:column: "; the position is reported separately.
    const message = err.message.replace(/^\d+:\d+:\s*/, '');
    if (atEnd) {
      // At the end the parser stands after the last newline, on a line editors do not show.
      const line = parser.column === 0 && parser.line > 1 ? parser.line - 1 : parser.line;
      reject(`invalid XML at line ${line}: the file ends early, a truncated file (${message})`);
    }
    reject(`invalid XML at line ${parser.line}, column ${parser.column}: ${message}`);
  });
  parser.on('opentag', (tag) => {
    depth++;
    const name = localName(tag.name);
    const attributes = tag.attributes as Record<string, string>;
    if (depth === 1) {
      if (name !== layout.root) reject(`not ${layout.describe}: root element is <${tag.name}>, expected <${layout.root}>`);
      rootSeen = true;
      layout.onRoot?.(attributes);
      return;
    }
    const element: XmlElement = { name, attributes, children: [], text: '', line: parser.line };
    open.at(-1)?.children.push(element);
    open.push(element);
  });
  const onText = (text: string) => {
    const current = open.at(-1);
    if (current) current.text += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    depth--;
    if (depth === 0) return;
    const element = open.pop()!;
    if (depth > 1) return;
    if (element.name === layout.record) layout.onRecord(element);
    else layout.onOther?.(element);
  });

  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (chunk?: Uint8Array): string => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      return reject(`invalid XML at line ${parser.line}, column ${parser.column}: the file is not valid UTF-8`);
    }
  };
  for await (const chunk of input.open()) {
    parser.write(decode(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Uint8Array)));
  }
  parser.write(decode());
  atEnd = true;
  parser.close();
  if (!rootSeen) reject('no XML content');
}

/** The children of an element with a given local name. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

/** The elements at a path of child names below an element (`elementsAt(designation, 'Names', 'Name')`). */
export function elementsAt(element: XmlElement, ...path: string[]): XmlElement[] {
  let level = [element];
  for (const name of path) level = level.flatMap((e) => childrenNamed(e, name));
  return level;
}

/**
 * The trimmed, non-empty texts at a path of child names below an element
 * (`textsAt(designation, 'Names', 'Name', 'Name6')`), in document order.
 */
export function textsAt(element: XmlElement, ...path: string[]): string[] {
  return elementsAt(element, ...path)
    .map((e) => e.text.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** The first text at a path, or ''. */
export function textAt(element: XmlElement, ...path: string[]): string {
  return textsAt(element, ...path)[0] ?? '';
}

/** An attribute, whitespace collapsed and trimmed ('' when absent). */
export function attr(element: XmlElement, name: string): string {
  return (element.attributes[name] ?? '').replace(/\s+/g, ' ').trim();
}

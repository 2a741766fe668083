import type { ProductExportLine } from '../../model/trade.js';

/**
 * Product export lines in a compact, column-wise form for the parsed-file cache: each text field as a
 * dictionary of its distinct values and one small integer per line (0 for absent), each amount in a
 * Float64Array. 364,306 lines of a dozen distinct labels and a few thousand codes take about 6 MB this
 * way, and v8 reads typed arrays back without building an object per value.
 */

const TEXT_FIELDS = ['month', 'hs6', 'hs4', 'givenGroup', 'givenCategory'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

interface TextColumn {
  values: string[];
  /** 1-based index into `values`; 0 when the line has no such field. */
  codes: Uint16Array | Uint32Array;
}

export interface CompactExportLines {
  count: number;
  usd: Float64Array;
  text: Record<TextField, TextColumn>;
}

function textColumn(lines: readonly ProductExportLine[], field: TextField): TextColumn {
  const index = new Map<string, number>();
  const values: string[] = [];
  const codes = new Uint32Array(lines.length);
  lines.forEach((line, i) => {
    const value = line[field];
    if (value === undefined) return;
    let code = index.get(value);
    if (code === undefined) {
      code = values.push(value);
      index.set(value, code);
    }
    codes[i] = code;
  });
  return { values, codes: values.length < 0xffff ? Uint16Array.from(codes) : codes };
}

export function compactExportLines(lines: readonly ProductExportLine[]): CompactExportLines {
  const text = Object.fromEntries(TEXT_FIELDS.map((f) => [f, textColumn(lines, f)])) as Record<TextField, TextColumn>;
  return { count: lines.length, usd: Float64Array.from(lines, (l) => l.usd), text };
}

export function expandExportLines(compact: CompactExportLines): ProductExportLine[] {
  const lines: ProductExportLine[] = new Array(compact.count);
  const { month, hs6, hs4, givenGroup, givenCategory } = compact.text;
  const at = (column: TextColumn, i: number) => (column.codes[i] ? column.values[column.codes[i]! - 1] : undefined);
  for (let i = 0; i < compact.count; i++) {
    const line: ProductExportLine = { month: at(month, i)!, usd: compact.usd[i]! };
    const [h6, h4, group, category] = [at(hs6, i), at(hs4, i), at(givenGroup, i), at(givenCategory, i)];
    if (h6 !== undefined) line.hs6 = h6;
    if (h4 !== undefined) line.hs4 = h4;
    if (group !== undefined) line.givenGroup = group;
    if (category !== undefined) line.givenCategory = category;
    lines[i] = line;
  }
  return lines;
}

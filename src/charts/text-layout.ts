import { CHART_CONFIG } from './config.js';

/** Laying out text without a font engine: widths estimated from an average character advance. */

export function textWidth(content: string, fontSize: number): number {
  return [...content].length * fontSize * CHART_CONFIG.charWidthEm;
}

/** Words of `content` in lines no wider than `maxWidth`; a word longer than a line gets a line of its own. */
export function wrapText(content: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of content.split(/\s+/).filter((w) => w)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

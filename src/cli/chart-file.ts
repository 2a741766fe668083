import { existsSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { CHART_CONFIG } from '../charts/config.js';
import { UsageError } from './errors.js';

/** `--chart FILE`: a chart written as PNG, or as the SVG itself when the name ends in .svg. */

export type ChartFormat = 'png' | 'svg';

/** The format a --chart file name asks for; checked before any work, so a wrong name writes nothing. */
export function chartFormatOf(file: string): ChartFormat {
  const ext = extname(file).toLowerCase();
  if (ext === '.png' || ext === '.svg') return ext.slice(1) as ChartFormat;
  throw new UsageError(`--chart '${file}' must name a .png or .svg file`);
}

/**
 * Writes the chart; says on stderr when no font file was found (text may then be missing from a PNG). The
 * native renderer is loaded only here, not by every command that starts the CLI.
 */
export async function writeChartFile(file: string, svg: string): Promise<void> {
  if (chartFormatOf(file) === 'svg') return writeFileSync(file, svg);
  const { svgToPng } = await import('../charts/png.js');
  const fonts = CHART_CONFIG.fontFiles.filter((f) => existsSync(f));
  if (fonts.length === 0) {
    process.stderr.write(`clearance: none of the chart fonts (${CHART_CONFIG.fontFiles.join(', ')}) is installed; using the system's fonts (Debian: apt-get install fonts-dejavu-core)\n`);
  }
  writeFileSync(file, svgToPng(svg, fonts));
}

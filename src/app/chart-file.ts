import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { CHART_CONFIG } from '../charts/config.js';
import { errors } from '../model/error-catalogue.js';
import { checkOutputPath, writeOutputFile, type CommandInput } from './output-file.js';

export { balanceChartSvg } from '../charts/balance-chart.js';
export { commitmentsChartSvg } from '../charts/commitments-chart.js';
export { effectiveRateChartSvg } from '../charts/effective-rate-chart.js';

/** A chart written as PNG, or as the SVG itself when the file name ends in .svg (`--chart FILE`). */

export type ChartFormat = 'png' | 'svg';

/** The format a chart file name asks for; checked before any work, so a wrong name writes nothing. */
export function chartFormatOf(file: string, field = '--chart'): ChartFormat {
  const ext = extname(file).toLowerCase();
  if (ext === '.png' || ext === '.svg') return ext.slice(1) as ChartFormat;
  throw errors.invalidOption(field, file, 'must name a .png or .svg file');
}

/** Checks, before any work, the name's format and that the file can be written (not over an input). */
export function checkChartFile(file: string, inputs: readonly CommandInput[] = [], field = '--chart'): ChartFormat {
  const format = chartFormatOf(file, field);
  checkOutputPath(field, file, inputs);
  return format;
}

/**
 * Writes the chart whole (beside, then renamed), a refusal of the file system as one error naming `--chart`. The native PNG renderer is loaded only here, not by every command that starts the
 * CLI. Returns a warning to show when no chart font was found (text may then be missing from a PNG).
 */
export async function writeChartFile(file: string, svg: string): Promise<{ warning?: string }> {
  if (chartFormatOf(file) === 'svg') {
    writeOutputFile('--chart', file, svg);
    return {};
  }
  const { svgToPng } = await import('../charts/png.js');
  const fonts = CHART_CONFIG.fontFiles.filter((f) => existsSync(f));
  writeOutputFile('--chart', file, svgToPng(svg, fonts));
  return fonts.length > 0 ? {} : { warning: `none of the chart fonts (${CHART_CONFIG.fontFiles.join(', ')}) is installed; using the system's fonts (Debian: apt-get install fonts-dejavu-core)` };
}

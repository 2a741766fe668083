import { Resvg } from '@resvg/resvg-js';
import { CHART_CONFIG } from './config.js';

/**
 * An SVG chart as PNG bytes, rendered by resvg (a native renderer shipped inside its npm package: no
 * browser, no download). Text needs fonts: the font files given are used and nothing else, so a PNG
 * looks the same on every machine that has them; with none, the system's fonts are searched.
 */
export function svgToPng(svg: string, fontFiles: readonly string[], scale: number = CHART_CONFIG.pngScale): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: CHART_CONFIG.colors.background,
    font: { fontFiles: [...fontFiles], loadSystemFonts: fontFiles.length === 0, defaultFontFamily: CHART_CONFIG.defaultFontFamily },
  });
  return resvg.render().asPng();
}

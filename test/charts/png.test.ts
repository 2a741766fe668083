import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { CHART_CONFIG } from '../../src/charts/config.js';
import { svgToPng } from '../../src/charts/png.js';
import { svgDocument, text } from '../../src/charts/svg.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const fonts = CHART_CONFIG.fontFiles.filter((f) => existsSync(f));

test('the chart fonts are installed (Debian fonts-dejavu-core): PNG text needs them', () => {
  assert.deepEqual(fonts, [...CHART_CONFIG.fontFiles], `missing: ${CHART_CONFIG.fontFiles.filter((f) => !fonts.includes(f)).join(', ')}`);
});

test('an SVG becomes a PNG of its size times the scale', () => {
  const png = svgToPng(svgDocument(300, 120, 'box', []), fonts, 2);
  assert.deepEqual(png.subarray(0, 8), PNG_SIGNATURE);
  assert.equal(png.toString('latin1', 12, 16), 'IHDR');
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [600, 240]);
});

test('text is drawn with the font files given: the picture differs from the same one without the text', () => {
  const withText = svgDocument(300, 60, 'words', [text({ x: 10, y: 40, 'font-size': 24, 'font-family': CHART_CONFIG.font.family }, 'US goods trade −375.2')]);
  const without = svgDocument(300, 60, 'words', []);
  assert.notDeepEqual(svgToPng(withText, fonts, 1), svgToPng(without, fonts, 1));
});

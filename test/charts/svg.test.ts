import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { el, escapeXml, num, svgDocument, text } from '../../src/charts/svg.js';
import { wrapText, textWidth } from '../../src/charts/text-layout.js';
import { parseSvg } from '../helpers/svg-tree.js';

test('any text, in an element or an attribute, reads back the same from the document (less what XML cannot hold)', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (s) => {
      const svg = svgDocument(10, 10, s, [text({ 'data-label': s }, s)]);
      const root = parseSvg(svg);
      const expected = s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
      const node = root.children[1]!;
      // XML parsers normalise line ends (\r\n and \r to \n) in text, and whitespace in attributes.
      assert.equal(node.text, expected.replace(/\r\n?/g, '\n'));
      assert.equal(node.attrs['data-label'], expected.replace(/\r\n|[\r\n\t]/g, ' '));
      assert.equal(root.children[0]!.text, expected.replace(/\r\n?/g, '\n'));
    }),
  );
  assert.equal(escapeXml(`<a href="x">&'</a>`), '&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
});

test('coordinates are written to two decimals without negative zero; absent attributes are left out', () => {
  assert.deepEqual([num(1.005), num(-0.001), num(12), num(-3.14159)], ['1', '0', '12', '-3.14']);
  assert.equal(el('rect', { x: 1.234, y: undefined, fill: 'red' }), '<rect x="1.23" fill="red"/>');
});

test('wrapped notes keep every word in order, on lines no wider than asked unless one word is', () => {
  fc.assert(
    fc.property(fc.array(fc.stringMatching(/^[a-z0-9.,()-]{1,30}$/), { maxLength: 40 }), fc.integer({ min: 20, max: 900 }), (words, width) => {
      const lines = wrapText(words.join(' '), width, 11);
      assert.deepEqual(lines.join(' ').split(' ').filter((w) => w), words);
      for (const line of lines) assert.ok(textWidth(line, 11) <= width || !line.includes(' '), line);
    }),
  );
});

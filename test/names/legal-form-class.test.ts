import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LEGAL_FORM_CLASS, legalFormClassesOf, parenthesisedWords } from '../../src/names/index.js';
import { EVERY_CLASS, LEGAL_FORM_CLASSES } from '../../src/names/legal-form-classes.js';

const { stock, limitedLiability, nonProfit, partnership } = LEGAL_FORM_CLASS;

test('legal forms are read into their classes, in any language and script, at either edge', () => {
  const cases: [string, number][] = [
    ['Deutsche Bank AG', stock],
    ['Deutsche Bank GmbH', limitedLiability],
    ['OOO Vektor', limitedLiability],
    ['ООО «Вектор»', limitedLiability],
    ['Limited Liability Company Iskusstvo Krasoty', limitedLiability],
    ['ZAO Vektor', stock],
    ['Vektor CJSC', stock],
    // A joint-stock commercial bank, abbreviated before its name.
    ['AKB Vektorbank', stock],
    ['Акционерное общество Вектор', stock],
    ['ANO Iskusstvo Krasoty', nonProfit],
    ['Vektor e.V.', nonProfit],
    ['Hartmann GmbH & Co. KG', partnership | limitedLiability],
    ['Hartmann KG', partnership],
    ['VTE Industrial Automation Bhd', stock | limitedLiability],
    ['KKR Asian Fund III L.P.', partnership],
    ['Limited Liability Partnership Elem Group', partnership | limitedLiability],
    ['Vektor Ltd', stock | limitedLiability],
    ['Vektor Pty Ltd', limitedLiability],
    ['Vektor Company', 0],
    ['Vektor', 0],
    ['', 0],
    ['Vektor Branch', EVERY_CLASS],
    ['三星電子株式会社', stock],
  ];
  for (const [name, classes] of cases) assert.equal(legalFormClassesOf(name), classes, name);
});

test('legal-form classes are total, within the known flags, and find a form written after any name', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 60 }), (name) => {
      const classes = legalFormClassesOf(name);
      assert.ok(Number.isInteger(classes) && (classes & ~EVERY_CLASS) === 0);
    }),
  );
  const forms = [...LEGAL_FORM_CLASSES.entries()].filter(([form]) => /^[a-z ]+$/.test(form) && form.length >= 3);
  fc.assert(
    fc.property(fc.stringMatching(/^[b-y]{6,10}$/), fc.stringMatching(/^[b-y]{6,10}$/), fc.constantFrom(...forms), (first, second, [form, classes]) => {
      assert.equal(legalFormClassesOf(`${first} ${second} ${form}`) & classes, classes, `${first} ${second} ${form}`);
    }),
  );
});

test('parenthesised words are those written only inside parentheses', () => {
  assert.deepEqual([...parenthesisedWords('Deutsche Bank (Schweiz) AG')!], ['schweiz']);
  assert.deepEqual([...parenthesisedWords('Bank of China (Hong Kong) Limited')!], ['hong', 'kong']);
  assert.equal(parenthesisedWords('China Bank (China)'), undefined);
  assert.equal(parenthesisedWords('Vektor Ltd'), undefined);
  assert.equal(parenthesisedWords('Vektor ()'), undefined);
  fc.assert(
    fc.property(fc.string({ maxLength: 60 }), (name) => {
      const words = parenthesisedWords(name);
      if (words !== undefined) for (const word of words) assert.ok(word.length > 0 && !word.includes(' '));
    }),
  );
  fc.assert(
    fc.property(fc.stringMatching(/^[a-z]{3,8}$/), fc.stringMatching(/^[a-z]{3,8}$/), (name, inside) => {
      const words = parenthesisedWords(`${name} (${inside})`);
      assert.deepEqual(words === undefined ? [] : [...words], name === inside ? [] : [inside]);
    }),
  );
});

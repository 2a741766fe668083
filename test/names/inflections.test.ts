import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { derivedName, inflectedForm, isCaseEnding, nisbaName } from '../../src/names/inflections.js';

describe('inflected names', () => {
  it('takes a stem with one or two letters added for the same name', () => {
    assert.equal(inflectedForm('putin', 'putinas'), true);
    assert.equal(inflectedForm('vladimirs', 'vladimir'), true);
    assert.equal(inflectedForm('yong', 'yongja'), true, 'the stem rule alone; the matcher asks more of two-letter endings');
    assert.equal(inflectedForm('kim', 'kima'), false, 'stem too short');
    assert.equal(inflectedForm('putin', 'putinova'), false, 'three letters added');
    assert.equal(inflectedForm('putin', 'putin'), false, 'nothing added');
  });

  it('knows the case endings, not the endings that make surnames', () => {
    for (const ending of ['as', 'is', 'us', 'om', 'em']) assert.equal(isCaseEnding(ending), true, ending);
    for (const ending of ['a', 'i', 's', 'ov', 'ja']) assert.equal(isCaseEnding(ending), false, ending);
  });

  it('is symmetric', () => {
    fc.assert(fc.property(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), (a, b) => assert.equal(inflectedForm(a, b), inflectedForm(b, a))));
  });

  it('tells a derived family name from the name it is made of', () => {
    assert.equal(derivedName('sokol', 'sokolov'), true);
    assert.equal(derivedName('ivanov', 'ivan'), true);
    assert.equal(derivedName('andre', 'andreev'), false, 'a stem ending in a vowel: the ending may be the name spelled out');
    assert.equal(derivedName('putin', 'putini'), false, 'Georgian nominative, grammar');
    assert.equal(derivedName('putin', 'putinas'), false);
    fc.assert(fc.property(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), (a, b) => assert.equal(derivedName(a, b), derivedName(b, a))));
    // Every derived form is also an inflected form by letters alone: the derivation is checked first.
    fc.assert(fc.property(fc.stringMatching(/^[a-z]{4,8}$/u), fc.constantFrom('ov', 'ev'), (stem, ending) => assert.ok(!derivedName(stem, stem + ending) || inflectedForm(stem, stem + ending))));
  });

  it('tells a Spanish or Portuguese patronymic family name from the given name it is made of', () => {
    for (const [given, family] of [['sancho', 'sanchez'], ['martin', 'martinez'], ['gonzalo', 'gonzalez'], ['rodrigo', 'rodriguez'], ['fernando', 'fernandes'], ['nuno', 'nunes']]) {
      assert.equal(derivedName(given!, family!), true, `${given} ${family}`);
    }
    // Spellings of one family name, a name cut short by a field's length, and a name's own -es.
    for (const [a, b] of [['gonzales', 'gonzalez'], ['sanches', 'sanchez'], ['juare', 'juarez'], ['gonzale', 'gonzalez'], ['hugh', 'hughes'], ['sanchez', 'sanchez']]) {
      assert.equal(derivedName(a!, b!), false, `${a} ${b}`);
    }
    fc.assert(fc.property(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), (a, b) => assert.equal(derivedName(a, b), derivedName(b, a))));
  });

  it('tells an Arabic or Persian nisba from the given name it is made of', () => {
    for (const [given, family] of [['ahmed', 'ahmadi'], ['ahmad', 'ahmadi'], ['karim', 'karimi'], ['mohammed', 'mohammadi'], ['sultan', 'sultani']]) {
      assert.equal(nisbaName(given!, family!), true, `${given} ${family}`);
    }
    // Spellings of one name in the name table, and names that are not in it.
    for (const [a, b] of [['abdullah', 'abdullahi'], ['putin', 'putini'], ['ahmadi', 'ahmadi']]) assert.equal(nisbaName(a!, b!), false, `${a} ${b}`);
    fc.assert(fc.property(fc.stringMatching(/^[a-z]{0,9}$/u), fc.stringMatching(/^[a-z]{0,9}$/u), (a, b) => assert.equal(nisbaName(a, b), nisbaName(b, a))));
  });
});

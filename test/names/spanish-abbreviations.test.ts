import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeName } from '../../src/names/index.js';
import { spanishAbbreviationsWritten } from '../../src/names/spanish-abbreviations.js';

test('Spanish name abbreviations are written out', () => {
  const cases: [string, string][] = [
    ['Ma. de Jesús Espinosa Rodríguez', 'María de Jesús Espinosa Rodríguez'],
    ['ESPINOZA RODRIGUEZ, Ma. de Jesus', 'ESPINOZA RODRIGUEZ, María de Jesus'],
    ['Mª del Carmen López', 'María del Carmen López'],
    ['M.ª Teresa Glez.', 'María Teresa González'],
    ['José Ma. Pérez', 'José María Pérez'],
    ['Fco. Javier Hdez. Mtz.', 'Francisco Javier Hernández Martínez'],
    ['Gpe. Fdez. Rguez.', 'Guadalupe Fernández Rodríguez'],
    // A bare Ma before the particles of a Spanish compound name.
    ['Ma del Carmen Ruiz', 'María del Carmen Ruiz'],
    ['MA DE LOS ANGELES PEREZ', 'María DE LOS ANGELES PEREZ'],
    ['Ma de Jesús', 'María de Jesús'],
  ];
  for (const [written, full] of cases) assert.equal(spanishAbbreviationsWritten(written), full, written);
});

test('Ma, the Chinese surname, and other points are left alone', () => {
  for (const text of ['Ma Jian', 'MA, Jian', 'Jian Ma', 'Ma De Hua', 'MA DE HUA', 'Comercial S.A. de C.V.', 'J. Smith', 'Mario Maldonado', 'Mayor de la Cruz']) {
    assert.equal(spanishAbbreviationsWritten(text), undefined, text);
  }
  const vias = (name: string) => analyzeName(name, 'person', { query: true }).variants.map((v) => `${v.via}:${v.tokens.join(' ')}`);
  assert.ok(vias('Ma Jian').includes('latin:ma jian'));
  assert.ok(vias('Ma Jian').some((v) => v.startsWith('chinese-key:^ma^')));
  assert.ok(vias('Ma. de Jesús Espinosa').includes('latin:maria de jesus espinosa'));
  // An organisation's name keeps its words as written.
  assert.ok(analyzeName('Ma. Construcciones', 'organization').variants.every((v) => !v.tokens.includes('maria')));
});

test('any text: written out at most once, and only where a point, a raised a or a de stands', () => {
  const chars = fc.constantFrom(...'Ma. ªdelosFcoGpeJz,'.split(''), 'Ma.', 'Mª', ' de ', ' del ', 'Fco.', 'MA ');
  fc.assert(
    fc.property(fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: chars, maxLength: 20 })), (text) => {
      const out = spanishAbbreviationsWritten(text);
      if (out === undefined) return;
      assert.notEqual(out, text);
      assert.ok(/[.ª]|\sde/iu.test(text));
      // Written out, the names hold no abbreviation left to write: a second pass changes nothing
      // the first could have.
      const again = spanishAbbreviationsWritten(out);
      assert.ok(again === undefined || again.length > out.length);
    }),
  );
});

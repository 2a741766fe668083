import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { englishRespellings, listedFrenchUReading, listedLongVowelReading, withPolishLettersSpelledOut, withoutLatvianEndings } from '../../src/names/orthographies.js';

test('Slavic names written in other orthographies are respelled the English way', () => {
  const cases: [string, string][] = [
    ['wladimirowitsch', 'vladimirovich'], // German
    ['wladimirowicz', 'vladimirovich'], // Polish
    ['poetin', 'putin'], // Dutch
    ['vlagyimirovics', 'vladimirovich'], // Hungarian
    ['putyin', 'putin'],
    ['poutine', 'putin'], // French
    ['selenskyj', 'zelenskyy'],
    ['jelzin', 'yeltsin'],
    // Polish softening i, ch and -ij; French iou, gu and j.
    ['siergiej', 'sergey'],
    ['giennadij', 'gennadiy'],
    ['sieczin', 'sechin'],
    ['chodorkowski', 'khodorkovski'],
    ['iouri', 'yuri'],
    ['evgueni', 'evgeni'],
    ['prigojine', 'prigozhin'],
    // German ch for kh, s between vowels for z, jo after a consonant for the ё English writes e.
    ['chinschtein', 'khinshtein'],
    ['tschemesow', 'chemezov'],
    ['fjodorowitsch', 'fedorovich'],
    ['fjodorowitsch', 'fyodorovich'],
    // German je for the Russian е at the start and after a vowel, which English writes e as often as ye;
    // and an initial s before a vowel read as the Russian с as well as з.
    ['jegorow', 'egorov'],
    ['jegorow', 'yegorov'],
    ['kidjajew', 'kidyaev'],
    ['sergejew', 'sergeev'],
    ['sasanow', 'sazanov'],
    // German sch for the Russian ж, beside a z the English spelling kept; German -ich family names as
    // Russian writes them; Romanian spelling of Slavic names.
    ['scheleznjak', 'zheleznyak'],
    ['schirinowski', 'zhirinovski'],
    ['dietrich', 'ditrikh'],
    ['friedrich', 'fridrikh'],
    ['plakhotnyuk', 'plahotniuc'],
    // Serbian and Croatian -ić names listed without the diacritic.
    ['galitsch', 'galic'],
    ['miloshevich', 'milosevic'],
    ['karadzhich', 'karadzic'],
    // Polish c for ц, -iec for -ец, -cki for -цкий; German sch for ш after an unvoiced s.
    ['golodiec', 'golodets'],
    ['cyganow', 'tsyganov'],
    ['stawicki', 'stavitsky'],
    ['sascha', 'sasha'],
  ];
  for (const [token, english] of cases) assert.ok(englishRespellings(token).includes(english), `${token} → ${englishRespellings(token).join(', ')}`);
});

test('long vowels written ee and oo in Arabic, Persian and South Asian names are respelled i and u, not in English names', () => {
  for (const [token, plain] of [['deeb', 'dib'], ['wakeel', 'wakil'], ['noor', 'nur'], ['rasheed', 'rashid']] as const) {
    assert.ok(englishRespellings(token).includes(plain), `${token} → ${englishRespellings(token).join(', ')}`);
  }
  for (const [english, rewritten] of [['green', 'grin'], ['moore', 'mure'], ['cook', 'cuk'], ['woods', 'wuds']] as const) {
    assert.ok(!englishRespellings(english).includes(rewritten), english);
  }
});

test('a token listed as written is respelled only by the conventions that say so', () => {
  assert.ok(englishRespellings('deeb', true).includes('dib'));
  // A listed Cheng is a name of its own, not a French spelling of Sheng.
  assert.deepEqual(englishRespellings('cheng', true), []);
  assert.ok(englishRespellings('cheng').includes('sheng'));
});

test('a Belarusian spelling listed as written is still read the Russian way', () => {
  const cases: [string, string][] = [
    ['filipau', 'filipov'],
    ['kavaleu', 'kovalev'.replace('o', 'a')],
    ['dzianis', 'denis'],
  ];
  for (const [listed, russian] of cases) assert.ok(englishRespellings(listed, true).includes(russian), listed);
  // A French -eau and a common name are not Belarusian.
  assert.deepEqual(englishRespellings('rousseau', true), []);
});

test('Russian names in Spanish spelling read j as kh; Spanish names with j are left alone', () => {
  const cases: [string, string][] = [
    ['mijeyev', 'mikheyev'],
    ['zajarov', 'zakharov'],
    ['ajmetov', 'akhmetov'], // j before a consonant
    ['jodorkovski', 'khodorkovski'],
    ['mijailovich', 'mikhailovich'],
    ['jrushchov', 'khrushchov'],
  ];
  for (const [token, english] of cases) assert.ok(englishRespellings(token).includes(english), `${token} → ${englishRespellings(token).join(', ')}`);
  for (const spanish of ['jimenez', 'mejia', 'ojeda', 'borja', 'trujillo', 'jaramillo', 'alejandro', 'james']) {
    assert.ok(!englishRespellings(spanish).some((t) => t.includes('kh')), `${spanish} → ${englishRespellings(spanish).join(', ')}`);
  }
});

test('ch and sh are read as South Slavic c and s only in a name with the -ić ending', () => {
  assert.ok(!englishRespellings('richardson').includes('ricardson'));
  assert.ok(!englishRespellings('shakir').includes('sakir'));
});

test('tokens without an orthography sign, and short ones, get no respelling', () => {
  assert.deepEqual(englishRespellings('putin'), []);
  assert.deepEqual(englishRespellings('ivanov'), []);
  assert.deepEqual(englishRespellings('wu'), []);
});

test('any token: a few respellings, none equal to the token or to each other', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 40 }), (token) => {
      const out = englishRespellings(token);
      assert.ok(out.length <= 7);
      assert.ok(!out.includes(token));
      assert.equal(new Set(out).size, out.length);
    }),
  );
});

test("Latvian endings go only when every part of the name has one", () => {
  assert.deepEqual(withoutLatvianEndings(['sergejs', 'lavrovs']), ['sergey', 'lavrov']);
  assert.equal(withoutLatvianEndings(['robert', 'williams']), undefined);
  assert.equal(withoutLatvianEndings(['janis']), undefined);
  assert.equal(withoutLatvianEndings(['thomas', 'ross']), undefined);
});

test('a listed token written with the French ou for the Russian у is read with u, not a common name', () => {
  const cases: [string, string | undefined][] = [
    ['bout', 'but'],
    ['goutchkov', 'gutchkov'],
    ['louis', undefined],
    ['viktor', undefined],
  ];
  for (const [listed, reading] of cases) assert.equal(listedFrenchUReading(listed), reading, listed);
});

test('a listed token written with the English long vowels ee and oo is read with i and u, not a common name', () => {
  const cases: [string, string | undefined][] = [
    ['zeer', 'zir'],
    ['alkhaleej', 'alkhalij'],
    ['noor', 'nur'],
    ['majeed', 'majid'],
    ['green', undefined],
    ['moore', undefined],
    ['lee', undefined],
    ['zir', undefined],
  ];
  for (const [listed, reading] of cases) assert.equal(listedLongVowelReading(listed), reading, listed);
});

test('any listed token: a long-vowel reading only where it shows ee or oo, one letter shorter for each', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[a-z]{1,14}$/u), (token) => {
      const reading = listedLongVowelReading(token);
      if (!token.includes('ee') && !token.includes('oo')) return reading === undefined;
      const pairs = token.split('ee').length - 1 + (token.replace(/ee/gu, 'i').split('oo').length - 1);
      return reading === undefined || (reading.length === token.length - pairs && !reading.includes('ee') && !reading.includes('oo')) || /eee|ooo/u.test(token);
    }),
  );
});

test('the Russian loan stems tekh- and eksp- inside a run-together trade name are read tech- and exp-', () => {
  const cases: [string, string][] = [
    ['beltekheksport', 'beltechexport'],
    ['tekhmashimport', 'techmashimport'],
    ['promeksport', 'promexport'],
  ];
  for (const [token, reading] of cases) assert.ok(englishRespellings(token).includes(reading), `${token}: ${englishRespellings(token).join(' ')}`);
  assert.deepEqual(englishRespellings('tekler'), []);
});

test('Russian ks is read as the x of the foreign word it spells, in unlisted tokens only', () => {
  const cases: [string, string][] = [
    ['deksias', 'dexias'],
    ['leksus', 'lexus'],
    ['eksport', 'export'],
    ['maksim', 'maxim'],
  ];
  for (const [token, reading] of cases) assert.ok(englishRespellings(token).includes(reading), `${token}: ${englishRespellings(token).join(' ')}`);
  assert.ok(!englishRespellings('maksim', true).includes('maxim'));
});

test('Polish c is read ts only in a token with a Polish sign', () => {
  for (const token of ['marcel', 'victoria', 'francesca']) assert.ok(!englishRespellings(token).some((r) => r.includes('ts')), token);
});

test('any listed token: a French u reading only where it shows ou, one letter shorter for each', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[a-z]{1,14}$/u), (token) => {
      const reading = listedFrenchUReading(token);
      if (!token.includes('ou')) return reading === undefined;
      return reading === undefined || reading.length === token.length - token.split('ou').length + 1;
    }),
  );
});

test('German ch and z in an East Slavic family name, and Ukrainian h, ia, iu, -yi, are respelled the Russian way', () => {
  const cases: [string, string][] = [
    // German ch for х and z for ц without the commoner German signs (w, sch, j).
    ['chozenko', 'khotsenko'],
    ['chomenko', 'khomenko'],
    ['zyganow', 'tsyganov'],
    // Ukrainian national transliteration: h for the г Russian spelling writes g, ia and iu after a consonant.
    ['dehtiarenko', 'degtyarenko'],
    ['hordiienko', 'gordiienko'],
    ['horbatiuk', 'gorbatyuk'],
    ['tsybulskyi', 'tsybulskiy'],
  ];
  for (const [token, english] of cases) assert.ok(englishRespellings(token).includes(english), `${token} → ${englishRespellings(token).join(', ')}`);
  // The h of kh, zh, ch and sh stays; names without a Slavic family name's ending are left alone.
  for (const [token, wrong] of [['shevchenko', 'sgevchenko'], ['khomenko', 'kgomenko'], ['hoffman', 'goffman'], ['schulz', 'schults'], ['heinz', 'geints'], ['chiara', 'khiara']] as const) {
    assert.ok(!englishRespellings(token).includes(wrong), `${token} → ${englishRespellings(token).join(', ')}`);
  }
});

test('a Ukrainian respelling reads every lone h as g and keeps the h of kh, zh, ch, sh', () => {
  const loneH = /(?<![kzcs])h/u;
  const digraphs = (t: string) => (t.match(/[kzcs]h/gu) ?? []).length;
  fc.assert(
    fc.property(fc.array(fc.constantFrom('h', 'kh', 'zh', 'ch', 'sh', 'o', 'r', 'd', 'a'), { minLength: 1, maxLength: 6 }), (parts) => {
      const token = parts.join('') + 'enko';
      if (!loneH.test(token)) return;
      const ukrainian = englishRespellings(token).filter((r) => !loneH.test(r) && digraphs(r) === digraphs(token) && r.length === token.length);
      assert.ok(ukrainian.length > 0, `${token} → ${englishRespellings(token).join(', ')}`);
    }),
    { numRuns: 300 },
  );
});

test('Belarusian official transliteration is respelled the Russian way: -au, -eu for -ov, -ev; dz before a soft vowel for d', () => {
  const cases: [string, string][] = [
    ['chemadanau', 'chemadanov'],
    ['kavaleu', 'kavalev'],
    ['dzianis', 'denis'],
    ['dzenis', 'denis'],
    // ts for the soft t before i (Tatsiana, Tatiana; Tsikhanouskaya, Tikhanouskaya)
    ['tatsiana', 'tatiana'],
    ['tsikhanouskaya', 'tikhanouskaya'],
  ];
  for (const [token, english] of cases) assert.ok(englishRespellings(token).includes(english), `${token} → ${englishRespellings(token).join(', ')}`);
  // French -eau and names without the signs are left alone.
  for (const [token, wrong] of [['rousseau', 'roussev'], ['moreau', 'morev'], ['matthieu', 'matthiev'], ['zeus', 'zev']] as const) {
    assert.ok(!englishRespellings(token).includes(wrong), `${token} → ${englishRespellings(token).join(', ')}`);
  }
});

test('the Belarusian reading changes only the letters of its signs and keeps every other letter', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[a-z]{2,8}(?:au|eu)$/u), (token) => {
      for (const respelled of englishRespellings(token)) {
        if (respelled.endsWith('ov') || respelled.endsWith('ev')) assert.ok(respelled.length <= token.length + 1, `${token} → ${respelled}`);
      }
    }),
  );
});

test('Polish -ow after l, cz, sz, szcz is also read as the Russian -ёв, English -ev (Korolow, Gorbaczow, Chruszczow)', () => {
  const cases: [string, string][] = [
    ['korolow', 'korolev'],
    ['zurawlow', 'zuravlev'],
    ['gorbaczow', 'gorbachev'],
    ['chruszczow', 'khrushchev'],
    ['korolowa', 'koroleva'],
  ];
  for (const [polish, english] of cases) assert.ok(englishRespellings(polish).includes(english), polish);
  // The hard ł lost its stroke in normalising: -ov stays a reading (Kozłow, Kozlov); a plain -ow is no -ёв.
  assert.ok(englishRespellings('kozlow').includes('kozlov'));
  assert.ok(!englishRespellings('ivanow').some((r) => r.endsWith('ev')));
});

test('a Polish ż is spelled zh; text without one is left alone', () => {
  assert.equal(withPolishLettersSpelledOut('Aleksiej Żurawlow'), 'Aleksiej Zhurawlow');
  assert.equal(withPolishLettersSpelledOut('żukow'), 'zhukow');
  assert.equal(withPolishLettersSpelledOut('Zurawlow'), undefined);
});

test('any text: the Polish spelling-out changes only ż, one letter longer for each', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 30, unit: fc.constantFrom('a', 'z', 'ż', 'Ż', ' ', 'w', 'ó') }), (text) => {
      const out = withPolishLettersSpelledOut(text);
      const count = Array.from(text).filter((ch) => ch === 'ż' || ch === 'Ż').length;
      if (count === 0) return out === undefined;
      return out !== undefined && out.length === text.length + count && !/[żŻ]/u.test(out);
    }),
  );
});

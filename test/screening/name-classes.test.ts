/**
 * Classes of name variation the scorer handles by name knowledge rather than spelling distance,
 * and the classes of look-alikes it must keep apart. Pairs score without a background index, so
 * each side weighs as a rare name; the assertions are about the side of the threshold.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreNamePair, matchNamePair, type PairOptions } from '../../src/screening/pair.js';
import { createScreener, DEFAULT_THRESHOLD } from '../../src/screening/screen.js';
import { entry } from './fixtures.js';

const person: PairOptions = { kind: 'person' };
const organization: PairOptions = { kind: 'organization' };
const above = (query: string, listed: string, options = person) => {
  const score = scoreNamePair(query, listed, options);
  assert.ok(score >= DEFAULT_THRESHOLD, `${query} | ${listed}: ${score}`);
};
const below = (query: string, listed: string, options = person) => {
  const score = scoreNamePair(query, listed, options);
  assert.ok(score < DEFAULT_THRESHOLD, `${query} | ${listed}: ${score}`);
};

test('Wade-Giles written in Latin letters meets pinyin', () => {
  above('Mao Tse-tung', 'Mao Zedong');
  above('Hsi Chin-ping', 'Xi Jinping');
  const hit = matchNamePair('Mao Tse-tung', 'Mao Zedong', person);
  assert.equal(hit?.explanation.queryVariant.via, 'from-wade-giles');
});

test('numbers written out meet digits, look-alike digits meet letters', () => {
  above('Brigade Forty-Four', 'Brigade 44', organization);
  above('Brigade Forty 4', 'Brigade 44', organization);
  above('3 Percenters', 'Three Percenters', organization);
  above('Ig0r Sech1n', 'Igor Sechin');
});

test('familiar forms of given names meet the full name, both ways', () => {
  above('Bibi Netanyahu', 'Benjamin Netanyahu');
  above('Ben Netanyahu', 'Benjamin Netanyahu');
  above('William Clinton', 'Bill Clinton');
  above('Ted Doe', 'Theodore Doe');
  // Vlad is as usual for Vladislav as for Vladimir.
  above('Vlad Davankov', 'DAVANKOV, Vladislav Andreyevich');
  above('Vlad Doe', 'Vladimir Doe');
});

test('Spanish diminutives formed by rule meet the full name', () => {
  above('Nicolasito Maduro', 'MADURO GUERRA, Nicolas Ernesto');
  above('Carlitos Doe', 'Carlos Doe');
});

test('Russian names in German spelling meet the English listing, South Slavic names without their diacritics', () => {
  above('Konstantin Fjodorowitsch Satulin', 'ZATULIN, Konstantin Fedorovich');
  above('Sergej Sergejewitsch Tschemesow', 'CHEMEZOV, Sergey Sergeevich');
  above('Alexander Chinschtein', 'KHINSHTEIN, Alexander Evseyevich');
  above('Stanislaw Galitsch', 'GALIC, Stanislav');
});

test('joined initials and run-together capitalised words are split', () => {
  above('JC Juncker', 'Jean-Claude Juncker');
  above('FridrichBuchenberg', 'Friedrich Buchenberg');
});

test('son and father swapped around bin is another person', () => {
  below('Salman bin Muhammad al-Rawi', 'Muhammad bin Salman al-Rawi');
  above('Muhammad bin Salman al-Rawi', 'Muhammad bin Salman al-Rawi');
  // Reordered at the comma, the listed order is restored: no reversal.
  above('BIN LADEN, Hamza Usama Muhammad', 'Hamza Usama Muhammad bin Laden');
});

test('a country or series numeral on one side names another organisation', () => {
  below('Banco Santander S.A.', 'Banco Santander Chile S.A.', organization);
  below('Bowne Global Solutions II (U.K.) Limited', 'Bowne Global Solutions II Canada, Inc.', organization);
  above('Banco Santander', 'Banco Santander S.A.', organization);
  // Persons are not qualified: Jordan is a given name.
  above('Jordan Peterson', 'Jordan B. Peterson');
});

test('a name of unknown kind also drops short legal forms, for organisations only', () => {
  above('Deutsche Bank AG', 'Deutsche Bank', organization);
  above('Siemens AG', 'Siemens Aktiengesellschaft', organization);
  const screener = createScreener({ entries: [entry({ id: 'p', kind: 'person', names: ['THOMAS'] })] });
  assert.equal(screener.screen({ name: 'Thomas Sá' }).length, 0, 'the person Thomas is not Thomas S.A.');
});

test('romanised Han and Hangul syllables match by name knowledge, not spelling distance', () => {
  // Different syllables are different characters.
  below('成 朱', 'Zhu Chen');
  below('佳 杨', 'Yang Jian');
  // Written with spaces in Western order, given name first: the lone last syllable is the surname.
  above('志偉 陳', 'Chen Zhiwei');
  below('志偉 陳', 'Chen Zhi');
  below('수빈 이', 'Su Bin');
  above('정은 김', 'Kim Jong Un');
  // Separate words are not read as one organisation word across the space.
  below('莉 谢', 'Lexie');
});

test('two Hangul names are compared by syllable too', () => {
  below('김종은', '김정은');
  above('김 정은', '김정은');
  const hit = matchNamePair('김종은', '김정은', person);
  assert.ok(hit && hit.explanation.parts.scriptAgreement !== undefined && hit.explanation.parts.scriptAgreement < 1);
});

test('a particle standing last is a name: Xu Bin is not Xu', () => {
  below('Mai Bin', 'Mai');
  below('彬 麦', 'Mai');
  above('Osama bin Laden', 'Usama bin Ladin');
});

test('a short word read from an abjad meets its vowelled spelling by sound, a shorter one does not', () => {
  // משה reads mshe: its two-consonant sound key is Moshe's, a five-letter word.
  const hit = matchNamePair('משה', 'Moshe', person);
  assert.equal(hit?.explanation.alignment[0]?.how, 'canonical');
  above('משה', 'Moshe');
  // فارع reads far: faur shares its key, but a four-letter word is too short for a two-consonant key to tell.
  const far = matchNamePair('فارع', 'Faur', person);
  assert.notEqual(far?.explanation.alignment[0]?.how, 'canonical');
});

test('Russian names in German spelling whose English reading is one transliteration from the listed one, German sch for ж, German -ich names, Romanian spelling and -ka familiar forms', () => {
  above('Igor Jurjewitsch Afanassjew', 'AFANASIEV, Igor Yurievich');
  above('Sergej Scheleznjak', 'ZHELEZNYAK, Sergei Vladimirovich');
  above('Evgeny Dietrich', 'DITRIKH, Yevgeniy Ivanovich');
  above('Vladimir Plakhotnyuk', 'PLAHOTNIUC, Vladimir');
  above('Mishka Matveev', 'MATVEEV, Mikhail Pavlovich');
  below('Igor Jurjewitsch Afanassjew', 'AFANASENKO, Igor Yurievich');
});

test('a German or Belarusian spelling whose English reading is listed for another entry still meets the listed entry spelled another way', () => {
  const screener = createScreener({
    entries: [
      entry({ id: 'rapota', names: ['RAPOTA, Grigoriy Alexeyevich'] }),
      // The German reading of Aleksejewitsch, Alekseyevich, is listed as written for another person.
      entry({ id: 'other', names: ['IVANOV, Pavel Alekseyevich'] }),
      // A Belarusian spelling listed as an alias of a Russian one.
      entry({ id: 'filippov', names: ['FILIPPOV, Gennady Anatolievich', 'FILIPAU, Genadziy Anatolievich'] }),
    ],
  });
  const scoreOf = (name: string, id: string) => screener.screen({ name, type: 'person' }).find((h) => h.entityId === id)?.score ?? 0;
  // ALEXEYEVICH writes its ks as x: a sound-alike of the reading, not one letter from it.
  assert.ok(scoreOf('Grigorij Aleksejewitsch Rapota', 'rapota') >= DEFAULT_THRESHOLD);
  assert.ok(scoreOf('Hienadz Filipau', 'filippov') >= DEFAULT_THRESHOLD);
});

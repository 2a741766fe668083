import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchNamePair, scoreNamePair } from '../../src/screening/pair.js';
import { createScreener, DEFAULT_THRESHOLD } from '../../src/screening/screen.js';
import { entry } from './fixtures.js';
import type { EntryKind } from '../../src/model/list-entry.js';

/** Under the threshold, and the specificity rule named in the explanation. */
function assertNeedsMoreEvidence(query: string, listed: string, kind: EntryKind): void {
  const hit = matchNamePair(query, listed, { kind });
  assert.ok((hit?.score ?? 0) < DEFAULT_THRESHOLD, `${query} | ${listed}: ${hit?.score}`);
  assert.ok(!hit || hit.explanation.parts.penalties.commonNameSupport! > 0, `${query}: the rule is named`);
}

test('a match supported by common names only, against a listed name that says more, needs more evidence', () => {
  for (const [query, listed] of [
    ['John Smith', 'JOHN B. PRIDMORE-SMITH'],
    ['Stephen Smith', 'STEPHEN EDWARD SMITH'],
    ['Mike Johnson', 'WILLIAM MICHAEL JOHNSON'],
    ['Al Green', 'GREEN'],
    // The commonest South Asian and Vietnamese names are as common among the same customers.
    ['Rajesh Kumar', 'GUPTA, Rajesh Kumar'],
    ['Sunil Sharma', 'SUNIL KUMAR SHARMA'],
    ['Nguyen Van An', 'HOANG, Van Nguyen'],
  ]) {
    assertNeedsMoreEvidence(query!, listed!, 'person');
  }
});

test('a longer query against a listed name of common names only needs more evidence too', () => {
  // The listed alias (ALI, Hassan) is worn by thousands; the query's extra name cannot tell them apart.
  for (const [query, listed] of [
    ['John Michael Smith', 'SMITH, John'],
    ['Mohammed Ali Hassan', 'ALI, Hassan'],
    ['Ahmed Mahmoud Said', 'AHMAD, Sayyid'],
    // Three of four common names met in full, one of them at another place in the chain of names.
    ['Ahmed Youssef Mansour', 'MANSUR, Muhammad Yusuf Ahmad'],
    ['أحمد يوسف منصور', 'MANSUR, Muhammad Yusuf Ahmad'],
  ]) {
    assertNeedsMoreEvidence(query!, listed!, 'person');
  }
});

test('the commonest Arabic given names are common names: a partial match on them needs more evidence', () => {
  assertNeedsMoreEvidence('Mohamed Salah', 'SALAH, Salah Abdallah Mohamed', 'person');
  // The Gulf's tribal surnames, with the article written apart or joined, and a compound written apart.
  assertNeedsMoreEvidence('Khalid Al-Otaibi', 'ALOTAIBI, Khalid Aedh G.', 'person');
  assertNeedsMoreEvidence('Khalid Alotaibi', 'ALOTAIBI, Khalid Aedh G.', 'person');
  assertNeedsMoreEvidence('Abdullah al-Qahtani', 'ALQAHTANI, Saud Abdullah S', 'person');
  assertNeedsMoreEvidence('Abd Allah Ali Hassan', 'ALI, Abd Allah', 'person');
  // Abdel Rahman written apart is Abdelrahman, as common as Abd Allah is.
  assertNeedsMoreEvidence('Youssef Abdel Rahman', 'Abdel Al-Rahman Yusef AL-JAMAL', 'person');
  assertNeedsMoreEvidence('Ahmed Abdul Rahman', 'Abdul Rahman AHMED AL-TAMIMI', 'person');
  // An entry of unknown kind named as a person is, with no company word or legal form in its name.
  assertNeedsMoreEvidence('Ahmed Mahmoud Khalil', 'MAHMOUD KHALIL', 'unknown');
  assertNeedsMoreEvidence('Ahmed Karim Jamal', 'KARIM JAMAL', 'person');
  // Salim read with its long vowel from the script (سالم, not salam), Farouk and Omar common too.
  assertNeedsMoreEvidence('عبدالله سالم', 'SALAH, Salah Abdallah Mohamed', 'person');
  assertNeedsMoreEvidence('Omar Farouk Sabbagh', 'OMAIRI, Farouk', 'person');
  // Met in full they still match, and a rarer name among them makes the query a fuller record.
  assert.ok(scoreNamePair('Hassan Ali', 'ALI, Hassan', { kind: 'person' }) >= 0.95);
  assert.ok(scoreNamePair('Ali Hassan Salameh', 'SALAMEH, Ali Hassan', { kind: 'person' }) >= 0.95);
  assert.equal(matchNamePair('Dost Mohammad Khan Haqqani', 'DOST MOHAMMAD', { kind: 'person' })?.explanation.parts.penalties.commonNameSupport, 0);
});

test('the commonest Russian, Ukrainian and Iranian names are common names too', () => {
  // A listed patronymic the query lacks, or a query's second given name: many people wear the rest.
  assertNeedsMoreEvidence('Andriy Shevchenko', 'SHEVCHENKO, Andrei Anatolyevich', 'person');
  assertNeedsMoreEvidence('Sergei Ivanov', 'IVANOV, Sergei Borisovich', 'person');
  assertNeedsMoreEvidence('Ahmad Reza Karimi', 'KARIMI, Ahmad', 'person');
  // Met in full they still match, and so does a rarer surname beside a common given name.
  assert.ok(scoreNamePair('Sergei Borisovich Ivanov', 'IVANOV, Sergei Borisovich', { kind: 'person' }) >= 0.95);
  assert.ok(scoreNamePair('Ahmad Karimi', 'KARIMI, Ahmad', { kind: 'person' }) >= 0.95);
  assert.ok(scoreNamePair('Dmitry Rybolovlev', 'RYBOLOVLEV, Dmitry Evgenyevich', { kind: 'person' }) >= DEFAULT_THRESHOLD);
});

test('Egyptian given names of the -i form, the surnames of Iran\'s great cities and the stock of Burmese names are common names', () => {
  assertNeedsMoreEvidence('Ahmed Hassan Fathy', 'FATHI, Ahmad', 'person');
  assertNeedsMoreEvidence('Reza Tehrani', 'SHARIFI-TEHRANI, Hamidreza', 'person');
  assertNeedsMoreEvidence('Aung Min Thant', 'MIN, Aung', 'person');
  // Met in full they still match.
  assert.ok(scoreNamePair('Ahmad Fathi', 'FATHI, Ahmad', { kind: 'person' }) >= 0.95);
  assert.ok(scoreNamePair('Aung Min', 'MIN, Aung', { kind: 'person' }) >= 0.95);
});

test('a middle initial that agrees beside three names met in full is evidence, not a part the query lacks', () => {
  const hit = matchNamePair('Pedro O. Martinez Fernandez', 'MARTINEZ FERNANDEZ, Pedro Orlando', { kind: 'person' });
  assert.ok((hit?.score ?? 0) >= DEFAULT_THRESHOLD, `${hit?.score}`);
  assert.equal(hit?.explanation.parts.penalties.commonNameSupport, 0);
  // Beside two names only, an initial says too little: the rule still asks for evidence.
  assertNeedsMoreEvidence('Stephen E. Smith', 'STEPHEN EDWARD SMITH', 'person');
});

test('common names only, one of them met as another spelling, need more evidence although neither side says more', () => {
  // Salah and Saleh, Hassan and Kassan: the names that agree are worn by thousands, the one that
  // differs is charged only its spelling.
  assertNeedsMoreEvidence('Mohamed Salah', 'SALEH MOHAMMAD', 'person');
  assertNeedsMoreEvidence('محمد صلاح', 'SALEH MOHAMMAD', 'person');
  assertNeedsMoreEvidence('Mohammed Ali Hassan', 'KASSAN, Ali Mohamad', 'person');
  assert.equal(matchNamePair('Mohamed Salah', 'SALEH MOHAMMAD', { kind: 'person' })?.explanation.parts.penalties.commonNameSupport, 0.2);
  // Spelled as listed, or as the canonical table's one name, they still match.
  assert.ok(scoreNamePair('Mohammed Saleh', 'SALEH MOHAMMAD', { kind: 'person' }) >= 0.95);
  assert.ok(scoreNamePair('Muhammad Saleh', 'SALEH MOHAMMAD', { kind: 'person' }) >= 0.95);
  // A rarer name among them is evidence: the rule leaves the match alone.
  assert.ok(scoreNamePair('Mohamed Salahuddin', 'SALAHUDDIN, Mohammad', { kind: 'person' }) >= DEFAULT_THRESHOLD);
});

test('the rule leaves alone a rare name, a full common name, and a one-word query', () => {
  assert.ok(scoreNamePair('John Smith', 'SMITH, John', { kind: 'person' }) >= 0.95);
  assert.ok(scoreNamePair('Vladimir Putin', 'PUTIN, Vladimir Vladimirovich', { kind: 'person' }) >= DEFAULT_THRESHOLD);
  assert.ok(scoreNamePair('Green', 'GREEN', { kind: 'organization' }) >= 0.95);
});

test('attribute evidence then decides: a birth date that agrees lifts the partial common-name match over the threshold', () => {
  const listed = entry({ id: 'smith', names: ['STEPHEN EDWARD SMITH'], birthDates: [{ year: 1961, month: 3, day: 2, text: '02 Mar 1961' }], countries: ['GB'] });
  const screener = createScreener({ entries: [listed] });
  assert.equal(screener.screen({ name: 'Stephen Smith' }).length, 0);
  const [hit] = screener.screen({ name: 'Stephen Smith', dob: '1961-03-02', country: 'GB' });
  assert.ok(hit, 'found with a matching date and country');
  // The name match is partial, so the evidence weighs more than the table's values, and says so.
  assert.ok(hit.explanation.parts.attributeWeight! > 1);
  const full = createScreener({ entries: [listed] }).screen({ name: 'Stephen Edward Smith', dob: '1961-03-02', country: 'GB' })[0]!;
  assert.ok(hit.explanation.parts.attributeAdjustment > full.explanation.parts.attributeAdjustment);
});

test('a company match supported by everyday company words only, against a listed company that says more, needs more evidence', () => {
  for (const [query, listed] of [
    ['Golden Engineering Inc.', 'GOLDEN INTERNATIONAL FZE'],
    ['Silver Shipping GmbH', 'SILVER BRIDGE SHIPPING CO., LIMITED'],
    ['Star Construction Ltd', 'JOINT STOCK COMPANY STAR'],
    ['Royal Trading LLC', 'KING ROYAL TECHNOLOGIES CO., LTD'],
    ['Al Noor Trading LLC', 'AL NOOR EXCHANGE COMPANY'],
  ]) {
    assertNeedsMoreEvidence(query!, listed!, 'organization');
  }
});

test('the company rule leaves alone a full match of everyday words, a distinctive word, and a vessel', () => {
  assert.ok(scoreNamePair('Golden Star Trading', 'GOLDEN STAR TRADING CO., LTD.', { kind: 'organization' }) >= 0.95);
  // A distinctive word among the support: the listed name saying more (Beheer) is weighed as ever.
  assert.equal(matchNamePair('Trafigura Group', 'TRAFIGURA BEHEER GROUP B.V.', { kind: 'organization' })?.explanation.parts.penalties.commonNameSupport, 0);
  // Vessels are named with everyday words and told apart by number (Victory, Victory 3).
  const vessel = matchNamePair('Victory', 'VICTORY 3', { kind: 'vessel' });
  assert.equal(vessel?.explanation.parts.penalties.commonNameSupport, 0);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreNamePair } from '../../src/screening/pair.js';
import { DEFAULT_THRESHOLD } from '../../src/screening/screen.js';

const person = { kind: 'person' as const };

test('familiar forms of the given names of listed populations meet the full name', () => {
  for (const [query, listed] of [
    ['Nick Maduro', 'MADURO MOROS, Nicolas'],
    ['Sasha Ivanov', 'IVANOV, Aleksandr'],
    ['Bob Menendez', 'MENENDEZ, Robert'],
    ['Lyosha Navalny', 'NAVALNY, Aleksey'],
    ['Slava Volodin', 'VOLODIN, Vyacheslav'],
    ['Pasha Grachev', 'GRACHEV, Pavel'],
    ['Paco Ruiz Moreno', 'RUIZ MORENO, Francisco'],
    ['Galya Petrova', 'PETROVA, Galina'],
  ]) {
    const score = scoreNamePair(query!, listed!, person);
    assert.ok(score >= DEFAULT_THRESHOLD, `${query} | ${listed}: ${score}`);
  }
});

test('a shortened given name counts as its opening letters, a shortened surname does not', () => {
  assert.ok(scoreNamePair('Nic Maduro', 'MADURO MOROS, Nicolas', person) > scoreNamePair('Zed Maduro', 'MADURO MOROS, Nicolas', person));
  assert.ok(scoreNamePair('Thomas A. Lind', 'Thomas Lindemann', person) < DEFAULT_THRESHOLD);
});

test('an unmatched short first name does not take a strong surname match down to nothing', () => {
  const score = scoreNamePair('Zed Maduro', 'MADURO MOROS, Nicolas', person);
  assert.ok(score > 0 && score < DEFAULT_THRESHOLD, `${score}`);
});

test('one given name in another European language meets the listed one, a different name does not', () => {
  for (const [query, listed] of [
    ['Juan Ortega Pardo', 'ORTEGA PARDO, John'],
    ['Pyotr Kovalenko', 'KOVALENKO, Peter'],
    ['Giuseppe Ferraro', 'FERRARO, Jose'],
    ['Guillermo Tell', 'TELL, Wilhelm'],
    ['Eugene Orlov', 'ORLOV, Evgeniy'],
  ]) {
    const score = scoreNamePair(query!, listed!, person);
    assert.ok(score >= DEFAULT_THRESHOLD, `${query} | ${listed}: ${score}`);
  }
  // Cognates stay below the name itself and its familiar forms.
  assert.ok(scoreNamePair('Juan Ortega', 'ORTEGA, John', person) < scoreNamePair('Johnny Ortega', 'ORTEGA, John', person));
  assert.ok(scoreNamePair('Juan Ortega', 'ORTEGA, Peter', person) < DEFAULT_THRESHOLD);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreNamePair } from '../../src/screening/pair.js';
import { DEFAULT_THRESHOLD } from '../../src/screening/screen.js';

test('an Abd or Abu written apart opens the name after it: met with another compound it is no evidence', () => {
  for (const [query, listed] of [
    // The query's Abdel is Abd al-Fattah's: it holds a Karim, not an Abdul Karim.
    ['Karim Abdel Fattah Saleh', 'ABDUL KARIM'],
    ['Omar Abu Bakr', 'ABU OMAR'],
    ['Rahman Abd al-Aziz', 'ABD AL-RAHMAN'],
    // A kunya's second half names the child: Mohamed is not Abu Mohamed, on either side.
    ['Mohamed Salah', 'SALAH ABU MOHAMED'],
    ['Khaled Hosseini', 'Khaled ABU HASSAN'],
    ['Salah Abu Mohamed', 'MOHAMED SALAH'],
    ['Fatima Umm Ahmed', 'AHMED, Fatima'],
  ]) {
    const score = scoreNamePair(query!, listed!, { kind: 'person' });
    assert.ok(score < DEFAULT_THRESHOLD, `${query} | ${listed}: ${score}`);
  }
});

test('the same compounds written apart, with an article, joined, or with a word put between their halves still meet', () => {
  for (const [query, listed] of [
    ['Abdul Karim Saleh', 'ABDUL KARIM'],
    ['Abd al-Karim', 'ABDUL KARIM'],
    ['Abdulkarim Saleh', 'ABDUL KARIM SALEH'],
    ['Abu Bakr al-Baghdadi', 'AL-BAGHDADI, Abu Bakr'],
    ['Abdul Haqqani Manan Mohammad Ishak', 'ABDUL MANAN MOHAMMAD ISHAK'],
    // Surname first: the listed compound's second half still follows its first.
    ['Saleh Abdel Karim', 'ABDEL KARIM SALEH'],
    ['Abu Mohamed Salah', 'SALAH ABU MOHAMED'],
    ['Salah Abou Mohamed', 'SALAH ABU MOHAMED'],
    ['Abu al-Hassan Khaled', 'Khaled ABU HASSAN'],
  ]) {
    const score = scoreNamePair(query!, listed!, { kind: 'person' });
    assert.ok(score >= DEFAULT_THRESHOLD, `${query} | ${listed}: ${score}`);
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreNamePair } from '../../src/screening/pair.js';
import { DEFAULT_THRESHOLD } from '../../src/screening/screen.js';
import type { EntryKind } from '../../src/model/list-entry.js';

test('names written in Persian, Urdu, Chinese and Korean meet their English listings', () => {
  const cases: [string, string, EntryKind][] = [
    // A non-joiner parts two names written as one word.
    ['علی‌اکبر ولایتی', 'VELAYATI, Ali Akbar', 'person'],
    // Dawood, Daud, Dawud are one name; Urdu writes ہ for he.
    ['داؤد ابراہیم', 'IBRAHIM, Dawood', 'person'],
    // Organisation words translated: news agency, construction headquarters, industry, united.
    ['خبرگزاری فارس', 'FARS NEWS AGENCY', 'organization'],
    ['قرارگاه سازندگی خاتم الانبیاء', 'KHATAM AL-ANBIYA CONSTRUCTION HEADQUARTERS', 'organization'],
    ['曙光信息产业股份有限公司', 'Shuguang Information Industry', 'organization'],
    ['中国联合网络通信集团有限公司', 'China United Network Communications Group Co., Ltd.', 'organization'],
    // Korean writes an organisation's name as one word: its organisation words are found inside it.
    ['조선광업개발무역회사', 'KOREA MINING DEVELOPMENT TRADING CORPORATION', 'organization'],
    ['정찰총국', 'RECONNAISSANCE GENERAL BUREAU', 'organization'],
  ];
  for (const [query, listed, kind] of cases) {
    const score = scoreNamePair(query, listed, { kind });
    assert.ok(score >= DEFAULT_THRESHOLD, `${query} | ${listed}: ${score}`);
  }
});

test('a name in Chinese characters meets its Hong Kong or Wade-Giles spelling, not another pinyin name', () => {
  for (const [query, listed] of [
    ['陳國基', 'Kwok-ki Chan'],
    ['鄧炳強', 'Ping-keung Tang'],
    ['鄭若驊', 'Yeuk Wah Cheng'],
    ['蔡展鵬', 'Chin-pang Choi'],
    ['静林', 'LIN Ching'],
  ]) {
    const score = scoreNamePair(query!, listed!, { kind: 'person' });
    assert.ok(score >= DEFAULT_THRESHOLD, `${query} | ${listed}: ${score}`);
  }
  // 静林 is Lin Jing; LIN Qing, in pinyin, says another name for certain.
  assert.ok(scoreNamePair('静林', 'LIN Qing', { kind: 'person' }) < DEFAULT_THRESHOLD);
});

test('a name without a final yeh or -i is not the nisba a listing spells with -i', () => {
  // أحمد is Ahmad; Ahmadi (أحمدي) is another name.
  const score = scoreNamePair('أحمد خليل منصور', 'AHMADI, Mansour', { kind: 'person' });
  assert.ok(score < DEFAULT_THRESHOLD, `${score}`);
  assert.ok(scoreNamePair('أحمدي منصور', 'AHMADI, Mansour', { kind: 'person' }) >= DEFAULT_THRESHOLD);
  // Nor in Latin letters: Ahmed is a spelling of Ahmad, not of Ahmadi; Abdullahi is one of Abdullah.
  assert.ok(scoreNamePair('Ahmed Mansour', 'AHMADI, Mansour', { kind: 'person' }) < DEFAULT_THRESHOLD);
  assert.ok(scoreNamePair('Karim Hassan', 'KARIMI, Hassan', { kind: 'person' }) < DEFAULT_THRESHOLD);
  assert.ok(scoreNamePair('Abdullah Yusuf', 'ABDULLAHI, Yusuf', { kind: 'person' }) >= DEFAULT_THRESHOLD);
});

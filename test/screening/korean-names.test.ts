import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchNamePair } from '../../src/screening/pair.js';
import type { EntryKind } from '../../src/model/list-entry.js';

const score = (query: string, listed: string, kind: EntryKind) => matchNamePair(query, listed, { kind, threshold: 0 })?.score ?? 0;

test('a Korean organisation in Hangul or South Korean spelling meets its listing', () => {
  const cases: Array<[string, string]> = [
    ['제2경제위원회', 'SECOND ECONOMIC COMMITTEE'],
    ['중앙검찰소', 'CENTRAL PUBLIC PROSECUTORS OFFICE'],
    ['륙해운성', 'MINISTRY OF LAND AND MARITIME TRANSPORTATION'],
    ['조선콤퓨터쎈터', 'KOREA COMPUTER CENTER'],
    ['Baengma Shipping Co', 'PAEKMA SHIPPING CO'],
    ['Korea Eunpa Shipping and Trading', 'KOREA UNPHA SHIPPING & TRADING'],
    ['Korea Jujakbong Maritime Ltd', 'KOREA ZUZAGBONG MARITIME LTD'],
    // 조선 as the state's full name; a stretch with ㅈ as McCune-Reischauer's ch; words listings translate.
    ['조선중앙은행', "CENTRAL BANK OF THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA"],
    ['제일신용은행', 'CHEIL CREDIT BANK'],
    ['청송련합', 'GREEN PINE ASSOCIATED CORPORATION'],
    ['금삼각은행', 'GOLDEN TRIANGLE BANK'],
  ];
  for (const [query, listed] of cases) assert.ok(score(query, listed, 'organization') >= 0.8, `${query} / ${listed}: ${score(query, listed, 'organization')}`);
});

test('a Korean personal name in customary spelling meets its listing', () => {
  const cases: Array<[string, string]> = [
    ['Yoon Joo-hwan', 'Juwhan Yun'],
    ['Park Jung-sik', 'Jung Shic Park'],
    // Customary ue for ㅠ (Kue for 규).
    ['CHUN Kyu-sang', 'KUE SANG CHUN'],
    // A foreign given name in Hangul before the Korean name.
    ['로버트 김채곤', 'ROBERT CHAEGON KIM'],
  ];
  for (const [query, listed] of cases) assert.ok(score(query, listed, 'person') >= 0.8, `${query} / ${listed}: ${score(query, listed, 'person')}`);
});


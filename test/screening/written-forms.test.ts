import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreNamePair } from '../../src/screening/pair.js';
import { DEFAULT_THRESHOLD } from '../../src/screening/screen.js';
import type { EntryKind } from '../../src/model/list-entry.js';

/** Each query meets its listed name at the default threshold, or (`meets` false) stays under it. */
function assertPairs(pairs: readonly (readonly [string, string])[], kind: EntryKind, meets = true): void {
  for (const [query, listed] of pairs) {
    const score = scoreNamePair(query, listed, { kind });
    assert.equal(score >= DEFAULT_THRESHOLD, meets, `${query} | ${listed}: ${score}`);
  }
}

test('names written in Persian, Urdu, Chinese and Korean meet their English listings', () => {
  assertPairs(
    [
      // A non-joiner parts two names written as one word.
      ['علی‌اکبر ولایتی', 'VELAYATI, Ali Akbar'],
      // Dawood, Daud, Dawud are one name; Urdu writes ہ for he.
      ['داؤد ابراہیم', 'IBRAHIM, Dawood'],
      // A surname a non-joiner parts is also read joined, as a listing writes it.
      ['امید یزدان‌پرست', 'YAZDANPARAST, Omid'],
    ],
    'person',
  );
  assertPairs(
    [
      // Organisation words translated: news agency, construction headquarters, industry, united.
      ['خبرگزاری فارس', 'FARS NEWS AGENCY'],
      ['بانک کشاورزی ایران', 'BANK KESHAVARZI IRAN'],
      ['قرارگاه سازندگی خاتم الانبیاء', 'KHATAM AL-ANBIYA CONSTRUCTION HEADQUARTERS'],
      ['曙光信息产业股份有限公司', 'Shuguang Information Industry'],
      ['中国联合网络通信集团有限公司', 'China United Network Communications Group Co., Ltd.'],
      // Korean writes an organisation's name as one word: its organisation words are found inside it.
      ['조선광업개발무역회사', 'KOREA MINING DEVELOPMENT TRADING CORPORATION'],
      ['정찰총국', 'RECONNAISSANCE GENERAL BUREAU'],
      ['단천상업은행', 'TANCHON COMMERCIAL BANK'],
      ['新疆生产建设兵团', 'XINJIANG PRODUCTION AND CONSTRUCTION CORPS'],
      // A province or city word keeps the characters around it paired as words (福建 省 晋华).
      ['福建省晋华集成电路有限公司', 'Fujian Jinhua Integrated Circuit Company, Ltd.'],
      ['北京航空航天大学', 'Beijing University of Aeronautics and Astronautics'],
    ],
    'organization',
  );
});

test('a name in Chinese characters meets its Hong Kong or Wade-Giles spelling, not another pinyin name', () => {
  assertPairs(
    [
      ['陳國基', 'Kwok-ki Chan'],
      ['鄧炳強', 'Ping-keung Tang'],
      ['鄭若驊', 'Yeuk Wah Cheng'],
      ['蔡展鵬', 'Chin-pang Choi'],
      ['静林', 'LIN Ching'],
    ],
    'person',
  );
  // 静林 is Lin Jing; LIN Qing, in pinyin, says another name for certain.
  assertPairs([['静林', 'LIN Qing']], 'person', false);
});

test('a name without a final yeh or -i is not the nisba a listing spells with -i', () => {
  // أحمد is Ahmad; Ahmadi (أحمدي) is another name. Nor in Latin letters: Ahmed is a spelling of
  // Ahmad, not of Ahmadi, Karim not of Karimi.
  assertPairs(
    [
      ['أحمد خليل منصور', 'AHMADI, Mansour'],
      ['Ahmed Mansour', 'AHMADI, Mansour'],
      ['Karim Hassan', 'KARIMI, Hassan'],
    ],
    'person',
    false,
  );
  // The nisba written, and a spelling the name table holds as one name (Abdullahi, Abdullah).
  assertPairs(
    [
      ['أحمدي منصور', 'AHMADI, Mansour'],
      ['Abdullah Yusuf', 'ABDULLAHI, Yusuf'],
    ],
    'person',
  );
});

test('organisation words in pinyin and Russian, and legal forms written out, meet their English listing', () => {
  assertPairs(
    [
      ['Dandong Zhicheng Jinshu Cailiao Youxian Gongsi', 'DANDONG ZHICHENG METALLIC MATERIAL CO., LTD.'],
      ['Eurasia Drilling Company OOO', 'BUROVAYA KOMPANIYA EURASIA LLC'],
      ['Zhongguo Chuanbo Zhonggong Gufen Youxian Gongsi', 'CHINA SHIPBUILDING INDUSTRY COMPANY LIMITED'],
      ['ПАО «Московский кредитный банк»', 'CREDIT BANK OF MOSCOW PUBLIC JOINT STOCK COMPANY'],
      ['Moskovskaya Birzha PAO', 'MOSCOW EXCHANGE'],
      // Free-zone legal forms written out (FZE, FZC).
      ['Newton Trading Free Zone Establishment', 'NEWTON TRADING FZE'],
    ],
    'organization',
  );
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePaths } from '../../src/ingest/load.js';
import { scoreNamePair } from '../../src/screening/pair.js';
import { createScreener, type Screener } from '../../src/screening/screen.js';
import { dataPath } from '../helpers/data.js';

let screener: Promise<Screener> | undefined;
const cslScreener = () =>
  (screener ??= parsePaths([dataPath('lists', 'csl', '2026-07-31', 'consolidated.csv')]).then((parsed) =>
    createScreener({ entries: parsed.flatMap((p) => p.result.entries) }),
  ));

function topNames(s: Screener, name: string): string[] {
  return s.screen({ name }, { limit: 5 }).map((h) => h.name.toUpperCase());
}

test('real CSL: ZTE, Huawei and abbreviated Haige are found', async () => {
  const s = await cslScreener();
  assert.ok(topNames(s, 'ZTE Corp.').some((n) => n.startsWith('ZTE')), 'ZTE');
  assert.ok(topNames(s, 'Huawei Technologies Co., Ltd.').some((n) => n.includes('HUAWEI')), 'Huawei');
  const haige = s.screen({ name: 'GUANGZHOU HAIGE COMM GRP' }, { limit: 5 });
  assert.ok(haige.some((h) => /HAIGE/i.test(h.name)), `Haige: ${haige.map((h) => h.name).join('; ')}`);
});

test('real CSL: Putin in Latin and Cyrillic, with the explanation of the match', async () => {
  const s = await cslScreener();
  for (const name of ['PUTIN, Vladimir Vladimirovich', 'Vladimir Putin', 'Владимир Путин']) {
    const hits = s.screen({ name }, { limit: 10 });
    const putin = hits.find((h) => /^PUTIN, Vladimir/i.test(h.name));
    assert.ok(putin, `${name}: ${hits.map((h) => h.name).join('; ')}`);
    assert.ok(putin.explanation.alignment.length >= 2);
  }
});

test('real CSL: a common unlisted name gives no hit', async () => {
  const s = await cslScreener();
  assert.deepEqual(topNames(s, 'Jennifer L. McClellan'), []);
});

test('real CSL: a Korean name spelled in Latin letters has no optional syllable', async () => {
  const s = await cslScreener();
  // Each shares its surname and one syllable with a listed name (SON, Min; RYU, Jin; YU, Jin): another person.
  for (const [name, listed] of [
    ['Son Heung-min', /^SON, Min$/],
    ['Ryu Hyun-jin', /^RYU, Jin$/],
    ['Choi Yu-jin', /^YU, Jin$/],
    // Nor does a given name that only sounds alike once its vowels are gone (minjun, manchun).
    ['Kim Min-jun', /^KIM, Man Chun$/],
  ] as const) {
    const hits = s.screen({ name, type: 'person' });
    assert.ok(!hits.some((h) => listed.test(h.matchedName)), `${name}: ${hits.map((h) => `${h.matchedName} ${h.score}`).join('; ')}`);
  }
  // Spellings of one name still meet, syllable for syllable.
  assert.ok(s.screen({ name: 'Gim Yeong Cheol', type: 'person' }).some((h) => /^KIM, Yong Chol$/i.test(h.name)));
});

test('real CSL: a short Chinese company name screened without a kind keeps its translated reading', async () => {
  const s = await cslScreener();
  // Read also as a person's name, its person readings alone used to fill the query's variants.
  for (const [name, listed] of [
    ['华大基因', /^BGI GENOMICS/i],
    ['华大基因有限公司', /^BGI GENOMICS/i],
  ] as const) {
    const hits = s.screen({ name }, { limit: 5 });
    assert.ok(hits.some((h) => listed.test(h.matchedName) && h.score >= 0.8), `${name}: ${hits.map((h) => `${h.matchedName} ${h.score}`).join('; ')}`);
  }
  // A person's name with a company word in it (海洋, ocean) is still read as a person's first.
  assert.deepEqual(topNames(s, '张海洋'), []);
});

test('real CSL: a name in characters read with its organisation words translated meets no listed person', async () => {
  const s = await cslScreener();
  // 李国际贸易 read as "li international trading" left only generic words unmet against the person Li Li.
  for (const [query, listed] of [
    ['李国际贸易', 'Li Li'],
    ['张海洋科技', 'ZHANG, Haiyang'],
  ] as const) {
    const score = scoreNamePair(query, listed, { kind: 'person', rarityFrom: s.index });
    assert.ok(score < 0.8, `${query} ≠ ${listed}: ${score}`);
  }
});

test('real CSL: the nuclear group in characters, whose English name leaves out the industry, is found', async () => {
  const s = await cslScreener();
  const hits = s.screen({ name: '中国核工业集团有限公司', type: 'organization' });
  assert.ok(hits.some((h) => h.entityId === '30954' && h.score >= 0.8), hits.map((h) => `${h.name} ${h.score}`).join('; '));
});

test('real CSL: the offshore oil group in characters and in pinyin (海洋石油, offshore oil) is found', async () => {
  const s = await cslScreener();
  for (const name of ['中国海洋石油集团有限公司', 'Zhongguo Haiyang Shiyou Jituan Youxian Gongsi']) {
    const hits = s.screen({ name, type: 'organization' });
    assert.ok(hits.some((h) => h.entityId === '30956' && h.score >= 0.8), `${name}: ${hits.map((h) => `${h.name} ${h.score}`).join('; ')}`);
  }
});

test('real CSL: a Western given name before a whole Chinese name in Wade-Giles (Jeff Kao Ching-feng) finds the pinyin listing', async () => {
  const s = await cslScreener();
  const hits = s.screen({ name: 'Jeff Kao Ching-feng', type: 'person' });
  assert.ok(hits.some((h) => h.entityId === '34122' && h.score >= 0.8), hits.map((h) => `${h.name} ${h.score}`).join('; '));
});

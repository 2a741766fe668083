import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createScreener, DEFAULT_THRESHOLD } from '../../src/screening/screen.js';
import { entry } from './fixtures.js';

/** The score of a company's name, screened as one, against one listed company. */
function score(query: string, listed: string): number {
  const screener = createScreener({ entries: [entry({ id: 'x', names: [listed], kind: 'organization' })] });
  return screener.screen({ name: query, type: 'organization' }, { threshold: 0 })[0]?.score ?? 0;
}

test('Chinese state groups and makers written in characters meet their English short names, and only them', () => {
  for (const [query, listed] of [
    ['中航光电科技股份有限公司', 'AVIC Jonhon Optronic Technology Co., Ltd.'],
    ['保利科技有限公司', 'POLY TECHNOLOGIES INCORPORATED'],
    ['南京熊猫电子股份有限公司', 'Nanjing Panda Electronics Company Limited'],
    ['中国交通建设股份有限公司', 'China Communications Construction Company Limited'],
    ['上海交通大学', 'Shanghai Jiao Tong University'],
    ['杭州海康威视数字技术股份有限公司', 'Hangzhou Hikvision Digital Technology Co., Ltd.'],
  ] as const) {
    const s = score(query, listed);
    assert.ok(s >= DEFAULT_THRESHOLD, `${query} → ${listed}: ${s}`);
  }
  for (const [query, listed] of [
    ['南京熊猫电子股份有限公司', 'Nanjing Great Wall Electronics Company Limited'],
    ['保利科技有限公司', 'AVIC Technologies Incorporated'],
  ] as const) {
    const s = score(query, listed);
    assert.ok(s < DEFAULT_THRESHOLD, `${query} ≠ ${listed}: ${s}`);
  }
});

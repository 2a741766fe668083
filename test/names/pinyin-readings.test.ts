import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { bestPinyinOrgReadings, pinyinOrgReadings } from '../../src/names/pinyin-readings.js';

const read = (name: string, company = false) => pinyinOrgReadings(name.split(' '), company).map((r) => r.join(' '));
const best = (...names: string[]) => bestPinyinOrgReadings(names.map((n) => n.split(' '))).map((r) => r.join(' '));

describe('company names in pinyin read in English', () => {
  it('reads the words of state groups and institutes each way English names translate them', () => {
    for (const [name, reading] of [
      ['zhongguo jiaotong jianshe', 'china communication construction'],
      ['zhongguo he gongye jianshe', 'china nuclear industry engineering'],
      ['junshi yixue kexueyuan', 'military medical academy of sciences'],
      ['guojia binglie jisuanji gongcheng', 'national parallel computer gongcheng'],
      ['guangxue jingmi jixie', 'guangxue fine mechanics'],
      ['zhongguo bingqi gongye jituan', 'china north industries jituan'],
      ['zhongguo bingqi zhuangbei jituan', 'china south industries jituan'],
    ] as const) assert.ok(read(name).includes(reading), `${name}: ${read(name).join(' | ')}`);
  });

  it('reads the industries and institutes of provincial and state companies (zhongji, jungong, gongmao, boli xianwei, sheji yuan)', () => {
    for (const [name, company, reading] of [
      ['zhonghang zhongji', true, 'avic heavy machinery'],
      ['anhui changcheng jungong', true, 'anhui great wall military industry'],
      ['dandong zhongsheng gongmao', true, 'dandong zhongsheng industry and trade'],
      ['nanjing boli xianwei yanjiu sheji yuan', false, 'nanjing fiberglass research and design institute'],
      ['beijing jicheng dianlu sheji', true, 'beijing integrated circuit design'],
    ] as const) assert.ok(read(name, company).includes(reading), `${name}: ${read(name, company).join(' | ')}`);
    // A person's given name Zhongji, and a lone yuan, are no company words.
    assert.deepEqual(read('wang zhongji'), []);
    assert.deepEqual(read('li yuan'), []);
  });

  it('reads Inner Mongolia, the ordinals (di yi, first) that numbered factories carry, and dianzi as Electron too', () => {
    for (const [name, company, reading] of [
      ['neimenggu diyi jixie jituan', true, 'inner mongolia first jixie jituan'],
      ['nei menggu di yi jixie jituan', true, 'inner mongolia first jixie jituan'],
      ['shanghai disan jixie chang', true, 'shanghai third machinery factory'],
      // 电子 dianzi, word for word Electron as well as Electronic.
      ['fujian dianzi keji', true, 'fujian electron technology'],
    ] as const) assert.ok(read(name, company).includes(reading), `${name}: ${read(name, company).join(' | ')}`);
  });

  it('reads zhongxin as SMIC only beside integrated circuits, chips or semiconductors, as a centre elsewhere', () => {
    assert.ok(read('zhongxin nanfang jicheng dianlu zhizao', true).includes('smic southern integrated circuit zhizao'));
    assert.ok(read('shanghai zhongxin bandaoti', true).includes('shanghai smic bandaoti'));
    for (const reading of read('beijing keji zhongxin jituan', true)) assert.ok(!reading.includes('smic') && !reading.includes('semiconductor'), reading);
    // Whatever else a company name holds, zhongxin reads as SMIC only when a word of its trade is there.
    const words = ['zhongxin', 'beijing', 'keji', 'jituan', 'guoji', 'zhizao', 'jicheng', 'dianlu', 'bandaoti', 'xinpian', 'nanfang'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }), fc.boolean(), (name, company) => {
        const smic = pinyinOrgReadings(name, company).some((reading) => reading.includes('smic'));
        const trade = name.includes('bandaoti') || name.includes('xinpian') || name.join(' ').includes('jicheng dianlu');
        return !smic || (name.includes('zhongxin') && trade);
      }),
    );
  });

  it('reads yu as and only between two company words', () => {
    assert.ok(read('kongqidongli yanjiu yu fazhan zhongxin').includes('aerodynamics yanjiu and fazhan zhongxin'));
    for (const reading of read('yu jianshe jituan', true)) assert.equal(reading.split(' ')[0], 'yu');
    for (const reading of read('jianshe jituan yu', true)) assert.ok(reading.endsWith(' yu'), reading);
  });

  it('counts the body that closes a public security office (ting, ju) as a company word inside it only', () => {
    assert.ok(read("xinjiang gongan ting").includes('xinjiang public security department'));
    assert.ok(read('xinjiang gongan ju').includes('xinjiang public security bureau'));
    // A person's Gong An Ting, or a lone ting beside a company word, is not read.
    assert.deepEqual(read('gong an ting'), []);
    assert.deepEqual(read('ting jianshe'), []);
  });

  it('joins syllables written apart into the words that cover most of them (ji suan ji shu: jisuan jishu, not jisuanji shu)', () => {
    assert.ok(read('ji suan ji shu yan jiu suo').includes('computing technology yanjiusuo'), read('ji suan ji shu yan jiu suo').join(' | '));
    assert.ok(read('ji suan ji gong cheng').includes('computer gongcheng'), read('ji suan ji gong cheng').join(' | '));
  });

  it('of several readings of a name in another spelling, reads the one company words cover most, and none with fewer than two', () => {
    const readings = best('zhong guo ge xue yuan wu li yan jiu suo', 'zhong guo ke xue yuan wu li yan jiu suo');
    assert.ok(readings.includes('china academy of sciences physics yanjiusuo'), readings.join(' | '));
    assert.deepEqual(best('yi ge a', 'yi ke a'), []);
  });

  it('picks one of the readings given, as pinyinOrgReadings reads it unaided', () => {
    const syllable = fc.constantFrom('zhong', 'guo', 'ke', 'ge', 'xue', 'yuan', 'ji', 'suan', 'shu', 'yan', 'jiu', 'suo', 'yu', 'ting', 'gong', 'an', 'li', 'wang');
    const name = fc.array(syllable, { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 3 }), (names) => {
        const out = bestPinyinOrgReadings(names).map((r) => r.join(' '));
        if (out.length === 0) return;
        const own = names.map((n) => pinyinOrgReadings(n, false).map((r) => r.join(' ')).join('\n'));
        assert.ok(own.includes(out.join('\n')));
      }),
      { numRuns: 500 },
    );
  });
});

describe('trades and kinds of company of provincial makers and traders in pinyin', () => {
  it('reads jidian, xin shiji, xiaoshangpin, shangyong, hangkong fadongji, gaoya and yanjiu zhongxin', () => {
    for (const [name, reading] of [
      ['jiaxing yongchi jidian', 'jiaxing yongchi mechanical and electrical'],
      ['ningbo xin shiji jinchukou', 'ningbo new century import export'],
      ['zhejiang jiayi xiaoshangpin maoyi', 'zhejiang jiayi small commodities trading'],
      ['shangyong hangkong fadongji', 'commercial aircraft engine'],
      ['beijing gaoya kexue yanjiu zhongxin', 'beijing high pressure kexue research center'],
    ] as const) assert.ok(read(name, true).includes(reading), `${name}: ${read(name, true).join(' | ')}`);
    // Xin and Shiji are given names: a person's name is no company's.
    assert.deepEqual(read('wang xin shiji'), []);
  });
});

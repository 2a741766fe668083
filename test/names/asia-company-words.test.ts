import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { canonicalToken } from '../../src/names/canonical.js';
import { analyzeName } from '../../src/names/index.js';
import { translatedHangulOrganization } from '../../src/names/hangul-terms.js';
import { pinyinOrgReadings } from '../../src/names/pinyin-readings.js';
import { FACTORY_TRADES } from '../../src/names/pinyin-org-readings.js';

const via = (value: string, how: string) =>
  analyzeName(value, 'organization').variants.filter((v) => v.via === how).map((v) => v.tokens.join(' '));

describe('Chinese company words in characters', () => {
  it('translates county, ocean fishing, high technology, petrochemical, general technology, machine tool, oil terminal and offshore engineering', () => {
    const cases: Array<[string, string]> = [
      ['福建省平潭县远洋渔业集团有限公司', 'fujian provincial pingtan county ocean fishing group'],
      ['中航航空高科技股份有限公司', 'avic aviation high technology'],
      ['山东金诚石化集团有限公司', 'shandong jincheng petrochemical group'],
      ['通用技术集团大连机床进出口有限公司', 'general technology group dalian machinery tool import export'],
      ['青岛海业油码头有限公司', 'qingdao haiye oil terminal'],
      ['舟山惠生海洋工程有限公司', 'zhoushan huisheng offshore and marine'],
      ['航天彩虹无人机股份有限公司', 'aerospace caihong uav'],
    ];
    for (const [name, english] of cases) assert.ok(via(name, 'translated').includes(english), `${name}: ${via(name, 'translated').join(' / ')}`);
  });
});

describe('Chinese company words in pinyin', () => {
  const read = (name: string) => pinyinOrgReadings(name.split(' '), true).map((r) => r.join(' '));
  it('reads future, ship, pipeline, conveyor, Sino-European, petrochemical, high technology, machine tool and terminal', () => {
    const cases: Array<[string, string]> = [
      ['shanghai weilai chuanbo guanli', 'shanghai future ship guanli'],
      ['guangrao lianhe nengyuan guandao shusong', 'guangrao lianhe nengyuan pipeline conveyor'],
      ['sanming zhongou jinchukou', 'sanming sino euro import export'],
      ['shandong jincheng shihua jituan', 'shandong jincheng petrochemical jituan'],
      ['zhonghang hangkong gaokeji', 'zhonghang hangkong high technology'],
      ['dalian jichuang jinchukou', 'dalian machine tool import export'],
      ['qingdao haiye you matou', 'qingdao haiye you terminal'],
    ];
    for (const [name, english] of cases) assert.ok(read(name).includes(english), `${name}: ${read(name).join(' / ')}`);
  });
  it("reads Zhong'ou with its apostrophe as zhongou", () => {
    assert.ok(via("Sanming Zhong'ou Jinchukou Youxian Gongsi", 'translated').some((r) => r.includes('sino euro')));
  });
});

describe('Korean civil aviation', () => {
  it('translates 민항 as civil aviation or air', () => {
    const readings = translatedHangulOrganization(['고려민항']).map((tokens) => tokens.join(' '));
    assert.ok(readings.some((r) => r.includes('air')), readings.join(' / '));
  });
});

describe('Persian organisation words of councils, trade and partnerships', () => {
  it('translates supreme council, cyberspace, commercial, Persian Gulf, composite materials, general partnership and partners', () => {
    const cases: Array<[string, string]> = [
      ['شورای عالی فضای مجازی', 'supreme council cyberspace'],
      ['شرکت بازرگانی صنایع پتروشیمی خلیج فارس', 'commercial industry petrochemical persian gulf'],
      ['شرکت مواد مرکب نوید', 'material composite navid'],
      ['شرکت تضامنی محسن خندان و شرکا', 'general partnership mohsen khanadan and partners'],
    ];
    for (const [name, english] of cases) assert.ok(via(name, 'arabic-translated').includes(english), `${name}: ${via(name, 'arabic-translated').join(' / ')}`);
  });
});

describe('factories in pinyin: a trade and chang', () => {
  const read = (name: string, company = true) => pinyinOrgReadings(name.split(' '), company).map((r) => r.join(' '));
  it('reads a trade followed by chang as the trade and factory', () => {
    assert.ok(read('qidong heng cheng dianzi chang').includes('qidong heng cheng electronic factory'));
    assert.ok(read('wuxi huagong chang').includes('wuxi chemical plant'));
  });
  it('reads chang without a trade before it as the name it is', () => {
    assert.deepEqual(read('wang dianzi chang', false), []);
    assert.ok(read('chang xin dianzi').every((r) => !r.includes('factory')));
  });
  it('reads every trade of the table so, wherever the name places it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.entries(FACTORY_TRADES)), fc.constantFrom('', 'shenzhen ', 'qidong heng cheng '), ([trade, english], place) => {
        assert.ok(read(`${place}${trade} chang`).includes(`${place}${english.split('|')[0]} factory`));
      }),
    );
  });
});

describe('organisation words of Korean, Chinese, pinyin, Arabic, Persian and Urdu names: research bodies, insurers, banks and media', () => {
  it('reads McCune-Reischauer 총회사 and 민족 (Chosŏn Minjok Pohŏm Ch\'onghoesa)', () => {
    const [latin] = via("Chosŏn Minjok Pohŏm Ch'onghoesa", 'latin');
    assert.equal(latin?.split(' ').map(canonicalToken).join(' '), 'korea national insurance corporation');
  });
  it('reads 북한 before a body as the Korea its English name opens with', () => {
    for (const words of [['북한', '국가보위성'], ['북한국가보위성']]) {
      const readings = translatedHangulOrganization(words).map((tokens) => tokens.join(' '));
      assert.ok(readings.includes('korea state security ministry'), readings.join(' / '));
    }
  });
  it('translates key laboratory, toxicology, pharmacology and nuclear technology in characters', () => {
    const cases: Array<[string, string]> = [
      ['中国科学院量子信息重点实验室', 'chinese academy of science quantum information key laboratory'],
      ['军事医学科学院毒物药物研究所', 'military medical academy of science toxicology pharmacology research institute'],
      ['西北核技术研究所', 'northwestern nuclear technology research institute'],
      // 石墨烯 graphene; 微波 microwave, 开发 development
      ['北京石墨烯研究院', 'beijing graphene research institute'],
      ['西安恒达微波技术开发有限公司', 'xian hengda microwave technology development'],
    ];
    for (const [name, english] of cases) assert.ok(via(name, 'translated').includes(english), `${name}: ${via(name, 'translated').join(' / ')}`);
  });
  it('reads xincailiao and xinnengyuan, joined or apart, as new material and new energy', () => {
    const read = (name: string) => pinyinOrgReadings(name.split(' '), true).map((r) => r.join(' '));
    const cases: Array<[string, string]> = [
      ['xingtai dongchuang xincailiao keji', 'xingtai dongchuang new material technology'],
      ['xingtai dongchuang xin cailiao keji', 'xingtai dongchuang new material technology'],
      ['jiangsu xinnengyuan keji', 'jiangsu new energy technology'],
    ];
    for (const [name, english] of cases) assert.ok(read(name).includes(english), `${name}: ${read(name).join(' / ')}`);
  });
  it('translates Kuwait, alloy, religious, hands, merciful and the Urdu TV and centre', () => {
    const cases: Array<[string, string]> = [
      ['بنك اليمن والكويت للتجارة والاستثمار', 'bank yemen kuwait trading investment'],
      ['شرکت فولاد آلیاژی ایران', 'steel alloy iran'],
      ['شركة الهدى العامة للسياحة الدينية', 'huda general tourism religious'],
      ['جمعية الأيادي الرحيمة', 'society hands merciful'],
      ['شہباز ٹی وی سینٹر', 'shahabaz television center'],
    ];
    for (const [name, english] of cases) assert.ok(via(name, 'arabic-translated').includes(english), `${name}: ${via(name, 'arabic-translated').join(' / ')}`);
  });
  it('keeps Rahim, a name as often as merciful, as written in the first reading', () => {
    assert.equal(via('شركة عبد الرحيم للتجارة', 'arabic-translated')[0], 'abd rahim trading');
  });
});

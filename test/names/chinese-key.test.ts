import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { allPinyinAsWritten, byPinyinRules, chineseKeyAlternatives, chineseKeyReadings, chineseKeysBesideWestern, chineseReadingKeys, tradeNameFromWadeGiles, isPinyinSyllable, KEY_ALTERNATIVES, pinyinSyllables, spellingClass, syllablesDiffer, anotherPinyinSurname } from '../../src/names/chinese-key.js';
import { CHINESE_SURNAME_SPELLINGS } from '../../src/names/chinese-spellings.js';

const readings = (name: string) => chineseKeyReadings(name.toLowerCase().split(/[\s-]+/u)).map((r) => r.join(' '));
/** What the normaliser leaves of apostrophes and umlauts, for the tests that write them. */
const norm = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f']/gu, '');
const meet = (a: string, b: string) => readings(a).some((r) => readings(b).includes(r));

describe('Chinese syllable keys', () => {
  it('a surname in Cantonese, Macau, Hokkien or Wade-Giles spelling meets its pinyin', () => {
    for (const [query, listed] of [
      ['Kwok Wei', 'GUO Wei'], ['Lam Feng', 'LIN Feng'], ['Tsui Jianguo', 'XU Jianguo'], ['Woo Hai', 'HU Hai'], ['Ko Ming', 'GAO Ming'],
      ['Lei Hong', 'LI Hong'], ['Tong Jun', 'TANG Jun'], ['Cheung Wei', 'ZHANG Wei'], ['Yeoh Liang', 'YANG Liang'], ['Ng Xiaoming', 'WU Xiaoming'],
      ['Chow Yong', 'ZHOU Yong'], ['Tan Guoqiang', 'CHEN Guoqiang'], ['Kao Qi', 'GAO Qi'],
    ]) assert.ok(meet(query!, listed!), `${query} / ${listed}: ${readings(query!).join(' | ')} vs ${readings(listed!).join(' | ')}`);
  });

  it('given names meet across systems and ways of writing', () => {
    assert.ok(meet('Hsu Chien-kuo', 'XU Jianguo'));
    assert.ok(meet('Lau Chi Ming', 'LIU Zhiming'));
    assert.ok(meet('Chan Kwok Keung', 'CHEN Guoqiang'));
    assert.ok(meet('Zhang Jiahao', 'CHEUNG Ka Ho'));
    assert.ok(meet('Chan Kuok Kei', 'CHAN Kwok Ki'));
    // In Western order, though its first word is a surname too (Kwok).
    assert.ok(meet('Chan Kuok Kei', 'Kwok-ki Chan'));
    assert.ok(meet('Lau Chui Ying', 'LIU Cuiying'));
  });

  it('Cantonese and Hokkien given-name syllables meet pinyin given names written joined in Western order', () => {
    // Sze-hoi, si hai: Sihai is pinyin as written (si-hai), not Wade-Giles sih-ai; Foo (富 傅) fu; Hokkien Chin (振 珍) zhen.
    const meetsQuery = (query: string, listed: string) =>
      chineseKeyAlternatives(query.toLowerCase().split(/[\s-]+/u)).some((q) => readings(listed).some((r) => r.split(' ').every((key, i) => q[i]?.split(KEY_ALTERNATIVES).includes(key))));
    for (const [query, listed] of [['Ching Sze-hoi', 'SIHAI CHENG'], ['Suen Foo Yee', 'FUYI SUN'], ['Ong Chin Yu', 'ZHENYU WANG']]) {
      assert.ok(meetsQuery(query!, listed!), `${query} / ${listed}: ${readings(listed!).join(' | ')}`);
    }
    // A word with a vowel-initial syllable after the first is no pinyin as written: Chienwei stays Wade-Giles chien-wei.
    assert.ok(meet('Wang Chienwei', 'WANG Jianwei'));
  });

  it('a two-word name whose words are both surnames of another system than pinyin is read in either order', () => {
    const meetsQuery = (query: string, listed: string) =>
      chineseKeyAlternatives(query.toLowerCase().split(' ')).some((q) => readings(listed).some((r) => r.split(' ').every((key, i) => q[i]?.split(KEY_ALTERNATIVES).includes(key))));
    // Kao (Gao) Chan (Zhan), listed in Western order as ZHAN GAO; Ngai Yue-fung, Wei Yufeng.
    assert.ok(meetsQuery('Kao Chan', 'ZHAN GAO'));
    assert.ok(meetsQuery('Ngai Yue fung', 'YUFENG WEI'));
    // A pinyin surname as written fixes the order: Lei (the Macau Li) Wang is not Li Wang.
    assert.ok(!meetsQuery('Wang Lei', 'LI WANG'));
    assert.ok(!meetsQuery('Lei Wang', 'WANG LI'));
  });

  it('a Cantonese given-name syllable standing for several Mandarin ones meets each (Wai: wei, hui; Po: bao, bo)', () => {
    for (const [query, listed] of [
      ['Lok Wai-ning', 'LUO Huining'], ['Lok Wai Ning', 'LUO Weining'], ['Cheung Lung Po', 'ZHANG Longbao'], ['Cheung Lung Po', 'ZHANG Longbo'],
      ['Wong Kwan Ching', 'WANG Junzheng'], ['Wong Kwan Ching', 'WANG Junjing'], ['Cheng Ngan-hung', 'ZHENG Yanxiong'],
      // Hokkien and Macau spellings of given-name syllables, and a Wade-Giles surname.
      ['Lim Thian Seng', 'LIN Tiansheng'], ['Ieong Pok Chon', 'YANG Bochun'], ['Pien Chih-ming', 'BIAN Zhiming'],
      // Macau's Tou (Hong Kong's To), twice in a name.
      ['Cheong Tou Tou', 'ZHANG Taotao'], ['Leong Tou Kei', 'LIANG Duji'],
      // Hokkien Wee (偉 威 wei, 惠 hui), Kian and Kiam (建 健 劍 jian), Hian (賢 xian), Tiong (忠 中 zhong).
      ['Lim Wee Kiat', 'LIN Weijie'], ['Tan Kian Hock', 'CHEN Jianfu'], ['Ong Kiam Hian', 'WANG Jianxian'], ['Goh Tiong Seng', 'WU Zhongsheng'],
    ]) assert.ok(meet(query!, listed!), `${query} / ${listed}: ${readings(query!).join(' | ')} vs ${readings(listed!).join(' | ')}`);
    // Still one name's readings: Wai is not wen, Po is not pu.
    assert.ok(!meet('Lok Wai Ning', 'LUO Wenning'));
    assert.ok(!meet('Cheung Lung Po', 'ZHANG Longpu'));
    assert.ok(!meet('Lim Wee Kiat', 'LIN Wenjie'));
    assert.ok(!meet('Tan Kian Hock', 'CHEN Jiefu'));
    // Man is read wen first: a listed Korean KIM Man Chun keeps its commonest readings, not min (敏).
    assert.ok(!meet('Kim Min-jun', 'KIM Man Chun'));
    // At most four readings in each order, the commonest first.
    assert.ok(readings('Cheng Ngan-hung').length <= 8);
    assert.equal(readings('Lok Wai Ning')[0], '^lo^ ^wei ^ning');
  });

  it('a screened name meets the less common readings of a syllable too: Hokkien sin, xin, beside Cantonese xian and shan', () => {
    const meetsQuery = (query: string, listed: string) =>
      chineseKeyAlternatives(query.toLowerCase().split(' ')).some((q) => readings(listed).some((r) => r.split(' ').every((key, i) => q[i]?.split(KEY_ALTERNATIVES).includes(key))));
    for (const [query, listed] of [['Tan Thian Sin', 'CHEN Tianxin'], ['Chan Sin Yee', 'CHEN Xianyi'], ['Lim Sin Huat', 'LIN Xinfa']] as const) {
      assert.ok(meetsQuery(query, listed), `${query} / ${listed}`);
    }
    // Hokkien has no f: Mandarin fei, feng, fang, fen, fu are hui, hong, hun, hok there.
    for (const [query, listed] of [['Ong Hong Hui', 'WANG Hongfei'], ['Tan Hong Kiat', 'CHEN Fengjie'], ['Lim Hun Hock', 'LIN Fenfu'], ['Ong Hok Hui', 'WANG Fufei']] as const) {
      assert.ok(meetsQuery(query, listed), `${query} / ${listed}`);
    }
    // Their own readings first, and a pinyin name as written is read as written: Wang Honghui is not Wang Hongfei.
    assert.ok(!meetsQuery('Ong Hong Hui', 'WANG Hongwei'));
    assert.ok(!meetsQuery('Wang Hong Hui', 'WANG Hongfei'));
  });

  it('a query keeps every reading of each syllable in one token, read as Korean with the same surname its commonest only', () => {
    // One sequence per reading order (Man is a surname too): Lau (liu, lou), Sze (si, shi), Man (wen, min, wan, man).
    const alternatives = chineseKeyAlternatives(['lau', 'sze', 'man']);
    assert.equal(alternatives.length, 2);
    assert.deepEqual(alternatives[0]!.map((t) => t.split(KEY_ALTERNATIVES).length), [2, 2, 4]);
    const holds = (query: string[], listed: string) =>
      chineseKeyAlternatives(query).some((alt) => readings(listed).some((r) => r.split(' ').every((key, i) => alt[i]?.split(KEY_ALTERNATIVES).includes(key))));
    assert.ok(holds(['lau', 'sze', 'man'], 'LIU Simin'));
    assert.ok(holds(['lau', 'sze', 'man'], 'LIU Shiwen'));
    assert.ok(!holds(['lau', 'sze', 'man'], 'LIU Siming'));
    // Kim reads as a Korean surname first: that order keeps the commonest readings, spelled out.
    assert.deepEqual(chineseKeyAlternatives(['kim', 'man', 'chun'], 0), chineseKeyReadings(['kim', 'man', 'chun']).filter((r) => r[0] === '^chin^'));
    // A name in pinyin as written reads as pinyin, its Cantonese look-alikes aside.
    assert.deepEqual(chineseKeyReadings(['li', 'man']), [['^li^', '^man']]);
  });

  it('a Wade-Giles given name meets its pinyin with or without apostrophes and umlauts', () => {
    // Lists print Ch'üan as Chuan: the spelling then stands for quan, juan, zhuan and chuan alike.
    for (const [query, listed] of [
      ["Ch'en Ch'üan-kuo", 'CHEN Quanguo'], ['Chen Chuankuo', 'CHEN Quanguo'], ["Ch'in Hsü-t'ung", 'QIN Xutong'],
      ["Shen Lu-ch'ien", 'SHEN Luqian'], ['Wang Chün-cheng', 'WANG Junzheng'], ['Fei I-jen', 'FEI Yiren'],
      // Joined as one word (cut as pinyin, Chienwei is chi-en-wei), and the lone I making ju Wade-Giles's ru.
      ['Ting Chienwei', 'JIANWEI DING'], ['Chuang I-ju', 'Yiru ZHUANG'],
    ]) assert.ok(meet(norm(query!), listed!), `${query} / ${listed}: ${readings(norm(query!)).join(' | ')} vs ${readings(listed!).join(' | ')}`);
    assert.equal(spellingClass('quan'), spellingClass('zhuan'));
    assert.equal(spellingClass('yi'), 'i');
    assert.notEqual(spellingClass('quan'), spellingClass('xuan'));
  });

  it('a Wade-Giles -ien misspelled -ein after hs or ch still meets its pinyin (Hsein, Chein)', () => {
    for (const [listed, query] of [['TSAI Hsein Tai', 'Cai Xian Tai'], ['LIN Chein Ming', 'Lin Jian Ming']]) {
      assert.ok(meet(query!, listed!), `${query} / ${listed}: ${readings(query!).join(' | ')} vs ${readings(listed!).join(' | ')}`);
    }
  });

  it('the pinyin of a name written in characters keys each syllable for certain', () => {
    const same = (a: string[][], b: string[][]) => a.some((r) => b.some((o) => o.join(' ') === r.join(' ')));
    // 静林 is Lin Jing: its pinyin must not meet LIN Qing through their shared Wade-Giles spelling (Ching).
    assert.ok(!same(chineseKeyReadings(['lin', 'jing'], true), chineseKeyReadings(['lin', 'qing'])));
    assert.ok(same(chineseKeyReadings(['lin', 'jing'], true), chineseKeyReadings(['lin', 'jing'], true)));
    assert.ok(same(chineseKeyReadings(['lin', 'ching']), chineseKeyReadings(['lin', 'qing'])));
    // Pinyin read from characters is not looked up as a Cantonese spelling (曼 is man, not Cantonese Man, wen).
    assert.deepEqual(chineseKeyReadings(['li', 'man'], true), [['^li^', '^man']]);
  });

  it('a name in Cantonese or Wade-Giles spelling is also read in pinyin for names written in characters', () => {
    const same = (a: string[][], b: string[][]) => a.some((r) => b.some((o) => o.join(' ') === r.join(' ')));
    // 陳國基 is listed as Kwok-ki Chan, 鄧炳強 as Ping-keung Tang (Ping: pinyin ping, or Wade-Giles for bing).
    assert.ok(same(chineseReadingKeys(['kwok', 'ki', 'chan']), chineseKeyReadings(['chen', 'guo', 'ji'], true)));
    assert.ok(same(chineseReadingKeys(['ping', 'keung', 'tang']), chineseKeyReadings(['deng', 'bing', 'qiang'], true)));
    assert.ok(same(chineseReadingKeys(['huang', 'chin', 'hua']), chineseKeyReadings(['huang', 'jin', 'hua'], true)));
    // A name in pinyin has exact keys of its own: LIN Qing is not 静林.
    assert.deepEqual(chineseReadingKeys(['lin', 'qing']), []);
  });

  it('tells pinyin as pinyin writes it from spellings that only cut into pinyin syllables', () => {
    assert.equal(allPinyinAsWritten(['li', 'ning']), true);
    assert.equal(allPinyinAsWritten(['han', 'yongsu']), true);
    assert.equal(allPinyinAsWritten(['lee', 'yong', 'moo']), false, 'le-e and mo-o would need an apostrophe');
  });

  it('tells a given name that differs in a whole syllable from one misspelt', () => {
    for (const [a, b] of [['xiaoling', 'xiaohong'], ['xiaoming', 'xiaoping'], ['weiming', 'weiguo']]) assert.equal(syllablesDiffer(a!, b!), true, `${a} ${b}`);
    for (const [a, b] of [['xiaolin', 'xiaoling'], ['jinpeng', 'jinping'], ['ziwei', 'zhiwei'], ['liuchun', 'liujun'], ['xiaohomg', 'xiaohong'], ['weimin', 'weiminghua']]) {
      assert.equal(syllablesDiffer(a!, b!), false, `${a} ${b}`);
    }
    fc.assert(fc.property(fc.stringMatching(/^[a-z]{0,10}$/u), fc.stringMatching(/^[a-z]{0,10}$/u), (a, b) => {
      assert.equal(syllablesDiffer(a, b), syllablesDiffer(b, a));
      assert.equal(syllablesDiffer(a, a), false);
    }));
  });

  it('two pinyin surnames alike in letters are two surnames, not a misspelling of one', () => {
    for (const [a, b] of [['huang', 'zhang'], ['liu', 'lu'], ['wang', 'huang'], ['chen', 'shen']]) assert.equal(anotherPinyinSurname(a!, b!), true, `${a} ${b}`);
    // A customary spelling of the other (Chang, also pinyin 常, is Zhang's Wade-Giles), a word not in the table, the same word.
    for (const [a, b] of [['zhang', 'chang'], ['zhang', 'zhangg'], ['li', 'li']]) assert.equal(anotherPinyinSurname(a!, b!), false, `${a} ${b}`);
    fc.assert(fc.property(fc.stringMatching(/^[a-z]{0,6}$/u), fc.stringMatching(/^[a-z]{0,6}$/u), (a, b) => {
      assert.equal(anotherPinyinSurname(a, b), anotherPinyinSurname(b, a));
      assert.equal(anotherPinyinSurname(a, a), false);
    }));
  });

  it('different names stay apart, and a surname is not a given name', () => {
    assert.ok(!meet('Li Ning', 'LI Ying'));
    assert.ok(!meet('Guo Chenming', 'CHEN Mingguo'));
    assert.ok(!meet('Wang Lei', 'WANG Li'));
    assert.ok(!meet('Liu Wei', 'LIU Wen'));
  });

  it('names that are not Chinese have no reading', () => {
    for (const name of ['John Smith', 'Kim Yong Chol', 'Vladimir Putin', 'Wang']) assert.deepEqual(readings(name), [], name);
  });

  it('pinyin syllables are told from other spellings', () => {
    for (const s of ['zhi', 'xiao', 'jun', 'lv', 'nv', 'guo', 'bo', 'er', 'ying', 'wei']) assert.ok(isPinyinSyllable(s), s);
    for (const s of ['kin', 'sing', 'hoi', 'ki', 'ho', 'bong', 'jong', 'tse', 'ban']) assert.equal(isPinyinSyllable(s), s === 'ban', s);
  });

  it('the set of pinyin syllables says what the rules say of any string', () => {
    const letters = fc.stringMatching(/^[a-z]{0,7}$/u);
    const likely = fc.tuple(fc.constantFrom('', 'zh', 'ch', 'sh', 'j', 'x', 'y', 'w', 'n', 'b', 'k'), fc.constantFrom('i', 'ong', 'uan', 've', 'er', 'o', 'iang', 'ue'));
    fc.assert(
      fc.property(fc.oneof(letters, likely.map(([a, b]) => a + b)), (s) => assert.equal(isPinyinSyllable(s), byPinyinRules(s), s)),
      { numRuns: 500 },
    );
  });

  it('a word of pinyin syllables is cut back into syllables that spell it', () => {
    const syllable = fc.constantFrom('zhang', 'wei', 'ming', 'xiao', 'jian', 'guo', 'qiang', 'hua', 'li', 'an', 'ying', 'er', 'jun', 'yu', 'e', 'ou');
    fc.assert(
      fc.property(fc.array(syllable, { minLength: 1, maxLength: 3 }), (parts) => {
        const cut = pinyinSyllables(parts.join(''));
        assert.ok(cut !== undefined, parts.join(''));
        assert.equal(cut.join(''), parts.join(''));
        for (const s of cut) assert.ok(isPinyinSyllable(s), s);
      }),
      { numRuns: 2000 },
    );
  });

  it('every spelling of a surname meets its pinyin and back, beside a Western or a Chinese given name, in either order', () => {
    const holds = (query: string[][], listed: string[][]) =>
      query.some((q) => listed.some((l) => l.length === q.length && l.every((key, i) => q[i]!.split(KEY_ALTERNATIVES).includes(key))));
    const beside = (query: string[], listed: string[]) => holds(chineseKeysBesideWestern(query, true), chineseKeysBesideWestern(listed, false));
    const whole = (query: string[], listed: string[]) => holds(chineseKeyAlternatives(query), chineseKeyReadings(listed));
    for (const [pinyin, spellings] of Object.entries(CHINESE_SURNAME_SPELLINGS)) {
      for (const spelling of spellings) {
        for (const [a, b] of [[spelling, pinyin], [pinyin, spelling]] as const) {
          assert.ok(beside(['peter', a], ['peter', b]) && beside([a, 'peter'], ['peter', b]), `Peter ${a} / Peter ${b}`);
          assert.ok(whole([a, 'wei'], [b, 'wei']) && whole([a, 'xiao', 'ming'], ['xiaoming', b]), `${a} Wei / ${b} Wei`);
        }
      }
    }
    // The Western words are kept as written, the Chinese part read whole (Eric Wong Siu-wah: wong siu wah).
    assert.deepEqual(chineseKeysBesideWestern(['peter', 'kwok'], false), [['peter', '^kuo^']]);
    assert.ok(beside(['eric', 'wong', 'siu', 'wah'], ['shaohua', 'eric', 'wang']));
    assert.ok(!beside(['alex', 'wu'], ['alex', 'wee']) && !beside(['alex', 'wu'], ['alex', 'xu']));
    // Beside known Western names only, a known Western given name that pinyin could cut (Mike: mi ke) is Western.
    assert.deepEqual(chineseKeysBesideWestern(['mike', 'xin', 'tang'], false, true)[0]?.[0], 'mike');
    assert.deepEqual(chineseKeysBesideWestern(['mike', 'xin', 'tang'], false, false), [], 'unknown Western words: Mike is syllables');
    // A name all Chinese is read whole, and one with no surname spelling is not read.
    for (const name of [['kwok', 'wei'], ['john', 'smith'], ['peter', 'paul', 'john', 'kwok']]) assert.deepEqual(chineseKeysBesideWestern(name, false), [], name.join(' '));
  });

  it('a trade name in Wade-Giles is read in pinyin, only a run of syllables that holds one pinyin does not write', () => {
    const read = (name: string) => tradeNameFromWadeGiles(name.split(' ')).map((r) => r.join(' '));
    for (const [name, pinyin] of [
      ['jui cheng shipping', 'rui cheng shipping'], ['jui zong ship management', 'rui zong ship management'], ['hsun wei technology', 'xun wei technology'],
      ['hsunwei technology', 'xun wei technology'], ['chung kuo petroleum', 'zhong guo petroleum'], ['ta tung company', 'da dong company'],
    ]) assert.ok(read(name!).includes(pinyin!), `${name}: ${read(name!).join(' | ')}`);
    for (const name of ['back to basics', 'bowne global solutions ii', 'kkr asian fund iii', 'golden dragon', 'ruicheng shipping', 'hung trading']) assert.deepEqual(read(name), [], name);
  });

  it('every listed spelling of a surname reads back into it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.entries(CHINESE_SURNAME_SPELLINGS).filter(([, s]) => s.length > 0)), fc.constantFrom('wei', 'ming', 'jianguo'), ([pinyin, spellings], given) => {
        for (const spelling of spellings) {
          const keys = chineseKeyReadings([spelling, given]).map((r) => r[0]);
          assert.ok(keys.includes(`^${spellingClass(pinyin)}^`), `${spelling} ${given}: ${keys.join(', ')}`);
        }
      }),
      { numRuns: 500 },
    );
  });
});

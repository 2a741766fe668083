import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchNamePair, scoreNamePair } from '../../src/screening/pair.js';
import { DEFAULT_THRESHOLD } from '../../src/screening/screen.js';

const person = { kind: 'person' as const };

function assertFound(pairs: readonly (readonly [string, string])[]): void {
  for (const [query, listed] of pairs) {
    const score = scoreNamePair(query, listed, person);
    assert.ok(score >= DEFAULT_THRESHOLD, `${query} | ${listed}: ${score}`);
  }
}

test('a Korean name in another romanisation is found, syllable by syllable', () => {
  assertFound([
    ['Lee Byeong Cheol', 'RI Pyong Chol'],
    ['Cho Yeon Joon', 'JO Yon Jun'],
    ['Oh Soo Young', 'O Su Yong'],
    ['Suh Sang Kook', 'SO Sang Kuk'],
    ['Ryoo Hyun Woo', 'RYU Hyon U'],
    ['Kim Yeo Jung', 'KIM Yo Jong'],
  ]);
});

test('a Chinese surname in Cantonese, Hokkien, Macau or Wade-Giles spelling meets its pinyin listing', () => {
  assertFound([
    ['Kwok Wei', 'GUO Wei'],
    ['Lam Feng', 'LIN Feng'],
    ['Tsui Jianguo', 'XU Jianguo'],
    ['Woo Hai', 'HU Hai'],
    ['Yeoh Liang', 'YANG Liang'],
    ['Ng Xiaoming', 'WU Xiaoming'],
    ['Lei Hong', 'LI Hong'],
  ]);
});

test('a Chinese surname beside a Western given name meets its spelling in another system, in either order and direction', () => {
  assertFound([
    ['Peter Kwok', 'PETER GUO'], ['Alex Ng', 'ALEX WU'], ['Johnson Woo', 'JOHNSON HU'], ['John Chen', 'John Tan'], ['Kwok Peter', 'PETER GUO'],
    ['PETER GUO', 'Peter Kwok'], ['Alex Wu', 'ALEX NG'], ['Tsui Michael', 'MICHAEL XU'], ['Eric Wong Siu-wah', 'SHAOHUA ERIC WANG'],
    // Malaysian spellings of Cantonese syllables (Loong, Heep) and Teochew Wee for Huang.
    ['Chen Xielong', 'CHAN HEEP LOONG'], ['Peter Wee', 'PETER HUANG'],
    // A name that reads as Korean too (Daniel cut into syllables, Yi a Korean surname) beside a known Western given name.
    ['Daniel Ho Yi', 'HE, Daniel Yi'], ['Daniel Lee Ho', 'LI, Daniel He'],
  ]);
  // Only its spellings: Wu is not Wee, Xu or Wong, and the surname alone is not the name.
  for (const [query, listed] of [['Alex Wu', 'ALEX WEE'], ['Alex Wu', 'ALEX XU'], ['Alex Wu', 'ALEX WONG'], ['Peter Kwok', 'JOHN GUO'], ['Eric Wong Siu-wah', 'ERIC WANG']] as const) {
    const score = scoreNamePair(query, listed, person);
    assert.ok(score < DEFAULT_THRESHOLD, `${query} | ${listed}: ${score}`);
  }
});

test('a Western given name beside a whole Chinese name in another system costs what it does beside the name in pinyin', () => {
  // The adopted name lists often leave out (GAO, Jingfeng; Shaohua Wang): as in Jeff Gao Jingfeng, not as a missing syllable.
  const wadeGiles = scoreNamePair('Jeff Kao Ching-feng', 'GAO, Jingfeng', person);
  const pinyin = scoreNamePair('Jeff Gao Jingfeng', 'GAO, Jingfeng', person);
  assert.ok(wadeGiles >= pinyin - 0.005, `Jeff Kao Ching-feng ${wadeGiles}, Jeff Gao Jingfeng ${pinyin}`);
  const cantonese = scoreNamePair('Eric Wong Siu-wah', 'Shaohua Wang', person);
  assert.ok(cantonese >= 0.7, `Eric Wong Siu-wah | Shaohua Wang: ${cantonese}`);
  // The Chinese name must still be met whole: a syllable of it left over is another name.
  for (const [query, listed] of [['Jeff Kao Ching-feng', 'GAO, Jing'], ['Jeff Kao Ching-feng', 'GAO, Qingfang']] as const) {
    const score = scoreNamePair(query, listed, person);
    assert.ok(score < DEFAULT_THRESHOLD, `${query} | ${listed}: ${score}`);
  }
});

test('a known Western given name beside a Chinese name met whole is an adopted name, priced as a longer record of the same name', () => {
  // Hong Kong, Singapore and Taiwan add an English name that the listing gives as an alias of its
  // own or leaves out (TANG, Xin with TANG, Mike; CHAN, Kwok-ki): not a syllable missing from it.
  // Mike is read as one even though pinyin could cut it (mi ke).
  assertFound([
    ['Mike Xin Tang', 'TANG, Xin'],
    ['Raymond Yeung Bun', 'YANG, Bin'],
    ['Eric Chan Kwok-ki', 'CHAN, Kwok-ki'],
    ['Peter Tsang Chi-keung', 'ZENG, Zhiqiang'],
  ]);
  const adopted = scoreNamePair('Mike Xin Tang', 'TANG, Xin', person);
  const unknownWord = scoreNamePair('Berners Xin Tang', 'TANG, Xin', person);
  assert.ok(adopted > unknownWord + 0.05, `Mike ${adopted}, Berners ${unknownWord}`);
  for (const [query, listed] of [
    // A word no given name (Berners) is not an adopted name; nor is a Chinese syllable left over.
    ['Tim Berners-Lee', 'LI, Tian'],
    ['Mike Tang Xin Yu', 'TANG, Xin'],
    ['Eric Chan Kwok-ki', 'CHAN, Kwok'],
  ] as const) {
    const score = scoreNamePair(query, listed, person);
    assert.ok(score < DEFAULT_THRESHOLD, `${query} | ${listed}: ${score}`);
  }
});

test('a whole name in Hong Kong spelling meets its pinyin listing, each syllable by any of its readings', () => {
  assertFound([
    ['Leung Siu Fung', 'LIANG Shaofeng'],
    ['Tsang King Sun', 'ZENG Jingxin'],
    ['Lau Sze Man', 'LIU Simin'],
    ['Chow Yin Ting', 'ZHOU Yanting'],
    ['Ng Ka Hin', 'WU Jiaxuan'],
    // Read as Korean too (Lu, No), the name keeps its commonest readings, counted by the keys they
    // make: he-cheng (Wade-Giles Ho-cheng) is not crowded out by hao-zheng, the same key as hao-cheng.
    ['Lu Ho-cheng', 'LU, Hezheng'],
    // Hong Kong given-name syllables: Biu (biao, Wade-Giles piao), Heung (xiang), Koon (guan).
    ['Wong Biu', 'WANG, Piao'],
    ['Cheung Heung Koon', 'ZHANG Xiangguan'],
    // Hokkien Siew (xiu), as Malaysian and Singaporean names spell it; Taiwan's irregular Jiun (jun).
    ['Tan Siew Ling', 'CHEN, Xiuling'],
    ['Zhu Weijun', 'WEI JIUN CHU'],
  ]);
  // Not a name in pinyin as written (Li Man is not LI Wen), nor a Korean name whose syllables Cantonese
  // shares (Kim Man Chun is not KIM Min Jun), nor a syllable Cantonese does not read as (Ka is not
  // Karen's ka).
  for (const [query, listed] of [
    ['Li Man', 'LI Wen'],
    ['Kim Man Chun', 'KIM Min Jun'],
    ['Chan Ka-yan', 'CHEN, Karen'],
  ]) {
    const score = scoreNamePair(query!, listed!, person);
    assert.ok(score < DEFAULT_THRESHOLD, `${query} | ${listed}: ${score}`);
  }
});

test('a match through romanisation keys names the key variant and its cost, below a spelled match', () => {
  const hit = matchNamePair('Gim Yeong Cheol', 'KIM Yong Chol', person);
  assert.ok(hit);
  assert.equal(hit.explanation.queryVariant.via, 'korean-key');
  assert.ok(hit.explanation.parts.penalties.romanizationKey! > 0);
  assert.ok(hit.score < scoreNamePair('Kim Yong Chol', 'KIM Yong Chol', person));
});

test('a surname and part of a Korean or Chinese given name is never as strong as the name', () => {
  for (const [query, listed] of [
    ['Kim Yong', 'KIM Yong Chol'],
    ['Zhang Wei', 'ZHANG Weiming'],
    ['Kwok Wei', 'GUO Weimin'],
    ['Gim Yeong', 'KIM Yong Chol'],
  ]) {
    const score = scoreNamePair(query!, listed!, person);
    assert.ok(score <= 0.95, `${query} | ${listed}: ${score}`);
  }
});

test('a Korean or Chinese name in Latin letters that meets only part of a longer listed name is another name', () => {
  // Such a name has no optional parts on either side: what the listing says more (a syllable, or a
  // Western name beside the join of the query's syllables) makes another person.
  for (const [query, listed] of [
    ['Zhang Wei', 'ZHANG Wei Ming'],
    ['Wang Jun', 'WANG, Jun Hui'],
    ['Ma Long', 'MALONG, Paul'],
  ]) {
    const score = scoreNamePair(query!, listed!, person);
    assert.ok(score < DEFAULT_THRESHOLD, `${query} | ${listed}: ${score}`);
  }
});

test('the syllables of a Korean or Chinese name keep their order, the surname aside', () => {
  for (const [query, listed] of [
    ['Kim Soo-hyun', 'KIM, Hyon Woo'],
    ['Kim Hyun Soo', 'KIM Soo Hyun'],
    ['Wang Ping Jun', 'WANG Jun Ping'],
  ]) {
    const score = scoreNamePair(query!, listed!, person);
    assert.ok(score < DEFAULT_THRESHOLD, `${query} | ${listed}: ${score}`);
  }
  // The surname written last is the same name.
  assertFound([
    ['Soo Hyun Kim', 'KIM Soo Hyun'],
    ['Jun Ping Wang', 'WANG Jun Ping'],
    ['Kim Jong Un', 'JONG UN, Kim'],
  ]);
});

test('two Chinese names that Korean spelling would merge stay apart', () => {
  assert.ok(scoreNamePair('Li Ning', 'LI Ying', person) < DEFAULT_THRESHOLD);
  assert.ok(scoreNamePair('Guo Chenming', 'CHEN Mingguo', person) < DEFAULT_THRESHOLD);
});

test('a Chinese given name written as one word that differs in a whole syllable is another name', () => {
  for (const [query, listed] of [
    ['Ma Xiaoling', 'MA, Xiaohong'],
    ['Zhang Xiaoming', 'ZHANG Xiaoping'],
  ]) {
    const score = scoreNamePair(query!, listed!, person);
    assert.ok(score < DEFAULT_THRESHOLD, `${query} | ${listed}: ${score}`);
  }
  // One syllable misspelt, said the southern way, or in Wade-Giles: the same name.
  assertFound([
    ['Ma Xiaolin', 'MA, Xiaoling'],
    ['Xi Jinpeng', 'XI Jinping'],
    ['Zhang Ziwei', 'ZHANG Zhiwei'],
    ['Huo Liu-chun', 'HUO, Liujun'],
  ]);
});

test('a Korean name in customary spelling is not read as pinyin, which would write Lee and Moo otherwise', () => {
  assertFound([['Lee Yong-moo', 'RI, Yong Mu']]);
  // Two names written in pinyin still do not meet by Korean keys alone (Ning and Ying are both 영).
  assert.ok(scoreNamePair('Li Ning', 'LI Ying', person) < DEFAULT_THRESHOLD);
});

test('a Wade-Giles apostrophe marks the aspirated initial: the syllable is read as that pinyin only', () => {
  const cases: readonly (readonly [string, string, boolean])[] = [
    ["Yang Ch'i", 'YANG, Qi', true],
    ['Yang Ch\u2019i', 'YANG, Qi', true],
    ["Li T'ien", 'LI, Tian', true],
    ["Chang Ts'ai-hua", 'ZHANG, Caihua', true],
    // The apostrophe rules out the plain reading.
    ["Yang Ch'i", 'YANG, Ji', false],
  ];
  for (const [query, listed, found] of cases) {
    const score = scoreNamePair(query, listed, person);
    assert.equal(score >= DEFAULT_THRESHOLD, found, `${query} | ${listed}: ${score}`);
  }
});

test('a Uyghur name transcribed in characters meets the pinyin lists print it in, spelled a little otherwise too', () => {
  assertFound([
    ['艾尔肯·吐尼亚孜', 'TUNIYAZI, Aierken'],
    ['雪克来提·扎克尔', 'ZHAKER, Xuekelaiti'],
    ['艾力更·依明巴海', 'Ailigeng Yimingbahai'],
  ]);
  for (const listed of ['ZHAKER, Abdulla', 'SHAKERI, Mohammad']) {
    const score = scoreNamePair('雪克来提·扎克尔', listed, person);
    assert.ok(score < DEFAULT_THRESHOLD, `${listed}: ${score}`);
  }
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalToken, phoneticKey, tokenPrior } from '../../src/names/index.js';

function sameKey(...tokens: string[]): void {
  const keys = tokens.map(phoneticKey);
  assert.equal(new Set(keys).size, 1, `${tokens.join('/')} → ${keys.join('/')}`);
}

function sameCanonical(...tokens: string[]): void {
  const canon = tokens.map(canonicalToken);
  assert.equal(new Set(canon).size, 1, `${tokens.join('/')} → ${canon.join('/')}`);
}

describe('phoneticKey', () => {
  it('agrees across transliterations of one name', () => {
    sameKey('mohammed', 'muhammad', 'mohamed', 'mohammad', 'muhamad');
    sameKey('hussein', 'husayn', 'hossein', 'husain');
    sameKey('qasem', 'kassem', 'ghasem', 'qassim');
    sameKey('zhang', 'chang', 'cheung');
    sameKey('yusuf', 'youssef', 'yousef');
    sameKey('osama', 'usama');
    sameKey('khalid', 'khaled');
    sameKey('putin', 'poutine', 'poetin');
    sameKey('vladimir', 'wladimir');
    sameKey('xu', 'hsu');
    sameKey('gim', 'kim');
    sameKey('hisham', 'hicham');
    sameKey('fatima', 'fatimah');
  });

  it('keeps different names apart', () => {
    assert.notEqual(phoneticKey('smith'), phoneticKey('jones'));
    assert.notEqual(phoneticKey('ali'), phoneticKey('omar'));
    assert.notEqual(phoneticKey('ivanov'), phoneticKey('petrov'));
    // A consonant skeleton does merge some distinct names (Hassan/Hussein); canonicalToken keeps those apart.
    assert.notEqual(canonicalToken('hassan'), canonicalToken('hussein'));
  });

  it('groups the spellings of Salih, Naim, Qais and Awda, and keeps Salah (صلاح) apart from Salih (صالح)', () => {
    sameCanonical('salih', 'saleh');
    sameCanonical('naim', 'naeem');
    sameCanonical('qais', 'kais');
    sameCanonical('awda', 'odeh', 'ouda');
    assert.notEqual(canonicalToken('salah'), canonicalToken('saleh'));
  });

  it('keeps digits and ignores everything else', () => {
    assert.equal(phoneticKey('1980'), '1980');
    assert.equal(phoneticKey(''), '');
    assert.equal(phoneticKey('---'), '');
  });
});

describe('canonicalToken', () => {
  it('maps name spellings to one form', () => {
    sameCanonical('mohamed', 'muhammad', 'mohammed', 'mohammad', 'mohamad');
    sameCanonical('abdel', 'abdul', 'abd', 'abdol');
    sameCanonical('hossein', 'hussein', 'husayn');
    sameCanonical('ri', 'rhee', 'lee', 'li');
    sameCanonical('pak', 'park');
    sameCanonical('choe', 'choi');
    sameCanonical('chang', 'cheung', 'zhang');
    for (const group of [['wu', 'ng'], ['huang', 'wong'], ['liu', 'lau'], ['lin', 'lam'], ['guo', 'kuo', 'kwok'], ['he', 'ho'],
      ['zheng', 'cheng'], ['xie', 'hsieh', 'tse'], ['cai', 'tsai'], ['yang', 'yeung'], ['zhao', 'chao'], ['chen', 'chan'],
      ['xu', 'hsu', 'tsui'], ['zhou', 'chou', 'chow']]) {
      sameCanonical(...group);
    }
    sameCanonical('arkadii', 'arkadiy', 'arkady');
    sameCanonical('iuliia', 'yuliya', 'yulia');
    sameCanonical('ahmadinezhad', 'ahmadinejad');
    sameCanonical('jong', 'jeong');
    sameCanonical('un', 'eun');
    sameCanonical('qasem', 'ghasem', 'kassem', 'qassim');
    sameCanonical('vladimirovich', 'vladimirovic', 'wladimirowitsch'.replace('w', 'v').replace('w', 'v'));
    assert.equal(canonicalToken('Mohamed'), 'muhammad');
    assert.equal(canonicalToken('hossein'), 'husayn');
  });

  it('reads Revised Romanization syllables as McCune-Reischauer', () => {
    sameCanonical('seong', 'song', 'sung');
    sameCanonical('hyeon', 'hyon', 'hyun');
    sameCanonical('cheol', 'chol', 'chul');
    sameCanonical('gyeong', 'kyong', 'kyung');
    assert.equal(canonicalToken('geo'), 'geo');
  });

  it('maps organisation words across languages', () => {
    sameCanonical('banco', 'banque', 'bank');
    sameCanonical('grupo', 'groupe', 'group', 'grp');
    sameCanonical('internacional', 'international', 'intl');
    sameCanonical('cia', 'compania', 'company');
    // Translations of Russian, Chinese (pinyin), Persian and Spanish organisation words.
    sameCanonical('zavod', 'plant', 'factory', 'works', 'fabrika');
    sameCanonical('nauchno', 'scientific', 'research');
    sameCanonical('keji', 'technology', 'tech');
    sameCanonical('maoyi', 'trading');
    sameCanonical('xinxi', 'information');
    sameCanonical('shengwu', 'biotechnology');
    sameCanonical('ruanjian', 'software');
    sameCanonical('kaifa', 'development');
    sameCanonical('cos', 'company');
    sameCanonical('foulad', 'fulad', 'steel');
    sameCanonical('ahan', 'iron');
    sameCanonical('minera', 'mining');
  });

  it('reads everyday words of Russian company names in all their inflections and spellings', () => {
    const words: Record<string, string[]> = {
      new: ['novyy', 'novyi', 'novaya', 'novaia', 'novoye', 'novoe', 'novye', 'novyye', 'novogo', 'novykh'],
      project: ['proekt', 'proyekt', 'proekty', 'proyekty', 'proektov', 'projects'],
      digital: ['tsifrovoy', 'tsifrovoi', 'tsifrovaya', 'tsifrovye', 'tsifrovykh', 'cifrovye'],
      future: ['budushchee', 'budushcheye', 'budushchego', 'budushego'],
      coal: ['ugolnyy', 'ugolnaya', 'ugolnaia', 'ugolnye', 'ugolnoye'],
      oil: ['neft', 'neftyanaya', 'neftianaia', 'neftyanoy'],
      company: ['kompaniya', 'kompaniia', 'kompania'],
      petrochemical: ['petroshimi', 'petrochem'],
      shipping: ['keshtirani', 'kashtirani', 'shpg'],
    };
    for (const [english, forms] of Object.entries(words)) sameCanonical(english, ...forms);
  });

  it('reads the conventional consonant skeletons of company words, and ChVK as PMC', () => {
    const words: Record<string, string[]> = {
      forwarding: ['fwdg', 'frwdg', 'fwdr', 'fwdrs', 'forwarders'],
      management: ['mgmt', 'mgmnt', 'mngmt', 'mngt'],
      development: ['devt', 'dvlpt', 'dvpt'],
      manufacturing: ['mfg', 'mnfg', 'mfrg', 'mftg'],
      service: ['svcs', 'srvcs'],
      product: ['pdts', 'prdts'],
      construction: ['constn', 'cnstn'],
      pmc: ['chvk'],
    };
    for (const [english, forms] of Object.entries(words)) sameCanonical(english, ...forms);
  });

  it('expands organisation abbreviations', () => {
    assert.equal(canonicalToken('comm'), 'communication');
    assert.equal(canonicalToken('communications'), 'communication');
    assert.equal(canonicalToken('intl'), 'international');
    assert.equal(canonicalToken('grp'), 'group');
    assert.equal(canonicalToken('tech'), 'technology');
    assert.equal(canonicalToken('mfg'), 'manufacturing');
  });

  it('leaves unknown tokens and prototype names alone', () => {
    assert.equal(canonicalToken('zhongxing'), 'zhongxing');
    assert.equal(canonicalToken('constructor'), 'constructor');
    assert.equal(canonicalToken('__proto__'), '__proto__');
  });
});

describe('tokenPrior', () => {
  it('weights generic words and particles low and names fully', () => {
    for (const t of ['the', 'of', 'and', 'trading', 'international', 'company', 'group', 'holding', 'bin', 'al']) {
      assert.ok(tokenPrior(t) < 0.5, t);
    }
    for (const t of ['zhongxing', 'putin', 'haige']) assert.equal(tokenPrior(t), 1);
    assert.equal(tokenPrior('constructor'), 1);
  });

  it('weights the kinds of bank a bank names itself by as generic words (Commercial Mortgage Bank Akibank)', () => {
    for (const t of ['commercial', 'mortgage', 'savings']) assert.ok(tokenPrior(t) < 0.5, t);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeName } from '../../src/names/index.js';

function renderings(value: string, kind?: Parameters<typeof analyzeName>[1]): string[] {
  return analyzeName(value, kind).variants.map((v) => v.tokens.join(' '));
}

describe('analyzeName', () => {
  it('normalises case, diacritics, punctuation and apostrophes', () => {
    const a = analyzeName("  Société  O'Brien & Fils ", 'person');
    assert.equal(a.normalized, 'societe obrien and fils');
    assert.deepEqual(a.stripped, ['é→e']);
    assert.equal(a.script, 'latin');
  });

  it('reorders "SURNAME, Given Middle" for persons', () => {
    const out = renderings('PUTIN, Vladimir Vladimirovich', 'person');
    assert.equal(out[0], 'putin vladimir vladimirovich');
    assert.ok(out.includes('vladimir vladimirovich putin'));
  });

  it('splits and joins hyphenated given names', () => {
    const out = renderings('Kim Jong-un', 'person');
    assert.ok(out.includes('kim jong un'));
    assert.ok(out.includes('kim jongun'));
  });

  it('reads a Polish ż as zh in a person\'s name, beside the bare z', () => {
    assert.ok(renderings('Aleksiej Żurawlow', 'person').includes('aleksiej zhurawlow'));
    assert.ok(renderings('Aleksiej Żurawlow', 'person').includes('aleksiej zurawlow'));
    assert.ok(!renderings('Aleksiej Zurawlow', 'person').includes('aleksiej zhurawlow'));
  });

  it('removes legal forms and expands abbreviations for organisations', () => {
    const a = analyzeName('GUANGZHOU HAIGE COMM GRP Co., Ltd.', 'organization');
    assert.equal(a.variants[0]?.tokens.join(' '), 'guangzhou haige communication group');
    assert.deepEqual(a.legalForms, ['co ltd']);
    assert.equal(renderings('ZTE Corp.', 'organization')[0], 'zte');
    assert.equal(renderings('Société Générale S.A.', 'organization')[0], 'societe generale');
    // Import & Export as trading companies abbreviate it, and the industrial of Chinese registrations.
    assert.equal(renderings('Genl Tech Grp Dalian Machine Tool Imp & Exp Co Ltd', 'organization')[0], renderings('GENERAL TECHNOLOGY GROUP DALIAN MACHINE TOOL IMPORT & EXPORT CO LTD', 'organization')[0]);
    assert.equal(renderings('Dandong Dongyuan Indl Co Ltd', 'organization')[0], renderings('DANDONG DONGYUAN INDUSTRIAL CO., LTD.', 'organization')[0]);
    assert.equal(renderings('Doubair Gen. Trdg Co L.L.C.', 'organization')[0], renderings('Doubair General Trading Co. LLC', 'organization')[0]);
    // Aircraft and aviation for the one Russian авиационный; Tech. for technical; Archit.
    assert.equal(renderings('150 Aviation Repair Plant', 'organization')[0], renderings('150 AIRCRAFT REPAIR PLANT', 'organization')[0]);
    assert.equal(renderings('Archit. & Tech. Services', 'organization')[0], renderings('ARCHITECTURAL AND TECHNICAL SERVICES', 'organization')[0]);
    // Turkish San. ve Tic. Ltd. Şti. (Sanayi ve Ticaret Limited Şirketi), and HK for Hong Kong as one word.
    assert.equal(renderings('Elektropanel San. ve Tic. Ltd. Şti.', 'organization')[0], 'elektropanel industry ve trading');
    assert.equal(renderings('ELEKTROPANEL SANAYI VE TICARET LIMITED SIRKETI', 'organization')[0], 'elektropanel sanayi ve ticaret');
    assert.equal(renderings('Ace Electronics (HK) Co., Limited', 'organization')[0], 'ace electronic hongkong');
    // Chinese legal forms in pinyin: Youxian Gongsi is Co., Ltd.
    assert.equal(renderings('Chengdu Suanze Keji Youxian Gongsi', 'organization')[0], 'chengdu suanze keji');
    assert.equal(renderings('Jiangxi Hongdu Gufen Youxian Gongsi', 'organization')[0], 'jiangxi hongdu');
    // A name of unknown kind keeps Gen and San as written: they are also parts of personal names.
    assert.equal(renderings('Gen San', 'unknown')[0], 'gen san');
  });

  it('keeps a name made only of a legal form', () => {
    assert.equal(renderings('Company Limited', 'organization')[0], 'company limited');
  });

  it('romanises Chinese persons per syllable and with the given name joined', () => {
    const out = renderings('习近平', 'person');
    assert.equal(out[0], 'xi jin ping');
    assert.ok(out.includes('xi jinping'));
    assert.ok(out.includes('hsi chin ping'));
  });

  it('reads Simplified and Traditional organisation names alike and removes Chinese legal forms', () => {
    const simplified = analyzeName('中兴通讯股份有限公司', 'organization');
    const traditional = analyzeName('中興通訊', 'organization');
    assert.deepEqual(simplified.legalForms, ['股份有限公司']);
    assert.equal(simplified.variants[0]?.tokens.join(' '), 'zhongxing tongxun');
    assert.deepEqual(traditional.variants[0]?.tokens, simplified.variants[0]?.tokens);
    assert.ok(renderings('广州海格通信集团', 'organization').includes('guangzhou haige communication group'));
  });

  it('romanises Korean names in McCune-Reischauer and Revised Romanization', () => {
    const out = renderings('김정은', 'person');
    assert.equal(out[0], 'kim jong un');
    assert.ok(out.includes('kim jongun'));
    assert.ok(out.includes('gim jeong eun'));
    assert.equal(renderings('리설주', 'person')[0], 'ri sol ju');
    assert.equal(renderings('최룡해', 'person')[0], 'choe ryong hae');
    assert.deepEqual(analyzeName('삼성전자 주식회사', 'organization').legalForms, ['주식회사']);
  });

  it('romanises Cyrillic in ICAO, BGN/PCGN and the Ukrainian system', () => {
    const out = renderings('Путин Владимир Владимирович', 'person');
    assert.equal(out[0], 'putin vladimir vladimirovich');
    assert.ok(renderings('Володимир Зеленський', 'person').includes('volodymyr zelenskyi'));
    const org = analyzeName('ООО "Ромашка"', 'organization');
    assert.equal(org.variants[0]?.tokens.join(' '), 'romashka');
  });

  it('romanises Arabic with the usual spellings of common names', () => {
    assert.equal(renderings('محمد علي')[0], 'muhammad ali');
    assert.ok(renderings('عبد الله').includes('abd allah'));
  });

  it('falls back to any-ascii for other scripts', () => {
    assert.equal(renderings('ウラジーミル・プーチン')[0], 'urajimiru puchin');
    assert.equal(analyzeName('ウラジーミル・プーチン').script, 'kana');
  });

  it('gives no variant to text without letters or digits', () => {
    for (const value of ['', '   ', '😀😀', '!!!', '\u200f\u202e']) assert.deepEqual(analyzeName(value).variants, []);
  });

  it('cuts pathological inputs and says so', () => {
    const a = analyzeName('Ab '.repeat(5000));
    assert.equal(a.truncated, true);
    assert.ok(a.variants.length > 0);
  });
});

describe('analyzeName kinds', () => {
  it('keeps name-like abbreviations in names of unknown kind and expands them for organisations', () => {
    assert.equal(analyzeName('Eng Kim Leng').variants[0]?.tokens.join(' '), 'eng kim leng');
    assert.equal(analyzeName('Hanoi Eng Co', 'organization').variants[0]?.tokens.join(' '), 'hanoi engineering');
  });

  it('joins the given-name syllables of short personal names', () => {
    assert.ok(analyzeName('Xi Jin Ping', 'person').variants.some((v) => v.tokens.join(' ') === 'xi jinping'));
    assert.ok(analyzeName('KIM, Jong Un', 'person').variants.some((v) => v.tokens.join(' ') === 'jongun kim'));
  });

  it('keeps digits next to other scripts', () => {
    assert.equal(analyzeName('中兴2000', 'organization').variants[0]?.tokens.join(' '), 'zhongxing 2000');
  });

  it('reads names of other kinds without legal-form removal', () => {
    assert.equal(analyzeName('Sea Star Co', 'vessel').variants[0]?.tokens.join(' '), 'sea star co');
  });
});

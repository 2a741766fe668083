import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyzeName } from '../../src/names/index.js';
import { romanizeArabicWord, withoutLegalFormInitials, withoutLegalFormWords } from '../../src/names/arabic.js';
import { spelledInitialismAt } from '../../src/names/arabic-letter-names.js';

function translations(value: string): string[] {
  return analyzeName(value, 'organization').variants.filter((r) => r.via === 'arabic-translated').map((r) => r.tokens.join(' '));
}

describe('Arabic and Persian organisation words', () => {
  it('translates future, and keeps a jim read as a hard g in a loanword (Mirage)', () => {
    const cases: Array<[string, string]> = [
      // مستقبل, future; ش.م.ب the Bahraini legal form, dropped
      ['بنك المستقبل ش.م.ب', 'bank future'],
      ['تيار المستقبل', 'tyar future'],
      // ميراج, the loanword mirage: jim read g, as Egyptian names and foreign words are
      ['ميراج للهندسة والتجارة', 'mirag engineering trading'],
    ];
    for (const [name, english] of cases) assert.ok(translations(name).includes(english), `${name}: ${translations(name).join(' / ')}`);
  });

  it('translates international, entertainment, bi-national and the states joint banks name', () => {
    const cases: Array<[string, string]> = [
      // بین‌الملل written with a zero-width non-joiner, a space, or joined
      ['بانک سپه بین\u200cالملل', 'bank sapeh international'],
      ['بانک سپه بین الملل', 'bank sapeh international'],
      ['بانک سپه بینالمللی', 'bank sapeh international'],
      // للمشاريع: li + al before projects; الترفيهية, of entertainment or leisure
      ['الإنماء للمشاريع الترفيهية', 'inama project entertainment'],
      ['الإنماء للمشاريع الترفيهية', 'inama project leisure'],
      // دو ملیتی, bi-national; ونزوئلا Venezuela
      ['بانک دو ملیتی ایران و ونزوئلا', 'bank bi national iran and venezuela'],
    ];
    for (const [name, english] of cases) assert.ok(translations(name).includes(english), `${name}: ${translations(name).join(' / ')}`);
  });

  it('translates investment, development, special units, branch, agency and plural research, and keeps tose-e melli', () => {
    const cases: Array<[string, string]> = [
      // سرمایه‌گذاری with a zero-width non-joiner or joined
      ['شرکت سرمایه\u200cگذاری توسعه ملی', 'investment development national'],
      ['شرکت سرمایهگذاری توسعه ملی', 'investment tose e melli'],
      ['یگان ویژه', 'units special'],
      ['مؤسسة الحرمين فرع أفغانستان', 'foundation haramin branch afghanistan'],
      ['سازمان فضایی ایران', 'agency space iran'],
      ['سازمان پژوهش\u200cهای نوین دفاعی', 'organization research new defense'],
    ];
    for (const [name, english] of cases) assert.ok(translations(name).includes(english), `${name}: ${translations(name).join(' / ')}`);
  });
});

describe('Arabic legal forms written as initials', () => {
  it('leaves out ش.م.ل, ذ.م.م and the other legal forms at the end of a name, and nothing else', () => {
    const cases: Array<[string, string]> = [
      ['أطلس القابضة ش.م.ل', 'atalas holding'],
      ['أطلس القابضة ش م ل', 'atalas holding'],
      ['الأمل للتجارة ذ.م.م', 'amal trading'],
      ['شركة النور ش.م.ع', 'nur'],
    ];
    for (const [name, english] of cases) assert.ok(translations(name).includes(english), `${name}: ${translations(name).join(' / ')}`);
    assert.deepEqual(withoutLegalFormInitials(['اطلس', 'ب', 'ج', 'د']), ['اطلس', 'ب', 'ج', 'د'], 'initials no legal form spells');
    assert.deepEqual(withoutLegalFormInitials(['ش', 'م', 'ل']), ['ش', 'م', 'ل'], 'nothing else left');
  });

  it('returns the words or a shorter start of them, never empty', () => {
    const letter = fc.constantFrom('ش', 'م', 'ل', 'ع', 'ذ', 'ب');
    const word = fc.oneof(letter, fc.constantFrom('اطلس', 'القابضة', 'شركة'));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), (words) => {
        const out = withoutLegalFormInitials(words);
        assert.ok(out.length > 0 && out.length <= words.length);
        assert.deepEqual(out, words.slice(0, out.length));
      }),
    );
  });
});

describe('Arabic and Persian words of company names (round 19)', () => {
  const readings = (value: string) => analyzeName(value, 'organization').variants.map((r) => r.tokens.join(' '));
  it('translates establishment, remittance, aviation, Alborz and joined Persian -سازی industries', () => {
    const cases: Array<[string, string]> = [
      // مؤسسة: Establishment in company names, Foundation in charities'
      ['مؤسسة الزهراء للتجارة', 'establishment zahara trading'],
      ['مؤسسة الحرمين', 'foundation haramin'],
      // والتحويلات: wa + al before transfers, Remittance in exchange houses' English names
      ['شركة نابكو للصرافة والتحويلات', 'nabaku exchange remittance'],
      // هوایی: Aviation in industry names, Air in others'
      ['سازمان صنایع هوایی ایران', 'organization industry aviation iran'],
      ['نیروی هوایی', 'force air'],
      // البرز: the province, not al + برز
      ['مجتمع فولاد غرب البرز', 'complex steel west alborz'],
      // سازی written joined to its product
      ['شرکت تراکتورسازی ایران', 'tractor manufacturing iran'],
      ['شرکت ماشینسازی اراک', 'machinery manufacturing arak'],
    ];
    for (const [name, english] of cases) assert.ok(translations(name).includes(english), `${name}: ${translations(name).join(' / ')}`);
    // A word ending in سازی whose stem is no term is left as written.
    assert.ok(!translations('شرکت بهسازی').some((t) => t.includes('manufacturing')), translations('شرکت بهسازی').join(' / '));
  });

  it('spells the given name Majid as English does, not letter by letter (majad)', () => {
    const spelled = analyzeName('ماجد الزير', 'person').variants.filter((v) => v.via === 'arabic').map((v) => v.tokens.join(' '));
    assert.ok(spelled.some((r) => r.split(' ').includes('majid')), spelled.join(' / '));
  });

  it('reads a final taa marbuta after alef as -at', () => {
    assert.equal(romanizeArabicWord('حياة'), 'hyat');
    assert.equal(romanizeArabicWord('نجاة'), 'najat');
    assert.equal(romanizeArabicWord('مدرسة'), 'madarasa');
  });

  it('leaves out a legal form written in words at the end of a name, and nothing else', () => {
    assert.ok(readings('نغم الحياة المحدودة').includes('ngam al hyat'), readings('نغم الحياة المحدودة').join(' / '));
    assert.deepEqual(withoutLegalFormWords(['نغم', 'الحياة', 'ذات', 'المسؤولية', 'المحدودة']), ['نغم', 'الحياة']);
    assert.deepEqual(withoutLegalFormWords(['شركة', 'محدودة', 'المسؤولية']), ['شركة']);
    assert.deepEqual(withoutLegalFormWords(['المحدودة']), ['المحدودة'], 'nothing else left');
    assert.deepEqual(withoutLegalFormWords(['المحدودة', 'نغم']), ['المحدودة', 'نغم'], 'not at the end');
  });

  it('returns the words or a shorter start of them, never empty', () => {
    const word = fc.constantFrom('نغم', 'الحياة', 'ذات', 'المسؤولية', 'المحدودة', 'محدودة', 'مسئولية', 'شركة');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (words) => {
        const out = withoutLegalFormWords(words);
        assert.ok(out.length > 0 && out.length <= words.length);
        assert.deepEqual(out, words.slice(0, out.length));
      }),
    );
  });
});

describe('Arabic and Persian words of exchange, industry, prison and media names', () => {
  it('translates money transfers, production, acid, greater, penitentiary and press', () => {
    const cases: Array<[string, string]> = [
      ['شركة سكسوك للصرافة والحوالات', 'sakasuk exchange money transfer'],
      ['شرکت تولید اسید زنجان', 'production acid zanajan'],
      ['زندان تهران بزرگ', 'prison taharan great'],
      ['زندان تهران بزرگ', 'penitentiary taharan greater'],
      ['گروه صنعتی ندا', 'group industry neda'],
      ['شبکه تلویزیون پرس', 'network television press'],
    ];
    for (const [name, english] of cases) assert.ok(translations(name).includes(english), `${name}: ${translations(name).join(' / ')}`);
  });

  it('reads English initialisms spelled out in letter names, two letters or more', () => {
    const cases: Array<[string, string]> = [
      // tv is read as the abbreviation table files it, television.
      ['پرس تی وی', 'press television'],
      ['شبکه بی بی سی', 'network bbc'],
      ['شركة سي ان ان', 'cnn'],
    ];
    for (const [name, english] of cases) assert.ok(translations(name).some((t) => t.endsWith(english)), `${name}: ${translations(name).join(' / ')}`);
    // One letter name alone is a word of the name, read as written.
    assert.ok(!translations('شرکت تی').some((t) => t.endsWith(' t')), translations('شرکت تی').join(' / '));
  });
});

describe('spelledInitialismAt', () => {
  const names: Array<[string, string]> = [['بی', 'b'], ['سی', 'c'], ['دی', 'd'], ['اف', 'f'], ['تی', 't'], ['وی', 'v'], ['ان', 'n'], ['ام', 'm'], ['آر', 'r'], ['اس', 's']];
  const folded = (word: string) => word.replace(/ی/gu, 'ي');
  it('joins every run of two letter names or more into its letters, and takes nothing else', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...names), { minLength: 2, maxLength: 6 }), fc.constantFrom([], ['شرکت']), (letters, after) => {
        const words = [...letters.map(([w]) => folded(w)), ...after];
        assert.deepEqual(spelledInitialismAt(words, 0), [letters.map(([, l]) => l).join(''), letters.length]);
      }),
    );
  });
  it('reads no initialism from one letter name', () => {
    fc.assert(fc.property(fc.constantFrom(...names), ([w]) => assert.equal(spelledInitialismAt([folded(w), 'شرکت'], 0), undefined)));
  });
});

describe('Persian words of power, design and engineering bodies', () => {
  it('translates power generation, management, design bureau, propulsion systems, research centre and technic', () => {
    const cases: Array<[string, string]> = [
      // تولید برق, written as two words, is Power or Electricity Generation
      ['شرکت تولید برق دماوند', 'power generation damavanad'],
      ['شرکت مدیریت تولید برق گیلان', 'management electricity generation gilan'],
      // سامانه‌های, systems, with a zero-width non-joiner or joined
      ['دفتر طراحی سامانه\u200cهای پیشران', 'bureau design system propulsion'],
      ['دفتر طراحی سامانههای پیشران', 'bureau design system propulsion'],
      ['پژوهشگاه فضایی ایران', 'research center space iran'],
      ['شرکت ایواز تکنیک', 'ayavaz technic'],
    ];
    for (const [name, english] of cases) assert.ok(translations(name).includes(english), `${name}: ${translations(name).join(' / ')}`);
  });
});

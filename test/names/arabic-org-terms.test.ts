import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyzeName } from '../../src/names/index.js';
import { withoutLegalFormInitials } from '../../src/names/arabic.js';

function translations(value: string): string[] {
  return analyzeName(value, 'organization').variants.filter((r) => r.via === 'arabic-translated').map((r) => r.tokens.join(' '));
}

describe('Arabic and Persian organisation words', () => {
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

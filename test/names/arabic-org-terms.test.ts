import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeName } from '../../src/names/index.js';

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

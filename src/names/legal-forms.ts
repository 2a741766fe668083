/**
 * Legal forms of organisations, written as the token sequences normalizeText produces
 * ('Co., Ltd.' → 'co ltd', 'S.A. de C.V.' → 's a de c v'). Removing them keeps 'ZTE Corp' and
 * 'ZTE Corporation' equal and stops 'Co Ltd' from making two unrelated companies look alike.
 */

/** Forms that are safe to remove anywhere in an organisation name: nobody's name contains them by chance. */
export const UNAMBIGUOUS_FORMS: readonly string[] = [
  // English-speaking world
  'company limited', 'co ltd', 'co limited', 'company ltd', 'corp ltd', 'pty ltd', 'pvt ltd', 'private limited',
  'pte ltd', 'public limited company', 'limited liability company', 'limited liability partnership', 'limited partnership',
  'ltd', 'llc', 'l l c', 'llp', 'l l p', 'plc', 'inc', 'incorporated',
  // Joint venture companies, as DPRK and Russian listings write them (Hana Electronics JVC, Ocean Bunkering JV Co):
  // the form, not the name, as Korean 합영회사 is.
  'joint venture company', 'joint venture co', 'jv company', 'jv co', 'jvc',
  // Russia, Ukraine, Belarus, Kazakhstan, Central Asia (Latin renderings)
  'ooo', 'oao', 'zao', 'pao', 'jsc', 'ojsc', 'cjsc', 'pjsc', 'cjs', 'cjs co', 'tov', 'prat', 'odo',
  // Joint-stock (commercial) banks and federal state unitary enterprises, abbreviated before the name (AKB Sobinbank, FGUP ...)
  'akb', 'jsb', 'jscb', 'fgup', 'gup',
  'joint stock company', 'closed joint stock company', 'open joint stock company', 'public joint stock company',
  'aktsionernoe obshchestvo', 'aktsionernoye obshchestvo', 'otkrytoe aktsionernoe obshchestvo', 'zakrytoe aktsionernoe obshchestvo',
  'publichnoe aktsionernoe obshchestvo', 'obshchestvo s ogranichennoi otvetstvennostyu', 'obshchestvo s ogranichennoy otvetstvennostyu',
  'obshchestvo s ogranichennoi otvetstvennostiu', 'tovarishchestvo s ogranichennoi otvetstvennostyu',
  'federalnoe gosudarstvennoe unitarnoe predpriyatie', 'gosudarstvennoe unitarnoe predpriyatie',
  // China, in pinyin: Youxian Gongsi (Co., Ltd.), Youxian Zeren Gongsi (LLC), Gufen Youxian Gongsi (Co., Ltd., by shares)
  'youxian gongsi', 'youxian zeren gongsi', 'gufen youxian gongsi',
  // Turkey: Limited Şirketi and Anonim Şirketi, and their abbreviations (Ltd. Şti.)
  'limited sirketi', 'ltd sti', 'anonim sirketi',
  // German-speaking and Nordic
  'gmbh', 'gesellschaft mit beschrankter haftung', 'gesellschaft mbh', 'mbh', 'aktiengesellschaft', 'gmbh and co kg', 'kgaa',
  // GmbH & Co. KG and KG written out, and the Austrian abbreviation of GmbH (Ges.m.b.H.).
  'gmbh and co kommanditgesellschaft', 'kommanditgesellschaft', 'ges m b h', 'gesmbh', 'g m b h', 'ohg', 'ug haftungsbeschrankt',
  'aktiebolag', 'aksjeselskap', 'oyj',
  // Romance languages
  's a de c v', 'sa de cv', 's a b de c v', 'sab de cv', 's a p i de c v', 'sapi de cv', 's de r l de c v', 's de rl de cv', 's de r l', 's de rl', 'sociedad anonima',
  'sociedad por acciones simplificada', 'sociedad limitada', 's l u', 'slu',
  'societe anonyme', 'sarl', 's a r l', 'sas', 's a s', 'spa', 's p a', 'societa per azioni', 'srl', 's r l', 'ltda', 'eireli',
  'sociedade anonima', 'sociedad de responsabilidad limitada', 'societe a responsabilite limitee', 'societa a responsabilita limitata',
  // Romania and Moldova: SRL and SA written out
  'societatea cu raspundere limitata', 'societate cu raspundere limitata', 'societatea pe actiuni', 'societate pe actiuni',
  // Benelux
  'b v', 'n v', 'besloten vennootschap', 'naamloze vennootschap', 'bvba',
  // South and South-East Asia, Middle East
  'kabushiki kaisha', 'kabushiki gaisha',
  'sdn bhd', 'bhd', 'berhad', 'sendirian berhad', 'tbk', 'fze', 'fzco', 'fz llc', 'fzc', 'fz co', 'wll', 'w l l', 'saog', 'saoc',
  'free zone establishment', 'free zone company',
  'sp z o o', 'spolka z ograniczona odpowiedzialnoscia', 'kft', 'zrt', 'nyrt', 'd o o', 'doo', 'ead', 'eood',
  'sro', 's r o',
];

/** Common words that are legal forms at the start or end of a name ('Acme Trading Company'). */
export const EDGE_ONLY_FORMS: readonly string[] = [
  'co', 'company', 'corp', 'corporation', 'limited', 'pty', 'pvt', 'pte', 'ltd co',
  // Joint venture, written out, where it is left at an edge once 'Company Limited' is gone (First Oil
  // Joint Venture Company Limited, First Oil JV Co Ltd): the form JV, which SHORT_FORMS removes, spelt out.
  'joint venture',
];

/**
 * Short forms that are also parts of personal names (Iyad Ag Ghali, Sa Van ...): removed only
 * from names known to be organisations, and only at the start or end.
 */
export const SHORT_FORMS: readonly string[] = [
  'sa', 's a', 'ag', 'kg', 'nv', 'bv', 'ab', 'oy', 'pt', 'cv', 'ao', 'ip', 'se', 'lp', 'pc', 'sl', 'jv', 'as', 'ad', 'a s', 'a d',
  // Ukrainian PAT and Kazakh TOO, which are also a familiar given name (Pat Fallon) and an English word.
  'pat', 'too',
];

/** Cyrillic legal forms, matched on the original tokens before transliteration. */
export const CYRILLIC_FORMS: readonly string[] = [
  'ооо', 'оао', 'зао', 'пао', 'ао', 'нао', 'тоо', 'одо', 'чуп', 'уп', 'ип', 'фгуп', 'гуп', 'муп', 'тов', 'пат', 'прат', 'зат', 'ват',
  'общество с ограниченной ответственностью', 'открытое акционерное общество', 'закрытое акционерное общество',
  'публичное акционерное общество', 'акционерное общество', 'непубличное акционерное общество',
  'товарищество с ограниченной ответственностью', 'товариство з обмеженою відповідальністю',
  'федеральное государственное унитарное предприятие', 'государственное унитарное предприятие',
];

/**
 * Legal forms written without spaces in Chinese, Japanese and Korean, longest first so that
 * 股份有限公司 wins over 有限公司. 集团 (group) is not here: it is part of the name.
 */
export const CJK_FORMS: readonly string[] = [
  '股份有限公司', '有限责任公司', '有限責任公司', '股份公司', '有限公司', '总公司', '總公司', '分公司', '公司',
  '株式会社', '有限会社', '合同会社', '合資会社', '合名会社', '(株)', '（株）', '㈱',
  '주식회사', '유한회사', '유한책임회사', '(주)', '㈜',
];

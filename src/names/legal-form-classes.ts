/**
 * Classes of legal forms: which kind of company a legal form makes, so that two names that differ
 * only in a form of another class (Deutsche Bank AG, Deutsche Bank GmbH) are told apart while the
 * same class in another language or script meets (OOO = LLC = GmbH, ZAO = CJSC, OAO = OJSC, AG = SA).
 * Forms are written as the token sequences normalizeText produces, as in legal-forms.ts. Sources:
 * the company laws that define them (German AktG and GmbHG, Russian Civil Code arts. 66-123 and the
 * law on non-commercial organisations, US state corporation and LLC acts, UK Companies Act 2006),
 * as summarised in the ISO 20275 entity legal forms list.
 */

/** Bit flags: a form may belong to more than one class. */
export const LEGAL_FORM_CLASS = {
  stock: 1,
  limitedLiability: 2,
  nonProfit: 4,
  partnership: 8,
} as const;

const { stock: STOCK, limitedLiability: LIMITED, nonProfit: NON_PROFIT, partnership: PARTNERSHIP } = LEGAL_FORM_CLASS;

/**
 * A branch or representative office is no legal person of its own: it is the company it belongs
 * to, whatever that company's form, so it meets every class.
 */
export const EVERY_CLASS = STOCK | LIMITED | NON_PROFIT | PARTNERSHIP;

/**
 * 'Ltd' and 'Limited' name private and public companies alike in the Commonwealth (a public company
 * is often 'X Limited' in India, Nigeria or Hong Kong), and 'Co Ltd' is the usual rendering of a
 * Chinese, Japanese or Korean joint-stock company: such forms belong to both classes. So does the
 * Malay 'Berhad' (limited), which ends both the private 'Sdn Bhd' and the public 'Bhd', and is
 * written alone for either.
 */
const LIMITED_OR_STOCK = STOCK | LIMITED;

export const LEGAL_FORM_CLASSES: ReadonlyMap<string, number> = new Map<string, number>([
  // Stock corporations: shares, a board, possibly listed.
  ...[
    'ag', 'aktiengesellschaft', 'sa', 's a', 'societe anonyme', 'sociedad anonima', 'sociedade anonima', 'spa', 's p a',
    'societa per azioni', 'nv', 'n v', 'naamloze vennootschap', 'plc', 'public limited company', 'inc', 'incorporated',
    'corp', 'corporation', 'jsc', 'ojsc', 'cjsc', 'pjsc', 'cjs', 'cjs co', 'oao', 'zao', 'pao', 'ao', 'prat', 'pat', 'akb', 'jsb', 'jscb',
    'joint stock company', 'closed joint stock company', 'open joint stock company', 'public joint stock company',
    'aktsionernoe obshchestvo', 'aktsionernoye obshchestvo', 'otkrytoe aktsionernoe obshchestvo',
    'zakrytoe aktsionernoe obshchestvo', 'publichnoe aktsionernoe obshchestvo', 'kabushiki kaisha', 'kabushiki gaisha',
    'kk', 'ab', 'aktiebolag', 'as', 'a s', 'aksjeselskap', 'oyj', 'kgaa', 'sas', 's a s', 'sa de cv', 's a de c v',
    's a b de c v', 'sab de cv', 's a p i de c v', 'sapi de cv', 'ead', 'zrt', 'nyrt', 'tbk', 'se',
    'societatea pe actiuni', 'societate pe actiuni', 'saog', 'saoc',
    'оао', 'зао', 'пао', 'ао', 'нао', 'прат', 'пат', 'зат', 'ват', 'открытое акционерное общество',
    'закрытое акционерное общество', 'публичное акционерное общество', 'акционерное общество', 'непубличное акционерное общество',
    '株式会社', '股份有限公司', '股份公司', '주식회사', '(주)', '㈜', '(株)', '（株）', '㈱',
  ].map((form) => [form, STOCK] as const),
  // Limited liability companies: shares or stakes without a market, members not liable.
  ...[
    'gmbh', 'gesellschaft mit beschrankter haftung', 'gesellschaft mbh', 'mbh', 'ges m b h', 'gesmbh', 'g m b h', 'ug haftungsbeschrankt', 'llc', 'l l c', 'limited liability company',
    'ooo', 'tov', 'too', 'odo', 'obshchestvo s ogranichennoi otvetstvennostyu', 'obshchestvo s ogranichennoy otvetstvennostyu',
    'obshchestvo s ogranichennoi otvetstvennostiu', 'tovarishchestvo s ogranichennoi otvetstvennostyu', 'sarl', 's a r l',
    'societe a responsabilite limitee', 'srl', 's r l', 'societa a responsabilita limitata', 'societatea cu raspundere limitata',
    'societate cu raspundere limitata', 'bv', 'b v', 'besloten vennootschap', 'bvba', 'ltda', 'eireli', 'sociedad limitada',
    'sociedad de responsabilidad limitada', 's de r l', 's de rl de cv', 's de r l de c v', 'sl', 's l u', 'slu', 'sp z o o',
    'spolka z ograniczona odpowiedzialnoscia', 'sro', 's r o', 'd o o', 'doo', 'kft', 'eood', 'sdn bhd', 'sendirian berhad',
    'pty ltd', 'pvt ltd', 'private limited', 'pte ltd', 'fz llc', 'wll', 'w l l', 'yugen kaisha',
    'ооо', 'тоо', 'одо', 'тов', 'общество с ограниченной ответственностью', 'товарищество с ограниченной ответственностью',
    'товариство з обмеженою відповідальністю', '有限责任公司', '有限責任公司', '有限会社', '合同会社', '유한회사', '유한책임회사',
  ].map((form) => [form, LIMITED] as const),
  ...['ltd', 'limited', 'co ltd', 'co limited', 'company limited', 'company ltd', 'corp ltd', 'berhad', 'bhd', '有限公司'].map(
    (form) => [form, LIMITED_OR_STOCK] as const,
  ),
  // A limited partnership whose partner is a GmbH: written 'GmbH & Co. KG' and, as often, 'GmbH' alone.
  ['gmbh and co kg', PARTNERSHIP | LIMITED],
  ['gmbh and co kommanditgesellschaft', PARTNERSHIP | LIMITED],
  // Non-profit organisations: no owners to share a profit.
  ...[
    'ano', 'nko', 'e v', 'ev', 'eingetragener verein', 'ggmbh', 'stiftung', 'foundation', 'association', 'fond',
    'avtonomnaya nekommercheskaya organizatsiya', 'nekommercheskoe partnerstvo', 'ано', 'нко', 'фонд',
    'автономная некоммерческая организация', 'некоммерческое партнерство',
  ].map((form) => [form, NON_PROFIT] as const),
  // Partnerships: partners liable, at least some of them without limit.
  ...[
    'kg', 'ohg', 'kommanditgesellschaft', 'lp', 'l p', 'limited partnership', 'snc', 's n c', 'scs', 'partnership', '合資会社', '合名会社',
  ].map((form) => [form, PARTNERSHIP] as const),
  // A limited liability partnership: a partnership whose members are not liable, between the two classes.
  ...['llp', 'l l p', 'limited liability partnership'].map((form) => [form, PARTNERSHIP | LIMITED] as const),
  ...['branch', 'representative office', 'filial', 'filiale', 'zweigniederlassung', 'predstavitelstvo', 'филиал', 'представительство', '分公司'].map(
    (form) => [form, EVERY_CLASS] as const,
  ),
]);

/** The longest form in words, to bound the look at a name's edges. */
export const LONGEST_FORM_WORDS = Math.max(...[...LEGAL_FORM_CLASSES.keys()].map((form) => form.split(' ').length));

/**
 * English loanwords of company names as Russian spells them, written back in Latin letters (Alyans
 * Riteil, Alliance Retail; Treiding, Trading; Kholding, Holding), mapped to the English word the
 * abbreviation table uses. Written for the project from knowledge of Russian loanword spelling:
 * English -ai- and -ei- become -ei-/-ey- (ритейл, riteil, riteyl), -ll- one l (альянс, alyans,
 * alians), h becomes kh (холдинг, kholding), and the spellings of the usual transliterations
 * (BGN -y-, ICAO -i-). Whole tokens only.
 */
export const RUSSIAN_LOANWORDS: Readonly<Record<string, string>> = {
  // альянс, alliance
  alyans: 'alliance', alians: 'alliance', aliyans: 'alliance', aljans: 'alliance',
  // ритейл, ритейлер, retail, retailer
  riteil: 'retail', riteyl: 'retail', ritejl: 'retail', riteyler: 'retail', riteiler: 'retail',
  // трейдинг, trading
  treiding: 'trading', treyding: 'trading', trejding: 'trading',
  // холдинг, holding (Golding, a surname, is left out)
  kholding: 'holding',
  // групп, group, as a brand's loanword (Grupp), beside the Russian gruppa in org-terms.ts
  grupp: 'group',
  // консалтинг, consulting; лизинг, leasing
  konsalting: 'consulting', lizing: 'leasing',
  // менеджмент, management; сервис, service; инжиниринг is in org-terms.ts
  // композит, composite (AO Kompozit, JSC Composite), with its plural and genitive plural
  kompozit: 'composite', kompozity: 'composite', kompozitov: 'composite', kompozitnyy: 'composite', kompozitnye: 'composite',
  menedzhment: 'management', menedzment: 'management', servis: 'service',
};

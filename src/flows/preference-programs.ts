/**
 * The trade preference each partner's goods may enter under, as the special program indicator of the
 * HTS column 1 special rates (general note 3(c)): the free trade agreements in force with partners of the
 * import weights. `S` is the USMCA: qualifying goods also escape the chapter 99 duties that exempt them
 * (the Canada and Mexico IEEPA duties, Section 122, part of Section 232 on vehicles). A lapsed program
 * (the engine knows their dates) is not applied.
 */
export const PREFERENCE_PROGRAMS: Readonly<Record<string, string>> = {
  CA: 'S',
  MX: 'S',
  AU: 'AU',
  BH: 'BH',
  CL: 'CL',
  CO: 'CO',
  IL: 'IL',
  JO: 'JO',
  KR: 'KR',
  MA: 'MA',
  OM: 'OM',
  PA: 'PA',
  PE: 'PE',
  SG: 'SG',
  // CAFTA-DR
  CR: 'P',
  DO: 'P',
  GT: 'P',
  HN: 'P',
  NI: 'P',
  SV: 'P',
  // The US-Japan Trade Agreement (a limited list of agricultural and industrial lines)
  JP: 'JP',
};

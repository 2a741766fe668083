/**
 * Countries as organisation names write them: the official long form, the short form, the
 * abbreviation ('Foreign Trade Bank of DPRK', listed as FOREIGN TRADE BANK OF THE DEMOCRATIC PEOPLE'S
 * REPUBLIC OF KOREA). Every form, as normalised tokens, is read as the tokens it is filed under, so
 * that two forms of one country meet word for word. A country that listings also name by a short
 * word alone keeps that word in the reading (korea in 'dprk korea': KOREA KWANGSON BANKING CORP).
 * Written for the project from the countries' names in English as the UN lists its member states,
 * and the abbreviations common in English usage.
 */
export const COUNTRY_FORMS: Readonly<Record<string, readonly string[]>> = {
  'dprk korea': [
    'dprk', 'democratic peoples republic of korea', 'democratic peoples republic korea', 'dpr korea', 'dpr of korea',
    'korea dpr', 'north korea',
  ],
  'rok korea': ['rok', 'republic of korea', 'south korea'],
  'prc china': ['prc', 'peoples republic of china'],
  uae: ['united arab emirates'],
  usa: ['united states of america', 'united states'],
  uk: ['united kingdom', 'great britain'],
  ussr: ['union of soviet socialist republics', 'soviet union'],
  // Persian names the country noun first (jomhuri-ye eslami-ye iran): a word-for-word translation keeps that order.
  iran: ['islamic republic of iran', 'republic islamic iran', 'republic of islamic iran'],
  syria: ['syrian arab republic'],
  // Rossii, of Russia, the genitive Russian names of state bodies end with (Minfin Rossii, Ministry of
  // Finance of the Russian Federation); Rossiya itself stays a name (AB Rossiya, a bank).
  russia: ['russian federation', 'rossii', 'rossiyskoy federatsii', 'rossiiskoi federatsii'],
};

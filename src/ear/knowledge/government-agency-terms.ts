/**
 * Words that show a party's name is that of a government agency, for Supp. No. 8(a) to Part 740 ("Government
 * agencies of the UAE, including the Ministry of Defense and Armed Forces ... This approval does not extend to
 * UAE state-owned corporations or to contractors or grantees of UAE government agencies"). A name is read as an
 * agency's only when it starts with one of the heads and carries none of the words of a company, a fund, a
 * school or a contractor; anything else is a fact to state.
 */

export const GOVERNMENT_AGENCY_HEADS: readonly RegExp[] = [
  /^(?:the )?(?:uae |united arab emirates )?ministry of\b/,
  /^(?:the )?(?:uae |united arab emirates )?(?:general headquarters of the )?armed forces\b/,
  /^(?:the )?(?:uae |united arab emirates )?general headquarters of the armed forces\b/,
  /^(?:the )?(?:uae |united arab emirates )?federal authority\b/,
  /^(?:the )?(?:uae |united arab emirates )?(?:presidential|national) guard\b/,
];

/** Words of a corporation, a contractor or a grantee: such a name is not read as an agency's. */
export const NOT_AN_AGENCY = /\b(?:llc|l\.l\.c|pjsc|p\.j\.s\.c|psc|fze|fzco|fz|company|co|corp|corporation|group|holding|holdings|ltd|limited|inc|contracting|contractors?|grantees?|establishment|trading|industries|investments?|fund|bank|university|college|institute|services|solutions|technologies|systems)\b/;

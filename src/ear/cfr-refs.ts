/** The EAR sections a text points to ("See § 742.6(a)(6)(iii)(A) of the EAR", "see §§ 742.6 and 746.3"), as CFR references. */
export function cfrRefsIn(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/\b(7[3-7]\d\.\d+(?:\([a-zA-Z0-9]+\))*)/g)) out.add(`15 CFR ${m[1]}`);
  return [...out];
}

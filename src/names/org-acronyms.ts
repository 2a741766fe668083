/**
 * English acronyms of trades that organisations' names write either way (Pasargad Aryan ICT Co,
 * Pasargad Arian Information and Communication Technology Company), as the words they stand for.
 * Read in organisations' names only and as whole tokens, as the Russian institutional acronyms are:
 * three letters are other names' initials too. IT is left out: it is an English word.
 */
const ORG_ACRONYMS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    // information and communication(s) technology
    ict: 'information communication technology',
    // value-added services, the telecoms trade of services beyond calls (Mobile VAS Laboratory)
    vas: 'value added services',
  }).map(([acronym, english]) => [acronym, english.split(' ')]),
);

/**
 * IT after 'and' (& IT, and IT) in an organisation's name, where it is the trade beside another
 * (Communications & IT), not the English pronoun.
 */
const INFORMATION_TECHNOLOGY: readonly string[] = ['information', 'technology'];

/** The English words of IT when it follows 'and' in an organisation's name, or undefined. */
export function conjoinedItReading(token: string, previous: string | undefined): readonly string[] | undefined {
  return token === 'it' && previous === 'and' ? INFORMATION_TECHNOLOGY : undefined;
}

/** The English words a trade's acronym stands for in an organisation's name, or undefined. */
export function orgAcronymReading(token: string): readonly string[] | undefined {
  return ORG_ACRONYMS.get(token);
}

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { earCountryIso2 } from './country-names.js';
import { paragraphRefs } from './scope.js';
import type { ApprovedEntity, MeuItem, PackSupplements, RussiaHts, Table } from './supplements.js';

/**
 * Reads the supplements the engine needs from the regulation text folder (`ear/text` of the data
 * README). Files are found by the names the folder's manifest gives them; a table whose file is
 * missing, or whose content does not have the expected shape, is recorded as unavailable.
 */

export const TEXT_FILES = {
  supp744: 'ecfr-2026-09-24-transcribed/part-744-supplements-1-2-3.json',
  derived: 'ecfr-2026-09-24-transcribed/ear-derived-subset.json',
  supp746: 'ecfr-2026-09-24-transcribed/part-746-supplements-2-3-4intro.json',
  extracts740: 'ecfr-2026-09-24-transcribed/part-740-extracts.json',
  part772: 'part-772-2025-01.md',
} as const;

interface TextSection {
  id: string;
  cite: string;
  paragraphs: { label: string; text: string }[];
}

function readJson<T>(dir: string | undefined, file: string): T | string {
  if (!dir) return 'no regulation text folder was given to the build';
  const path = join(dir, file);
  if (!existsSync(path)) return `${file} is not in the regulation text folder`;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (err) {
    return `${file} is not valid JSON (${(err as Error).message})`;
  }
}

function unavailable<T>(why: string, citation: string): Table<T> {
  return { unavailable: why, citation };
}

function section(sections: TextSection[] | string, id: string): TextSection | string {
  if (typeof sections === 'string') return sections;
  return sections.find((s) => s.id === id) ?? `${id} is not in the file`;
}

function isoList(names: string[], where: string): string[] {
  return names.flatMap((n) => {
    const iso = earCountryIso2(n);
    if (!iso) throw new Error(`rules build: ${where}: cannot resolve "${n}" to ISO-2`);
    return [iso];
  });
}

function meuItems(sections: TextSection[] | string): Table<MeuItem[]> {
  const cite = '15 CFR 744 Supp. No. 2';
  const s = section(sections, '744 Supp. 2');
  if (typeof s === 'string') return unavailable(s, cite);
  const rows: MeuItem[] = [];
  for (const p of s.paragraphs) {
    const m = /^\([ivx]+\)\s+(\d[A-E]\d{3})\s+(.*)$/.exec(p.text.trim());
    if (!m?.[1] || !m[2]) continue;
    const eccn = m[1];
    const text = m[2];
    const named = paragraphRefs(text, eccn);
    const partial = /\blimited to\b/i.test(text) || named.length > 0;
    const item: MeuItem = { eccn, text, partial };
    if (partial && named.length > 0) {
      item.paragraphs = named;
      item.exhaustive = text.split(';').every((part) => paragraphRefs(part, eccn).length > 0);
    }
    rows.push(item);
  }
  if (rows.length < 40) return unavailable(`Supp. No. 2 to Part 744 read only ${rows.length} ECCNs (52 expected)`, cite);
  return { rows, citation: cite, file: TEXT_FILES.supp744 };
}

function nuclearExempt(sections: TextSection[] | string): Table<string[]> {
  const cite = '15 CFR 744 Supp. No. 3';
  const s = section(sections, '744 Supp. 3');
  if (typeof s === 'string') return unavailable(s, cite);
  const text = s.paragraphs.map((p) => p.text).join(' ');
  // The supplement is one line of names; two-word names are matched first.
  const found = new Set<string>();
  let rest = ` ${text.replace(/\(includes San Marino and Holy See\)/, ' San Marino Holy See ')} `;
  for (const n of ['New Zealand', 'United Kingdom', 'San Marino', 'Holy See']) {
    if (rest.includes(` ${n} `)) {
      found.add(earCountryIso2(n) ?? '');
      rest = rest.replace(` ${n} `, ' ');
    }
  }
  for (const word of rest.split(/\s+/).filter(Boolean)) {
    const iso = earCountryIso2(word);
    if (!iso) return unavailable(`cannot read "${word}" in Supp. No. 3 to Part 744`, cite);
    found.add(iso);
  }
  found.delete('');
  return { rows: [...found].sort(), citation: cite, file: TEXT_FILES.supp744 };
}

interface Derived {
  russiaHts?: RussiaHts;
  meuSupp2Destinations?: string[];
  partnerCountries?: { iso2: string; scope: string }[];
}

function russiaHts(derived: Derived | string): Table<RussiaHts> {
  const cite = '15 CFR 746 Supps. No. 2, 4, 5 and 7';
  if (typeof derived === 'string') return unavailable(derived, cite);
  const h = derived.russiaHts;
  const ok = (l: unknown) => Array.isArray(l) && l.length > 0 && l.every((c) => typeof c === 'string' && /^\d{6}$/.test(c));
  if (!h || !ok(h.supp2) || !ok(h.supp4) || !ok(h.supp5) || !ok(h.supp7)) return unavailable('the HTS-6 lists of Supps. 2, 4, 5 and 7 to Part 746 are missing or malformed', cite);
  return { rows: { supp2: h.supp2, supp4: h.supp4, supp5: h.supp5, supp7: h.supp7 }, citation: cite, file: TEXT_FILES.derived };
}

function gecc(derived: Derived | string): Table<string[]> {
  const cite = '15 CFR 746 Supp. No. 3';
  if (typeof derived === 'string') return unavailable(derived, cite);
  const rows = derived.partnerCountries?.filter((p) => /^full$/i.test(p.scope)).map((p) => p.iso2);
  if (!rows?.length) return unavailable('Supp. No. 3 to Part 746 is missing', cite);
  return { rows: rows.sort(), citation: cite, file: TEXT_FILES.derived };
}

function meuDestinations(derived: Derived | string): Table<string[]> {
  const cite = '15 CFR 744.21(a)(1)';
  if (typeof derived === 'string') return unavailable(derived, cite);
  const rows = derived.meuSupp2Destinations;
  if (!rows?.length || !rows.every((c) => /^[A-Z]{2}$/.test(c))) return unavailable('the § 744.21(a)(1) destinations are missing', cite);
  return { rows: [...rows].sort(), citation: cite, file: TEXT_FILES.derived };
}

function nato(dir: string | undefined): Table<string[]> {
  const cite = '15 CFR 772.1 (NATO)';
  if (!dir || !existsSync(join(dir, TEXT_FILES.part772))) return unavailable(`${TEXT_FILES.part772} is not in the regulation text folder`, cite);
  const text = readFileSync(join(dir, TEXT_FILES.part772), 'utf8');
  const m = /strategic defensive organization that consists of the following member nations: ([^.]+)\./.exec(text);
  if (!m?.[1]) return unavailable('the § 772.1 definition of NATO was not found', cite);
  const names = m[1].split(/,\s*(?:and\s+)?|\s+and\s+/).map((n) => n.trim().replace(/^the /, '')).filter(Boolean);
  return { rows: isoList(names, '§ 772.1 NATO').sort(), citation: cite, file: TEXT_FILES.part772 };
}

function uaeApproved(sections: TextSection[] | string): Table<ApprovedEntity[]> {
  const cite = '15 CFR 740 Supp. No. 8';
  const s = section(sections, '740 Supp. 8');
  if (typeof s === 'string') return unavailable(s, cite);
  const rows: ApprovedEntity[] = [];
  for (const p of s.paragraphs) {
    const cells = p.text.split('|').map((c) => c.trim());
    if (cells.length < 3 || /^Entity$/i.test(cells[0] ?? '')) continue;
    const auth = cells.length >= 4 ? (cells[2] ?? '') : (cells[1] ?? '');
    const fr = cells.at(-1) ?? '';
    const name = (cells[0] ?? '').replace(/\s+d\/b\/a\/?\s*/i, ' d/b/a ');
    const e: ApprovedEntity = { name, advancedComputing: /advanced computing/i.test(auth), sta: /\bSTA\b/.test(auth) };
    const frCite = /\d+ FR \d+/.exec(fr)?.[0];
    if (frCite) e.federalRegister = frCite;
    rows.push(e);
  }
  // "(a) Government agencies. Government agencies of the UAE, including the Ministry of Defense and Armed Forces, are
  // approved entities to receive advanced computing items license-free ... and ... License Exception STA as of July 10, 2026."
  for (const p of s.paragraphs) {
    const m = /^\(a\) Government agencies\. (.+?) are approved entities to receive (.+?) as of (\w+ \d{1,2}, \d{4})/.exec(p.text);
    const date = m?.[3] ? new Date(`${m[3]} UTC`) : undefined;
    if (!m?.[1] || !m[2] || !date || Number.isNaN(date.getTime())) continue;
    rows.push({ name: m[1].replace(/,.*$/, ''), advancedComputing: /advanced computing/i.test(m[2]), sta: /\bSTA\b/.test(m[2]), from: date.toISOString().slice(0, 10), governmentAgencies: true });
  }
    // "Absent subsequent notice by BIS, the authorization provided for G42 and Core42 in this supplement shall automatically expire on April 6, 2027."
  for (const p of s.paragraphs) {
    const m = /authorization provided for (.+?) in this supplement shall automatically expire on (\w+ \d{1,2}, \d{4})/.exec(p.text);
    const date = m?.[2] ? new Date(`${m[2]} UTC`) : undefined;
    if (!m?.[1] || !date || Number.isNaN(date.getTime())) continue;
    const who = m[1].split(/\s+and\s+|,\s*/).map((w) => w.trim().toLowerCase()).filter(Boolean);
    const until = date.toISOString().slice(0, 10);
    for (const e of rows) if (who.some((w) => e.name.toLowerCase().includes(w))) e.until = until;
  }
  if (rows.length === 0) return unavailable('Supp. No. 8 to Part 740 has no entity rows', cite);
  return { rows, citation: cite, file: TEXT_FILES.extracts740 };
}

export function buildSupplements(textDir: string | undefined): PackSupplements {
  const supp744 = readJson<TextSection[]>(textDir, TEXT_FILES.supp744);
  const derived = readJson<Derived>(textDir, TEXT_FILES.derived);
  const extracts = readJson<TextSection[]>(textDir, TEXT_FILES.extracts740);
  return {
    meuItems: meuItems(supp744),
    meuDestinations: meuDestinations(derived),
    nuclearExempt: nuclearExempt(supp744),
    russiaHts: russiaHts(derived),
    russiaSupp6: unavailable('Supp. No. 6 to Part 746 is not in the reference texts (see the text folder manifest)', '15 CFR 746 Supp. No. 6'),
    gecc: gecc(derived),
    nato: nato(textDir),
    uaeApproved: uaeApproved(extracts),
  };
}

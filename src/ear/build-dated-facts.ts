import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ListEntry } from '../model/list-entry.js';
import { addName, emptyEntry } from '../ingest/entry.js';
import type { DatedFact } from './dated-facts.js';
import { PROJECT_DATED_FACTS } from './knowledge/dated-facts.js';

/**
 * Verifies the project's dated facts against the regulation text folder and turns the list facts
 * (Entity List and denial-order periods the current lists no longer show) into canonical list
 * entries, so the caller screens parties against them with the screening engine like any list.
 */

const FR_FILE = 'federal-register-paragraphs-2023-2026.jsonl';

interface FrParagraph {
  document_number: string;
  paragraph_index: number;
  text: string;
}

/** Every text of the folder, read once: the FR paragraphs by document, and the other files whole. */
interface Corpus {
  fr: Map<string, FrParagraph[]>;
  files: { name: string; text: string }[];
}

function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path, `${prefix}${name}/`));
    else if (/\.(json|md|txt)$/.test(name) && !/MANIFEST/i.test(name)) out.push(`${prefix}${name}`);
  }
  return out;
}

function readCorpus(textDir: string | undefined): Corpus | undefined {
  if (!textDir || !existsSync(textDir)) return undefined;
  const fr = new Map<string, FrParagraph[]>();
  const frPath = join(textDir, FR_FILE);
  if (existsSync(frPath)) {
    for (const line of readFileSync(frPath, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const p = JSON.parse(line) as FrParagraph;
      const list = fr.get(p.document_number) ?? [];
      list.push(p);
      fr.set(p.document_number, list);
    }
  }
  const files = listFiles(textDir).map((name) => ({ name, text: readFileSync(join(textDir, name), 'utf8') }));
  return { fr, files };
}

function verification(fact: Omit<DatedFact, 'verification'>, corpus: Corpus | undefined): string {
  const v = fact.verify;
  if (!v) return `not in the reference texts; taken from the cited rule (${fact.citation})`;
  if (!corpus) return `not checked: no regulation text folder was given to the build`;
  if (v.document) {
    const hit = corpus.fr.get(v.document)?.find((p) => p.text.includes(v.phrase));
    return hit ? `verified: FR Doc. ${v.document} paragraph ${hit.paragraph_index} reads "${v.phrase}"` : `NOT verified: FR Doc. ${v.document} does not contain "${v.phrase}"`;
  }
  for (const [doc, paragraphs] of corpus.fr) {
    const hit = paragraphs.find((p) => p.text.includes(v.phrase));
    if (hit) return `verified: FR Doc. ${doc} paragraph ${hit.paragraph_index} cites "${v.phrase}"`;
  }
  const file = corpus.files.find((f) => f.name !== FR_FILE && f.text.includes(v.phrase));
  return file ? `verified: ${file.name} cites "${v.phrase}"` : `NOT verified: "${v.phrase}" does not occur in the reference texts`;
}

export function buildDatedFacts(textDir: string | undefined): DatedFact[] {
  const corpus = readCorpus(textDir);
  return PROJECT_DATED_FACTS.map((f) => ({ ...f, verification: verification(f, corpus) }));
}

const LISTS: Record<string, { code: string; name: string }> = {
  entity_list: { code: 'EL', name: 'Entity List (dated fact of the rules pack)' },
  denial_order: { code: 'DPL', name: 'Denied Persons List (dated fact of the rules pack)' },
};

/** The list facts as canonical entries, each with its period and Federal Register citation. */
export function datedListEntries(facts: readonly DatedFact[]): ListEntry[] {
  return facts.flatMap((f): ListEntry[] => {
    const list = LISTS[f.kind];
    if (!list || !f.names?.length) return [];
    const legal: ListEntry['legal'] = { federalRegister: [f.citation], effectiveDate: f.from };
    if (f.until) legal.expiryDate = f.until;
    if (f.licenseRequirement) legal.licenseRequirement = f.licenseRequirement;
    if (f.licensePolicy) legal.licensePolicy = f.licensePolicy;
    const entry = emptyEntry(`fact:${f.id}`, list, 'organization');
    f.names.forEach((n, i) => addName(entry, n, i === 0 ? 'primary' : 'aka'));
    if (f.country) {
      entry.addresses.push({ country: f.country });
      entry.countries.push(f.country);
    }
    entry.legal = legal;
    entry.remarks = `${f.subject}. ${f.note ?? ''} Verification: ${f.verification}`.trim();
    return [entry];
  });
}

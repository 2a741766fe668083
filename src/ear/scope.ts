import type { Scope, ScopeRef } from './pack.js';

/**
 * Which paragraphs of an ECCN a License Requirements row covers, read from its control text
 * ("NS applies to 5A001.b (except .b.5), .c, .d", "NS applies to entire entry except: 9A610.b; parts
 * and components controlled in 9A610.x if being exported or reexported for use in an aircraft
 * controlled in 9A610.b; and 9A610.y").
 *
 * The reading is asymmetric on purpose. A carve-out ("except ...") that carries any condition, or
 * that describes items instead of naming paragraphs, is kept as a question: it never removes a
 * requirement unless the condition is answered. An inclusion is only read as conditional when the
 * text says so plainly ("when", "if", "that meet or exceed ..."); a description the reader cannot
 * place ("technology for items controlled by 1A002 ...") is also a question. Everything else applies.
 */


/** Words that make what follows a paragraph reference a condition on it. */
const CONDITION =
  /\b(if|when|whe?re|unless|that (?:also )?(?:meet|meets|exceed|exceeds|have|has|are|is|incorporate|incorporates|will)|which|having|capable of|usable|for use|being (?:exported|reexported)|meet or exceed|meets or exceeds|met or exceeded|exceeding|greater than|less than|between|in the form of|limited to|designed or modified|specially designed|rated|with an?|except those|for items|for commodities|for equipment|for cameras|for “?software|for (?:the )?“?technology)\b/i;

/** Filler that neither names items nor restricts them. */
const FILLER =
  /\b(regardless of end[- ]user|regardless of end[- ]use|of this entry|controlled by this entry|in this entry|only|respectively|as applicable|paragraphs?|items? controlled (?:by|in)|commodities (?:controlled )?(?:by|in)|“?software”? controlled by|“?technology”? controlled by|controlled by|controlled in|described in|specified in|in|all items in|the|to|and|or|as well as|also|all)\b/gi;

interface Token {
  kind: 'ref' | 'foreign' | 'text' | 'sep' | 'range' | 'open' | 'close' | 'except';
  value: string;
}

function normalize(text: string): string {
  return text
    .replace(/[“”"]/g, '')
    .replace(/[‘’]/g, "'")
    .replace(/\u00a0/g, ' ')
    .replace(/(\d[A-E]\d{3}) \.(?=[a-z])/g, '$1.')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Expands "a.1 to a.3" → a.1, a.2, a.3 and "k to n" → k, l, m, n; anything else is kept as its ends. */
function expandRange(from: string, to: string): string[] {
  const fa = from.split('.');
  const ta = to.split('.');
  if (fa.length !== ta.length || fa.slice(0, -1).join('.') !== ta.slice(0, -1).join('.')) return [from, to];
  const prefix = fa.slice(0, -1);
  const a = fa.at(-1) ?? '';
  const b = ta.at(-1) ?? '';
  const out: string[] = [];
  if (/^\d+$/.test(a) && /^\d+$/.test(b) && Number(b) >= Number(a) && Number(b) - Number(a) < 100) {
    for (let i = Number(a); i <= Number(b); i++) out.push([...prefix, String(i)].join('.'));
    return out;
  }
  if (/^[a-z]$/.test(a) && /^[a-z]$/.test(b) && b >= a) {
    for (let c = a.charCodeAt(0); c <= b.charCodeAt(0); c++) out.push([...prefix, String.fromCharCode(c)].join('.'));
    return out;
  }
  return [from, to];
}

/**
 * Tokens of a control text: references to this entry's paragraphs (full "9A610.x", or relative ".x",
 * "b.5" after one), references to other entries (which belong to conditions and descriptions), range
 * words, separators and the remaining words.
 */
function tokenize(text: string, eccn: string): Token[] {
  const tokens: Token[] = [];
  // The entry the relative references continue: this one until another ECCN is named.
  let current: string = eccn;
  const re = /(\d[A-E]\d{3})(?:\s?\.\s?([a-z](?:\.(?:\d+|[a-z]))*))?|(?:^|(?<=[\s,(]))(\.?[a-z](?:\.(?:\d+|[a-z]))+|\.[a-z]|[a-z](?=\s*(?:[,);.]|\(|\s(?:and|or|to|through)\b|$)))|(?<=[\s,(])\.(\d+)\b|(\bthrough\b|\bto\b)|([,;])|(\()|(\))|(\bexcept\b:?|\bEXCEPT\b:?)|([^\s,;()]+)/g;
  for (const m of text.matchAll(re)) {
    if (m[1]) {
      current = m[1];
      if (m[2]) tokens.push({ kind: m[1] === eccn ? 'ref' : 'foreign', value: m[1] === eccn ? m[2] : `${m[1]}.${m[2]}` });
      else tokens.push({ kind: m[1] === eccn ? 'text' : 'foreign', value: m[1] });
    } else if (m[3]) {
      const ref = m[3].replace(/^\./, '');
      if (ref === 'e.g' || ref === 'i.e' || ref === 'n.e.s' || ref === 'n.e') {
        tokens.push({ kind: 'text', value: ref });
        continue;
      }
      // A lone letter that is a word ("a" as an article) is only a reference right after a separator or another reference.
      if (/^[a-z]$/.test(ref) && !m[3].startsWith('.')) {
        const prev = tokens.at(-1);
        const listy = prev && (prev.kind === 'sep' || prev.kind === 'ref' || prev.kind === 'foreign' || prev.kind === 'range' || (prev.kind === 'text' && /^(and|or)$/i.test(prev.value)));
        if (!listy || ref === 'a' && prev?.kind === 'text') {
          tokens.push({ kind: 'text', value: m[3] });
          continue;
        }
      }
      tokens.push(current === eccn ? { kind: 'ref', value: ref } : { kind: 'foreign', value: `${current}.${ref}` });
    } else if (m[4]) {
      // ".16" after "1C351.d.15": a sibling of the previous reference.
      const prev = [...tokens].reverse().find((t) => t.kind === 'ref' || t.kind === 'foreign');
      const parts = prev?.value.split('.') ?? [];
      if (prev && parts.length > 1 && /^\d+$/.test(parts.at(-1) ?? '')) tokens.push({ kind: prev.kind, value: [...parts.slice(0, -1), m[4]].join('.') });
      else tokens.push({ kind: 'text', value: `.${m[4]}` });
    } else if (m[5]) tokens.push({ kind: 'range', value: m[5] });
    else if (m[6]) tokens.push({ kind: 'sep', value: m[6] });
    else if (m[7]) tokens.push({ kind: 'open', value: '(' });
    else if (m[8]) tokens.push({ kind: 'close', value: ')' });
    else if (m[9]) tokens.push({ kind: 'except', value: 'except' });
    else if (m[10]) tokens.push({ kind: 'text', value: m[10] });
  }
  return tokens;
}

interface Group {
  refs: string[];
  /** Paragraphs excepted inside the group ("5A001.b (except .b.5)"). */
  minus: string[];
  /** Words before the group's first reference ("pulse discharge capacitors in"). */
  lead: Token[];
  /** Words after its references. */
  tail: Token[];
  /** A parenthesis right after a reference that states a condition ("b.2 (exported ... for use in civil telecommunications ...)"). */
  parenCondition?: string;
  /** "(except for “vacuum electronic devices” exceeding 18 GHz)": an exception in words. */
  parenCarveOut?: string;
}

export interface ClauseReading {
  refs: ScopeRef[];
  /** Words that describe items without naming paragraphs ("shotguns with a barrel length ..."). */
  described: string[];
}

function words(tokens: Token[]): string {
  return tokens
    .filter((t) => t.kind !== 'open' && t.kind !== 'close')
    .map((t) => t.value)
    .join(' ')
    .replace(/ ([,;])/g, '$1')
    .trim();
}

export function meaningful(text: string): boolean {
  return text.replace(FILLER, ' ').replace(/[\s,;.:]+/g, '').length > 0;
}

/** References that only point at parameters ("that meet or exceed the parameters of 2B009.a") name no items. */
const PARAMETER_LEAD = /(parameters?|criteria|characteristics?)( stated)?( described)? (of|in)( ECCNs?)?$/i;

/**
 * Reads one clause: paragraph references grouped with the words around them. Words after a group
 * that carry a condition marker make that group conditional, and a trailing condition after the
 * clause's last reference covers every group still without one. "except those ..." after references
 * is a carve-out from them; other words after a group describe further, unnumbered items.
 */
function readClause(tokens: Token[], eccn: string, mode: 'include' | 'except'): ClauseReading {
  const groups: Group[] = [];
  let current: Group = { refs: [], minus: [], lead: [], tail: [] };
  let pending: Token[] = [];
  let carveOut: Token[] | undefined;
  let depth = 0;
  let i = 0;
  const flush = () => {
    if (current.refs.length > 0) groups.push(current);
    current = { refs: [], minus: [], lead: [], tail: [] };
  };
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (carveOut) {
      carveOut.push(t);
      i++;
      continue;
    }
    if (t.kind === 'open') {
      // "(except .b.5)" right after a reference excludes paragraphs from it; any other parenthesis is description.
      const next = tokens[i + 1];
      if (current.refs.length > 0 && current.tail.length === 0) {
        let j = i + 1;
        const inner: Token[] = [];
        while (j < tokens.length && tokens[j]!.kind !== 'close') inner.push(tokens[j++]!);
        const closed = j < tokens.length;
        if (closed && next?.kind === 'except') {
          const minus = inner.filter((x) => x.kind === 'ref').map((x) => x.value);
          if (minus.length > 0) current.minus.push(...minus);
          else current.parenCarveOut = words(inner.slice(1));
          i = j + 1;
          continue;
        }
        if (closed && CONDITION.test(words(inner))) {
          current.parenCondition = words(inner);
          i = j + 1;
          continue;
        }
      }
      depth++;
      i++;
      continue;
    }
    if (t.kind === 'close') {
      depth = Math.max(0, depth - 1);
      i++;
      continue;
    }
    if (t.kind === 'except' && (current.refs.length > 0 || groups.length > 0)) {
      carveOut = [];
      i++;
      continue;
    }
    if (t.kind === 'ref') {
      // A reference inside an unclosed description ("1C010.a (aramid ..., b (carbon ...)") still counts.
      depth = 0;
      if (current.refs.length === 0 && PARAMETER_LEAD.test(words(pending))) {
        pending.push({ kind: 'foreign', value: t.value });
        i++;
        continue;
      }
      const tailEnd = current.tail.at(-1);
      const openEnded = tailEnd !== undefined && !(tailEnd.kind === 'sep' || (tailEnd.kind === 'text' && /^(and|or)$/i.test(tailEnd.value)));
      if (current.tail.length > 0 && openEnded && CONDITION.test(words(current.tail))) {
        // "9A610.x if being exported ... for use in an aircraft controlled in 9A610.b": the reference is part of the condition.
        current.tail.push({ kind: 'text', value: `${eccn}.${t.value}` });
        i++;
        continue;
      }
      const afterComma = current.tail.some((x) => x.kind === 'sep' && x.value === ',');
      if (current.tail.length > 0 && !meaningful(words(current.tail)) && !afterComma && !current.parenCondition && !current.parenCarveOut) {
        // "9A515.d and 9A515.e.2 when ...": only joining words between references; the group goes on.
        current.tail = [];
      } else if (current.tail.length > 0 && !meaningful(words(current.tail))) {
        // "1C010.a (...), b (...), and e.1 for ...": a comma starts a new group, so a condition after e.1 stays with e.1.
        flush();
      } else if (current.tail.length > 0) {
        const tail = current.tail;
        const split = tail.findIndex((x) => x.kind === 'text' && /^(and|or)$/i.test(x.value));
        flush();
        // Words between two groups: a condition belongs to the group before; the rest leads into the next.
        if (!CONDITION.test(words(tail)) && split >= 0) current.lead = tail.slice(split + 1);
        else if (!CONDITION.test(words(tail))) current.lead = tail;
        else groups.at(-1)!.tail = tail;
      } else if (current.refs.length === 0) {
        current.lead = pending;
      }
      pending = [];
      const next = tokens[i + 1];
      const after = tokens[i + 2];
      if (next?.kind === 'range' && after?.kind === 'ref') {
        current.refs.push(...expandRange(t.value, after.value));
        i += 3;
        continue;
      }
      current.refs.push(t.value);
      i++;
      continue;
    }
    if (depth > 0) {
      i++;
      continue;
    }
    if (current.refs.length === 0) pending.push(t);
    else current.tail.push(t);
    i++;
  }
  flush();
  const refs: ScopeRef[] = [];
  const described: string[] = [];
  const last = groups.at(-1);
  const lastTail = last ? words(last.tail) : '';
  // A trailing condition reaches back over earlier groups in a carve-out (the stricter reading there), when
  // a head noun before the list is what it describes, or when the text says "respectively"; otherwise
  // ("1C010.a (aramid ...), b (carbon ...), and e.1 for ... that meet ...") it stays with the last group.
  // "those items in 2B006.a, b.1 ... that meet or exceed ...": a head noun before the list is what the condition describes.
  const headNoun = groups[0] !== undefined && meaningful(words(groups[0].lead));
  const reachBack = mode === 'except' || headNoun || /\brespectively\b/.test(lastTail);
  const trailing = CONDITION.test(lastTail) && reachBack && !/^,?\s*(and|or)\b/i.test(lastTail) ? lastTail : undefined;
  const carve = carveOut ? words(carveOut) : undefined;
  for (const g of groups) {
    const own = words(g.tail);
    // "4A003.g and “specially designed” “parts” ... therefor": words after "and" name further items, not a condition.
    const joined = /^,?\s*(and|or)\b/i.test(own) && meaningful(own);
    const cond = CONDITION.test(own) && !joined ? own : (g.parenCondition ?? trailing);
    if (!cond && g === last && meaningful(own)) described.push(own);
    for (const r of g.refs) {
      const ref: ScopeRef = { paragraph: r };
      if (cond) ref.condition = cond;
      const carveText = carve ?? g.parenCarveOut;
      if (carveText) ref.carveOut = carveText;
      const minus = g.minus.filter((m) => m === r || m.startsWith(`${r}.`));
      if (minus.length) ref.minus = minus;
      refs.push(ref);
    }
  }
  if (groups.length === 0) {
    const text = words(pending);
    if (meaningful(text)) described.push(text);
  }
  return { refs, described };
}

/** Splits at ";", ". " sentence ends and "AND"/"and to" joins that start a new list. */
function clauses(text: string): string[] {
  return text
    .split(/;|\.\s+(?=[A-Z])|\bAND\b|,? and to\b|, as well as\b/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function readList(text: string, eccn: string, mode: 'include' | 'except' = 'include'): ClauseReading {
  const refs: ScopeRef[] = [];
  const described: string[] = [];
  for (const c of clauses(normalize(text))) {
    const r = readClause(tokenize(c, eccn), eccn, mode);
    refs.push(...r.refs);
    described.push(...r.described);
  }
  return { refs, described };
}

/** "except to Russia for use in ... the ISS": a carve-out for one destination, itself conditional. */
function destinationCarveOut(text: string): { destination: string; condition: string } | undefined {
  const m = /^to (Russia|China|Venezuela|[A-Z][a-z]+) (.*)$/.exec(text.trim());
  if (!m?.[1]) return undefined;
  return { destination: m[1], condition: text.trim() };
}

/** Reads a control text into its scope; `eccn` is the entry the row belongs to. */
export function parseScope(control: string, eccn: string): Scope {
  let text = normalize(control);
  // A "Note:" adds to the row's reach; it is read as a further, conditional inclusion.
  let note: string | undefined;
  const noteAt = text.search(/\bNote:/);
  if (noteAt >= 0) {
    note = text.slice(noteAt + 5).trim();
    text = text.slice(0, noteAt).trim();
  }
  const body = /^(?:[A-Z]{2,3}|Russian industry sector sanctions?) (?:also )?appl(?:y|ies)(?: to)?\s*(.*)$/i.exec(text)?.[1] ?? text;
  const scope: Scope = { kind: 'unknown', refs: [], except: [], described: [], exceptDescribed: [] };
  const entire = /^(?:to )?(?:the )?entire entry\b[,.:]?\s*(.*)$/i.exec(body);
  if (entire) {
    scope.kind = 'entire';
    const rest = (entire[1] ?? '').replace(/^\(.*?\)\s*/, '').replace(/\b[A-Z]{2} Column \d\.?/g, '').trim();
    const except = /^(?:,\s*)?except(?: for)?:?\s*(.*)$/i.exec(rest);
    if (except) {
      const exceptText = except[1] ?? '';
      const carve = destinationCarveOut(exceptText);
      if (carve) scope.exceptDestinations = [carve];
      else {
        const r = readList(exceptText, eccn, 'except');
        scope.except = r.refs;
        scope.exceptDescribed = r.described;
      }
    } else if (meaningful(rest.replace(/\.$/, '')) && !/^[A-Z]{2} applies to (?:the )?entire entry/.test(rest)) {
      // "NP applies to entire entry, for items controlled for NP reasons": the whole entry, conditionally.
      scope.condition = rest.replace(/^,\s*/, '');
    }
  } else {
    // "NP applies to 2B001.a, .b, .c, and .d, EXCEPT: (1) turning machines under 2B001.a ...": a list with carve-outs.
    const split = /^(.*?)[,\s]+EXCEPT:?\s*(.*)$/.exec(body);
    const includeText = split ? (split[1] ?? '') : body;
    // "RS applies to 9D515.y, except to Russia for use in ...".
    const destExcept = /^(.*?),\s*except (to [A-Z].*)$/.exec(includeText);
    const mainText = destExcept ? (destExcept[1] ?? '') : includeText;
    const r = readList(mainText, eccn);
    scope.refs = r.refs;
    scope.described = r.described;
    if (destExcept?.[2]) {
      const carve = destinationCarveOut(destExcept[2]);
      if (carve) scope.exceptDestinations = [carve];
    }
    if (split?.[2]) {
      const ex = readList(split[2], eccn, 'except');
      // Every numbered carve-out names its items by description: each is a question on the paragraphs it names.
      scope.except = ex.refs.map((ref) => ({ ...ref, condition: ref.condition ?? split[2] }));
      scope.exceptDescribed = ex.described;
    }
    scope.kind = scope.refs.length > 0 || scope.described.length > 0 ? 'paragraphs' : 'unknown';
  }
  if (note) {
    const r = readList(note, eccn);
    scope.noteRefs = r.refs.map((ref) => ({ ...ref, condition: ref.condition ?? note }));
  }
  return scope;
}

/** Segment-wise prefix test: "b.2.a" lies within "b.2"; "b" only overlaps it. */
export function within(paragraph: string, scope: string): boolean {
  return paragraph === scope || paragraph.startsWith(`${scope}.`);
}

/** How a row reaches an item: for sure, not at all, only if a condition holds, or not knowable from the paragraph given. */
export type ScopeMatch =
  | { kind: 'applies' }
  | { kind: 'does_not_apply'; why: string }
  | { kind: 'conditional'; condition: string; carveOut: boolean }
  | { kind: 'paragraph_unknown'; why: string; someParagraphApplies: boolean; someConditional: boolean };

const APPLIES: ScopeMatch = { kind: 'applies' };

/**
 * Whether a row covers an item of the given paragraph (undefined when the input named only the ECCN).
 * An entire-entry row reaches an item of unknown paragraph even when it excepts some paragraphs: the
 * stricter reading can only hold a shipment, never release one. A row limited to paragraphs cannot be
 * placed without the paragraph.
 */
export function scopeMatch(scope: Scope, paragraph: string | undefined, destinationName?: string): ScopeMatch {
  if (scope.kind === 'unknown') return { kind: 'paragraph_unknown', why: 'the row names no paragraph the engine can place', someParagraphApplies: false, someConditional: true };
  const dest = scope.exceptDestinations?.find((d) => destinationName !== undefined && d.destination.toLowerCase() === destinationName.toLowerCase());
  if (scope.kind === 'entire') {
    if (scope.condition) return { kind: 'conditional', condition: scope.condition, carveOut: false };
    if (paragraph) {
      const ex = scope.except.find((e) => within(paragraph, e.paragraph));
      if (ex) {
        if (ex.condition) return { kind: 'conditional', condition: ex.condition, carveOut: true };
        const back = scope.noteRefs?.find((n) => within(paragraph, n.paragraph) || within(n.paragraph, paragraph));
        if (back?.condition) return { kind: 'conditional', condition: back.condition, carveOut: false };
        return { kind: 'does_not_apply', why: `the row excepts ${ex.paragraph}` };
      }
    }
    if (scope.exceptDescribed.length > 0) return { kind: 'conditional', condition: `except ${scope.exceptDescribed.join('; ')}`, carveOut: true };
    if (dest) return { kind: 'conditional', condition: dest.condition, carveOut: true };
    return APPLIES;
  }
  if (!paragraph) {
    return {
      kind: 'paragraph_unknown',
      why: `the row covers only ${describeRefs(scope)}`,
      someParagraphApplies: scope.refs.some((r) => !r.condition),
      someConditional: scope.refs.some((r) => r.condition) || scope.described.length > 0,
    };
  }
  const hit = scope.refs.find((r) => within(paragraph, r.paragraph) && !(r.minus ?? []).some((m) => within(paragraph, m)));
  if (hit) {
    const ex = scope.except.find((e) => within(paragraph, e.paragraph) || within(e.paragraph, paragraph));
    if (hit.condition) return { kind: 'conditional', condition: hit.condition, carveOut: false };
    if (hit.carveOut) return { kind: 'conditional', condition: hit.carveOut, carveOut: true };
    if (ex) return { kind: 'conditional', condition: ex.condition ?? 'a carve-out', carveOut: true };
    if (dest) return { kind: 'conditional', condition: dest.condition, carveOut: true };
    return APPLIES;
  }
  const inside = scope.refs.filter((r) => within(r.paragraph, paragraph));
  if (inside.length > 0) {
    return {
      kind: 'paragraph_unknown',
      why: `the row covers only ${describeRefs(scope)}, part of ${paragraph}`,
      someParagraphApplies: inside.some((r) => !r.condition),
      someConditional: inside.some((r) => r.condition) || scope.described.length > 0,
    };
  }
  if (scope.described.length > 0) return { kind: 'conditional', condition: scope.described.join('; '), carveOut: false };
  const minusHit = scope.refs.find((r) => within(paragraph, r.paragraph));
  return { kind: 'does_not_apply', why: minusHit ? `the row excepts ${paragraph} from ${minusHit.paragraph}` : `the row covers only ${describeRefs(scope)}` };
}

export function describeRefs(scope: Scope): string {
  const parts = scope.refs.map((r) => `${r.paragraph}${r.minus?.length ? ` (except ${r.minus.join(', ')})` : ''}${r.condition ? ' (conditionally)' : ''}`);
  if (scope.described.length) parts.push(...scope.described.map((d) => `"${d}"`));
  return parts.join(', ') || 'no paragraph';
}

/** Every paragraph of an ECCN a free text names (LVS, GBS and STA fields, supplement lines), conditions or not. */
export function paragraphRefs(text: string, eccn: string): string[] {
  const out = new Set<string>();
  const tokens = tokenize(normalize(text), eccn);
  tokens.forEach((t, i) => {
    if (t.kind !== 'ref') return;
    const next = tokens[i + 1];
    const after = tokens[i + 2];
    if (next?.kind === 'range' && after?.kind === 'ref') for (const r of expandRange(t.value, after.value)) out.add(r);
    else out.add(t.value);
  });
  return [...out];
}

/**
 * The growing arrays of an index build: listed names, their variants, and each variant's tokens as
 * vocabulary ids. A name listed again takes a copy of the first listing's ids, without analysis.
 */
import type { CandidateIndex } from './index.js';
import { canonicalToken, isRomanizationKey, phoneticKey } from '../names/index.js';

/** One analysed spelling of a listed name: its tokens and how they were read (see viaLabels). */
export interface ListedVariant {
  tokens: string[];
  via: string;
}

export class VocabularyBuilder {
  readonly tokens: string[] = [];
  readonly ids = new Map<string, number>();
  readonly canonical: string[] = [];
  readonly phonetic: string[] = [];

  intern(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.tokens.length;
      this.ids.set(token, id);
      this.tokens.push(token);
      // A key token is its own canonical form and sound: it meets other keys only, and only exactly.
      const key = isRomanizationKey(token);
      this.canonical.push(key ? token : canonicalToken(token));
      this.phonetic.push(key ? token : phoneticKey(token));
    }
    return id;
  }
}

/** Growable Int32Array: the builder does not know the posting count in advance. */
export class IntBuffer {
  data = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
  frozen(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** What the build hands to the index: its variant arrays as the index keeps them, and the vocabulary to finish. */
export type FinishedVariantArrays = Pick<
  CandidateIndex,
  'nameEntry' | 'namePosition' | 'variantName' | 'variantTokenStart' | 'variantTokens' | 'variantVia' | 'viaLabels'
> & { vocabulary: VocabularyBuilder };

export class VariantArrays {
  private readonly vocabulary = new VocabularyBuilder();
  private readonly nameEntry = new IntBuffer();
  private readonly namePosition = new IntBuffer();
  /** Per name, its first variant. */
  private readonly nameVariantStart = new IntBuffer();
  private readonly variantName = new IntBuffer();
  private readonly variantTokenStart = new IntBuffer();
  private readonly variantTokens = new IntBuffer();
  private readonly variantVia = new IntBuffer();
  private readonly viaLabels: string[] = [];
  private readonly viaIds = new Map<string, number>();

  /** Adds the name at `position` of entry `entry` with its variants (at least one); returns its name id. */
  addName(entry: number, position: number, variants: readonly ListedVariant[]): number {
    const nameId = this.startName(entry, position);
    for (let v = 0; v < variants.length; v++) {
      const variant = variants[v]!;
      this.startVariant(nameId, this.viaId(variant.via));
      for (let t = 0; t < variant.tokens.length; t++) this.variantTokens.push(this.vocabulary.intern(variant.tokens[t]!));
    }
    return nameId;
  }

  /** Adds a name spelled as name `earlier` (the same string listed again), with copies of its variants. */
  addCopy(entry: number, position: number, earlier: number): void {
    const nameId = this.startName(entry, position);
    // The earlier name's variants end where the next name's start: this one's, if it was the last.
    const to = this.nameVariantStart.data[earlier + 1]!;
    for (let v = this.nameVariantStart.data[earlier]!; v < to; v++) {
      const tokensTo = v + 1 < this.variantTokenStart.length ? this.variantTokenStart.data[v + 1]! : this.variantTokens.length;
      this.startVariant(nameId, this.variantVia.data[v]!);
      // Copied before this variant's start is read as the end of v's tokens: both are the current length when v is the last.
      for (let t = this.variantTokenStart.data[v]!; t < tokensTo; t++) this.variantTokens.push(this.variantTokens.data[t]!);
    }
  }

  finish(): FinishedVariantArrays {
    this.variantTokenStart.push(this.variantTokens.length);
    return {
      vocabulary: this.vocabulary,
      nameEntry: this.nameEntry.frozen(),
      namePosition: this.namePosition.frozen(),
      variantName: this.variantName.frozen(),
      variantTokenStart: this.variantTokenStart.frozen(),
      variantTokens: this.variantTokens.frozen(),
      variantVia: this.variantVia.frozen(),
      viaLabels: this.viaLabels,
    };
  }

  private startName(entry: number, position: number): number {
    const nameId = this.nameEntry.length;
    this.nameEntry.push(entry);
    this.namePosition.push(position);
    this.nameVariantStart.push(this.variantName.length);
    return nameId;
  }

  private startVariant(nameId: number, via: number): void {
    this.variantName.push(nameId);
    this.variantTokenStart.push(this.variantTokens.length);
    this.variantVia.push(via);
  }

  private viaId(via: string): number {
    let id = this.viaIds.get(via);
    if (id === undefined) {
      id = this.viaLabels.length;
      this.viaIds.set(via, id);
      this.viaLabels.push(via);
    }
    return id;
  }
}

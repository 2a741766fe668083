/** One Latin rendering of a run of text in another script, and the scheme that produced it. */
export interface Rendering {
  tokens: string[];
  via: string;
}

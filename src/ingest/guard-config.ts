/**
 * The limits by which a list file is refused before it can become the active version. One place, read by
 * the parsers (malformed share, orphans) and by the data folder's guards (shrinkage), so that `data
 * import` and `data update` refuse the same files for the same reasons. `--force` overrides all of them
 * and the overrides are recorded.
 */
export const INGEST_GUARDS = {
  /** Share of malformed rows above which a file is refused. Official files have next to none. */
  maxMalformedShare: 0.01,
  /**
   * Share of an OFAC set's add/alt/comments rows that may name an entry missing from its primary file. The
   * files are published together and agree; many orphans mean the primary file lost its end. A few
   * (fewer than `minOrphans`) are reported but accepted.
   */
  maxOrphanShare: 0.01,
  minOrphans: 20,
  /** Largest accepted drop in a source's entry count against the active version of the same source. */
  maxDrop: 0.1,
  /**
   * A single list within a source (SDN, EL, UVL ... inside the CSL) is held to `maxDrop` too once it has
   * this many entries: a file cut at a row boundary loses the lists at its end whole, which the source's
   * total may hide. Smaller lists legitimately come and go.
   */
  minListSizeForDropCheck: 50,
} as const;

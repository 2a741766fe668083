/**
 * The defaults of screening a file, apart from the use case (screen-file.ts): the CLI's help names them
 * without loading the screening engine.
 */

/** Below this many rows, starting workers and building an index in each costs more than it saves. */
export const PARALLEL_FROM_ROWS = 20_000;

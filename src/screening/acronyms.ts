/**
 * Initialisms are written with and without stops: 'A.B.C. Company' analyses to a b c, 'ABC Co.' to
 * abc. A variant with a run of single letters gets a sibling with the run written as one token, so
 * that both spellings meet whichever way each side wrote it.
 */
export function joinedInitials(tokens: readonly string[]): string[] | undefined {
  if (!hasTwoLettersInARow(tokens)) return undefined;
  const out: string[] = [];
  let run = '';
  let joined = false;
  for (const token of tokens) {
    if (token.length === 1) {
      run += token;
      continue;
    }
    if (run.length > 1) joined = true;
    if (run) out.push(run);
    run = '';
    out.push(token);
  }
  if (run.length > 1) joined = true;
  if (run) out.push(run);
  return joined ? out : undefined;
}

/** Whether two single-letter tokens stand side by side: most names have no such run, and need no copy made. */
function hasTwoLettersInARow(tokens: readonly string[]): boolean {
  for (let i = 1; i < tokens.length; i++) if (tokens[i]!.length === 1 && tokens[i - 1]!.length === 1) return true;
  return false;
}

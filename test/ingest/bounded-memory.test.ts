import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataPath, repoRoot } from '../helpers/data.js';

/**
 * A 50 MB CSL file parsed with `onEntry` in a process whose heap is capped at 64 MB: a parser that read the
 * whole file into a string, or kept every entry, would run out of memory and fail this test.
 */
test('a 50 MB list streams through a parser with a 64 MB heap', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'clearance-big-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const big = join(dir, 'consolidated.csv');
  const text = readFileSync(dataPath('lists/csl/2026-07-31/consolidated.csv'), 'utf8');
  const newline = text.indexOf('\n');
  const header = text.slice(0, newline + 1);
  const body = text.slice(newline + 1);
  const out = createWriteStream(big);
  out.write(header);
  let bytes = header.length;
  for (let copy = 0; bytes < 50e6; copy++) {
    // Distinct ids per copy keep the rows realistic; content size is what matters here.
    const chunk = body.replace(/^"(\d+)"/gm, `"c${copy}-$1"`);
    out.write(chunk);
    bytes += Buffer.byteLength(chunk);
  }
  await new Promise<void>((r) => out.end(() => r()));

  const script = `
    import { parseCslCsv } from ${JSON.stringify(join(repoRoot, 'src/ingest/csl.ts'))};
    import { fileSource } from ${JSON.stringify(join(repoRoot, 'src/ingest/source.ts'))};
    let count = 0;
    const result = await parseCslCsv(fileSource(${JSON.stringify(big)}), { onEntry: () => { count++; } });
    console.log(JSON.stringify({ count, kept: result.entries.length, heapMb: process.memoryUsage().heapUsed / 1e6 }));
  `;
  const child = spawnSync(process.execPath, ['--max-old-space-size=64', '--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 240_000,
  });
  assert.equal(child.status, 0, child.stderr);
  const stats = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { count: number; kept: number; heapMb: number };
  assert.ok(stats.count >= 25921 * 6, `entries streamed: ${stats.count}`);
  assert.equal(stats.kept, 0, 'entries go to onEntry, not into the result');
});

/**
 * Screening benchmark: full CSL 2026-07-31 + UN + OFAC SDN 2024 loaded; index build time and memory,
 * single-query latency, batch throughput on 1 and 2 worker threads, for a deterministic mix of
 * perturbed listed names and unlisted names. Writes bench/results/screening-bench.{json,md}.
 *
 *   tsx bench/screening.ts [--queries N] [--quick] [--eu-uk] [--baseline DIR] [--data DIR] [--out DIR]
 *
 * `--baseline DIR` also runs another checkout's engine (the last release, say) in this process, in turn
 * with this one on the same fresh queries, and prints the ratio (see screening-baseline.ts).
 *
 * `--eu-uk` adds the UK OFSI list (ConList.xlsx 2025-04-14) and the EU file (first 1,044 records of
 * 2022-03-18), for the index build and memory targets that count them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parsePaths } from '../src/ingest/load.js';
import { runPgTrgmPeer, type PeerQuery, type PeerResult } from './peers/pg-trgm.js';
import { withPostgres } from './peers/postgres-server.js';
import type { ListEntry } from '../src/model/list-entry.js';
import { createScreener, DEFAULT_LIMIT, DEFAULT_THRESHOLD } from '../src/screening/screen.js';
import type { ScreeningHit } from '../src/screening/types.js';
import { baselineRows, baselineTargets, compareWithBaseline, type BaselineFigure } from './screening-baseline.js';
import { batchRows, batchTargets, cliRows, measureBatch, measureCli } from './screening-batch.js';
import { benchQueries } from './screening-queries.js';

/**
 * Thresholds whose recall and false-alarm share are reported beside the default's, down to the
 * peer's default similarity (0.3), so that each peer setting meets clearance at a comparable strictness.
 */
const QUALITY_SWEEP = [0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9] as const;

/**
 * Queries the single thread answers before it is timed (see main), in quick mode too: after 500, V8 was
 * still compiling the scorer on its helper threads through the timed loop (more CPU time than wall
 * time), so the pg_trgm ratio set a cold clearance against a warm PostgreSQL.
 */
const WARM_UP_QUERIES = 5_000;

/** The batch runs on this many times the single-thread query count. */
const BATCH_QUERIES_PER_SINGLE_QUERY = 5;

interface Args {
  queries: number;
  quick: boolean;
  euUk: boolean;
  baseline: string | undefined;
  data: string;
  out: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    queries: 20_000,
    quick: false,
    euUk: false,
    baseline: undefined,
    data: process.env.CLEARANCE_TEST_DATA ?? resolve('..', 'shared', 'data'),
    out: resolve('bench/results'),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--queries') args.queries = Number(argv[++i]);
    else if (a === '--quick') args.quick = true;
    else if (a === '--eu-uk') args.euUk = true;
    else if (a === '--baseline') args.baseline = argv[++i];
    else if (a === '--data') args.data = resolve(argv[++i]!);
    else if (a === '--out') args.out = resolve(argv[++i]!);
    else throw new Error(`unknown argument ${a}`);
  }
  if (args.quick) args.queries = Math.min(args.queries, 2_000);
  return args;
}

const args = parseArgs(process.argv.slice(2));
const listPaths = [
  join(args.data, 'lists', 'csl', '2026-07-31', 'consolidated.csv'),
  join(args.data, 'lists', 'un', '2026-02-27', 'consolidated.xml'),
  join(args.data, 'lists', 'ofac-sdn', '2024-05-03', 'sdn.csv'),
  ...(args.euUk
    ? [
        join(args.data, 'lists', 'uk', 'ofsi-conlist', '2025-04-14', 'ConList.xlsx'),
        join(args.data, 'lists', 'eu', 'fsf-xml-1.1', '2022-03-18-truncated', '20220318-FULL-1_1(xsd).first1044.repaired.xml.gz'),
      ]
    : []),
];

function mb(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function main(): Promise<void> {
  const parseStarted = performance.now();
  const parsed = await parsePaths(listPaths);
  const entries: ListEntry[] = parsed.flatMap((p) => p.result.entries);
  const parseMs = performance.now() - parseStarted;
  collectGarbage();
  const before = process.memoryUsage();

  const buildStarted = performance.now();
  const buildCpuBefore = process.cpuUsage();
  const screener = createScreener({ entries });
  const buildMs = performance.now() - buildStarted;
  // CPU time as well: on a shared machine the wall clock also counts the time other processes held the core.
  const buildCpu = process.cpuUsage(buildCpuBefore);
  collectGarbage();
  const after = process.memoryUsage();

  const { queries, listedOf } = benchQueries(entries, args.queries, 20260731);
  // Warmed up on other queries of the same mix, so that the timed loop measures optimised code, as a
  // long-running service runs it. A cold start is what the batch rows below measure.
  const warmUp = benchQueries(entries, WARM_UP_QUERIES, 20260730).queries;
  for (const q of warmUp) screener.screen(q);

  const latencies: number[] = [];
  const cpuBefore = process.cpuUsage();
  let listedFound = 0;
  let listedTotal = 0;
  let unlistedWithHit = 0;
  let unlistedTotal = 0;
  for (let i = 0; i < queries.length; i++) {
    const started = performance.now();
    const hits = screener.screen(queries[i]!);
    latencies.push(performance.now() - started);
    const source = listedOf[i];
    if (source !== undefined) {
      listedTotal++;
      if (hits.some((h) => isOwnHit(h, source))) listedFound++;
    } else {
      unlistedTotal++;
      if (hits.length > 0) unlistedWithHit++;
    }
  }
  const cpu = process.cpuUsage(cpuBefore);

  // Quality at other thresholds, outside the timed loop: the trade-off curve that the peer's rows
  // are compared against (a peer at a strict threshold trades recall for fewer false alarms too).
  const sweep = QUALITY_SWEEP.map((threshold) => ({ threshold, listedFound: 0, unlistedWithHit: 0 }));
  for (let i = 0; i < queries.length; i++) {
    const hits = screener.screen(queries[i]!, { threshold: QUALITY_SWEEP[0], limit: DEFAULT_LIMIT });
    const source = listedOf[i];
    const best = source === undefined ? (hits[0]?.score ?? 0) : Math.max(0, ...hits.filter((h) => isOwnHit(h, source)).map((h) => h.score));
    for (const point of sweep) {
      if (best < point.threshold) continue;
      if (source === undefined) point.unlistedWithHit++;
      else point.listedFound++;
    }
  }
  const singleMs = latencies.reduce((sum, ms) => sum + ms, 0);
  latencies.sort((a, b) => a - b);

  // Drawn afresh with another seed: the CLI goes parallel for large files, and a worker's cold start
  // is a fixed cost that a file of 20,000 rows would overstate.
  const batchQueries = benchQueries(entries, args.queries * BATCH_QUERIES_PER_SINGLE_QUERY, 20261129).queries;
  const threadCounts = [1, Math.min(2, availableParallelism())];
  const batch = await measureBatch({ index: screener.index }, batchQueries, threadCounts, args.quick ? 1 : 3);
  const cli = measureCli(listPaths, batchQueries, threadCounts);

  // The peer: the same names and the same queries through PostgreSQL pg_trgm, at its default similarity
  // threshold (0.3) and at stricter 0.5 and 0.7 (nearer clearance's false-positive rate). A listed query counts as found when any entry sharing a name
  // with the entry it came from is returned, as for clearance above.
  const holders = new Map<string, string[]>();
  for (const e of entries) {
    for (const n of e.names) {
      const keys = holders.get(n.value) ?? [];
      keys.push(`${e.list.code}:${e.id}`);
      holders.set(n.value, keys);
    }
  }
  const peerQueries: PeerQuery[] = queries.map((q, i) => {
    const source = listedOf[i];
    if (!source) return { name: q.name };
    const expected = new Set([`${source.list.code}:${source.id}`, ...source.names.flatMap((n) => holders.get(n.value) ?? [])]);
    return { name: q.name, expected };
  });
  // As many runs over two connections as the batch has runs per setting: medians on both sides of the ratio.
  const peerTwoConnectionRuns = args.quick ? 1 : 3;
  const peers: PeerResult[] = await withPostgres(async (url) => {
    const results: PeerResult[] = [];
    for (const threshold of [0.3, 0.5, 0.7]) results.push(await runPgTrgmPeer(url, entries, peerQueries, threshold, peerTwoConnectionRuns));
    return results;
  });

  // Last, so that a second engine's index and workers disturb none of the figures above.
  const baseline: BaselineFigure | undefined =
    args.baseline === undefined
      ? undefined
      : await compareWithBaseline({
          dir: args.baseline,
          listPaths,
          entries,
          screener,
          passes: args.quick ? 4 : 6,
          queriesPerPass: args.quick ? 1_000 : 10_000,
          warmUpQueries: WARM_UP_QUERIES,
          workerRuns: args.quick ? 2 : 4,
          workerQueries: args.quick ? 10_000 : args.queries * BATCH_QUERIES_PER_SINGLE_QUERY,
        });

  const figures = {
    lists: parsed.map((p) => ({ source: p.name, entries: p.result.entries.length })),
    entries: entries.length,
    names: screener.index.nameCount,
    variants: screener.index.variantCount,
    vocabulary: screener.index.vocabulary.tokens.length,
    parseMs: Math.round(parseMs),
    indexBuildMs: Math.round(buildMs),
    indexBuildCpuMs: Math.round((buildCpu.user + buildCpu.system) / 1000),
    heapUsedMb: mb(after.heapUsed),
    rssMb: mb(after.rss),
    indexHeapMb: mb(after.heapUsed - before.heapUsed),
    queries: queries.length,
    latencyMs: {
      p50: round3(percentile(latencies, 50)),
      p90: round3(percentile(latencies, 90)),
      p99: round3(percentile(latencies, 99)),
      max: round3(latencies[latencies.length - 1] ?? 0),
    },
    warmUpQueries: warmUp.length,
    singleThreadQps: Math.round(queries.length / (singleMs / 1000)),
    // CPU time of the whole process (GC threads included) over the same loop: a per-core figure that
    // other processes on the machine cannot inflate, only this process's own helper threads.
    cpuTimeQps: Math.round(queries.length / ((cpu.user + cpu.system) / 1e6)),
    batch,
    cli,
    loadAverageAtEnd: loadavg().map((l) => Math.round(l * 100) / 100),
    cpus: availableParallelism(),
    listedRecall: round3(listedTotal ? listedFound / listedTotal : 0),
    unlistedHitShare: round3(unlistedTotal ? unlistedWithHit / unlistedTotal : 0),
    thresholdSweep: sweep.map((p) => ({
      threshold: p.threshold,
      listedRecall: round3(listedTotal ? p.listedFound / listedTotal : 0),
      unlistedHitShare: round3(unlistedTotal ? p.unlistedWithHit / unlistedTotal : 0),
    })),
    peers: peers.map((p) => ({
      peer: `PostgreSQL pg_trgm, similarity threshold ${p.threshold}`,
      loadMs: Math.round(p.loadMs),
      indexBuildMs: Math.round(p.indexMs),
      qpsOneConnection: Math.round(p.qpsOneConnection),
      qpsTwoConnections: Math.round(p.qpsTwoConnections),
      qpsTwoConnectionRuns: p.qpsTwoConnectionRuns.map(Math.round),
      latencyMs: { p50: round3(p.p50Ms), p99: round3(p.p99Ms) },
      qpsPerCpuSecond: p.qpsPerCpuSecond === undefined ? undefined : Math.round(p.qpsPerCpuSecond),
      listedRecall: round3(p.recall),
      unlistedHitShare: round3(p.falsePositiveShare),
    })),
    baseline,
  };
  const bestBatchQps = Math.max(figures.singleThreadQps, ...figures.batch.map((b) => b.qps));
  const rssTargetMb = args.euUk ? 450 : 400;
  const targets = [
    ['index build <= 3 s', figures.indexBuildMs <= 3000],
    // The issue allows 450 MB once the EU and UK lists are loaded too.
    [`RSS <= ${rssTargetMb} MB`, figures.rssMb <= rssTargetMb],
    ['p99 <= 2 ms', figures.latencyMs.p99 <= 2],
    // Per core is per CPU-second the process used: wall-clock time also counts the time other
    // tenants of a shared machine held the core (both figures are printed above).
    [`>= 10,000 q/s per core (${figures.cpuTimeQps} per CPU-second, ${figures.singleThreadQps} wall clock)`, figures.cpuTimeQps >= 10_000],
    ...batchTargets(figures.batch),
    ...figures.peers.map((p) => [`>= 10x ${p.peer} throughput (${(bestBatchQps / p.qpsTwoConnections).toFixed(1)}x)`, bestBatchQps >= 10 * p.qpsTwoConnections] as const),
    ...figures.peers.map((p) => [`higher recall than ${p.peer} (${figures.listedRecall} vs ${p.listedRecall})`, figures.listedRecall > p.listedRecall] as const),
    ...figures.peers.map((p) => [`fewer false positives than ${p.peer} (${figures.unlistedHitShare} vs ${p.unlistedHitShare})`, figures.unlistedHitShare < p.unlistedHitShare] as const),
    ...figures.peers.map((p) => {
      const dominating = figures.thresholdSweep.filter((c) => c.listedRecall > p.listedRecall && c.unlistedHitShare < p.unlistedHitShare);
      const label = dominating.length > 0 ? `at threshold ${dominating.map((c) => c.threshold).join(', ')}` : 'at no swept threshold';
      return [`higher recall and fewer false positives than ${p.peer}, ${label}`, dominating.length > 0] as const;
    }),
    ...(baseline ? baselineTargets(baseline) : []),
  ] as const;
  const md = [
    '# Screening benchmark',
    '',
    `lists: ${figures.lists.map((l) => `${l.source} ${l.entries}`).join(', ')}; ${figures.names} names, ${figures.variants} variants, ${figures.vocabulary} distinct tokens`,
    '',
    '| figure | value |',
    '|---|---|',
    `| list parse | ${figures.parseMs} ms |`,
    `| index build | ${figures.indexBuildMs} ms (${figures.indexBuildCpuMs} ms of CPU time) |`,
    `| heap used / RSS after build | ${figures.heapUsedMb} MB / ${figures.rssMb} MB (index ≈ ${figures.indexHeapMb} MB heap) |`,
    `| single query p50 / p90 / p99 / max | ${figures.latencyMs.p50} / ${figures.latencyMs.p90} / ${figures.latencyMs.p99} / ${figures.latencyMs.max} ms |`,
    `| single thread throughput, after ${figures.warmUpQueries} warm-up queries | ${figures.singleThreadQps} q/s wall clock, ${figures.cpuTimeQps} q/s per CPU-second of the process |`,
    ...batchRows(figures.batch),
    ...cliRows(figures.cli),
    `| machine | ${figures.cpus} cores, load average ${figures.loadAverageAtEnd.join(' / ')} at the end (other processes share the cores) |`,
    `| perturbed listed names found (own entry) | ${(figures.listedRecall * 100).toFixed(1)}% |`,
    `| unlisted names with any hit | ${(figures.unlistedHitShare * 100).toFixed(1)}% |`,
    '',
    '## Quality by threshold (default ' + DEFAULT_THRESHOLD + ')',
    '',
    '| threshold | listed found | unlisted with any hit |',
    '|---|---|---|',
    ...figures.thresholdSweep.map((c) => `| ${c.threshold} | ${(c.listedRecall * 100).toFixed(1)}% | ${(c.unlistedHitShare * 100).toFixed(1)}% |`),
    '',
    '## Peer: the same names and queries through PostgreSQL pg_trgm (GIN trigram index)',
    '',
    // The ratio per CPU-second sets clearance's single thread against one connection's server process and
    // driver, CPU time against CPU time: on a shared machine the wall-clock ratio mostly measures who got the cores.
    '| peer | load + index | q/s, 1 connection | q/s, 2 connections | p50 / p99 | listed found | unlisted with any hit | clearance speed ratio | q per CPU-second, 1 connection (ratio) |',
    '|---|---|---|---|---|---|---|---|---|',
    ...figures.peers.map(
      (p) =>
        `| ${p.peer} | ${p.loadMs} + ${p.indexBuildMs} ms | ${p.qpsOneConnection} | ${p.qpsTwoConnections}${p.qpsTwoConnectionRuns.length > 1 ? ` (median of ${p.qpsTwoConnectionRuns.join(' / ')})` : ''} | ${p.latencyMs.p50} / ${p.latencyMs.p99} ms | ${(p.listedRecall * 100).toFixed(1)}% | ${(p.unlistedHitShare * 100).toFixed(1)}% | ${(bestBatchQps / p.qpsTwoConnections).toFixed(1)}x | ${p.qpsPerCpuSecond === undefined ? 'n/a' : `${p.qpsPerCpuSecond} (${(figures.cpuTimeQps / p.qpsPerCpuSecond).toFixed(1)}x)`} |`,
    ),
    '',
    ...(baseline ? baselineRows(baseline) : []),
    '| target | met |',
    '|---|---|',
    ...targets.map(([t, ok]) => `| ${t} | ${ok ? 'yes' : 'NO'} |`),
    '',
  ].join('\n');
  console.log(md);
  mkdirSync(args.out, { recursive: true });
  const suffix = args.quick ? '-quick' : '';
  writeFileSync(join(args.out, `screening-bench${suffix}.json`), JSON.stringify(figures, null, 2) + '\n');
  writeFileSync(join(args.out, `screening-bench${suffix}.md`), md);
}

/** The same party is often on two lists (CSL's SDN rows and OFAC's own file): either counts. */
function isOwnHit(hit: ScreeningHit, source: ListEntry): boolean {
  return hit.entry === source || hit.entry.names.some((n) => source.names.some((m) => m.value === n.value));
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

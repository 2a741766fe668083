/**
 * The peer for fuzzy name search: PostgreSQL's pg_trgm, the tool a team would reach for first. The same
 * names go into a table with a GIN trigram index; each query is a `%` similarity search ordered by
 * similarity, as the pg_trgm documentation recommends. Measured over the same queries as clearance.
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';
import type { ListEntry } from '../../src/model/list-entry.js';
import { median } from '../median.js';

export interface PeerQuery {
  name: string;
  /** `${list}:${id}` keys that count as finding the party the query was made from; undefined for unlisted names. */
  expected?: ReadonlySet<string>;
}

export interface PeerResult {
  threshold: number;
  loadMs: number;
  indexMs: number;
  names: number;
  queries: number;
  qpsOneConnection: number;
  /** The median of the runs over two connections (see runPgTrgmPeer's `twoConnectionRuns`). */
  qpsTwoConnections: number;
  /** Each run over two connections, in order. */
  qpsTwoConnectionRuns: number[];
  p50Ms: number;
  p99Ms: number;
  /**
   * One connection's queries per CPU-second of its server process and of this process (the driver):
   * unlike q/s, other tenants of a shared machine barely move it. Undefined when the server's
   * process cannot be read (a server on another machine, via DATABASE_URL).
   */
  qpsPerCpuSecond?: number;
  /** Listed queries whose own entry came back. */
  recall: number;
  /** Unlisted queries with any hit. */
  falsePositiveShare: number;
}

const key = (e: ListEntry) => `${e.list.code}:${e.id}`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

async function load(client: pg.Client, entries: readonly ListEntry[], table: string): Promise<{ names: number; loadMs: number; indexMs: number }> {
  await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  await client.query(`DROP TABLE IF EXISTS ${table}`);
  await client.query(`CREATE UNLOGGED TABLE ${table} (entry_key text NOT NULL, name text NOT NULL)`);
  const rows: [string, string][] = [];
  for (const e of entries) for (const n of e.names) rows.push([key(e), n.value.toLowerCase()]);
  const start = performance.now();
  for (let i = 0; i < rows.length; i += 1000) {
    const batch = rows.slice(i, i + 1000);
    const params: string[] = [];
    const values = batch.map(([k, n], j) => {
      params.push(k, n);
      return `($${2 * j + 1}, $${2 * j + 2})`;
    });
    await client.query(`INSERT INTO ${table} (entry_key, name) VALUES ${values.join(',')}`, params);
  }
  const loaded = performance.now();
  await client.query(`CREATE INDEX ${table}_trgm ON ${table} USING gin (name gin_trgm_ops)`);
  await client.query(`ANALYZE ${table}`);
  return { names: rows.length, loadMs: loaded - start, indexMs: performance.now() - loaded };
}

/** CPU time (user + system) of a local process so far, in ms; undefined when /proc does not show it. */
function processCpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** Linux's USER_HZ, the unit of /proc/<pid>/stat's times. */
const CLOCK_TICKS_PER_SECOND = 100;

async function search(client: pg.Client, table: string, name: string): Promise<string[]> {
  const res = await client.query<{ entry_key: string }>(
    `SELECT entry_key FROM ${table} WHERE name % $1 ORDER BY similarity(name, $1) DESC LIMIT 10`,
    [name.toLowerCase()],
  );
  return res.rows.map((r) => r.entry_key);
}

/**
 * Loads the names, then runs every query on one connection and again split over two, `twoConnectionRuns`
 * times: the bench sets the median of those runs against the median of clearance's batch runs, so
 * that one slow or fast minute of a shared machine on either side does not make the ratio.
 */
export async function runPgTrgmPeer(
  url: string,
  entries: readonly ListEntry[],
  queries: readonly PeerQuery[],
  threshold = 0.3,
  twoConnectionRuns = 1,
): Promise<PeerResult> {
  const table = `peer_names_${process.pid}`;
  const clients = [new pg.Client({ connectionString: url }), new pg.Client({ connectionString: url })];
  await Promise.all(clients.map((c) => c.connect()));
  try {
    for (const c of clients) await c.query(`SET pg_trgm.similarity_threshold = ${Number(threshold)}`);
    const loaded = await load(clients[0]!, entries, table);
    const latencies: number[] = [];
    let found = 0;
    let listed = 0;
    let unlistedWithHit = 0;
    let unlisted = 0;
    const backend = (await clients[0]!.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
    const backendCpuBefore = processCpuMs(backend);
    const clientCpuBefore = process.cpuUsage();
    const oneStart = performance.now();
    for (const q of queries) {
      const t = performance.now();
      const hits = await search(clients[0]!, table, q.name);
      latencies.push(performance.now() - t);
      if (q.expected) {
        listed++;
        if (hits.some((h) => q.expected!.has(h))) found++;
      } else {
        unlisted++;
        if (hits.length > 0) unlistedWithHit++;
      }
    }
    const oneMs = performance.now() - oneStart;
    const clientCpu = process.cpuUsage(clientCpuBefore);
    const backendCpuAfter = processCpuMs(backend);
    const oneCpuMs =
      backendCpuBefore !== undefined && backendCpuAfter !== undefined ? backendCpuAfter - backendCpuBefore + (clientCpu.user + clientCpu.system) / 1000 : undefined;
    const qpsTwoConnectionRuns: number[] = [];
    for (let run = 0; run < twoConnectionRuns; run++) {
      const twoStart = performance.now();
      await Promise.all(
        clients.map(async (c, i) => {
          for (let j = i; j < queries.length; j += 2) await search(c, table, queries[j]!.name);
        }),
      );
      qpsTwoConnectionRuns.push(queries.length / ((performance.now() - twoStart) / 1000));
    }
    latencies.sort((a, b) => a - b);
    return {
      threshold,
      ...loaded,
      queries: queries.length,
      qpsOneConnection: queries.length / (oneMs / 1000),
      qpsTwoConnections: median(qpsTwoConnectionRuns),
      qpsTwoConnectionRuns,
      p50Ms: percentile(latencies, 0.5),
      p99Ms: percentile(latencies, 0.99),
      qpsPerCpuSecond: oneCpuMs ? queries.length / (oneCpuMs / 1000) : undefined,
      recall: listed ? found / listed : 0,
      falsePositiveShare: unlisted ? unlistedWithHit / unlisted : 0,
    };
  } finally {
    await clients[0]!.query(`DROP TABLE IF EXISTS ${table}`).catch(() => {});
    await Promise.all(clients.map((c) => c.end()));
  }
}

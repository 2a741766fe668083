/* A separate process drawing shipments, so that the concurrency test has real parallel connections. */
import { openDatabase } from '../../src/store/database.js';
import { drawShipment, type DrawResult } from '../../src/licenses/drawdown.js';

const [url, dataDir, count, quantity] = process.argv.slice(2);
const store = await openDatabase({ url: url || undefined, dataDir: dataDir! });
// As many draws in flight as the pool has connections: more would only queue for one, and a long
// queue on a busy machine outwaits the pool's connection timeout.
const IN_FLIGHT = 10;
const total = Number(count);
const results: DrawResult[] = new Array<DrawResult>(total);
let next = 0;
const lane = async () => {
  while (next < total) {
    const i = next++;
    results[i] = await drawShipment(store, { license: 'C100', eccn: '3A001', quantity: Number(quantity), valueUsd: 1, asOf: '2026-06-01', party: 'Shanghai Example Microelectronics Co Ltd', destination: 'CN' }, `worker-${process.pid}`);
  }
};
await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, total) }, lane));
await store.close();
process.stdout.write(JSON.stringify(results.map((r) => r.status)));

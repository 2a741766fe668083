/* A separate process drawing shipments, so that the concurrency test has real parallel connections. */
import { openDatabase } from '../../src/store/database.js';
import { drawShipment } from '../../src/licenses/drawdown.js';

const [url, dataDir, count, quantity] = process.argv.slice(2);
const store = await openDatabase({ url: url || undefined, dataDir: dataDir! });
const results = await Promise.all(
  Array.from({ length: Number(count) }, () =>
    drawShipment(store, { license: 'C100', eccn: '3A001', quantity: Number(quantity), valueUsd: 1, asOf: '2026-06-01' }, `worker-${process.pid}`),
  ),
);
await store.close();
process.stdout.write(JSON.stringify(results.map((r) => r.status)));

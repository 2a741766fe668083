/**
 * The worker thread of RateThread: prices the 2024 weights at one date (or a scenario's dates before and
 * after) with the tariff pack and the trade data it reads itself (each kept while its version stays the same), so the pricing — about two
 * seconds of CPU — never holds up the thread that answers requests.
 */
import { parentPort } from 'node:worker_threads';
import { loadImportData, type Loaded } from '../ingest/trade/load.js';
import type { ImportData } from '../model/trade.js';
import type { TariffPack } from '../tariffs/pack.js';
import { effectiveRatesOf } from './effective-rate.js';
import type { JobBase, NationalJob, NationalJobAnswer, RateJob, RateJobAnswer, RateJobFailure } from './effective-rate-job.js';
import { nationalOf } from './scenario-national.js';
import { openTariffPack } from './tariffs.js';
import { openTradeData } from './trade.js';

let pack: { key: string; pack: TariffPack } | undefined;
let weights: { key: string; loaded: Loaded<ImportData> } | undefined;

async function packFor(job: JobBase): Promise<TariffPack> {
  if (pack?.key !== job.packVersion) {
    const opened = await openTariffPack({ dataDir: job.dataDir, pack: job.packDir });
    if (opened.version !== job.packVersion) {
      throw new Error(`the tariff pack changed while the rate was asked (${job.packVersion} asked, ${opened.version} found); ask again`);
    }
    pack = { key: job.packVersion, pack: opened };
  }
  return pack.pack;
}

async function weightsFor(job: JobBase): Promise<Loaded<ImportData>> {
  const { where, options } = openTradeData(job.data);
  const key = where.version ?? where.dir;
  if (weights?.key !== key) weights = { key, loaded: await loadImportData(where.dir, options) };
  return weights.loaded;
}

async function answer(job: RateJob | NationalJob): Promise<RateJobAnswer | NationalJobAnswer> {
  const p = await packFor(job);
  const loaded = await weightsFor(job);
  const read = { files: loaded.files, warnings: loaded.warnings };
  if (job.kind === 'national') {
    const { packs, dates } = nationalOf(p, job.scenario, loaded.data, job.dates);
    return { id: job.id, packs, dates, ...read };
  }
  return { id: job.id, report: effectiveRatesOf(p, loaded.data, [job.date], job.options)[0]!, ...read };
}

const port = parentPort;
if (port) {
  port.on('message', (job: RateJob | NationalJob) => {
    answer(job).then(
      (done) => port.postMessage(done),
      (err: unknown) => {
        const e = err as { message?: string; code?: string; kind?: string; field?: string };
        const failure: RateJobFailure = { id: job.id, error: { message: e.message ?? String(err), code: e.code, kind: e.kind, field: e.field } };
        port.postMessage(failure);
      },
    );
  });
}

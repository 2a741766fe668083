/**
 * A `data import` followed by the re-screen of the stored parties, as the CLI runs them, in a process of
 * its own that kills itself (SIGKILL: no handler, no cleanup) at the step named on its command line.
 * Arguments: data folder, list path, ISO time of the new version, step ('none' runs to the end).
 */
import { importPaths } from '../../src/ingest/data-folder.js';
import { rescreenDataFolder } from '../../src/jobs/rescreen-data-folder.js';
import { openDatabase } from '../../src/store/database.js';

const [home, list, now, step] = process.argv.slice(2) as [string, string, string, string];
const die = (at: string) => {
  if (at === step) process.kill(process.pid, 'SIGKILL');
};

const store = await openDatabase({ url: process.env.DATABASE_URL || undefined, dataDir: home });
try {
  await importPaths(home, [list], { now: new Date(now), onStep: die });
  let pages = 0;
  await rescreenDataFolder(store, home, {
    actor: 'crash-test',
    pageSize: 2,
    onProgress: () => {
      if (++pages === 2) die('rescreen-page');
    },
    onRescreened: () => die('rescreened'),
  });
} finally {
  await store.close();
}

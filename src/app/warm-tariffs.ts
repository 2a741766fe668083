import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TariffEngine } from '../tariffs/engine.js';
import { openTariffEngine, tariffsDir } from './tariffs.js';

/**
 * The data folder's current tariff pack, loaded once and kept for a long-running process (the API):
 * loading takes a few tenths of a second, a duty line microseconds. `clearance tariffs build` moves
 * `current.json` to a new pack; the next request sees it and loads that one.
 */
export class WarmTariffs {
  private cached?: { current: string; engine: Promise<TariffEngine> };

  constructor(private readonly dataDir: string) {}

  /** The engine over the current pack; with none, the not_found error telling how to build one. */
  async engine(): Promise<TariffEngine> {
    const pointer = join(tariffsDir(this.dataDir), 'current.json');
    const current = existsSync(pointer) ? readFileSync(pointer, 'utf8') : '';
    if (current === '') return openTariffEngine({ dataDir: this.dataDir });
    if (this.cached?.current !== current) this.cached = { current, engine: openTariffEngine({ dataDir: this.dataDir }) };
    const cached = this.cached;
    try {
      return await cached.engine;
    } catch (err) {
      // A pack that failed to load is not kept: the next request tries again (after a rebuild, say).
      if (this.cached === cached) this.cached = undefined;
      throw err;
    }
  }
}

import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A package loaded on first use, not when the module that needs it is imported. The romanisation
 * tables of Chinese and Sino-Korean readings take a quarter of a second of CPU to load, which every
 * command paid at start although only names in Chinese characters use them (a cold `clearance check`
 * screening Latin names never does). Both packages ship a CommonJS build, which is what makes the
 * synchronous load possible.
 */
export function lazyPackage<T>(name: string, pick: (exports: unknown) => T): () => T {
  let loaded: T | undefined;
  const load = () => (loaded ??= pick(require(name)));
  loaders.push(load);
  return load;
}

const loaders: (() => unknown)[] = [];

/** Loads every lazy package now: a server does so at start, so that no request waits for one. */
export function preloadLazyPackages(): void {
  for (const load of loaders) load();
}

/**
 * `npm run build` step: records the fingerprint of the built code in dist/ (see codeFingerprint in
 * src/snapshot/cache.ts), so that a cold command need not hash every module to find its caches.
 */
import { resolve } from 'node:path';
import { recordCodeFingerprint } from '../src/snapshot/cache.js';

const dist = resolve(import.meta.dirname, '..', 'dist');
console.log(`code fingerprint of dist/: ${recordCodeFingerprint(dist)}`);

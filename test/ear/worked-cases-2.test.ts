import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runWorkedCases } from './worked-case-runner.js';

/**
 * The second, independent set of worked cases (test/ear/worked-cases-2/): written from the regulation
 * text and the data by someone who had not seen the engine, weighted towards ordinary shipments. Run as
 * test/ear/worked-case-runner.ts describes.
 */
runWorkedCases(join(dirname(fileURLToPath(import.meta.url)), 'worked-cases-2'), 'worked cases, second set');

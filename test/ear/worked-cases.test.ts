import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runWorkedCases } from './worked-case-runner.js';

/** The first set of worked cases (test/ear/worked-cases/), run as test/ear/worked-case-runner.ts describes. */
runWorkedCases(join(dirname(fileURLToPath(import.meta.url)), 'worked-cases'), 'worked cases');

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runWorkedCases } from './worked-case-runner.js';

/**
 * Cases for the classes of rule fixed after the second worked-case set (test/ear/class-cases/): each
 * class a miss of that set revealed, reached through other ECCNs, entries, destinations and dates than
 * the miss itself, written from the regulation text and the data. Run as the worked cases are.
 */
runWorkedCases(join(dirname(fileURLToPath(import.meta.url)), 'class-cases'), 'class-fix cases', { everyClass: false });

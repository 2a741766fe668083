/** The structured logger the adapters give a Runtime: made on first use, so that a command that logs nothing does not load pino. */
export { lazyLogger, loadPino } from '../util/log.js';

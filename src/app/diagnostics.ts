/** Process diagnostics the adapters switch on (`serve --trace-stalls`): event-loop stalls, GC pauses and periodic work with their times. */
export { startStallTrace } from '../util/stall-trace.js';

export * from './list-entry.js';
export * from './snapshot.js';
export * from './parse-result.js';
export * from './identifier.js';

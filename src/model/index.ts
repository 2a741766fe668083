export * from './list-entry.js';
export * from './snapshot.js';
export * from './parse-result.js';
export * from './identifier.js';
export * from './errors.js';
export * from './dates.js';
export * from './numbers.js';
export * from './error-catalogue.js';

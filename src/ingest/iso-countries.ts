import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries/index.js';

/**
 * The ISO 3166 library with its English names only. Its package entry registers every one of its
 * ~80 languages when imported, which costs every command a noticeable part of its start; clearance
 * reads country names in English only.
 */
const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json') as Parameters<typeof countries.registerLocale>[0]);

export default countries;

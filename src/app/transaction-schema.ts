/**
 * The transaction's TypeBox schema, for the API's route declaration and its OpenAPI document. A file of
 * its own so that a command-line check, which validates without it, does not load TypeBox.
 */
export { TransactionSchema } from '../ear/transaction-schema.js';

import { Type, type Static } from '@sinclair/typebox';
import { END_USE_CATEGORIES } from './end-use-categories.js';
import { INPUT_LIMITS } from './transaction.js';

/**
 * The transaction input as a JSON Schema (TypeBox), for the API's OpenAPI document. It documents;
 * `parseTransaction` validates, so the CLI and the API refuse the same input with the same field and
 * message. Kept beside the parser and checked against it by test/ear/transaction-schema.test.ts.
 */

const Eccn = Type.String({ pattern: '^([Ee][Aa][Rr] ?99|\\d[A-Ea-e]\\d{3}(\\.[A-Za-z0-9]+)*)$', maxLength: 100, description: 'ECCN with optional paragraph ("3A090.a"), or "EAR99"' });
const Country = Type.String({ pattern: '^[A-Za-z]{2}$', description: 'ISO 3166-1 alpha-2' });
const Destination = Type.String({ pattern: '^[A-Za-z]{2}(-\\d{2})?$', description: 'ISO 3166-1 alpha-2, or UA-43, UA-40, UA-14, UA-09 for the covered regions of Ukraine' });
const ShortText = Type.String({ minLength: 1, maxLength: INPUT_LIMITS.shortText });
const Category = Type.Union(END_USE_CATEGORIES.map((c) => Type.Literal(c)));
const Facts = Type.Record(Type.String({ maxLength: INPUT_LIMITS.factId }), Type.Boolean(), {
  description: 'answers to the questions of an earlier decision, by question id (true: the condition holds)',
  maxProperties: INPUT_LIMITS.listEntries,
});
const Amount = Type.Number({ minimum: 0 });

export const TransactionItemSchema = Type.Object(
  {
    eccn: Eccn,
    description: Type.Optional(Type.String({ maxLength: INPUT_LIMITS.longText })),
    quantity: Amount,
    unit: Type.Optional(Type.String({ maxLength: INPUT_LIMITS.shortText })),
    value_usd: Amount,
    us_content: Type.Optional(Type.Array(Type.Object({ eccn: Eccn, value_usd: Amount }), { maxItems: INPUT_LIMITS.listEntries })),
    us_content_pct: Type.Optional(Type.Number({ minimum: 0, maximum: 100 })),
    fdp_basis: Type.Optional(Type.Array(Eccn, { maxItems: INPUT_LIMITS.listEntries, description: 'US software/technology ECCNs the item is a direct product of; [] declares none' })),
    fdp_plant_basis: Type.Optional(Type.Array(Eccn, { maxItems: INPUT_LIMITS.listEntries, description: 'US software/technology ECCNs the producing plant is a direct product of; [] declares none' })),
    fdp_party_design: Type.Optional(Type.Boolean()),
    food_or_medicine: Type.Optional(Type.Boolean()),
    hts: Type.Optional(Type.String({ pattern: '^[0-9.]{6,20}$', description: 'HTS code, 6 to 10 digits' })),
    facts: Type.Optional(Facts),
  },
  { additionalProperties: true },
);

export const TransactionPartySchema = Type.Object(
  {
    role: Type.Union([Type.Literal('end_user'), Type.Literal('consignee'), Type.Literal('purchaser'), Type.Literal('intermediate_consignee')]),
    name: ShortText,
    country: Destination,
    address: Type.Optional(Type.String({ maxLength: INPUT_LIMITS.shortText })),
    identifiers: Type.Optional(Type.Array(Type.Object({ type: Type.Optional(Type.String({ maxLength: 100 })), value: ShortText }), { maxItems: INPUT_LIMITS.listEntries })),
  },
  { additionalProperties: true },
);

export const TransactionSchema = Type.Object(
  {
    as_of: Type.Optional(Type.String({ format: 'date', description: 'YYYY-MM-DD, a day of the calendar' })),
    export_type: Type.Union([Type.Literal('export'), Type.Literal('reexport'), Type.Literal('transfer')]),
    origin_country: Country,
    destination: Destination,
    items: Type.Array(TransactionItemSchema, { minItems: 1, maxItems: INPUT_LIMITS.items }),
    parties: Type.Optional(Type.Array(TransactionPartySchema, { maxItems: INPUT_LIMITS.parties })),
    end_use: Type.Optional(Type.String({ minLength: 1, maxLength: INPUT_LIMITS.longText, description: 'free text, kept in the decision; words naming a Part 744 concern hold reachable items at indeterminate' })),
    end_use_categories: Type.Optional(Type.Array(Category, { maxItems: INPUT_LIMITS.listEntries })),
    end_use_categories_denied: Type.Optional(Type.Array(Category, { maxItems: INPUT_LIMITS.listEntries })),
    exceptions_claimed: Type.Optional(Type.Array(Type.Union(['TMP', 'RPL', 'GOV', 'TSU', 'BAG', 'ENC'].map((s) => Type.Literal(s))), { maxItems: INPUT_LIMITS.listEntries })),
    facts: Type.Optional(Facts),
  },
  { additionalProperties: true, $id: 'Transaction', description: 'An export, reexport or transfer to decide under the EAR' },
);

export type TransactionInput = Static<typeof TransactionSchema>;

import { Type } from '@sinclair/typebox';

const Amount = Type.Union([Type.Number(), Type.String()]);
const Flag = Type.Union([Type.Boolean(), Type.String()]);

/**
 * One entry line, the input shape as `clearance duty --input` reads it (documentation: the
 * use case validates it, so the API refuses a line with the same field and message as the CLI).
 */
export const EntryLineSchema = Type.Object(
  {
    id: Type.Optional(Type.Union([Type.String(), Type.Number()])),
    hts: Type.String({ description: 'HTS number, 8 or 10 digits, dots optional (6109.10.00, 8517620010)' }),
    country_of_origin: Type.String({ description: 'ISO 3166 alpha-2' }),
    entry_date: Type.String({ description: 'YYYY-MM-DD: the law of that day applies' }),
    customs_value_usd: Amount,
    quantity: Type.Optional(Amount),
    unit: Type.Optional(Type.String()),
    quantity_2: Type.Optional(Amount),
    unit_2: Type.Optional(Type.String()),
    export_date: Type.Optional(Type.String({ description: 'YYYY-MM-DD loaded for export (in-transit terms)' })),
    claimed_exclusion_heading: Type.Optional(Type.String({ description: 'a chapter 99 exclusion heading such as 9903.88.69' })),
    special_program: Type.Optional(Type.String({ description: 'special program indicator (S, KR, A+, ...)' })),
    usmca_qualifying: Type.Optional(Flag),
    metal_content_value_usd: Type.Optional(Amount),
    mode_of_transport: Type.Optional(Type.String({ description: 'vessel, air, truck, rail, mail, pipeline, other' })),
    de_minimis_claim: Type.Optional(Flag),
  },
  { additionalProperties: false },
);

import { Type, type Static } from '@sinclair/typebox';
import { SERVER_DEFAULTS } from '../config.js';

/** A party to screen, as POST /v1/screen takes it (the CLI's CSV columns, as JSON). */
export const PartyQuery = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: SERVER_DEFAULTS.maxNameChars, pattern: '\\S', description: 'the name in any script' }),
    type: Type.Optional(Type.Union([Type.Literal('person'), Type.Literal('organization'), Type.Literal('vessel'), Type.Literal('aircraft')])),
    country: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2}$', description: 'ISO 3166 alpha-2' })),
    dob: Type.Optional(Type.String({ pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$', description: 'YYYY, YYYY-MM or YYYY-MM-DD' })),
    identifiers: Type.Optional(
      Type.Array(
        Type.Object(
          {
            type: Type.Optional(Type.String({ minLength: 1, maxLength: 32, description: 'passport, national_id, tax_id, registration, imo, mmsi, swift, call_sign' })),
            value: Type.String({ minLength: 1, maxLength: 64, pattern: '[\\p{L}\\p{N}]' }),
          },
          { additionalProperties: false },
        ),
        { maxItems: 20 },
      ),
    ),
  },
  { additionalProperties: false },
);
export type PartyQueryType = Static<typeof PartyQuery>;

/** Options of a screening request. */
export const ScreenOptions = {
  threshold: Type.Optional(Type.Number({ minimum: 0, maximum: 1, description: 'report hits scoring at least this (default 0.8)' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, description: 'at most this many hits (default 10)' })),
  lists: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 32 }), { maxItems: 50, description: 'only hits on these lists (SDN, EL, UN, ...)' })),
};

/** A hit in the shape `clearance screen` writes. */
export const Hit = Type.Object({
  entityId: Type.String({ description: "the source's own id (CSL _id, OFAC ent_num, UN DATAID)" }),
  list: Type.String(),
  name: Type.String({ description: 'the listed primary name' }),
  matchedName: Type.String({ description: 'the listed name or alias that matched' }),
  score: Type.Number(),
  explanation: Type.Unknown(),
});

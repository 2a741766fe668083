import { Type, type Static } from '@sinclair/typebox';

/**
 * The scenario document: a name, what it supposes, and the changes laid over the base data —
 * chapter 99 measures changed, added or ended; list entries added or removed; Country Chart cells
 * set. Field names are snake_case like every other input file; dates are YYYY-MM-DD.
 */

const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
const Heading = Type.String({ pattern: '^9903\\.\\d{2}\\.\\d{2}$', description: 'chapter 99 heading, e.g. 9903.88.03' });
const Country = Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO alpha-2' });
const HtsPrefix = Type.String({ pattern: '^\\d{2}(\\d{2}(\\.?\\d{2}(\\.?\\d{2}(\\.?\\d{2})?)?)?)?$', description: 'HTS chapter, heading, 6, 8 or 10 digits' });
const Percent = Type.Number({ minimum: 0, maximum: 1000 });

/** A measure changed over [from, to] (the whole of its life when both are absent). */
export const TariffChange = Type.Object(
  {
    heading: Heading,
    rate_pct: Type.Optional(Percent),
    countries: Type.Optional(Type.Array(Country, { minItems: 1 })),
    hts: Type.Optional(Type.Array(HtsPrefix, { minItems: 1 })),
    from: Type.Optional(IsoDate),
    to: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);

/** A new measure; a heading the pack knows lends it its program, stacking and scope unless given. */
export const TariffAdd = Type.Object(
  {
    heading: Heading,
    rate_pct: Percent,
    program: Type.Optional(
      Type.Union(['section_301', 'section_232', 'ieepa_fentanyl', 'ieepa_reciprocal', 'ieepa_brazil', 'ieepa_india', 'section_122', 'section_201'].map((p) => Type.Literal(p))),
    ),
    label: Type.Optional(Type.String({ minLength: 1 })),
    countries: Type.Optional(Type.Array(Country, { minItems: 1 })),
    hts: Type.Optional(Type.Array(HtsPrefix, { minItems: 1 })),
    from: IsoDate,
    to: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);

/** A measure ended: `on` is the first entry date it no longer applies to. */
export const TariffEnd = Type.Object({ heading: Heading, on: IsoDate }, { additionalProperties: false });

export const ListAdd = Type.Object(
  {
    list: Type.String({ minLength: 1 }),
    name: Type.String({ minLength: 1 }),
    country: Type.Optional(Country),
    aliases: Type.Optional(Type.Array(Type.String({ minLength: 1 }))),
    license_requirement: Type.Optional(Type.String({ minLength: 1 })),
    federal_register: Type.Optional(Type.String({ minLength: 1 })),
  },
  { additionalProperties: false },
);

export const ListRemove = Type.Object({ list: Type.String({ minLength: 1 }), id: Type.String({ minLength: 1 }) }, { additionalProperties: false });

export const ChartCell = Type.Object(
  { country: Country, column: Type.String({ pattern: '^[A-Z]{2} ?\\d$' }), mark: Type.Boolean() },
  { additionalProperties: false },
);

export const ScenarioSchema = Type.Object(
  {
    name: Type.String({ minLength: 1 }),
    description: Type.String({ minLength: 1 }),
    tariffs: Type.Optional(
      Type.Object(
        {
          change: Type.Optional(Type.Array(TariffChange)),
          add: Type.Optional(Type.Array(TariffAdd)),
          end: Type.Optional(Type.Array(TariffEnd)),
        },
        { additionalProperties: false },
      ),
    ),
    lists: Type.Optional(
      Type.Object({ add: Type.Optional(Type.Array(ListAdd)), remove: Type.Optional(Type.Array(ListRemove)) }, { additionalProperties: false }),
    ),
    chart: Type.Optional(Type.Array(ChartCell)),
    /** A whole chart (BIS CSV export, eCFR folder or built pack; a path relative to the scenario file): every cell that differs from the base becomes a scenario cell. */
    chart_from: Type.Optional(Type.String({ minLength: 1 })),
  },
  { additionalProperties: false },
);

export type Scenario = Static<typeof ScenarioSchema>;
export type TariffChangeSpec = Static<typeof TariffChange>;
export type TariffAddSpec = Static<typeof TariffAdd>;
export type TariffEndSpec = Static<typeof TariffEnd>;

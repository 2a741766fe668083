import { Type, type TSchema } from '@sinclair/typebox';

/**
 * The answers of /v1/trade/* and /v1/scenarios/national, field for field the JSON the command line
 * prints (`--format json`, `--json`), so that the OpenAPI document types them for the UI. The engine
 * types they mirror: src/flows/balance-types.ts, commitments-types.ts, effective-rate-types.ts and
 * src/app/scenario-national.ts; a field left out here would be dropped from the answer, which
 * test/server/trade.test.ts catches by comparing with the command line.
 */

const Opt = <T extends TSchema>(schema: T) => Type.Optional(schema);
const Usd = Type.Number({ description: 'US dollars' });
const Strings = Type.Array(Type.String());

export const TradeDataUsedSchema = Type.Object({
  dir: Type.String(),
  version: Opt(Type.String({ description: 'the imported trade data version' })),
  files: Strings,
  warnings: Type.Array(Type.String({ description: 'a row left out as malformed' })),
});

const figures = { exportsUsd: Opt(Usd), importsUsd: Opt(Usd), balanceUsd: Opt(Usd) };

const BalanceYear = Type.Object({
  year: Type.Integer(),
  ...figures,
  months: Opt(Type.Integer()),
  basis: Type.Union([Type.Literal('months'), Type.Literal('annual_total'), Type.Literal('year_to_date'), Type.Literal('none')]),
  sources: Strings,
  vintage: Opt(Type.String()),
  notes: Strings,
  others: Type.Array(Type.Object({ ...figures, source: Type.String(), vintage: Opt(Type.String()), months: Opt(Type.Integer()), note: Opt(Type.String()) })),
});

const BalanceMonth = Type.Object({
  month: Type.String({ description: 'YYYY-MM' }),
  ...figures,
  exportsSource: Opt(Type.String()),
  importsSource: Opt(Type.String()),
  revision: Opt(Type.Object({ ...figures, vintage: Type.String() })),
  notes: Strings,
});

export const BalanceAnswer = Type.Object({
  partner: Type.String(),
  from: Type.Integer(),
  to: Type.Integer(),
  years: Opt(Type.Array(BalanceYear)),
  months: Opt(Type.Array(BalanceMonth)),
  dataRange: Opt(Type.Object({ first: Type.String(), last: Type.String() })),
  notes: Strings,
  data: TradeDataUsedSchema,
});

const Group = Type.Union(['manufactures', 'agriculture', 'energy', 'services', 'goods', 'uncovered'].map((g) => Type.Literal(g)));

export const CommitmentsAnswer = Type.Object({
  agreement: Type.Object({ id: Type.String(), title: Type.String(), partner: Type.String(), citations: Strings }),
  baselineYear: Type.Integer(),
  years: Type.Array(Type.Integer()),
  rows: Type.Array(
    Type.Object({
      year: Type.Integer(),
      group: Group,
      name: Type.String(),
      baselineUsd: Opt(Usd),
      committedIncreaseUsd: Opt(Usd),
      targetUsd: Opt(Usd),
      actualUsd: Opt(Usd),
      monthsOfData: Type.Integer(),
      shareOfTarget: Opt(Type.Number()),
      notes: Strings,
    }),
  ),
  path: Opt(Type.Array(Type.Object({ month: Type.String(), group: Group, name: Type.String(), usd: Usd, cumulativeUsd: Usd, targetUsd: Opt(Usd), cumulativeShare: Opt(Type.Number()) }))),
  basis: Type.String(),
  concordance: Type.String(),
  dataEnds: Opt(Type.String()),
  notes: Strings,
  sources: Type.Object({ exports: Type.String(), commitments: Type.String(), concordance: Opt(Type.String()), agreement: Strings }),
  data: TradeDataUsedSchema,
});

const Weights = Type.Object({ file: Type.String(), year: Type.Integer(), lines: Type.Integer(), value_usd: Usd });
const RateRow = Type.Object({ key: Type.String(), value_usd: Usd, duty_usd: Usd, rate_pct: Type.Number(), programs: Type.Record(Type.String(), Type.Number(), { description: 'duty by program, US dollars' }) });
const LineClass = Type.Object({ what: Type.String(), lines: Type.Integer(), value_usd: Usd, share_pct: Type.Number(), treatment: Type.String() });

const RateReport = Type.Object({
  date: Type.String(),
  weights: Weights,
  rate_pct: Type.Number({ description: 'import-weighted statutory rate, percent' }),
  value_usd: Usd,
  duty_usd: Usd,
  by_program: Type.Array(RateRow),
  by_country: Opt(Type.Array(RateRow, { description: 'left out when `by` asks for another grouping' })),
  by_chapter: Opt(Type.Array(RateRow, { description: 'left out when `by` asks for another grouping' })),
  coverage: Opt(
    Type.Array(
      Type.Object({
        heading: Type.String(),
        program: Type.String(),
        description: Type.String(),
        value_usd: Usd,
        share_pct: Type.Number(),
        duty_usd: Usd,
        by_country: Type.Array(Type.Object({ country: Type.String(), value_usd: Usd, duty_usd: Usd })),
      }),
      { description: 'the imports each chapter 99 heading charges; left out when `by` asks for another grouping' },
    ),
  ),
  left_out: Type.Array(LineClass),
  assumed: Type.Array(LineClass),
  metal_content: Type.Object({ share: Type.Number(), lines: Type.Integer(), value_usd: Usd, rate_pct_if_none: Type.Number(), rate_pct_if_all: Type.Number() }),
  realised: Type.Array(Type.Object({ what: Type.String(), file: Type.String(), year: Type.Integer(), value_usd: Usd, duty_usd: Usd, rate_pct: Type.Number() })),
  preferences: Opt(Type.Array(Type.Object({ country: Type.String(), program: Type.String(), lines: Type.Integer(), value_usd: Usd, claimed_pct: Type.Number(), how: Type.String() }))),
  notes: Strings,
});

const PublishedRate = Type.Object({ date: Type.String(), rate_pct: Type.Union([Type.Number(), Type.Null()]), source: Type.String(), url: Opt(Type.String()), counts: Type.String() });

export const EffectiveRateAnswerSchema = Type.Object({
  reports: Type.Array(RateReport),
  published: Type.Array(Type.Union([PublishedRate, Type.Null()]), { description: 'the figure others published for each date, or null' }),
  data: TradeDataUsedSchema,
  tariffs: Type.Object({ version: Type.String(), horizon: Type.String() }),
});

const Pair = Type.Array(Type.Number(), { minItems: 2, maxItems: 2, description: '[before, after]' });
const NationalRow = Type.Object({ key: Type.String(), value_usd: Usd, duty_usd: Pair, rate_pct: Pair, change_usd: Usd });

export const NationalAnswer = Type.Object({
  scenario: Type.Object({ name: Type.String(), description: Type.String() }),
  packs: Type.Object({ base: Type.String(), scenario: Type.String() }),
  static_note: Type.String(),
  dates: Type.Array(
    Type.Object({
      date: Type.String(),
      weights: Weights,
      rate_pct: Pair,
      duty_usd: Pair,
      change_usd: Usd,
      by_program: Type.Array(NationalRow),
      by_country: Type.Array(NationalRow),
    }),
  ),
  data: Opt(TradeDataUsedSchema),
});

/** A chart as SVG, for `?format=svg`. */
export const SvgChart = Type.String({ description: 'the chart the command line draws with --chart FILE.svg' });

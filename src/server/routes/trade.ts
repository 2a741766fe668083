import { Type, type FastifyPluginAsyncTypebox, type TSchema } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { balanceChartSvg, commitmentsChartSvg, effectiveRateChartSvg } from '../../app/chart-file.js';
import { effectiveRateDocument, type EffectiveRateReport } from '../../app/effective-rate.js';
import { EffectiveRateMemo } from '../../app/effective-rate-memo.js';
import { getTradeBalance, getTradeCommitments, type OptionNamer } from '../../app/trade.js';
import type { ServerContext } from '../context.js';
import { errorResponses } from '../schemas/common.js';
import { BalanceAnswer, CommitmentsAnswer, EffectiveRateAnswerSchema, SvgChart } from '../schemas/trade.js';

/**
 * GET /v1/trade/balance, /v1/trade/commitments and /v1/trade/effective-rate: what `clearance trade
 * balance`, `trade commitments` and `tariffs effective-rate` print with `--format json`, through the
 * same use cases, over the trade data version last imported (`clearance trade import DIR`) and the
 * data folder's current tariff pack; `?format=svg` answers the chart `--chart FILE.svg` draws. Errors
 * name the query parameter (`partner`, `date`), not the command line's option.
 */

/** Query parameters are named in snake case: `metal-share` is `metal_share`. */
const queryName: OptionNamer = (option) => option.replace(/-/g, '_');

const NO_TRADE_DATA =
  'Without an imported trade data version: 404 trade_data_missing, saying to run `clearance trade import DIR` on the server\'s data folder.';

const Format = Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('svg')], { description: 'json (the default) or svg: the chart the command line draws' }));

/**
 * A 200 answered as JSON, or with `?format=svg` as the chart (image/svg+xml: a string is sent as it is,
 * past the JSON serializer). Only the JSON is declared, so that clients generated from the document
 * type the answer as the object it is; the description says the rest.
 */
const jsonOrSvg = (schema: TSchema) => ({ 200: { ...schema, description: `the answer as JSON; with ?format=svg, ${SvgChart.description}` } });

function svg(reply: FastifyReply, chart: string): FastifyReply {
  return reply.type('image/svg+xml; charset=utf-8').send(chart);
}

const BY = ['program', 'country', 'chapter', 'action'] as const;
type By = (typeof BY)[number];

/** The report with only the grouping asked for beside the rate by program (the command line's JSON has them all). */
function grouped(report: EffectiveRateReport, by: By | undefined): Partial<EffectiveRateReport> {
  if (by === undefined) return report;
  const { by_country: country, by_chapter: chapter, coverage, ...rest } = report;
  return { ...rest, ...(by === 'country' ? { by_country: country } : by === 'chapter' ? { by_chapter: chapter } : by === 'action' ? { coverage } : {}) };
}

/** What the three routes share: a viewer's GET, tagged trade, answering JSON or SVG, with the same errors. */
function tradeGet<Q extends TSchema>(summary: string, description: string, querystring: Q, answer: TSchema) {
  return {
    config: { role: 'viewer' as const },
    schema: { tags: ['trade'], summary, description, querystring, response: { ...jsonOrSvg(answer), ...errorResponses(400, 401, 403, 404, 422, 429, 503) } },
  };
}

export const tradeRoutes: FastifyPluginAsyncTypebox<ServerContext> = async (app, ctx) => {
  const tariffs = ctx.tariffs;
  // Pricing a date takes seconds of CPU: on its own thread, so screens and checks are answered meanwhile.
  const rates = new EffectiveRateMemo(ctx.limits.effectiveRateReports, ctx.rateThread);
  const data = () => ({ home: ctx.rt.dataDir });

  app.get(
    '/v1/trade/balance',
    tradeGet(
      'US goods exports, imports and balance with a partner by year or month, gaps as absent figures, vintages named',
      `As \`clearance trade balance --format json\`: whole US dollars; a figure absent from the answer is a gap in the data, never a zero. ${NO_TRADE_DATA}`,
      Type.Object(
        {
          partner: Type.String({ description: 'ISO code (CN) or name of the partner' }),
          from: Type.Optional(Type.String({ description: 'first year, YYYY' })),
          to: Type.Optional(Type.String({ description: 'last year, YYYY' })),
          monthly: Type.Optional(Type.Boolean({ description: 'one row per month' })),
          format: Format,
        },
        { additionalProperties: false },
      ),
      BalanceAnswer,
    ),
    async (request, reply) => {
      const q = request.query;
      const { report, data: used } = await getTradeBalance({ data: data(), partner: q.partner, from: q.from, to: q.to, monthly: q.monthly, name: queryName });
      return q.format === 'svg' ? svg(reply, balanceChartSvg(report)) : { ...report, data: used };
    },
  );

  app.get(
    '/v1/trade/commitments',
    tradeGet(
      'purchases by category and year against the baseline plus the committed increase (Phase One)',
      `As \`clearance trade commitments --format json\`, naming the basis, the concordance and where the data stops. ${NO_TRADE_DATA}`,
      Type.Object(
        {
          agreement: Type.String({ description: 'the agreement: phase-one' }),
          monthly: Type.Optional(Type.Boolean({ description: 'also the monthly cumulative path against each year\'s target' })),
          format: Format,
        },
        { additionalProperties: false },
      ),
      CommitmentsAnswer,
    ),
    async (request, reply) => {
      const q = request.query;
      const { report, data: used } = await getTradeCommitments({ data: data(), agreement: q.agreement, monthly: q.monthly, name: queryName });
      return q.format === 'svg' ? svg(reply, commitmentsChartSvg(report)) : { ...report, data: used };
    },
  );

  app.get(
    '/v1/trade/effective-rate',
    tradeGet(
      'the import-weighted statutory duty rate on US imports at each date\'s law, over the 2024 import weights',
      `As \`clearance tariffs effective-rate --format json\`, with the Budget Lab's figure beside each date. Each date takes about two seconds the first time; the server keeps the answers (per tariff pack, trade data version, date and options), so a date asked again answers at once. \`by\` keeps only that grouping beside the rate by program (without it, all of them, as the command line). ${NO_TRADE_DATA} Without a tariff pack: 404 tariff_pack_missing.`,
      Type.Object(
        {
          date: Type.Array(Type.String({ description: 'YYYY-MM-DD' }), { minItems: 1, maxItems: ctx.limits.effectiveRateDates, description: 'the law of this date; repeat for several' }),
          by: Type.Optional(Type.Union(BY.map((b) => Type.Literal(b)), { description: 'program, country, chapter or action (the imports each chapter 99 heading charges)' })),
          metal_share: Type.Optional(Type.String({ description: 'share of the value taken as metal content where a Section 232 duty taxes it, 0 to 1' })),
          preferences: Type.Optional(Type.String({ description: 'none (statutory, the default) or claimed-2024' })),
          usmca_share: Type.Optional(Type.String({ description: 'share of Canadian and Mexican value entered under the USMCA, 0 to 1' })),
          format: Format,
        },
        { additionalProperties: false },
      ),
      EffectiveRateAnswerSchema,
    ),
    async (request, reply) => {
      const q = request.query;
      const input = { data: data(), dates: q.date, metalShare: q.metal_share, preferences: q.preferences, usmcaShare: q.usmca_share };
      const doc = effectiveRateDocument(await rates.answer(async () => (await tariffs.engine()).pack, input, queryName));
      if (q.format === 'svg') return svg(reply, effectiveRateChartSvg(doc.reports, doc.published.map((p) => p ?? undefined)));
      return { ...doc, reports: doc.reports.map((r) => grouped(r, q.by)) };
    },
  );
};

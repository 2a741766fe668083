import { useMemo } from 'react';
import { balanceChartSvg } from '../../../src/charts/balance-chart.js';
import { commitmentsChartSvg } from '../../../src/charts/commitments-chart.js';
import { effectiveRateChartSvg } from '../../../src/charts/effective-rate-chart.js';
import { call } from '../api/client';
import type { BalanceAnswer, CommitmentsAnswer, EffectiveRateAnswer } from '../api/types';
import { ColumnHeads, ErrorNotice, Loading } from '../components/common';
import { SvgChart } from '../components/SvgChart';
import { useRequest, type Request } from '../components/use-request';
import { billions, GAP, percent } from '../lib/figures';
import { SLOW_READ_DEADLINE_MS } from '../lib/load-run';
import { BALANCE_FROM, RATE_DATES } from '../lib/trade-dates';
import { useSession } from '../session/session';

/**
 * US-China trade, the Phase One purchase commitments and the effective tariff rate: each drawn by the
 * same chart code as the command line's `--chart`, from the same answer as its JSON, with the figures as
 * a table under the chart.
 */

function DataLine({ data }: { data: BalanceAnswer['data'] }) {
  return (
    <p className="muted small">
      Data: {data.version ? `imported trade data version ${data.version}` : data.dir} ({data.files.join(', ')})
    </p>
  );
}

/** A section of the page: its title, the loading state while the server computes, the error, then the figures. */
function Panel<T>({ id, title, request, label, children }: { id: string; title: string; request: Request<T>; label: string; children: (data: T) => React.ReactNode }) {
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {request.error ? <ErrorNotice error={request.error} retry={request.reload} retrying={request.loading} /> : null}
      <Loading loading={request.loading} label={label} minHeight={request.data ? undefined : 200}>
        {request.data ? children(request.data) : null}
      </Loading>
    </section>
  );
}

function BalanceFigures({ answer }: { answer: BalanceAnswer }) {
  const svg = useMemo(() => balanceChartSvg(answer), [answer]);
  return (
    <>
      <SvgChart svg={svg} caption={`US goods trade with ${answer.partner}: exports, imports and the balance by year, with the 2018 tariffs, the 2020 Phase One deal and the 2025 measures marked; the figures are in the table below.`} />
      <div className="scroll-x">
        <table className="compact">
          <caption>US goods trade with {answer.partner} by year, $ billions ({GAP} = not in the data)</caption>
          <ColumnHeads names={['year', 'exports', 'imports', 'balance', 'months', 'source']} numeric={['exports', 'imports', 'balance', 'months']} />
          <tbody>
            {(answer.years ?? []).map((y) => (
              <tr key={y.year}>
                <th scope="row">{y.year}</th>
                <td className="num">{billions(y.exportsUsd)}</td>
                <td className="num">{billions(y.importsUsd)}</td>
                <td className="num">{billions(y.balanceUsd)}</td>
                <td className="num">{y.months ?? GAP}</td>
                <td className="small">{[...y.sources, ...y.notes].join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <DataLine data={answer.data} />
    </>
  );
}

function CommitmentFigures({ answer }: { answer: CommitmentsAnswer }) {
  const svg = useMemo(() => commitmentsChartSvg(answer), [answer]);
  return (
    <>
      <SvgChart svg={svg} caption={`${answer.agreement.title}: for each year and category, the ${answer.baselineYear} baseline, the target and the purchases made; the figures are in the table below.`} />
      <div className="scroll-x">
        <table className="compact">
          <caption>Purchases against commitments, $ billions ({GAP} = not in the data)</caption>
          <ColumnHeads
            names={['year', 'category', `${answer.baselineYear} baseline`, 'target', 'purchases', 'share of target', 'months of data']}
            numeric={[`${answer.baselineYear} baseline`, 'target', 'purchases', 'share of target', 'months of data']}
          />
          <tbody>
            {answer.rows.map((r) => (
              <tr key={`${r.year}-${r.group}`}>
                <th scope="row">{r.year}</th>
                <td>{r.name}</td>
                <td className="num">{billions(r.baselineUsd, 2)}</td>
                <td className="num">{billions(r.targetUsd, 2)}</td>
                <td className="num">{billions(r.actualUsd, 2)}</td>
                <td className="num">{percent(r.shareOfTarget === undefined ? undefined : r.shareOfTarget * 100)}</td>
                <td className="num">{r.monthsOfData}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="small">
        Basis: {answer.basis}. Concordance: {answer.concordance}.{answer.dataEnds ? ` Data ends ${answer.dataEnds}.` : ''}
      </p>
      <DataLine data={answer.data} />
    </>
  );
}

function RateFigures({ answer }: { answer: EffectiveRateAnswer }) {
  const svg = useMemo(() => effectiveRateChartSvg(answer.reports, answer.published.map((p) => p ?? undefined)), [answer]);
  const programs = [...new Set(answer.reports.flatMap((r) => r.by_program.map((p) => p.key)))];
  return (
    <>
      <SvgChart svg={svg} caption="The import-weighted statutory rate at each date's law, stacked by program, with the Budget Lab's published figure where there is one; the figures are in the table below." />
      <div className="scroll-x">
        <table className="compact">
          <caption>Effective tariff rate on US imports, percent (points of the rate by program)</caption>
          <ColumnHeads names={['date', 'rate', ...programs, 'Budget Lab']} numeric={['rate', ...programs, 'Budget Lab']} />
          <tbody>
            {answer.reports.map((r, i) => (
              <tr key={r.date}>
                <th scope="row">{r.date}</th>
                <td className="num">{percent(r.rate_pct, 2)}</td>
                {programs.map((p) => (
                  <td key={p} className="num">
                    {(r.by_program.find((x) => x.key === p)?.rate_pct ?? 0).toFixed(2)}
                  </td>
                ))}
                <td className="num">{percent(answer.published[i]?.rate_pct ?? undefined)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small">
        Weights: {answer.reports[0]?.weights.file} ({answer.reports[0]?.weights.year}); tariff pack {answer.tariffs.version}, schedules to {answer.tariffs.horizon}.
      </p>
    </>
  );
}

export function TradePage() {
  const { api } = useSession();
  const balance = useRequest(() => call(api.GET('/v1/trade/balance', { params: { query: { partner: 'CN', from: BALANCE_FROM } } })), [api]);
  const commitments = useRequest(() => call(api.GET('/v1/trade/commitments', { params: { query: { agreement: 'phase-one' } } })), [api]);
  const rate = useRequest(() => call(api.GET('/v1/trade/effective-rate', { params: { query: { date: [...RATE_DATES], by: 'program' } } })), [api], { deadlineMs: SLOW_READ_DEADLINE_MS });
  return (
    <>
      <h1>Trade</h1>
      <Panel id="balance-title" title="US-China goods trade" request={balance} label="the trade balance">
        {(answer) => <BalanceFigures answer={answer} />}
      </Panel>
      <Panel id="commitments-title" title="Phase One purchase commitments" request={commitments} label="the commitments">
        {(answer) => <CommitmentFigures answer={answer} />}
      </Panel>
      <Panel id="rate-title" title="Effective tariff rate, 2025-2026" request={rate} label={`the effective rate at ${RATE_DATES.length} dates (the server prices every import line at each date's law; the first time takes a while)`}>
        {(answer) => <RateFigures answer={answer} />}
      </Panel>
    </>
  );
}

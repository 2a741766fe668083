import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { flexRender, getCoreRowModel, getSortedRowModel, useReactTable, type ColumnDef, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { call } from '../api/client';
import type { Alert } from '../api/types';
import { ErrorNotice, Loading, Name, Score } from '../components/common';
import { useRequest } from '../components/use-request';
import { filterAlerts, stepInQueue, type QueueFilter } from '../lib/alert-queue';
import { ageInDays, localDate } from '../lib/time';
import { routeHref } from '../lib/routes';
import { useSession } from '../session/session';
import { AlertReview, type Decision } from './AlertReview';

const ROW = 34;
const STATUSES = ['open', 'pending_clearance', 'escalated', 'confirmed', 'cleared'];

const COLUMNS: ColumnDef<Alert>[] = [
  { id: 'id', header: '#', accessorKey: 'id', size: 60 },
  { id: 'party', header: 'party', accessorFn: (a) => a.party.name, cell: (c) => <Name text={c.row.original.party.name} />, size: 220 },
  { id: 'entry', header: 'listed name', accessorKey: 'entryName', cell: (c) => <Name text={c.row.original.entryName} />, size: 240 },
  { id: 'list', header: 'list', accessorKey: 'list', size: 60 },
  { id: 'score', header: 'score', accessorKey: 'score', cell: (c) => <Score value={c.row.original.score} />, size: 70 },
  { id: 'status', header: 'status', accessorKey: 'status', cell: (c) => <span className={`status-${c.row.original.status}`}>{c.row.original.status.replace('_', ' ')}</span>, size: 130 },
  { id: 'created', header: 'raised', accessorKey: 'createdAt', cell: (c) => <span title={c.row.original.createdAt}>{localDate(c.row.original.createdAt)}</span>, size: 100 },
];

const isTyping = (t: EventTarget | null) => t instanceof HTMLElement && (/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) || t.isContentEditable);

/**
 * The alert queue: filters, sorting, a virtualised list that stays quick at thousands of alerts, and
 * the review of the selected alert beside it. Keys: j/k (or arrows in the list) next and previous,
 * f confirm, c clear, e escalate, a approve, / the party filter.
 */
export function AlertsPage({ item }: { item?: string }) {
  const { api } = useSession();
  const alerts = useRequest(() => call(api.GET('/v1/alerts', { params: { query: { limit: 10_000 } } })) as unknown as Promise<{ alerts: Alert[] }>, [api]);
  const settings = useRequest(() => call(api.GET('/v1/settings')), [api]);
  const [filter, setFilter] = useState<QueueFilter>({ status: 'waiting' });
  const [sorting, setSorting] = useState<SortingState>([]);
  const [decide, setDecide] = useState<{ decision: Decision; n: number }>();
  const selected = item !== undefined ? Number(item) : undefined;
  const partyFilter = useRef<HTMLInputElement>(null);
  const scroller = useRef<HTMLDivElement>(null);

  const all = alerts.data?.alerts ?? [];
  const lists = useMemo(() => [...new Set(all.map((a) => a.list))].sort(), [all]);
  const shown = useMemo(() => filterAlerts(all, filter, new Date()), [all, filter]);
  const table = useReactTable({ data: shown, columns: COLUMNS, state: { sorting }, onSortingChange: setSorting, getCoreRowModel: getCoreRowModel(), getSortedRowModel: getSortedRowModel() });
  const rows = table.getRowModel().rows;
  const ids = useMemo(() => rows.map((r) => r.original.id), [rows]);
  const virtual = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW, overscan: 12 });

  const select = useCallback((id: number | undefined) => {
    if (id !== undefined) window.location.hash = routeHref({ page: 'alerts', item: String(id) });
  }, []);
  const step = useCallback((by: 1 | -1) => select(stepInQueue(ids, selected, by)), [ids, selected, select]);

  useEffect(() => {
    const at = selected !== undefined ? ids.indexOf(selected) : -1;
    if (at >= 0) virtual.scrollToIndex(at, { align: 'auto' });
  }, [selected, ids, virtual]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const actions: Record<string, () => void> = {
        j: () => step(1),
        k: () => step(-1),
        f: () => setDecide({ decision: 'confirm', n: Date.now() }),
        c: () => setDecide({ decision: 'clear', n: Date.now() }),
        e: () => setDecide({ decision: 'escalate', n: Date.now() }),
        a: () => setDecide({ decision: 'approve', n: Date.now() }),
        '/': () => partyFilter.current?.focus(),
      };
      const act = actions[e.key];
      if (act) {
        e.preventDefault();
        act();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step]);

  const onListKey = (e: ReactKeyboardEvent) => {
    const by = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (by === 0) return;
    e.preventDefault();
    step(by);
  };

  const { reload } = alerts;
  const decided = useCallback(() => reload(), [reload]);

  const set = (k: keyof QueueFilter, number = false) => (e: { target: { value: string } }) => setFilter({ ...filter, [k]: e.target.value === '' ? undefined : number ? Number(e.target.value) : e.target.value });
  const oldest = all.length ? ageInDays(all[0]!.createdAt, new Date()) : 0;

  return (
    <>
      <h1>Alerts</h1>
      <form className="filters" role="search" aria-label="Filter alerts" onSubmit={(e) => e.preventDefault()}>
        <label>
          Status
          <select value={filter.status ?? ''} onChange={set('status')}>
            <option value="waiting">waiting for an analyst</option>
            <option value="">any</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s.replace('_', ' ')}
              </option>
            ))}
          </select>
        </label>
        <label>
          List
          <select value={filter.list ?? ''} onChange={set('list')}>
            <option value="">any</option>
            {lists.map((l) => (
              <option key={l}>{l}</option>
            ))}
          </select>
        </label>
        <label>
          Score at least
          <input type="number" min={0} max={1} step={0.01} value={filter.minScore ?? ''} onChange={set('minScore', true)} />
        </label>
        <label>
          Party (name or id)
          <input ref={partyFilter} type="search" value={filter.party ?? ''} onChange={set('party')} />
        </label>
        <label>
          At least days old
          <input type="number" min={0} max={Math.max(oldest, 1)} value={filter.minAgeDays ?? ''} onChange={set('minAgeDays', true)} />
        </label>
      </form>
      <p className="muted small" id="alert-keys">
        Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous · <kbd>f</kbd> confirm · <kbd>c</kbd> clear · <kbd>e</kbd> escalate · <kbd>a</kbd> approve · <kbd>/</kbd> party filter
        {settings.data ? ` · four-eyes rule ${settings.data.fourEyes ? 'on: a clearance needs a second analyst' : 'off'}` : ''}
      </p>
      {alerts.error ? <ErrorNotice error={alerts.error} retry={alerts.reload} retrying={alerts.loading} /> : null}
      <div className="queue-review">
        <Loading loading={alerts.loading} label="alerts">
          <div role="table" aria-label={`Alert queue, ${rows.length} of ${all.length} alerts`} aria-rowcount={rows.length + 1} className="vtable" aria-describedby="alert-keys">
            <div role="rowgroup" className="vhead">
              {table.getHeaderGroups().map((g) => (
                <div role="row" key={g.id} className="vrow" aria-rowindex={1}>
                  {g.headers.map((h) => {
                    const sorted = h.column.getIsSorted();
                    return (
                      <div role="columnheader" key={h.id} style={{ width: h.getSize() }} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}>
                        <button type="button" className="linkish" onClick={h.column.getToggleSortingHandler()}>
                          {flexRender(h.column.columnDef.header, h.getContext())}
                          {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                        </button>
                      </div>
                    );
                  })}
                </div>
              ))}
            </div>
            <div ref={scroller} role="rowgroup" className="vbody" tabIndex={0} onKeyDown={onListKey} aria-label="Alerts (arrow keys move)">
              <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
                {virtual.getVirtualItems().map((v) => {
                  const row = rows[v.index]!;
                  const a = row.original;
                  return (
                    <div
                      role="row"
                      key={a.id}
                      aria-rowindex={v.index + 2}
                      aria-selected={a.id === selected}
                      className={`vrow${a.id === selected ? ' selected' : ''}`}
                      style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW, transform: `translateY(${v.start}px)` }}
                      onClick={() => select(a.id)}
                    >
                      {row.getVisibleCells().map((c) => (
                        <div role="cell" key={c.id} style={{ width: c.column.getSize() }}>
                          {c.column.id === 'id' ? (
                            <a href={routeHref({ page: 'alerts', item: String(a.id) })} tabIndex={-1}>
                              {a.id}
                            </a>
                          ) : (
                            flexRender(c.column.columnDef.cell, c.getContext())
                          )}
                        </div>
                      ))}
                    </div>
                  );
                })}
              </div>
            </div>
          </div>
          {!alerts.loading && rows.length === 0 ? <p className="empty">No alerts match these filters.</p> : null}
        </Loading>
        <div className="review-pane">
          {selected !== undefined && Number.isInteger(selected) ? (
            <AlertReview id={selected} fourEyes={settings.data?.fourEyes ?? false} shortcut={decide} onDecided={decided} onNext={() => step(1)} />
          ) : (
            <p className="empty">Select an alert to review it: click it, or press j (arrow keys in the list).</p>
          )}
        </div>
      </div>
    </>
  );
}

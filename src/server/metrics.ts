import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { countOpenAlerts } from '../app/alerts.js';
import type { ServerContext } from './context.js';

/**
 * Prometheus metrics at GET /metrics: requests and their latency per route, the size of the index in
 * service, the age of its list version, and the alerts waiting for an analyst. Each app has its own
 * registry, so that several apps (tests) in one process do not share counters.
 */
export function registerMetrics(app: FastifyInstance, ctx: ServerContext): void {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'clearance_' });
  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new Counter({ name: 'clearance_http_requests_total', help: 'HTTP requests answered, by route and status', labelNames, registers: [registry] });
  const latency = new Histogram({
    name: 'clearance_http_request_duration_seconds',
    help: 'time to answer, by route',
    labelNames: ['method', 'route'] as const,
    buckets: [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [registry],
  });
  new Gauge({
    name: 'clearance_index_entries',
    help: 'list entries in the screening index in service',
    registers: [registry],
    collect() {
      this.set(ctx.lists.current()?.snapshot.entries.length ?? 0);
    },
  });
  new Gauge({
    name: 'clearance_list_version_age_seconds',
    help: 'age of the list version in service (since it was made)',
    registers: [registry],
    collect() {
      const createdAt = ctx.lists.current()?.snapshot.createdAt;
      if (createdAt) this.set(Math.max(0, (ctx.rt.clock.now().getTime() - Date.parse(createdAt)) / 1000));
    },
  });
  new Gauge({
    name: 'clearance_alerts_open',
    help: 'alerts waiting for an analyst (open or pending a second approval)',
    registers: [registry],
    async collect() {
      this.set(await countOpenAlerts(ctx.rt));
    },
  });

  app.addHook('onResponse', async (request, reply) => {
    // The route's pattern (/v1/alerts/:id), never the URL itself: it may hold ids without end.
    const route = request.routeOptions.url ?? 'unmatched';
    requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    latency.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });
  app.get('/metrics', { schema: { hide: true }, config: { role: 'viewer' } }, async (_request, reply) => {
    void reply.header('content-type', registry.contentType);
    return registry.metrics();
  });
}

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Where `npm run build` puts the analyst UI (web/dist), from src/server or dist/server alike. */
export const WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

/**
 * What the browser may do with the UI's pages: load only the server's own scripts, styles and data
 * (no third-party script could read the API key in session storage), and never frame them. Inline
 * style attributes are allowed: the virtualised tables position rows with them.
 */
const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>clearance</title></head><body>
<h1>The web UI is not built</h1><p>Run <code>npm run build</code> in the clearance folder, then reload. The API answers under <a href="/docs">/docs</a>.</p></body></html>`;

function secure(reply: FastifyReply): FastifyReply {
  return reply.headers(SECURITY_HEADERS);
}

/**
 * The analyst UI at `/`: its page and its hashed assets (kept a year: a new build has new names),
 * without a key (the page asks for one and sends it to the API itself). Pages are addressed by the
 * URL's fragment (/#/alerts), so the server has one page to serve and no route to keep in step.
 */
export async function registerWebUi(app: FastifyInstance, root: string = WEB_ROOT): Promise<void> {
  const built = existsSync(`${root}/index.html`);
  await app.register(async (scope) => {
    if (built) await scope.register(fastifyStatic, { root, serve: false });
    const config = { public: true };
    const schema = { hide: true };
    scope.get('/', { config, schema }, async (_request, reply) => {
      if (!built) return secure(reply).status(503).type('text/html; charset=utf-8').send(NOT_BUILT);
      return secure(reply).header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
    });
    if (!built) return;
    scope.get('/assets/*', { config, schema }, async (request, reply) => {
      const file = (request.params as { '*': string })['*'];
      return secure(reply).sendFile(`assets/${file}`, { maxAge: 365 * 24 * 3600 * 1000, immutable: true });
    });
  });
}

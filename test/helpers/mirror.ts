import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A local HTTP server laid out as `data update --base-url` expects (/<source>/<file>). */
export interface Mirror {
  /** http://127.0.0.1:PORT */
  base: string;
  close(): void;
}

/** Serves the bytes `bodyOf` gives for a request path, 404 when it gives none. */
export async function startMirror(bodyOf: (path: string) => Buffer | undefined): Promise<Mirror> {
  const server = createServer((req, res) => {
    const body = bodyOf(req.url ?? '');
    if (!body) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-length': body.length }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

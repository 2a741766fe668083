/** The UI's pages, addressed by the URL fragment (#/alerts/12), so the server serves one page. */
export const PAGES = ['screen', 'alerts', 'check', 'licenses', 'lists', 'audit', 'trade', 'scenario'] as const;
export type Page = (typeof PAGES)[number];

export interface Route {
  page: Page;
  /** The alert id, license number or audit record the page opens, when the fragment names one. */
  item?: string;
}

export function parseRoute(hash: string): Route {
  const [page, ...rest] = hash.replace(/^#\/?/, '').split('/');
  const known = (PAGES as readonly string[]).includes(page ?? '') ? (page as Page) : 'screen';
  const item = rest.join('/');
  return item && known === page ? { page: known, item: decodeURIComponent(item) } : { page: known };
}

export function routeHref(route: Route): string {
  return `#/${route.page}${route.item !== undefined ? `/${encodeURIComponent(route.item)}` : ''}`;
}

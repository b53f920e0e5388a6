// CSRF protection for route handlers that change data: a browser always says where a request comes
// from (Origin, or Sec-Fetch-Site), and only this site's own pages may send one. Server actions get
// the same check from Next itself.
import { ServerError } from '../context';

export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get('origin');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (origin) {
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = null;
    }
    if (originHost !== host) throw new ServerError(403, '已拒绝来自其他网站的请求');
    return;
  }
  const site = request.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') throw new ServerError(403, '已拒绝来自其他网站的请求');
}

// The sign-in back-off keys its long waits on the client's address, so the address must be one the
// deployment can vouch for. Next copies the connection's address into X-Forwarded-For only when the request
// carries none, so a client talking to Next directly can write any address there. Hence: with
// NIANBAO_TRUSTED_PROXIES=N (N reverse proxies in front, each appending the address it saw, as nginx's
// $proxy_add_x_forwarded_for does) the address is the N-th entry from the right; entries further left were
// written by the client. With N=0 (the default: nothing in front) no header is trusted and the address is
// unknown, so only the account's own back-off (capped at 30 s) applies. X-Real-IP is never read: a proxy
// that does not set it passes the client's own value through.
import { isIP } from 'node:net';

/** The configured number of trusted proxies: a whole number, anything else counts as none. */
export function trustedProxyCount(setting: string | undefined): number {
  return setting && /^\d{1,2}$/.test(setting.trim()) ? Number(setting.trim()) : 0;
}

export function clientAddress(forwardedFor: string | null, trustedProxies: number): string | null {
  if (trustedProxies < 1 || !forwardedFor) return null;
  const hops = forwardedFor.split(',').map((h) => h.trim());
  const entry = hops.length >= trustedProxies ? hops[hops.length - trustedProxies] : '';
  const address = entry.toLowerCase().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
  return isIP(address) ? address : null;
}

import { describe, expect, it } from 'vitest';
import { assertSameOrigin } from './csrf';

const request = (headers: Record<string, string>) => new Request('http://nianbao.local/api/reports/x/draft', { method: 'PUT', headers });

describe('assertSameOrigin', () => {
  it.each([
    ['same origin', { host: 'nianbao.local', origin: 'http://nianbao.local' }],
    ['behind a proxy', { host: '127.0.0.1:3000', 'x-forwarded-host': 'nb.gov.cn', origin: 'https://nb.gov.cn' }],
    ['a non-browser client (no Origin, no Sec-Fetch-Site)', { host: 'nianbao.local' }],
    ['same-origin fetch metadata', { host: 'nianbao.local', 'sec-fetch-site': 'same-origin' }],
  ])('lets %s through', (_name, headers) => {
    expect(() => assertSameOrigin(request(headers))).not.toThrow();
  });

  it.each([
    ['another site', { host: 'nianbao.local', origin: 'http://evil.example' }],
    ['a garbled Origin', { host: 'nianbao.local', origin: 'null' }],
    ['a cross-site fetch without Origin', { host: 'nianbao.local', 'sec-fetch-site': 'cross-site' }],
  ])('refuses %s with 403', (_name, headers) => {
    expect(() => assertSameOrigin(request(headers))).toThrow(expect.objectContaining({ status: 403 }));
  });
});

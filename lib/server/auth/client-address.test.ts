import { describe, expect, it } from 'vitest';
import { clientAddress, trustedProxyCount } from './client-address';

describe('clientAddress', () => {
  it.each([
    // [X-Forwarded-For as Next hands it on, trusted proxies, address]
    ['198.51.100.7', 0, null], // nothing in front: the header may be the client's own
    ['6.6.6.6, 198.51.100.7', 1, '198.51.100.7'], // one proxy appended what it saw; the client wrote 6.6.6.6
    ['6.6.6.6, 198.51.100.7, 10.0.0.2', 2, '198.51.100.7'],
    ['198.51.100.7', 2, null], // fewer hops than proxies: the request did not come through them
    ['::ffff:198.51.100.7', 1, '198.51.100.7'],
    ['2001:DB8::1', 1, '2001:db8::1'],
    ['not-an-address', 1, null],
    ['198.51.100.7:443', 1, null],
  ] as const)('%s with %i trusted proxies → %s', (header, proxies, address) => {
    expect(clientAddress(header, proxies)).toBe(address);
  });

  it('is unknown without a header', () => {
    expect(clientAddress(null, 1)).toBeNull();
  });

  it.each([[undefined, 0], ['', 0], ['1', 1], [' 2 ', 2], ['yes', 0], ['-1', 0], ['1.5', 0]] as const)(
    'NIANBAO_TRUSTED_PROXIES=%s → %i', (setting, count) => {
      expect(trustedProxyCount(setting)).toBe(count);
    },
  );
});

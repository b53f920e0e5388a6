import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, createNonce } from './content-security-policy';

const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `)) ?? '';

describe('contentSecurityPolicy', () => {
  it("allows scripts by nonce only: no 'unsafe-inline', no 'unsafe-eval' in production", () => {
    const scripts = directive(contentSecurityPolicy('abc123'), 'script-src');
    expect(scripts).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
  });

  it('keeps the rest closed to other origins', () => {
    const policy = contentSecurityPolicy('n');
    for (const d of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'self'"]) {
      expect(policy).toContain(d);
    }
  });

  it('makes a different nonce each time', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]+=*$/);
  });
});

// @ts-check
// The Content-Security-Policy is set per request by proxy.ts (it carries a nonce); these are fixed.
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // A separate build folder lets two builds (e.g. two developers' test runs) share a checkout.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Native/wasm-heavy server packages are loaded by Node at run time, not bundled.
  serverExternalPackages: ['@electric-sql/pglite', '@react-pdf/renderer', 'pg'],
  // chinese-days (the official holiday calendar) declares itself CommonJS but points bundlers at an ES module
  // build, which Turbopack refuses: take its UMD build, the one Node itself loads.
  turbopack: { resolveAlias: { 'chinese-days': 'chinese-days/dist/index.min.js' } },
  experimental: { serverActions: { bodySizeLimit: '1mb' } },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};
module.exports = nextConfig;

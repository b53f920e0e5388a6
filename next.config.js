// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Offices run on closed intranets: never phone home.
  poweredByHeader: false,
  // Native/wasm-heavy server packages are loaded by Node at run time, not bundled.
  serverExternalPackages: ['@electric-sql/pglite', '@react-pdf/renderer', 'pg'],
};
module.exports = nextConfig;

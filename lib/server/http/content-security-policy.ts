// The Content-Security-Policy of every response (issue 11, item 8). Scripts run only from this origin
// and only when they carry the request's nonce, which Next.js puts on its own scripts when it renders
// (proxy.ts makes one per request): an injected <script> or inline handler does not run. Styles keep
// 'unsafe-inline' (React's style attributes need it; styles do not run code). Nothing loads from
// elsewhere: offices run on closed intranets, which is also why requests are not upgraded to https.

/** A fresh, unguessable nonce for one request. */
export const createNonce = (): string => btoa(crypto.randomUUID());

export function contentSecurityPolicy(nonce: string, isDevelopment = false): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code to rebuild server stacks; the production build does not.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

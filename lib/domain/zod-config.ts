// zod compiles object parsers with `new Function` unless told not to, and probes for it once: under the
// Content-Security-Policy (no 'unsafe-eval', lib/server/http/content-security-policy.ts) the probe is a
// reported violation in every browser tab. Imported first by model.ts, before any schema is built.
import { z } from 'zod';

z.config({ jitless: true });

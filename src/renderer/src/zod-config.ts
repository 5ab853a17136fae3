/**
 * Imported first by main.tsx, before any schema is built or parsed: the CSP forbids
 * eval, so zod must not probe for it with `new Function` (a CSP violation report).
 */
import { z } from 'zod';

z.config({ jitless: true });

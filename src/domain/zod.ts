/**
 * zod as every schema of ours uses it: zod/mini (a fraction of the full build's code), set up
 * by this module before any schema is built, whichever of them is loaded first:
 * - jitless: zod 4 would otherwise compile fast paths with `new Function` after probing whether
 *   eval is allowed, and under the app's Content-Security-Policy (no 'unsafe-eval') the probe
 *   itself is reported as a violation;
 * - English messages: zod/mini carries none of its own ("Invalid input" only), and a bad
 *   config.json or a skipped entity is explained with them.
 */
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config({ jitless: true, ...en() });

export * from 'zod/mini';

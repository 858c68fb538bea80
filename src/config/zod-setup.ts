import { z } from 'zod';

// zod 4 compiles fast paths with `new Function` after probing whether eval is allowed; under
// the app's Content-Security-Policy (no 'unsafe-eval') the probe itself is reported as a
// violation. Jitless mode skips both. Imported first by the page's entry (main.tsx: every chunk
// that builds schemas loads after it) and by the feed worker.
z.config({ jitless: true });

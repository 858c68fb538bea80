import { z } from 'zod';

// zod 4 compiles fast paths with `new Function` after probing whether eval is allowed; under
// the app's Content-Security-Policy (no 'unsafe-eval') the probe itself is reported as a
// violation. Jitless mode skips both. Imported first by the page and by the feed worker.
z.config({ jitless: true });

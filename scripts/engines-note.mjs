// Runs after `npm ci` (the root package's postinstall). npm prints "EBADENGINE Unsupported
// engine" warnings when the Node that runs npm itself (the machine's, e.g. Node 20) is older
// than what packages ask for; the project's scripts never run on that Node but on the one
// `npm ci` installs as the `node` dev dependency (node_modules/.bin comes first in every npm
// script's PATH, this one included). This says so right under the warnings, and fails if
// that Node is not there after all, since then the scripts really would break.
import { readFileSync } from 'node:fs';
import { pathToFileURL, URL } from 'node:url';

const parts = (v) => v.split('.').map(Number);

/** True when version `v` ("20.20.2") is at least `min` ("22.12.0"). */
function atLeast(v, min) {
  const [a = 0, b = 0, c = 0] = parts(v);
  const [x = 0, y = 0, z = 0] = parts(min);
  return a !== x ? a > x : b !== y ? b > y : c >= z;
}

/**
 * What to print after the install (pure, for the tests).
 * @param {{ userAgent: string, scriptNode: string, required: string }} input
 *   npm's user agent ("npm/11.19.1 node/v20.20.2 …"), the Node running this script
 *   ("22.23.3"), and package.json's engines.node (">=22.12.0").
 * @returns {{ exitCode: number, lines: string[] }}
 */
export function engineNote({ userAgent, scriptNode, required }) {
  const npmNode = /\bnode\/v(\d+\.\d+\.\d+)/.exec(userAgent)?.[1];
  const min = /^>=\s*(\d+\.\d+\.\d+)$/.exec(required.trim())?.[1];
  if (!npmNode || !min || atLeast(npmNode, min)) return { exitCode: 0, lines: [] };
  if (!atLeast(scriptNode, min))
    return {
      exitCode: 1,
      lines: [
        `The npm scripts would run on Node ${scriptNode}, but this project needs Node ${required}:`,
        'the `node` dev dependency is missing from node_modules/.bin. Run `npm ci` again.',
      ],
    };
  return {
    exitCode: 0,
    lines: [
      'Note: the "npm warn EBADENGINE Unsupported engine" lines above are expected here.',
      `npm checks each package's "engines" against the Node that runs npm itself (v${npmNode});`,
      `every npm script (npm start, npm test, …) runs on Node v${scriptNode}, which npm ci has`,
      'just installed as the `node` dev dependency. Nothing is missing (README, "Set-up").',
    ],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const note = engineNote({
    userAgent: process.env.npm_config_user_agent ?? '',
    scriptNode: process.versions.node,
    required: pkg.engines?.node ?? '',
  });
  for (const line of note.lines) (note.exitCode ? console.error : console.log)(line);
  process.exit(note.exitCode);
}

// Checks that Debian's Chromium and the CJK fonts are present before the end-to-end tests.
// On a fresh Debian machine where we are root, installs them (never downloads a browser build).
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasFonts = () => {
  try {
    return execSync('fc-list :lang=ja family', { encoding: 'utf8' }).includes('Noto Sans CJK');
  } catch {
    return false;
  }
};

// pdftoppm (poppler-utils) turns the printed briefing into pixels for its test.
const PDFTOPPM = '/usr/bin/pdftoppm';
if (existsSync(CHROMIUM) && existsSync(PDFTOPPM) && hasFonts()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('Installing chromium, fonts-noto-cjk and poppler-utils from Debian packages…');
  execSync(
    'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-noto-cjk poppler-utils',
    {
      stdio: 'inherit',
    },
  );
  process.exit(0);
}
console.error(
  `End-to-end tests need Debian's Chromium at ${CHROMIUM}, the Noto CJK fonts and pdftoppm.\n` +
    'Install them with: sudo apt-get install -y chromium fonts-noto-cjk poppler-utils',
);
process.exit(1);

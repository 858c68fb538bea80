// Shared test setup: jest-dom matchers for Testing Library assertions, loaded only where there
// is a DOM (the jsdom files); the node files, most of the suite, skip its import cost.
if (typeof document !== 'undefined') await import('@testing-library/jest-dom/vitest');
// The English catalogue loads on first use in the app (i18n/index.ts); tests render either.
await (await import('../src/i18n')).loadLanguage('en');
export {};

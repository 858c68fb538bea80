// Shared test setup: jest-dom matchers for Testing Library assertions, loaded only where there
// is a DOM (the jsdom files); the node files, most of the suite, skip its import cost.
if (typeof document !== 'undefined') await import('@testing-library/jest-dom/vitest');
export {};

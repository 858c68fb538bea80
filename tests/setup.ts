// Shared test setup: jest-dom matchers (and their types) for Testing Library assertions.
import '@testing-library/jest-dom/vitest';

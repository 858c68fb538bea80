// Shared test setup. jest-dom matchers are only meaningful where a DOM exists.
import { expect } from 'vitest';
import * as matchers from '@testing-library/jest-dom/matchers';

expect.extend(matchers);

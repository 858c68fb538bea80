/** Platform KPI messages (Japanese, the default). en has the same keys: platform.en.ts. */
export const platformJa = {
  'screen.platform': '連携基盤',
} as const;

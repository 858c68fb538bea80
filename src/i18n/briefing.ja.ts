/** Briefing page messages (Japanese, the default). en has the same keys: briefing.en.ts. */
export const briefingJa = {
  'screen.briefing': 'ブリーフィング',
} as const;

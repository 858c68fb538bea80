import type { briefingJa } from './briefing.ja';

/** Briefing page messages (English). */
export const briefingEn: Record<keyof typeof briefingJa, string> = {
  'screen.briefing': 'Briefing',
};

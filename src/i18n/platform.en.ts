import type { platformJa } from './platform.ja';

/** Platform KPI messages (English). */
export const platformEn: Record<keyof typeof platformJa, string> = {
  'screen.platform': 'Platform',
};

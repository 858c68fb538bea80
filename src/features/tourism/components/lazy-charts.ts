import { lazy } from 'react';

// Recharts arrives in its own chunk, loaded only when a chart is first shown.
const charts = () => import('./charts');
export const PresenceCharts = lazy(() => charts().then((m) => ({ default: m.PresenceCharts })));
export const StayChart = lazy(() => charts().then((m) => ({ default: m.StayChart })));
export const OriginChart = lazy(() => charts().then((m) => ({ default: m.OriginChart })));

// One lazy chunk for every tourism chart (Recharts is the largest dependency after the map).
export { PresenceCharts } from './PresenceCharts';
export { StayChart } from './StayChart';
export { OriginChart } from './OriginChart';

import type { wallJa } from './wall.ja';

/** The wall display's headline and kiosk captions (English). */
export const wallEn: Record<keyof typeof wallJa, string> = {
  'headline.label': 'Situation now',
  'headline.waiting': 'Fetching the latest situation…',
  'headline.quiet': 'No evacuation information in force · no shelter open',
  'headline.asOf': 'as of {time}',
  'headline.top': '{level} in force: {where}',
  'headline.noLevel': 'No evacuation information in force',
  'headline.open': '{n} {n|shelter|shelters} open',
  'headline.evacuees': '{n} {n|evacuee|evacuees}',
  'headline.islandsShort': 'Islands short of room: {names}',
  'headline.islandsOk': 'Every island group has room',
  'headline.more': '+{n} more',
  'headline.separator': ', ',
  'island.short.tsushima': 'Tsushima',
  'island.short.iki': 'Iki',
  'island.short.goto': 'Goto',
  'island.short.hiradoSasebo': 'Hirado/Sasebo islands',
  'island.short.mainland': 'Mainland',
  'legend.context': 'Facility designated for the active hazards',
  'standing.level5': '{level} in force:',
  'standing.item': '{municipality} (issued {time})',
  'trends.buildingUp':
    "This trend builds up from the dashboard's first poll, in the hour from {time} ({n} h so far)",
  'counts.onMap.some':
    '{drawn} on the map: {n} left off because their location is doubtful (see Location to verify)',
  'counts.onMap.all': '{drawn} on the map (all)',
  'brief.levels.count': '{n} {n|municipality|municipalities}:',
  'brief.levels.all': 'Every order in force ({n})',
  'kiosk.preset': 'Showing: {name}',
};

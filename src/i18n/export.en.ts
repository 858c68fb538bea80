import type { exportJa } from './export.ja';

/** Exports and data tables in English: every key of export.ja.ts, checked by the compiler. */
export const exportEn: Record<keyof typeof exportJa, string> = {
  'export.csv': 'Save CSV',
  'export.png': 'Save PNG image',
  'export.of': ' ({what})',
  'export.busy': 'Drawing the image…',
  'export.failed': 'Could not save: {reason}',
  'export.noChart': 'There is no chart on screen to save',
  'export.table': 'Show data as a table',
  'export.mapTable': 'Show the map as a table',
  'export.fetched': 'Data fetched {time}',
  'export.period': 'Period {from} – {to} (JST)',
  'export.credit':
    'Nagasaki Prefecture Disaster & Tourism Dashboard (data linkage platform, FIWARE / NGSI-LD)',
  'export.credit.synthetic':
    'Nagasaki Prefecture Disaster & Tourism Dashboard (data linkage platform, FIWARE / NGSI-LD) · tourism data is synthetic, not measured',
  'export.yes': 'Yes',
  'export.no': 'No',
  'export.none': '—',
  'export.suppressed': 'Suppressed',
  'export.atLeast': 'at least {n}',
  'export.empty': 'No rows to show',

  'export.col.time': 'Time (JST)',
  'export.col.date': 'Date',
  'export.col.municipality': 'Municipality',
  'export.col.sharePercent': 'Share (%)',

  'export.window': '{from} – {to} (JST, hourly)',
  'export.trends.caption': 'Evacuees per municipality (hourly, people)',

  'export.alerts.caption': 'Alerts (newest first, latest {n})',
  'export.alerts.kind': 'Kind',
  'export.alerts.text': 'Alert',
  'export.alertKind.shelterOpened': 'Opened',
  'export.alertKind.shelterClosed': 'Closed',
  'export.alertKind.bandRaised': 'More crowded',
  'export.alertKind.shelterFull': 'Full (reported or band)',
  'export.alertKind.levelIssued': 'Level issued',
  'export.alertKind.levelRaised': 'Level raised',
  'export.alertKind.levelLowered': 'Level lowered',
  'export.alertKind.levelLifted': 'Level lifted',

  'export.desig.title': 'Designations per municipality',
  'export.desig.caption':
    'Designated emergency evacuation sites and designated shelters per municipality (designations) and facilities (places)',
  'export.desig.sites': 'Evacuation sites',
  'export.desig.shelters': 'Shelters',
  'export.desig.welfare': 'of which welfare',
  'export.desig.facilities': 'Facilities',
  'export.desig.doubtful': 'Doubtful location',
  'export.desig.total': 'Prefecture',

  'export.presence.caption': 'Visitors present (people, hourly)',
  'export.stay.caption': 'Arrivals per day (people): day trips and overnight stays',
  'export.origin.caption': 'Visitor-hours and share by home prefecture or country',
  'export.origin.origin': 'Home prefecture or country',
  'export.origin.personHours': 'Visitor-hours',
  'export.origin.group': 'Group',
  'export.origin.domestic': 'Domestic',
  'export.origin.inbound': 'Inbound',
  'export.island.island': 'Island',

  'export.flows.title': 'Flows on {date} (table)',
  'export.flows.caption': 'Flows arriving on {date} (origin → destination, people)',
  'export.flows.route': 'From → to',
  'export.flows.visitors': 'Visitors',
  'export.flows.sea': 'Sea crossing',
  'export.flows.mode': 'Mode',
  'export.flows.onMap': 'Drawn on map',
  'export.flows.none': 'No flow data for this day',

  'export.here.title': 'Visitors per municipality at {time} (table)',
  'export.here.caption': 'Visitors present in each municipality at {time} (people, most first)',
  'export.here.visitors': 'Visitors',
  'export.here.island': 'Island',
};

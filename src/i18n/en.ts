import { tourismEn } from './tourism.en';
import { briefingEn } from './briefing.en';
import { wallEn } from './wall.en';
import { platformEn } from './platform.en';
import { exportEn } from './export.en';
import { operationsEn } from './operations.en';
import { eeiEn } from './eei.en';
import { authEn } from './auth.en';
import { checkEn } from './check.en';
import { lifelinesEn } from './lifelines.en';
import { opendataEn } from './opendata.en';
import type { Messages } from './ja';

export const en: Messages = {
  'app.title': 'Nagasaki Prefecture Disaster & Tourism Dashboard',
  'app.platform': 'Data linkage platform (NGSI-LD)',
  'app.loading': 'Loading…',
  'app.skipToPanels': 'Skip to the side panels',
  'app.mockBadge': 'Mock API',
  'app.mockBadge.title': 'The built-in mock API serves real GSI data (not a live connection)',
  'lang.switch': '日本語',
  'lang.switch.label': 'Switch the display language to Japanese',

  'config.title': 'The configuration file has errors',
  'config.lead': '{source} could not be loaded or is not valid. Fix the fields below and reload.',
  'config.field': 'Field',
  'config.problem': 'Problem',
  'config.wholeFile': '(whole file)',
  'config.reason.unreachable': 'The configuration file cannot be fetched',
  'config.reason.not-json': 'The configuration file is not valid JSON',
  'config.reason.invalid': 'Some settings are invalid',
  'config.reload': 'Reload',

  'kind.site': 'Designated emergency evacuation site',
  'kind.shelter': 'Designated shelter',
  'kind.welfare': 'Welfare shelter',
  'kind.site.short': 'Emergency site',
  'kind.shelter.short': 'Shelter',
  'kind.welfare.short': 'Welfare shelter',
  'legend.title': 'Legend',
  'legend.alsoSite': 'White ring: also an emergency evacuation site',
  'legend.toggle': 'Show {kind}',

  'counts.title': 'Evacuation facilities',
  'counts.designations': 'Designations',
  'counts.designations.help':
    'Emergency-site and shelter designations added up (a facility designated as both counts twice)',
  'counts.facilities': 'Facilities',
  'counts.facilities.help':
    'Designations whose national ID shares its first 11 characters count as one facility',
  'counts.both': 'designated as both',
  'counts.suspect': 'Location to verify',
  'counts.unit.items': '{n}',
  'counts.unit.places': '{n}',

  'suspect.title': 'Designations with doubtful coordinates (not plotted)',
  'suspect.reason': 'About {km} km outside {municipality}',
  'suspect.none': 'No designation has doubtful coordinates',

  'feed.title': 'Data status',
  'feed.sites': 'Emergency evacuation sites',
  'feed.shelters': 'Designated shelters',
  'feed.asOf': 'as of {time}',
  'feed.skipped': '{n} skipped',
  'feed.skipped.title': 'Entities skipped because they failed validation',
  'feed.ok': 'All entities valid',
  'feed.error': 'Fetch error',
  'feed.stale': 'Showing the last good data ({age} old)',
  'feed.retrying': 'Retrying',
  'feed.duplicates': '{n} duplicate {n|id|ids} merged',

  'tooltip.address': 'Address',
  'tooltip.municipality': 'Designated by',
  'tooltip.roles': 'Designations',
  'tooltip.hazards': 'Hazards',
  'tooltip.hazards.none': '(none)',
  'tooltip.id': 'National ID',
  'tooltip.target': 'Who it serves',
  'tooltip.close': 'Close',

  'hazard.flood': 'Flood',
  'hazard.landslide': 'Landslide / debris flow',
  'hazard.stormSurge': 'Storm surge',
  'hazard.earthquake': 'Earthquake',
  'hazard.tsunami': 'Tsunami',
  'hazard.greatFire': 'Large fire',
  'hazard.inlandFlood': 'Inland flooding',
  'hazard.eruption': 'Volcanic eruption',

  'preset.title': 'Map area',
  'preset.prefecture': 'Whole prefecture',
  'preset.tsushima': 'Tsushima',
  'preset.iki': 'Iki',
  'preset.goto': 'Goto Islands',
  'preset.nagasaki': 'Nagasaki / Nishisonogi',
  'preset.shimabara': 'Shimabara Peninsula',
  'preset.sasebo': 'Sasebo / Hirado',

  'map.label': 'Map of evacuation facilities in Nagasaki Prefecture',
  'map.webglLost': 'Map rendering was interrupted. Restoring…',

  'error.problem': 'API error {status}: {title}',
  'error.http': 'The API answered HTTP {status}',
  'error.network': 'Cannot reach the API',
  'error.fix.notFound':
    'Not found: {url}. Check apiBaseUrl in config.json (now {base}) and that the gateway routes {path} to the broker.',
  'error.fix.network':
    'Either {host} cannot be reached from this browser, or the broker’s CORS refused the request. The broker must allow this origin and the request headers {request} (Access-Control-Allow-Headers), and expose {expose} (Access-Control-Expose-Headers).',
  'error.timeout': 'The API did not answer within {seconds} s',
  'error.unauthorized': 'The API refused the credentials (API key) (HTTP {status})',
  'error.wait': 'The API asked to wait {seconds} s (HTTP {status})',
  'error.busy': 'The API asked to retry later (HTTP {status})',
  'error.gateway':
    'A gateway answered HTTP {status} with an error page (the broker may not have been reached)',
  'error.truncated': 'The API response was cut short',
  'error.notJson': 'The API response is not JSON',
  'error.ldContext': 'The broker cannot load the @context {url}',
  'error.tenant': 'The broker has no tenant "{tenant}"',
  'error.offline': 'This device is offline',
  'error.invalid': 'The API response could not be read',
  'error.unknown': 'Unknown error',

  'credits.title': 'Sources',
  'credits.gsi':
    'Source: GSI "Designated Emergency Evacuation Sites" and "Designated Shelters" data (国土地理院), processed',
  'credits.gsi.notice':
    'May not reflect the latest designations. Emergency evacuation sites are designated per hazard type.',
  'credits.n03':
    'Source: National Land Numerical Information, administrative boundaries (MLIT), simplified by SmartNews Media Research Institute, processed',
  'credits.mlit.notice':
    'Boundaries as of 2021-01-01; simplified coastlines differ from the real ones.',

  'drill.banner': 'DRILL: a simulated typhoon scenario on mock data (not a real event)',
  'event.none': 'No active disaster event',
  'event.since': 'since {time}',

  'band.vacant': 'Vacant',
  'band.somewhatCrowded': 'Somewhat crowded',
  'band.crowded': 'Crowded',
  'band.full': 'Full',
  'band.closed': 'Closed',
  'band.unknown': 'Unknown',
  'status.open': 'Open',
  'status.closed': 'Not open',
  'status.full': 'Full',
  'status.unknown': 'Unknown status',

  'level.3': 'Level 3: elderly evacuate',
  'level.4': 'Level 4: evacuate',
  'level.5': 'Level 5: emergency safety',
  'level.short': 'L{level}',
  'level.none': '—',

  'totals.title': 'Evacuation across the prefecture',
  'totals.openShelters': 'Open shelters',
  'totals.evacuees': 'Evacuees',
  'totals.households': 'Households',
  'totals.capacity': 'Capacity (open)',
  'totals.spare': 'Spare',
  'unit.persons': '{n}',
  'unit.households': '{n}',
  'unit.places': '{n}',

  'islands.title': 'By island group (no evacuation off the island in a storm)',
  'islands.group': 'Area',
  'islands.lowSpare': 'Low spare',
  'island.tsushima': 'Tsushima',
  'island.iki': 'Iki',
  'island.goto': 'Goto (Goto, Shinkamigoto, Ojika)',
  'island.hiradoSasebo': 'Hirado / Sasebo islands',
  'island.mainland': 'Mainland',
  'island.unlocated': 'Location unknown',

  'table.title': 'By municipality',
  'table.municipality': 'Municipality',
  'table.level': 'Evacuation info',
  'table.sort': 'Sort by {column}',

  'trends.title': 'Evacuees over the last 24 hours',
  'trends.source.temporal': 'Hourly maximum from the temporal API',
  'trends.source.history': "From the dashboard's own polls (no temporal API)",
  'trends.pick': 'Municipalities to compare',
  'trends.empty': 'No trend data yet',

  'alerts.title': 'Alerts',
  'alerts.none': 'No new alerts',
  'alerts.ack': 'Acknowledge',
  'alerts.ackAll': 'Acknowledge all',
  'alerts.shelterOpened': '{shelter} ({municipality}) opened',
  'alerts.shelterClosed': '{shelter} ({municipality}) closed',
  'alerts.bandRaised': '{shelter} ({municipality}) is now "{to}"',
  'alerts.shelterFull.reported': '{shelter} ({municipality}) reported full',
  'alerts.shelterFull.band': '{shelter} ({municipality}) reached the full band (not reported full)',
  'alerts.levelIssued': '{municipality}: {to}',
  'alerts.levelRaised': '{municipality}: {from} → {to}',
  'alerts.levelLowered': '{municipality}: {from} → {to}',
  'alerts.levelLifted': '{municipality}: {from} lifted',

  'hazard.filter': 'Hazards',
  'hazard.filter.auto': "The event's hazards",
  'flag.notDesignated': 'Open shelter not designated for the active hazard',
  'flag.overCapacity': 'Far above capacity',

  'api.unreachable': 'No data from the API ({reason}). Showing the last data received.',
  'api.offline': 'Offline. Showing the last data received.',
  'fresh.none': 'not yet received',
  'fresh.age': '{age} ago',
  'feed.overlays': 'Shelter status',
  'feed.info': 'Evacuation information',
  'feed.events': 'Disaster events',
  'feed.trends': 'Trends (temporal)',

  'layer.title': 'Map layers',
  'layer.alertLevels': 'Evacuation levels (municipalities)',
  'layer.facilities': 'Designated facilities (masters)',
  'layer.liveShelters': 'Shelter status and crowding',
  'layer.labels': 'Municipality names',
  'live.observedAt': 'Observed',
  'app.drillBadge': 'DRILL',
  ...tourismEn,
  ...briefingEn,
  ...wallEn,
  ...platformEn,
  ...exportEn,
  ...operationsEn,
  ...eeiEn,
  ...authEn,
  ...checkEn,
  ...lifelinesEn,
  ...opendataEn,
};

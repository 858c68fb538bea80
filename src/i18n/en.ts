import type { Messages } from './ja';

export const en: Messages = {
  'app.title': 'Nagasaki Prefecture Disaster & Tourism Dashboard',
  'app.platform': 'Data linkage platform (NGSI-LD)',
  'app.loading': 'Loading…',
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
    'Designations whose national ID shares its first 11 characters count as one facility (one marker on the map)',
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
  'feed.duplicates': '{n} duplicate ids merged',

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

  'preset.title': 'View',
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
  'error.timeout': 'The API did not answer in time',
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
};

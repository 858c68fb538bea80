import type { platformJa } from './platform.ja';

/** Platform KPI messages (English). */
export const platformEn: Record<keyof typeof platformJa, string> = {
  'screen.platform': 'Platform',

  'pf.title': 'What the platform publishes, by municipality',
  'pf.feed': 'Platform counts',
  'pf.loading': 'Asking the platform for its counts…',
  'pf.contextUnread':
    'The @context {url} could not be read ({reason}): {n} types the platform named by full IRIs are shown by the last part of their IRI (hover for the whole).',
  'pf.error': 'Fetch error: {reason}',
  'pf.error.nothing': 'Every query failed ({reason})',
  'pf.asOf': 'as of {time}',

  'pf.type.EvacuationSite': 'Emergency evacuation sites',
  'pf.type.DesignatedShelter': 'Designated shelters',
  'pf.type.EvacuationShelter': 'Shelter status (live)',
  'pf.type.EvacuationInformation': 'Evacuation information',
  'pf.type.DisasterEvent': 'Disaster events',
  'pf.type.TourismPresenceObserved': 'Visitors present',
  'pf.type.TouristFlowObserved': 'Visitor flows',
  'pf.type.TransportServiceStatus': 'Ferry and air services',
  'pf.type.PlatformService': 'Services on the platform',

  'pf.totals.publishing': 'Municipalities publishing',
  'pf.totals.publishing.unit': ' of 21',
  'pf.totals.publishing.help': 'Municipalities with at least one record of any type',
  'pf.totals.datasets': 'Datasets',
  'pf.totals.datasets.help':
    'Municipality × type pairs with at least one record (prefecture-wide datasets are counted apart)',
  'pf.totals.records': 'Records',
  'pf.totals.records.value': '{n}',
  'pf.totals.records.atLeast': 'at least {n}',
  'pf.totals.records.help':
    'Records the 21 municipalities publish, over the types counted per municipality',
  'pf.atLeast': 'at least {n}',

  'pf.sentence.main':
    '{publishing} of the 21 municipalities publish {datasets} datasets ({records} records) on the platform.',
  'pf.sentence.types': 'Counted per municipality: {types}.',
  'pf.sentence.prefecture': 'Prefecture-wide datasets, not counted above: {n}.',
  'pf.sentence.incomplete': 'Some counts could not be obtained, so the totals are lower bounds.',
  'pf.sentence.stale': 'Some counts are the last good values: the latest attempt failed.',
  'pf.sentence.noTypes': 'This broker holds no type that names its municipality.',
  'pf.list.separator': ', ',

  'pf.table.caption': 'Records and latest update per municipality and type (as of {time}, by code)',
  'pf.table.municipality': 'Municipality',
  'pf.table.sum': 'Total',
  'pf.table.unattributed': 'Other or no code',
  'pf.table.select': 'Show details for {name}',
  'pf.table.rate': 'Records per 10,000 residents',
  'pf.table.rate.title': '{records} records ÷ {residents} residents (2020 census) × 10,000',

  'pf.cell.records': '{n}',
  'pf.cell.age': '{age} ago',
  'pf.cell.unsupported': 'not supported',
  'pf.cell.unsupported.title':
    'This broker does not support this query (HTTP {status} {detail}). It does not mean 0.',
  'pf.cell.failed': 'failed',
  'pf.cell.failed.title': 'The count could not be fetched: {reason}',
  'pf.cell.unreported': 'count not reported',
  'pf.cell.unreported.title':
    'The NGSILD-Results-Count header is not readable (check the broker’s Access-Control-Expose-Headers)',
  'pf.cell.stale': 'last good',
  'pf.cell.stale.title': 'Fetched {age} ago (the latest attempt failed: {reason})',
  'pf.cell.timeUnknown': 'time unknown',
  'pf.cell.newest': 'latest update {time}',

  'pf.fresh.fresh': 'fresh',
  'pf.fresh.aging': 'ageing',
  'pf.fresh.stale': 'stale',
  'pf.fresh.unjudged': 'not judged (updated when issued)',
  'pf.fresh.unknown': 'update time unknown',
  'pf.fresh.empty': 'no records',

  'pf.source.item': '{type}: {source}',
  'pf.source.title': 'Where the update times come from',
  'pf.source.modifiedAt': 'the broker’s modifiedAt',
  'pf.source.observedAt': 'the data’s observedAt (no modifiedAt)',
  'pf.source.none': 'unknown (the broker sends none)',
  'pf.source.truncated': ' (first {n} records only)',
  'pf.source.unsupported': 'not supported by this broker (HTTP {status})',
  'pf.source.failed': 'failed ({reason})',
  'pf.source.stale': ' (from the last good poll)',

  'pf.prefecture.title': 'Prefecture-wide datasets',
  'pf.prefecture.note':
    'Types without localGovernmentCode are not attributed to a municipality; one unfiltered count query gives their total. When the broker refuses it (e.g. to protect a large dataset) it says "not supported".',
  'pf.prefecture.unknown': 'Could not tell whether it carries a municipality code',
  'pf.prefecture.none': 'No prefecture-wide datasets',

  'pf.help.summary': 'How to read this table',
  'pf.help.datasets':
    'Dataset: a municipality × type pair with at least one record. Types are counted per municipality when they carry localGovernmentCode (from the attribute names in /types, else by an existence query).',
  'pf.help.records':
    'Records: per type and municipality, a count query (limit=0&count=true) filtered by both the 6-digit and the 5-digit code.',
  'pf.help.newest':
    'Latest update: the newest of the broker’s system attribute modifiedAt, else of the data’s observedAt. With neither it says "time unknown"; no time is ever guessed.',
  'pf.help.cadence':
    'Each type is judged against its publishing rhythm. The designated emergency evacuation sites and shelters are designations each municipality reviews once a year, and GSI republishes them whenever one reports a change (default 365 days); shelter status is reported every few minutes while shelters are open (default 10 minutes); tourism data is published per day (default 1 day). Evacuation information and disaster events are written when issued, so they are not judged. platformCadence in config.json changes any interval; the ones in use are listed under the table.',
  'pf.help.failures':
    'A count that fails keeps its last good value, marked "last good". A query the broker refuses with 400, 403 or 501 says "not supported", never 0.',

  'pf.block.title': '{name} on the data platform',
  'pf.block.publishes': 'Publishes {n} {n|type|types}, {records} {records|record|records}',
  'pf.block.none': 'Publishes no records on the platform',
  'pf.block.notPublished': 'Not published: {types}',
  'pf.block.unknownCells': 'Count unknown: {types}',
  'pf.block.badCode': 'The code "{code}" is not one of Nagasaki’s 21 municipalities',
  'pf.detail.close': 'Close',

  'pf.key.rule':
    'The newest record’s age against each type’s expected interval: past 2× it is ageing, past 5× stale.',
  'pf.key.every': '{type} every {interval}',
  'pf.key.notJudged': '{type} not judged',

  'pf.legend.title': 'Records per 10,000 residents',
  'pf.legend.none': 'none (0 records)',
  'pf.legend.under': 'under {to}',
  'pf.legend.range': '{from} to under {to}',
  'pf.legend.atLeast': '{from} or more',
  'pf.legend.class': 'per 10,000',
  'pf.legend.municipalities': 'municipalities',
  'pf.legend.unknown': 'count unknown',
  'pf.legend.source': 'All per-municipality types ÷ residents (2020 census)',
  'pf.legend.partial': 'Where a type’s count is missing, the shade is a lower bound',
  'layer.platformDatasets': 'Records per 10,000 residents',
} as const;

/**
 * The mock catalogue's CKAN organizations: one per municipality of Nagasaki Prefecture, the
 * prefecture's own, and one that maps to no municipality (a tourism DMO). The names are the
 * catalogue's own (a dashboard maps them through its config, contract §8); the titles are
 * what CKAN shows as `display_name`.
 */

export interface CatalogOrganization {
  /** CKAN organization name (URL slug). */
  readonly name: string;
  /** Japanese title (CKAN `title`, shown as `display_name`). */
  readonly title: string;
  /** 5-digit municipality code; undefined for the prefecture and the DMO. */
  readonly code: string | undefined;
}

const MUNICIPALITIES: readonly (readonly [code: string, name: string, title: string])[] = [
  ['42201', 'nagasaki-city', '長崎市'],
  ['42202', 'sasebo-city', '佐世保市'],
  ['42203', 'shimabara-city', '島原市'],
  ['42204', 'isahaya-city', '諫早市'],
  ['42205', 'omura-city', '大村市'],
  ['42207', 'hirado-city', '平戸市'],
  ['42208', 'matsuura-city', '松浦市'],
  ['42209', 'tsushima-city', '対馬市'],
  ['42210', 'iki-city', '壱岐市'],
  ['42211', 'goto-city', '五島市'],
  ['42212', 'saikai-city', '西海市'],
  ['42213', 'unzen-city', '雲仙市'],
  ['42214', 'minamishimabara-city', '南島原市'],
  ['42307', 'nagayo-town', '長与町'],
  ['42308', 'togitsu-town', '時津町'],
  ['42321', 'higashisonogi-town', '東彼杵町'],
  ['42322', 'kawatana-town', '川棚町'],
  ['42323', 'hasami-town', '波佐見町'],
  ['42383', 'ojika-town', '小値賀町'],
  ['42391', 'saza-town', '佐々町'],
  ['42411', 'shinkamigoto-town', '新上五島町'],
];

/** The prefecture's own organization (shown apart by the dashboard). */
export const MOCK_PREFECTURE_ORGANIZATION = 'nagasaki-pref';
/** An organization that maps to no municipality (counted for none). */
export const MOCK_UNMAPPED_ORGANIZATION = 'nagasaki-tourism-dmo';

/** Municipality code (5 digits) → CKAN organization name, as a dashboard's `catalog.organizations`. */
export const MOCK_CATALOG_ORGANIZATIONS: Record<string, string> = Object.fromEntries(
  MUNICIPALITIES.map(([code, name]) => [code, name]),
);

/** Every organization of the catalogue, municipalities first (by code), then the prefecture and the DMO. */
export const CATALOG_ORGANIZATIONS: readonly CatalogOrganization[] = [
  ...MUNICIPALITIES.map(([code, name, title]) => ({ name, title, code })),
  { name: MOCK_PREFECTURE_ORGANIZATION, title: '長崎県', code: undefined },
  { name: MOCK_UNMAPPED_ORGANIZATION, title: '長崎県観光連盟 DMO', code: undefined },
];

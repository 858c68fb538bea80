export * from './organizations';
export {
  CATALOG_SEED,
  CATALOG_THEMES,
  THEME_TITLES,
  PUBLISHER_PROFILES,
  FISCAL_YEAR_START,
  CATALOG_LAST_INSTANT,
  generateDatasets,
  type CatalogDataset,
  type CatalogResource,
  type CatalogTheme,
  type PublisherProfile,
} from './datasets';
export { parseFq, CatalogQueryError, type FqClause } from './fq';
export type {
  CatalogAnswer,
  CkanEnvelope,
  CkanError,
  FacetItem,
  PackageSearchResult,
} from './query';
export {
  createCatalog,
  CATALOG_ACTIONS,
  type Catalog,
  type CatalogFaults,
  type CatalogFailure,
  type CatalogOptions,
} from './store';
export { createCatalogHandlers, type CatalogHandlerOptions } from './handlers';

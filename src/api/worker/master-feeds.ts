/**
 * The master feeds (read whole, kept between visits: run-master.ts). A module of its own so
 * that the page can name them without loading the parsers behind run-master.
 */
export const MASTER_FEEDS = ['EvacuationSite', 'DesignatedShelter'] as const;
export type MasterName = (typeof MASTER_FEEDS)[number];

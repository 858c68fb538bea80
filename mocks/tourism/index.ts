/** The synthetic tourism feed (README.md): generator, planted bad data, broker source. */
export { isHoliday, holidaysOf } from './holidays';
export { flowsOfDay, presenceOfDay, TOURISM_SEED } from './day';
export { FLOW_TYPE } from './flows';
export { PRESENCE_TYPE } from './presence';
export { PROFILE_ATTRIBUTION } from './profile';
export {
  createTourismSource,
  FIRST_DATE,
  MAX_QUERY_DAYS,
  TOURISM_ATTRIBUTES,
  type TourismSourceOptions,
} from './source';

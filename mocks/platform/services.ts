/**
 * The services built on the platform, as `PlatformService` entities (contract §8), for the mock
 * broker. Synthetic: plausible services for Nagasaki's platform (the dashboard itself among
 * them), not a record of real ones. Names, operators, dates and the data each reads are made up
 * to exercise the platform view: every category, all three statuses, prefecture-wide and local
 * services, and launches before and after the fiscal year's start.
 */
import type { NgsiEntity } from '../broker';
import { CONTRACT_TYPES } from '../../src/domain/entity-types';
import type { JsonValue } from '../broker/json';

interface ServiceSeed {
  key: string;
  name: string;
  operatorName: string;
  category: string;
  codes: string[];
  types: string[];
  status: string;
  launchedAt?: string;
}

export const PLATFORM_SERVICE_SEEDS: readonly ServiceSeed[] = [
  {
    key: 'dashboard',
    name: '防災・観光ダッシュボード（長崎県）',
    operatorName: '長崎県',
    category: 'disaster',
    codes: [],
    // It reads every type of the contract, the services' status, and these services.
    types: [...CONTRACT_TYPES, 'TransportServiceStatus', 'PlatformService'],
    status: 'operating',
    launchedAt: '2025-04-01',
  },
  {
    key: 'shelter-crowding',
    name: '避難所混雑状況マップ',
    operatorName: '長崎県・県内市町',
    category: 'disaster',
    codes: ['422011', '422029', '422045', '422053'],
    types: ['EvacuationShelter', 'DesignatedShelter'],
    status: 'operating',
    launchedAt: '2024-09-01',
  },
  {
    key: 'nagasaki-bousai',
    name: '長崎市 防災ポータル',
    operatorName: '長崎市',
    category: 'disaster',
    codes: ['422011'],
    types: ['EvacuationInformation', 'EvacuationSite'],
    status: 'operating',
    launchedAt: '2023-06-01',
  },
  {
    key: 'goto-line',
    name: '五島市 避難情報LINE配信',
    operatorName: '五島市',
    category: 'disaster',
    codes: ['422118'],
    types: ['EvacuationInformation', 'EvacuationShelter'],
    status: 'pilot',
    launchedAt: '2026-06-15',
  },
  {
    key: 'tsushima-bousai',
    name: '対馬市 防災アプリ',
    operatorName: '対馬市',
    category: 'disaster',
    codes: ['422096'],
    types: ['EvacuationInformation', 'EvacuationShelter'],
    status: 'operating',
    launchedAt: '2026-05-10',
  },
  {
    key: 'island-sailings',
    name: '離島航路・航空運航情報',
    operatorName: '長崎県 地域づくり推進課',
    category: 'mobility',
    codes: ['422096', '422100', '422118', '423831', '424111'],
    types: ['TransportServiceStatus'],
    status: 'operating',
    launchedAt: '2025-10-01',
  },
  {
    key: 'shimabara-demand',
    name: '島原半島 デマンド交通予約',
    operatorName: '島原半島3市 交通協議会',
    category: 'mobility',
    codes: ['422037', '422134', '422142'],
    types: ['TransportServiceStatus'],
    status: 'ended',
    launchedAt: '2023-10-01',
  },
  {
    key: 'visitor-flows',
    name: '観光客動態分析',
    operatorName: '長崎県観光連盟',
    category: 'tourism',
    codes: [],
    types: ['TourismPresenceObserved', 'TouristFlowObserved'],
    status: 'operating',
    launchedAt: '2025-07-01',
  },
  {
    key: 'iki-navi',
    name: '壱岐市 観光ナビ',
    operatorName: '壱岐市観光連盟',
    category: 'tourism',
    codes: ['422100'],
    types: ['TourismPresenceObserved', 'TransportServiceStatus'],
    status: 'pilot',
    launchedAt: '2026-08-01',
  },
  {
    key: 'unzen-crowding',
    name: '雲仙温泉 混雑表示',
    operatorName: '雲仙市',
    category: 'tourism',
    codes: ['422134'],
    types: ['TourismPresenceObserved'],
    status: 'ended',
    launchedAt: '2022-04-01',
  },
  {
    key: 'welfare-navi',
    name: '福祉避難所ナビ',
    operatorName: '佐世保市・平戸市・松浦市',
    category: 'health',
    codes: ['422029', '422070', '422088'],
    types: ['DesignatedShelter'],
    status: 'operating',
    launchedAt: '2025-02-01',
  },
  {
    key: 'hasami-apps',
    name: '波佐見町 くらしの情報アプリ',
    operatorName: '波佐見町',
    category: 'other',
    codes: ['423238'],
    types: ['EvacuationInformation'],
    status: 'pilot',
    launchedAt: '2026-10-01',
  },
];

const property = (value: JsonValue) => ({ type: 'Property', value });

/** The seeds as normalized NGSI-LD entities. */
export function platformServiceEntities(): NgsiEntity[] {
  return PLATFORM_SERVICE_SEEDS.map((s) => ({
    id: `urn:ngsi-ld:PlatformService:${s.key}`,
    type: 'PlatformService',
    name: property(s.name),
    operatorName: property(s.operatorName),
    category: property(s.category),
    localGovernmentCodes: property(s.codes),
    dataTypesUsed: property(s.types),
    status: property(s.status),
    ...(s.launchedAt && { launchedAt: property({ '@type': 'Date', '@value': s.launchedAt }) }),
  }));
}

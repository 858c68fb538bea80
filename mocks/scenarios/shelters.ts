/** The real shelters the drill overlays: the DesignatedShelter fixtures, read once. */
import { isJsonObject, type NgsiEntity } from '../broker';
import { designatedShelterFixtures } from '../fixtures/load';

export interface MasterShelter {
  /** GSI 共通ID. */
  nationalShelterId: string;
  /** 6-digit code as in the fixture. */
  code6: string;
  /** 5-digit code. */
  code5: string;
  name: string;
  welfare: boolean;
}

function property(entity: NgsiEntity, name: string): string {
  const attr = entity[name];
  const value = isJsonObject(attr) ? attr.value : undefined;
  if (typeof value !== 'string') throw new Error(`fixture ${entity.id}: ${name} is not a string`);
  return value;
}

let cached: readonly MasterShelter[] | undefined;

/** In fixture order, which is the order the overlays are created in. */
export function masterShelters(): readonly MasterShelter[] {
  cached ??= designatedShelterFixtures().map((e) => {
    const code6 = property(e, 'localGovernmentCode');
    return {
      nationalShelterId: property(e, 'nationalShelterId'),
      code6,
      code5: code6.slice(0, 5),
      name: property(e, 'name'),
      welfare: property(e, 'shelterType') === 'welfare',
    };
  });
  return cached;
}

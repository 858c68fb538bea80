import { POPULATION } from '../../src/domain/population';

/** Persons per household in Nagasaki (2020 census: about 2.2). */
export const PERSONS_PER_HOUSEHOLD = 2.2;

/**
 * Residents of a municipality (2020 census, src/domain/population.ts, which the platform view
 * reads too): they size the 避難情報 target populations and the people who go to a shelter.
 */
export function populationOf(code5: string): number {
  const n = POPULATION[code5];
  if (n === undefined) throw new Error(`no population for municipality ${code5}`);
  return n;
}

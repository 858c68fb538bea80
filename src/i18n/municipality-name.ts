import { getMunicipality } from '../domain/municipalities';
import type { Lang } from './index';

/** A municipality's name in the UI language; an unknown code as itself. */
export const municipalityName = (code: string, lang: Lang): string => {
  const m = getMunicipality(code);
  return m ? (lang === 'ja' ? m.nameJa : m.nameEn) : code;
};

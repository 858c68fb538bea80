import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { translate, type Lang, type MessageKey, type Params, type TFunction } from './index';

const LangContext = createContext<Lang | null>(null);

/** The UI language for everything below (the app feeds it from the UI state). */
export function LanguageProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export function useLang(): Lang {
  const lang = useContext(LangContext);
  if (!lang) throw new Error('useLang outside LanguageProvider');
  return lang;
}

/** Translation in the UI's current language. */
export function useT(): TFunction {
  const lang = useLang();
  return useCallback((key: MessageKey, params?: Params) => translate(lang, key, params), [lang]);
}

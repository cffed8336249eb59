/**
 * Bilingual text: every word the library shows exists in Chinese (the official text) and in
 * English (a translation for `lang="en"`). One type, one constructor, one way to pick.
 */

/** A text in Chinese and English. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** An official label: the Chinese is verbatim from the national format; the English translates it. */
export type Label = Bilingual;

export type Lang = 'zh' | 'en';

export const bi = (zh: string, en: string): Bilingual => ({ zh, en });

export function pick(text: Bilingual, lang: Lang): string {
  return lang === 'en' ? text.en : text.zh;
}

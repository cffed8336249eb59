/**
 * Bilingual text: every word the library shows exists in Chinese (the official text) and in
 * English (a translation for `lang="en"`). One type, one constructor, one way to pick.
 *
 * The English of the views' words and the official labels lives in a catalogue of its own
 * (text-en.ts), so that a Chinese page never loads it: the elements load it for `lang="en"`, the
 * plain functions that produce English (checkReport, the static export, the command line) bring it
 * with them (english.ts). Until it is loaded, the English of such a text is its Chinese.
 */
import type { English } from './text-en.js';

/** A text in Chinese and English. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** An official label: the Chinese is verbatim from the national format; the English translates it. */
export type Label = Bilingual;

export type Lang = 'zh' | 'en';

/** A text whose two languages are both at hand. */
export const bi = (zh: string, en: string): Bilingual => ({ zh, en });

export function pick(text: Bilingual, lang: Lang): string {
  return lang === 'en' ? text.en : text.zh;
}

/**
 * The English catalogue, once loaded. Kept on the global object under a registered symbol, not in a
 * module variable: the drop-in's files loaded on demand (the rules beyond one table, the editing
 * mode, the structure errors) carry their own copy of this module, and must translate from the
 * catalogue the drop-in loaded.
 */
const ENGLISH = Symbol.for('disclosure-tables.english');
const shared = globalThis as { [ENGLISH]?: English };

/** Makes the English catalogue the one every text translates from. */
export function useEnglish(catalogue: English): void {
  shared[ENGLISH] = catalogue;
}

/** Whether the English catalogue is loaded. */
export const hasEnglish = (): boolean => shared[ENGLISH] !== undefined;

/** Whether showing `lang` needs the English catalogue, which is not loaded yet. */
export const lacksEnglish = (lang: Lang): boolean => lang === 'en' && shared[ENGLISH] === undefined;

/** A text whose English comes from the catalogue (its Chinese until the catalogue is loaded). */
export const translated = (zh: string, en: (catalogue: English) => string): Bilingual => ({
  zh,
  get en() {
    const english = shared[ENGLISH];
    return english ? en(english) : zh;
  },
});

/**
 * A text in one language without building a Bilingual: the Chinese, or the English from the
 * catalogue (the Chinese until it is loaded). For words made many times over, like findings' messages.
 */
export const inLang = (lang: Lang, zh: string, en: (catalogue: English) => string): string => {
  const english = lang === 'en' ? shared[ENGLISH] : undefined;
  return english ? en(english) : zh;
};

/** An official label, translated by the catalogue's labels. */
export const label = (zh: string): Label => translated(zh, (catalogue) => catalogue.labels[zh] ?? zh);

/** A label's short form in messages, translated by the catalogue's short forms. */
export const shortLabel = (zh: string): Label => translated(zh, (catalogue) => catalogue.shorts[zh] ?? zh);

// Keys built from coded values (a state, a level, a stage): the section is checked against the
// Chinese catalog at compile time; the value is data, and the catalog tests check that every
// value of the domain's unions has its sentence.
import type { ParseKeys } from 'i18next';
import type { Catalog } from './zh-CN';

export type TextKey = ParseKeys;
type Sections<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? never : `${P}${K}` | Sections<T[K], `${P}${K}.`>;
}[keyof T & string];
/** Every group of sentences in the catalog: `state`, `clock.stage`, `planEditor.editor.urgency`… */
export type Section = Sections<Catalog>;

/** `section.value`, typed as one of the section's keys. */
export const keyIn = <S extends Section>(section: S, value: string | number) => `${section}.${value}` as Extract<TextKey, `${S}.${string}`>;

/**
 * A key that arrives as data (a field error's sentence key from a refusal, a form's label key):
 * the repository or schema that wrote it is where it is checked.
 */
export const dataKey = (key: string) => key as TextKey;

// Keys built from coded values (a state, a level, a stage): the section is checked against the
// Chinese catalog at compile time; the value is data, and the catalog tests check that every
// value of the domain's unions has its sentence.
//
// A literal key goes through t() itself, which (the catalogs being `as const`) also checks that
// every {{placeholder}} of its sentence gets a value. A key known only at run time (keyIn,
// dataKey, keysFor, a form's label) goes through say(): i18next's types, given a union of keys,
// work out every member's sentence and placeholders, which costs seconds per call on a catalog
// this size and demands the values of all the sentences at once.
import type { TFunction } from 'i18next';
import type { Catalog } from './zh-CN';

type Plural = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type Unsuffixed<K extends string> = K extends `${infer Base}_${Plural}` ? Base : K;
/** Dotted paths to the sentences, plural forms also by their base key (as i18next reads them). */
type Paths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` | `${P}${Unsuffixed<K>}` : Paths<T[K], `${P}${K}.`>;
}[keyof T & string];
type Sections<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? never : `${P}${K}` | Sections<T[K], `${P}${K}.`>;
}[keyof T & string];

/**
 * Any sentence key of the catalog. Built from the catalog's shape (strings, not sentences), so
 * it stays a plain union of names.
 */
export type TextKey = Paths<Catalog>;
/** Every group of sentences in the catalog: `state`, `clock.stage`, `planEditor.editor.urgency`… */
export type Section = Sections<Catalog>;

type Node<T, P extends string> = P extends `${infer Head}.${infer Rest}` ? Node<T[Head & keyof T], Rest> : T[P & keyof T];
type LeavesOf<N> = { [K in keyof N & string]: N[K] extends string ? K | Unsuffixed<K> : never }[keyof N & string];
/** The sentence keys directly in a section, read off the catalog by the section's path. */
type KeysIn<S extends string> = `${S}.${LeavesOf<Node<Catalog, S>>}`;

/** `section.value`, typed as one of the section's keys. */
export const keyIn = <S extends Section>(section: S, value: string | number) =>
  // Read off the section rather than filtered out of TextKey: relating Extract<TextKey, …> to
  // TextKey where the key is used takes the type check minutes.
  `${section}.${value}` as KeysIn<S>;

/**
 * A key that arrives as data (a field error's sentence key from a refusal, a form's label key):
 * the repository or schema that wrote it is where it is checked.
 */
export const dataKey = (key: string) => key as TextKey;

type Unchecked = (key: TextKey | readonly TextKey[], values?: Record<string, unknown>) => string;
/**
 * The sentence of a key known only at run time, with the values it may need. The key is checked
 * to be in the catalog; its {{placeholders}} cannot be, since the type check does not know which
 * of the section's sentences it is (the catalog tests check the sentences' placeholders).
 */
// t is typed by its brand alone: comparing two t functions' overloads against the literal
// catalog (e.g. i18next.t against a TFunction parameter) takes the type check minutes.
export const say = (t: Pick<TFunction, '$TFunctionBrand'>, key: TextKey | readonly TextKey[], values?: Record<string, unknown>): string =>
  // The one place t() is called without i18next's per-key types (see the note at the top).
  (t as unknown as Unchecked)(key, values);

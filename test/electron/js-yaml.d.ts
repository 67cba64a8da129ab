// js-yaml comes with electron-builder and has no types of its own here; the tests read
// electron-builder.yml with it and need only `load`.
declare module 'js-yaml' {
  export function load(text: string): unknown;
}

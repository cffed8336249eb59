/**
 * Whether the structure check takes JSON.parse's objects as they are when they already have the
 * schema's shape (structure.ts), instead of building a copy. On in Node and from npm, where a batch
 * of report files is checked. The drop-in file is built with this module replaced by `false`
 * (scripts/build-config.mjs): it reads one report per element, where the shortcut saves
 * microseconds, and its bytes are better spent elsewhere.
 */
export const TAKE_JSON_AS_IS: boolean = true;

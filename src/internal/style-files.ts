/**
 * Where constructable style sheets are missing (Safari before 16.4, older embedded browsers), lit
 * falls back to a `<style>` element in each shadow root, which a page's `style-src 'self'` blocks.
 * The drop-in file instead links a style sheet file beside it (`disclosure-tables-<name>.css`,
 * written by the build): this module is replaced there (scripts/build-config.mjs). From npm, the
 * app's bundler places files, so there is none, and lit's fallback stays.
 */
export const styleFile: ((name: string) => string) | undefined = undefined;

// `cem analyze` (run by `npm run build`) reads the JSDoc of each element class and writes
// custom-elements.json at the package root; package.json points to it (`customElements`).
// Shared attributes, events, parts and custom properties are documented once, on the base class
// `DisclosureElement`; the analyzer lists them under every element as inherited.

/** Module paths as published (`dist/…js`), and the tag each `define` module registers. */
function publishedPaths() {
  const toDist = (path) => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
  return {
    name: 'disclosure-published-paths',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const tags = new Map();
      for (const mod of manifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.tagName) tags.set(declaration.name, { tag: declaration.tagName, module: mod.path });
        }
      }
      for (const mod of manifest.modules) {
        // A define module registers its element's tag (through the guarded defineElement()).
        if (/\/define\.ts$/.test(mod.path)) {
          for (const exported of [...(mod.exports ?? [])]) {
            const element = tags.get(exported.name);
            if (element && !mod.exports.some((item) => item.kind === 'custom-element-definition')) {
              mod.exports.push({
                kind: 'custom-element-definition',
                name: element.tag,
                declaration: { name: exported.name, module: toDist(element.module) },
              });
            }
          }
        }
      }
      const visit = (node) => {
        if (Array.isArray(node)) return node.forEach(visit);
        if (!node || typeof node !== 'object') return;
        for (const [key, value] of Object.entries(node)) {
          if ((key === 'path' || key === 'module') && typeof value === 'string' && value.startsWith('src/')) node[key] = toDist(value);
          else visit(value);
        }
      };
      visit(manifest.modules);
    },
  };
}

export default {
  globs: [
    'src/application-table/*.ts',
    'src/active-table/*.ts',
    'src/review-table/*.ts',
    'src/report/*.ts',
    'src/internal/disclosure-element.ts',
    'src/internal/table-element.ts',
  ],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  dev: false,
  packagejson: false,
  plugins: [publishedPaths()],
};

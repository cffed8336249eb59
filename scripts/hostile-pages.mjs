// Web Test Runner middleware for the attack tests (test/browser/csp*.test.ts, hostile*.test.ts):
// plain pages served with the Content-Security-Policy a test asks for, that load the built drop-in
// file, and record what the page reports (policy violations, errors, console output).
//   POST /__hostile/register  {csp, body, noConstructable?, meta?}  → an id (a URL holds no large body)
//   /__hostile/page?id=ID
//   /__hostile/huge.json?mb=N   a response of N MB, streamed without a length
const COLLECT = `window.__violations = [];
window.__errors = [];
window.__console = [];
addEventListener('securitypolicyviolation', (event) => __violations.push(event.effectiveDirective + ' ' + (event.blockedURI || '') + ' ' + (event.sample || '') + (event.target && event.target.nodeType === 1 ? ' <' + event.target.localName + '>' : ' ' + String(event.target))), true);
addEventListener('error', (event) => __errors.push(String(event.message || event)), true);
addEventListener('unhandledrejection', (event) => __errors.push(String(event.reason)));
for (const level of ['error', 'warn', 'info']) {
  const original = console[level].bind(console);
  console[level] = (...args) => { __console.push(level + ': ' + args.join(' ')); original(...args); };
}
`;
// Safari before 16.4 and older embedded browsers: no constructable style sheets.
const NO_CONSTRUCTABLE = `delete CSSStyleSheet.prototype.replace;
delete CSSStyleSheet.prototype.replaceSync;
delete Document.prototype.adoptedStyleSheets;
delete ShadowRoot.prototype.adoptedStyleSheets;
`;

const SCRIPTS = {
  '/__hostile/collect.js': COLLECT,
  '/__hostile/no-constructable.js': NO_CONSTRUCTABLE,
  // The importer's file in the page's own realm (its DOMParser, its policies), for a test to call.
  '/__hostile/importer.js': `import * as importer from '/dist/disclosure-tables-import.js'; window.__importer = importer;`,
};

const escapeAttribute = (text) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

const pages = new Map();
let nextId = 0;

/** Koa middleware. */
export async function hostilePages(context, next) {
  if (context.path === '/__hostile/register' && context.method === 'POST') {
    let text = '';
    for await (const chunk of context.req) text += chunk;
    const id = String(++nextId);
    pages.set(id, JSON.parse(text));
    context.type = 'text/plain';
    context.body = id;
    return;
  }
  if (context.path in SCRIPTS) {
    context.type = 'text/javascript';
    context.body = SCRIPTS[context.path];
    return;
  }
  if (context.path === '/__hostile/huge.json') {
    const { Readable } = await import('node:stream');
    const megabytes = Math.min(Number(context.query.mb) || 1, 100);
    let sent = 0;
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    context.type = 'application/json';
    context.set('cache-control', 'no-store');
    context.body = new Readable({
      read() {
        this.push(sent++ < megabytes ? chunk : null);
      },
    });
    return;
  }
  if (context.path !== '/__hostile/page') return next();
  const page = pages.get(String(context.query.id)) ?? {};
  const csp = String(page.csp ?? '');
  const meta = page.meta === true;
  if (csp && !meta) context.set('content-security-policy', csp);
  context.type = 'text/html';
  context.set('cache-control', 'no-store');
  context.body = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
${csp && meta ? `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">` : ''}
<script src="/__hostile/collect.js"></script>
${String(page.head ?? '')}
${page.noConstructable ? '<script src="/__hostile/no-constructable.js"></script>' : ''}
<script type="module" src="/dist/disclosure-tables.js"></script>
${page.importer ? '<script type="module" src="/__hostile/importer.js"></script>' : ''}
</head><body>${String(page.body ?? '')}</body></html>`;
}

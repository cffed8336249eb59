// The importer's parse of HTML in Node notes only the line where each element's start tag begins
// (src/import/source/html-parse5.ts): the same tree as parse5's, and for every element the same line
// as parse5's own source locations give — on the real pages, the pasted tables, this library's own
// export of every fixture, adversarial markup and generated markup (property).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse, serialize, type DefaultTreeAdapterTypes } from 'parse5';
import { parseWithLines } from '../../src/import/source/html-parse5.js';
import { reportHtml } from '../../src/static/report-html.js';
import { parseReport } from '../../src/model/parse.js';
import { FIXTURE_NAMES } from '../helpers/fixture-names.js';
import { readFixture } from '../helpers/fixtures.js';
import { ADVERSARIAL_SOURCES } from '../helpers/adversarial.js';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** Every element's tag and start line, in document order (template contents included). */
function lines(root: Node, line: (element: Element) => number | undefined): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node) out.push(`${node.tagName}@${line(node) ?? '-'}`);
    const children = 'content' in node ? [...node.childNodes, node.content] : 'childNodes' in node ? node.childNodes : [];
    for (const child of children as Node[]) walk(child);
  };
  walk(root);
  return out;
}

function assertSameLines(source: string, name: string): void {
  const reference = parse(source, { sourceCodeLocationInfo: true, scriptingEnabled: false });
  const ours = parseWithLines(source);
  assert.equal(serialize(ours), serialize(reference), `${name}: the same tree`);
  assert.deepEqual(
    lines(ours, (element) => (element as Element & { startLine?: number }).startLine),
    lines(reference, (element) => element.sourceCodeLocation?.startLine),
    `${name}: the same start lines`,
  );
}

const fixtureFile = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');

describe('the HTML parse with start lines', () => {
  it('gives parse5’s tree and start lines on the real pages and pasted tables', () => {
    for (const path of [
      '012-pingtan-zone-2024.source.html',
      '014-shuyang-fgj-2023.source.html',
      'clipboard/word-applications.html',
      'clipboard/excel-reviews.html',
      'clipboard/excel-numbers.html',
    ])
      assertSameLines(fixtureFile(path), path);
  });

  it('gives parse5’s start lines on the static export of every fixture, with CRLF line ends too', () => {
    for (const name of FIXTURE_NAMES) {
      const parsed = parseReport(readFixture(name));
      assert.ok(parsed.ok);
      const html = reportHtml(parsed.report);
      assertSameLines(html, name);
      assertSameLines(html.replace(/\n/g, '\r\n'), `${name} (CRLF)`);
    }
  });

  it('gives parse5’s start lines on adversarial markup', () => {
    for (const [name, make] of Object.entries(ADVERSARIAL_SOURCES)) assertSameLines(make(20_000), name);
  });

  it('gives parse5’s tree and start lines on generated markup (property)', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '<table>',
        '</table>',
        '<tr>',
        '<td>',
        '</td>',
        '<th colspan="2"\n>',
        '<tbody>',
        '<p>',
        '</p>',
        '<b>',
        '</b>',
        '<i>',
        '<div\nclass="a"\nstyle="display:none">',
        '</div>',
        '<br>',
        '<!-- a\ncomment -->',
        '<template>',
        '</template>',
        '<script>x<y</script>',
        '<textarea>\n<td></textarea>',
        '<noscript><p>n</noscript>',
        '<svg><td></svg>',
        '<font>',
        '<select><option>',
        '\r\n',
        '\n',
        '\r',
        '文字',
        '&nbsp;',
        '&lt;td',
        '<',
        '</',
        '<td\n\nrowspan=3>',
        '<h2>',
        '<li>',
      ),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => assertSameLines(pieces.join(''), JSON.stringify(pieces.join('')))),
      { numRuns: 1500 },
    );
  });
});

// The library's own fuzzing in Chromium (issue #16): 600 renders of hostile reports in the four
// elements. Each render shows its tables or its error panel, fires its event, throws nothing, and
// no text of the report becomes an element.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { mutatedReport } from '../helpers/fuzz.js';
import { FIXTURE_NAMES } from '../helpers/fixture-names.js';
import { TAGS } from '../helpers/hostile-page.js';

type Rendered = HTMLElement & { report: unknown; updateComplete: Promise<unknown> };

/** The elements this library renders: anything else in a shadow root came from the report. */
const OWN = new Set([
  'div',
  'p',
  'span',
  'table',
  'caption',
  'colgroup',
  'col',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'ul',
  'li',
  'a',
  'nav',
  'article',
  'section',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'bdi',
  'mark',
  'slot',
  'strong',
  'br',
  'link',
  // The narrow screen's column control and the folded findings.
  'fieldset',
  'legend',
  'label',
  'input',
  'button',
  'details',
  'summary',
]);

describe('fuzzing the elements (fast-check, Chromium)', () => {
  it('renders 600 hostile reports: tables or an error panel, an event, no throw, no markup from the report', async function () {
    // Many renders: more than one test's usual time on a busy machine.
    this.timeout(90_000);
    const fixtures = await Promise.all(
      FIXTURE_NAMES.map(async (name) => (await fetch(`/test/fixtures/${name}.json`)).json() as Promise<unknown>),
    );
    const elements = TAGS.map((tag) => {
      const element = document.createElement(tag) as Rendered;
      document.body.append(element);
      return element;
    });
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    let renders = 0;
    try {
      await fc.assert(
        fc.asyncProperty(
          mutatedReport(fixtures),
          fc.nat({ max: TAGS.length - 1 }),
          fc.constantFrom('zh', 'en'),
          async (report, pick, lang) => {
            const element = elements[pick]!;
            let events = 0;
            const count = () => events++;
            element.addEventListener('disclosure-check', count);
            element.addEventListener('disclosure-error', count);
            element.lang = lang;
            element.report = report;
            await element.updateComplete;
            element.removeEventListener('disclosure-check', count);
            element.removeEventListener('disclosure-error', count);
            renders++;
            const root = element.shadowRoot!;
            expect(root.querySelector('table, [role="alert"], p.status'), element.localName).to.exist;
            expect(events, 'an event').to.be.at.least(1);
            const foreign = [...root.querySelectorAll('*')].map((node) => node.localName).filter((name) => !OWN.has(name));
            expect(foreign).to.deep.equal([]);
            expect(errors).to.deep.equal([]);
          },
        ),
        { numRuns: 600 },
      );
    } finally {
      window.removeEventListener('error', onError);
      for (const element of elements) element.remove();
    }
    expect(renders).to.be.at.least(600);
  });
});

// `disclosure-tables/react`: the @lit/react wrappers render the element and deliver its events to
// prop callbacks (`onDisclosureCheck`, `onDisclosureError`). React 19 + react-dom, no JSX needed.
import { expect, waitUntil } from '@open-wc/testing';
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import {
  DisclosureApplicationTable,
  DisclosureReport,
  type DisclosureCheckEvent,
  type DisclosureErrorEvent,
} from '../../src/react/index.js';
import type { DisclosureApplicationTable as ApplicationTableElement } from '../../src/application-table/application-table.js';

describe('disclosure-tables/react', () => {
  let sample: unknown;
  let host: HTMLElement;
  let root: Root;

  before(async () => {
    sample = await (await fetch('/test/fixtures/000-yipingyuan-2023.json')).json();
  });

  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });

  afterEach(() => {
    root.unmount();
    host.remove();
  });

  it('renders <disclosure-application-table> with the report set as a property', async () => {
    flushSync(() => root.render(createElement(DisclosureApplicationTable, { report: sample, checks: 'silent' })));
    const element = host.querySelector('disclosure-application-table') as ApplicationTableElement;
    expect(element).to.exist;
    expect(element.report).to.equal(sample);
    expect(element.getAttribute('report')).to.equal(null);
    await element.updateComplete;
    expect(element.checks).to.equal('silent');
    expect(element.shadowRoot!.querySelector('caption')!.textContent).to.contain('收到和处理政府信息公开申请情况');
  });

  it('delivers disclosure-check to onDisclosureCheck with the findings', async () => {
    const calls: DisclosureCheckEvent[] = [];
    flushSync(() =>
      root.render(
        createElement(DisclosureApplicationTable, {
          report: sample,
          onDisclosureCheck: (event: DisclosureCheckEvent) => calls.push(event),
        }),
      ),
    );
    const element = host.querySelector('disclosure-application-table') as ApplicationTableElement;
    await waitUntil(() => calls.length > 0, 'onDisclosureCheck was not called');
    const [event] = calls;
    expect(event!.type).to.equal('disclosure-check');
    expect(event!.target).to.equal(element);
    expect(event!.detail.findings).to.deep.equal(element.findings);
    expect(event!.detail.findings.length).to.be.greaterThan(0);
    expect(event!.detail.findings.every((finding) => finding.table === 'applications')).to.equal(true);
  });

  it('delivers disclosure-error to onDisclosureError, and follows a new callback', async () => {
    const first: DisclosureErrorEvent[] = [];
    const second: DisclosureErrorEvent[] = [];
    flushSync(() =>
      root.render(
        createElement(DisclosureReport, {
          report: { format: '2019' },
          onDisclosureError: (event: DisclosureErrorEvent) => first.push(event),
        }),
      ),
    );
    await waitUntil(() => first.length > 0, 'onDisclosureError was not called');
    expect(first[0]!.detail.errors.length).to.be.greaterThan(0);
    flushSync(() =>
      root.render(
        createElement(DisclosureReport, {
          report: { format: 'x' },
          onDisclosureError: (event: DisclosureErrorEvent) => second.push(event),
        }),
      ),
    );
    await waitUntil(() => second.length > 0, 'the new onDisclosureError was not called');
    expect(first.length).to.equal(1);
  });
});

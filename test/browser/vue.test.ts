// Vue 3, as the README tells front-end teams to use the elements: the compiler told they are custom
// elements, the report bound as a property, the events listened to with @disclosure-check. The full
// ES build of Vue (with its template compiler) runs the templates here as an app would.
import { expect, waitUntil } from '@open-wc/testing';
import { createApp, nextTick, ref, type App } from 'vue/dist/vue.esm-browser.prod.js';
import '../../src/index.js';
import type { DisclosureApplicationTable } from '../../src/application-table/application-table.js';
import type { DisclosureCheckEvent } from '../../src/internal/events.js';
import type { Report } from '../../src/model/schema.js';
import { loadFixture, valueOf } from '../helpers/browser.js';

describe('in a Vue 3 app', () => {
  let host: HTMLElement;
  let app: App | undefined;

  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    app?.unmount();
    host.remove();
  });

  /** Mounts `template` with a reactive `report` and an `onCheck` handler that records the findings counts. */
  async function mount(template: string, report: Report) {
    const checks: number[] = [];
    const state = ref(report);
    app = createApp({
      template,
      setup: () => ({ report: state, onCheck: (event: DisclosureCheckEvent) => checks.push(event.detail.findings.length) }),
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('disclosure-');
    app.mount(host);
    await nextTick();
    const element = host.querySelector('disclosure-application-table') as DisclosureApplicationTable;
    await element.updateComplete;
    return { element, checks, state };
  }

  for (const binding of [':report.prop', ':report']) {
    it(`${binding}="report" sets the report as a property and @disclosure-check receives the findings`, async () => {
      const sample = await loadFixture('001-huaian-city-2024');
      const { element, checks } = await mount(`<disclosure-application-table ${binding}="report" @disclosure-check="onCheck" />`, sample);
      expect(element.getAttribute('report'), 'no [object Object] attribute').to.equal(null);
      expect(typeof element.report).to.equal('object');
      const cell = element.shadowRoot!.querySelector('td[data-path="applications.received.naturalPerson"]')!;
      expect(valueOf(cell)).to.equal('3,001');
      await waitUntil(() => checks.length > 0, 'disclosure-check reached the Vue handler');
      expect(checks[0]).to.equal(0);
    });
  }

  it('re-renders and re-checks when the app changes the report', async () => {
    const { element, checks, state } = await mount(
      '<disclosure-application-table :report.prop="report" @disclosure-check="onCheck" />',
      await loadFixture('001-huaian-city-2024'),
    );
    await waitUntil(() => checks.length === 1);
    const changed: Report = JSON.parse(JSON.stringify(state.value)); // a reactive proxy cannot be structured-cloned
    changed.applications!.received.naturalPerson = 3002;
    state.value = changed;
    await nextTick();
    await element.updateComplete;
    await waitUntil(() => checks.length === 2, 'a second disclosure-check');
    expect(valueOf(element.shadowRoot!.querySelector('td[data-path="applications.received.naturalPerson"]')!)).to.equal('3,002');
    expect(checks[1], 'the wrong totals are found').to.be.greaterThan(0);
    expect(element.findings.map((finding) => finding.rule)).to.include('applications.row-total');
  });
});

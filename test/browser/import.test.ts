// The importer in headless Chromium: the fixture sources through the DOMParser path give exactly
// the Node (parse5) result — report, warnings and their lines — and their JSON readings; so do the
// generated variants; and hostile markup in a source runs nothing and creates nothing in the page.
import { aTimeout, expect } from '@open-wc/testing';
import { decodeSource, importReport } from '../../src/import/index.js';
import { encodeGbk } from '../helpers/gbk.js';
import { importReport as importWithParse5 } from '../../src/import/node.js';
import { parseReport } from '../../src/model/parse.js';
import type { Report } from '../../src/model/schema.js';
import { outsideOptions, SOURCE_FIXTURES } from '../helpers/fixture-names.js';
import { renderHtml } from '../helpers/import-render.js';
import { combine, VARIANTS, variantOf } from '../helpers/import-variants.js';

async function fetchText(path: string): Promise<string> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.text();
}

describe('importReport in the browser (DOMParser)', () => {
  for (const item of SOURCE_FIXTURES) {
    it(`${item.source}: the same result as Node, and exactly the JSON reading`, async () => {
      const source = await fetchText(`/test/fixtures/${item.source}`);
      const json = JSON.parse(await fetchText(`/test/fixtures/${item.name}.json`)) as Record<string, unknown>;
      const options = outsideOptions(item, json);
      const result = importReport(source, options);
      expect(result).to.deep.equal(importWithParse5(source, options));
      expect(result.ok).to.equal(true);
      const expected = parseReport(json);
      if (result.ok && expected.ok) expect(result.report).to.deep.equal(expected.report);
    });
  }

  it('cites the source line where a cell’s text is, as parse5 does', async () => {
    const source = await fetchText('/test/fixtures/014-shuyang-fgj-2023.source.html');
    const result = importReport(source);
    const legacy = result.warnings.find((warning) => warning.path === 'active.normativeDocuments');
    expect(legacy?.line).to.equal(source.slice(0, source.indexOf('规范性文件</span>')).split('\n').length);
  });

  it('the generated variants give the same result as Node', async () => {
    const clean = parseReport(JSON.parse(await fetchText('/test/fixtures/001-huaian-city-2024.json')));
    expect(clean.ok).to.equal(true);
    if (!clean.ok) return;
    const report: Report = { ...clean.report, sections: { overview: '第一段。\n（一）第二段。', problems: '问题。', other: '无' } };
    const cases = [
      ...VARIANTS.filter((item) => item.only !== 'text'),
      combine(...VARIANTS.filter((item) => item.only !== 'text').slice(1, 8)),
    ];
    for (const item of cases) {
      const input = item.input ? item.input(report) : report;
      const source = renderHtml(input, variantOf(item, input));
      expect(importReport(source), item.name).to.deep.equal(importWithParse5(source));
    }
  });

  it('a published page saved as GBK decodes (TextDecoder of Chromium) and imports as its UTF-8 copy does', async () => {
    const page = await fetchText('/test/fixtures/014-shuyang-fgj-2023.source.html');
    const declared = decodeSource(encodeGbk(`<meta charset="gbk">${page}`));
    expect(declared.encoding).to.equal('gbk');
    expect(declared.text).to.equal(`<meta charset="gbk">${page}`);
    const undeclared = decodeSource(encodeGbk(page));
    expect(undeclared.encoding).to.equal('gb18030');
    expect(undeclared.note?.en).to.match(/read as GB18030/);
    const [fromGbk, fromUtf8] = [importReport(undeclared.text), importReport(page)];
    expect(fromGbk.ok && fromUtf8.ok).to.equal(true);
    expect(JSON.stringify(fromGbk.ok && fromGbk.report)).to.equal(JSON.stringify(fromUtf8.ok && fromUtf8.report));
  });

  it('hostile markup in a source runs nothing and creates nothing in the page', async () => {
    const flags = window as unknown as { __hostile?: number };
    flags.__hostile = 0;
    const pingtan = await fetchText('/test/fixtures/012-pingtan-zone-2024.source.html');
    const hostile = [
      '<img src=x onerror="window.__hostile=1">',
      '<script>window.__hostile=2</script>',
      '<svg><script>window.__hostile=3</script></svg><svg onload="window.__hostile=4"></svg>',
      '<iframe srcdoc="<script>parent.__hostile=5</script>"></iframe>',
      '<object data="javascript:window.__hostile=6"></object><link rel="stylesheet" href="javascript:window.__hostile=7">',
      '<style>@import url("/__hostile.css");</style><video><source onerror="window.__hostile=8"></video>',
    ].join('');
    const source = pingtan
      .replace(
        '<p style="text-indent: 0em;">217</p>',
        `<p style="text-indent: 0em;">${hostile}&lt;img src=x onerror=window.__hostile=9&gt;</p>`,
      )
      .replace('<p style="text-indent: 0em;">行政许可</p>', `<p style="text-indent: 0em;">${hostile}</p>`);

    const added: Node[] = [];
    const observer = new MutationObserver((records) => records.forEach((record) => added.push(...record.addedNodes)));
    observer.observe(document, { childList: true, subtree: true, attributes: true });
    const elementsBefore = document.getElementsByTagName('*').length;

    const result = importReport(source, { agency: '平潭综合实验区' });
    // A sleep on purpose: it gives hostile markup time to load or run; nothing may happen.
    await aTimeout(200);
    observer.disconnect();

    expect(flags.__hostile).to.equal(0);
    expect(added).to.have.length(0);
    expect(document.getElementsByTagName('*').length).to.equal(elementsBefore);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.report.applications?.received.naturalPerson).to.equal(null);
    expect(result.report.active?.licensing).to.equal(null);
    expect(JSON.stringify(result.report)).not.to.contain('__hostile');
    // The escaped text is quoted as text in a warning, never as markup, and gives no number.
    expect(result.warnings.some((warning) => warning.source === '<img src=x onerror=window.__hostile=9>')).to.equal(true);
    expect(result).to.deep.equal(importWithParse5(source, { agency: '平潭综合实验区' }));
  });
});

/**
 * .docx import: the official blank template, filled programmatically with each fixture report's
 * figures (its XML edited, its merges kept), imports to exactly that report; the ways Word and WPS
 * write the same document import the same; bad files fail with messages saying why.
 */
import assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { strToU8, unzipSync, zipSync } from 'fflate';
import mammoth from 'mammoth';
import { importDocx } from '../../src/import/office/index.js';
import { MAX_PART_BYTES } from '../../src/import/office/zip.js';
import { importReport } from '../../src/import/node.js';
import type { ImportOptions } from '../../src/import/types.js';
import type { Report } from '../../src/model/schema.js';
import { loadReport } from '../helpers/fixtures.js';
import { FIXTURE_NAMES } from '../helpers/fixture-names.js';
import * as office from '../helpers/office.js';

/** A report without a title names neither agency nor year in its text: the caller gives them, as for a pasted body. */
const outside = (report: Report): ImportOptions => (report.title ? {} : { agency: report.agency, year: report.year });

async function imported(bytes: Uint8Array, options: ImportOptions = {}) {
  const result = await importDocx(bytes, options);
  assert.ok(result.ok, result.ok ? '' : `import failed: ${result.error.en}`);
  return result;
}

describe('importDocx: the official template filled with each fixture report', () => {
  for (const name of FIXTURE_NAMES) {
    it(`${name}: imports to exactly its JSON`, async () => {
      const report = loadReport(name);
      const result = await imported(office.filledDocx(report), outside(report));
      assert.deepStrictEqual(result.report, report);
    });
  }

  it('the filled files are real Word files: mammoth (an independent reader) sees the same tables', async () => {
    for (const name of FIXTURE_NAMES) {
      const report = loadReport(name);
      const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(office.filledDocx(report)) });
      const viaMammoth = importReport(html, outside(report));
      assert.ok(viaMammoth.ok, `${name} through mammoth`);
      for (const table of ['active', 'applications', 'reviews'] as const)
        assert.deepStrictEqual(viaMammoth.report[table], report[table], `${name} ${table}`);
    }
  });

  it('title, agency, year, date and the prose sections come from the paragraphs', async () => {
    const report = loadReport('014-shuyang-fgj-2023');
    const { report: read, warnings } = await imported(office.filledDocx(report));
    assert.equal(read.title, '沭阳县发展和改革局2023年政府信息公开年度报告');
    assert.equal(read.agency, '沭阳县发展和改革局');
    assert.equal(read.year, 2023);
    assert.equal(read.publishedOn, '2024-01-17');
    assert.equal(read.sections?.overview, report.sections?.overview);
    assert.ok(warnings.some((warning) => warning.kind === 'dateFromSignature' && warning.source === '2024年1月17日'));
  });

  it('005: （六）其他处理 as one row (the template edited so) reads as such, with the HTML importer’s note', async () => {
    const report = loadReport('005-hongze-district-2024');
    const { report: read, warnings } = await imported(office.filledDocx(report));
    assert.ok('naturalPerson' in read.applications!.results.otherHandling);
    assert.ok(warnings.some((warning) => warning.kind === 'singleOtherHandling'));
  });
});

describe('importDocx: the same document as Word and WPS also write it', () => {
  const report = loadReport('014-shuyang-fgj-2023');
  const base = office.filledDocumentXml(report);
  const variants: [string, string, RegExp][] = [
    ['split runs (every run in two, with proofing marks between)', office.splitRuns(base), /<w:proofErr/],
    [
      'a label edited with tracked changes (old wording deleted, new inserted)',
      office.trackedLabel(base, '（三）不予公开', '（三）不公开'),
      /<w:delText>（三）不公开<\/w:delText>/,
    ],
    ['a deleted row kept as a tracked deletion', office.trackedDeletedRow(base), /<w:trPr><w:del /],
    [
      'content controls around the title, a label cell and a value',
      office.contentControls(base, report.title!, '行政许可'),
      /<w:sdtContent><w:tc>/,
    ],
    ['every row shifted by w:gridBefore, with w:gridAfter', office.gridBefore(base), /<w:gridBefore w:val="1"\/>/],
    ['legacy horizontal merges (w:hMerge) for every gridSpan', office.legacyHorizontalMerges(base), /<w:hMerge\/>/],
    ['the body nested in a layout table', office.nestedInLayoutTable(base), /<w:tc><w:tcPr><w:tcW w:w="9000"/],
    [
      'all of these at once',
      office.nestedInLayoutTable(
        office.gridBefore(office.splitRuns(office.legacyHorizontalMerges(office.contentControls(base, report.title!, '行政许可')))),
      ),
      /<w:hMerge\/>/,
    ],
  ];
  for (const [label, xml, mark] of variants) {
    it(`${label}: imports the same`, async () => {
      assert.match(xml, mark, 'the variant is in the file');
      assert.notEqual(xml, base);
      const result = await imported(office.docxWith(xml));
      assert.deepStrictEqual(result.report, report);
    });
  }

  it('a label with deleted text in a run of its own: the deletion is not read', async () => {
    const xml = base.replace(
      '<w:t>行政许可</w:t>',
      '<w:t>行政</w:t></w:r><w:del w:id="7" w:author="x"><w:r><w:delText>处罚</w:delText></w:r></w:del><w:r><w:t>许可</w:t>',
    );
    assert.notEqual(xml, base);
    assert.deepStrictEqual((await imported(office.docxWith(xml))).report, report);
  });

  it('warnings of the HTML importer hold: the old label 规范性文件 is read with a note quoting it', async () => {
    const xml = base.replace('<w:t>行政规范性文件</w:t>', '<w:t>规范性文件</w:t>');
    assert.notEqual(xml, base);
    const { report: read, warnings } = await imported(office.docxWith(xml));
    assert.deepStrictEqual(read.active, report.active);
    const legacy = warnings.find((warning) => warning.path === 'active.normativeDocuments');
    assert.equal(legacy?.source, '规范性文件');
  });

  it('a value in a cell no header explains is refused, never placed by guess', async () => {
    // Widen 表四's data row by one cell holding a number: no column header stands over it.
    const xml = base.replace(
      /(<w:tbl>[\s\S]*?<\/w:tbl>[\s\S]*?<w:tbl>[\s\S]*?<\/w:tbl>[\s\S]*?<w:tbl>[\s\S]*?)(<\/w:tr><\/w:tbl>)(?![\s\S]*<w:tbl>)/,
      '$1<w:tc><w:p><w:r><w:t>77</w:t></w:r></w:p></w:tc>$2',
    );
    assert.notEqual(xml, base);
    const result = await importDocx(office.docxWith(xml));
    const placed = result.ok ? Object.values(result.report.reviews ?? {}).flatMap((cells) => Object.values(cells)) : [];
    assert.ok(!placed.includes(77), 'the stray 77 is in no cell');
    assert.ok(
      result.warnings.some((warning) => warning.source.includes('77')),
      'a warning quotes it',
    );
  });
});

describe('importDocx: files that cannot be read', () => {
  const zipOf = (files: Record<string, string>) =>
    zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));

  it('a zip bomb is refused before it is inflated, naming the part and its size', async () => {
    const huge = deflateRawSync(Buffer.alloc(MAX_PART_BYTES + 1024 * 1024, 0x20), { level: 9 });
    assert.ok(huge.length < 200_000, 'the bomb is small');
    const files = unzipSync(office.templateBytes());
    // fflate's zipSync compresses itself; a stored-as-deflated entry needs the raw stream: build the zip by hand.
    const bytes = handMadeZip({ ...files, 'word/document.xml': { deflated: new Uint8Array(huge), size: MAX_PART_BYTES + 1024 * 1024 } });
    const result = await importDocx(bytes);
    assert.equal(result.ok, false);
    if (!result.ok) {
      assert.match(result.error.en, /word\/document\.xml.*33 MB.*zip bomb/);
      assert.match(result.error.zh, /压缩炸弹/);
    }
  });

  it('an entry that lies about its size is cut at the size it declares, and then fails as damaged', async () => {
    const document = office.filledDocumentXml(loadReport('001-huaian-city-2024'));
    const deflated = new Uint8Array(deflateRawSync(Buffer.from(document)));
    const bytes = handMadeZip({ ...unzipSync(office.templateBytes()), 'word/document.xml': { deflated, size: 1000 } });
    const result = await importDocx(bytes);
    assert.equal(result.ok, false);
    if (!result.ok) assert.match(result.error.en, /word\/document\.xml in the file is damaged/);
  });

  it('a corrupt zip (a download cut short, or damaged data) fails as damaged', async () => {
    const whole = office.filledDocx(loadReport('001-huaian-city-2024'));
    const cut = await importDocx(whole.subarray(0, Math.floor(whole.length / 2)));
    assert.equal(cut.ok, false);
    if (!cut.ok) assert.match(cut.error.en, /damaged and cannot be unpacked/);
    const damaged = whole.slice();
    const files = unzipSync(whole);
    assert.ok(files['word/document.xml']);
    // Overwrite the middle of the compressed data of the largest entry.
    for (let index = 2000; index < 2400; index++) damaged[index] = 0xff;
    const broken = await importDocx(damaged);
    assert.equal(broken.ok, false);
    if (!broken.ok) assert.match(broken.error.en, /damaged/);
  });

  it('a .docx with no tables says so', async () => {
    const xml = office.templateDocumentXml().replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
    const result = await importDocx(office.docxWith(xml));
    assert.equal(result.ok, false);
    if (!result.ok) {
      assert.match(result.error.en, /this Word file has no tables/);
      assert.match(result.error.zh, /没有表格/);
    }
  });

  it('a zip that is no Word file, empty bytes and malformed XML fail with their reasons', async () => {
    const notWord = await importDocx(zipOf({ 'readme.txt': 'hello' }));
    assert.ok(!notWord.ok && /not a Word document/.test(notWord.error.en));
    const empty = await importDocx(new Uint8Array());
    assert.ok(!empty.ok && /empty/.test(empty.error.en));
    const malformed = await importDocx(zipOf({ 'word/document.xml': '<w:document><w:body><w:p></w:body>' }));
    assert.ok(!malformed.ok && /word\/document\.xml in the file is damaged/.test(malformed.error.en));
    const doctype = await importDocx(zipOf({ 'word/document.xml': '<!DOCTYPE x [<!ENTITY a "aaaa">]><w:document/>' }));
    assert.ok(!doctype.ok && /document type declaration/.test(doctype.error.en));
  });
});

type Entry = Uint8Array | { deflated: Uint8Array; size: number };

/** A zip written by hand, so that an entry can declare any size (fflate would write the true one). */
function handMadeZip(files: Record<string, Entry>): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [name, entry] of Object.entries(files)) {
    const nameBytes = encoder.encode(name);
    const stored = entry instanceof Uint8Array;
    const data = stored ? entry : entry.deflated;
    const size = stored ? entry.length : entry.size;
    const header = (central: boolean) => {
      const head = new Uint8Array((central ? 46 : 30) + nameBytes.length);
      const view = new DataView(head.buffer);
      view.setUint32(0, central ? 0x02014b50 : 0x04034b50, true);
      const at = central ? 2 : 0;
      if (central) view.setUint16(4, 20, true);
      view.setUint16(4 + at, 20, true);
      view.setUint16(8 + at, stored ? 0 : 8, true);
      view.setUint32(18 + at, data.length, true);
      view.setUint32(22 + at, size, true);
      view.setUint16(26 + at, nameBytes.length, true);
      if (central) view.setUint32(42, offset, true);
      head.set(nameBytes, central ? 46 : 30);
      return head;
    };
    centrals.push(header(true));
    const local = header(false);
    locals.push(local, data);
    offset += local.length + data.length;
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, centrals.length, true);
  view.setUint16(10, centrals.length, true);
  view.setUint32(12, centralSize, true);
  view.setUint32(16, offset, true);
  const parts = [...locals, ...centrals, end];
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

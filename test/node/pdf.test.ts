// The PDF importer in Node: the two real PDFs and PDFs printed by Chromium import exactly; scans,
// garbled fonts, encrypted, damaged and truncated files are refused with their cause; text copied
// out of the PDFs imports exactly or fails, never with a number in a column it cannot prove.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { importPdf } from '../../src/import/pdf/node.js';
import { importReport } from '../../src/import/node.js';
import { fromSource } from '../../src/load/node.js';
import { main } from '../../src/cli.js';
import type { Report } from '../../src/model/schema.js';
import type { ImportResult } from '../../src/import/types.js';
import { fixturesDir, loadReport } from '../helpers/fixtures.js';
import { IMAGE_ONLY_PAGE, closeBrowser, printPdf, reportPage } from '../helpers/print-pdf.js';

const pdfDir = `${fixturesDir}pdf/`;
const REAL = ['001-huaian-city-2024', '005-hongze-district-2024'] as const;
const tablesOf = (report: Report) => ({ active: report.active, applications: report.applications, reviews: report.reviews });

function assertImported(result: ImportResult, reading: Report): Report {
  assert.ok(result.ok, result.ok ? '' : result.error.en);
  // Every cell, blanks kept as null, and the metadata of the reading; the prose is extra.
  assert.deepEqual(tablesOf(result.report), tablesOf(reading));
  assert.equal(result.report.agency, reading.agency);
  assert.equal(result.report.year, reading.year);
  return result.report;
}

after(closeBrowser);

describe('importPdf: the real PDFs', () => {
  for (const name of REAL) {
    it(`${name}.pdf imports exactly to its reading, with the six sections' prose`, async () => {
      const reading = loadReport(name);
      const result = await importPdf(readFileSync(`${pdfDir}${name}.pdf`));
      const report = assertImported(result, reading);
      assert.equal(report.title, reading.title);
      assert.match(report.sections?.overview ?? '', /^2024年，/);
      assert.match(report.sections?.problems ?? '', /改进|下一步|不足/);
      assert.match(report.sections?.other ?? '', /信息处理费/);
      // No page number or running header became prose or a label.
      assert.ok(!/-\s*\d+\s*-/.test(JSON.stringify(report.sections)));
      assert.ok(result.warnings.every((warning) => warning.page !== undefined || warning.line === undefined));
    });
  }

  it('names the page of what it noted (005: the misprinted label on page 3)', async () => {
    const result = await importPdf(readFileSync(`${pdfDir}005-hongze-district-2024.pdf`));
    const typo = result.warnings.find((warning) => warning.kind === 'typoLabel');
    assert.equal(typo?.page, 3);
    assert.equal(typo?.source, '2.其他法律行政止公开');
  });

  it('takes an ArrayBuffer and leaves the caller’s bytes as they were', async () => {
    const bytes = new Uint8Array(readFileSync(`${pdfDir}001-huaian-city-2024.pdf`));
    const copy = bytes.slice();
    const result = await importPdf(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    assert.ok(result.ok);
    assert.deepEqual(bytes, copy);
  });
});

describe('importPdf: PDFs printed by Chromium from the library’s static HTML', () => {
  // Pushing 表三 down moves the page break through its headers, its body and next to 表四.
  for (const [name, shift] of [
    ['001-huaian-city-2024', 0],
    ['001-huaian-city-2024', 200],
    ['014-shuyang-fgj-2023', 300],
    ['000-yipingyuan-2023', 120],
  ] as const) {
    it(`${name} with 表三 pushed down ${shift}px imports exactly (blanks stay blank)`, async () => {
      const reading = loadReport(name);
      const bytes = await printPdf(reportPage(reading, { splitApplications: shift }));
      const result = await importPdf(bytes);
      const report = assertImported(result, reading);
      assert.ok(
        !result.warnings.some((warning) => ['duplicateRow', 'missingRow', 'valueOutsideColumns', 'extraValue'].includes(warning.kind)),
      );
      // The running header and the page numbers printed on every page are neither prose nor labels.
      const text = JSON.stringify([report.sections, result.warnings]);
      assert.ok(!text.includes('政务公开年度报告') && !/- \d+ -/.test(text));
    });
  }

  it('a borderless variant imports exactly, its columns placed by the header labels, with a warning', async () => {
    const reading = loadReport('001-huaian-city-2024');
    const result = await importPdf(await printPdf(reportPage(reading, { borderless: true, splitApplications: 200 })));
    assertImported(result, reading);
    const notes = result.warnings.filter((warning) => warning.kind === 'borderlessTable');
    assert.equal(notes.length, 3);
    assert.match(notes[0]!.message.zh, /没有框线，按表头文字的位置确定各列/);
  });

  // Rows broken by page breaks, marks wrapped under their numbers: what it cannot prove, it refuses.
  for (const [name, shift] of [
    ['001-huaian-city-2024', 0],
    ['005-hongze-district-2024', 200],
    ['014-shuyang-fgj-2023', 200],
    ['000-yipingyuan-2023', 300],
  ] as const) {
    it(`borderless ${name} (表三 pushed ${shift}px) imports exactly or is refused, never with a number misplaced`, async () => {
      const reading = loadReport(name);
      const result = await importPdf(await printPdf(reportPage(reading, { borderless: true, splitApplications: shift })));
      if (result.ok) assertImported(result, reading);
      else assert.match(result.error.zh, /第 \d+ 页的表格没有框线，按表头位置也无法确定数字所在的列.*另存为 PDF/);
    });
  }
});

describe('importPdf: metadata and prose', () => {
  it('reads the title set over two lines, the six sections and the date printed under the signature', async () => {
    const reading = loadReport('014-shuyang-fgj-2023');
    const report = {
      ...reading,
      sections: {
        overview: '2023年，本局认真贯彻《条例》。\n全年主动公开信息120条。',
        problems: '公开内容还不够全面。',
        other: '本年度未收取信息处理费。',
      },
    };
    const result = await importPdf(
      await printPdf(reportPage(report, { signature: { body: '沭阳县发展和改革局', date: '2024年1月18日' } })),
    );
    assert.ok(result.ok, result.ok ? '' : result.error.en);
    assert.equal(result.report.agency, '沭阳县发展和改革局');
    assert.equal(result.report.year, 2023);
    assert.equal(result.report.publishedOn, '2024-01-18');
    assert.ok(result.warnings.some((warning) => warning.kind === 'dateFromSignature'));
    assert.deepEqual(result.report.sections, report.sections);
  });
});

describe('importPdf refuses what it cannot read, naming cause and remedy', () => {
  it('an image-only (scanned) PDF: OCR', async () => {
    const result = await importPdf(await printPdf(IMAGE_ONLY_PAGE));
    assert.ok(!result.ok);
    assert.match(result.error.zh, /只有图片（扫描件）.*文字识别（OCR）/);
    assert.match(result.error.en, /only images \(a scan\).*OCR/);
  });

  it('fonts without a Unicode mapping (garbled text): save as PDF again from WPS or Word', async () => {
    const printed = await printPdf(reportPage(loadReport('001-huaian-city-2024')));
    // The same file with its ToUnicode maps unnamed (same length, so the cross-reference stays valid).
    const text = Buffer.from(printed).toString('latin1');
    assert.ok(text.includes('/ToUnicode'));
    const unmapped = Buffer.from(text.replaceAll('/ToUnicode', '/ToUnicodX'), 'latin1');
    const result = await importPdf(unmapped);
    assert.ok(!result.ok);
    assert.match(result.error.zh, /没有 Unicode 映射.*乱码.*另存为 PDF/);
  });

  it('a truncated file (an interrupted download)', async () => {
    const bytes = readFileSync(`${pdfDir}005-hongze-district-2024.pdf`);
    const result = await importPdf(bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    assert.ok(!result.ok);
    assert.match(result.error.zh, /不完整.*截断/);
    assert.match(result.error.en, /incomplete/);
  });

  it('an encrypted PDF (a user password)', async () => {
    const result = await importPdf(readFileSync(`${pdfDir}encrypted.pdf`));
    assert.ok(!result.ok);
    assert.match(result.error.zh, /已加密/);
    assert.match(result.error.en, /encrypted/);
  });

  it('a damaged PDF', async () => {
    const result = await importPdf(
      Buffer.from('%PDF-1.7\n1 0 obj garbage <<< >>> stream\u0000\u0001 endobj\ntrailer <</Root 9 0 R>>\n%%EOF\n', 'latin1'),
    );
    assert.ok(!result.ok);
    assert.match(result.error.zh, /已损坏/);
  });

  it('a PDF whose tables cannot be rebuilt', async () => {
    const result = await importPdf(
      await printPdf(
        '<h1>淮安市人民政府2024年政府信息公开工作年度报告</h1><p>本报告由淮安市人民政府办公室根据《条例》规定编制，表格另见附件。</p>',
      ),
    );
    assert.ok(!result.ok);
    assert.match(result.error.zh, /无法从这份 PDF 重建报告的表格.*另存为 PDF.*粘贴表格/);
  });

  it('bytes that are no PDF', async () => {
    const result = await importPdf(new TextEncoder().encode('not a pdf'));
    assert.ok(!result.ok);
    assert.equal(result.error.en, 'not a PDF file');
  });
});

describe('text copied out of the PDFs imports exactly or fails, never misplacing a number', () => {
  for (const name of REAL) {
    for (const layer of ['text', 'layout', 'pdfjs']) {
      it(`${name}.${layer}.txt`, () => {
        const result = importReport(readFileSync(`${pdfDir}${name}.${layer}.txt`, 'utf8'));
        if (result.ok) assert.deepEqual(tablesOf(result.report), tablesOf(loadReport(name)));
        else assert.match(result.error.zh, /无法确定复制文字中各数字所在的列.*直接导入 PDF/);
      });
    }
  }
});

describe('the loader and the command line read PDFs', () => {
  it('fromSource reads a .pdf file, whatever its name', async () => {
    const loaded = await fromSource(`${pdfDir}001-huaian-city-2024.pdf`);
    assert.ok(loaded.ok);
    assert.deepEqual(tablesOf(loaded.report), tablesOf(loadReport('001-huaian-city-2024')));
  });

  it('check, import and html take PDF files and URLs served as application/pdf; failures exit 1', async () => {
    const bytes = readFileSync(`${pdfDir}005-hongze-district-2024.pdf`);
    const server = createServer((request, response) => {
      if (request.url === '/report') response.writeHead(200, { 'content-type': 'application/pdf' }).end(bytes);
      else response.writeHead(200, { 'content-type': 'application/pdf' }).end(bytes.subarray(0, 1000));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const out: string[] = [];
      const err: string[] = [];
      const run = (...args: string[]) =>
        main(
          args,
          (text) => out.push(text),
          (text) => err.push(text),
        );
      assert.equal(await run('import', `${base}/report`), 0);
      assert.deepEqual(tablesOf(JSON.parse(out.pop()!)), tablesOf(loadReport('005-hongze-district-2024')));
      assert.match(err.join('\n'), /第 3 页/);
      assert.equal(await run('html', `${pdfDir}001-huaian-city-2024.pdf`), 0);
      assert.match(out.pop()!, /3,985,758|3985758/);
      assert.equal(await run('check', `${base}/broken`), 1);
      assert.match(out.pop()!, /不完整/);
      assert.equal(await run('check', pdfDir), 1, 'the folder holds text layers that are refused');
      const summary = out.pop()!;
      assert.match(summary, /001-huaian-city-2024\.pdf — 淮安市人民政府 2024\n {2}✓/);
      assert.match(summary, /encrypted\.pdf\n {2}✗ .*已加密/);
    } finally {
      server.close();
    }
  });

  it('.doc and .xls bytes are refused with advice, even named .pdf', async () => {
    const ole = (stream: string) => {
      const bytes = new Uint8Array(2048);
      bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      bytes.set(
        Array.from(stream).flatMap((char) => [char.charCodeAt(0), 0]),
        1024,
      );
      return bytes;
    };
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(`${tmpdir()}/dt-pdf-`);
    writeFileSync(`${dir}/report.pdf`, ole('WordDocument'));
    writeFileSync(`${dir}/tables.xls`, ole('Workbook'));
    const doc = await fromSource(`${dir}/report.pdf`);
    assert.ok(!doc.ok);
    assert.match(doc.problems[0]!.message.zh, /旧版 Word（\.doc）.*另存为 \.docx 或 PDF/);
    const xls = await fromSource(`${dir}/tables.xls`);
    assert.ok(!xls.ok);
    assert.match(xls.problems[0]!.message.zh, /旧版 Excel（\.xls）.*另存为 \.xlsx/);
    assert.equal(
      await main(
        ['check', `${dir}/report.pdf`],
        () => undefined,
        () => undefined,
      ),
      1,
    );
  });
});

/**
 * .xlsx import: workbooks of the tables in the shapes officials keep them — written by an independent
 * writer (exceljs) — import exactly: one sheet or one per table, merged or flattened headers, tables
 * anywhere on the sheet, shared or inline strings, formulas with or without their cached values.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { importXlsx } from '../../src/import/office/index.js';
import { placeTable, reportTitle, tableHeading, tablesOf } from '../../src/export/placed.js';
import { reportToXlsx } from '../../src/export/xlsx.js';
import type { Report } from '../../src/model/schema.js';
import { loadReport } from '../helpers/fixtures.js';
import { FIXTURE_NAMES } from '../helpers/fixture-names.js';

const TABLES_ONLY = (report: Report) => ({
  format: report.format,
  agency: report.agency,
  year: report.year,
  active: report.active,
  applications: report.applications,
  reviews: report.reviews,
});

interface Shape {
  /** All tables on one sheet (else one sheet each). */
  oneSheet: boolean;
  /** merged: real merges; top-left: unmerged, the label in the first cell only; repeated: the label in every cell it covered. */
  headers: 'merged' | 'top-left' | 'repeated';
  /** Where the first table starts (1-based row and column). */
  at?: [number, number];
}

/** The report's tables written by exceljs in a shape, with the report's title above the first. */
async function workbookOf(report: Report, shape: Shape): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const [top, left] = shape.at ?? [1, 1];
  let sheet = workbook.addWorksheet('报表');
  let row = top;
  sheet.getCell(row, left).value = reportTitle(report);
  row += 2;
  tablesOf(report).forEach((table, index) => {
    if (!shape.oneSheet && index > 0) {
      sheet = workbook.addWorksheet(`表${index + 2}`);
      row = top;
    }
    sheet.getCell(row, left).value = tableHeading(table, 'zh');
    row += 1;
    const placed = placeTable(report, table, 'zh');
    for (const cell of placed.cells) {
      const r = row + cell.row;
      const c = left + cell.col;
      const value = cell.cell.kind === 'data' ? (cell.value?.given ?? null) : cell.text;
      sheet.getCell(r, c).value = value;
      if (cell.rowspan > 1 || cell.colspan > 1) {
        if (shape.headers === 'merged') sheet.mergeCells(r, c, r + cell.rowspan - 1, c + cell.colspan - 1);
        else if (shape.headers === 'repeated' && cell.cell.kind !== 'data') {
          for (let dr = 0; dr < cell.rowspan; dr++) for (let dc = 0; dc < cell.colspan; dc++) sheet.getCell(r + dr, c + dc).value = value;
        }
      }
    }
    row += placed.rows + 2;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function importedTables(bytes: Uint8Array) {
  const result = await importXlsx(bytes);
  assert.ok(result.ok, result.ok ? '' : `import failed: ${result.error.en}`);
  return result;
}

describe('importXlsx: workbooks of the tables, written by exceljs', () => {
  const shapes: [string, Shape][] = [
    ['one sheet, merged headers', { oneSheet: true, headers: 'merged' }],
    ['one sheet per table, merged headers', { oneSheet: false, headers: 'merged' }],
    ['one sheet, the tables starting at C5', { oneSheet: true, headers: 'merged', at: [5, 3] }],
  ];
  for (const [label, shape] of shapes) {
    for (const name of FIXTURE_NAMES) {
      it(`${label}: ${name} imports exactly`, async () => {
        const report = loadReport(name);
        const result = await importedTables(await workbookOf(report, shape));
        assert.deepStrictEqual(TABLES_ONLY(result.report), TABLES_ONLY(report));
        assert.equal(result.report.title, reportTitle(report));
      });
    }
  }

  it('flattened headers (each label repeated over the cells it covered, as “unmerge and fill” leaves them): every fixture imports exactly', async () => {
    for (const name of FIXTURE_NAMES) {
      const report = loadReport(name);
      const result = await importedTables(await workbookOf(report, { oneSheet: false, headers: 'repeated' }));
      assert.deepStrictEqual(TABLES_ONLY(result.report), TABLES_ONLY(report), name);
    }
  });

  it('merges undone (each label in its first cell only): 表二 and 表三 import exactly; 表四’s columns cannot be told, so no value is guessed', async () => {
    for (const name of FIXTURE_NAMES) {
      const report = loadReport(name);
      const result = await importedTables(await workbookOf(report, { oneSheet: false, headers: 'top-left' }));
      assert.deepStrictEqual(result.report.active, report.active, name);
      assert.deepStrictEqual(result.report.applications, report.applications, name);
      for (const [group, cells] of Object.entries(result.report.reviews!)) {
        for (const [key, value] of Object.entries(cells)) {
          const expected = (report.reviews as unknown as Record<string, Record<string, number | null>>)[group]![key];
          assert.ok(
            value === null || value === expected,
            `${name} reviews.${group}.${key}: ${value} is the report’s ${expected} or left blank`,
          );
        }
      }
      assert.ok(
        result.warnings.some((warning) => warning.path?.startsWith('reviews') || warning.kind === 'valueOutsideColumns'),
        `${name}: the unread cells are noted`,
      );
    }
  });
});

describe('importXlsx: how the cells are stored', () => {
  const report = loadReport('001-huaian-city-2024');

  it('inline strings (t="inlineStr") read as shared strings do', async () => {
    const files = unzipSync(reportToXlsx(report));
    const shared = [...strFromU8(files['xl/sharedStrings.xml']!).matchAll(/<si><t xml:space="preserve">([\s\S]*?)<\/t><\/si>/g)].map(
      (match) => match[1]!,
    );
    let inlined = 0;
    for (const name of Object.keys(files).filter((file) => file.startsWith('xl/worksheets/'))) {
      const xml = strFromU8(files[name]!).replace(/ t="s"><v>(\d+)<\/v><\/c>/g, (_whole, index: string) => {
        inlined++;
        return ` t="inlineStr"><is><t>${shared[Number(index)]}</t></is></c>`;
      });
      files[name] = strToU8(xml);
    }
    delete files['xl/sharedStrings.xml'];
    assert.ok(inlined > 50);
    const result = await importedTables(zipSync(files));
    assert.deepStrictEqual(TABLES_ONLY(result.report), TABLES_ONLY(report));
  });

  it('SpreadsheetML under another prefix (x:, as the Open XML SDK writes it) or the strict namespace reads the same', async () => {
    for (const namespace of [
      'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
      'http://purl.oclc.org/ooxml/spreadsheetml/main',
    ]) {
      const files = unzipSync(reportToXlsx(report));
      for (const name of Object.keys(files).filter((file) => /^xl\/(workbook|sharedStrings|worksheets\/sheet\d)\.xml$/.test(file))) {
        const xml = strFromU8(files[name]!)
          .replace(/<(\/?)(?!\?)([a-zA-Z]+)([\s>/])/g, '<$1x:$2$3')
          .replace('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"', `xmlns:x="${namespace}"`);
        assert.match(xml, /<x:(workbook|sst|worksheet) xmlns:x=/);
        files[name] = strToU8(xml);
      }
      const result = await importedTables(zipSync(files));
      assert.deepStrictEqual(TABLES_ONLY(result.report), TABLES_ONLY(report));
    }
  });

  it('a formula reads as its cached value; one never calculated stays blank', async () => {
    const report = loadReport('014-shuyang-fgj-2023');
    const files = unzipSync(reportToXlsx(report));
    const sheet = strFromU8(files['xl/worksheets/sheet2.xml']!);
    const formulas = sheet.match(/<f>[^<]*<\/f>/g) ?? [];
    assert.ok(formulas.length > 0, 'the export writes formulas for 表三’s blank totals');
    // Excel saves a cached value with each formula; give the first one its value.
    files['xl/worksheets/sheet2.xml'] = strToU8(sheet.replace(/<f>([^<]*)<\/f>/, '<f>$1</f><v>4321</v>'));
    assert.match(formulas[0]!, /^<f>SUM\(E9:E29\)<\/f>$/, '（七）总计 of 商业企业 sums its column');
    const result = await importedTables(zipSync(files));
    const total = result.report.applications!.results.total;
    assert.equal(total.commercial, 4321, 'the cached value is read');
    assert.equal(report.applications!.results.total.research, null);
    assert.equal(total.research, null, 'a formula never calculated stays blank');
    assert.deepStrictEqual(result.report.active, report.active);
  });

  it('a workbook with only empty sheets, or none at all, says it has no tables', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1');
    const result = await importXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()));
    assert.equal(result.ok, false);
    if (!result.ok) assert.match(result.error.en, /no tables/);
  });
});

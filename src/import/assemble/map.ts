/**
 * The mapping: intermediate form → report JSON. One implementation for every source and for
 * browser and Node alike.
 */
import '../../model/english.js';
import { TABLE_IDS, type TableId } from '../../model/tables.js';
import { parseReport } from '../../model/parse.js';
import type { ReportInput } from '../../model/schema.js';
import { assembleTable } from './assemble.js';
import { classifyTable, splitRunTogether } from '../labels/classify.js';
import type { ExportedFacts, SourceDocument, SourceTable } from '../source/intermediate.js';
import { readMetadata, type Metadata } from './metadata.js';
import { readProse, type ProseReading } from './prose.js';
import { SECTION_KEYS } from '../../model/sections.js';
import { withImportMemo } from '../labels/memo.js';
import { readAlignedTables } from '../read/aligned.js';
import { readStreamTables } from '../read/stream.js';
import { TableReading } from '../read/reading.js';
import type { Bilingual, ImportOptions, ImportResult, ImportWarning } from '../types.js';
import { VOCABULARIES } from '../labels/vocabulary.js';
import { tableName, warn } from './warnings.js';

const failure = (error: Bilingual, warnings: ImportWarning[]): ImportResult => ({ ok: false, error, warnings: dedupe(warnings) });

function dedupe(warnings: readonly ImportWarning[]): ImportWarning[] {
  const seen = new Set<string>();
  return warnings.filter((warning) => {
    const key = JSON.stringify([warning.message.zh, warning.source, warning.line, warning.path]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function readTables(doc: SourceDocument, warnings: ImportWarning[]): Partial<Record<TableId, TableReading>> {
  const byTable = new Map<TableId, SourceTable[]>();
  for (const block of doc.blocks) {
    if (block.kind !== 'table') continue;
    for (const part of splitRunTogether(block)) {
      const id = classifyTable(part);
      if (id) byTable.set(id, [...(byTable.get(id) ?? []), part]);
    }
  }
  const readings: Partial<Record<TableId, TableReading>> = {};
  for (const [id, tables] of byTable) {
    const reading = new TableReading(VOCABULARIES[id], warnings);
    readAlignedTables(
      tables.filter((table) => table.aligned),
      reading,
    );
    readStreamTables(
      tables.filter((table) => !table.aligned),
      reading,
    );
    readings[id] = reading;
  }
  return readings;
}

function exportedMetadata(facts: ExportedFacts, options: ImportOptions): Metadata {
  const metadata: Metadata = {};
  for (const key of ['agency', 'year', 'title', 'publishedOn'] as const) {
    const value = options[key] ?? facts[key];
    if (value !== undefined) (metadata as Record<string, unknown>)[key] = value;
  }
  return metadata;
}

/** The sections the export gives, exactly; never a placeholder's text. */
function exportedSections(facts: ExportedFacts): ProseReading['sections'] {
  const sections: Record<string, string> = {};
  for (const key of SECTION_KEYS)
    if (facts.sectionKeys?.includes(key) && facts.sections[key] !== undefined) sections[key] = facts.sections[key]!;
  return sections;
}

export function mapDocument(doc: SourceDocument, options: ImportOptions): ImportResult {
  // Each distinct text is read once while mapping (several stages read the same cells and labels).
  return withImportMemo(() => mapWithValues(doc, options));
}

function mapWithValues(doc: SourceDocument, options: ImportOptions): ImportResult {
  const warnings: ImportWarning[] = [];
  const readings = readTables(doc, warnings);
  const missing = TABLE_IDS.filter((id) => !readings[id]);
  // This library's own export holds the tables its report has: one it lacks was never there.
  const exported = doc.exported;
  if (missing.length === TABLE_IDS.length || (missing.length && !options.partial && !exported)) {
    const names = missing.map(tableName);
    return failure(
      { zh: `找不到${names.map((name) => name.zh).join('、')}`, en: `could not find ${names.map((name) => name.en).join(', ')}` },
      warnings,
    );
  }
  if (!exported) for (const id of missing) warnings.push(warn('missingTable', { source: '' }, tableName(id)));

  const report: ReportInput = { format: '2021', agency: '', year: 0 };
  for (const id of TABLE_IDS) {
    const reading = readings[id];
    if (reading) (report as Record<string, unknown>)[id] = assembleTable(reading);
  }

  const prose = readProse(doc.blocks);
  // This library's own HTML says what it is: its facts are taken as given (options still win).
  const metadata = exported ? exportedMetadata(exported, options) : readMetadata(doc, prose, options, warnings);
  if (exported) prose.sections = exportedSections(exported);
  if (!metadata.agency?.trim()) {
    return failure(
      {
        zh: '找不到发布机关：来源中没有报告标题或落款，请提供 agency',
        en: 'could not find the agency: the source has no report title or signature; pass `agency`',
      },
      warnings,
    );
  }
  if (metadata.year === undefined) {
    return failure(
      {
        zh: '找不到报告年度：来源中没有报告标题或统计期限，请提供 year',
        en: 'could not find the report year: the source has no report title or statistical period; pass `year`',
      },
      warnings,
    );
  }
  report.agency = metadata.agency;
  report.year = metadata.year;
  if (metadata.title !== undefined) report.title = metadata.title;
  if (metadata.publishedOn !== undefined) report.publishedOn = metadata.publishedOn;
  if (Object.keys(prose.sections).length || (exported && exported.sectionKeys)) report.sections = prose.sections;

  const parsed = parseReport(report);
  if (!parsed.ok) {
    const details = parsed.errors.map((error) => error.message);
    return failure(
      {
        zh: `导入结果不符合报告结构：${details.map((d) => d.zh).join('；')}`,
        en: `the imported report is not well-formed: ${details.map((d) => d.en).join('; ')}`,
      },
      warnings,
    );
  }
  return { ok: true, report: parsed.report, warnings: dedupe(warnings) };
}

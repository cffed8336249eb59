/**
 * What the importer recognises in each table, built from the table definitions of the model
 * (model/tables.ts): the official labels, folded and without their numbering, and the column
 * header trees; plus what only the importer knows — the aliases, misprints and old labels met in
 * real reports, and the subtotal rows and columns some templates add.
 */
import { cellsOf, type CellInfo } from '../../model/cells.js';
import { TABLE_IDS, tableDefinition, type HeaderNode, type TableId } from '../../model/tables.js';
import type { Label } from '../../model/text.js';
import { foldLabel } from './normalize.js';

export type TermKind =
  /** A row whose cells follow it: a 表三 row, a 表二 row. */
  | 'row'
  /** A 表三 row group (三、本年度办理结果, （三）不予公开 …). */
  | 'group'
  /** A column header, leaf or parent. */
  | 'column'
  /** Printed text that maps to nothing: the corner note, 申请人情况, 信息内容. */
  | 'ignore'
  /** 表二's 第二十条第（…）项 bands, each starting a block with its own headers. */
  | 'band'
  /** Subtotal rows and columns some templates add: recognised, then dropped. */
  | 'extra-row'
  | 'extra-column';

export interface Term {
  id: string;
  kind: TermKind;
  /** Folded label texts, numbering removed: the official one first. */
  texts: readonly string[];
  /** Misspellings met in published reports. */
  typos?: readonly string[];
  /** Labels of the 2019 format still printed in 2021-format tables. */
  legacy?: readonly string[];
  /** The numeral printed before the label ('三', '1'), to tell 3.其他 (a row) from 其他 (a column). */
  numbering?: string;
  label: Label;
}

export interface ColumnNode {
  term: string;
  /** Data key of a leaf column: `naturalPerson`, `review.upheld`, `issued`. */
  key?: string;
  extra?: boolean;
  children?: readonly ColumnNode[];
}

export interface Vocabulary {
  table: TableId;
  terms: readonly Term[];
  /** The column header tree (children of the root), as printed, with the extra columns. */
  columns: readonly ColumnNode[];
  /** Terms that identify the table. */
  markers: ReadonlySet<string>;
  /** Whether the table's rows have labels (表四's one data row has none: its groups are columns). */
  hasRowLabels: boolean;
  /** The cell of a row (its id) under a column (a data key); undefined where the two do not meet. */
  cellAt(rowId: string | undefined, key: string): CellInfo | undefined;
  /** A row's data columns, left to right: what is assumed when a table prints no column headers. */
  officialKeys(rowId: string | undefined): string[];
}

/** Numbering before a label: （三） 三、 1. 1、 and a bare digit (NFKC turns ① into 1). */
export const NUMBERING =
  /^(?:\(([一二三四五六七八九十]{1,3}|\d{1,2})\)|([一二三四五六七八九十]{1,3})[、.]|(\d{1,2})[、.](?!\d)|(\d{1,2})(?![\d.,]))/;

/** The numeral of a numbering match. */
export function numeralOf(match: RegExpExecArray): string {
  return match[1] ?? match[2] ?? match[3] ?? match[4] ?? '';
}

/** A label folded, its numbering split off. */
function core(label: string): { text: string; numbering?: string } {
  const folded = foldLabel(label);
  const match = NUMBERING.exec(folded);
  return match ? { text: folded.slice(match[0].length), numbering: numeralOf(match) } : { text: folded };
}

function term(
  id: string,
  kind: TermKind,
  label: Label,
  extra: Partial<Pick<Term, 'typos' | 'legacy'>> & { aliases?: string[] } = {},
): Term {
  const { text, numbering } = core(label.zh);
  return {
    id,
    kind,
    texts: [text, ...(extra.aliases ?? []).map(foldLabel)],
    ...(extra.typos ? { typos: extra.typos.map(foldLabel) } : {}),
    ...(extra.legacy ? { legacy: extra.legacy.map(foldLabel) } : {}),
    ...(numbering ? { numbering } : {}),
    label,
  };
}

type TermExtras = Partial<Pick<Term, 'typos' | 'legacy'>> & { aliases?: string[] };

/** Labels met in real reports beside the official ones, by term id. */
const EXTRAS: Partial<Record<TableId, Record<string, TermExtras>>> = {
  active: {
    feeAmount: { aliases: ['本年收费金额（万元）', '本年收费金额'] },
    normativeDocuments: { legacy: ['规范性文件'] },
  },
  applications: {
    corner: { aliases: ['本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和'] },
    'results.partlyGranted': { aliases: ['部分公开'] },
    'results.withheld.lawProhibited': { typos: ['其他法律行政止公开'] },
    'results.withheld.internalAffairs': { typos: ['属于三类内容事务信息'] },
  },
};

const SUBTOTAL_LABEL: Label = { zh: '小计', en: 'Subtotal' };

/** Subtotal columns some templates add, recognised and then dropped: under which column (none: at the end). */
const EXTRA_COLUMNS: Partial<Record<TableId, { term: Term; under?: string }[]>> = {
  applications: [
    { term: term('subtotal', 'extra-column', SUBTOTAL_LABEL, { aliases: ['合计', '法人或其他组织小计'] }), under: 'legal' },
    { term: term('subtotal', 'extra-column', SUBTOTAL_LABEL, { aliases: ['合计', '法人或其他组织小计'] }) },
  ],
  // An overall 行政诉讼 总计 that some reports add.
  reviews: [{ term: term('total', 'column', { zh: '总计', en: 'Total' }), under: 'litigation' }],
};
const EXTRA_ROWS: Partial<Record<TableId, Term[]>> = {
  applications: [term('subtotalRow', 'extra-row', SUBTOTAL_LABEL, { aliases: ['合计'] })],
};

/** Terms that do not identify a table on their own (they are printed in more than one). */
const NOT_MARKERS: Partial<Record<TableId, ReadonlySet<string>>> = {
  applications: new Set(['total', 'other', 'subtotal', 'subtotalRow', 'results.total']),
  reviews: new Set(['total']),
};

/** Headers printed over data columns that name no data themselves: text to skip, not a level of the header tree. */
const PRINTED_ONLY: Partial<Record<TableId, ReadonlySet<string>>> = { applications: new Set(['applicants']) };

/** The id a header has for the importer: its key path (rows), its key (columns) or its own id. */
const idOf = (node: HeaderNode, keys: readonly string[]) => (node.key ? keys.join('.') : node.id!);

function vocabularyOf(table: TableId): Vocabulary {
  const definition = tableDefinition(table);
  const extras = EXTRAS[table] ?? {};
  const terms = new Map<string, Term>();
  const add = (id: string, kind: TermKind, label: Label) => {
    if (!terms.has(id)) terms.set(id, term(id, kind, label, extras[id]));
  };
  const columnNodes = (nodes: readonly HeaderNode[], keys: readonly string[]): ColumnNode[] =>
    nodes.flatMap((node): ColumnNode[] => {
      const nextKeys = node.key ? [...keys, node.key] : keys;
      // A header naming no data (申请人情况) is printed text, not a level of the importer's tree.
      if (!node.key && node.id && node.children?.length && PRINTED_ONLY[table]?.has(node.id)) {
        add(node.id, 'ignore', node.label);
        return columnNodes(node.children, nextKeys);
      }
      const id = node.key ?? node.id!;
      add(id, 'column', node.label);
      if (!node.children?.length) return [{ term: id, key: node.key ? nextKeys.join('.') : id }];
      const children = columnNodes(node.children, nextKeys);
      const extra = (EXTRA_COLUMNS[table] ?? [])
        .filter((column) => column.under === id)
        .map((column) => ({ term: column.term.id, extra: true }));
      return [{ term: id, children: [...children, ...extra] }];
    });
  const rowNodes = (nodes: readonly HeaderNode[], keys: readonly string[]) => {
    for (const node of nodes) {
      const nextKeys = [...keys, node.key!];
      add(idOf(node, nextKeys), node.children?.length ? 'group' : 'row', node.label);
      if (node.children?.length) rowNodes(node.children, nextKeys);
    }
  };
  const columns: ColumnNode[] = [];
  const sections = definition.sections;
  for (const section of sections) {
    if (section.band)
      terms.set(section.band.id!, { ...term(section.band.id!, 'band', section.band.label), texts: [foldLabel(section.band.label.zh)] });
    if (section.corner) add(section.corner.node.id!, 'ignore', section.corner.node.label);
  }
  for (const section of sections) {
    for (const column of columnNodes(section.columns, [])) if (!columns.some((known) => known.term === column.term)) columns.push(column);
  }
  for (const column of EXTRA_COLUMNS[table] ?? []) {
    if (!terms.has(column.term.id)) terms.set(column.term.id, column.term);
    if (!column.under) columns.push({ term: column.term.id, extra: true });
  }
  for (const section of sections) rowNodes(section.rows ?? [], []);
  for (const row of EXTRA_ROWS[table] ?? []) terms.set(row.id, row);

  // Where a row meets a column: every cell of every variant of the table.
  const cells = new Map<string, CellInfo>();
  const singleCells = new Map<string, CellInfo>();
  const keysOfRow = new Map<string, string[]>();
  for (const report of [undefined, { applications: { results: { otherHandling: { naturalPerson: null } } } }]) {
    for (const cell of cellsOf(table, report).cells) {
      const key = cell.columnTreePath || cell.leafColumn.id!;
      cells.set(`${cell.rowTreePath}|${key}`, cell);
      const rowKeys = keysOfRow.get(cell.rowTreePath) ?? [];
      if (!rowKeys.includes(key)) keysOfRow.set(cell.rowTreePath, [...rowKeys, key]);
      if (!cell.column) singleCells.set(cell.rowTreePath, cell);
    }
  }
  const notMarkers = NOT_MARKERS[table] ?? new Set();
  const meetings = new Map<string, Map<string, CellInfo | null>>();
  return {
    table,
    terms: [...terms.values()],
    columns,
    markers: new Set([...terms.keys()].filter((id) => !notMarkers.has(id))),
    hasRowLabels: sections.some((section) => section.rows?.length),
    // A row of one cell (表二's 行政许可) takes its value under whichever header names no key of another row.
    cellAt: (rowId, key) => {
      // Every row and column of the table meet here many times a page: each answer is found once
      // (by row, then column: no string made per question).
      let byKey = meetings.get(rowId ?? '');
      if (!byKey) meetings.set(rowId ?? '', (byKey = new Map()));
      let found = byKey.get(key);
      if (found === undefined) {
        found =
          cells.get(`${rowId ?? ''}|${key}`) ??
          (rowId !== undefined && !key.includes('.') && !cells.has(`|${key}`) ? singleFor(rowId, key) : undefined) ??
          null;
        byKey.set(key, found);
      }
      return found ?? undefined;
    },
    officialKeys: (rowId) => keysOfRow.get(rowId ?? '') ?? [],
  };

  function singleFor(rowId: string, key: string): CellInfo | undefined {
    const single = singleCells.get(rowId);
    const keyedElsewhere = [...cells.values()].some((cell) => cell.column !== undefined && cell.columnTreePath === key);
    return single && !keyedElsewhere ? single : undefined;
  }
}

export const VOCABULARIES: Record<TableId, Vocabulary> = Object.fromEntries(
  TABLE_IDS.map((table) => [table, vocabularyOf(table)]),
) as Record<TableId, Vocabulary>;

/** Row kinds: what a label in a row-label column can be. */
export const ROW_KINDS: ReadonlySet<TermKind> = new Set(['row', 'group', 'extra-row']);
/** Column kinds: what a label in a header row can be. */
export const COLUMN_KINDS: ReadonlySet<TermKind> = new Set(['column', 'extra-column', 'band']);

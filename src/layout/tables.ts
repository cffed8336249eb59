/**
 * The three official tables (shared spec `format.md` §2.2–2.4) as header trees, and their grids.
 */
import {
  ACTIVE_DOCUMENT_CELLS,
  ACTIVE_DOCUMENT_ROWS,
  APPLICANT_KEYS,
  NOT_PROCESSED_KEYS,
  OTHER_HANDLING_KEYS,
  REVIEW_CELL_KEYS,
  UNAVAILABLE_KEYS,
  WITHHELD_KEYS,
  type TableId,
} from '../model/keys.js';
import {
  ACTIVE_LABELS,
  APPLICANTS_LABEL,
  APPLICATION_COLUMN_LABELS,
  APPLICATION_CORNER,
  APPLICATION_ROW_LABELS,
  LEGAL_PERSONS_LABEL,
  REVIEW_CELL_LABELS,
  REVIEW_GROUP_LABELS,
  REVIEW_TOP_LABELS,
} from '../model/labels.js';
import type { Report } from '../model/schema.js';
import { buildGrid, type Grid, type HeaderNode, type TableDefinition } from './grid.js';

const rowNode = (path: string, children?: readonly HeaderNode[], total = false): HeaderNode => ({
  key: path.split('.').pop()!,
  label: APPLICATION_ROW_LABELS[path]!,
  ...(children ? { children } : {}),
  ...(total ? { total } : {}),
});
const subRows = (group: string, keys: readonly string[]) => keys.map((key) => rowNode(`results.${group}.${key}`));

/** 表三. `singleOtherHandling`: （六）其他处理 printed as one row, as some reports still do. */
export function applicationTableDefinition(singleOtherHandling = false): TableDefinition {
  const columns: HeaderNode[] = [
    {
      label: APPLICANTS_LABEL,
      children: [
        { key: 'naturalPerson', label: APPLICATION_COLUMN_LABELS.naturalPerson },
        {
          label: LEGAL_PERSONS_LABEL,
          children: APPLICANT_KEYS.slice(1).map((key) => ({ key, label: APPLICATION_COLUMN_LABELS[key] })),
        },
        { key: 'total', label: APPLICATION_COLUMN_LABELS.total, total: true },
      ],
    },
  ];
  const rows: HeaderNode[] = [
    rowNode('received'),
    rowNode('carriedOver'),
    rowNode('results', [
      rowNode('results.granted'),
      rowNode('results.partlyGranted'),
      rowNode('results.withheld', subRows('withheld', WITHHELD_KEYS)),
      rowNode('results.unavailable', subRows('unavailable', UNAVAILABLE_KEYS)),
      rowNode('results.notProcessed', subRows('notProcessed', NOT_PROCESSED_KEYS)),
      singleOtherHandling ? rowNode('results.otherHandling') : rowNode('results.otherHandling', subRows('otherHandling', OTHER_HANDLING_KEYS)),
      rowNode('results.total', undefined, true),
    ]),
    rowNode('carriedForward'),
  ];
  return {
    table: 'applications',
    sections: [{ id: 'applications', corner: { label: APPLICATION_CORNER, kind: 'note' }, columns, rows, head: true }],
  };
}

/** 表四: one data row under a three-level column header. */
export function reviewTableDefinition(): TableDefinition {
  const groupCells = REVIEW_CELL_KEYS.map((key) => ({ key, label: REVIEW_CELL_LABELS[key], ...(key === 'total' ? { total: true } : {}) }));
  return {
    table: 'reviews',
    sections: [
      {
        id: 'reviews',
        head: true,
        columns: [
          { key: 'review', label: REVIEW_TOP_LABELS.review, children: groupCells },
          {
            label: REVIEW_TOP_LABELS.litigation,
            children: [
              { key: 'litigationDirect', label: REVIEW_GROUP_LABELS.litigationDirect, children: groupCells },
              { key: 'litigationAfterReview', label: REVIEW_GROUP_LABELS.litigationAfterReview, children: groupCells },
            ],
          },
        ],
      },
    ],
  };
}

/** 表二: four 第二十条 bands, each with its own 信息内容 header row. */
export function activeTableDefinition(): TableDefinition {
  const corner = { label: ACTIVE_LABELS.content, kind: 'header' as const };
  const single = (label: typeof ACTIVE_LABELS.decisions) => [{ label, span: 3 }];
  const rowsOf = (keys: readonly (keyof typeof ACTIVE_LABELS)[]) => keys.map((key) => ({ key, label: ACTIVE_LABELS[key] }));
  return {
    table: 'active',
    sections: [
      {
        id: 'active-1',
        band: ACTIVE_LABELS.item1,
        corner,
        head: false,
        columns: ACTIVE_DOCUMENT_CELLS.map((key) => ({ key, label: ACTIVE_LABELS[key] })),
        rows: rowsOf(ACTIVE_DOCUMENT_ROWS),
      },
      { id: 'active-5', band: ACTIVE_LABELS.item5, corner, head: false, columns: single(ACTIVE_LABELS.decisions), rows: rowsOf(['licensing']) },
      {
        id: 'active-6',
        band: ACTIVE_LABELS.item6,
        corner,
        head: false,
        columns: single(ACTIVE_LABELS.decisions),
        rows: rowsOf(['punishment', 'compulsion']),
      },
      { id: 'active-8', band: ACTIVE_LABELS.item8, corner, head: false, columns: single(ACTIVE_LABELS.feeAmount), rows: rowsOf(['fees']) },
    ],
  };
}

/** Whether a report prints （六）其他处理 as one row. */
export function hasSingleOtherHandling(report: Pick<Report, 'applications'>): boolean {
  const otherHandling = report.applications?.results.otherHandling;
  return Boolean(otherHandling && 'naturalPerson' in otherHandling);
}

const gridCache = new Map<string, Grid>();

/** The grid of one table for a report (grids are built once per layout variant). */
export function gridFor(table: TableId, report?: Pick<Report, 'applications'>): Grid {
  const single = table === 'applications' && report ? hasSingleOtherHandling(report) : false;
  const cacheKey = `${table}:${single}`;
  let grid = gridCache.get(cacheKey);
  if (!grid) {
    const definition =
      table === 'applications' ? applicationTableDefinition(single) : table === 'reviews' ? reviewTableDefinition() : activeTableDefinition();
    grid = buildGrid(definition);
    gridCache.set(cacheKey, grid);
  }
  return grid;
}

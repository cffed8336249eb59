/**
 * The layout engine: a table described once as header trees becomes a grid of cells with their
 * colspan/rowspan, header ids and contract paths. Pure data, no DOM: the elements render it,
 * the tests check it against the spec, and other tools can reuse it.
 */
import type { HeaderNode, TableDefinition, TableId } from '../model/tables.js';
import type { Label } from '../model/text.js';

export interface HeaderCell {
  kind: 'header';
  /** Unique within the table; the view prefixes it per instance. */
  id: string;
  axis: 'column' | 'row' | 'band' | 'corner';
  label: Label;
  colspan: number;
  rowspan: number;
  /** The path these headers lead to, when they lead to one (row headers: `applications.received`). */
  path?: string;
}

export interface NoteCell {
  kind: 'note';
  label: Label;
  colspan: number;
  rowspan: number;
}

export interface DataCell {
  kind: 'data';
  /** Contract path, e.g. `applications.results.total.naturalPerson`. */
  path: string;
  /** The cell's index among the table's cells (model/cells.ts), which is reading order. */
  index: number;
  colspan: number;
  rowspan: 1;
  /** Ids of every header over this cell, outermost first: band, column headers, row headers. */
  headers: readonly string[];
  total: boolean;
}

export type GridCell = HeaderCell | NoteCell | DataCell;

export interface GridRow {
  cells: readonly GridCell[];
}

export interface GridSection {
  id: string;
  /** Rows of `<thead>` (empty when the section's headers sit in its body). */
  head: readonly GridRow[];
  body: readonly GridRow[];
}

export interface Grid {
  table: TableId;
  columnCount: number;
  /** How many leading grid columns hold row headers. */
  rowHeaderColumns: number;
  sections: readonly GridSection[];
  /** Every header cell by id, for looking up a data cell's headers. */
  headers: ReadonlyMap<string, HeaderCell>;
  /** Every data cell by path, in reading order. */
  cells: ReadonlyMap<string, DataCell>;
}

const depthOf = (nodes: readonly HeaderNode[] | undefined): number =>
  nodes && nodes.length ? 1 + Math.max(...nodes.map((node) => depthOf(node.children))) : 0;

const widthOf = (node: HeaderNode): number =>
  node.children?.length ? node.children.reduce((sum, child) => sum + widthOf(child), 0) : (node.span ?? 1);

const leafCount = (node: HeaderNode): number =>
  node.children?.length ? node.children.reduce((sum, child) => sum + leafCount(child), 0) : 1;

interface Leaf {
  keys: readonly string[];
  headerIds: readonly string[];
  span: number;
  total: boolean;
}

/** Builds the grid of a table definition: its data cells come in the order of the table's cell index. */
export function buildGrid(definition: TableDefinition): Grid {
  const headers = new Map<string, HeaderCell>();
  const cells = new Map<string, DataCell>();
  let columnCount = -1;
  let rowHeaderColumns = 0;
  const sections: GridSection[] = [];

  for (const section of definition.sections) {
    const columnDepth = depthOf(section.columns);
    const rowDepth = depthOf(section.rows);
    const width = rowDepth + section.columns.reduce((sum, node) => sum + widthOf(node), 0);
    if (columnCount >= 0 && width !== columnCount) {
      throw new Error(`Section ${section.id} is ${width} columns wide, not ${columnCount}`);
    }
    columnCount = width;
    rowHeaderColumns = Math.max(rowHeaderColumns, rowDepth);

    const addHeader = (cell: HeaderCell) => {
      headers.set(cell.id, cell);
      return cell;
    };

    // Header rows: the band, then one row per level of the column tree.
    const headerRows: GridCell[][] = [];
    const bandIds: string[] = [];
    if (section.band) {
      const band = addHeader({
        kind: 'header',
        id: `${section.id}-band`,
        axis: 'band',
        label: section.band.label,
        colspan: width,
        rowspan: 1,
      });
      bandIds.push(band.id);
      headerRows.push([band]);
    }
    const levels: GridCell[][] = Array.from({ length: columnDepth }, () => []);
    if (rowDepth > 0 && columnDepth > 0) {
      const corner = section.corner;
      const label = corner?.node.label ?? { zh: '', en: '' };
      levels[0]!.push(
        corner?.kind === 'header'
          ? addHeader({ kind: 'header', id: `${section.id}-corner`, axis: 'corner', label, colspan: rowDepth, rowspan: columnDepth })
          : { kind: 'note', label, colspan: rowDepth, rowspan: columnDepth },
      );
    }
    const columnLeaves: Leaf[] = [];
    let columnIndex = 0;
    const walkColumns = (nodes: readonly HeaderNode[], level: number, keys: readonly string[], ids: readonly string[], total: boolean) => {
      for (const node of nodes) {
        const isLeaf = !node.children?.length;
        const cell = addHeader({
          kind: 'header',
          id: `${section.id}-c${columnIndex++}`,
          axis: 'column',
          label: node.label,
          colspan: widthOf(node),
          rowspan: isLeaf ? columnDepth - level : 1,
        });
        levels[level]!.push(cell);
        const nextKeys = node.key ? [...keys, node.key] : keys;
        const nextIds = [...ids, cell.id];
        const nextTotal = total || Boolean(node.total);
        if (isLeaf) columnLeaves.push({ keys: nextKeys, headerIds: nextIds, span: node.span ?? 1, total: nextTotal });
        else walkColumns(node.children!, level + 1, nextKeys, nextIds, nextTotal);
      }
    };
    walkColumns(section.columns, 0, [], [], false);
    headerRows.push(...levels);

    // Body rows: one per leaf of the row tree; a row header sits in the row of its first leaf.
    const bodyRows: GridCell[][] = [];
    const dataRow = (rowKeys: readonly string[], rowIds: readonly string[], rowTotal: boolean): GridCell[] =>
      columnLeaves.map((leaf) => {
        const path = [definition.table, ...rowKeys, ...leaf.keys].join('.');
        const cell: DataCell = {
          kind: 'data',
          path,
          index: cells.size,
          colspan: leaf.span,
          rowspan: 1,
          headers: [...bandIds, ...leaf.headerIds, ...rowIds],
          total: rowTotal || leaf.total,
        };
        if (cells.has(path)) throw new Error(`Two cells share the path ${path}`);
        cells.set(path, cell);
        return cell;
      });
    if (!section.rows?.length) {
      bodyRows.push(dataRow([], [], false));
    } else {
      let rowIndex = 0;
      const walkRows = (
        nodes: readonly HeaderNode[],
        level: number,
        keys: readonly string[],
        ids: readonly string[],
        pending: GridCell[],
        total: boolean,
      ) => {
        nodes.forEach((node, index) => {
          const isLeaf = !node.children?.length;
          const nextKeys = node.key ? [...keys, node.key] : keys;
          const cell = addHeader({
            kind: 'header',
            id: `${section.id}-r${rowIndex++}`,
            axis: 'row',
            label: node.label,
            colspan: isLeaf ? rowDepth - level : 1,
            rowspan: leafCount(node),
            path: [definition.table, ...nextKeys].join('.'),
          });
          // Only the first child shares its row with the headers above it.
          const lead = index === 0 ? [...pending, cell] : [cell];
          const nextIds = [...ids, cell.id];
          const nextTotal = total || Boolean(node.total);
          if (isLeaf) bodyRows.push([...lead, ...dataRow(nextKeys, nextIds, nextTotal)]);
          else walkRows(node.children!, level + 1, nextKeys, nextIds, lead, nextTotal);
        });
      };
      walkRows(section.rows, 0, [], [], [], false);
    }

    const toRows = (rows: GridCell[][]): GridRow[] => rows.map((row) => ({ cells: row }));
    sections.push(
      section.head
        ? { id: section.id, head: toRows(headerRows), body: toRows(bodyRows) }
        : { id: section.id, head: [], body: toRows([...headerRows, ...bodyRows]) },
    );
  }

  return { table: definition.table, columnCount, rowHeaderColumns, sections, headers, cells };
}

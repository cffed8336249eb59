/**
 * Excel's keys as commands, without the DOM: what a key pressed on a cell, or in the input of the cell
 * being edited, asks for. The editor carries the commands out; the IME guard comes before (a key of
 * an input method that is composing never gets here).
 */
import type { Direction, Navigation, Place } from './navigation.js';

/** The parts of a keydown the keys depend on. */
export interface Key {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export type CellCommand<Cell> =
  /** Go to a cell (`column`: the column a run of vertical moves keeps). */
  | { kind: 'go'; to: Cell; column?: number }
  /** Move the selection's corner. */
  | { kind: 'extend'; to: Cell }
  | { kind: 'select-all' }
  | { kind: 'undo' }
  | { kind: 'redo' }
  /** F2: edit the cell's text. */
  | { kind: 'edit' }
  /** Typing replaces the cell. */
  | { kind: 'type'; text: string }
  /** Delete, Backspace: blank, never 0. */
  | { kind: 'clear' }
  /** Esc with a selection: the active cell alone. */
  | { kind: 'collapse' }
  /** Ours, with nothing to do (an arrow at the table's edge). */
  | { kind: 'stay' };

export type EntryCommand<Cell> =
  /** Write what the input holds, then go to `to` (none: stay; with `leave`, Tab leaves the grid). */
  | { kind: 'commit'; to?: Cell; column?: number; leave?: boolean }
  /** Esc: the cell keeps what it had. */
  | { kind: 'cancel' }
  /** F2: arrows move the caret, or again commit and move. */
  | { kind: 'toggle' };

const ARROWS: Partial<Record<string, Direction>> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
const vertical = (direction: Direction) => direction === 'up' || direction === 'down';

const go = <Cell>(to: Cell | undefined, column?: number): CellCommand<Cell> =>
  to ? (column === undefined ? { kind: 'go', to } : { kind: 'go', to, column }) : { kind: 'stay' };

/**
 * A key on a cell; undefined when it is not the editor's (the browser's Tab after the last cell,
 * Ctrl+C, a shortcut of the page). `corner`: the selection's moving corner; `column`: the column kept.
 */
export function cellCommand<Cell extends Place>(
  key: Key,
  navigation: Navigation<Cell>,
  cell: Cell,
  { corner = cell, column }: { corner?: Cell; column?: number | undefined } = {},
): CellCommand<Cell> | undefined {
  const modifier = key.ctrlKey || key.metaKey;
  if (modifier && !key.altKey) {
    const letter = key.key.toLowerCase();
    if (letter === 'z') return { kind: key.shiftKey ? 'redo' : 'undo' };
    if (letter === 'y') return { kind: 'redo' };
    if (letter === 'a') return { kind: 'select-all' };
  }
  const direction = ARROWS[key.key];
  if (direction && !key.altKey) {
    if (key.shiftKey) {
      const to = navigation.move(corner, direction, corner.col, modifier);
      return to ? { kind: 'extend', to } : { kind: 'stay' };
    }
    const kept = vertical(direction) ? (column ?? cell.col) : undefined;
    return go(navigation.move(cell, direction, kept ?? cell.col, modifier), kept);
  }
  if (key.key === 'Home' || key.key === 'End') {
    const first = key.key === 'Home';
    return go(modifier ? (first ? navigation.first : navigation.last) : navigation.rowEdge(cell, first ? 'first' : 'last'));
  }
  if (modifier || key.altKey) return undefined;
  switch (key.key) {
    case 'Enter': {
      const kept = column ?? cell.col;
      return go(navigation.move(cell, key.shiftKey ? 'up' : 'down', kept), kept);
    }
    case 'Tab': {
      const to = key.shiftKey ? navigation.previous(cell) : navigation.next(cell);
      return to ? { kind: 'go', to } : undefined;
    }
    case 'F2':
      return { kind: 'edit' };
    case 'Escape':
      return { kind: 'collapse' };
    case 'Delete':
    case 'Backspace':
      return { kind: 'clear' };
  }
  return key.key.length === 1 ? { kind: 'type', text: key.key } : undefined;
}

/** A key in the input of the cell being edited; undefined when the input keeps it (typing, the caret after F2). */
export function entryCommand<Cell extends Place>(
  key: Key,
  navigation: Navigation<Cell>,
  cell: Cell,
  { mode, column }: { mode: 'enter' | 'edit'; column?: number | undefined },
): EntryCommand<Cell> | undefined {
  const move = (to: Cell | undefined, kept?: number): EntryCommand<Cell> =>
    to ? (kept === undefined ? { kind: 'commit', to } : { kind: 'commit', to, column: kept }) : { kind: 'commit' };
  switch (key.key) {
    case 'Enter': {
      const kept = column ?? cell.col;
      return move(navigation.move(cell, key.shiftKey ? 'up' : 'down', kept), kept);
    }
    case 'Tab': {
      const to = key.shiftKey ? navigation.previous(cell) : navigation.next(cell);
      return to ? { kind: 'commit', to } : { kind: 'commit', leave: true };
    }
    case 'Escape':
      return { kind: 'cancel' };
    case 'F2':
      return { kind: 'toggle' };
  }
  const direction = ARROWS[key.key];
  if (!direction || mode === 'edit' || key.shiftKey || key.ctrlKey || key.metaKey || key.altKey) return undefined;
  const kept = vertical(direction) ? (column ?? cell.col) : undefined;
  return move(navigation.move(cell, direction, kept ?? cell.col), kept);
}

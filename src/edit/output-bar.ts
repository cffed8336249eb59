/**
 * The outputs of an element that is read, not edited (`outputs` attribute): buttons above the
 * tables that download the official tables as an Excel workbook, copy them for Excel/WPS, or give
 * the report JSON or static HTML — the outputs of the editing bar, from the report shown. Loaded
 * with the editing mode's file the first time an element has the attribute; built with DOM calls,
 * every text set with `textContent`.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Report } from '../model/schema.js';
import type { TableId } from '../model/tables.js';
import { pick, type Lang } from '../model/text.js';
import { addEditStyles } from './edit-css.js';
import { ACTION_TEXT, OUTPUT_ACTIONS } from './bar.js';
import { EDIT } from './edit-text.js';
import { runOutput, type OutputAction } from './output.js';

export interface OutputHost extends ReactiveControllerHost, HTMLElement {
  readonly language: Lang;
  readonly editable: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface OutputOptions {
  /** The tables the element shows: the outputs hold these. */
  tables: readonly TableId[];
  /** The report shown, if there is one. */
  report: () => Report | undefined;
}

/** `outputs` with no value: the two an official asks for. */
const DEFAULT: readonly OutputAction[] = ['download-excel', 'copy-excel'];

/** The outputs an `outputs` attribute asks for, in the order it names them; unknown words are ignored. */
export function outputsOf(value: string | null): OutputAction[] {
  const named = (value ?? '').split(/\s+/).filter((word): word is OutputAction => (OUTPUT_ACTIONS as readonly string[]).includes(word));
  return named.length || !value?.trim() ? [...new Set(named.length ? named : DEFAULT)] : [];
}

/** Keeps the element's output bar in step with its `outputs`, language and report, after each update. */
export function attachOutputs(host: OutputHost, options: OutputOptions): void {
  const doc = host.ownerDocument;
  const bar = doc.createElement('div');
  bar.className = 'edit-bar';
  bar.setAttribute('part', 'output-bar');
  const group = doc.createElement('div');
  group.className = 'edit-tools';
  group.setAttribute('role', 'group');
  const status = doc.createElement('p');
  status.className = 'edit-status';
  status.setAttribute('role', 'status');
  bar.append(group, status);
  let shown = '';
  const sync = () => {
    const root = host.renderRoot;
    const actions = host.hasAttribute('outputs') && !host.editable ? outputsOf(host.getAttribute('outputs')) : [];
    if (!actions.length || !(root instanceof ShadowRoot)) {
      bar.remove();
      return;
    }
    const lang = host.language;
    const report = options.report();
    const key = `${lang} ${actions.join(' ')}`;
    if (key !== shown) {
      shown = key;
      group.setAttribute('aria-label', pick(EDIT.outputs, lang));
      group.replaceChildren(
        ...actions.map((action) => {
          const button = doc.createElement('button');
          button.type = 'button';
          button.setAttribute('part', 'output-button');
          button.dataset.action = action;
          button.textContent = pick(ACTION_TEXT[action], lang);
          return button;
        }),
      );
    }
    for (const button of group.children) (button as HTMLButtonElement).disabled = !report;
    if (bar.parentNode !== root) {
      addEditStyles(root, bar);
      root.prepend(bar);
    }
  };
  group.addEventListener('click', (event) => {
    const action = (event.target as HTMLElement).closest('button')?.dataset.action as OutputAction | undefined;
    const report = options.report();
    if (!action || !report) return;
    void runOutput(action, report, { lang: host.language, tables: options.tables, anchorParent: bar }).then((words) => {
      status.textContent = words;
    });
  });
  host.addController({ hostUpdated: sync });
  sync();
}

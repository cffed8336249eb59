/**
 * The editing mode's styles, added to the element's shadow root when it first edits (the reading
 * styles stay as they are). They use the element's own `--_*` colours, so the page's
 * `--disclosure-*` theme applies to them too.
 */
export const EDIT_CSS = `
.edit-bar{display:grid;gap:.5em;margin-block-end:.75em;font-size:.95em}
.edit-tools{display:flex;flex-wrap:wrap;gap:.35em .5em;align-items:center}
.edit-tools [role=separator]{inline-size:1px;align-self:stretch;background:var(--_border);margin-inline:.25em}
.edit-bar button{font:inherit;padding:.2em .7em;border:1px solid var(--_border);border-radius:.25em;background:var(--disclosure-background,#fff);color:inherit;cursor:pointer}
.edit-bar button:disabled{opacity:.5;cursor:default}
.edit-bar button:focus-visible,.edit-fields :is(input,textarea):focus-visible{outline:3px solid var(--_focus);outline-offset:1px}
.edit-fields{display:grid;grid-template-columns:repeat(auto-fit,minmax(12em,1fr));gap:.5em .75em;border:1px solid var(--_border);padding:.5em .75em;margin:0}
.edit-fields label{display:grid;gap:.15em}
.edit-fields .prose{grid-column:1/-1}
.edit-fields :is(input,textarea){font:inherit;padding:.2em .4em;border:1px solid var(--_border);box-sizing:border-box;inline-size:100%}
.edit-fields textarea{min-block-size:5em;resize:vertical}
.edit-fields [aria-invalid=true]{border-color:var(--_invalid);background:var(--_invalid-bg)}
.edit-status{margin:0;min-block-size:1.4em}
.edit-messages{margin:0;padding-inline-start:1.2em;color:var(--_invalid)}
.edit-messages:empty,.edit-notes:empty{display:none}
.edit-notes{margin:0;padding-inline-start:1.2em;font-size:.9em}
.draft-prompt{display:flex;flex-wrap:wrap;gap:.5em;align-items:center;margin:0;padding:.4em .6em;border:1px solid var(--_warning);background:var(--_warning-bg)}
.draft-prompt[hidden]{display:none}
table[role=grid] td[data-path]{position:relative;cursor:cell}
table[role=grid] td[data-path]:focus{outline:2px solid var(--_focus);outline-offset:-2px}
table[role=grid] td[aria-selected=true]{background-image:linear-gradient(rgb(26 115 232/.14),rgb(26 115 232/.14))}
table[role=grid][aria-disabled=true]{opacity:.7}
td.has-entry{background:var(--_invalid-bg);color:var(--_invalid)}
td.has-entry>.value,td.has-entry>.computed-mark,td.has-entry>.computed-mark+.sr-only{display:none}
td .entry-text{text-decoration:underline wavy var(--_invalid)}
td>input.entry{position:absolute;inset:0;inline-size:100%;block-size:100%;box-sizing:border-box;margin:0;padding:0 .3em;font:inherit;text-align:end;border:2px solid var(--_focus);background:var(--disclosure-background,#fff);color:var(--disclosure-color,inherit)}
@media (forced-colors:active){table[role=grid] td[aria-selected=true]{outline:2px dashed Highlight;outline-offset:-3px}td>input.entry{border-color:Highlight}}
@media print{.edit-bar,td>input.entry{display:none}}
`;

/** One sheet per document: a constructed sheet can only be adopted in the document that made it. */
const sheets = new WeakMap<Document, CSSStyleSheet>();

/** Adds the styles to a shadow root once: as an adopted style sheet where the browser has them, else a `<style>` in `fallback`. */
export function addEditStyles(root: ShadowRoot, fallback: HTMLElement): void {
  const doc = root.ownerDocument;
  const Sheet = doc.defaultView?.CSSStyleSheet;
  if ('adoptedStyleSheets' in root && Sheet && 'replaceSync' in Sheet.prototype) {
    let sheet = sheets.get(doc);
    if (!sheet) {
      sheet = new Sheet();
      sheet.replaceSync(EDIT_CSS);
      sheets.set(doc, sheet);
    }
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const style = doc.createElement('style');
  style.textContent = EDIT_CSS;
  fallback.prepend(style);
}

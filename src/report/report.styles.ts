import { css } from 'lit';

/** The whole report as a readable document: a measure that reads well on a phone, clean A4 print. */
export const reportStyles = css`
  :host {
    page: disclosure-portrait;
  }
  article {
    max-width: var(--disclosure-report-max-width, 60rem);
    margin: 0 auto;
  }
  .report-title,
  .published {
    overflow-wrap: anywhere;
  }
  .report-title {
    text-align: center;
    font-size: 1.5em;
    margin: 0.5em 0 0.25em;
  }
  .published {
    text-align: center;
    margin: 0 0 1em;
    font-size: 0.9em;
  }
  .section-title {
    font-size: 1.15em;
    margin: 1.5em 0 0.5em;
  }
  .report-title .official,
  .section-title .official {
    display: block;
    font-size: 0.7em;
    font-weight: normal;
  }
  .prose p {
    text-indent: 2em;
    line-height: 1.8;
    margin: 0 0 0.5em;
    overflow-wrap: anywhere;
  }
  :host([lang^='en']) .prose p {
    text-indent: 0;
  }
  .missing {
    font-style: italic;
    opacity: 0.75;
  }
  .summary {
    border: 1px solid var(--_border);
    padding: 0.5em 0.75em;
    margin: 1em 0;
  }
  .summary-title {
    font-weight: 600;
    margin: 0 0 0.25em;
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .summary a {
    color: inherit;
  }
  .summary-tables {
    list-style: none;
    padding: 0;
    margin: 0 0 0.4em;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
  }
  .summary li[data-index] {
    list-style: none;
    border-inline-start: 0.25em solid transparent;
    padding-inline-start: 0.4em;
  }
  .wide {
    page: disclosure-landscape;
  }
  @media print {
    :host {
      font-size: 10.5pt;
    }
    .summary a {
      text-decoration: none;
    }
    .section-title {
      break-after: avoid;
    }
  }
`;

/** The clauses of the prose that findings quote (report/prose-marks.ts). */
export const proseMarkStyles = css`
  .prose-mark {
    background: var(--_warning-bg);
    color: inherit;
  }
  /* Underlined, as links in running text must be told apart by more than colour. */
  .prose-mark a {
    color: inherit;
    text-decoration: underline 2px var(--_warning);
    text-underline-offset: 0.2em;
  }
  .prose-mark a:hover {
    text-decoration-thickness: 3px;
  }
  .prose-mark a:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
`;

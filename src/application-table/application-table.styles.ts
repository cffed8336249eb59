import { css } from 'lit';

/** 表三: narrow applicant columns, row labels that wrap, the 22-row stub set vertically as printed. */
export const applicationTableStyles = css`
  table.applications th.row {
    min-width: 4em;
  }
  table.applications th.row[rowspan] {
    width: 1.5em;
    text-align: center;
  }
  table.applications th.column {
    min-width: 3em;
  }
`;

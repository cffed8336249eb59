import { css } from 'lit';

/** 表四: fifteen narrow columns; the result headers wrap onto two lines as printed. */
export const reviewTableStyles = css`
  th.column {
    min-width: 2.5em;
    max-width: 5em;
  }
`;

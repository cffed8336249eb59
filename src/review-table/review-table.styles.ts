import { css } from 'lit';

/** 表四: fifteen narrow columns; the result headers wrap onto two lines as printed. Scoped to 表四, as
 * `<disclosure-report>` shows all three tables in one shadow root. */
export const reviewTableStyles = css`
  table.reviews th.column {
    min-width: 2.5em;
    max-width: 5em;
    /* 结果维持 wraps as 结果 / 维持, never 结果维 / 持. */
    text-wrap: balance;
  }
`;

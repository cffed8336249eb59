import { css } from 'lit';

/** 表二: bands read as sub-headings; the single value cells span three columns. Scoped to 表二, as
 * `<disclosure-report>` shows all three tables in one shadow root. */
export const activeTableStyles = css`
  table.active th.band {
    background: transparent;
    font-weight: 600;
  }
  table.active th.corner {
    text-align: left;
  }
`;

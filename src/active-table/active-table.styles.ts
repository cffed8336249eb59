import { css } from 'lit';

/** 表二: bands read as sub-headings; the single value cells span three columns. */
export const activeTableStyles = css`
  th.band {
    background: transparent;
    font-weight: 600;
  }
  th.corner {
    text-align: left;
  }
`;

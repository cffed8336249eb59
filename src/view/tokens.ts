/**
 * The look of the tables in one place: the default of every `--disclosure-*` custom property of
 * the elements, and the same values in the static export's stylesheet.
 */
export const TOKENS = {
  border: '#5f6368',
  headerBackground: '#f3f4f6',
  invalid: '#b3261e',
  invalidBackground: '#fdecea',
  warning: '#8a5300',
  warningBackground: '#fff4e0',
  computed: '#1f4e8c',
  focus: '#1a73e8',
  padding: '0.3em 0.5em',
} as const;

/** Visually hidden, still read by screen readers. */
export const SR_ONLY_CSS =
  'position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap;border:0';

/**
 * The scrolling region: a grid track of minmax(0, 1fr) lets it shrink below the table's width inside
 * a host page's flex or grid item or a layout table (a plain block would pass the table's width up and
 * widen the page); position: relative keeps the visually hidden texts inside it.
 */
export const REGION_CSS = 'overflow-x:auto;position:relative;max-width:100%;display:grid;grid-template-columns:minmax(0,1fr)';

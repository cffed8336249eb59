/**
 * The cell styles of the exported workbook: thin borders on every table cell, shaded headers as in
 * the printed form, numbers right-aligned, totals bold, computed totals italic on a light tint.
 */

/** Index of each style in `cellXfs`. */
export const STYLE = {
  columnHeader: 1,
  rowHeader: 2,
  note: 3,
  data: 4,
  total: 5,
  computed: 6,
  title: 7,
  heading: 8,
  legend: 9,
} as const;

const FONT = (size: number, extra = '') =>
  `<font>${extra}<sz val="${size}"/><name val="宋体"/><family val="3"/><charset val="134"/></font>`;
const CENTER = '<alignment horizontal="center" vertical="center" wrapText="1"/>';
const LEFT = '<alignment horizontal="left" vertical="center" wrapText="1"/>';
const RIGHT = '<alignment horizontal="right" vertical="center"/>';
const xf = (font: number, fill: number, border: number, alignment: string) =>
  `<xf numFmtId="0" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">${alignment}</xf>`;
const side = (name: string) => `<${name} style="thin"><color rgb="FF5F6368"/></${name}>`;
const solid = (rgb: string) => `<fill><patternFill patternType="solid"><fgColor rgb="${rgb}"/><bgColor indexed="64"/></patternFill></fill>`;

export const STYLES_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  // 0 body, 1 bold, 2 bold italic (computed), 3 title, 4 note, 5 legend
  `<fonts count="6">${FONT(11)}${FONT(11, '<b/>')}${FONT(11, '<b/><i/>')}${FONT(14, '<b/>')}${FONT(9)}${FONT(9, '<i/>')}</fonts>` +
  // 0 none, 1 gray125 (required), 2 header shading, 3 computed tint
  `<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>${solid('FFF2F2F2')}${solid('FFFFF4D6')}</fills>` +
  `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>${side('left')}${side('right')}${side('top')}${side('bottom')}<diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="10"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  xf(0, 2, 1, CENTER) + // column header
  xf(0, 2, 1, LEFT) + // row header, band
  xf(4, 2, 1, CENTER) + // note
  xf(0, 0, 1, RIGHT) + // data
  xf(1, 0, 1, RIGHT) + // stated total
  xf(2, 3, 1, RIGHT) + // computed total
  xf(3, 0, 0, '<alignment horizontal="center" vertical="center"/>') + // title
  xf(1, 0, 0, '<alignment horizontal="left" vertical="center"/>') + // heading
  xf(5, 0, 0, LEFT) + // legend
  `</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

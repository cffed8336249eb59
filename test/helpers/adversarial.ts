// Adversarial sources for the importer (issue #16): each is built to the size asked, from a shape that
// once cost quadratic time (a space-separated run that re-checked its growing cell, unclosed tags that
// the HTML test scanned to the end from each) or that makes many lines, rows, cells or labels.
export const ADVERSARIAL_SOURCES: Readonly<Record<string, (size: number) => string>> = {
  'CJK words and spaces': (size) => '字 '.repeat(size / 2),
  'unclosed <p': (size) => '<p '.repeat(size / 3),
  'labels and spaces': (size) => '规章 '.repeat(size / 3),
  'near-miss labels': (size) => '本年新收政府信息公开申请数 '.repeat(size / 14),
  'one-character lines': (size) => '字\n'.repeat(size / 2),
  'tab-led lines': (size) => '\t字\n'.repeat(size / 3),
  numberings: (size) => '（一）'.repeat(size / 3),
  'open brackets': (size) => '行政许可('.repeat(size / 5),
  'table rows': (size) => `<table>${'<tr><td>规章</td><td>1</td></tr>'.repeat(size / 30)}</table>`,
  'nested elements': (size) => '<div>'.repeat(size / 5),
};

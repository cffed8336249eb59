/**
 * The variants of format.md §7 and the shared reports, each as a rendering option for the test
 * generator, with the report the importer must read back (and the warnings it must give).
 */
import type { Report } from '../../src/model/schema.js';
import { escapeHtml, insertRowAfter, dropRow, rowIndexOf, type ModelCell, type Variant } from './import-render.js';

export function setAt(report: Report, path: string, value: number | null): Report {
  const copy = structuredClone(report);
  const keys = path.split('.');
  const parent = keys
    .slice(0, -1)
    .reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, copy as unknown as Record<string, unknown>);
  parent[keys[keys.length - 1]!] = value;
  return copy;
}

/** Breaks a label in the middle (labels of 4 characters or more). */
const halves = (label: string): [string, string] | undefined => {
  if (label.length < 4) return undefined;
  const cut = Math.floor(label.length / 2);
  return [label.slice(0, cut), label.slice(cut)];
};

const splitWith =
  (join: (a: string, b: string) => string, textJoin?: (a: string, b: string) => string): NonNullable<Variant['label']> =>
  (label, format) => {
    const parts = halves(label);
    if (!parts) return format === 'html' ? escapeHtml(label) : label;
    if (format === 'text') return (textJoin ?? ((a, b) => `${a}\n${b}`))(parts[0], parts[1]);
    return join(escapeHtml(parts[0]), escapeHtml(parts[1]));
  };

const HALF_WIDTH: Record<string, string> = { '（': '(', '）': ')', '：': ':', '，': ',', '“': '"', '”': '"' };

/** Cells the blank-token variant leaves blank. */
export const BLANKED = [
  'active.fees',
  'active.regulations.repealed',
  'applications.received.research',
  'applications.results.granted.nonprofit',
  'applications.results.withheld.stateSecret.other',
  'applications.results.otherHandling.feeUnpaid.legalService',
  'applications.carriedForward.total',
  'reviews.review.other',
  'reviews.litigationAfterReview.total',
];
export const BLANK_TOKENS = ['', '/', '—', '－', '无', '&nbsp;', '&nbsp; &nbsp;', '／'];

const subtotalRow = (report: Report): ModelCell[] => {
  const rows = Object.values(report.applications!.results.withheld);
  const sum = (key: keyof (typeof rows)[number]) => String(rows.reduce((acc, row) => acc + (row[key] ?? 0), 0));
  return [
    { label: '小计', colspan: 1, rowspan: 1 },
    ...(['naturalPerson', 'commercial', 'research', 'nonprofit', 'legalService', 'other', 'total'] as const).map((key) => ({
      label: sum(key),
      colspan: 1,
      rowspan: 1,
    })),
  ];
};

export interface VariantCase {
  name: string;
  /** The rendering options, possibly depending on the report rendered. */
  variant: Variant | ((input: Report) => Variant);
  /** The report to render (default: the clean one). */
  input?: (clean: Report) => Report;
  /** The report to expect (default: the input). */
  expected?: (input: Report) => Report;
  /** Warnings that must be given: a test on each. */
  warns?: readonly ((warning: { message: { zh: string }; source: string; path?: string }) => boolean)[];
  /** Only for HTML or only for text. */
  only?: 'html' | 'text';
}

export const VARIANTS: readonly VariantCase[] = [
  { name: 'official layout', variant: {} },
  { name: 'half-width punctuation', variant: { relabel: (label) => label.replace(/[（）：，“”]/g, (c) => HALF_WIDTH[c]!) } },
  {
    name: 'spaces and &nbsp; inside labels',
    variant: {
      label: splitWith(
        (a, b) => `${a}&nbsp; \n ${b}`,
        (a, b) => `${a} ${b}`,
      ),
    },
  },
  { name: 'line breaks inside labels (<br>, new lines)', variant: { label: splitWith((a, b) => `${a}<br/>${b}`) } },
  {
    name: 'labels split over <p>, <span>, <font>, <o:p>',
    variant: {
      label: splitWith(
        (a, b) => `<p><span style="font-family: 仿宋">${a}</span></p><p><font face="方正仿宋_GBK">${b}</font><o:p></o:p></p>`,
      ),
    },
    only: 'html',
  },
  {
    name: 'Word markup around every label and value',
    variant: {
      label: splitWith((a, b) => `<span lang="EN-US"><font face="方正仿宋_GBK">${a}</font></span><span>${b}</span><o:p>&nbsp;</o:p>`),
      value: (value, _path, format) =>
        format === 'html' ? `<p class="MsoNormal"><span>${value ?? ''}</span><o:p></o:p></p>` : String(value ?? ''),
      paragraph: (html) =>
        `<p class="MsoNormal" style="text-indent:2em"><span style="font-family:仿宋"><font face="方正仿宋_GBK">${html}</font></span><o:p></o:p></p>`,
    },
    only: 'html',
  },
  {
    name: 'missing-value tokens',
    input: (clean) => BLANKED.reduce((report, path) => setAt(report, path, null), clean),
    variant: {
      value: (value, path, format) =>
        value === null ? BLANK_TOKENS[BLANKED.indexOf(path) % BLANK_TOKENS.length]! : format === 'html' ? String(value) : String(value),
    },
  },
  {
    name: 'thousands separators',
    variant: { value: (value) => (value === null ? '' : value.toLocaleString('en-US', { maximumFractionDigits: 4 })) },
  },
  {
    name: 'full-width digits and thousands separators',
    variant: {
      value: (value) =>
        value === null
          ? ''
          : value
              .toLocaleString('en-US', { maximumFractionDigits: 4 })
              .replace(/[0-9.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
    },
  },
  {
    name: 'annotated cells',
    variant: {
      value: (value, path) =>
        path === 'active.normativeDocuments.issued'
          ? `${value}（其中修订3件）`
          : path === 'applications.received.total'
            ? `${value}件`
            : String(value ?? ''),
    },
    warns: [
      (w) => w.path === 'active.normativeDocuments.issued' && w.source === '8（其中修订3件）',
      (w) => w.path === 'applications.received.total' && w.source === '3119件',
    ],
  },
  {
    name: 'known typos (三类内容事务信息, 其他法律行政止公开)',
    variant: {
      relabel: (label) =>
        label.replace('属于三类内部事务信息', '属于三类内容事务信息').replace('其他法律行政法规禁止公开', '其他法律行政止公开'),
    },
    warns: [
      (w) => w.path === 'applications.results.withheld.internalAffairs',
      (w) => w.path === 'applications.results.withheld.lawProhibited',
    ],
  },
  {
    name: 'an unlisted misprint (fuzzy match)',
    variant: { relabel: (label) => label.replace('本机关不掌握相关政府信息', '本机关不掌握相关的政府信息') },
    warns: [(w) => w.path === 'applications.results.unavailable.notHeld' && /不完全一致/.test(w.message.zh)],
  },
  {
    name: 'the old label 规范性文件',
    variant: { relabel: (label) => (label === '行政规范性文件' ? '规范性文件' : label) },
    warns: [(w) => w.path === 'active.normativeDocuments' && w.source.replace(/\s/g, '') === '规范性文件'],
  },
  {
    name: 'a missing row',
    variant: {
      table: (id, model) =>
        id === 'applications' ? dropRow(model, rowIndexOf(model, 'applications.results.notProcessed.publication')) : model,
    },
    expected: (input) =>
      ['naturalPerson', 'commercial', 'research', 'nonprofit', 'legalService', 'other', 'total'].reduce(
        (report, key) => setAt(report, `applications.results.notProcessed.publication.${key}`, null),
        input,
      ),
    warns: [(w) => w.path === 'applications.results.notProcessed.publication' && w.source === ''],
  },
  { name: '表二 split into four tables', variant: { splitActive: true } },
  {
    name: '表二 without its 信息内容 header rows',
    variant: { table: (id, model) => (id === 'active' ? model.filter((row) => row[0]?.label !== '信息内容') : model) },
    warns: [(w) => /找不到列标题/.test(w.message.zh)],
  },
  { name: '表四 with flattened headers', variant: { flattenReviews: true } },
  {
    name: 'section heading variants',
    variant: {
      headings: {
        overview: '1、 总体情况',
        active: '2、主动公开政府信息情况',
        applications: '3.收到和处理政府信息公开申请情况',
        reviews: '4、因政府信息公开工作被申请行政复议、提起行政诉讼情况',
        problems: '五、存在的主要问题及整改措施',
        other: '6、 其他需要报告的事项',
      },
    },
  },
  {
    name: 'other heading variants',
    variant: {
      headings: {
        reviews: '四、政府信息公开行政复议和行政诉讼情况',
        problems: '五、政府信息公开工作存在的主要问题及改进情况',
      },
    },
  },
  {
    name: 'a subtotal row and an overall 行政诉讼 总计',
    variant: (input) => ({
      table: (id, model) => {
        if (id === 'applications')
          return insertRowAfter(model, rowIndexOf(model, 'applications.results.withheld.queryMatters'), subtotalRow(input));
        if (id !== 'reviews') return model;
        const [top, middle, ...rest] = model;
        return [
          top!.map((cell) => (cell.label === '行政诉讼' ? { ...cell, colspan: cell.colspan + 1 } : cell)),
          [...middle!, { label: '总计', colspan: 1, rowspan: 2 }],
          rest[0]!,
          [...rest[1]!, { label: '46', colspan: 1, rowspan: 1 }],
        ];
      },
    }),
    warns: [(w) => w.source === '小计', (w) => w.source === '总计'],
    only: 'html',
  },
  {
    name: 'an extra 法人或其他组织 小计 column',
    variant: (input) => ({
      table: (id, model) => {
        if (id !== 'applications') return model;
        const valueAt = (path: string) =>
          path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], input) as
            number | null | undefined;
        const legal = ['commercial', 'research', 'nonprofit', 'legalService', 'other'];
        return model.map((row, index) => {
          if (index === 0) return row.map((cell) => (cell.label === '申请人情况' ? { ...cell, colspan: cell.colspan + 1 } : cell));
          if (index === 1) return row.map((cell) => (cell.label === '法人或其他组织' ? { ...cell, colspan: cell.colspan + 1 } : cell));
          if (index === 2) return [...row, { label: '小计', colspan: 1, rowspan: 1 }];
          const at = row.findIndex((cell) => cell.path?.endsWith('.total'));
          if (at < 0) return row;
          const base = row[at]!.path!.slice(0, -'.total'.length);
          const sum = legal.reduce((acc, key) => acc + (valueAt(`${base}.${key}`) ?? 0), 0);
          return [...row.slice(0, at), { label: String(sum), colspan: 1, rowspan: 1 }, ...row.slice(at)];
        });
      },
    }),
    warns: [(w) => w.source === '小计'],
    only: 'html',
  },
  {
    name: 'a whole page with site chrome',
    variant: { page: { pubDate: '2025-01-20' } },
    expected: (input) => ({ ...input, publishedOn: '2025-01-20' }),
    only: 'html',
  },
  { name: 'text: cells separated by tabs within rows', variant: { textStyle: 'tab-separated' }, only: 'text' },
  { name: 'text: cells separated by spaces', variant: { textStyle: 'space-separated' }, only: 'text' },
];

/** （六）其他处理 as one row: rendered from a report that has it so (005-hongze-district-2024). */
export const singleOtherHandling = (report: Report): VariantCase => ({
  name: '（六）其他处理 printed as one row',
  variant: {},
  input: () => report,
  warns: [(w) => w.path === 'applications.results.otherHandling' && /一行/.test(w.message.zh)],
});

export const variantOf = (item: VariantCase, input: Report): Variant =>
  typeof item.variant === 'function' ? item.variant(input) : item.variant;

const defaultValue = (value: number | null) => (value === null ? '' : String(value));

/** Several variants at once: options merged; labels relabelled by each; each value by the last variant that changes it. */
export function combine(...cases: VariantCase[]): VariantCase {
  return {
    name: cases.map((item) => item.name).join(' + '),
    variant: (input) => {
      const variants = cases.map((item) => variantOf(item, input));
      const merged: Variant = Object.assign({}, ...variants);
      const relabels = variants.flatMap((variant) => (variant.relabel ? [variant.relabel] : []));
      if (relabels.length) merged.relabel = (label) => relabels.reduce((text, relabel) => relabel(text), label);
      const values = variants.flatMap((variant) => (variant.value ? [variant.value] : []));
      if (values.length) {
        merged.value = (value, path, format) =>
          values.reduce((shown, format_) => {
            const next = format_(value, path, format);
            return next !== defaultValue(value) ? next : shown;
          }, defaultValue(value));
      }
      const tables = variants.flatMap((variant) => (variant.table ? [variant.table] : []));
      if (tables.length) merged.table = (id, model, part) => tables.reduce((current, edit) => edit(id, current, part), model);
      return merged;
    },
    input: (clean) => cases.reduce((report, item) => (item.input ? item.input(report) : report), clean),
    expected: (input) => cases.reduce((report, item) => (item.expected ? item.expected(report) : report), input),
    warns: cases.flatMap((item) => item.warns ?? []),
    ...(cases.some((item) => item.only === 'html')
      ? { only: 'html' as const }
      : cases.some((item) => item.only === 'text')
        ? { only: 'text' as const }
        : {}),
  };
}

// The spec's own words for the three tables, copied verbatim from format.md §2.2–§2.4 and
// report-json.md, shared by the Node tests (layout) and the browser tests (the elements).
// Literal copies on purpose: tests never derive what they expect from src/.

// ---- 表二 (format.md §2.2, report-json.md §2)

/** The contract path of every data cell of 表二, in grid order. */
export const ACTIVE_PATHS = [
  'active.regulations.issued',
  'active.regulations.repealed',
  'active.regulations.inForce',
  'active.normativeDocuments.issued',
  'active.normativeDocuments.repealed',
  'active.normativeDocuments.inForce',
  'active.licensing',
  'active.punishment',
  'active.compulsion',
  'active.fees',
];

// ---- 表三 (format.md §2.3)

/** The three header rows of 表三, drawn `label(colspan×rowspan)`. */
export const APPLICATION_HEAD_ROWS = [
  ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）(3×3)', '申请人情况(7×1)'],
  ['自然人(1×2)', '法人或其他组织(5×1)', '总计(1×2)'],
  ['商业企业(1×1)', '科研机构(1×1)', '社会公益组织(1×1)', '法律服务机构(1×1)', '其他(1×1)'],
];

/** The row headers of the body of 表三, verbatim, in order. */
export const APPLICATION_ROW_LABELS = [
  '一、本年新收政府信息公开申请数量',
  '二、上年结转政府信息公开申请数量',
  '三、本年度办理结果',
  '（一）予以公开',
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  '（三）不予公开',
  '1.属于国家秘密',
  '2.其他法律行政法规禁止公开',
  '3.危及“三安全一稳定”',
  '4.保护第三方合法权益',
  '5.属于三类内部事务信息',
  '6.属于四类过程性信息',
  '7.属于行政执法案卷',
  '8.属于行政查询事项',
  '（四）无法提供',
  '1.本机关不掌握相关政府信息',
  '2.没有现成信息需要另行制作',
  '3.补正后申请内容仍不明确',
  '（五）不予处理',
  '1.信访举报投诉类申请',
  '2.重复申请',
  '3.要求提供公开出版物',
  '4.无正当理由大量反复申请',
  '5.要求行政机关确认或重新出具已获取信息',
  '（六）其他处理',
  '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  '3.其他',
  '（七）总计',
  '四、结转下年度继续办理',
];

/** The first two header cells of the third body row of 表三 (三、 spans the 22 rows of results), drawn. */
export const APPLICATION_RESULTS_ROW_START = ['三、本年度办理结果(1×22)', '（一）予以公开(2×1)'];

/** The headers `applications.results.withheld.stateSecret.commercial` is announced with, in order. */
export const STATE_SECRET_COMMERCIAL_HEADERS = [
  '申请人情况',
  '法人或其他组织',
  '商业企业',
  '三、本年度办理结果',
  '（三）不予公开',
  '1.属于国家秘密',
];

// ---- 表四 (format.md §2.4)

/** The five result columns of each group of 表四. */
export const REVIEW_RESULT_LABELS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

// ---- findings beyond one table (report-json.md §6)

/** The rules of §6, as its table lists them: rule, severity, what one finding is per. */
export const BEYOND_TABLE_RULES = [
  { rule: 'text.mismatch', severity: 'warning', per: 'stated number' },
  { rule: 'text.fee-notice', severity: 'warning', per: 'report' },
  { rule: 'previous.carried-over', severity: 'warning', per: 'column' },
  { rule: 'previous.in-force', severity: 'warning', per: 'row' },
] as const;

/** The fields §6 adds to a finding (optional, present only on its findings). */
export const BEYOND_TABLE_FIELDS = ['quote', 'section', 'previous', 'previousCells'] as const;

/**
 * The words a clause may consist of for its number to be attributed to a table figure: topics
 * (行政复议, 申请, 规范性文件 …), facets (收到, 办结, 结转下年度, 予以公开, 结果维持, 制发 …),
 * applicant columns (自然人, 法人或其他组织 …), the reporting body's own names (全市, 我局 …) and
 * filler (全年, 共, 其中 …). A clause with any other word is not attributed: an unknown word may
 * change what is counted (政策性文件, 网络问政, 政府办, 同比增长), and a false warning is worse than
 * a missed one. Result kinds and applicant columns are the labels of the table definitions.
 */
import { tableDefinition, type HeaderNode } from '../../model/tables.js';
import { regionForms } from '../agency.js';

export type Topic =
  'applications' | 'review' | 'litigation' | 'regulations' | 'normativeDocuments' | 'licensing' | 'punishment' | 'compulsion' | 'fees';

/** What a facet word means under each topic it may go with: a facet id, or `null` (allowed, names no facet). */
export type FacetMeaning = Partial<Record<Topic, string | null>>;

export type Token =
  | { kind: 'topic'; topic: Topic; litigation?: 'direct' | 'afterReview' }
  | { kind: 'facet'; meaning: FacetMeaning }
  | { kind: 'applicant'; column: string }
  | { kind: 'filler' }
  /** A word that makes the number something else: a change, a share, an approximation, a part. */
  | { kind: 'guard' };

/** A pattern of the phrases. */
interface Entry {
  source: string;
  token: Token;
}

/** A word and what it means. */
type Word = readonly [word: string, token: Token];

/** Half-width where that keeps one character, as the clauses are (text.ts). */
const fold = (text: string) => [...text].map((char) => (char.normalize('NFKC').length === 1 ? char.normalize('NFKC') : char)).join('');

const topic = (name: Topic, list: readonly string[]): Word[] => list.map((word) => [fold(word), { kind: 'topic', topic: name }]);
const facet = (meaning: FacetMeaning, list: readonly string[]): Word[] => list.map((word) => [fold(word), { kind: 'facet', meaning }]);
const words = (token: Token, list: readonly string[]): Word[] => list.map((word) => [fold(word), token]);

const REVIEWS = (facetId: string | null): FacetMeaning => ({ review: facetId, litigation: facetId });
const DECISIONS: FacetMeaning = { licensing: null, punishment: null, compulsion: null };

/** Patterns tried before any word: compound phrases whose parts are words of their own. */
const PHRASES: Entry[] = [
  {
    source: '(?:未经(?:行政)?复议)?直接(?:向法院)?(?:提起)?(?:行政)?(?:诉讼|起诉)',
    token: { kind: 'topic', topic: 'litigation', litigation: 'direct' },
  },
  {
    source: '(?:经行政复议|经复议|行政复议|复议)后(?:向法院)?(?:提起)?(?:行政)?(?:诉讼|起诉)',
    token: { kind: 'topic', topic: 'litigation', litigation: 'afterReview' },
  },
  { source: '申请(?!人)', token: { kind: 'topic', topic: 'applications' } },
  {
    source: '(?:结转|转入|顺延|延续|转)(?:至|到)?下一?年度?(?:继续)?(?:办理|答复|处理)?|下一?年度?继续(?:办理|答复|处理)',
    token: { kind: 'facet', meaning: { applications: 'carriedForward' } },
  },
  {
    source: '(?:从|由)?上一?年度?(?:结转|转入)的?|结转上一?年度?的?',
    token: { kind: 'facet', meaning: { applications: 'carriedOver' } },
  },
  // A date the year closes on is filler ("截至2024年底现行有效"); any other month is a part of the year.
  { source: '(?:截至|截止)(?:目前|\\d{4}年(?:底|末|12月31日|12月底)|年底|年末|12月31日|12月底)', token: { kind: 'filler' } },
  { source: '\\d{4}年度?', token: { kind: 'filler' } },
  { source: '\\d{1,2}月份?', token: { kind: 'guard' } },
];

/** Result kinds by their labels: （三）不予公开 → 不予公开, 1.属于国家秘密 → 国家秘密, （六）2.逾期未缴费 → 逾期未缴费. */
function resultKinds(): Word[] {
  const definition = tableDefinition('applications');
  const results = definition.sections[0]!.rows!.find((node) => node.key === 'results')!;
  const term = (text: string) =>
    fold(text)
      .replace(/^(?:\([一二三四五六七八九十]+\))?(?:\d+\.)?/, '')
      .replace(/\(.*\)$/, '')
      .replace(/^属于/, '');
  const entries: Word[] = [];
  const visit = (node: HeaderNode, path: string) => {
    if (node.total) return;
    for (const label of [node.label.zh, node.short?.zh]) {
      const word = label && term(label);
      if (word && word.length >= 3) entries.push(...facet({ applications: path }, [word]));
    }
    for (const child of node.children ?? []) if (child.key) visit(child, `${path}.${child.key}`);
  };
  for (const node of results.children ?? []) if (node.key) visit(node, `results.${node.key}`);
  return entries;
}

/** Applicant columns by their labels (自然人, 商业企业 …, 法人或其他组织); 其他 alone names nothing. */
function applicants(): Word[] {
  const entries: Word[] = [];
  const visit = (node: HeaderNode) => {
    const word = fold(node.label.zh);
    if (node.key && node.key !== 'total' && node.key !== 'other') entries.push(...words({ kind: 'applicant', column: node.key }, [word]));
    if (node.id === 'legal') entries.push(...words({ kind: 'applicant', column: 'legal' }, [word, '法人和其他组织', '法人及其他组织']));
    node.children?.forEach(visit);
  };
  tableDefinition('applications').sections[0]!.columns.forEach(visit);
  return entries;
}

const WORDS: Word[] = [
  ...topic('litigation', ['行政诉讼', '行政应诉', '诉讼', '起诉', '应诉']),
  ...topic('review', ['行政复议', '复议']),
  ...topic('applications', ['依申请公开', '依申请']),
  ...topic('regulations', ['规章']),
  ...topic('normativeDocuments', ['行政规范性文件', '规范性文件']),
  ...topic('licensing', ['行政许可']),
  ...topic('punishment', ['行政处罚']),
  ...topic('compulsion', ['行政强制措施', '行政强制']),
  ...topic('fees', ['行政事业性收费', '事业性收费']),
  ...resultKinds(),
  ...facet({ applications: 'results.granted' }, ['全部公开', '同意公开']),
  ...facet({ applications: 'grantedAndPartly' }, ['予以公开及部分公开', '予以公开和部分公开', '公开及部分公开', '公开和部分公开']),
  ...facet({ applications: 'received', ...REVIEWS(null) }, ['收到', '新收到', '新收', '受理', '接收', '接到', '收悉', '登记']),
  ...facet({ applications: 'received', ...REVIEWS(null) }, ['提出']),
  ...facet({ applications: 'handled', ...REVIEWS('concluded'), ...DECISIONS }, ['办结', '已办结']),
  ...facet({ applications: 'handled' }, ['答复', '回复', '予以答复', '作出答复', '办理完毕', '处理完毕', '已办理', '完成办理']),
  ...facet({ applications: 'handledOrReceived', ...REVIEWS(null), ...DECISIONS }, ['办理']),
  ...facet(REVIEWS('upheld'), ['结果维持', '维持']),
  ...facet(REVIEWS('corrected'), ['结果纠正', '纠正']),
  ...facet(REVIEWS('other'), ['其他结果']),
  ...facet(REVIEWS('pending'), ['尚未审结', '未审结', '正在审理', '审理中', '尚在审理']),
  ...facet(REVIEWS('concluded'), ['已审结', '审结']),
  ...facet(REVIEWS(null), ['发生', '提起', '被提起', '被申请', '备案']),
  ...facet({ ...REVIEWS(null), ...DECISIONS }, ['案件']),
  ...facet({ regulations: 'issued', normativeDocuments: 'issued' }, [
    '新增公开',
    '制发',
    '制定',
    '出台',
    '印发',
    '发布',
    '新增',
    '新制定',
    '新出台',
    '新印发',
  ]),
  ...facet({ regulations: 'repealed', normativeDocuments: 'repealed' }, ['废止', '废除', '宣布废止']),
  ...facet({ regulations: 'inForce', normativeDocuments: 'inForce' }, ['现行有效']),
  ...facet({ ...DECISIONS, fees: null }, ['决定', '作出', '做出', '实施', '处理', '办件', '收取', '征收']),
  ...facet({ fees: null }, ['收费金额', '金额']),
  ...applicants(),
  ...words({ kind: 'filler' }, [
    ...['全年', '全年度', '本年度', '本年', '今年', '年内', '当年', '年度'],
    ...['共计', '合计', '总计', '共有', '一共', '共', '计', '总数', '数量', '总量', '达到', '达', '为', '是', '有', '了', '的'],
    ...['已经', '已', '均', '其中', '另有', '另外', '另', '此外', '同时', '含', '包括', '包含', '和', '及', '与', '并', '对'],
    ...['予以', '依法', '按时', '及时', '按期', '在法定期限内', '法定期限内', '政府信息公开', '政府信息', '信息公开'],
    ...['领域', '方面', '情况', '工作', '类', '件数', '被', '因', '引发'],
    ...['本机关', '本单位', '本部门', '我单位', '我部门'],
  ]),
  ...words({ kind: 'guard' }, [
    ...['同比', '环比', '增长', '增加', '减少', '下降', '上升', '提高', '降低', '较', '比上年', '比去年', '占', '约', '近'],
    ...['超过', '逾', '以上', '以下', '不足', '左右', '平均', '累计', '每', '各', '分别', '涉及', '关于', '有关', '针对'],
    ...['围绕', '以来', '率', '人次', '件次', '季度', '半年', '预计', '计划', '拟', '力争', '目标'],
  ]),
];

/**
 * Words of the reporting body itself: its name with and without the leading regions, and — by the
 * last character of its level (淮安市人民政府 → 市, 沭阳县发展和改革局 → 局) — 全市/我市/市政府 or
 * 我局/本局. A township's report says nothing for the whole city: 全市 there stays unknown.
 */
function selfWords(agency: string): string[] {
  const name = fold(agency);
  const found = new Set<string>(regionForms(name));
  const body = name.replace(/(?:人民政府|政府|管理委员会|管委会)$/, '');
  const level = body.slice(-1);
  if (body !== name && level) {
    for (const word of [`全${level}`, `我${level}`, `本${level}`, `${level}政府`, `${level}人民政府`]) found.add(word);
  } else if (level) {
    for (const word of [`全${level}`, `我${level}`, `本${level}`]) found.add(word);
  }
  found.delete('');
  return [...found];
}

/**
 * The words of clauses in one report: the phrases (patterns, tried first), then the words by their
 * exact text, the longest that fits first.
 */
export interface Vocabulary {
  /** The phrases as one global pattern: searched forward, so most places need no try of their own. */
  phrases: RegExp;
  phraseTokens: readonly Token[];
  words: ReadonlyMap<string, Token>;
  /** For each first character, the lengths of the words that begin with it, longest first. */
  lengthsFrom: ReadonlyMap<string, readonly number[]>;
}

const vocabularies = new Map<string, Vocabulary>();

export function vocabularyFor(agency: string): Vocabulary {
  let vocabulary = vocabularies.get(agency);
  if (vocabulary) return vocabulary;
  const words = new Map<string, Token>();
  for (const [word, token] of [...WORDS, ...selfWords(agency).map((word) => [word, { kind: 'filler' }] as const)]) {
    if (!words.has(word)) words.set(word, token);
  }
  const lengthsFrom = new Map<string, number[]>();
  for (const word of words.keys()) {
    const lengths = lengthsFrom.get(word[0]!) ?? [];
    if (!lengths.includes(word.length)) lengths.push(word.length);
    lengthsFrom.set(word[0]!, lengths);
  }
  for (const lengths of lengthsFrom.values()) lengths.sort((a, b) => b - a);
  vocabulary = {
    phrases: new RegExp(PHRASES.map((entry) => `(${entry.source})`).join('|'), 'g'),
    phraseTokens: PHRASES.map((entry) => entry.token),
    words,
    lengthsFrom,
  };
  if (vocabularies.size > 50) vocabularies.clear();
  vocabularies.set(agency, vocabulary);
  return vocabulary;
}

/**
 * The signature (落款) of a whole saved page: found before the page furniture that follows it in
 * the article's own container or in the cells of a CMS layout table, never taken from that
 * furniture, and refused when nothing but furniture could be it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { importReport } from '../../src/import/node.js';
import { parseHtmlWithParse5 } from '../../src/import/source/html-parse5.js';

const fixture = (file: string) => readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8');

/** `html` put just before the last `</tag>` of `page`, on the same source line (no line moves). */
const beforeClose = (page: string, tag: string, html: string) => {
  const at = page.lastIndexOf(`</${tag}>`);
  assert.ok(at > 0, `</${tag}> in the page`);
  return `${page.slice(0, at)}${html}${page.slice(at)}`;
};

interface Signed {
  name: string;
  source: string;
  agency: string;
  /** The page with `html` inside the article's own container, after the signature. */
  inContainer: (html: string) => string;
}

const shuyang = fixture('014-shuyang-fgj-2023.source.html');
const pingtan = fixture('012-pingtan-zone-2024.source.html');
const PINGTAN_SIGNED = beforeClose(pingtan, 'div', '<p>平潭综合实验区管理委员会</p><p>2025年1月20日</p>');

/** Real reports closed by a signature: 014 as published, 012 with one added to its article. */
const SIGNED: readonly Signed[] = [
  {
    name: '014',
    source: shuyang,
    agency: '沭阳县发展和改革局',
    inContainer: (html) => beforeClose(shuyang, 'ucapcontent', html),
  },
  {
    name: '012 with a signature',
    source: PINGTAN_SIGNED,
    agency: '平潭综合实验区管理委员会',
    inContainer: (html) => beforeClose(PINGTAN_SIGNED, 'div', html),
  },
];

/** A CMS footer and article tools; 「版权所有 沭阳县人民政府」 alone would look like a body's name. */
const FOOTER_HTML = [
  '<p>【打印本页】【关闭窗口】</p>',
  '<p>上一篇：关于2023年度政府信息公开工作的通知</p><p>下一篇：无</p>',
  '<p>主办单位：沭阳县人民政府办公室 承办单位：沭阳县大数据管理中心</p>',
  '<p>版权所有 沭阳县人民政府<br>网站标识码：3213220001 苏ICP备05006512号 苏公网安备 32132202000001号</p>',
].join('');

const layoutTable = (page: string) =>
  `<table><tr><td>栏目导航</td><td>${page}</td><td>网站地图 | 联系我们<br>沭阳县人民政府</td></tr>` +
  '<tr><td colspan="3">版权所有：沭阳县人民政府 技术支持：某某网络公司</td></tr></table>';

function imported(source: string) {
  const result = importReport(source, { title: '年度报告' });
  assert.ok(result.ok, result.ok ? '' : `import failed: ${result.error.en}`);
  return result;
}

function refused(source: string) {
  const result = importReport(source, { title: '年度报告' });
  assert.equal(result.ok, false, result.ok ? `took the agency ${result.report.agency}` : '');
  if (!result.ok) assert.match(result.error.en, /could not find the agency/);
}

describe('importReport: the signature before the page furniture', () => {
  for (const signed of SIGNED) {
    const plain = imported(signed.source);
    const cases: [string, string][] = [
      ['a footer in the article’s container', signed.inContainer(FOOTER_HTML)],
      ['a nav cell and a footer row after the article’s cell of a layout table', layoutTable(signed.source)],
      ['both', layoutTable(signed.inContainer(FOOTER_HTML))],
    ];
    for (const [name, source] of cases) {
      it(`${signed.name}, ${name}: the same report and the same warnings`, () => {
        const result = imported(source);
        assert.deepStrictEqual(result.report, plain.report);
        assert.deepStrictEqual(result.warnings, plain.warnings);
        assert.equal(result.report.agency, signed.agency);
        const agency = result.warnings.find((warning) => warning.kind === 'agencyFromSignature');
        assert.equal(agency?.source, signed.agency, 'still a warning quoting the signature');
        assert.equal(typeof agency?.line, 'number');
      });
    }
  }

  it('copied text: the footer lines after the signature are passed over', () => {
    const text = `${fixture('000-yipingyuan-2023.source.txt').trimEnd()}\n一平垣乡人民政府\n2024年1月10日\n`;
    const footer = '\n打印本页 关闭窗口\n主办：一平垣乡人民政府\n版权所有 一平垣乡人民政府\n晋ICP备05001234号\n';
    const plain = imported(text);
    const result = imported(`${text}${footer}`);
    assert.equal(plain.report.agency, '一平垣乡人民政府');
    assert.equal(plain.report.publishedOn, '2024-01-10');
    assert.deepStrictEqual(result.report, plain.report);
    assert.deepStrictEqual(result.warnings, plain.warnings);
  });

  it('a layout table’s cells are blocks of their own: the article’s last line never runs into the next cell', () => {
    const doc = parseHtmlWithParse5(
      '<table><tr><td><table><tr><td>1</td></tr></table>落款<br>2024年1月20日</td><td>联系我们</td></tr></table>',
    );
    const paragraphs = doc.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block] : []));
    assert.deepEqual(
      paragraphs.map((paragraph) => paragraph.text),
      ['落款', '2024年1月20日', '联系我们'],
    );
    assert.ok(!paragraphs[2]!.scope!.startsWith(paragraphs[1]!.scope!), 'the next cell is outside the article’s cell');
  });
});

describe('importReport: page furniture is never the signature', () => {
  it('a footer line that reads like a body’s name does not replace the real signature', () => {
    for (const footer of ['<p>版权所有 沭阳县人民政府</p>', '<p>主办单位 沭阳县人民政府</p>', '<p>沭阳县人民政府 版权所有</p>']) {
      const result = imported(SIGNED[0]!.inContainer(footer));
      assert.equal(result.report.agency, '沭阳县发展和改革局', footer);
      assert.equal(result.report.publishedOn, '2024-01-17', footer);
    }
  });

  it('an undated body’s name under the real signature: two names, none proven, refused', () => {
    refused(SIGNED[0]!.inContainer('<p>沭阳县人民政府</p>'));
    refused(SIGNED[0]!.inContainer('<p>版权所有</p><p>沭阳县人民政府</p>'));
  });

  it('a page whose only candidate is furniture is refused', () => {
    for (const footer of [
      '<p>版权所有 平潭综合实验区管委会</p>',
      '<p>主办：平潭综合实验区管委会</p>',
      '<p>技术支持：平潭综合实验区数据中心</p>',
    ]) {
      refused(beforeClose(pingtan, 'div', footer));
    }
    refused(`${fixture('000-yipingyuan-2023.source.txt').trimEnd()}\n版权所有 一平垣乡人民政府\n`);
  });

  it('over furniture, only a whole signature is reached: a body’s name without its date is refused', () => {
    refused(beforeClose(pingtan, 'div', '<p>平潭综合实验区管理委员会</p><p>版权所有</p>'));
    refused(beforeClose(pingtan, 'div', '<p>2025年1月20日</p><p>版权所有</p>'));
  });

  it('a footer in the article’s container without a signature is left out of section 六, as a footer of its own block is', () => {
    const options = { agency: '平潭综合实验区', title: '年度报告' };
    const plain = importReport(pingtan, options);
    const result = importReport(beforeClose(pingtan, 'div', FOOTER_HTML), options);
    assert.ok(plain.ok && result.ok);
    assert.ok(plain.report.sections?.other, 'the page has a section 六');
    assert.deepStrictEqual(result.report, plain.report);
    assert.deepStrictEqual(result.warnings, plain.warnings);
  });

  it('text that is not furniture after the signature still hides it', () => {
    refused(SIGNED[0]!.inContainer('<p>本报告电子版可在本局网站下载。</p>'));
    refused(SIGNED[0]!.inContainer('<p>附件：年度报告.pdf</p><p>版权所有</p>'));
  });
});

/**
 * The small XML reader of the Office importer: namespaces by URI whatever the prefix, entities and
 * character references, CDATA; no DTD, and names from a hostile file never reach Object's prototype.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { XmlError, child, elements, parseXml, textContent } from '../../src/import/office/xml.js';
import { paragraphText } from '../../src/import/office/docx.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

describe('parseXml', () => {
  it('names elements and attributes by their namespace, not the file’s prefix', () => {
    const root = parseXml(`<?xml version="1.0"?><doc:document xmlns:doc="${W}"><doc:body><doc:p doc:rsidR="1"/></doc:body></doc:document>`);
    assert.equal(root.name, 'w:document');
    const paragraph = elements(child(root, 'w:body')!)[0]!;
    assert.equal(paragraph.name, 'w:p');
    assert.equal(paragraph.attrs['w:rsidR'], '1');
    const unknown = parseXml('<a:t xmlns:a="urn:other">x</a:t>');
    assert.equal(unknown.name, 'a:t', 'an unknown namespace keeps its prefix');
  });

  it('expands the predefined entities and character references, keeps CDATA and skips comments', () => {
    const root = parseXml(
      `<w:t xmlns:w="${W}">a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; &#x4E2D;&#25991; <!-- no --><![CDATA[<raw>&amp;]]> &constructor; &nope;</w:t>`,
    );
    assert.equal(textContent(root), `a <b> & "c" 'd' 中文 <raw>&amp; &constructor; &nope;`);
  });

  it('refuses a document type declaration (no entity expansion) and malformed markup', () => {
    assert.throws(() => parseXml('<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'), XmlError);
    assert.throws(() => parseXml('<a><b></a>'), /unexpected <\/a>/);
    assert.throws(() => parseXml('<a>'), /never closed/);
    assert.throws(() => parseXml('just text'), /no root element/);
  });

  it('paragraph text: runs, tabs, breaks; insertions taken, deletions and field codes dropped', () => {
    const paragraph = parseXml(
      `<w:p xmlns:w="${W}"><w:r><w:t>一、</w:t><w:tab/><w:t>总体</w:t></w:r><w:ins><w:r><w:t>情况</w:t></w:r></w:ins><w:del><w:r><w:delText>概况</w:delText></w:r></w:del>` +
        `<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:br/><w:t>第二行</w:t></w:r><w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent><w:r><w:t>（控件）</w:t></w:r></w:sdtContent></w:sdt></w:p>`,
    );
    assert.equal(paragraphText(paragraph), '一、 总体情况\n第二行（控件）');
  });
});

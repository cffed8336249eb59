/**
 * A small XML reader for the parts of Office files: elements, attributes and text, with namespaces
 * resolved to the usual prefixes (`w:` WordprocessingML, `x:` SpreadsheetML, `r:` relationships…),
 * whatever prefixes the producer chose. No DTDs, no external entities: only the five predefined
 * entities and character references are expanded, so a hostile file cannot make it fetch or grow.
 */

export interface XmlElement {
  /** Qualified name with the canonical prefix, e.g. `w:tbl`; unknown namespaces keep the file's prefix. */
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

/** Namespace URIs (transitional and strict OOXML) → the prefix this library reads them by. */
const PREFIXES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main': 'x',
  'http://purl.oclc.org/ooxml/spreadsheetml/main': 'x',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/officeDocument/2006/math': 'm',
};

/** Own keys only: a name such as `constructor` in a hostile file must not reach Object's prototype. */
const has = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return has(ENTITIES, name) ? ENTITIES[name]! : whole;
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

export class XmlError extends Error {}

const TAG = /<(\/?)([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Parses an XML document into its root element. Throws `XmlError` on malformed markup. */
export function parseXml(text: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: { element: XmlElement; scope: Record<string, string>; raw: string }[] = [{ element: root, scope: {}, raw: '' }];
  let index = 0;
  const prefixOf = (uri: string | undefined) => (uri !== undefined && has(PREFIXES, uri) ? PREFIXES[uri] : undefined);
  const resolve = (qualified: string, scope: Record<string, string>, isAttribute: boolean): string => {
    const colon = qualified.indexOf(':');
    if (colon < 0) {
      const prefix = isAttribute ? undefined : prefixOf(scope['']);
      return prefix ? `${prefix}:${qualified}` : qualified;
    }
    const prefix = prefixOf(has(scope, qualified.slice(0, colon)) ? scope[qualified.slice(0, colon)] : undefined);
    return prefix ? `${prefix}:${qualified.slice(colon + 1)}` : qualified;
  };
  while (index < text.length) {
    const open = text.indexOf('<', index);
    const top = stack[stack.length - 1]!;
    if (open < 0) {
      if (text.slice(index).trim()) top.element.children.push(decodeEntities(text.slice(index)));
      break;
    }
    if (open > index) top.element.children.push(decodeEntities(text.slice(index, open)));
    if (text.startsWith('<!--', open)) {
      const end = text.indexOf('-->', open + 4);
      if (end < 0) throw new XmlError('unclosed comment');
      index = end + 3;
    } else if (text.startsWith('<![CDATA[', open)) {
      const end = text.indexOf(']]>', open + 9);
      if (end < 0) throw new XmlError('unclosed CDATA section');
      top.element.children.push(text.slice(open + 9, end));
      index = end + 3;
    } else if (text.startsWith('<?', open)) {
      const end = text.indexOf('?>', open + 2);
      if (end < 0) throw new XmlError('unclosed processing instruction');
      index = end + 2;
    } else if (text.startsWith('<!', open)) {
      // A DOCTYPE has no place in an Office part; refusing it keeps entity expansion out.
      throw new XmlError('a document type declaration is not allowed');
    } else {
      TAG.lastIndex = open;
      const match = TAG.exec(text);
      if (!match) throw new XmlError(`malformed tag at offset ${open}`);
      index = TAG.lastIndex;
      const [, closing, rawName, rawAttrs, selfClosing] = match as unknown as [string, string, string, string, string];
      if (closing) {
        if (stack.length < 2 || top.raw !== rawName) throw new XmlError(`unexpected </${rawName}> at offset ${open}`);
        stack.pop();
        continue;
      }
      const scope = { ...top.scope };
      const pairs: [string, string][] = [];
      for (const attr of rawAttrs.matchAll(ATTR)) {
        const value = decodeEntities(attr[2] ?? attr[3] ?? '');
        if (attr[1] === 'xmlns') scope[''] = value;
        else if (attr[1]!.startsWith('xmlns:')) scope[attr[1]!.slice(6)] = value;
        else pairs.push([attr[1]!, value]);
      }
      const attrs: Record<string, string> = {};
      for (const [name, value] of pairs) attrs[resolve(name, scope, true)] = value;
      const element: XmlElement = { name: resolve(rawName, scope, false), attrs, children: [] };
      top.element.children.push(element);
      if (!selfClosing) stack.push({ element, scope, raw: rawName });
    }
  }
  if (stack.length > 1) throw new XmlError(`<${stack[stack.length - 1]!.raw}> is never closed`);
  const element = root.children.find((child): child is XmlElement => typeof child !== 'string');
  if (!element) throw new XmlError('no root element');
  return element;
}

/** The element children of an element, optionally only those named `name`. */
export function elements(parent: XmlElement, name?: string): XmlElement[] {
  return parent.children.filter((child): child is XmlElement => typeof child !== 'string' && (name === undefined || child.name === name));
}

/** The first element child named `name`. */
export function child(parent: XmlElement | undefined, name: string): XmlElement | undefined {
  return parent?.children.find((node): node is XmlElement => typeof node !== 'string' && node.name === name);
}

/** All the text inside an element. */
export function textContent(node: XmlNode): string {
  return typeof node === 'string' ? node : node.children.map(textContent).join('');
}

// A build-only Vite plugin that minifies the static text of lit's `css` and `html` tagged templates
// in our sources (the JS minifier leaves template text alone). Templates are found with the
// TypeScript parser, and only their static parts change:
//   css:  comments dropped, whitespace collapsed, spaces around { } ; , : > removed (strings kept);
//   html: every whitespace run that contains a line break becomes one space, so inline spacing and
//         therefore rendering stay the same (no <pre> or <textarea> in our templates).
// The tests run the sources unchanged; the drop-in test runs the minified file.
import ts from 'typescript';

/** @param {string} text static CSS between expressions */
export function minifyCss(text) {
  const squeeze = (css) =>
    css
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}');
  // One left-to-right pass over comments and quoted strings, so an apostrophe inside a comment
  // ("the table's width") is not taken for the start of a string: comments become a space, strings
  // stay as written, and the CSS between strings is squeezed.
  let out = '';
  let pending = '';
  for (const [index, part] of text.split(/(\/\*[\s\S]*?\*\/|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/).entries()) {
    if (index % 2 === 0) pending += part;
    else if (part.startsWith('/*')) pending += ' ';
    else {
      out += squeeze(pending) + part;
      pending = '';
    }
  }
  return out + squeeze(pending);
}

/** @param {string} text static HTML between expressions */
export function minifyHtml(text) {
  return text.replace(/[ \t]*\n\s*/g, ' ');
}

/** Rewrites the static parts of every `css`/`html` tagged template in one TypeScript source. */
export function minifyTemplates(code, fileName) {
  if (!/\b(?:css|html)`/.test(code)) return code;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  /** @type {{ start: number, end: number, text: string }[]} */
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === 'css' || node.tag.text === 'html')) {
      const minify = node.tag.text === 'css' ? minifyCss : minifyHtml;
      const template = node.template;
      // Raw text spans between the backticks / `${` / `}` delimiters.
      const spans = ts.isNoSubstitutionTemplateLiteral(template)
        ? [{ node: template, head: 1, tail: 1 }]
        : [
            { node: template.head, head: 1, tail: 2 },
            ...template.templateSpans.map((span) => ({ node: span.literal, head: 1, tail: ts.isTemplateTail(span.literal) ? 1 : 2 })),
          ];
      for (const span of spans) {
        const start = span.node.getStart(source) + span.head;
        const end = span.node.getEnd() - span.tail;
        const raw = code.slice(start, end);
        const text = minify(raw);
        if (text !== raw) edits.push({ start, end, text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** @returns {import('vite').Plugin} */
export function minifyTemplatesPlugin() {
  return {
    name: 'disclosure-minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || id.includes('/node_modules/')) return null;
      const out = minifyTemplates(code, id);
      return out === code ? null : { code: out, map: null };
    },
  };
}

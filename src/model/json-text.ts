/**
 * Why report JSON text does not parse, said so that an editor can fix it: the line, the parser's own
 * words, and a hint for what CMS editors really run into — quotes, colons and commas typed with a
 * Chinese input method (“ ” ： ，), and quotes a rich-text editor escaped as `&quot;`.
 */
import { translated, type Bilingual } from './text.js';

export interface JsonTextError {
  /** 1-based line of the error, when the parser says where it is. */
  line?: number;
  /** The parser's message, as it gave it. */
  detail: string;
  hint?: Bilingual;
}

const HALF_WIDTH: Record<string, string> = {
  '“': '"',
  '”': '"',
  '‘': '"',
  '’': '"',
  '：': ':',
  '，': ',',
  '｛': '{',
  '｝': '}',
  '［': '[',
  '］': ']',
};

/** Parses JSON text; on a syntax error, says where and, where it can, why. */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; error: JsonTextError } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(detail);
    const offset = position ? Number(position[1]) : undefined;
    const line = offset === undefined ? undefined : text.slice(0, offset).split('\n').length;
    const char = offset === undefined ? undefined : text[offset];
    let hint: Bilingual | undefined;
    if (/&(?:quot|#34|#x22);/i.test(text)) {
      hint = translated('引号被转义成了 &quot;（富文本编辑器常这样做），请在源代码模式下粘贴 JSON', (en) => en.load.escapedQuotes);
    } else if (char && HALF_WIDTH[char]) {
      const ascii = HALF_WIDTH[char];
      hint = translated(`这里是全角的「${char}」，JSON 须用半角的「${ascii}」`, (en) => en.load.fullWidth(char, ascii));
    }
    return { ok: false, error: { detail, ...(line === undefined ? {} : { line }), ...(hint ? { hint } : {}) } };
  }
}

/** One sentence naming the source, the line, the parser's words and the hint. */
export function jsonTextMessage(where: string, error: JsonTextError): Bilingual {
  const { line, detail, hint } = error;
  return translated(`${where}：不是有效的 JSON，${line ? `第 ${line} 行：` : ''}${detail}${hint ? `；${hint.zh}` : ''}`, (en) =>
    en.load.notJson(where, line, detail, hint?.en),
  );
}

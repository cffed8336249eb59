/**
 * The parts of an Office file (a zip package), unpacked with fflate: only the parts asked for, and
 * only within a size budget read from the zip's directory before anything is inflated. fflate writes
 * into a buffer of the declared size, so an entry that lies about its size is cut short (and then
 * fails as XML) instead of filling memory: a zip bomb is refused either way.
 */
import { unzipSync } from 'fflate';
import { bi, type Bilingual } from '../../model/text.js';
import { XmlError, parseXml, type XmlElement } from './xml.js';

/** No part of a report's Word or Excel file comes near this (the template's document.xml is 250 KB). */
export const MAX_PART_BYTES = 32 * 1024 * 1024;
/** All the parts read from one file together. */
export const MAX_TOTAL_BYTES = 64 * 1024 * 1024;

/** A file that cannot be read, with a message for the person who gave it. */
export class OfficeError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
  }
}

export interface Package {
  /** The names of every entry. */
  names: readonly string[];
  /** A part's text (UTF-8), or undefined when the package has no such part. */
  text(name: string): string | undefined;
  /** A part parsed as XML, or undefined when the package has no such part. */
  xml(name: string): XmlElement | undefined;
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * Opens a package, inflating the parts `wanted` picks (by name) at once. Throws `OfficeError` for
 * a damaged zip or one whose parts are too large to be a report.
 */
export function openPackage(bytes: Uint8Array, wanted: (name: string) => boolean): Package {
  const names: string[] = [];
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(entry) {
        names.push(entry.name);
        if (!wanted(entry.name)) return false;
        total += entry.originalSize;
        if (entry.originalSize > MAX_PART_BYTES || total > MAX_TOTAL_BYTES) {
          throw new OfficeError(
            bi(
              `文件中的 ${entry.name} 解压后有 ${megabytes(entry.originalSize)}，远超一份年度报告的大小（可能是“压缩炸弹”），已拒绝读取`,
              `${entry.name} in the file unpacks to ${megabytes(entry.originalSize)}, far more than any annual report (perhaps a zip bomb); refused`,
            ),
          );
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof OfficeError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new OfficeError(
      bi(
        `文件已损坏，无法解压（${detail}）；请在 Word、Excel 或 WPS 中重新保存后再试`,
        `the file is damaged and cannot be unpacked (${detail}); save it again in Word, Excel or WPS and try again`,
      ),
    );
  }
  const decoder = new TextDecoder('utf-8');
  const text = (name: string) => {
    const part = files[name];
    return part ? decoder.decode(part) : undefined;
  };
  return {
    names,
    text,
    xml(name) {
      const source = text(name);
      if (source === undefined) return undefined;
      try {
        return parseXml(source);
      } catch (error) {
        const detail = error instanceof XmlError ? error.message : String(error);
        throw new OfficeError(
          bi(
            `文件中的 ${name} 已损坏（${detail}）；请重新保存后再试`,
            `${name} in the file is damaged (${detail}); save the file again and try again`,
          ),
        );
      }
    },
  };
}

/** The relationship targets of a `.rels` part, by id, resolved against the folder of the part they belong to. */
export function relationships(pkg: Package, relsName: string): Map<string, { target: string; type: string }> {
  const result = new Map<string, { target: string; type: string }>();
  const rels = pkg.xml(relsName);
  if (!rels) return result;
  // `word/_rels/document.xml.rels` belongs to `word/document.xml`: targets are relative to `word/`.
  const base = relsName.replace(/_rels\/[^/]*$/, '');
  for (const rel of rels.children) {
    if (typeof rel === 'string' || !rel.name.endsWith('Relationship')) continue;
    const target = rel.attrs.Target ?? '';
    if (rel.attrs.TargetMode === 'External') continue;
    result.set(rel.attrs.Id ?? '', { target: resolvePath(base, target), type: rel.attrs.Type ?? '' });
  }
  return result;
}

function resolvePath(base: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

/** The package's main part (`word/document.xml`, `xl/workbook.xml`), as its root relationships name it. */
export function mainPart(pkg: Package, fallback: string): string {
  for (const { target, type } of relationships(pkg, '_rels/.rels').values()) {
    if (type.endsWith('/officeDocument')) return target;
  }
  return fallback;
}

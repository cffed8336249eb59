// Shared helpers of the browser tests.
export async function fixture<T = unknown>(name: string): Promise<T> {
  const response = await fetch(`/test/fixtures/${name}.json`);
  if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export const FIXTURE_NAMES = ['000-yipingyuan-2023', '001-huaian-city-2024', '005-hongze-district-2024', '012-pingtan-zone-2024', '014-shuyang-fgj-2023'];

/** The text a screen reader gets from a header cell (its label, without the English/official extra line). */
export const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Resolves a cell's `headers` ids to their header texts, within the cell's own shadow root. */
export function headerPath(cell: Element): string[] {
  const root = cell.getRootNode() as ShadowRoot;
  return (cell.getAttribute('headers') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => {
      const header = root.getElementById(id);
      if (!header) throw new Error(`headers id ${id} does not exist`);
      return text(header);
    });
}

/** Every data cell of a shadow root by contract path. */
export function cellsByPath(root: ShadowRoot): Map<string, HTMLTableCellElement> {
  return new Map([...root.querySelectorAll<HTMLTableCellElement>('td[data-path]')].map((cell) => [cell.dataset.path!, cell]));
}

export const parts = (element: Element) => (element.getAttribute('part') ?? '').split(/\s+/);

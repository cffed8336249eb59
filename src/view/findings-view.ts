/**
 * The findings as a reader scans them: errors first, then warnings, then notes; findings of one rule
 * and table that come more than once folded into one line with a count ("22 行未填报，按 0 计算"),
 * expandable to their items. Plain values, for the table lists and the report's summary alike; each
 * item keeps its index in the findings, which its list item's id (and the cells' descriptions) use.
 */
import type { Finding, RuleId, Severity } from '../check/findings.js';
import type { TableId } from '../model/tables.js';
import type { Bilingual } from '../model/text.js';
import { UI } from '../model/ui-text.js';

export interface FindingItem {
  finding: Finding;
  /** Its index among the findings. */
  index: number;
}

export interface FindingGroup {
  severity: Severity;
  rule: RuleId;
  table: Finding['table'];
  /** The line that stands for the group ("22 行未填报，按 0 计算"); undefined for a finding shown alone. */
  title: Bilingual | undefined;
  items: readonly FindingItem[];
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** The findings of a list, grouped: by severity (errors first), then in their own order, one group per rule and table. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups: FindingGroup[] = [];
  for (const severity of SEVERITIES) {
    const byRule = new Map<string, FindingItem[]>();
    findings.forEach((finding, index) => {
      if (finding.severity !== severity) return;
      const key = `${finding.table}:${finding.rule}`;
      const list = byRule.get(key);
      if (list) list.push({ finding, index });
      else byRule.set(key, [{ finding, index }]);
    });
    for (const items of byRule.values()) {
      const { rule, table } = items[0]!.finding;
      groups.push({
        severity,
        rule,
        table,
        title: items.length > 1 ? UI.findingGroup(rule, table as TableId, items.length) : undefined,
        items,
      });
    }
  }
  return groups;
}

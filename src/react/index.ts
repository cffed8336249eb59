/**
 * `disclosure-tables/react`: React components for the four elements, made with `@lit/react`.
 * Importing this module defines the elements. Properties (`report`, `checks`, `headingLevel`…) are
 * set as properties, and the events are props: `onDisclosureCheck`, `onDisclosureError`, `onDisclosureEdit`.
 *
 * ```tsx
 * import { DisclosureApplicationTable } from 'disclosure-tables/react';
 * <DisclosureApplicationTable report={report} onDisclosureCheck={(event) => setFindings(event.detail.findings)} />
 * ```
 *
 * `react` is an optional peer dependency: only this entry needs it.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { DisclosureApplicationTable as ApplicationTableElement } from '../application-table/define.js';
import { DisclosureActiveTable as ActiveTableElement } from '../active-table/define.js';
import { DisclosureReviewTable as ReviewTableElement } from '../review-table/define.js';
import { DisclosureReport as ReportElement } from '../report/define.js';
import type { DisclosureCheckEvent, DisclosureEditEvent, DisclosureErrorEvent } from '../internal/events.js';

export type {
  DisclosureCheckDetail,
  DisclosureCheckEvent,
  DisclosureErrorDetail,
  DisclosureErrorEvent,
  DisclosureEditDetail,
  DisclosureEditEvent,
  EditChange,
  EditSource,
  ReportProblem,
} from '../internal/events.js';
export type { Finding } from '../check/findings.js';

/** The events every element fires, as React props. */
const events = {
  onDisclosureCheck: 'disclosure-check' as EventName<DisclosureCheckEvent>,
  onDisclosureError: 'disclosure-error' as EventName<DisclosureErrorEvent>,
  /** Editing mode: after each committed edit, paste, fill, undo or redo. */
  onDisclosureEdit: 'disclosure-edit' as EventName<DisclosureEditEvent>,
};

/** `<disclosure-application-table>`: 表三 收到和处理政府信息公开申请情况. */
export const DisclosureApplicationTable = createComponent({
  react: React,
  tagName: 'disclosure-application-table',
  elementClass: ApplicationTableElement,
  events,
  displayName: 'DisclosureApplicationTable',
});

/** `<disclosure-active-table>`: 表二 主动公开政府信息情况. */
export const DisclosureActiveTable = createComponent({
  react: React,
  tagName: 'disclosure-active-table',
  elementClass: ActiveTableElement,
  events,
  displayName: 'DisclosureActiveTable',
});

/** `<disclosure-review-table>`: 表四 政府信息公开行政复议、行政诉讼情况. */
export const DisclosureReviewTable = createComponent({
  react: React,
  tagName: 'disclosure-review-table',
  elementClass: ReviewTableElement,
  events,
  displayName: 'DisclosureReviewTable',
});

/** `<disclosure-report>`: the whole annual report. */
export const DisclosureReport = createComponent({
  react: React,
  tagName: 'disclosure-report',
  elementClass: ReportElement,
  events,
  displayName: 'DisclosureReport',
});

// What the reviewer last asked of a report, shown first to its clerk (issue 13): the return's reason and
// the count of review comments still open.
export type ReturnNotice = { reason: string; by: string; at: string };
export type ReportNotice = { returned: ReturnNotice | null; openComments: number };

/** Step 4, what the text reports: a meeting, a video call, a multilateral meeting, an arrival or an announced visit, and the sentences that report it. */
export { classifyReport, type Report, type ReportSentence, type ShapeKind } from './classify-report.ts';

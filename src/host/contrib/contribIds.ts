/** Commands and views of the contributor tools; their titles live in package.json. */
export const enum ContribCommandId {
  NewQuestion = 'examKiosk.newQuestion',
  SearchQuestions = 'examKiosk.searchQuestions',
  ListStaleQuestions = 'examKiosk.listStaleQuestions',
  CopyCoverageTable = 'examKiosk.copyCoverageTable',
}

/**
 * Opens a question in the kiosk preview, taking the question file's `vscode.Uri`. Registered by the preview
 * feature; search offers a preview button only while it is registered.
 */
export const PREVIEW_QUESTION_COMMAND = 'examKiosk.previewQuestion';

export const COVERAGE_VIEW_ID = 'examKiosk.coverage';

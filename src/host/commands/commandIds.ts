/**
 * Every command Exam Kiosk contributes, in one list; the titles, menus and keybindings live in package.json,
 * and a unit test checks the two agree.
 */
export const CommandId = {
  ValidateBanks: 'examKiosk.validateBanks',
  RefreshBanks: 'examKiosk.refreshBanks',
  StartExam: 'examKiosk.startExam',
  ResumeExam: 'examKiosk.resumeExam',
  RetakeExam: 'examKiosk.retakeExam',
  PreviewQuestion: 'examKiosk.previewQuestion',
  ExportErrata: 'examKiosk.exportErrata',
  RefreshFeedback: 'examKiosk.refreshFeedback',
  PractiseWeakAreas: 'examKiosk.practiseWeakAreas',
  StartMockExam: 'examKiosk.startMockExam',
  QuickQuiz: 'examKiosk.quickQuiz',
  PractiseInSidebar: 'examKiosk.practiseInSidebar',
  ShowCharts: 'examKiosk.showProgressCharts',
  RetakeIncorrect: 'examKiosk.retakeIncorrect',
  RetakeFlagged: 'examKiosk.retakeFlagged',
  DeleteExam: 'examKiosk.deleteExam',
  RefreshHistory: 'examKiosk.refreshHistory',
  ExportProgress: 'examKiosk.exportProgress',
  ImportProgress: 'examKiosk.importProgress',
  ResetProgress: 'examKiosk.resetProgress',
  ImportBank: 'examKiosk.importBank',
  RemoveImportedBank: 'examKiosk.removeImportedBank',
  NewQuestion: 'examKiosk.newQuestion',
  SearchQuestions: 'examKiosk.searchQuestions',
  ListStaleQuestions: 'examKiosk.listStaleQuestions',
  CopyCoverageTable: 'examKiosk.copyCoverageTable',
  SetExamDate: 'examKiosk.setExamDate',
  ChooseCertification: 'examKiosk.chooseCertification',
  StartDiagnostic: 'examKiosk.startDiagnostic',
  OpenWalkthrough: 'examKiosk.openWalkthrough',
} as const;

export type CommandIdValue = (typeof CommandId)[keyof typeof CommandId];

/** The views Exam Kiosk contributes. */
export const ViewId = {
  Certifications: 'examKiosk.certifications',
  Practice: 'examKiosk.practice',
  History: 'examKiosk.history',
  Feedback: 'examKiosk.feedback',
  Coverage: 'examKiosk.coverage',
} as const;

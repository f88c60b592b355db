/** The commands of weak areas, the sidebar, the quick quiz and progress files; titles live in package.json. */
export const enum ProgressCommand {
  PractiseWeakAreas = 'examKiosk.practiseWeakAreas',
  StartMockExam = 'examKiosk.startMockExam',
  QuickQuiz = 'examKiosk.quickQuiz',
  PractiseInSidebar = 'examKiosk.practiseInSidebar',
  ShowCharts = 'examKiosk.showProgressCharts',
  RetakeIncorrect = 'examKiosk.retakeIncorrect',
  RetakeFlagged = 'examKiosk.retakeFlagged',
  DeleteExam = 'examKiosk.deleteExam',
  RefreshHistory = 'examKiosk.refreshHistory',
  ExportProgress = 'examKiosk.exportProgress',
  ImportProgress = 'examKiosk.importProgress',
  ResetProgress = 'examKiosk.resetProgress',
}

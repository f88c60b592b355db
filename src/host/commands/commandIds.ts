/** Every command the extension contributes; the titles live in package.json. */
export const enum CommandId {
  ValidateBanks = 'examKiosk.validateBanks',
  RefreshBanks = 'examKiosk.refreshBanks',
  StartExam = 'examKiosk.startExam',
  ResumeExam = 'examKiosk.resumeExam',
  RetakeExam = 'examKiosk.retakeExam',
  PreviewQuestion = 'examKiosk.previewQuestion',
  ExportErrata = 'examKiosk.exportErrata',
  ImportBank = 'examKiosk.importBank',
  RemoveImportedBank = 'examKiosk.removeImportedBank',
  RefreshFeedback = 'examKiosk.refreshFeedback',
}

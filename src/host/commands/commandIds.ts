/** Every command the extension contributes; the titles live in package.json. */
export const enum CommandId {
  ValidateBanks = 'examKiosk.validateBanks',
  RefreshBanks = 'examKiosk.refreshBanks',
}

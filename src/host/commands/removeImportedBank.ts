/** "Remove Imported Bank…": asks which, then asks first. */
import { removeImportedBankCommand } from '../import/removeImportedBankCommand';
import type { CommandRun } from './services';

export const removeImportedBank: CommandRun = ({ repository }) => removeImportedBankCommand(repository);

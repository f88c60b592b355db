/** "Practise in the Sidebar": the Practice view, switched to the certification the argument names. */
import { bankIdArg } from './commandArgs';
import type { CommandRun } from './services';

export const practiseInSidebar: CommandRun = ({ practice }, arg) => practice.show(bankIdArg(arg));

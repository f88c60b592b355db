/** "Show Progress Charts": for the certification the argument names, or the last one used. */
import { bankIdArg } from './commandArgs';
import { ChartsPanel } from '../progress/chartsPanel';
import type { CommandRun } from './services';

export const showProgressCharts: CommandRun = ({ extensionUri, repository, progress }, arg) => {
  ChartsPanel.show(extensionUri, repository, progress, bankIdArg(arg));
};

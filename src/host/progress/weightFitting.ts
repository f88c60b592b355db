/**
 * Fits the learner's own FSRS weights in the background (see `core/progress/fsrsFit.ts`): a minute after
 * progress first opens in a window, when no fit was made in the last week. The fit needs 400 long-term reviews
 * and the optimizer's native module (shipped in the .vsix for Linux x64, where remote and browser hosts run); without
 * either the defaults stay, and the reason goes to the progress log. Reviews are rescheduled with the new
 * weights and the views redraw.
 */
import * as path from 'node:path';
import { fitDue, loadFsrsOptimizer, readFittedWeights, SHIPPED_BINDING_DIR } from '../../core/progress/fsrsFit';
import { Disposable } from '../disposable';
import { log } from '../log';
import type { ProgressService } from './progressService';

const DELAY_MS = 60_000;

export class WeightFitting extends Disposable {
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly progress: ProgressService, private readonly extensionPath: string) {
    super();
    this.register(progress.onDidOpen(() => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.fit(), DELAY_MS);
    }));
    this.register({ dispose: () => clearTimeout(this.timer) });
  }

  /** Fits now when a fit is due; says what happened (for the log and tests). */
  async fit(now = Date.now()): Promise<string> {
    const store = await this.progress.open();
    if (!store) return 'progress is off';
    if (!fitDue(await readFittedWeights(store.weightsFile), now)) return 'fitted less than a week ago';
    const loaded = loadFsrsOptimizer([path.join(this.extensionPath, SHIPPED_BINDING_DIR)]);
    if ('unavailable' in loaded) return this.note(`FSRS weights not fitted: ${loaded.unavailable}`);
    const { value, issues } = await store.fitOwnWeights(loaded.optimizer);
    for (const issue of issues) log().warn(`FSRS weights: ${issue.message}`);
    if (value === undefined) return this.note('FSRS weights not fitted: the answer log could not be read');
    switch (value.kind) {
      case 'not-enough':
        return this.note(`FSRS weights not fitted yet: ${value.reviews} of ${value.needed} long-term reviews`);
      case 'failed':
        return this.note(`FSRS weights not fitted: ${value.reason}`);
      case 'fitted':
        this.progress.invalidate();
        return this.note(`FSRS weights fitted to ${value.fitted.reviews} long-term reviews; reviews are scheduled with them`);
    }
  }

  private note(message: string): string {
    log().info(message);
    return message;
  }
}

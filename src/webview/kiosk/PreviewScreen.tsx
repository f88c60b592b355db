/** The contributors' preview: the question exactly as a candidate sees it, problems above it, and Reset. */
import type { KioskSettings, PreviewSnapshot } from '../../protocol/kiosk';
import { QuestionView, type QuestionActions } from '../question/QuestionView';

interface Props {
  readonly snapshot: PreviewSnapshot;
  readonly settings: KioskSettings;
  readonly actions: QuestionActions;
  readonly reset: () => void;
}

export function PreviewScreen({ snapshot: s, settings, actions, reset }: Props) {
  return (
    <>
      {s.problems.length > 0 && (
        <div class="banner warning" role="note" id="preview-problems">
          <strong>Check before publishing: </strong>
          <ul>{s.problems.map((p) => <li key={p}>{p}</li>)}</ul>
        </div>
      )}
      <QuestionView q={s.question} actions={actions} heading={`Question ${s.question.number}`} singleKeyShortcuts={settings.singleKeyShortcuts} />
      <p class="preview-footer">
        <span class="note">Preview: answers here are not recorded.</span>
        <button type="button" id="preview-reset" onClick={reset}>Reset</button>
      </p>
    </>
  );
}

/** The question screen of an exam: the question, and the comment box under it. Drawn anew for each question. */
import type { ExamSnapshot, KioskSettings } from '../../protocol/kiosk';
import { QuestionView, type QuestionActions } from '../question/QuestionView';
import { CommentBox, type CommentHandle } from './CommentBox';

interface Props {
  readonly snapshot: ExamSnapshot;
  readonly ack: number;
  readonly settings: KioskSettings;
  readonly commentOpen: boolean;
  readonly commentHandle: { current: CommentHandle | undefined };
  readonly actions: QuestionActions;
  readonly saveComment: (text: string, index: number) => number;
}

export function ExamScreen({ snapshot, ack, settings, commentOpen, commentHandle, actions, saveComment }: Props) {
  // Another window saves this exam: show it as it is saved there, without inviting answers that won't be kept.
  const elsewhere = snapshot.ownership === 'elsewhere';
  const q = elsewhere ? { ...snapshot.question, locked: true } : snapshot.question;
  return (
    <>
      <QuestionView q={q} actions={actions} heading={`Question ${q.number}`} singleKeyShortcuts={settings.singleKeyShortcuts} />
      <CommentBox saved={q.comment} ack={ack} readOnly={q.submitted || elsewhere} open={commentOpen} handle={commentHandle}
        save={(text) => saveComment(text, q.index)} />
    </>
  );
}

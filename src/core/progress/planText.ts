/**
 * The study plan in words: the short text the sidebar row and the status bar show, and a sentence with the
 * details for tooltips and screen readers. Kept apart from the views so that every view says the same thing.
 */
import { isoDay } from './examDates';
import type { StudyPlan } from './studyPlan';
import { passText } from './viewText';

const WEEKDAYS = ['Thu', 'Fri', 'Sat', 'Sun', 'Mon', 'Tue', 'Wed'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A few words for the status bar and the sidebar:
 * - ahead: `12 days to CLF-C02 · 18 reviews, 10 new today` (`· full mock today` on a mock day, `done for today`
 *   once the day's work is done);
 * - on the day: `CLF-C02 exam today · good luck`;
 * - after it: `CLF-C02 exam date passed · 18 reviews, 20 new today`;
 * - without a date: `CLF-C02 · 18 reviews, 20 new today · no exam date`.
 */
export function planText(plan: StudyPlan): string {
  switch (plan.phase) {
    case 'ahead': {
      const days = plan.daysLeft ?? 0;
      const work = plan.reviews === 0 && plan.newToday === 0 && plan.mockToday ? [] : [workText(plan)];
      if (plan.mockToday) work.push('full mock today');
      return `${days} day${days === 1 ? '' : 's'} to ${plan.exam} · ${work.join(' · ')}`;
    }
    case 'exam-day':
      return `${plan.exam} exam today · good luck`;
    case 'past':
      return `${plan.exam} exam date passed · ${workText(plan)}`;
    case 'no-date':
      return `${plan.exam} · ${workText(plan)} · no exam date`;
  }
}

/** "18 reviews, 10 new today", "1 review today", "10 new today", or "done for today". */
export function workText(plan: Pick<StudyPlan, 'reviews' | 'newToday'>): string {
  const parts: string[] = [];
  if (plan.reviews > 0) parts.push(`${plan.reviews} review${plan.reviews === 1 ? '' : 's'}`);
  if (plan.newToday > 0) parts.push(`${plan.newToday} new`);
  return parts.length === 0 ? 'done for today' : `${parts.join(', ')} today`;
}

/** The plan in sentences, for a tooltip. */
export function planSentence(plan: StudyPlan): string {
  const sentences: string[] = [];
  const year = plan.today.slice(0, 4);
  const day = (iso: string): string => (iso === plan.today ? 'today' : dayText(iso, year));
  const when = plan.examDate === undefined ? '' : ` (${dayText(plan.examDate, year)})`;
  switch (plan.phase) {
    case 'ahead':
      sentences.push(`${plan.daysLeft} day${plan.daysLeft === 1 ? '' : 's'} to ${plan.exam}${when}.`);
      break;
    case 'exam-day':
      sentences.push(`${plan.exam} exam today. Nothing new today: rest, and glance at a few reviews if you like.`);
      break;
    case 'past':
      sentences.push(`The ${plan.exam} exam date${when} has passed. Set your next date to plan towards it.`);
      break;
    case 'no-date':
      sentences.push(`No exam date set for ${plan.exam}. Set one to plan towards it.`);
      break;
  }
  if (plan.phase !== 'exam-day') {
    const today = plan.reviews === 0 && plan.newToday === 0 ? 'Done for today.' : `Today: ${todayList(plan)}.`;
    sentences.push(today);
    if (plan.unpractisedTasks.length > 0) sentences.push(`Task statements not practised yet: ${plan.unpractisedTasks.join(', ')}.`);
    if (plan.unseen === 0) sentences.push(`You have met all ${plan.questionCount} questions.`);
    else if (plan.phase === 'ahead' && !plan.bankFits) {
      sentences.push(`${plan.unseen} questions are still new: more than ${plan.newPerDay} a day would be needed to meet them all before the exam; the plan keeps to ${plan.newPerDay}.`);
    } else if (plan.bankSeenBy !== undefined) {
      sentences.push(`At ${plan.newPerDay} new a day you will have met all ${plan.questionCount} questions by ${day(plan.bankSeenBy)}.`);
    }
    if (plan.mocks.length > 0) {
      const shown = plan.mocks.slice(0, 3).map(day).join(', ');
      const more = plan.mocks.length > 3 ? `, and ${plan.mocks.length - 3} more to the last on ${day(plan.mocks[plan.mocks.length - 1])}` : '';
      sentences.push(`Full mock exam${plan.mocks.length === 1 ? '' : 's'}: ${shown}${more}.`);
    }
  }
  const projection = plan.projection;
  const head = plan.phase === 'ahead' ? 'On the exam day, if you keep to the plan' : 'Readiness today';
  sentences.push(projection.enoughData
    ? `${head}: ${passText(projection)} (predicted scaled score ${projection.predictedScaled}, passing ${projection.passingScore}).`
    : `${head}: not enough answers yet for a prediction.`);
  return sentences.join(' ');
}

/** `Wed 16 Dec 2026` for a `YYYY-MM-DD` day; without the year when it is `currentYear`. */
export function dayText(iso: string, currentYear?: string): string {
  const day = isoDay(iso);
  if (day === undefined) return iso;
  const date = new Date(day * 86_400_000);
  const year = iso.slice(0, 4) === currentYear ? '' : ` ${date.getUTCFullYear()}`;
  return `${WEEKDAYS[((day % 7) + 7) % 7]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}${year}`;
}

function todayList(plan: StudyPlan): string {
  const parts: string[] = [];
  if (plan.reviews > 0) {
    const final = plan.finalReviews > 0 ? ` (${plan.finalReviews} brought forward so they are fresh on the day)` : '';
    parts.push(`${plan.reviews} review${plan.reviews === 1 ? '' : 's'}${final}`);
  }
  if (plan.newToday > 0) parts.push(`${plan.newToday} new question${plan.newToday === 1 ? '' : 's'}`);
  if (plan.mockToday) parts.push('a full mock exam');
  return parts.join(', ');
}

/**
 * The words that tell exams apart: what kind an exam is ("mock", "practice"…) and its tab title ("CLF-C02 mock
 * · 1:23 left", "CLF-C02 practice", "CLF-C02 mock · 812 PASS").
 */
import { isPractice } from './examConfig';
import type { ExamState } from './examState';

export type ExamKindLabel = 'mock' | 'exam' | 'practice' | 'retake' | 'diagnostic';

export function examKindLabel(state: ExamState): ExamKindLabel {
  if (isPractice(state.config)) return 'practice';
  if (state.config.kind === 'full') return 'mock';
  if (state.config.kind === 'custom' && state.config.purpose === 'diagnostic') return 'diagnostic';
  return state.config.kind === 'list' ? 'retake' : 'exam';
}

/** "1:23" for 1 hour 23 minutes (rounded up, so "0:00" only when time is really up). */
export function hoursMinutes(ms: number): string {
  const minutes = Math.max(0, Math.ceil(ms / 60_000));
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** "CLF-C02 mock" */
export function examLabel(state: ExamState): string {
  return `${state.bank.exam} ${examKindLabel(state)}`;
}

/** The kiosk tab's title at `now`. */
export function examTabTitle(state: ExamState, now: number): string {
  const label = examLabel(state);
  if (state.status === 'submitted') {
    const result = state.result;
    return result ? `${label} · ${result.scaledScore} ${result.passed ? 'PASS' : 'FAIL'}` : `${label} · score report`;
  }
  if (state.deadline === null) return label;
  return `${label} · ${hoursMinutes(state.deadline - now)} left`;
}

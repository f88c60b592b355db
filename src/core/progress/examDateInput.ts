/**
 * Reading the exam day a learner types: `2027-01-15`, `15 Jan`, `Jan 15 2027`, `15 January 2027`,
 * `tomorrow`, `in 6 weeks`. A day without a year is the next one on or after today. The day must be today or
 * later and within three years (nobody books an AWS exam further out; a typo like 2207 is caught).
 */
import { isoDate, isoDay } from './examDates';
import { dayText } from './planText';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MAX_DAYS_AHEAD = 3 * 366;

export type ParsedExamDate = { readonly date: string } | { readonly error: string };

/** The `YYYY-MM-DD` day `text` names, seen from `today` (`YYYY-MM-DD`), or why it names none. */
export function parseExamDate(text: string, today: string): ParsedExamDate {
  const todayDay = isoDay(today);
  if (todayDay === undefined) return { error: 'Today is not a date.' };
  const day = readDay(text.trim().toLowerCase().replace(/,/g, ' ').replace(/\s+/g, ' '), todayDay);
  if (day === undefined) return { error: 'Not a date. Try 2027-01-15, 15 Jan, or in 6 weeks.' };
  if (day < todayDay) return { error: `${dayText(isoDate(day))} has passed. The exam day is today or later.` };
  if (day - todayDay > MAX_DAYS_AHEAD) return { error: `${dayText(isoDate(day))} is more than three years away.` };
  return { date: isoDate(day) };
}

/** `Fri 15 Jan 2027 · in 42 days`, `… · today`, `… · tomorrow`. */
export function examDateSummary(date: string, today: string): string {
  const days = (isoDay(date) ?? 0) - (isoDay(today) ?? 0);
  const when = days === 0 ? 'today' : days === 1 ? 'tomorrow' : days > 1 ? `in ${days} days` : `${-days} day${days === -1 ? '' : 's'} ago`;
  return `${dayText(date)} · ${when}`;
}

function readDay(text: string, today: number): number | undefined {
  if (text === 'today') return today;
  if (text === 'tomorrow') return today + 1;
  const relative = /^(?:in )?(\d{1,3}) ?(day|days|d|week|weeks|w|month|months|m)$/.exec(text);
  if (relative) {
    const n = Number(relative[1]);
    const unit = relative[2][0];
    if (unit === 'd') return today + n;
    if (unit === 'w') return today + 7 * n;
    return addMonths(today, n);
  }
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (iso) return calendarDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = /^(\d{1,2}) ([a-z]+)\.?(?: (\d{4}))?$/.exec(text);
  if (dayFirst) return namedDay(Number(dayFirst[1]), dayFirst[2], dayFirst[3], today);
  const monthFirst = /^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?(?: (\d{4}))?$/.exec(text);
  if (monthFirst) return namedDay(Number(monthFirst[2]), monthFirst[1], monthFirst[3], today);
  return undefined;
}

function namedDay(day: number, monthName: string, year: string | undefined, today: number): number | undefined {
  const month = MONTHS.findIndex((m) => monthName.length >= 3 && m === monthName.slice(0, 3)) + 1;
  if (month === 0) return undefined;
  if (year !== undefined) return calendarDay(Number(year), month, day);
  const thisYear = new Date(today * 86_400_000).getUTCFullYear();
  // Four years ahead at most: 29 February comes round once in four.
  for (let year = thisYear; year <= thisYear + 4; year++) {
    const candidate = calendarDay(year, month, day);
    if (candidate !== undefined && candidate >= today) return candidate;
  }
  return undefined;
}

/** The day number of a real calendar day, or undefined (31 Feb is not one). */
function calendarDay(year: number, month: number, day: number): number | undefined {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const n = isoDay(text);
  return n !== undefined && isoDate(n) === text ? n : undefined;
}

/** The same day of the month `n` months later, or the month's last day when it is shorter. */
function addMonths(today: number, n: number): number {
  const date = new Date(today * 86_400_000);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + n, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return Math.round(target.getTime() / 86_400_000);
}

/**
 * Billing periods are calendar months in the seller's time zone (Europe/Paris): a change made at
 * 00:30 in Paris on the 1st belongs to the new month even though it is still the 31st in UTC.
 * Dates are ISO strings ("2026-06-16"); instants are Dates. Pure: the clock is passed in.
 */
export const BILLING_TIME_ZONE = 'Europe/Paris';

export interface CalendarDate {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
}

export interface BillingPeriod {
  /** The day the price is computed for ("today" in the billing time zone). */
  today: string;
  /** First day of the current period (the 1st of the month). */
  start: string;
  /** First day of the next period, when scheduled changes take effect and full prices resume. */
  nextStart: string;
  daysInPeriod: number;
  /** Days left including today: the 16th of a 30-day month leaves 15. */
  daysLeftIncludingToday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function wallClock(instant: Date, timeZone: string) {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

export function calendarDateOf(instant: Date, timeZone = BILLING_TIME_ZONE): CalendarDate {
  const { year, month, day } = wallClock(instant, timeZone);
  return { year, month, day };
}

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

export const formatDate = ({ year, month, day }: CalendarDate): string =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

export function parseDate(text: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new Error(`not an ISO date: ${text}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** The instant a calendar day starts in the time zone (midnight local time, DST-aware). */
export function startOfDay(date: CalendarDate, timeZone = BILLING_TIME_ZONE): Date {
  const asUtc = Date.UTC(date.year, date.month - 1, date.day);
  // Offset of the zone at a given instant, in ms (Paris: +1 h in winter, +2 h in summer).
  const offsetAt = (instant: number) => {
    const w = wallClock(new Date(instant), timeZone);
    return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - instant;
  };
  let guess = asUtc - offsetAt(asUtc);
  guess = asUtc - offsetAt(guess);
  return new Date(guess);
}

export function billingPeriodAt(instant: Date, timeZone = BILLING_TIME_ZONE): BillingPeriod {
  const today = calendarDateOf(instant, timeZone);
  const days = daysInMonth(today.year, today.month);
  const next = today.month === 12 ? { year: today.year + 1, month: 1, day: 1 } : { year: today.year, month: today.month + 1, day: 1 };
  return {
    today: formatDate(today),
    start: formatDate({ ...today, day: 1 }),
    nextStart: formatDate(next),
    daysInPeriod: days,
    daysLeftIncludingToday: days - today.day + 1,
  };
}

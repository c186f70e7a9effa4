/** Text with its first letter a capital: a lowercase reason made the start of a sentence. */
export function capitalised(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** A date and time in the reader's own way of writing them; null for none or an invalid one. */
export function dateTimeText(iso: string | null): string | null {
  if (iso === null) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? null
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A calendar date (YYYY-MM-DD) in the reader's own way of writing it; other text as it is. */
export function dateText(day: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T00:00:00Z`) : null;
  return date && !Number.isNaN(date.getTime())
    ? date.toLocaleDateString(undefined, { dateStyle: 'long', timeZone: 'UTC' })
    : day;
}

/** A list of names in words: "A", "A and B", "A, B and C" (the model's rule, for the screens). */
export { listed } from '../model/scenario-words';

/** Utility points for people: one decimal place, without a trailing ".0" ("60.3", "59"). */
export function pointsText(x: number): string {
  return String(Math.round(x * 10) / 10);
}

/** Locale helpers shared by pages: formatting through Intl, and localized links. */
import { getLocale, localizeHref, locales } from '$lib/paraglide/runtime';

export { localizeHref, locales, getLocale };

export const LOCALE_NAMES: Record<string, string> = { en: 'English', es: 'Español', fr: 'Français', pt: 'Português' };

/** A number in the reader's language (1,234 / 1.234 / 1 234). */
export function formatNumber(value: number, locale = getLocale()): string {
	return new Intl.NumberFormat(locale).format(value);
}

/** A date (and optionally time) in the reader's language. */
export function formatDate(value: Date | string | null | undefined, withTime = false, locale = getLocale()): string {
	if (!value) return '';
	const date = typeof value === 'string' ? new Date(value) : value;
	return new Intl.DateTimeFormat(locale, withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' }).format(date);
}

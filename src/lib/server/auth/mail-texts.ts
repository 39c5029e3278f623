/**
 * The account mails, written in the recipient's language. Paraglide's messages are
 * imported on first use: the `atlas` command loads this area before the web build
 * (which generates src/lib/paraglide) has ever run.
 */
const LOCALES = ['en', 'es', 'fr', 'pt'] as const;
type Locale = (typeof LOCALES)[number];

export interface MailText {
	subject: string;
	text: string;
}

/** A supported locale, English otherwise. */
export function mailLocale(locale: string | null | undefined): Locale {
	return (LOCALES as readonly string[]).includes(locale ?? '') ? (locale as Locale) : 'en';
}

/** The path prefix of a locale in links: '' for English, 'es/' for Spanish… */
export function localePrefix(locale: string): string {
	const chosen = mailLocale(locale);
	return chosen === 'en' ? '' : `${chosen}/`;
}

async function messages() {
	return (await import('../../paraglide/messages.js')).m;
}

/** "Confirm your address" with the link valid 48 hours. */
export async function confirmationMail(locale: string, values: { name: string; link: string }): Promise<MailText> {
	const m = await messages();
	const options = { locale: mailLocale(locale) };
	return { subject: m.auth_mail_confirm_subject({}, options), text: m.auth_mail_confirm_body(values, options) };
}

/** Sent to the owner of an address someone tried to sign up with again. */
export async function signUpAttemptMail(locale: string, values: { name: string; link: string }): Promise<MailText> {
	const m = await messages();
	const options = { locale: mailLocale(locale) };
	return { subject: m.auth_mail_signup_attempt_subject({}, options), text: m.auth_mail_signup_attempt_body(values, options) };
}

/** "Choose a new password" with the link valid one hour. */
export async function passwordResetMail(locale: string, values: { name: string; link: string }): Promise<MailText> {
	const m = await messages();
	const options = { locale: mailLocale(locale) };
	return { subject: m.auth_mail_reset_subject({}, options), text: m.auth_mail_reset_body(values, options) };
}

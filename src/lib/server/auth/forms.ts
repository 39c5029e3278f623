/**
 * Form handling shared by the account and admin pages: zod fields with messages in the
 * reader's language, reading FormData, and turning service errors into field errors.
 * Only routes import this file (it needs the generated Paraglide messages).
 */
import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '../../paraglide/messages.js';
import { AppError } from '../errors';
import { AuthError } from './errors';
import { passwordProblem } from './password';

export const LOCALES = ['en', 'es', 'fr', 'pt'] as const;
export const EMAIL_MAX_LENGTH = 254;
export const NAME_MAX_LENGTH = 200;

export type FieldErrors = Record<string, string>;

/** An e-mail address: required, at most 254 characters, well formed. */
export const emailField = () =>
	z
		.string()
		.trim()
		.min(1, m.auth_error_email_required())
		.max(EMAIL_MAX_LENGTH, m.auth_error_email_too_long())
		.pipe(z.email(m.auth_error_email_invalid()));

/** A new password: 10 to 200 characters. */
export const newPasswordField = () =>
	z
		.string()
		.min(1, m.auth_error_password_required())
		.superRefine((value, ctx) => {
			const problem = passwordProblem(value);
			if (problem === 'too_short') ctx.addIssue({ code: 'custom', message: m.auth_error_password_too_short() });
			if (problem === 'too_long') ctx.addIssue({ code: 'custom', message: m.auth_error_password_too_long() });
		});

/** A password being checked (sign-in, current password): only required and bounded. */
export const existingPasswordField = () => z.string().min(1, m.auth_error_password_required()).max(1000, m.auth_error_password_too_long());

export const displayNameField = () =>
	z.string().trim().min(1, m.auth_error_name_required()).max(NAME_MAX_LENGTH, m.auth_error_name_too_long());

export const localeField = () => z.enum(LOCALES, { message: m.auth_error_locale_invalid() });

/** Text values of a form; files and missing fields become ''. */
export function formValues(form: FormData, names: string[]): Record<string, string> {
	const values: Record<string, string> = {};
	for (const name of names) {
		const value = form.get(name);
		values[name] = typeof value === 'string' ? value : '';
	}
	return values;
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** Validates form values; errors are field → first message. */
export function parseForm<S extends z.ZodType>(schema: S, values: Record<string, string>): Parsed<z.infer<S>> {
	const parsed = schema.safeParse(values);
	if (parsed.success) return { ok: true, data: parsed.data };
	const errors: FieldErrors = {};
	for (const issue of parsed.error.issues) {
		const key = issue.path.map(String).join('.') || '_';
		errors[key] ??= issue.message;
	}
	return { ok: false, errors };
}

/** The reader's sentence for a service error, or null when it is not one we know. */
export function errorMessage(error: unknown): string | null {
	if (error instanceof AuthError) {
		switch (error.reason) {
			case 'bad_credentials':
				return m.auth_error_bad_credentials();
			case 'unconfirmed':
				return m.auth_error_unconfirmed();
			case 'disabled':
				return m.auth_error_disabled();
			case 'token_invalid':
				return m.auth_error_token_invalid();
			case 'password_too_short':
				return m.auth_error_password_too_short();
			case 'password_too_long':
				return m.auth_error_password_too_long();
			case 'wrong_current_password':
				return m.auth_error_wrong_current_password();
			case 'last_admin':
				return m.admin_error_last_admin();
			case 'self_disable':
				return m.admin_error_self_disable();
			case 'actor_not_found':
				return m.admin_error_actor_not_found();
			case 'user_not_found':
			case 'api_token_not_found':
				return m.auth_error_not_found();
			case 'not_allowed':
				return m.auth_error_forbidden();
			default:
				return m.auth_error_generic();
		}
	}
	if (error instanceof AppError) {
		if (error.code === 'rate_limited') {
			return m.auth_error_rate_limited({ minutes: Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60)) });
		}
		if (error.code === 'invalid_input' && error.fields?.name) return m.auth_tokens_name_too_long();
		return m.auth_error_generic();
	}
	return null;
}

/**
 * Turns a service error into a form failure (status of the error, message on the field
 * it concerns, or in the summary). Unknown errors are rethrown for the 500 page.
 */
export function failWithError(error: unknown, values: Record<string, string> = {}, field = '_') {
	const message = errorMessage(error);
	if (message === null || !(error instanceof AppError)) throw error;
	const errors: FieldErrors = {};
	const fields = Object.keys(error.fields ?? {});
	if (fields.length) for (const name of fields) errors[name] = message;
	else errors[field] = message;
	const reason = error instanceof AuthError ? error.reason : error.code;
	return fail(error.status, { errors, values, reason });
}

/** A failure for invalid form values. */
export function failWithErrors(errors: FieldErrors, values: Record<string, string> = {}) {
	return fail(400, { errors, values, reason: 'invalid_input' });
}

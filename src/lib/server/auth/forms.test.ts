import { describe, it, expect } from 'vitest';
import { z } from 'zod';
import { displayNameField, emailField, errorMessage, formValues, localeField, newPasswordField, parseForm } from './forms';
import { AuthError } from './errors';
import { AppError } from '../errors';
import { failureDelayMs } from './rate-limit';

const signUpSchema = () => z.object({ email: emailField(), password: newPasswordField(), displayName: displayNameField(), locale: localeField() });

describe('account form fields', () => {
	it('accepts good values and trims addresses and names', () => {
		const parsed = parseForm(signUpSchema(), { email: '  ada@example.org ', password: 'long enough!', displayName: ' Ada ', locale: 'pt' });
		expect(parsed).toEqual({ ok: true, data: { email: 'ada@example.org', password: 'long enough!', displayName: 'Ada', locale: 'pt' } });
	});

	it('names every bad field with one clear message', () => {
		const parsed = parseForm(signUpSchema(), { email: 'not an address', password: 'short', displayName: '', locale: 'xx' });
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.errors).toEqual({
			email: 'Enter an e-mail address in the form name@example.org.',
			password: 'The password needs at least 10 characters.',
			displayName: 'Enter your name.',
			locale: 'Choose one of the languages offered.'
		});
	});

	it('says an over-long address or name is too long, not malformed', () => {
		const parsed = parseForm(signUpSchema(), {
			email: `${'a'.repeat(250)}@example.org`,
			password: 'x'.repeat(201),
			displayName: 'n'.repeat(201),
			locale: 'en'
		});
		expect(parsed.ok ? {} : parsed.errors).toEqual({
			email: 'An e-mail address has at most 254 characters.',
			password: 'The password may have at most 200 characters.',
			displayName: 'The name may have at most 200 characters.'
		});
	});

	it('reads text values only', () => {
		const form = new FormData();
		form.set('email', 'a@b.org');
		form.set('file', new Blob(['x']), 'x.txt');
		expect(formValues(form, ['email', 'file', 'missing'])).toEqual({ email: 'a@b.org', file: '', missing: '' });
	});

	it('turns service errors into sentences', () => {
		expect(errorMessage(new AuthError('bad_credentials', 'x'))).toBe('The e-mail address or the password is wrong.');
		expect(errorMessage(new AppError('rate_limited', 'x', { retryAfterSeconds: 61 }))).toBe('Too many attempts. Wait 2 min and try again.');
		expect(errorMessage(new Error('boom'))).toBeNull();
	});
});

describe('sign-in failure delay', () => {
	it('starts at 300 ms, grows, and stops at 2 s', () => {
		expect(failureDelayMs(0)).toBe(300);
		expect(failureDelayMs(3)).toBeGreaterThan(failureDelayMs(2));
		expect(failureDelayMs(100)).toBe(2000);
	});
});

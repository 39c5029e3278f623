import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { createSession, resendConfirmation, signIn, signOut } from '$lib/server/auth/service';
import { clientContext, safeNextPath, setSessionCookie, siteOrigin } from '$lib/server/auth/request';
import { emailField, existingPasswordField, failWithError, failWithErrors, formValues, parseForm } from '$lib/server/auth/forms';
import { localizeHref } from '$lib/i18n';

const NOTICES = ['reset', 'confirmed'] as const;

export const load: PageServerLoad = ({ locals, url }) => {
	const next = safeNextPath(url.searchParams.get('next'), '');
	if (locals.user) redirect(303, next || localizeHref('/'));
	const notice = url.searchParams.get('notice');
	return { next, notice: NOTICES.find((known) => known === notice) ?? null };
};

export const actions: Actions = {
	signIn: async (event) => {
		const form = await event.request.formData();
		const values = formValues(form, ['email', 'password', 'next']);
		const kept = { email: values.email, next: safeNextPath(values.next, '') };
		const parsed = parseForm(z.object({ email: emailField(), password: existingPasswordField() }), values);
		if (!parsed.ok) return failWithErrors(parsed.errors, kept);
		const db = await getDb();
		const client = clientContext(event);
		try {
			const user = await signIn(db, parsed.data, client);
			// A new session id on every sign-in: a cookie planted before it is worth nothing after.
			await signOut(db, event.locals.sessionId);
			const session = await createSession(db, user.id, client);
			setSessionCookie(event.cookies, session.token, session.expiresAt, event.url);
		} catch (error) {
			return failWithError(error, kept);
		}
		redirect(303, kept.next || localizeHref('/'));
	},

	resend: async (event) => {
		const values = formValues(await event.request.formData(), ['email', 'next']);
		const kept = { email: values.email, next: safeNextPath(values.next, '') };
		const parsed = parseForm(z.object({ email: emailField() }), values);
		if (!parsed.ok) return failWithErrors(parsed.errors, kept);
		try {
			await resendConfirmation(await getDb(), parsed.data.email, { origin: siteOrigin(event.url), ...clientContext(event) });
		} catch (error) {
			return failWithError(error, kept, 'email');
		}
		return { resent: true, values: kept };
	}
};

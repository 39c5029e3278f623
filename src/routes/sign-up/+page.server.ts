import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { signUp } from '$lib/server/auth/service';
import { clientContext, siteOrigin } from '$lib/server/auth/request';
import { displayNameField, emailField, failWithError, failWithErrors, formValues, localeField, newPasswordField, parseForm } from '$lib/server/auth/forms';
import { localizeHref } from '$lib/i18n';

export const load: PageServerLoad = ({ locals }) => {
	if (locals.user) redirect(303, localizeHref('/account'));
	return { locale: locals.locale };
};

export const actions: Actions = {
	default: async (event) => {
		const values = formValues(await event.request.formData(), ['email', 'password', 'displayName', 'locale']);
		const { password: _password, ...kept } = values;
		const schema = z.object({ email: emailField(), password: newPasswordField(), displayName: displayNameField(), locale: localeField() });
		const parsed = parseForm(schema, values);
		if (!parsed.ok) return failWithErrors(parsed.errors, kept);
		try {
			await signUp(await getDb(), parsed.data, { origin: siteOrigin(event.url), ...clientContext(event) });
		} catch (error) {
			return failWithError(error, kept);
		}
		return { done: true, email: parsed.data.email };
	}
};

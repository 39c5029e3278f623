import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { resetPassword, resetTokenIsUsable } from '$lib/server/auth/service';
import { clearSessionCookie, clientContext } from '$lib/server/auth/request';
import { failWithError, failWithErrors, formValues, newPasswordField, parseForm } from '$lib/server/auth/forms';
import { localizeHref } from '$lib/i18n';

export const load: PageServerLoad = async ({ params }) => ({
	usable: await resetTokenIsUsable(await getDb(), params.token)
});

export const actions: Actions = {
	default: async (event) => {
		const values = formValues(await event.request.formData(), ['password']);
		const parsed = parseForm(z.object({ password: newPasswordField() }), values);
		if (!parsed.ok) return failWithErrors(parsed.errors);
		try {
			await resetPassword(await getDb(), event.params.token, parsed.data.password, clientContext(event));
		} catch (error) {
			return failWithError(error);
		}
		// Every session of the account has ended, possibly this browser's too.
		if (event.locals.user) clearSessionCookie(event.cookies);
		redirect(303, `${localizeHref('/sign-in')}?notice=reset`);
	}
};

import { z } from 'zod';
import type { Actions } from './$types';
import { getDb } from '$lib/server/db';
import { requestPasswordReset } from '$lib/server/auth/service';
import { clientContext, siteOrigin } from '$lib/server/auth/request';
import { emailField, failWithError, failWithErrors, formValues, parseForm } from '$lib/server/auth/forms';

export const actions: Actions = {
	default: async (event) => {
		const values = formValues(await event.request.formData(), ['email']);
		const parsed = parseForm(z.object({ email: emailField() }), values);
		if (!parsed.ok) return failWithErrors(parsed.errors, values);
		try {
			await requestPasswordReset(await getDb(), parsed.data.email, { origin: siteOrigin(event.url), ...clientContext(event) });
		} catch (error) {
			return failWithError(error, values);
		}
		return { sent: true, email: parsed.data.email };
	}
};

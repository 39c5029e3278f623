import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { changePassword, getAccount, updateProfile } from '$lib/server/auth/service';
import { clientContext, requirePageUser } from '$lib/server/auth/request';
import {
	displayNameField,
	existingPasswordField,
	failWithError,
	failWithErrors,
	formValues,
	localeField,
	newPasswordField,
	parseForm
} from '$lib/server/auth/forms';

export const load: PageServerLoad = async (event) => {
	const user = requirePageUser(event);
	return { account: await getAccount(await getDb(), user.id) };
};

export const actions: Actions = {
	profile: async (event) => {
		const user = requirePageUser(event);
		const values = formValues(await event.request.formData(), ['displayName', 'locale']);
		const parsed = parseForm(z.object({ displayName: displayNameField(), locale: localeField() }), values);
		if (!parsed.ok) return failWithErrors(parsed.errors, values);
		await updateProfile(await getDb(), user.id, parsed.data);
		return { profileSaved: true };
	},

	password: async (event) => {
		const user = requirePageUser(event);
		const values = formValues(await event.request.formData(), ['currentPassword', 'newPassword']);
		const parsed = parseForm(z.object({ currentPassword: existingPasswordField(), newPassword: newPasswordField() }), values);
		if (!parsed.ok) return failWithErrors(parsed.errors);
		try {
			await changePassword(await getDb(), user.id, parsed.data.currentPassword, parsed.data.newPassword, {
				...clientContext(event),
				keepSessionId: event.locals.sessionId
			});
		} catch (error) {
			return failWithError(error);
		}
		return { passwordChanged: true };
	}
};

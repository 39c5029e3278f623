import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { createApiToken, listApiTokens, revokeApiToken } from '$lib/server/auth/service';
import { clientContext, requirePageUser } from '$lib/server/auth/request';
import { failWithError, failWithErrors, formValues, parseForm } from '$lib/server/auth/forms';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async (event) => {
	const user = requirePageUser(event);
	return { tokens: await listApiTokens(await getDb(), user.id) };
};

export const actions: Actions = {
	create: async (event) => {
		const user = requirePageUser(event);
		const values = formValues(await event.request.formData(), ['name']);
		const schema = z.object({
			name: z.string().trim().min(1, m.auth_tokens_name_required()).max(100, m.auth_tokens_name_too_long())
		});
		const parsed = parseForm(schema, values);
		if (!parsed.ok) return failWithErrors(parsed.errors, values);
		const { token, info } = await createApiToken(await getDb(), user.id, parsed.data.name);
		return { created: { token, name: info.name } };
	},

	revoke: async (event) => {
		const user = requirePageUser(event);
		const { id } = formValues(await event.request.formData(), ['id']);
		try {
			await revokeApiToken(await getDb(), user, id, clientContext(event));
		} catch (error) {
			return failWithError(error);
		}
		return { revoked: true };
	}
};

import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { listAllApiTokens, revokeApiToken } from '$lib/server/auth/service';
import { clientContext, requirePageRole } from '$lib/server/auth/request';
import { failWithError, formValues } from '$lib/server/auth/forms';

export const load: PageServerLoad = async (event) => {
	const admin = requirePageRole(event, 'admin');
	const page = Number(event.url.searchParams.get('page')) || 1;
	return { tokens: await listAllApiTokens(await getDb(), admin, { page }) };
};

export const actions: Actions = {
	revoke: async (event) => {
		const admin = requirePageRole(event, 'admin');
		const { id } = formValues(await event.request.formData(), ['id']);
		try {
			await revokeApiToken(await getDb(), admin, id, clientContext(event));
		} catch (error) {
			return failWithError(error);
		}
		return { revoked: true };
	}
};

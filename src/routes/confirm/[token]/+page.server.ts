import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { confirmEmail, confirmTokenIsUsable } from '$lib/server/auth/service';
import { failWithError } from '$lib/server/auth/forms';

// GET only shows a button: mail scanners open links, and must not confirm anything.
export const load: PageServerLoad = async ({ params }) => ({
	usable: await confirmTokenIsUsable(await getDb(), params.token)
});

export const actions: Actions = {
	default: async ({ params }) => {
		try {
			const { email } = await confirmEmail(await getDb(), params.token);
			return { confirmed: true, email };
		} catch (error) {
			return failWithError(error);
		}
	}
};

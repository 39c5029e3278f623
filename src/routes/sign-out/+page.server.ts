import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { signOut } from '$lib/server/auth/service';
import { clearSessionCookie } from '$lib/server/auth/request';
import { localizeHref } from '$lib/i18n';

// Signing out changes state, so it is a POST (the header's form); GET only offers the button.
export const load: PageServerLoad = ({ locals }) => {
	if (!locals.user) redirect(303, localizeHref('/'));
	return {};
};

export const actions: Actions = {
	default: async ({ locals, cookies }) => {
		await signOut(await getDb(), locals.sessionId);
		clearSessionCookie(cookies);
		redirect(303, localizeHref('/'));
	}
};

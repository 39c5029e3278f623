import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { clientContext, requirePageUser } from '$lib/server/auth/request';
import { AppError } from '$lib/server/errors';
import { getActorProfilePage, requestClaim } from '$lib/server/network/profile';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	try {
		const page = await getActorProfilePage(await getDb(), locals.user, params.slug, locals.locale);
		return { ...page, claimSent: url.searchParams.has('claimed') };
	} catch (failure) {
		if (failure instanceof AppError && failure.code === 'not_found') error(404, { message: m.review_error_not_found(), code: 'not_found' });
		throw failure;
	}
};

export const actions: Actions = {
	claim: async (event) => {
		const user = requirePageUser(event);
		const form = await event.request.formData();
		const message = String(form.get('message') ?? '');
		if (message.length > 2000) return fail(400, { claimError: m.network_claim_message() });
		try {
			await requestClaim(await getDb(), user, event.params.slug, message, { ip: clientContext(event).ip });
		} catch (failure) {
			if (failure instanceof AppError && failure.code !== 'not_found') return fail(failure.status, { claimError: failure.message });
			if (failure instanceof AppError) error(404, { message: m.review_error_not_found(), code: 'not_found' });
			throw failure;
		}
		return { claimSent: true };
	}
};

import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { clientContext, requirePageRole, siteOrigin } from '$lib/server/auth/request';
import { AppError } from '$lib/server/errors';
import { decideClaim, listPendingClaims } from '$lib/server/network/profile';
import { localizeHref } from '$lib/i18n';

export const load: PageServerLoad = async (event) => {
	const user = requirePageRole(event, 'curator', 'admin');
	return { claims: await listPendingClaims(await getDb(), user), done: event.url.searchParams.has('done') };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requirePageRole(event, 'curator', 'admin');
		const form = await event.request.formData();
		const decision = form.get('decision');
		const claimId = String(form.get('claim') ?? '');
		if (decision !== 'approve' && decision !== 'reject') return fail(400, { claim: claimId, problem: 'decision' });
		try {
			await decideClaim(await getDb(), user, claimId, decision, String(form.get('note') ?? '').slice(0, 2000), { ip: clientContext(event).ip, origin: siteOrigin(event.url) });
		} catch (failure) {
			if (failure instanceof AppError && failure.code === 'conflict') return fail(409, { claim: claimId, problem: failure.message });
			if (failure instanceof AppError) error(404, { message: failure.message, code: failure.code });
			throw failure;
		}
		redirect(303, `${localizeHref('/actors/claims')}?done=1`);
	}
};

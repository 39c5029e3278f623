import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requirePageUser } from '$lib/server/auth/request';
import { AppError } from '$lib/server/errors';
import { listActorHistory } from '$lib/server/network/profile';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async (event) => {
	const user = requirePageUser(event);
	try {
		return await listActorHistory(await getDb(), user, event.params.slug);
	} catch (failure) {
		if (failure instanceof AppError) error(404, { message: m.network_error_not_found(), code: 'not_found' });
		throw failure;
	}
};

import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { AppError } from '$lib/server/errors';
import { getProject } from '$lib/server/network/projects';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ params, locals }) => {
	try {
		return { project: await getProject(await getDb(), params.slug, locals.locale) };
	} catch (failure) {
		if (failure instanceof AppError && failure.code === 'not_found') error(404, { message: m.netform_project_not_found(), code: 'not_found' });
		throw failure;
	}
};

import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { clientContext, requirePageUser, siteOrigin } from '$lib/server/auth/request';
import { createPost, postingActorsOf, type PostInputData } from '$lib/server/posts/service';
import { postFormErrors, postFormOptions, postInputOf, readPostForm } from '$lib/server/posts/post-form';
import { toLocale } from '$lib/server/network/present';
import { localizeHref } from '$lib/i18n';

export const load: PageServerLoad = async (event) => {
	const user = requirePageUser(event);
	return {
		values: { scope: 'any' } as Record<string, string | string[]>,
		options: postFormOptions(toLocale(event.locals.locale)),
		organisations: await postingActorsOf(await getDb(), user)
	};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requirePageUser(event);
		const values = await readPostForm(event.request);
		const { status: _status, ...input } = postInputOf(values);
		let slug: string;
		try {
			slug = (await createPost(await getDb(), user, input as PostInputData, { ip: clientContext(event).ip, origin: siteOrigin(event.url) })).slug;
		} catch (failure) {
			const errors = postFormErrors(failure);
			if (!errors) throw failure;
			return fail(400, { errors, values });
		}
		redirect(303, localizeHref(`/partners/posts/${slug}`));
	}
};

import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { clientContext, requirePageUser, siteOrigin } from '$lib/server/auth/request';
import { AppError } from '$lib/server/errors';
import { postingActorsOf, updatePost } from '$lib/server/posts/service';
import { getPostForEdit } from '$lib/server/posts/view';
import { postFormErrors, postFormOptions, postFormValuesOf, postInputOf, readPostForm } from '$lib/server/posts/post-form';
import { toLocale } from '$lib/server/network/present';
import { localizeHref } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async (event) => {
	const user = requirePageUser(event);
	const locale = toLocale(event.locals.locale);
	const db = await getDb();
	const post = await getPostForEdit(db, user, event.params.slug, locale).catch((failure) => {
		if (failure instanceof AppError) error(404, { message: m.posts_error_not_found(), code: 'not_found' });
		throw failure;
	});
	const organisations = await postingActorsOf(db, user);
	// A curator editing keeps the post's organisation among the choices.
	if (post.organisation && !organisations.some((organisation) => organisation.id === post.organisation!.id)) organisations.push(post.organisation);
	return {
		post: { slug: post.slug, title: post.title },
		values: postFormValuesOf(post),
		options: postFormOptions(locale),
		organisations
	};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requirePageUser(event);
		const values = await readPostForm(event.request);
		let outcome: { slug: string; changed: boolean };
		try {
			outcome = await updatePost(await getDb(), user, event.params.slug, postInputOf(values), { ip: clientContext(event).ip, origin: siteOrigin(event.url) });
		} catch (failure) {
			const errors = postFormErrors(failure);
			if (errors) return fail(400, { errors, values });
			if (failure instanceof AppError) error(failure.code === 'forbidden' ? 403 : 404, { message: failure.code === 'forbidden' ? m.posts_error_forbidden() : m.posts_error_not_found(), code: failure.code });
			throw failure;
		}
		redirect(303, `${localizeHref(`/partners/posts/${outcome.slug}`)}?saved=${outcome.changed ? 1 : 0}`);
	}
};

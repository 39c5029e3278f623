import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { getDb } from '$lib/server/db';
import { clientContext, requirePageUser, siteOrigin } from '$lib/server/auth/request';
import { AppError } from '$lib/server/errors';
import { postingActorsOf, updatePost } from '$lib/server/posts/service';
import { expressInterest, followPost, INTEREST_REFUSALS, unfollowPost } from '$lib/server/posts/engagement';
import { getPostPage } from '$lib/server/posts/view';
import { toLocale } from '$lib/server/network/present';
import { localizeHref } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';

function notFoundPage(): never {
	error(404, { message: m.posts_error_not_found(), code: 'not_found' });
}

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const db = await getDb();
	const post = await getPostPage(db, locals.user, params.slug, toLocale(locals.locale)).catch((failure) => {
		if (failure instanceof AppError && failure.code === 'not_found') notFoundPage();
		throw failure;
	});
	return {
		post,
		organisations: locals.user && post.viewer.canExpressInterest ? await postingActorsOf(db, locals.user) : [],
		saved: url.searchParams.get('saved')
	};
};

/** Back to the post page after a change (a plain form post must not stay on the action URL). */
function backToPost(event: RequestEvent, notice = ''): never {
	redirect(303, `${localizeHref(`/partners/posts/${event.params.slug}`)}${notice ? `?${notice}` : ''}`);
}

async function setStatus(event: RequestEvent, status: 'open' | 'closed') {
	const user = requirePageUser(event);
	try {
		await updatePost(await getDb(), user, event.params.slug, { status }, { ip: clientContext(event).ip, origin: siteOrigin(event.url) });
	} catch (failure) {
		if (failure instanceof AppError && failure.code === 'forbidden') return fail(403, { statusError: m.posts_error_forbidden() });
		if (failure instanceof AppError && failure.code === 'not_found') notFoundPage();
		throw failure;
	}
	backToPost(event);
}

export const actions: Actions = {
	interest: async (event) => {
		const user = requirePageUser(event);
		const form = await event.request.formData();
		const message = String(form.get('message') ?? '');
		const actorId = String(form.get('actorId') ?? '') || null;
		if (message.length > 2000) return fail(400, { interestError: m.posts_error_message(), message });
		try {
			await expressInterest(await getDb(), user, event.params.slug, { message, actorId }, { ip: clientContext(event).ip, origin: siteOrigin(event.url) });
		} catch (failure) {
			if (!(failure instanceof AppError)) throw failure;
			if (failure.code === 'not_found') notFoundPage();
			const text =
				failure.message === INTEREST_REFUSALS.own
				? m.posts_error_interest_own()
				: failure.message === INTEREST_REFUSALS.closed
					? m.posts_error_interest_closed()
					: failure.code === 'conflict'
						? m.posts_error_interest_twice()
						: failure.code === 'forbidden'
							? m.posts_error_interest_blocked()
						: failure.fields?.actorId
							? m.posts_error_organisation()
							: m.posts_error_message();
			return fail(failure.status, { interestError: text, message });
		}
		return { interestSent: true };
	},
	follow: async (event) => {
		const user = requirePageUser(event);
		try {
			await followPost(await getDb(), user, event.params.slug);
		} catch (failure) {
			if (failure instanceof AppError && failure.code === 'not_found') notFoundPage();
			throw failure;
		}
		backToPost(event);
	},
	unfollow: async (event) => {
		const user = requirePageUser(event);
		try {
			await unfollowPost(await getDb(), user, event.params.slug);
		} catch (failure) {
			if (failure instanceof AppError && failure.code === 'not_found') notFoundPage();
			throw failure;
		}
		backToPost(event);
	},
	close: (event) => setStatus(event, 'closed'),
	reopen: (event) => setStatus(event, 'open')
};

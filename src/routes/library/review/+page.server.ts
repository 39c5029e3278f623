import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { clientContext, requirePageRole, siteOrigin } from '$lib/server/auth/request';
import { getVisibleResource, listReviewQueue, reviewResource } from '$lib/server/library/review';
import { REVIEW_COMMENT_MAX, REVIEW_DECISIONS } from '$lib/server/library/review-input';
import { AppError } from '$lib/server/errors';
import { label, type Locale } from '$lib/server/vocab';
import { localizeHref } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';

type Decision = (typeof REVIEW_DECISIONS)[number];
const isDecision = (value: unknown): value is Decision => typeof value === 'string' && (REVIEW_DECISIONS as readonly string[]).includes(value);

export const load: PageServerLoad = async (event) => {
	const user = requirePageRole(event, 'curator', 'admin');
	const db = await getDb();
	const locale = event.locals.locale as Locale;
	const queue = await listReviewQueue(db, user, { page: Number(event.url.searchParams.get('page')) || 1 });
	const doneSlug = event.url.searchParams.get('done');
	const doneDecision = event.url.searchParams.get('decision');
	const done =
		doneSlug && isDecision(doneDecision)
			? await getVisibleResource(db, user, doneSlug).then(
					(record) => ({ title: record.title, decision: doneDecision }),
					() => null
				)
			: null;
	return {
		done,
		queue: {
			...queue,
			items: queue.items.map((item) => ({
				...item,
				typeLabel: label('resource-type', item.type, locale),
				languageLabel: label('language', item.language, locale),
				abstract: item.abstract.length > 600 ? `${item.abstract.slice(0, 600)}…` : item.abstract
			}))
		}
	};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requirePageRole(event, 'curator', 'admin');
		const form = await event.request.formData();
		const id = String(form.get('id') ?? '');
		const decision = form.get('decision');
		const comment = String(form.get('comment') ?? '').trim();
		const values = { id, decision: typeof decision === 'string' ? decision : '', comment };
		const errors: Record<string, string> = {};
		if (!isDecision(decision)) errors[`decision-${id}`] = m.review_error_decision();
		else if (decision !== 'approve' && !comment) errors[`comment-${id}`] = m.review_error_comment_required();
		if (comment.length > REVIEW_COMMENT_MAX) errors[`comment-${id}`] = m.review_error_too_long({ max: REVIEW_COMMENT_MAX });
		if (Object.keys(errors).length || !isDecision(decision)) return fail(400, { errors, values });
		let slug: string;
		try {
			const { record } = await reviewResource(await getDb(), user, id, { decision, comment }, { ip: clientContext(event).ip, origin: siteOrigin(event.url) });
			slug = record.slug;
		} catch (failure) {
			if (!(failure instanceof AppError)) throw failure;
			if (failure.code === 'forbidden') error(403, { message: m.review_error_forbidden(), code: 'forbidden' });
			const message = failure.code === 'conflict' || failure.code === 'not_found' ? m.review_error_already_reviewed() : m.review_error_generic();
			return fail(failure.status, { errors: { _: message }, values });
		}
		redirect(303, `${localizeHref('/library/review')}?done=${encodeURIComponent(slug)}&decision=${decision}`);
	}
};

import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requirePageUser } from '$lib/server/auth/request';
import { getVisibleResource, listMySubmissions } from '$lib/server/library/review';
import { canEditResource, isReviewer } from '$lib/server/library/review-access';
import { label, type Locale } from '$lib/server/vocab';

export const load: PageServerLoad = async (event) => {
	const user = requirePageUser(event);
	const db = await getDb();
	const locale = event.locals.locale as Locale;
	const list = await listMySubmissions(db, user, { page: Number(event.url.searchParams.get('page')) || 1 });
	const doneSlug = event.url.searchParams.get('done');
	const done = doneSlug
		? await getVisibleResource(db, user, doneSlug).then(
				(record) => ({ title: record.title, status: record.status }),
				() => null
			)
		: null;
	return {
		done,
		isReviewer: isReviewer(user),
		list: {
			...list,
			items: list.items.map((item) => ({
				...item,
				typeLabel: label('resource-type', item.type, locale),
				canEdit: canEditResource(user, { status: item.status, submitted_by: user.id })
			}))
		}
	};
};

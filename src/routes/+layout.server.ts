import type { LayoutServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { countUnreadNotifications } from '$lib/server/notify/service';

export const load: LayoutServerLoad = async ({ locals }) => ({
	user: locals.user
		? { id: locals.user.id, email: locals.user.email, displayName: locals.user.displayName, role: locals.user.role }
		: null,
	unreadNotifications: locals.user ? await countUnreadNotifications(await getDb(), locals.user) : 0,
	locale: locals.locale
});

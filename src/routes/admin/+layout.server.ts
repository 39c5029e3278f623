import type { LayoutServerLoad } from './$types';
import { requirePageRole } from '$lib/server/auth/request';

// The admin area is for administrators and curators; each page and action checks its own role too.
export const load: LayoutServerLoad = (event) => {
	const user = requirePageRole(event, 'admin', 'curator');
	return { adminRole: user.role };
};

/** The signed-in account as pages and services see it. */
export type Role = 'admin' | 'curator' | 'member';

export interface SessionUser {
	id: string;
	email: string;
	displayName: string;
	role: Role;
	locale: string;
	/** Actor (organisation) ids this account may edit. */
	actorIds: string[];
}

export const ROLES: Role[] = ['admin', 'curator', 'member'];

/** Curators and admins review and curate. */
export const canCurate = (user: SessionUser | null | undefined) => !!user && (user.role === 'admin' || user.role === 'curator');
export const isAdmin = (user: SessionUser | null | undefined) => !!user && user.role === 'admin';

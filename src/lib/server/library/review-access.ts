/**
 * Who may see and change a knowledge record. Visitors see published records only;
 * drafts and records under review are visible to their author and to curators.
 * Authors edit while the record is a draft or has changes requested; curators anytime.
 */
import { canCurate, type SessionUser } from '../../domain/user';
import type { ResourceStatus } from '../db/schema';

interface Guarded {
	status: ResourceStatus;
	submitted_by: string | null;
}

/** Statuses in which the author may still change the record. */
export const AUTHOR_EDITABLE_STATUSES: readonly ResourceStatus[] = ['draft', 'changes_requested'];

export const isReviewer = (user: SessionUser | null | undefined): user is SessionUser => canCurate(user);

export function isAuthor(user: SessionUser | null | undefined, resource: Guarded): boolean {
	return !!user && resource.submitted_by === user.id;
}

export function canViewResource(user: SessionUser | null | undefined, resource: Guarded): boolean {
	return resource.status === 'published' || isAuthor(user, resource) || isReviewer(user);
}

export function canEditResource(user: SessionUser | null | undefined, resource: Guarded): boolean {
	if (isReviewer(user)) return true;
	return isAuthor(user, resource) && AUTHOR_EDITABLE_STATUSES.includes(resource.status);
}

/** The author (or a curator) sends a draft, or a record with changes requested, for review. */
export function canSubmitResource(user: SessionUser | null | undefined, resource: Guarded): boolean {
	return (isAuthor(user, resource) || isReviewer(user)) && AUTHOR_EDITABLE_STATUSES.includes(resource.status);
}

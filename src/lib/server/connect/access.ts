/**
 * What the network area asks before showing contact details: does an accepted
 * connection request link the viewer with this organisation or these people? Kept apart
 * from the connect service so the network area can ask without loading it.
 */
import type { DB } from '../db';
import type { Viewer } from '../network/present';
import * as queries from './queries';

/** True when an accepted request links the viewer with the organisation. */
export async function connectedWithActor(db: DB, viewer: Viewer, actorId: string): Promise<boolean> {
	if (!viewer) return false;
	return queries.hasAcceptedConnectionWithActor(db, actorId, viewer.id);
}

/** The ids, among `personIds`, of the people an accepted request links the viewer with. */
export async function connectedPeople(db: DB, viewer: Viewer, personIds: string[]): Promise<Set<string>> {
	if (!viewer || personIds.length === 0) return new Set();
	return new Set(await queries.selectConnectedPersonIds(db, viewer.id, personIds));
}

/**
 * Stores the categories on which an organisation offers mentoring (profile edits). With
 * `countAsChange` the actor's version is bumped; without, another write of the same edit
 * already did.
 */
export async function saveMentoringOffer(db: DB, actorId: string, categories: string[], options: { countAsChange: boolean }): Promise<void> {
	await queries.updateActorMentoring(db, actorId, categories, options.countAsChange);
}

/**
 * Partners of a project as people type them: an organisation's name (or other name), its
 * address name (slug) or id, resolved against the directory. A name several
 * organisations share is not guessed: the candidates are returned so the form can ask.
 */
import type { DB } from '../db';
import type { SessionUser } from '../../domain/user';
import { findActorIdByRef } from './service';
import { findActorById, findActorsByName } from './queries';
import { toActorRef, toLocale, vocabLabel, type ActorRef } from './present';

export type PartnerName =
	| { status: 'found'; actor: ActorRef & { status: string } }
	| { status: 'unknown' }
	| { status: 'ambiguous'; candidates: (ActorRef & { place: string })[] };

/** Resolves one typed partner (see the file comment). */
export async function resolvePartnerName(db: DB, text: string, locale?: string): Promise<PartnerName> {
	const lang = toLocale(locale);
	const id = await findActorIdByRef(db, text);
	if (id) {
		const row = (await findActorById(db, id))!;
		return { status: 'found', actor: { ...toActorRef(row, lang), status: row.status } };
	}
	const named = await findActorsByName(db, text.trim());
	if (named.length > 1) {
		return {
			status: 'ambiguous',
			candidates: named.map((row) => ({ ...toActorRef(row, lang), place: [row.city, vocabLabel('country', row.country, lang)].filter(Boolean).join(', ') }))
		};
	}
	return { status: 'unknown' };
}

/** The organisations an account manages, for the project form's hint (curators: none needed). */
export async function managedOrganisations(db: DB, user: SessionUser, locale?: string): Promise<ActorRef[]> {
	const lang = toLocale(locale);
	const rows = await Promise.all(user.actorIds.map((id) => findActorById(db, id)));
	return rows.filter((row) => row !== undefined).map((row) => toActorRef(row!, lang));
}

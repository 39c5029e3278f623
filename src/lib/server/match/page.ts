/**
 * What the "Find partners" page shows: the form (whom suggestions are for, scope,
 * filters) read from the URL, the choices of its selects in the reader's language, and
 * the suggestion list or a problem in words. The page is a GET form, so it works without
 * JavaScript and every view can be bookmarked or shared.
 */
import type { DB } from '../db';
import { AppError } from '../errors';
import { concepts, type Locale } from '../vocab';
import { findActorsByName } from '../network/queries';
import { findActorByRef } from '../network/profile';
import type { Viewer } from '../network/present';
import { matchesForActor, matchesForPerson, suggestForIdea, MATCH_SCOPES, type MatchList, type MatchScope } from './service';
import * as queries from './queries';

export interface Choice {
	value: string;
	label: string;
}

export interface FindPartnersForm {
	/** Whose partners: an organisation (slug or name), the viewer's person entry, or an idea. */
	mode: 'actor' | 'person' | 'idea';
	actor: string;
	person: string;
	idea: string;
	scope: MatchScope;
	type: string;
	country: string;
	category: string;
	language: string;
}

export interface FindPartnersPage {
	form: FindPartnersForm;
	/** Organisations the viewer manages (offered first). */
	ownActors: Choice[];
	ownPerson: Choice | null;
	choices: { types: Choice[]; countries: Choice[]; categories: Choice[]; languages: Choice[] };
	list: MatchList | null;
	/** Several organisations carry the name typed: the viewer picks one. */
	ambiguous: Choice[];
	/** `not_found` (no such organisation or person) or `invalid` (a choice could not be read). */
	problem: 'not_found' | 'invalid' | null;
}

function choicesOf(vocab: 'actor-type' | 'country' | 'skills-category' | 'language', locale: Locale): Choice[] {
	const list = concepts(vocab).map((concept) => ({ value: concept.code, label: concept.labels[locale] }));
	return vocab === 'skills-category' ? list : list.sort((a, b) => a.label.localeCompare(b.label, locale));
}

/** Reads the page's form from the URL and computes its suggestions. */
export async function findPartnersPage(db: DB, viewer: Viewer, url: URL, locale: Locale): Promise<FindPartnersPage> {
	const get = (key: string) => (url.searchParams.get(key) ?? '').trim().slice(0, key === 'idea' ? 2000 : 200);
	const scopeValue = get('scope');
	const form: FindPartnersForm = {
		mode: 'actor',
		actor: get('actor'),
		person: get('person'),
		idea: get('idea'),
		scope: (MATCH_SCOPES as readonly string[]).includes(scopeValue) ? (scopeValue as MatchScope) : 'any',
		type: get('type'),
		country: get('country'),
		category: get('category'),
		language: get('language')
	};
	const ownActors: Choice[] = [];
	let ownPerson: Choice | null = null;
	if (viewer) {
		const ids = await queries.selectManagedActorIds(db, viewer.id);
		for (const row of await queries.selectActorsByIds(db, ids)) ownActors.push({ value: row.slug, label: row.name });
		const person = await queries.selectPersonOfUser(db, viewer.id);
		if (person) ownPerson = { value: person.slug, label: person.name };
	}
	const requested = get('for');
	if (requested === 'idea' || (form.idea && requested !== 'actor' && requested !== 'person')) form.mode = 'idea';
	else if (requested === 'person' || (form.person && !form.actor)) form.mode = 'person';
	if (form.mode === 'actor' && !form.actor && !url.searchParams.has('actor') && ownActors.length > 0) form.actor = ownActors[0].value;
	if (form.mode === 'person' && !form.person && ownPerson) form.person = ownPerson.value;

	const page: FindPartnersPage = {
		form,
		ownActors,
		ownPerson,
		choices: {
			types: choicesOf('actor-type', locale),
			countries: choicesOf('country', locale),
			categories: choicesOf('skills-category', locale),
			languages: choicesOf('language', locale)
		},
		list: null,
		ambiguous: [],
		problem: null
	};
	const filters = {
		scope: form.scope,
		type: form.type || undefined,
		country: form.country || undefined,
		category: form.category || undefined,
		language: form.language || undefined
	};
	try {
		if (form.mode === 'idea' && form.idea) page.list = await suggestForIdea(db, { text: form.idea, scope: form.scope, filters }, locale);
		else if (form.mode === 'person' && form.person) page.list = await matchesForPerson(db, viewer, form.person, filters, locale);
		else if (form.mode === 'actor' && form.actor) {
			const byRef = await findActorByRef(db, form.actor);
			if (byRef) page.list = await matchesForActor(db, viewer, byRef.slug, filters, locale);
			else {
				const named = (await findActorsByName(db, form.actor)).filter((row) => row.status === 'published');
				if (named.length === 1) page.list = await matchesForActor(db, viewer, named[0].slug, filters, locale);
				else if (named.length > 1) page.ambiguous = named.map((row) => ({ value: row.slug, label: `${row.name} (${row.city || row.country || row.type})` }));
				else page.problem = 'not_found';
			}
		}
	} catch (failure) {
		if (!(failure instanceof AppError) || (failure.code !== 'invalid_input' && failure.code !== 'not_found')) throw failure;
		// The page shows its own words for these (the validation text is English).
		page.problem = failure.code === 'not_found' ? 'not_found' : 'invalid';
	}
	return page;
}

/**
 * The human-readable reasons of a suggestion, in the reader's language: one reason per
 * signal that contributed, the strongest first, each with a stable `code` for scripts
 * (interfaces.md: `{"code":"shared_category","text":"…"}`). Paraglide's messages are
 * imported on first use, as elsewhere on the server.
 */
import { label, type Locale } from '../vocab';
import { HELIXES, type MatchIndex } from './match-index';
import type { MatchProfile, MatchScope, ScoredCandidate } from './score';
import { parseConceptTerm, sharedTerms, surfaceForm } from './text';
import type { MatchWeights, Signal } from './weights';

export interface MatchReason {
	code: string;
	text: string;
}

/** Who or what suggestions are for. */
export interface ReasonSource {
	kind: 'actor' | 'person' | 'idea';
	name: string;
	id?: string;
	slug?: string;
	/** True when the source says almost nothing about itself. */
	sparse: boolean;
}

type Messages = typeof import('../../paraglide/messages.js').m;
let messages: Messages | null = null;
async function m(): Promise<Messages> {
	messages ??= (await import('../../paraglide/messages.js')).m;
	return messages;
}

/** A list in running text: "a, b and c" (the conjunction of the locale). */
function list(items: string[], and: string): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** Reasons of one suggestion, strongest contribution first. */
export async function explain(
	index: MatchIndex,
	profile: MatchProfile,
	candidate: ScoredCandidate,
	source: ReasonSource,
	weights: MatchWeights,
	scope: MatchScope,
	locale: Locale
): Promise<MatchReason[]> {
	const msg = await m();
	const options = { locale };
	const and = msg.match_list_and({}, options);
	const slot = candidate.slot;
	const found: { signal: Signal | 'scope'; weight: number; reason: MatchReason }[] = [];
	const add = (signal: Signal | 'scope', code: string, text: string) =>
		found.push({ signal, weight: signal === 'scope' ? 0 : weights[signal] * candidate.signals[signal], reason: { code, text } });
	const { signals } = candidate;

	if (signals.category > 0) {
		const codes = index.categoryBits.codes(profile.categoryMask & index.categoryMask[slot]);
		add('category', 'shared_category', msg.match_reason_shared_category({ list: list(codes.map((code) => label('skills-category', code, locale)), and) }, options));
	}
	if (signals.targetGroup > 0) {
		const codes = index.targetGroupBits.codes(profile.targetGroupMask & index.targetGroupMask[slot]);
		add('targetGroup', 'shared_target_group', msg.match_reason_shared_target_group({ list: list(codes.map((code) => label('target-group', code, locale)), and) }, options));
	}
	if (signals.complementary > 0) {
		const type = label('actor-type', index.types[slot], locale);
		if (profile.wantedTypes.length > 0) add('complementary', 'wanted_type', msg.match_reason_wanted_type({ type }, options));
		else if (signals.complementary >= 1)
			add('complementary', 'complementary_role', msg.match_reason_completes_helix({ type, role: helixLabel(msg, index.helix[slot], locale), name: source.name }, options));
		else add('complementary', 'complementary_role', msg.match_reason_other_role({ type }, options));
	}
	if (signals.language > 0) {
		const codes = index.languageBits.codes(profile.languageMask & index.languageMask[slot]);
		// Language names are common nouns in running Spanish, French and Portuguese text ("en inglés").
		const names = codes.map((code) => (locale === 'en' ? label('language', code, locale) : label('language', code, locale).toLocaleLowerCase(locale)));
		add('language', 'common_language', msg.match_reason_common_language({ list: list(names, and) }, options));
	}
	const country = index.countries[slot];
	if (signals.geography >= 1 && country) add('geography', 'same_country', msg.match_reason_same_country({ country: label('country', country, locale) }, options));
	else if (signals.geography > 0 && index.regions[slot]) add('geography', 'same_region', msg.match_reason_same_region({ region: label('ilo-region', index.regions[slot]!, locale) }, options));
	else if (scope === 'international' && country && (signals.category > 0 || signals.text > 0 || signals.targetGroup > 0))
		add('scope', 'other_country', msg.match_reason_other_country({ country: label('country', country, locale) }, options));
	if (signals.text >= 0.03 && profile.text) {
		const document = index.text.documents[slot];
		const terms = document ? sharedTerms(index.text, profile.text, document, 3).map((term) => termLabel(term, locale)) : [];
		add('text', 'similar_description', msg.match_reason_similar_description({ terms: terms.length > 0 ? list(terms, and) : '—' }, options));
	}
	if (signals.proximity > 0 && candidate.via.length > 0) {
		const names = candidate.via.map((via) => index.names[via]);
		add('proximity', 'introduction_via', msg.match_reason_introduction_via({ names: list(names, and) }, options));
	}
	if (signals.mentoring > 0) {
		const codes = index.categoryBits.codes(profile.categoryMask & index.mentoringMask[slot]);
		add('mentoring', 'offers_mentoring', msg.match_reason_offers_mentoring({ list: list(codes.map((code) => label('skills-category', code, locale)), and) }, options));
	}
	if (index.idleDays[slot] <= 90) add('activity', 'recently_active', msg.match_reason_recently_active({}, options));
	found.sort((a, b) => b.weight - a.weight);
	const reasons = found.map((entry) => entry.reason);
	if (source.sparse) reasons.push({ code: 'little_data', text: msg.match_reason_little_data({ name: source.name }, options) });
	if (reasons.length === 0) reasons.push({ code: 'weak_match', text: msg.match_reason_weak({}, options) });
	return reasons;
}

/** Remarks on a whole list: a sparse source, a scope that could not be applied. */
export async function sourceNotes(source: ReasonSource, ignoredScope: MatchScope | null, locale: Locale): Promise<MatchReason[]> {
	const msg = await m();
	const notes: MatchReason[] = [];
	if (source.sparse) notes.push({ code: 'little_data', text: msg.match_note_little_data({ name: source.name }, { locale }) });
	if (ignoredScope) notes.push({ code: 'scope_ignored', text: msg.match_note_scope_ignored({ name: source.name }, { locale }) });
	return notes;
}

function helixLabel(msg: Messages, helix: number, locale: Locale): string {
	switch (HELIXES[helix]) {
		case 'industry':
			return msg.match_helix_industry({}, { locale });
		case 'education':
			return msg.match_helix_education({}, { locale });
		case 'government':
			return msg.match_helix_government({}, { locale });
		default:
			return '';
	}
}

/** A term of a description as a reader sees it: a concept's label, or the word. */
function termLabel(term: string, locale: Locale): string {
	const concept = parseConceptTerm(term);
	if (!concept) return surfaceForm(term);
	const vocab = concept.vocabulary as 'skills-category' | 'target-group' | 'actor-type' | 'resource-type';
	return label(vocab, concept.code, locale);
}

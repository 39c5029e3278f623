/**
 * Projects and initiatives: name, period, funding programme, categories, a cell of the
 * typology of actions, and partners with their role. Curators create and edit them;
 * profiles list them.
 */
import { z } from 'zod';
import type { DB } from '../db';
import type { SessionUser } from '../../domain/user';
import { canCurate } from '../../domain/user';
import { LocalizedText, VocabCode } from '../../domain/actor';
import { recordAudit } from '../audit/service';
import { forbidden, invalidInput, notFound } from '../errors';
import { slugify, validateInput, vocabCode } from './service';
import * as queries from './projects-queries';
import { existingActorIds } from './queries';
import { pickText, toActorRef, toLocale, vocabLabel, type ActorRef, type LabelledCode } from './present';

const year = z.number().int().min(1900).max(2100).nullable().optional();

export const ProjectInput = z
	.object({
		name: z.string().trim().min(1, 'a name is required').max(300),
		startYear: year,
		endYear: year,
		fundingProgramme: z.string().trim().max(300).optional(),
		categories: z.array(VocabCode).max(20).optional(),
		typologyCell: VocabCode.nullable().optional(),
		description: LocalizedText(10_000).optional(),
		partners: z
			.array(z.object({ actorId: z.uuid(), role: z.enum(['lead', 'partner']).default('partner') }))
			.max(200)
			.optional()
	})
	.refine((value) => value.startYear == null || value.endYear == null || value.endYear >= value.startYear, {
		message: 'the end year comes before the start year',
		path: ['endYear']
	});
export type ProjectInputData = z.input<typeof ProjectInput>;

export interface ProjectSummary {
	id: string;
	slug: string;
	name: string;
	startYear: number | null;
	endYear: number | null;
	fundingProgramme: string;
	categories: LabelledCode[];
	typologyCell: LabelledCode | null;
	description: string;
	partners: (ActorRef & { role: 'lead' | 'partner' })[];
}

interface Context {
	ip?: string;
}

function assertCurator(user: SessionUser | null): asserts user is SessionUser {
	if (!canCurate(user)) throw forbidden('Only curators may create or edit projects.');
}

async function columnsOf(db: DB, input: ProjectInputData) {
	const project = validateInput(ProjectInput, input);
	const partners = project.partners ?? [];
	const found = await existingActorIds(db, partners.map((partner) => partner.actorId));
	const missing = partners.find((partner) => !found.includes(partner.actorId));
	if (missing) throw invalidInput(`The organisation ${missing.actorId} does not exist.`, { partners: 'unknown organisation' });
	const columns: queries.ProjectColumns = {
		name: project.name,
		start_year: project.startYear ?? null,
		end_year: project.endYear ?? null,
		funding_programme: project.fundingProgramme ?? '',
		categories: [...new Set((project.categories ?? []).map((code) => vocabCode('skills-category', code, 'categories')))],
		typology_cell: project.typologyCell ? vocabCode('action-typology', project.typologyCell, 'typologyCell') : null,
		description: project.description ?? {}
	};
	return { columns, partners };
}

/** Creates a project with its partners (curators); audited. */
export async function createProject(db: DB, user: SessionUser | null, input: ProjectInputData, ctx: Context = {}): Promise<{ id: string; slug: string }> {
	assertCurator(user);
	const { columns, partners } = await columnsOf(db, input);
	const base = slugify(columns.name) || 'project';
	const taken = new Set(await queries.projectSlugsLike(db, base));
	let slug = base;
	for (let suffix = 2; taken.has(slug); suffix++) slug = `${base}-${suffix}`;
	const id = await queries.insertProject(db, slug, columns);
	await queries.replacePartners(db, id, partners);
	await recordAudit(db, { user, action: 'project.created', targetType: 'project', targetId: id, details: { name: columns.name, partners: partners.length }, ip: ctx.ip });
	return { id, slug };
}

/** Replaces a project's fields and partners (curators); audited. */
export async function updateProject(db: DB, user: SessionUser | null, id: string, input: ProjectInputData, ctx: Context = {}): Promise<void> {
	assertCurator(user);
	const existing = /^[0-9a-f-]{36}$/i.test(id) ? await queries.findProjectById(db, id) : undefined;
	if (!existing) throw notFound('The project');
	const { columns, partners } = await columnsOf(db, input);
	await queries.updateProjectRow(db, id, columns);
	await queries.replacePartners(db, id, partners);
	await recordAudit(db, { user, action: 'project.updated', targetType: 'project', targetId: id, details: { name: columns.name }, ip: ctx.ip });
}

/** Projects an actor takes part in, with all their published partners. Public. */
export async function listProjectsOfActor(db: DB, actorId: string, locale?: string): Promise<ProjectSummary[]> {
	const lang = toLocale(locale);
	const rows = await queries.selectProjectsOfActor(db, actorId);
	const partners = await queries.selectPartners(db, rows.map((row) => row.id));
	return rows.map((row) => ({
		id: row.id,
		slug: row.slug,
		name: row.name,
		startYear: row.start_year,
		endYear: row.end_year,
		fundingProgramme: row.funding_programme,
		categories: row.categories.map((code) => ({ value: code, label: vocabLabel('skills-category', code, lang) })),
		typologyCell: row.typology_cell ? { value: row.typology_cell, label: vocabLabel('action-typology', row.typology_cell, lang) } : null,
		description: pickText(row.description, lang),
		partners: partners.filter((partner) => partner.project_id === row.id).map((partner) => ({ ...toActorRef(partner, lang), role: partner.role }))
	}));
}

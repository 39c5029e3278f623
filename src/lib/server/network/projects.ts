/**
 * Projects and initiatives: name, period, funding programme, categories, a cell of the
 * typology of actions, and partners with their role. Curators create and edit them, and
 * the managers of an organisation create the projects it leads; the project list and
 * pages and the profiles show them.
 */
import { z } from 'zod';
import type { DB } from '../db';
import type { ProjectRow } from '../db/schema';
import type { SessionUser } from '../../domain/user';
import { canCurate } from '../../domain/user';
import { LocalizedText, VocabCode } from '../../domain/actor';
import { recordAudit } from '../audit/service';
import { AppError, forbidden, invalidInput, notFound } from '../errors';
import { slugify, validateInput, vocabCode } from './service';
import * as queries from './projects-queries';
import { existingActorIds } from './queries';
import { isActorMember } from './profile-queries';
import { pickText, toActorRef, toLocale, vocabLabel, type ActorRef, type LabelledCode } from './present';
import { UUID } from '../ids';

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

/** Curators may create any project; other accounts one whose lead partner they manage. */
async function assertMayCreateProject(db: DB, user: SessionUser | null, input: ProjectInputData): Promise<void> {
	if (!user) throw new AppError('unauthenticated', 'Sign in to add a project.');
	if (canCurate(user)) return;
	const leads = (input.partners ?? []).filter((partner) => partner.role === 'lead' && UUID.test(String(partner.actorId)));
	for (const lead of leads) if (await isActorMember(db, lead.actorId, user.id)) return;
	throw forbidden('Only curators and the managers of the lead organisation may add a project.');
}

/** Creates a project with its partners (curators, and managers of its lead organisation); audited. */
export async function createProject(db: DB, user: SessionUser | null, input: ProjectInputData, ctx: Context = {}): Promise<{ id: string; slug: string }> {
	await assertMayCreateProject(db, user, input);
	const { columns, partners } = await columnsOf(db, input);
	const base = slugify(columns.name) || 'project';
	const taken = new Set(await queries.projectSlugsLike(db, base));
	let slug = base;
	for (let suffix = 2; taken.has(slug); suffix++) slug = `${base}-${suffix}`;
	const id = await queries.insertProject(db, slug, columns);
	await queries.replacePartners(db, id, partners);
	await recordAudit(db, { user, action: 'project.created', targetType: 'project', targetId: id, details: { name: columns.name, slug, partners: partners.length, asCurator: canCurate(user) }, ip: ctx.ip });
	return { id, slug };
}

/**
 * The demo loader's write, with no access check (never for user input): creates the
 * project unless one with the slug of its name exists, and sets its partners.
 */
export async function ensureProject(db: DB, input: ProjectInputData): Promise<'created' | 'unchanged'> {
	const { columns, partners } = await columnsOf(db, input);
	const slug = slugify(columns.name) || 'project';
	const existing = await queries.findProjectBySlug(db, slug);
	const id = existing?.id ?? (await queries.insertProject(db, slug, columns));
	await queries.replacePartners(db, id, partners);
	return existing ? 'unchanged' : 'created';
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
	return toProjectSummaries(db, await queries.selectProjectsOfActor(db, actorId), toLocale(locale));
}

export const ProjectFilters = z.object({
	category: z.array(z.string().trim().max(64)).max(20).default([]),
	cell: z.array(z.string().trim().max(64)).max(6).default([]),
	page: z.coerce.number().int().min(1).max(10_000).default(1)
});
export type ProjectFilters = z.output<typeof ProjectFilters>;

export const PROJECTS_PAGE_SIZE = 20;

/** One page of projects, newest first, filtered by skills category and typology cell (codes or labels). Public. */
export async function listProjects(db: DB, input: z.input<typeof ProjectFilters> = {}, locale?: string) {
	const filters = validateInput(ProjectFilters, input);
	const where = {
		category: filters.category.map((value) => vocabCode('skills-category', value, 'category')),
		cell: filters.cell.map((value) => vocabCode('action-typology', value, 'cell'))
	};
	const { rows, total } = await queries.selectProjects(db, where, PROJECTS_PAGE_SIZE, (filters.page - 1) * PROJECTS_PAGE_SIZE);
	return { items: await toProjectSummaries(db, rows, toLocale(locale)), total, page: filters.page, perPage: PROJECTS_PAGE_SIZE, filters: { ...filters, ...where } };
}

/** One project with its published partners, by slug. Public. */
export async function getProject(db: DB, slug: string, locale?: string): Promise<ProjectSummary> {
	const row = await queries.findProjectBySlug(db, slug);
	if (!row) throw notFound('The project');
	const [project] = await toProjectSummaries(db, [row], toLocale(locale));
	return project;
}

async function toProjectSummaries(db: DB, rows: ProjectRow[], lang: ReturnType<typeof toLocale>): Promise<ProjectSummary[]> {
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

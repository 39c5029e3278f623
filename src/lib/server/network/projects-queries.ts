/** SQL of projects and their partners. Rows in, rows out. */
import { sql } from 'kysely';
import type { DB } from '../db';
import type { ProjectRow } from '../db/schema';

export interface ProjectColumns {
	name: string;
	start_year: number | null;
	end_year: number | null;
	funding_programme: string;
	categories: string[];
	typology_cell: string | null;
	description: Record<string, string>;
}

export async function insertProject(db: DB, slug: string, columns: ProjectColumns): Promise<string> {
	const row = await db
		.insertInto('project')
		.values({ ...columns, slug, description: JSON.stringify(columns.description) })
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

export async function updateProjectRow(db: DB, id: string, columns: ProjectColumns): Promise<boolean> {
	const result = await db
		.updateTable('project')
		.set({ ...columns, description: JSON.stringify(columns.description), updated_at: new Date() })
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) > 0;
}

/** Replaces the partner list of a project. */
export async function replacePartners(db: DB, projectId: string, partners: { actorId: string; role: 'lead' | 'partner' }[]): Promise<void> {
	await db.deleteFrom('project_partner').where('project_id', '=', projectId).execute();
	if (partners.length === 0) return;
	await db
		.insertInto('project_partner')
		.values(partners.map((partner) => ({ project_id: projectId, actor_id: partner.actorId, role: partner.role })))
		.execute();
}

export async function findProjectById(db: DB, id: string): Promise<ProjectRow | undefined> {
	return db.selectFrom('project').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Projects an actor takes part in, newest first. */
export async function selectProjectsOfActor(db: DB, actorId: string): Promise<ProjectRow[]> {
	return db
		.selectFrom('project as p')
		.innerJoin('project_partner as pp', 'pp.project_id', 'p.id')
		.selectAll('p')
		.where('pp.actor_id', '=', actorId)
		.orderBy('p.start_year', 'desc')
		.orderBy('p.name')
		.execute();
}

export interface PartnerRow {
	project_id: string;
	role: 'lead' | 'partner';
	id: string;
	slug: string;
	name: string;
	type: string;
}

/** Published partners of the given projects, leads first. */
export async function selectPartners(db: DB, projectIds: string[]): Promise<PartnerRow[]> {
	if (projectIds.length === 0) return [];
	return db
		.selectFrom('project_partner as pp')
		.innerJoin('actor as a', 'a.id', 'pp.actor_id')
		.select(['pp.project_id', 'pp.role', 'a.id', 'a.slug', 'a.name', 'a.type'])
		.where('pp.project_id', 'in', projectIds)
		.where('a.status', '=', 'published')
		.orderBy('pp.role')
		.orderBy('a.name')
		.execute();
}

export async function projectSlugsLike(db: DB, base: string): Promise<string[]> {
	const rows = await db
		.selectFrom('project')
		.select('slug')
		.where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
		.execute();
	return rows.map((row) => row.slug);
}

export async function findProjectBySlug(db: DB, slug: string): Promise<ProjectRow | undefined> {
	return db.selectFrom('project').selectAll().where('slug', '=', slug).executeTakeFirst();
}

/** Filters of the project list: skills categories and typology cells, each OR-ed inside. */
export interface ProjectWhere {
	category: string[];
	cell: string[];
}

/** One page of projects matching the filters, newest first, with the total. */
export async function selectProjects(db: DB, where: ProjectWhere, limit: number, offset: number): Promise<{ rows: ProjectRow[]; total: number }> {
	let query = db.selectFrom('project');
	if (where.category.length) query = query.where(sql<boolean>`categories && ${where.category}::text[]`);
	if (where.cell.length) query = query.where('typology_cell', 'in', where.cell);
	const [rows, count] = await Promise.all([
		query.selectAll().orderBy('start_year', (order) => order.desc().nullsLast()).orderBy('name').orderBy('id').limit(limit).offset(offset).execute(),
		query.select((eb) => eb.fn.countAll<string>().as('count')).executeTakeFirstOrThrow()
	]);
	return { rows, total: Number(count.count) };
}

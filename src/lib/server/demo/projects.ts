/**
 * Demo projects: the collaborative practices of the cluster paper (seed 001), each placed
 * on its cell of the typology of actions, with the demo organisations as partners.
 * Descriptions are our own words.
 */
import type { DB } from '../db';
import { AppError } from '../errors';
import { ensureProject, type ProjectInputData } from '../network/projects';

interface DemoProject extends Omit<ProjectInputData, 'partners'> {
	partners: { demoId: string; role: 'lead' | 'partner' }[];
}

const demoProjects: DemoProject[] = [
	{
		name: 'Masters in Packaging Management',
		categories: ['6'],
		typologyCell: 'regional-low-medium',
		description: { en: 'A nine-month master’s programme (60 ECTS) built by the Catalan packaging cluster with a business school, so that member firms get packaging experts who also know operations management.' },
		partners: [{ demoId: 'packaging-cluster', role: 'lead' }, { demoId: 'iqs-executive-education', role: 'partner' }, { demoId: 'ramon-llull-university', role: 'partner' }]
	},
	{
		name: 'AS-Fabrik: advanced services for industry in Bilbao',
		fundingProgramme: 'ERDF – Urban Innovative Actions',
		categories: ['5', '6'],
		typologyCell: 'regional-high',
		description: { en: 'A city alliance of public bodies, university research centres and two cluster organisations that maps the mid-term Industry 4.0 needs of local manufacturers and trains students, entrepreneurs and professionals across disciplines.' },
		partners: [{ demoId: 'as-fabrik', role: 'lead' }, { demoId: 'bilbao-city-council', role: 'partner' }, { demoId: 'gaia', role: 'partner' }, { demoId: 'eiken', role: 'partner' }]
	},
	{
		name: 'Aerospace skills hub',
		startYear: 2013,
		categories: ['5'],
		typologyCell: 'international-low-medium',
		description: { en: 'Aerospace cluster organisations from several countries met in a series of workshops on the gaps of vocational training for their sector; a standing working group on skills carries the work on.' },
		partners: [{ demoId: 'eacp', role: 'lead' }]
	},
	{
		name: 'Mini MBA in Human Centred Manufacturing',
		categories: ['6'],
		typologyCell: 'international-low-medium',
		description: { en: 'A short management course of the Portuguese tooling cluster and a British university for industry managers, with a study visit to companies in Manchester.' },
		partners: [{ demoId: 'pool-net', role: 'lead' }, { demoId: 'university-of-manchester', role: 'partner' }]
	},
	{
		name: 'DIHUB Cloud',
		fundingProgramme: 'Erasmus+ – Centres of Vocational Excellence',
		categories: ['6', '5'],
		typologyCell: 'international-high',
		description: { en: 'Five connected regional nodes train students, VET providers and companies in cloud technologies; a Portuguese ICT cluster is among the partners.' },
		partners: [{ demoId: 'dihub-cloud', role: 'lead' }, { demoId: 'tice-pt', role: 'partner' }]
	},
	{
		name: 'METIS sector skills alliance',
		fundingProgramme: 'Erasmus+',
		categories: ['5', '4'],
		typologyCell: 'international-high',
		description: { en: 'A four-year alliance of twenty partners, rooted in Europe’s largest microelectronics cluster, building an observatory, a skills council and an action plan for vocational training in microelectronics.' },
		partners: [{ demoId: 'metis', role: 'lead' }, { demoId: 'silicon-saxony', role: 'partner' }]
	}
];

/** Loads the demo projects; a second load finds them by slug and only refreshes their partners. */
export async function loadDemoProjects(db: DB, actors: Map<string, { id: string }>): Promise<void> {
	for (const { partners, ...project } of demoProjects) {
		const resolved = partners.map((partner) => {
			const actor = actors.get(partner.demoId);
			if (!actor) throw new AppError('invalid_input', `demo project ${project.name}: no demo actor "${partner.demoId}".`);
			return { actorId: actor.id, role: partner.role };
		});
		await ensureProject(db, { ...project, partners: resolved });
	}
}

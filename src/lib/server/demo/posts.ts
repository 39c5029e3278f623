/**
 * Partner-search posts of the demo data, written for this atlas (not taken from a
 * source), each published for a demo organisation and matched on reload by its demo id.
 */
import type { DB } from '../db';
import { AppError } from '../errors';
import { deleteDemoPosts, upsertDemoPost, type DemoPostData } from '../posts/service';

type DemoPost = Omit<DemoPostData, 'actorId'> & { actorDemoId: string };

export const demoPosts: DemoPost[] = [
	{
		demoId: 'idia-vet-portugal',
		actorDemoId: 'idia',
		title: 'Looking for a VET partner in Portugal for digital-skills training',
		description:
			'Our ICT cluster runs short courses in cloud, data and cybersecurity for the staff of member SMEs in Aragon. ' +
			'We want to build a **joint training offer** with a vocational training provider in Portugal:\n\n' +
			'- co-design two modules for technicians (one in Spanish, one in Portuguese);\n' +
			'- exchange trainers for a week each year;\n' +
			'- place learners in work-based learning with firms on both sides.\n\n' +
			'We bring the companies and the course material; we look for a partner that brings certified vocational training and trainers.',
		actorTypes: ['vet-provider'],
		categories: ['6', '1'],
		targetGroups: ['smes'],
		countries: ['PT'],
		scope: 'international'
	},
	{
		demoId: 'pool-net-anticipation',
		actorDemoId: 'pool-net',
		title: 'Partners for a skills-anticipation study in the mould and tooling industry',
		description:
			'Moulds and tools are changing with additive manufacturing and digital design. Before we renew our training plans we want to know which profiles firms will need in five years. ' +
			'We seek a research organisation or university with experience in skills forecasting, and another tooling cluster in Europe to compare results with.',
		actorTypes: ['rto', 'university', 'cluster-organisation'],
		categories: ['4'],
		targetGroups: [],
		countries: ['DE', 'ES', 'IT'],
		scope: 'international'
	},
	{
		demoId: 'sena-dual-logistics',
		actorDemoId: 'sena',
		title: 'Buscamos empresas y clústeres para aprendizaje dual en logística',
		description:
			'Queremos ampliar la formación dual en logística y transporte en Bogotá y Medellín. ' +
			'Buscamos empresas y clústeres dispuestos a recibir aprendices jóvenes durante seis meses y a participar en la revisión del programa con nuestros instructores.',
		actorTypes: ['firm-sme', 'firm-large', 'cluster-organisation'],
		categories: ['1'],
		targetGroups: ['youth'],
		countries: ['CO'],
		scope: 'regional'
	},
	{
		demoId: 'silicon-saxony-returners',
		actorDemoId: 'silicon-saxony',
		title: 'Training providers for microelectronics upskilling of women returning to work',
		description:
			'Several member firms want to hire women who return to work after a career break. ' +
			'We look for training providers and universities in Saxony that can run a part-time upskilling course in cleanroom work and chip testing, with childcare-friendly hours.',
		actorTypes: ['vet-provider', 'university'],
		categories: ['6', '7'],
		targetGroups: ['women'],
		countries: ['DE'],
		scope: 'regional'
	}
];

/**
 * Loads the demo posts (after the demo actors, whose ids and slugs `actors` holds by demo
 * id). With `reset` the demo posts are removed first.
 */
export async function loadDemoPosts(db: DB, actors: Map<string, { id: string; slug: string }>, options: { reset?: boolean } = {}): Promise<number> {
	if (options.reset) await deleteDemoPosts(db);
	for (const { actorDemoId, ...post } of demoPosts) {
		const actor = actors.get(actorDemoId);
		if (!actor) throw new AppError('invalid_input', `demo post ${post.demoId}: no demo actor "${actorDemoId}".`);
		await upsertDemoPost(db, { ...post, actorId: actor.id });
	}
	return demoPosts.length;
}

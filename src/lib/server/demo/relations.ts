/**
 * Relations of the demo network, by demo id: who belongs to whom, who leads, funds,
 * mentors or works with whom in the practices and programmes of the seed documents.
 */
import type { DemoRelation } from './types';

type Row = [from: string, type: DemoRelation['type'], to: string, label: string, startYear?: number];

// prettier-ignore
const rows: Row[] = [
	// The ILO family.
	['ilo-skills-branch', 'member-of', 'ilo', 'Part of the ILO'],
	['ilo-skills-innovation-facility', 'member-of', 'ilo-skills-branch', 'Hosted by the Skills Branch'],
	['ilo-skills-innovation-facility', 'leads', 'skills-innovation-network', 'Launched the network', 2020],
	['ilo-skills-branch', 'collaborates-with', 'skills-innovation-network', 'Skills Innovation Connections team', 2020],
	['ilo-cinterfor', 'member-of', 'ilo', 'ILO centre for Latin America and the Caribbean'],
	['itcilo', 'member-of', 'ilo', 'ILO training campus'],
	['ilo-ro-africa', 'member-of', 'ilo', 'ILO regional office'],
	['ilo-ro-arab-states', 'member-of', 'ilo', 'ILO regional office'],
	['ilo-ro-latin-america', 'member-of', 'ilo', 'ILO regional office'],
	['ilo-ro-asia-pacific', 'member-of', 'ilo', 'ILO regional office'],
	['ilo-cinterfor', 'collaborates-with', 'itcilo', 'Joint two-year training programme', 2007],
	['ilo-cinterfor', 'collaborates-with', 'ilo-skills-branch', 'Projects coordinated with the Skills department'],
	['ilo-cinterfor', 'collaborates-with', 'ilo-ro-latin-america', 'Projects coordinated with the regional office'],
	['itcilo', 'collaborates-with', 'ilo-skills-branch', 'Training on skills policies'],
	// The ILO–Norway partnership.
	['government-of-norway', 'member-of', 'ilo', 'Member State'],
	['government-of-norway', 'funds', 'ilo', 'Lightly earmarked contribution to development cooperation'],
	['government-of-norway', 'funds', 'ilo-norway-partnership', 'Partnership agreement on skills and lifelong learning'],
	['ilo-skills-branch', 'leads', 'ilo-norway-partnership', 'Technical lead'],
	['ilo-ro-africa', 'partner-in', 'ilo-norway-partnership', 'Ethiopia, Ghana, Malawi, Senegal and Tanzania'],
	['ilo-ro-arab-states', 'partner-in', 'ilo-norway-partnership', 'Lebanon'],
	// ILO/Cinterfor's network of training institutions and regional integration bodies.
	['senai', 'member-of', 'ilo-cinterfor', 'Member institution'],
	['sena', 'member-of', 'ilo-cinterfor', 'Member institution'],
	['ina', 'member-of', 'ilo-cinterfor', 'Member institution'],
	['senati', 'member-of', 'ilo-cinterfor', 'Member institution'],
	['infotep', 'member-of', 'ilo-cinterfor', 'Member institution'],
	['heart-nsta', 'member-of', 'ilo-cinterfor', 'Member institution'],
	['ilo-cinterfor', 'collaborates-with', 'mercosur', 'Regional qualifications frameworks'],
	['ilo-cinterfor', 'collaborates-with', 'caricom', 'Regional qualifications frameworks'],
	['ilo-cinterfor', 'collaborates-with', 'can', 'Regional qualifications frameworks'],
	['ilo-cinterfor', 'collaborates-with', 'sica', 'Regional qualifications frameworks'],
	// The European cluster platform.
	['european-commission', 'funds', 'eccp', 'COSME programme'],
	['dg-grow', 'member-of', 'european-commission', 'Commission department'],
	['dg-grow', 'leads', 'eccp', 'Cluster policy owner'],
	['european-commission', 'leads', 'expert-group-clusters', 'Commission expert group'],
	['dg-grow', 'collaborates-with', 'expert-group-clusters', 'Skills subgroup discussions', 2020],
	['orkestra', 'collaborates-with', 'eccp', 'ECCP Discussion Paper 1 on skills', 2020],
	['orkestra', 'member-of', 'university-of-deusto', 'Institute of the university'],
	['james-wilson', 'member-of', 'orkestra', 'Researcher'],
	['james-wilson', 'collaborates-with', 'expert-group-clusters', 'Paper submitted to the group', 2020],
	['expert-group-clusters', 'collaborates-with', 'eccp', 'Inspiring practices on skills', 2020],
	// Cluster organisations registered on the platform.
	['idia', 'member-of', 'eccp', 'Cluster profile on the platform'],
	['packaging-cluster', 'member-of', 'eccp', 'Cluster profile on the platform'],
	['its-owl', 'member-of', 'eccp', 'Cluster profile on the platform'],
	['sensorik-bayern', 'member-of', 'eccp', 'Cluster profile on the platform'],
	['gaia', 'member-of', 'eccp', 'Cluster profile on the platform'],
	['eiken', 'member-of', 'eccp', 'Cluster profile on the platform'],
	['pool-net', 'member-of', 'eccp', 'Cluster profile on the platform'],
	['tice-pt', 'member-of', 'eccp', 'Cluster profile on the platform'],
	['silicon-saxony', 'member-of', 'eccp', 'Cluster profile on the platform'],
	// eNCUENTRA, Aragon.
	['idia', 'leads', 'encuentra', 'Designed and runs the programme'],
	// Masters in Packaging Management, Catalonia.
	['packaging-cluster', 'collaborates-with', 'iqs-executive-education', 'Masters in Packaging Management (60 ECTS)'],
	['iqs-executive-education', 'member-of', 'ramon-llull-university', 'School of the university'],
	// Skills for the Regions Innovation Bureau, Germany.
	['bmas', 'leads', 'innovation-bureau', 'Ministry initiative'],
	['bmas', 'funds', 'innovation-bureau', 'Federal programme budget'],
	['its-owl', 'partner-in', 'innovation-bureau', 'Leads a regional skills network'],
	['sensorik-bayern', 'partner-in', 'innovation-bureau', 'Leads a regional skills network'],
	['innovation-bureau', 'mentors', 'its-owl', 'Advice on a regional skills coalition'],
	['innovation-bureau', 'mentors', 'sensorik-bayern', 'Advice on a regional skills coalition'],
	['its-owl', 'collaborates-with', 'sensorik-bayern', 'Experience exchange between regional networks'],
	// AS-Fabrik, Bilbao.
	['bilbao-city-council', 'leads', 'as-fabrik', 'Lead partner'],
	['gaia', 'partner-in', 'as-fabrik', 'ICT cluster partner'],
	['eiken', 'partner-in', 'as-fabrik', 'Audiovisual cluster partner'],
	['urban-innovative-actions', 'funds', 'as-fabrik', 'Initial ERDF funding'],
	['european-commission', 'funds', 'urban-innovative-actions', 'European Regional Development Fund'],
	['gaia', 'collaborates-with', 'eiken', 'Fellow cluster partners in AS-Fabrik'],
	// Mini MBA in Human Centred Manufacturing.
	['pool-net', 'collaborates-with', 'university-of-manchester', 'Mini MBA in Human Centred Manufacturing'],
	['cefamol', 'member-of', 'pool-net', 'Industry association in the tooling cluster'],
	// DIHUB Cloud.
	['tice-pt', 'partner-in', 'dihub-cloud', 'Portuguese node'],
	['european-commission', 'funds', 'dihub-cloud', 'Erasmus+ Centres of Vocational Excellence'],
	// METIS, microelectronics.
	['silicon-saxony', 'partner-in', 'metis', 'Home cluster of the alliance'],
	['european-commission', 'funds', 'metis', 'Erasmus+ sector skills alliance']
];

export const demoRelations: DemoRelation[] = rows.map(([from, type, to, label, startYear]) => ({
	from,
	to,
	type,
	label,
	...(startYear ? { startYear } : {})
}));

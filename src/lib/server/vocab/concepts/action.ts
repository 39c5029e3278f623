/**
 * The typology of actions for cluster organisations: scope of collaboration × systemic
 * complexity gives six cells, timing (short, medium, long term) runs across them. In
 * `action-typology` the six cells are top concepts and the typical actions are their
 * children (`parent` = cell code), each with the timings it can be delivered in.
 */
import type { Concept, Labels } from '../types';

export type ActionScope = 'alone' | 'regional' | 'international';
export type ActionComplexity = 'low-medium' | 'high';
export type ActionTiming = 'short' | 'medium' | 'long';

export const actionScopes: Concept[] = [
	{
		code: 'alone',
		labels: { en: 'Acting alone (basic services)', es: 'Actuación en solitario (servicios básicos)', fr: 'Action isolée (services de base)', pt: 'Atuação isolada (serviços básicos)' },
		altLabels: {
			en: ['acting alone', 'alone', 'basic service provision', 'basic services', 'individual action'],
			es: ['en solitario', 'servicios básicos', 'actuación individual'],
			fr: ['agir seul', 'services de base', 'action individuelle'],
			pt: ['atuar sozinho', 'serviços básicos', 'atuação individual']
		}
	},
	{
		code: 'regional',
		labels: { en: 'Regional or national collaboration', es: 'Colaboración regional o nacional', fr: 'Collaboration régionale ou nationale', pt: 'Colaboração regional ou nacional' },
		altLabels: {
			en: ['regional collaboration', 'national collaboration', 'acting in collaboration (regional / national)', 'regional'],
			es: ['colaboración regional', 'colaboración nacional', 'regional'],
			fr: ['collaboration régionale', 'collaboration nationale', 'régional'],
			pt: ['colaboração regional', 'colaboração nacional', 'regional']
		}
	},
	{
		code: 'international',
		labels: { en: 'International collaboration', es: 'Colaboración internacional', fr: 'Collaboration internationale', pt: 'Colaboração internacional' },
		altLabels: {
			en: ['acting in collaboration (international)', 'international'],
			es: ['internacional'],
			fr: ['international', 'internationale'],
			pt: ['internacional']
		}
	}
];

export const actionComplexities: Concept[] = [
	{
		code: 'low-medium',
		labels: { en: 'Low to medium complexity', es: 'Complejidad baja o media', fr: 'Complexité faible à moyenne', pt: 'Complexidade baixa a média' },
		altLabels: { en: ['low-medium complexity', 'low-medium', 'low', 'medium'], es: ['baja', 'media'], fr: ['faible', 'moyenne'], pt: ['baixa', 'média'] }
	},
	{
		code: 'high',
		labels: { en: 'High complexity', es: 'Complejidad alta', fr: 'Complexité élevée', pt: 'Complexidade alta' },
		altLabels: { en: ['high'], es: ['alta'], fr: ['élevée', 'haute'], pt: ['alta', 'elevada'] }
	}
];

export const actionTimings: Concept[] = [
	{
		code: 'short',
		labels: { en: 'Short term', es: 'Corto plazo', fr: 'Court terme', pt: 'Curto prazo' },
		altLabels: { en: ['ST', 'short-term'], es: ['CP'], fr: ['CT'], pt: ['CP'] }
	},
	{
		code: 'medium',
		labels: { en: 'Medium term', es: 'Medio plazo', fr: 'Moyen terme', pt: 'Médio prazo' },
		altLabels: { en: ['MT', 'medium-term'], es: ['MP', 'mediano plazo'], fr: ['MT'], pt: ['MP'] }
	},
	{
		code: 'long',
		labels: { en: 'Long term', es: 'Largo plazo', fr: 'Long terme', pt: 'Longo prazo' },
		altLabels: { en: ['LT', 'long-term'], es: ['LP'], fr: ['LT'], pt: ['LP'] }
	}
];

interface CellDefinition {
	scope: ActionScope;
	complexity: ActionComplexity;
	labels: Labels;
	/** How the seed report's table names the cell, e.g. "Regional Collaboration / Low-Medium Complexity". */
	reportName: string;
	actions: { code: string; timing: ActionTiming[]; labels: Labels }[];
}

const CELLS: CellDefinition[] = [
	{
		scope: 'alone',
		complexity: 'low-medium',
		reportName: 'Acting Alone / Low-Medium Complexity',
		labels: { en: 'Acting alone, low to medium complexity', es: 'En solitario, complejidad baja o media', fr: 'Action isolée, complexité faible à moyenne', pt: 'Atuação isolada, complexidade baixa a média' },
		actions: [
			{ code: 'raise-awareness', timing: ['short', 'medium'], labels: { en: 'Raise awareness of skills imbalances', es: 'Sensibilizar sobre los desequilibrios de competencias', fr: 'Sensibiliser aux déséquilibres de compétences', pt: 'Sensibilizar para os desequilíbrios de competências' } },
			{ code: 'strategic-intelligence', timing: ['short', 'medium'], labels: { en: 'Share strategic intelligence and foresight on regional or sector trends', es: 'Aportar inteligencia estratégica y prospectiva sobre tendencias regionales o sectoriales', fr: 'Fournir veille stratégique et prospective sur les tendances régionales ou sectorielles', pt: 'Fornecer inteligência estratégica e prospetiva sobre tendências regionais ou setoriais' } },
			{ code: 'funding-information', timing: ['short', 'medium'], labels: { en: 'Inform members about funding and training opportunities', es: 'Informar sobre financiación y oportunidades de formación', fr: 'Informer sur les financements et les offres de formation', pt: 'Informar sobre financiamento e oportunidades de formação' } },
			{ code: 'ad-hoc-training', timing: ['short', 'medium', 'long'], labels: { en: 'Organise ad hoc training for members', es: 'Organizar formaciones puntuales para los miembros', fr: 'Organiser des formations ponctuelles pour les membres', pt: 'Organizar formações pontuais para os membros' } }
		]
	},
	{
		scope: 'alone',
		complexity: 'high',
		reportName: 'Acting Alone / High Complexity',
		labels: { en: 'Acting alone, high complexity', es: 'En solitario, complejidad alta', fr: 'Action isolée, complexité élevée', pt: 'Atuação isolada, complexidade alta' },
		actions: [
			{ code: 'strategic-monitoring', timing: ['medium', 'long'], labels: { en: 'Build a strategic monitoring framework for the cluster’s skills', es: 'Crear un marco de seguimiento estratégico de las competencias del clúster', fr: 'Mettre en place un suivi stratégique des compétences du cluster', pt: 'Criar um quadro de monitorização estratégica das competências do cluster' } }
		]
	},
	{
		scope: 'regional',
		complexity: 'low-medium',
		reportName: 'Regional Collaboration / Low-Medium Complexity',
		labels: { en: 'Regional or national collaboration, low to medium complexity', es: 'Colaboración regional o nacional, complejidad baja o media', fr: 'Collaboration régionale ou nationale, complexité faible à moyenne', pt: 'Colaboração regional ou nacional, complexidade baixa a média' },
		actions: [
			{ code: 'fast-needs-mapping', timing: ['short', 'medium', 'long'], labels: { en: 'Bring actors together to map skills needs quickly', es: 'Reunir a los actores para mapear rápidamente las necesidades de competencias', fr: 'Réunir les acteurs pour cartographier rapidement les besoins en compétences', pt: 'Reunir os atores para mapear rapidamente as necessidades de competências' } },
			{ code: 'integrated-training', timing: ['short', 'medium', 'long'], labels: { en: 'Run training together with education institutions', es: 'Impartir formación junto con centros educativos', fr: 'Proposer des formations avec des établissements d’enseignement', pt: 'Oferecer formação em conjunto com instituições de ensino' } },
			{ code: 'talent-attraction', timing: ['short', 'medium', 'long'], labels: { en: 'Support talent attraction', es: 'Apoyar la atracción de talento', fr: 'Soutenir l’attraction des talents', pt: 'Apoiar a atração de talento' } },
			{ code: 'curriculum-fine-tuning', timing: ['medium', 'long'], labels: { en: 'Help fine-tune VET and university curricula', es: 'Contribuir a ajustar los planes de estudio de FP y universidad', fr: 'Aider à ajuster les programmes de la formation professionnelle et de l’université', pt: 'Ajudar a ajustar os currículos do ensino profissional e universitário' } },
			{ code: 'standards-development', timing: ['medium', 'long'], labels: { en: 'Support the development of standards', es: 'Apoyar la elaboración de normas', fr: 'Soutenir l’élaboration de normes', pt: 'Apoiar o desenvolvimento de normas' } }
		]
	},
	{
		scope: 'regional',
		complexity: 'high',
		reportName: 'Regional Collaboration / High Complexity',
		labels: { en: 'Regional or national collaboration, high complexity', es: 'Colaboración regional o nacional, complejidad alta', fr: 'Collaboration régionale ou nationale, complexité élevée', pt: 'Colaboração regional ou nacional, complexidade alta' },
		actions: [
			{ code: 'regional-skills-pact', timing: ['medium', 'long'], labels: { en: 'Broker regional skills strategies, alliances or pacts', es: 'Impulsar estrategias, alianzas o pactos regionales de competencias', fr: 'Susciter des stratégies, alliances ou pactes régionaux pour les compétences', pt: 'Promover estratégias, alianças ou pactos regionais de competências' } },
			{ code: 'regional-investment-strategy', timing: ['medium', 'long'], labels: { en: 'Shape regional strategies for investing in skills', es: 'Impulsar estrategias regionales de inversión en competencias', fr: 'Porter des stratégies régionales d’investissement dans les compétences', pt: 'Apoiar estratégias regionais de investimento em competências' } },
			{ code: 'regional-talent-strategy', timing: ['medium', 'long'], labels: { en: 'Shape regional strategies for attracting talent', es: 'Impulsar estrategias regionales de atracción de talento', fr: 'Porter des stratégies régionales d’attraction des talents', pt: 'Apoiar estratégias regionais de atração de talento' } }
		]
	},
	{
		scope: 'international',
		complexity: 'low-medium',
		reportName: 'International Collaboration / Low-Medium Complexity',
		labels: { en: 'International collaboration, low to medium complexity', es: 'Colaboración internacional, complejidad baja o media', fr: 'Collaboration internationale, complexité faible à moyenne', pt: 'Colaboração internacional, complexidade baixa a média' },
		actions: [
			{ code: 'global-benchmarking', timing: ['short', 'medium', 'long'], labels: { en: 'Benchmark skills trends with clusters abroad', es: 'Comparar tendencias de competencias con clústeres de otros países', fr: 'Comparer les tendances de compétences avec des clusters étrangers', pt: 'Comparar tendências de competências com clusters de outros países' } },
			{ code: 'inter-cluster-exchange', timing: ['short', 'medium'], labels: { en: 'Exchange experience between clusters', es: 'Intercambiar experiencias entre clústeres', fr: 'Échanger des expériences entre clusters', pt: 'Trocar experiências entre clusters' } }
		]
	},
	{
		scope: 'international',
		complexity: 'high',
		reportName: 'International Collaboration / High Complexity',
		labels: { en: 'International collaboration, high complexity', es: 'Colaboración internacional, complejidad alta', fr: 'Collaboration internationale, complexité élevée', pt: 'Colaboração internacional, complexidade alta' },
		actions: [
			{ code: 'international-partnership', timing: ['medium', 'long'], labels: { en: 'Build lasting partnerships with clusters or universities abroad', es: 'Crear alianzas estables con clústeres o universidades de otros países', fr: 'Nouer des partenariats durables avec des clusters ou universités étrangers', pt: 'Criar parcerias duradouras com clusters ou universidades de outros países' } },
			{ code: 'international-skills-alliance', timing: ['medium', 'long'], labels: { en: 'Broker international skills alliances or pacts', es: 'Impulsar alianzas o pactos internacionales de competencias', fr: 'Susciter des alliances ou pactes internationaux pour les compétences', pt: 'Promover alianças ou pactos internacionais de competências' } }
		]
	}
];

/** Code of a typology cell, e.g. "regional-high" or "alone-low-medium". */
export function actionCellCode(scope: ActionScope, complexity: ActionComplexity): string {
	return `${scope}-${complexity}`;
}

function buildTypology(): Concept[] {
	const concepts: Concept[] = [];
	for (const cell of CELLS) {
		const cellCode = actionCellCode(cell.scope, cell.complexity);
		const timing = (['short', 'medium', 'long'] as const).filter((t) => cell.actions.some((action) => action.timing.includes(t)));
		concepts.push({
			code: cellCode,
			labels: cell.labels,
			altLabels: { en: [cell.reportName] },
			extra: { scope: cell.scope, complexity: cell.complexity, timing, actions: cell.actions.map((action) => action.code) }
		});
		for (const action of cell.actions) {
			concepts.push({
				code: action.code,
				labels: action.labels,
				parent: cellCode,
				extra: { scope: cell.scope, complexity: cell.complexity, timing: action.timing }
			});
		}
	}
	return concepts;
}

export const actionTypology: Concept[] = buildTypology();

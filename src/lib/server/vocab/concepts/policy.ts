/**
 * Policy steps for cluster organisations; each step can be taken at regional/national or
 * EU level (`extra.levels`, codes of the `policy-level` vocabulary).
 */
import type { Concept } from '../types';

export const policyLevels: Concept[] = [
	{
		code: 'regional-national',
		labels: { en: 'Regional or national level', es: 'Nivel regional o nacional', fr: 'Niveau régional ou national', pt: 'Nível regional ou nacional' },
		altLabels: { en: ['regional / national level', 'regional', 'national'], es: ['regional', 'nacional'], fr: ['régional', 'national'], pt: ['regional', 'nacional'] }
	},
	{
		code: 'eu',
		labels: { en: 'EU level', es: 'Nivel de la UE', fr: 'Niveau de l’UE', pt: 'Nível da UE' },
		altLabels: { en: ['EU', 'European Union', 'European level'], es: ['UE', 'Unión Europea', 'nivel europeo'], fr: ['UE', 'Union européenne', 'niveau européen'], pt: ['UE', 'União Europeia', 'nível europeu'] }
	}
];

const BOTH_LEVELS = policyLevels.map((level) => level.code);

export const policySteps: Concept[] = [
	{
		code: 'broaden-participation',
		labels: { en: 'Broaden participation', es: 'Ampliar la participación', fr: 'Élargir la participation', pt: 'Alargar a participação' },
		altLabels: { pt: ['Ampliar a participação'] },
		extra: { order: 1, levels: BOTH_LEVELS }
	},
	{
		code: 'develop-services',
		labels: { en: 'Develop services', es: 'Desarrollar servicios', fr: 'Développer les services', pt: 'Desenvolver serviços' },
		extra: { order: 2, levels: BOTH_LEVELS }
	},
	{
		code: 'engage-regionally',
		labels: { en: 'Engage regionally', es: 'Implicarse en la región', fr: 'S’engager dans la région', pt: 'Envolver-se na região' },
		altLabels: { es: ['Compromiso regional'], fr: ['Engagement régional'], pt: ['Compromisso regional'] },
		extra: { order: 3, levels: BOTH_LEVELS }
	},
	{
		code: 'connect-internationally',
		labels: { en: 'Connect internationally', es: 'Conectar a nivel internacional', fr: 'Se connecter à l’international', pt: 'Ligar-se a nível internacional' },
		altLabels: { es: ['Conexión internacional'], fr: ['Connexion internationale'], pt: ['Conectar-se internacionalmente'] },
		extra: { order: 4, levels: BOTH_LEVELS }
	}
];

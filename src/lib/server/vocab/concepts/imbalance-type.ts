/**
 * The four scenarios of skills imbalance that a skills-needs survey classifies answers
 * into; `extra.scenario` is the number in the source figure, `extra.description` a one-line
 * explanation in each interface language.
 */
import type { Concept } from '../types';

export const imbalanceTypes: Concept[] = [
	{
		code: 'over-qualification',
		labels: { en: 'Over-qualification', es: 'Sobrecualificación', fr: 'Surqualification', pt: 'Sobrequalificação' },
		altLabels: {
			en: ['overqualification', 'over qualification', 'over-skilling', 'over-education'],
			es: ['sobrecalificación', 'sobreeducación'],
			fr: ['surqualification', 'suréducation'],
			pt: ['sobre-qualificação', 'sobreeducação']
		},
		extra: {
			scenario: 1,
			description: {
				en: 'People hold more or higher skills than the local jobs ask for, so part of them goes unused.',
				es: 'Las personas tienen más competencias, o de mayor nivel, de las que piden los empleos locales, y parte queda sin usar.',
				fr: 'Les personnes ont plus de compétences, ou de plus haut niveau, que n’en demandent les emplois locaux ; une partie reste inutilisée.',
				pt: 'As pessoas têm mais competências, ou de nível mais alto, do que os empregos locais pedem, e parte fica por usar.'
			}
		}
	},
	{
		code: 'skills-shortage',
		labels: { en: 'Skills shortage', es: 'Escasez de competencias', fr: 'Pénurie de compétences', pt: 'Escassez de competências' },
		altLabels: {
			en: ['skill shortage', 'skills shortages', 'talent shortage', 'shortage of skilled workers'],
			es: ['escasez de habilidades', 'escasez de talento', 'escasez de mano de obra cualificada'],
			fr: ['pénuries de compétences', 'pénurie de talents', 'pénurie de main-d’œuvre qualifiée'],
			pt: ['escassez de talento', 'falta de mão de obra qualificada', 'carência de competências']
		},
		extra: {
			scenario: 2,
			description: {
				en: 'Employers need more people with a given skill than the region supplies; more training and talent attraction help.',
				es: 'Las empresas necesitan más personas con una competencia de las que la región ofrece; ayudan más formación y atracción de talento.',
				fr: 'Les employeurs ont besoin de plus de personnes dotées d’une compétence que la région n’en fournit ; plus de formation et l’attraction de talents aident.',
				pt: 'As empresas precisam de mais pessoas com uma competência do que a região oferece; ajudam mais formação e atração de talento.'
			}
		}
	},
	{
		code: 'skills-mismatch',
		labels: { en: 'Skills mismatch', es: 'Desajuste de competencias', fr: 'Inadéquation des compétences', pt: 'Desajuste de competências' },
		altLabels: {
			en: ['skill mismatch', 'skills mismatches', 'skills gap', 'skills gaps', 'skills misalignment'],
			es: ['desajuste de habilidades', 'desfase de competencias', 'brecha de competencias', 'brecha de habilidades'],
			fr: ['inadéquation des qualifications', 'décalage de compétences', 'écart de compétences'],
			pt: ['desajustamento de competências', 'lacuna de competências', 'descompasso de competências']
		},
		extra: {
			scenario: 3,
			description: {
				en: 'The skills on offer are not the ones asked for; targeted reskilling and a more adaptable training supply help.',
				es: 'Las competencias disponibles no son las que se piden; ayudan la recualificación específica y una oferta formativa más flexible.',
				fr: 'Les compétences disponibles ne sont pas celles qui sont demandées ; une requalification ciblée et une offre de formation plus souple aident.',
				pt: 'As competências disponíveis não são as procuradas; ajudam a requalificação dirigida e uma oferta de formação mais flexível.'
			}
		}
	},
	{
		code: 'skills-deficit',
		labels: { en: 'Skills deficit', es: 'Déficit de competencias', fr: 'Déficit de compétences', pt: 'Défice de competências' },
		altLabels: {
			en: ['skill deficit', 'low-skill equilibrium', 'low skills trap'],
			es: ['equilibrio de baja cualificación'],
			fr: ['équilibre de faible qualification'],
			pt: ['déficit de competências', 'equilíbrio de baixas qualificações']
		},
		extra: {
			scenario: 4,
			description: {
				en: 'Both the skills on offer and the demand for them are low, so the region stays stuck with low-skilled work.',
				es: 'Tanto la oferta de competencias como su demanda son bajas, y la región queda atrapada en empleos poco cualificados.',
				fr: 'L’offre comme la demande de compétences sont faibles ; la région reste bloquée dans des emplois peu qualifiés.',
				pt: 'Tanto a oferta de competências como a procura são baixas, e a região fica presa a trabalho pouco qualificado.'
			}
		}
	}
];

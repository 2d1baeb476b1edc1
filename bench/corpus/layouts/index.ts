import type {Draft} from '../draft.js';
import type {Scene} from '../scene.js';
import {businessJournal} from './business-journal.js';
import {chatty} from './chatty.js';
import {hugo} from './hugo.js';
import {jekyll} from './jekyll.js';
import {trends} from './trends.js';

/** The five shapes of the seed articles, named after the sites or tools that produce them. */
export const layoutNames = ['jekyll', 'hugo', 'business-journal', 'trends', 'chatty'] as const;
export type LayoutName = (typeof layoutNames)[number];

/** How often each layout occurs, and the body length (characters) its drafts aim at. */
export const layoutShapes: Readonly<Record<LayoutName, {weight: number; length: readonly [number, number]}>> = {
	jekyll: {weight: 30, length: [1000, 2200]},
	hugo: {weight: 25, length: [1000, 2200]},
	'business-journal': {weight: 20, length: [1100, 2400]},
	trends: {weight: 15, length: [800, 1600]},
	// Its body is printed about twice, like 003's.
	chatty: {weight: 10, length: [1100, 2000]},
};

export function renderLayout(layout: LayoutName, scene: Scene, draft: Draft, extra: () => Draft): string {
	switch (layout) {
		case 'jekyll':
			return jekyll(scene, draft);
		case 'hugo':
			return hugo(scene, draft);
		case 'business-journal':
			return businessJournal(scene, draft);
		case 'trends':
			return trends(scene, draft);
		case 'chatty':
			return chatty(scene, draft, extra());
	}
}

import yaml from 'js-yaml';

/** What the front matter of a library article says, as the extractor reads a clipped file. */
export interface ArticleHead {
	readonly title: string | null;
	readonly published: string | null;
	readonly site: string | null;
	readonly author: string | null;
	readonly url: string;
	readonly canonical: string | null;
	readonly excerpt: string | null;
}

/**
 * The article as a Markdown file with front matter: `title`, `date` and `excerpt` are the keys the
 * extractor reads; `author` holds the site (what the views call the publisher), else the byline.
 * js-yaml quotes whatever needs it, so a title can hold any character.
 */
export function articleMarkdown(head: ArticleHead, body: string): string {
	const fields: Record<string, string> = {};
	if (head.title) fields['title'] = head.title;
	if (head.published) fields['date'] = head.published;
	if (head.site ?? head.author) fields['author'] = (head.site ?? head.author)!;
	if (head.author && head.site) fields['byline'] = head.author;
	if (head.site) fields['site'] = head.site;
	fields['url'] = head.url;
	if (head.canonical && head.canonical !== head.url) fields['canonical'] = head.canonical;
	if (head.excerpt) fields['excerpt'] = head.excerpt;
	return `---\n${yaml.safeDump(fields, {lineWidth: -1, noRefs: true})}---\n\n${body.trim()}\n`;
}

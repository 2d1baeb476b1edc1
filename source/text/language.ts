/** The languages brief speaks to a person in: Japanese and English. */
export const languages = ['ja', 'en'] as const;
export type Language = (typeof languages)[number];

/** How ▲ and ▼ are coloured: green up (as in the US), or red up (as Japanese quote boards do). The arrows carry the meaning either way. */
export const upDownStyles = ['green-up', 'red-up'] as const;
export type UpDown = (typeof upDownStyles)[number];

/** A text that names a language ("ja", "EN"), or undefined. */
export function asLanguage(text: string | undefined): Language | undefined {
	const lower = text?.trim().toLowerCase();
	return languages.find(language => language === lower);
}

export function asUpDown(text: string | undefined): UpDown | undefined {
	const lower = text?.trim().toLowerCase();
	return upDownStyles.find(style => style === lower);
}

/** The language a POSIX locale names: "ja_JP.UTF-8", "ja" are Japanese; "C", "en_US.UTF-8" and others English. */
export function languageOfLocale(locale: string): Language {
	return /^ja(?:[_.@-]|$)/i.test(locale.trim()) ? 'ja' : 'en';
}

/** Where the choice of language can come from, strongest first. */
export interface LanguageSources {
	/** `--lang`. */
	readonly flag?: string | undefined;
	/** The config's `lang`. */
	readonly setting?: Language | undefined;
	readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * `--lang`, then `BRIEF_LANG`, then the config's `lang`, then the locale as POSIX orders it
 * (`LC_ALL`, `LC_MESSAGES`, `LANG`: the first that is set and not empty), else English.
 */
export function chooseLanguage(sources: LanguageSources): Language {
	const flag = asLanguage(sources.flag);
	if (flag) return flag;
	const named = asLanguage(sources.env['BRIEF_LANG']);
	if (named) return named;
	if (sources.setting) return sources.setting;
	const locale = [sources.env['LC_ALL'], sources.env['LC_MESSAGES'], sources.env['LANG']].find(value => value !== undefined && value !== '');
	return locale === undefined ? 'en' : languageOfLocale(locale);
}

/** The up/down colours when none was chosen: red up in Japanese, green up in English. */
export function defaultUpDown(language: Language): UpDown {
	return language === 'ja' ? 'red-up' : 'green-up';
}

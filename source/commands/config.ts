import {settingsDirectory} from '../settings/location.js';
import {readWatchlist, setPreference} from '../settings/watchlist.js';
import {asLanguage, asUpDown, chooseLanguage, defaultUpDown, languages, upDownStyles} from '../text/language.js';
import {messages} from '../text/messages.js';
import {sanitizeLine} from '../text/sanitize.js';
import {inBoth, UserError, type Io} from './io.js';
import {checkedLanguageFlag, settingsFailure} from './script-context.js';

const keys = ['lang', 'updown'] as const;
type Key = (typeof keys)[number];

const isKey = (text: string | undefined): text is Key => keys.some(key => key === text);

/**
 * `brief config set lang ja|en`, `brief config set updown green-up|red-up`, `brief config get [key]`:
 * the settings kept with the watchlist. `get` prints what is in force (`lang` as chosen by --lang,
 * BRIEF_LANG, the config and the locale), `key value` a line.
 */
export async function runConfig(options: {readonly arguments: readonly string[]; readonly flags: {readonly lang?: string | undefined}}, io: Io): Promise<number> {
	const [action, key, value, ...rest] = options.arguments;
	const directory = settingsDirectory(io.env);
	const {preferences, notice} = await readWatchlist(directory);
	const language = chooseLanguage({flag: checkedLanguageFlag(options.flags.lang), setting: preferences.lang, env: io.env});
	if (notice) io.err(`brief: ${notice[language]}\n`);
	const words = messages(language);
	const usage = () => new UserError(inBoth(all => all.configUsage));
	if (action === 'get' && value === undefined) {
		if (key !== undefined && !isKey(key)) throw new UserError(inBoth(all => all.configUnknownKey(sanitizeLine(key))));
		const now = {lang: language, updown: preferences.updown ?? defaultUpDown(language)};
		for (const one of key === undefined ? keys : [key]) io.out(`${one} ${now[one]}\n`);
		return 0;
	}

	if (action !== 'set' || key === undefined || value === undefined || rest.length > 0) throw usage();
	if (!isKey(key)) throw new UserError(inBoth(all => all.configUnknownKey(sanitizeLine(key))));
	if (key === 'lang') {
		const chosen = asLanguage(value);
		if (!chosen) throw new UserError(inBoth(all => all.configBadValue(key, languages.join(', '))));
		await setPreference(directory, 'lang', chosen).catch(settingsFailure);
		// Said in the language just chosen.
		io.err(`${messages(chosen).configSaved(key, chosen)}\n`);
		return 0;
	}

	const style = asUpDown(value);
	if (!style) throw new UserError(inBoth(all => all.configBadValue(key, upDownStyles.join(', '))));
	await setPreference(directory, 'updown', style).catch(settingsFailure);
	io.err(`${words.configSaved(key, style)}\n`);
	return 0;
}

import {glyphs} from './glyphs.js';
import type {Language} from './language.js';

/**
 * Every word brief says to a person, in Japanese and English side by side. The type checker holds
 * the table together: each entry must have both languages, and both must be of one shape (a text,
 * or a function of the same arguments). Views take a language and read `messages(language)`; no
 * view writes a word of its own.
 */
/** "1,234": a count that may run to thousands, with its digits grouped as both languages group them. */
function grouped(count: number): string {
	return count.toLocaleString('en-US');
}

/** "1 feed", "1,234 feeds": an English count and its noun. */
function plural(count: number, noun: string, nouns = `${noun}s`): string {
	return `${grouped(count)} ${count === 1 ? noun : nouns}`;
}

const catalogue = {
	// The plain briefing's sections and marks.
	keyFigures: {ja: '主要指標', en: 'Key figures'},
	figures: {ja: '数値', en: 'Figures'},
	series: {ja: '推移', en: 'Series'},
	conflicts: {ja: '食い違い', en: 'Conflicts'},
	timeline: {ja: '時系列', en: 'Timeline'},
	articles: {ja: '記事', en: 'Articles'},
	nothingReported: {ja: 'まだ報道はありません', en: 'nothing reported yet'},
	conflictingFigures: {ja: '数値に食い違いあり', en: 'conflicting figures'},
	sourcesDisagree: {ja: '出典間で食い違い', en: 'sources disagree'},
	outlook: {ja: '見通し', en: 'outlook'},
	largestDeal: {ja: '最大の案件', en: 'Largest deal'},
	sources: {ja: (count: number) => `出典${count}件`, en: (count: number) => `${count} source${count === 1 ? '' : 's'}`},
	periods: {ja: (count: number) => `${count}期`, en: (count: number) => `${count} period${count === 1 ? '' : 's'}`},
	disputed: {ja: (count: number) => `${count}期で食い違い`, en: (count: number) => `${count} disputed`},
	fromTo: {ja: (from: string, to: string) => `${from}から${to}`, en: (from: string, to: string) => `${from} to ${to}`},
	was: {ja: (value: string) => `(前期 ${value})`, en: (value: string) => `(was ${value})`},
	asOf: {ja: (date: string) => `${date}時点`, en: (date: string) => `as of ${date}`},
	noPeriod: {ja: '期間不明', en: 'no period'},
	undated: {ja: '日付不明', en: 'undated'},
	inferred: {ja: '(推定)', en: '(inferred)'},
	citedFrom: {ja: (citations: string) => `出典: ${citations}`, en: (citations: string) => `from ${citations}`},
	articleDateNote: {ja: '(日付): 期間の記載がなく、記事の日付', en: '(date): no period given, the date of the article'},
	withParty: {ja: (name: string) => `${name}と`, en: (name: string) => `with ${name}`},
	byParty: {ja: (name: string) => `${name}から`, en: (name: string) => `by ${name}`},
	or: {ja: ' または ', en: ' or '},
	versus: {ja: ' 対 ', en: ' vs '},
	listSeparator: {ja: '、', en: ', '},
	// The figures table's headings: kind, of, value, period, basis, sources.
	headingKind: {ja: '種類', en: 'Kind'},
	headingOf: {ja: '対象', en: 'Of'},
	headingValue: {ja: '値', en: 'Value'},
	headingPeriod: {ja: '期間', en: 'Period'},
	headingBasis: {ja: '区分', en: 'Basis'},
	headingSources: {ja: '出典', en: 'Src'},
	// Why an article is about a company.
	namedInTitle: {ja: 'タイトルに社名', en: 'named in the title'},
	namedMost: {ja: '最も多く言及', en: 'named most'},
	inSummarySentences: {ja: (naming: number, of: number) => `要約${of}文中${naming}文で言及`, en: (naming: number, of: number) => `in ${naming} of ${of} summary sentences`},
	// `brief watch`.
	watchUsage: {ja: 'brief watch add|rm|list [企業...]', en: 'brief watch add|rm|list [company...]'},
	watchlistEmpty: {ja: 'ウォッチリストは空です。追加: brief watch add <企業>', en: 'the watchlist is empty; add companies with: brief watch add <company>'},
	notInDataset: {ja: '(このデータセットにない)', en: '(not in this dataset)'},
	watchListTakesNoNames: {ja: (usage: string) => `watch list は企業名をとりません (${usage})`, en: (usage: string) => `watch list takes no company names (${usage})`},
	watchNeedsAction: {ja: (usage: string) => `watch には add, rm, list のどれかが必要です (${usage})`, en: (usage: string) => `watch needs add, rm or list (${usage})`},
	unknownWatchAction: {ja: (action: string, usage: string) => `watch に '${action}' という操作はありません (${usage})`, en: (action: string, usage: string) => `unknown watch action '${action}' (${usage})`},
	watchNeedsCompany: {ja: (action: string, usage: string) => `watch ${action} には企業が1つ以上必要です (${usage})`, en: (action: string, usage: string) => `watch ${action} needs at least one company (${usage})`},
	watchAddedNames: {ja: (names: string) => `${names} をウォッチリストに追加しました`, en: (names: string) => `added ${names} to the watchlist`},
	watchRemovedNames: {ja: (names: string) => `${names} をウォッチリストから外しました`, en: (names: string) => `removed ${names} from the watchlist`},
	watchAlreadyIn: {ja: (names: string, _count: number) => `${names} はすでにウォッチリストにあります`, en: (names: string, count: number) => `${names} ${count === 1 ? 'was' : 'were'} already in the watchlist`},
	watchNotIn: {ja: (names: string, _count: number) => `${names} はウォッチリストにありません`, en: (names: string, count: number) => `${names} ${count === 1 ? 'was' : 'were'} not in the watchlist`},
	watchlistNow: {ja: (names: string) => `ウォッチリスト: ${names}`, en: (names: string) => `watchlist: ${names}`},
	empty: {ja: '(空)', en: '(empty)'},
	watchlistNotChanged: {ja: (problems: string) => `${problems}。ウォッチリストは変わっていません`, en: (problems: string) => `${problems}; the watchlist was not changed`},
	// `brief list`'s headings.
	listId: {ja: 'id', en: 'id'},
	listName: {ja: '名前', en: 'name'},
	listTicker: {ja: 'ティッカー', en: 'ticker'},
	listArticles: {ja: '記事数', en: 'articles'},
	listTrend: {ja: '推移', en: 'trend'},
	// The digest.
	newFigures: {ja: (count: number) => `新しい数値 ${count}件`, en: (count: number) => `${count} new figure${count === 1 ? '' : 's'}`},
	newEvents: {ja: (count: number) => `新しい出来事 ${count}件`, en: (count: number) => `${count} new event${count === 1 ? '' : 's'}`},
	newArticles: {ja: (count: number) => `新しい記事 ${count}件`, en: (count: number) => `${count} new article${count === 1 ? '' : 's'}`},
	nothingNew: {ja: (names: string) => `${names} に前回のダイジェスト以降の新着はありません`, en: (names: string) => `nothing new for ${names} since the last digest`},
	everyCompany: {ja: '全企業', en: 'every company'},
	digestEveryCompany: {
		ja: 'ウォッチリストが空なので、ダイジェストは全企業が対象です (brief watch add <企業>)',
		en: 'the watchlist is empty; the digest covers every company (brief watch add <company>)',
	},
	nothingToMarkRead: {ja: '既読にするものはありません', en: 'nothing to mark read'},
	markedItemsRead: {ja: (count: number) => `${count}件を既読にしました`, en: (count: number) => `marked ${count} item${count === 1 ? '' : 's'} read`},
	// The TUI's panes.
	companies: {ja: '企業', en: 'Companies'},
	charts: {ja: 'チャート', en: 'Charts'},
	summaries: {ja: '要約', en: 'Summaries'},
	briefing: {ja: 'ブリーフィング', en: 'Briefing'},
	keys: {ja: 'キー', en: 'Keys'},
	source: {ja: '出典', en: 'Source'},
	timelineShort: {ja: '時系列', en: 'Time'},
	figuresShort: {ja: '数値', en: 'Fig'},
	chartsShort: {ja: 'チャート', en: 'Chart'},
	summariesShort: {ja: '要約', en: 'Sum'},
	peers: {ja: (group: string) => `${group}の競合`, en: (group: string) => `${group} peers`},
	articleCount: {ja: (count: number) => `記事${count}件`, en: (count: number) => `${count} article${count === 1 ? '' : 's'}`},
	newCount: {ja: (count: number) => `新着${count}件`, en: (count: number) => `${count} new`},
	watchlist: {ja: 'ウォッチリスト', en: 'watchlist'},
	moreInFigures: {ja: (count: number) => `ほか${count}件は数値タブに`, en: (count: number) => `+${count} in Figures`},
	noCompanySelected: {ja: '企業が選ばれていません', en: 'no company selected'},
	loading: {ja: '読み込み中…', en: 'loading…'},
	noKeyFigures: {ja: 'シェア・増収率・売上高・案件の報道なし', en: 'no share, growth, revenue or deal reported'},
	noFigures: {ja: '数値なし', en: 'no figures'},
	noEvents: {ja: '日付のある出来事なし', en: 'no dated events'},
	noArticles: {ja: 'この企業についての記事なし', en: 'no articles about the company'},
	noSeries: {ja: '時系列で描ける数値なし (案件は数値タブに)', en: 'no figures to chart over time (deals are listed in Figures)'},
	chartNeedsRows: {ja: (rows: number) => `チャートには${rows}行必要です: 数値で表示`, en: (rows: number) => `a chart needs ${rows} rows: numbers instead`},
	noFiguresOfIt: {ja: 'この種類の数値なし', en: 'no figures of it'},
	orderedBy: {ja: (order: string) => `${order}順`, en: (order: string) => `by ${order}`},
	orderKind: {ja: '種類', en: 'kind'},
	orderPeriod: {ja: '期間', en: 'period'},
	orderValue: {ja: '値', en: 'value'},
	tooFewRows: {ja: (periods: string) => `${periods}: 描くには行が足りません`, en: (periods: string) => `${periods}: too few rows to draw`},
	chartBelow: {ja: (periods: string) => `${periods}のチャートは下に`, en: (periods: string) => `chart of ${periods} below`},
	onePeriod: {ja: '1期のみ', en: 'one period'},
	toFilter: {ja: '/ で絞り込み', en: '/ to filter'},
	escClears: {ja: 'Esc で解除', en: 'Esc clears'},
	noCompanyMatches: {ja: '該当する企業なし', en: 'no company matches'},
	noCompanies: {ja: 'データセットに企業なし', en: 'no companies in the dataset'},
	escCloses: {ja: 'Esc で閉じる', en: 'Esc closes'},
	escOrHelpCloses: {ja: 'Esc か ? で閉じる', en: 'Esc or ? closes'},
	enterReads: {ja: 'Enter で読む', en: 'Enter reads'},
	enterReadsEscBack: {ja: 'Enter で読む · Esc で戻る', en: 'Enter reads · Esc back'},
	sourceOf: {ja: (index: number, count: number) => `出典 ${index}/${count} · n 次へ`, en: (index: number, count: number) => `source ${index}/${count} · n next`},
	why: {ja: (reason: string) => `理由: ${reason}`, en: (reason: string) => `why: ${reason}`},
	keyFiguresOf: {ja: (name: string) => `${name}: 主要指標`, en: (name: string) => `${name}: key figures`},
	seriesFigures: {ja: (count: number, latest: string) => `${count}件、最新 ${latest}`, en: (count: number, latest: string) => `${count} figures, latest ${latest}`},
	tooSmall: {
		ja: (columns: number, rows: number, needColumns: number, needRows: number) => `端末が小さすぎます: ${columns}×${rows}、${needColumns}×${needRows} 必要です (q で終了)`,
		en: (columns: number, rows: number, needColumns: number, needRows: number) => `terminal too small: ${columns}×${rows}, brief needs ${needColumns}×${needRows} (q quits)`,
	},
	helpBrowse: {ja: '閲覧', en: 'Browsing'},
	helpFilter: {ja: '絞り込みの入力', en: 'Typing a filter'},
	helpReader: {ja: '記事を読む', en: 'Reading an article'},
	helpSource: {ja: '出典', en: 'The source view'},
	legend: {
		ja: `${glyphs.fresh} 前回のダイジェスト・閲覧・更新以降の新着  ${glyphs.watched} ウォッチリスト  ${glyphs.up}${glyphs.down} 上昇・下落  ${glyphs.conflict} 出典間で食い違い  ┃ 食い違う値の幅  ${glyphs.aboutCompany} この企業についての記事  ${glyphs.quoted} 引用された文`,
		en: `${glyphs.fresh} new since the last digest, visit or update  ${glyphs.watched} watchlist  ${glyphs.up}${glyphs.down} direction  ${glyphs.conflict} sources disagree  ┃ values that disagree  ${glyphs.aboutCompany} about the company  ${glyphs.quoted} the quoted sentence`,
	},
	watchAdded: {ja: (name: string) => `${name} をウォッチリストに追加しました`, en: (name: string) => `${name} added to the watchlist`},
	watchRemoved: {ja: (name: string) => `${name} をウォッチリストから外しました`, en: (name: string) => `${name} removed from the watchlist`},
	languageChanged: {ja: '表示言語: 日本語', en: 'Language: English'},
	readingArticle: {ja: '記事を読み込み中…', en: 'reading the article…'},
	nextSourceOrBack: {ja: 'n で次の出典 · Esc で戻る', en: 'n tries the next source · Esc goes back'},
	escGoesBack: {ja: 'Esc で戻る', en: 'Esc goes back'},
	theQuote: {ja: '引用', en: 'the quote'},
	aboutCompany: {ja: (name: string) => `${name}について`, en: (name: string) => `about ${name}`},
	article: {ja: '記事', en: 'Article'},
	nothingSelectedHasSource: {ja: '選んだものに出典はありません', en: 'nothing selected has a source'},
	noSourceHere: {ja: 'ここには読める出典がありません', en: 'nothing here has a source to read'},
	onlySource: {ja: '出典はこれだけです', en: 'this is its only source'},
	figuresOrdered: {ja: (order: string) => `数値を${order}順に`, en: (order: string) => `figures by ${order}`},
	noRivals: {ja: (name: string) => `${name} には比べる競合がありません`, en: (name: string) => `${name} has no rivals to compare with`},
	markedRead: {ja: (name: string) => `${name} を既読にしました`, en: (name: string) => `${name} marked read`},
	updating: {ja: 'ライブラリを裏で更新しています…', en: 'updating the library in the background…'},
	freshMarks: {ja: (mark: string) => `${mark} は新着`, en: (mark: string) => `${mark} marks what is new`},
	updateFailed: {ja: (reason: string) => `更新に失敗しました: ${reason}`, en: (reason: string) => `the update failed: ${reason}`},
	seenNotSaved: {ja: '既読の記録を保存できませんでした', en: 'what was read could not be saved'},
	digestTakesNoArguments: {
		ja: (argument: string) => `digest は引数をとりません ('${argument}' が指定されました。brief digest [--mark-read])`,
		en: (argument: string) => `digest takes no arguments, got '${argument}' (brief digest [--mark-read])`,
	},
	watchNotSaved: {ja: 'ウォッチリストを保存できませんでした', en: 'the watchlist could not be saved'},
	noLibrary: {ja: 'ここには更新するライブラリがありません', en: 'no library to update here'},
	updateRunning: {ja: '更新はすでに実行中です', en: 'an update is already running'},
	quoteNotFound: {ja: '引用文が今の記事に見つかりません', en: 'the quote is not in the article as it reads now'},
	// Script mode's messages on stderr.
	showingWatchlist: {
		ja: (names: string) => `ウォッチリスト (${names}) を表示しています。--all で全企業`,
		en: (names: string) => `showing the watchlist (${names}); --all shows every company`,
	},
	andMore: {ja: (names: string, count: number) => `${names} ほか${count}社`, en: (names: string, count: number) => `${names} and ${count} more`},
	indexedByOther: {
		ja: (file: string) => `${file} は別の版の brief で索引されています。\`brief extract\` をやり直すと速くなります`,
		en: (file: string) => `${file} was indexed by another version of brief; run \`brief extract\` again for faster briefings`,
	},
	unknownLanguage: {ja: (value: string) => `--lang は ja か en です ('${value}' が指定されました)`, en: (value: string) => `--lang must be ja or en, got '${value}'`},
	configUsage: {
		ja: 'brief config set lang ja|en · brief config set updown green-up|red-up · brief config get [lang|updown]',
		en: 'brief config set lang ja|en · brief config set updown green-up|red-up · brief config get [lang|updown]',
	},
	configUnknownKey: {ja: (key: string) => `設定項目 '${key}' はありません (lang, updown)`, en: (key: string) => `no setting named '${key}' (lang, updown)`},
	configBadValue: {ja: (key: string, allowed: string) => `${key} の値は ${allowed} のいずれかです`, en: (key: string, allowed: string) => `${key} must be one of ${allowed}`},
	configSaved: {ja: (key: string, value: string) => `${key} を ${value} にしました`, en: (key: string, value: string) => `${key} set to ${value}`},
	usage: {
		ja: `
  日本語のニュース記事から、AI・クラウド・半導体企業のブリーフィングを作ります。

  使い方
    $ brief [企業...]          ブリーフィング: 端末では TUI、パイプでは
                               テキスト。
                               企業の指定がなければウォッチリスト (stderr に
                               そう表示)、--all なら全企業
    $ brief list               企業と記事数の一覧
    $ brief watch add|rm <企業...>
                               ウォッチリストの編集 (TUI と共有)
    $ brief watch list         ウォッチリスト
    $ brief digest [--mark-read]
                               ウォッチリストの前回以降の新着
    $ brief extract <ファイル|フォルダ...> [--out FILE] [--registry FILE]
                    [--jobs N]
                               記事からデータセットを作る
    $ brief feed add <url> [--name 名前] | feed list | feed rm <名前|url>
                               購読するフィード (ライブラリ)
    $ brief update             すべてのフィードとそのリンク先を取得して
                               ライブラリに入れる。以後 brief はそれを読む
    $ brief add <url|ファイル|フォルダ...>
                               ページや保存した記事を1つずつ追加
    $ brief config set lang ja|en | config set updown green-up|red-up
                               ウォッチリストと一緒に保存する設定。
                               config get で表示
    $ brief help               このヘルプ

  オプション
    --data FILE      読むデータセット (既定: $BRIEF_DATA、なければ update か
                     add 後のライブラリのもの、なければ同梱の
                     data/briefing.json)
    --plain          端末でもプレーンテキストで出力
    --json           JSON で出力 (キーは英語のまま、"schema" と "version"
                     つき)。
                     数値ごとに種類・セグメント・期間・実績か見通しか・記事と
                     引用、企業ごとに各種類の最新の実績 (docs/json.md)
    --ndjson         1行に1レコードの JSON。"type" は meta, company, figure,
                     conflict, event, article
    --csv            表を CSV (UTF-8) で: list なら企業、ブリーフィングなら数値
    --width N        すべての行を N 桁に収める (20〜1000、既定は端末の幅、
                     なければ 80)
    --color          色を強制。--no-color か NO_COLOR (値は問わない) で色なし
    --quotes         テキストのブリーフィングで出典ごとに引用文を表示
    --all            企業の指定がないとき、ウォッチリストではなく全企業
    --mark-read      digest で、表示した内容を既読にする (すべて書き出せたとき
                     だけ。| head などで途中で読み手が去れば何も既読にしない。
                     パイプに収まる 64 KB までのダイジェストは書き出し済み扱い)
    --out FILE       extract の出力先 (既定: stdout)。.json ファイルで、入力の
                     どれでもないもの
    --registry FILE  extract で使う企業リスト (data/companies.json)
    --jobs N         extract, update, add のワーカースレッド数 (既定: コア数)
    --name NAME      feed add でのフィード名 (既定: ホスト名)
    --lang ja|en     表示言語 (既定: BRIEF_LANG、なければ
                     brief config set lang、なければ LC_ALL / LC_MESSAGES /
                     LANG。ja で始まれば日本語、それ以外は英語)
    --help           このヘルプ
    --version        バージョン

  コマンドがとらないフラグは拒否します (終了コード 1)。
  企業は名前・別名・ティッカー・日本語名で指定できます: aws, MSFT, NVIDIA,
  エヌビディア。
  ウォッチリストと設定は $BRIEF_CONFIG_DIR (なければ ~/.config/brief)、
  ライブラリは $BRIEF_DATA_DIR (なければ ~/.local/share/brief) にあります。
  データは stdout、メッセージは stderr に出ます。

  終了コード
    0    正常 (ダイジェストに新着がないときも)
    1    使い方の誤り、または不明な企業
    2    データセットがないか壊れている、設定を保存できない、フィードや
         ページを取得できなかった (ほかは追加済み)
    130  中断

  例
    $ brief aws | grep シェア
    $ brief aws msft --width 60
    $ brief list --json | jq -r '.companies[] | "\\(.id) \\(.articleCount)"'
    $ brief --json | jq '.companies[] | {id, share: .latest.market_share.value}'
    $ brief --ndjson | jq -c 'select(.type == "figure" and .conflict)'
    $ brief watch add aws エヌビディア && brief digest --mark-read
    $ LANG=ja_JP.UTF-8 brief aws --plain
    $ brief config set lang ja && brief config set updown red-up
`,
		en: `
  Briefings on AI, cloud and chip companies from Japanese news articles.

  Usage
    $ brief [company...]       the briefing: TUI in a terminal, text when piped;
                               no company: the watchlist (said on stderr),
                               or every company with --all
    $ brief list               companies with their article counts
    $ brief watch add|rm <company...>
                               edit the watchlist (the TUI shares it)
    $ brief watch list         the watchlist
    $ brief digest [--mark-read]
                               what is new for the watchlist since last time
    $ brief extract <files|folders...> [--out FILE] [--registry FILE] [--jobs N]
                               turn articles into a dataset
    $ brief feed add <url> [--name NAME] | feed list | feed rm <name|url>
                               the feeds brief follows (the library)
    $ brief update             fetch every feed and the pages it links to
                               into the library; brief then reads it
    $ brief add <url|file|folder...>
                               add single pages or clipped files to it
    $ brief config set lang ja|en | config set updown green-up|red-up
                               settings kept with the watchlist; config get
                               prints them
    $ brief help               this help

  Options
    --data FILE      dataset to read (default: $BRIEF_DATA, else the library's
                     once an update or add has filled it, else the bundled
                     data/briefing.json)
    --plain          print plain text even in a terminal
    --json           print JSON, a stable versioned shape ("schema", "version"):
                     every figure with its kind, segment, period, basis
                     (actual or outlook) and every article and quote; each
                     company's latest actual of every kind (docs/json.md)
    --ndjson         one JSON record per line, each with a "type": meta,
                     company, figure, conflict, event, article
    --csv            a table as CSV (UTF-8): with list, the companies; with a
                     briefing, its figures
    --width N        fit every line in N display columns, 20 to 1000
                     (default: the terminal's width, else 80)
    --color          force colour; --no-color or NO_COLOR (any value): none
    --quotes         with a text briefing: each source's quote under it
    --all            with no company named: every company, not the watchlist
    --mark-read      with digest: remember that what it printed has been read,
                     once all of it was written; if the reader stops before
                     brief could write it all (| head), nothing is marked (a
                     digest that fits the pipe, 64 KB, counts as written)
    --out FILE       with extract: where the dataset goes (default: stdout);
                     a .json file, not one of the inputs
    --registry FILE  with extract: company registry (data/companies.json)
    --jobs N         with extract, update, add: worker threads (default: one
                     per core)
    --name NAME      with feed add: what to call the feed (default: its host)
    --lang ja|en     the language of everything brief says (default: BRIEF_LANG,
                     else \`brief config set lang\`, else LC_ALL / LC_MESSAGES /
                     LANG: ja* is Japanese, anything else English)
    --help           show this help
    --version        show the version

  A flag a command does not take is refused (exit 1).
  Companies go by name, alias, ticker or Japanese name: aws, MSFT, NVIDIA,
  エヌビディア.
  The watchlist lives in $BRIEF_CONFIG_DIR, else ~/.config/brief (the platform's
  config directory); the library in $BRIEF_DATA_DIR, else ~/.local/share/brief
  (the platform's data directory). Data goes to stdout, messages to stderr.

  Exit codes
    0    ok (also when a digest has nothing new)
    1    usage error or unknown company
    2    missing or invalid dataset, settings that cannot be saved, or a feed
         or page that could not be fetched (the rest is added)
    130  interrupted

  Examples
    $ brief aws | grep -i share
    $ brief aws msft --width 60
    $ brief list --json | jq -r '.companies[] | "\\(.id) \\(.articleCount)"'
    $ brief --json | jq '.companies[] | {id, share: .latest.market_share.value}'
    $ brief --ndjson | jq -c 'select(.type == "figure" and .conflict)'
    $ brief watch add aws エヌビディア && brief digest --mark-read
    $ brief extract ~/clips --out ~/clips/b.json && brief --data ~/clips/b.json
    $ brief feed add https://example.com/rss.xml --name example && brief update
`,
	},
	tuiKeys: {ja: '  TUI のキー', en: '  Keys in the TUI'},
	unknownCompany: {
		ja: (query: string, closest: string) => (closest === '' ? `企業 '${query}' は見つかりません (brief list で一覧)` : `企業 '${query}' は見つかりません (近い名前: ${closest})`),
		en: (query: string, closest: string) => (closest === '' ? `unknown company '${query}' (see brief list)` : `unknown company '${query}' (closest: ${closest})`),
	},
	unknownCommand: {
		ja: (word: string, command: string) => `'${word}' というコマンドはありません。\`brief ${command}\` のことですか? (その名前の企業もありません。brief --help を参照)`,
		en: (word: string, command: string) => `unknown command '${word}': did you mean \`brief ${command}\`? (no company goes by that name either; see brief --help)`,
	},
	didYouMean: {ja: (what: string) => `\`${what}\` のことですか?`, en: (what: string) => `did you mean \`${what}\`?`},
	flagNotFor: {
		ja: (flag: string, command: string, where: string) => `--${flag} は \`${command}\` には使えません。使えるのは ${where} です (brief --help を参照)`,
		en: (flag: string, command: string, where: string) => `--${flag} does not apply to \`${command}\`; it goes with ${where} (see brief --help)`,
	},
	unknownOption: {ja: (option: string) => `'${option}' というオプションはありません (brief --help を参照)`, en: (option: string) => `unknown option '${option}' (see brief --help)`},
	optionTakesNoValue: {ja: (option: string) => `${option} は値をとりません (brief --help を参照)`, en: (option: string) => `${option} takes no value (see brief --help)`},
	optionNeedsValue: {ja: (option: string) => `${option} には値が必要です (brief --help を参照)`, en: (option: string) => `${option} needs a value (see brief --help)`},
	anOption: {ja: 'オプション', en: 'an option'},
	seeHelp: {ja: (problem: string) => `${problem} (brief --help を参照)`, en: (problem: string) => `${problem} (see brief --help)`},
	badWidth: {
		ja: (minimum: number, maximum: number, value: string) => `--width は ${minimum} から ${maximum} までの整数です ('${value}' が指定されました)`,
		en: (minimum: number, maximum: number, value: string) => `--width must be a whole number of columns from ${minimum} to ${maximum}, got '${value}'`,
	},
	formatsTogether: {ja: (flags: string) => `${flags} は同時に使えません`, en: (flags: string) => `${flags} cannot be used together`},
	and: {ja: ' と ', en: ' and '},
	listTakesNoArguments: {
		ja: (argument: string) => `list は引数をとりません ('${argument}' が指定されました。企業を見るには brief <企業>)`,
		en: (argument: string) => `list takes no arguments, got '${argument}' (to see a company: brief <company>)`,
	},
	sentenceSeparator: {ja: '。', en: '; '},
	// Why a file could not be read or written, as the system says it.
	permissionDenied: {ja: 'アクセス権がありません', en: 'permission denied'},
	readOnlyFileSystem: {ja: '読み取り専用のファイルシステムです', en: 'read-only file system'},
	noSpaceLeft: {ja: 'デバイスに空きがありません', en: 'no space left on the device'},
	diskQuotaExceeded: {ja: 'ディスク使用量の上限を超えています', en: 'disk quota exceeded'},
	fileTooLargeForFileSystem: {ja: 'ファイルシステムには大きすぎるファイルです', en: 'the file is too large for the file system'},
	inputOutputError: {ja: '入出力エラー', en: 'input/output error'},
	noSuchFile: {ja: 'ファイルがありません', en: 'no such file'},
	noSuchFileOrFolder: {ja: 'ファイルもフォルダもありません', en: 'no such file or folder'},
	isAFolder: {ja: 'フォルダです', en: 'it is a folder'},
	partOfPathIsFile: {ja: 'パスの途中がファイルです', en: 'a part of its path is a file'},
	folderOfPathCannotBeMade: {ja: 'パスのフォルダを作れません', en: 'a folder of its path cannot be made'},
	symbolicLinkLoop: {ja: 'シンボリックリンクが循環しています', en: 'symbolic link loop'},
	nameTooLong: {ja: '名前が長すぎます', en: 'name too long'},
	notRegularFile: {ja: '通常のファイルではありません (FIFO・デバイス・ソケット)', en: 'not a regular file (a FIFO, device or socket)'},
	overSize: {ja: (limit: string, size: string) => `${limit} を超えています (${size})`, en: (limit: string, size: string) => `over ${limit} (${size})`},
	grewOverSize: {ja: (limit: string) => `読み込み中に ${limit} を超えました`, en: (limit: string) => `over ${limit} (it grew while being read)`},
	notValidJsonDetail: {ja: (detail: string) => `JSON として不正です: ${detail}`, en: (detail: string) => `not valid JSON: ${detail}`},
	// Locks left behind.
	tookOverLock: {ja: (lockFile: string, reason: string) => `ロック ${lockFile} を引き継ぎました: ${reason}`, en: (lockFile: string, reason: string) => `took over the lock ${lockFile}: ${reason}`},
	lockNotBriefs: {ja: 'brief の作ったロックではありませんでした', en: 'it was not a lock brief made'},
	lockFolderFromFuture: {ja: 'brief の作ったロックではありませんでした (未来の日付のフォルダ)', en: 'it was not a lock brief made (a folder dated in the future)'},
	lockNotAFile: {ja: 'brief の作ったロックではありませんでした (ファイルではない)', en: 'it was not a lock brief made (not a file)'},
	lockFromFuture: {ja: 'brief の作ったロックではありませんでした (未来の日付)', en: 'it was not a lock brief made (dated in the future)'},
	lockLeftByStopped: {ja: (seconds: number) => `${seconds}秒前に止まった brief が残したものでした`, en: (seconds: number) => `it was left by a brief that stopped ${seconds} s ago`},
	lockHolderGone: {ja: (pid: number) => `持ち主のプロセス ${pid} はもう動いていません`, en: (pid: number) => `its holder, process ${pid}, is no longer running`},
	lockHeldTooLong: {ja: (seconds: number) => `${seconds}秒間保持されていました (brief が保持するより長い時間です)`, en: (seconds: number) => `it was held for ${seconds} s, longer than brief ever holds it`},
	// The dataset and its index.
	datasetVersion: {
		ja: (file: string, found: string | undefined, version: number) =>
			`${file}: ${found === undefined ? '版の記されていない' : `版 ${found} の`}データセットです。この brief が読むのは版 ${version} です。\`brief extract\` をやり直してください`,
		en: (file: string, found: string | undefined, version: number) => `${file}: dataset of ${found === undefined ? 'no version' : `version ${found}`}, this brief reads version ${version}; run \`brief extract\` again`,
	},
	invalidDataset: {ja: (file: string, path: string, detail: string) => `${file}: データセットの ${path} が不正です: ${detail}`, en: (file: string, path: string, detail: string) => `${file}: invalid dataset at ${path}: ${detail}`},
	unsafeId: {ja: 'id に制御文字か見えない文字があります', en: 'control or invisible characters in an id'},
	cannotReadDataset: {
		ja: (file: string, reason: string, remedy: string) => `${file}: データセットを読めません (${reason})。${remedy}`,
		en: (file: string, reason: string, remedy: string) => `${file}: cannot read dataset (${reason}); ${remedy}`,
	},
	createWithExtract: {ja: '`brief extract` で作ってください', en: 'run `brief extract` to create it'},
	datasetNotJson: {
		ja: (file: string, detail: string) => `${file}: JSON として読めません (${detail})。ファイルが途中で切れているかもしれません`,
		en: (file: string, detail: string) => `${file}: not valid JSON (${detail}); the file may be truncated`,
	},
	rebuildIndex: {ja: '`brief extract` をやり直して索引を作り直してください', en: 'run `brief extract` again to rebuild the index'},
	cannotReadIndexFile: {ja: (path: string, reason: string, remedy: string) => `${path}: 読めません (${reason})。${remedy}`, en: (path: string, reason: string, remedy: string) => `${path}: cannot read (${reason}); ${remedy}`},
	damagedIndexFile: {
		ja: (path: string, detail: string, remedy: string) => `${path}: 壊れています。JSON として読めません (${detail})。${remedy}`,
		en: (path: string, detail: string, remedy: string) => `${path}: damaged, not valid JSON (${detail}); ${remedy}`,
	},
	notTheShard: {
		ja: (path: string, company: string, remedy: string) => `${path}: この索引の ${company} のシャードではありません (別の企業のものか、別の実行の残り)。${remedy}`,
		en: (path: string, company: string, remedy: string) => `${path}: not the shard of ${company} in this index (another company's, or left from another run); ${remedy}`,
	},
	extractorBugNothingWritten: {
		ja: (problem: string) => `${problem} (抽出の不具合です)。何も書き込んでいません`,
		en: (problem: string) => `${problem} (a bug of the extractor); nothing written`,
	},
	extractorBugLibraryNotWritten: {
		ja: (problem: string) => `${problem} (抽出の不具合です)。ライブラリのデータセットは書き込んでいません`,
		en: (problem: string) => `${problem} (a bug of the extractor); the library's dataset was not written`,
	},
	// A company registry given with --registry.
	cannotReadRegistry: {ja: (file: string, detail: string) => `${file}: 企業レジストリを読めません (${detail})`, en: (file: string, detail: string) => `${file}: cannot read company registry (${detail})`},
	invalidRegistry: {
		ja: (file: string, path: string, issue: string) => `${file}: 企業レジストリの ${path} が不正です: ${issue}`,
		en: (file: string, path: string, issue: string) => `${file}: invalid company registry at ${path}: ${issue}`,
	},
	// The settings files: what each holds, and what went wrong with one.
	digestCursor: {ja: 'ダイジェストの既読記録', en: 'digest cursor'},
	recordOfVisits: {ja: '閲覧の記録', en: 'record of visits'},
	notWritable: {ja: (folder: string, reason: string) => `${folder} に書き込めません (${reason})`, en: (folder: string, reason: string) => `${folder} is not writable (${reason})`},
	cannotLock: {ja: (file: string, reason: string) => `${file} をロックできません (${reason})`, en: (file: string, reason: string) => `cannot lock ${file} (${reason})`},
	lockedByAnother: {
		ja: (file: string, pid: number | undefined) => `${file} は別の brief${pid === undefined ? '' : ` (プロセス ${pid})`} がロックしています。もう一度試してください`,
		en: (file: string, pid: number | undefined) => `${file} is locked by another brief${pid === undefined ? '' : ` (process ${pid})`}; try again`,
	},
	cannotSave: {ja: (what: string, reason: string) => `${what}を保存できません: ${reason}`, en: (what: string, reason: string) => `cannot save the ${what}: ${reason}`},
	cannotSaveTo: {ja: (what: string, file: string, reason: string) => `${what}を ${file} に保存できません (${reason})`, en: (what: string, file: string, reason: string) => `cannot save the ${what} to ${file} (${reason})`},
	cannotCreate: {ja: (folder: string, reason: string) => `${folder} を作れません (${reason})`, en: (folder: string, reason: string) => `cannot create ${folder} (${reason})`},
	cannotReadFile: {ja: (file: string, reason: string) => `${file} を読めません (${reason})`, en: (file: string, reason: string) => `cannot read ${file} (${reason})`},
	settingsNotJson: {ja: 'JSON として不正', en: 'not valid JSON'},
	settingsNotBriefs: {ja: 'brief の書く形ではない', en: 'not in the shape brief writes'},
	settingsUnreadable: {
		ja: (what: string, file: string, reason: string) => `${what} ${file} を読めません (${reason})。空の${what}を使います`,
		en: (what: string, file: string, reason: string) => `cannot read ${what} ${file} (${reason}); using an empty ${what}`,
	},
	settingsMovedAside: {
		ja: (what: string, file: string, reason: string, aside: string) => `${what} ${file} が壊れていました (${reason})。${aside} に移し、空の${what}で始めました`,
		en: (what: string, file: string, reason: string, aside: string) => `${what} ${file} was ${reason}; moved it to ${aside} and started an empty ${what}`,
	},
	settingsNotMovedAside: {
		ja: (what: string, file: string, reason: string, why: string) => `${what} ${file} は壊れています (${reason})。よそに移せなかったため (${why})、空の${what}を使い、ファイルはそのままにします`,
		en: (what: string, file: string, reason: string, why: string) => `${what} ${file} is ${reason} and could not be moved aside (${why}); using an empty ${what} and leaving the file as it is`,
	},
	settingsLeftAlone: {
		ja: (what: string, file: string, reason: string, why: string) => `${what} ${file} は壊れています (${reason}、${why})。空の${what}を使い、ファイルはそのままにします`,
		en: (what: string, file: string, reason: string, why: string) => `${what} ${file} is ${reason} (${why}); using an empty ${what} and leaving the file as it is`,
	},
	cannotSaveWhatWasRead: {ja: (reason: string) => `既読の記録を保存できません: ${reason}`, en: (reason: string) => `cannot save what was read: ${reason}`},
	// The library: its database, its feeds, the addresses it fetches.
	cannotOpenLibrary: {ja: (file: string, reason: string) => `ライブラリ ${file} を開けません: ${reason}`, en: (file: string, reason: string) => `cannot open the library ${file}: ${reason}`},
	cannotUseLibrary: {ja: (file: string, reason: string) => `ライブラリ ${file} を使えません: ${reason}`, en: (file: string, reason: string) => `cannot use the library ${file}: ${reason}`},
	libraryOfNewerBrief: {
		ja: (file: string, version: number) => `ライブラリ ${file} は新しい brief で作られています (スキーマ ${version})。brief を更新してください`,
		en: (file: string, version: number) => `the library ${file} was made by a newer brief (schema ${version}); update brief`,
	},
	notALibrary: {ja: 'brief のライブラリではありません (SQLite のデータベースではない)', en: 'not a brief library (not an SQLite database)'},
	databaseCannotOpen: {ja: '開けません (アクセス権か、同じ名前のフォルダ)', en: 'cannot be opened (permissions, or a folder in its place)'},
	feedNameLength: {ja: 'フィード名は1〜100文字です', en: 'a feed name is 1 to 100 characters'},
	feedNameTaken: {ja: (name: string) => `'${name}' という名前のフィードはすでにあります`, en: (name: string) => `a feed is already named '${name}'`},
	alreadyFollowing: {ja: (url: string, name: string) => `${url} は '${name}' としてすでに購読しています`, en: (url: string, name: string) => `already following ${url} as '${name}'`},
	notWebAddress: {ja: (text: string) => `Web アドレスではありません: '${text}'`, en: (text: string) => `not a web address: '${text}'`},
	onlyHttp: {ja: (protocol: string) => `取得するのは http と https のアドレスだけです (${protocol} は取得しません)`, en: (protocol: string) => `only http and https addresses are fetched, not ${protocol}`},
	// `brief extract`.
	extractUsage: {ja: 'brief extract <ファイル|フォルダ...> [--out FILE]', en: 'brief extract <files|folders...> [--out FILE]'},
	extractNeedsArticles: {ja: (usage: string) => `extract には記事のファイルかフォルダが1つ以上必要です (${usage})`, en: (usage: string) => `extract needs at least one article file or folder (${usage})`},
	badJobs: {
		ja: (maximum: number, value: string) => `--jobs は 1 から ${maximum} までの整数です ('${value}' が指定されました)`,
		en: (maximum: number, value: string) => `--jobs must be a whole number from 1 to ${maximum}, got '${value}'`,
	},
	jobsNotWhole: {ja: (value: string) => `--jobs はワーカーの数 (1以上の整数) です ('${value}' が指定されました)`, en: (value: string) => `--jobs must be a whole number of workers (1 or more), got '${value}'`},
	outHasArticleExtension: {
		ja: (out: string, extension: string) => `--out に指定した ${out} は記事の拡張子 (${extension}) です。brief がデータセットを記事として読んでしまいます。.json のファイルにしてください`,
		en: (out: string, extension: string) => `--out ${out} has an article's extension (${extension}): brief would read the dataset as an article; use a .json file`,
	},
	outIsInput: {
		ja: (out: string, input: string) => `--out に指定した ${out} は入力の1つ (${input}) です。データセットで上書きされてしまいます`,
		en: (out: string, input: string) => `--out ${out} is one of the inputs (${input}): it would be overwritten with the dataset`,
	},
	cannotWrite: {ja: (file: string, reason: string) => `${file} に書き込めません: ${reason}`, en: (file: string, reason: string) => `cannot write ${file}: ${reason}`},
	processOf: {ja: (pid: number, host: string) => (host === '' ? `プロセス ${pid}` : `${host} のプロセス ${pid}`), en: (pid: number, host: string) => `process ${pid}${host === '' ? '' : ` on ${host}`}`},
	anotherBrief: {ja: '別の brief', en: 'another brief'},
	outBeingWritten: {
		ja: (out: string, holder: string, lockFile: string) => `${out} は別の brief extract (${holder}) が書き込み中です。終わってからやり直すか、動いていなければ ${lockFile} を削除してください`,
		en: (out: string, holder: string, lockFile: string) => `${out} is being written by another brief extract (${holder}); try again when it has finished, or remove ${lockFile} if none is running`,
	},
	removedLeftovers: {
		ja: (count: number, files: string) => `終わらなかった extract の残したファイル${count}個を削除しました (${files})`,
		en: (count: number, files: string) => `removed ${count} file${count === 1 ? '' : 's'} left by an extract that did not finish (${files})`,
	},
	skippedFile: {ja: (file: string, reason: string) => `${file} を飛ばしました: ${reason}`, en: (file: string, reason: string) => `skipped ${file}: ${reason}`},
	extracting: {
		ja: (done: number, total: number, rate: number, left: number) => `抽出中 ${done}/${total} · ${rate}件/秒 · 残り${left}秒`,
		en: (done: number, total: number, rate: number, left: number) => `extracting ${done}/${total} · ${rate}/s · ${left}s left`,
	},
	extractSummary: {
		ja: (articles: number, companies: number, events: number, figures: number, conflicts: number) => `記事${articles}件: 企業${companies}社、出来事${events}件、数値${figures}件、食い違い${conflicts}件`,
		en: (articles: number, companies: number, events: number, figures: number, conflicts: number) => `${articles} article${articles === 1 ? '' : 's'}: ${companies} companies, ${events} events, ${figures} figures, ${conflicts} conflicts`,
	},
	extractUpToDate: {
		ja: (files: number, out: string, summary: string) => `${files}個のファイルに変更はありません。${out} は最新です (${summary})`,
		en: (files: number, out: string, summary: string) => `nothing changed in ${files} file${files === 1 ? '' : 's'}; ${out} is up to date (${summary})`,
	},
	folderVisited: {ja: 'すでに読んだフォルダです (シンボリックリンクの循環?)', en: 'folder already visited (symbolic link loop?)'},
	notAFile: {ja: '通常のファイルではありません', en: 'not a regular file'},
	binaryFile: {ja: 'バイナリファイルです (NUL バイトあり)', en: 'binary file (NUL bytes)'},
	notUtf8: {ja: 'UTF-8 のテキストではありません', en: 'not UTF-8 text'},
	emptyFile: {ja: '空です', en: 'empty'},
	brokenFrontMatter: {ja: (detail: string) => `フロントマターが壊れています: ${detail}`, en: (detail: string) => `broken front matter: ${detail}`},
	frontMatterNotKeys: {ja: '"key: value" の行がありません', en: 'expected "key: value" lines'},
	couldNotBeExtracted: {ja: (detail: string) => `抽出できませんでした (${detail})`, en: (detail: string) => `could not be extracted (${detail})`},
	extractedDataset: {ja: '抽出したデータセット', en: 'the extracted dataset'},
	nothingExtracted: {ja: '抽出できた記事がありません。何も書き込んでいません', en: 'no article could be extracted; nothing written'},
	extracted: {
		ja: (summary: string, unchanged: number, skipped: number, out: string) => `抽出しました。${summary} (変更なし${unchanged}件、飛ばした${skipped}件) -> ${out}`,
		en: (summary: string, unchanged: number, skipped: number, out: string) => `extracted ${summary} (${unchanged} unchanged, ${skipped} skipped) -> ${out}`,
	},
	articlesOutside: {
		ja: (count: number, folder: string) => `記事${count}件がデータセットのフォルダ ${folder} の外にあります。TUI の記事表示が開くのはそのフォルダとその下の記事だけです`,
		en: (count: number, folder: string) => `${count} article${count === 1 ? ' lies' : 's lie'} outside ${folder}, the dataset's folder: the TUI's reader opens only articles in that folder and below`,
	},
	// The library's commands: `brief feed`, `brief update`, `brief add`.
	feedUsage: {ja: 'brief feed add <URL> [--name 名前] | brief feed list | brief feed rm <名前|URL>', en: 'brief feed add <url> [--name NAME] | brief feed list | brief feed rm <name|url>'},
	feedAddTakesOne: {ja: (usage: string) => `feed add にはアドレスを1つ指定します (${usage})`, en: (usage: string) => `feed add takes one address (${usage})`},
	feedListTakesNoArguments: {ja: (argument: string) => `feed list は引数をとりません ('${argument}' が指定されました)`, en: (argument: string) => `feed list takes no arguments, got '${argument}'`},
	feedRmTakesOne: {ja: (usage: string) => `feed rm にはフィードを名前かアドレスで1つ指定します (${usage})`, en: (usage: string) => `feed rm takes one feed, by name or address (${usage})`},
	noSuchFeed: {
		ja: (feed: string, names: string) => `'${feed}' という名前やアドレスのフィードはありません${names === '' ? '' : ` (フィード: ${names})`}`,
		en: (feed: string, names: string) => `no feed named or at '${feed}'${names === '' ? '' : ` (feeds: ${names})`}`,
	},
	feedNeedsAction: {ja: (usage: string) => `feed には add, list, rm のどれかが必要です (${usage})`, en: (usage: string) => `feed needs add, list or rm (${usage})`},
	unknownFeedAction: {ja: (action: string, usage: string) => `feed に '${action}' という操作はありません (${usage})`, en: (action: string, usage: string) => `unknown feed action '${action}' (${usage})`},
	withUsage: {ja: (message: string, usage: string) => `${message} (${usage})`, en: (message: string, usage: string) => `${message} (${usage})`},
	following: {
		ja: (name: string, url: string) => `${name} (${url}) を購読します。\`brief update\` で取得します`,
		en: (name: string, url: string) => `following ${name} (${url}); \`brief update\` fetches it`,
	},
	noFeedsYet: {ja: 'フィードはまだありません。追加: brief feed add <URL>', en: 'no feeds yet: brief feed add <url>'},
	stoppedFollowing: {ja: (name: string) => `${name} の購読をやめました。その記事はライブラリに残ります`, en: (name: string) => `stopped following ${name}; its articles stay in the library`},
	addUsage: {ja: 'brief add <URL|ファイル|フォルダ>...', en: 'brief add <url|file|folder>...'},
	addNeedsSource: {ja: (usage: string) => `add には Web アドレス・ファイル・フォルダが1つ以上必要です (${usage})`, en: (usage: string) => `add needs at least one web address, file or folder (${usage})`},
	cannotAdd: {ja: (source: string, reason: string) => `${source} を追加できません: ${reason}`, en: (source: string, reason: string) => `cannot add ${source}: ${reason}`},
	unknownError: {ja: '不明なエラー', en: 'unknown error'},
	updateTakesNoArguments: {
		ja: (argument: string) => `update は引数をとりません ('${argument}' が指定されました。ページを追加するには brief add <URL>)`,
		en: (argument: string) => `update takes no arguments, got '${argument}' (to add a page: brief add <url>)`,
	},
	waitingForUpdate: {
		ja: (pid: number, since: string) => `プロセス ${pid} で実行中の更新 (${since} UTC から) を待っています`,
		en: (pid: number, since: string) => `waiting for the update running in process ${pid} (since ${since} UTC)`,
	},
	updateProgress: {
		ja: (feedsDone: number, feeds: number, pagesDone: number, pages: number, fresh: number, failed: number) => `フィード ${feedsDone}/${feeds} · ページ ${pagesDone}/${pages} · 新着${fresh}件 · 失敗${failed}件`,
		en: (feedsDone: number, feeds: number, pagesDone: number, pages: number, fresh: number, failed: number) => `feeds ${feedsDone}/${feeds} · pages ${pagesDone}/${pages} · ${fresh} new · ${failed} failed`,
	},
	extractingProgress: {ja: (done: number, total: number) => ` · 抽出 ${done}/${total}`, en: (done: number, total: number) => ` · extracting ${done}/${total}`},
	noFeedsToUpdate: {ja: '更新するフィードがありません。追加: brief feed add <URL>', en: 'no feeds to update: brief feed add <url>'},
	// The update's report and summary, and `brief feed list`.
	feedListName: {ja: '名前', en: 'name'},
	feedListAddress: {ja: 'アドレス', en: 'address'},
	feedListLastFetch: {ja: '最終取得', en: 'last fetch'},
	feedListStatus: {ja: '状態', en: 'status'},
	never: {ja: 'なし', en: 'never'},
	fetchOk: {ja: '成功', en: 'ok'},
	failedBecause: {ja: (reason: string) => `失敗: ${reason}`, en: (reason: string) => `failed: ${reason}`},
	notModified: {ja: '変更なし', en: 'not modified'},
	notFetchedYet: {ja: '未取得', en: 'not fetched yet'},
	failed: {ja: '失敗', en: 'failed'},
	updatedFeeds: {
		ja: (feeds: number, unchanged: number, fresh: number) => `フィード${grouped(feeds)}件を更新${unchanged > 0 ? ` (変更なし${unchanged}件)` : ''}: 新しい記事${grouped(fresh)}件`,
		en: (feeds: number, unchanged: number, fresh: number) => `updated ${plural(feeds, 'feed')}${unchanged > 0 ? ` (${unchanged} not modified)` : ''}: ${plural(fresh, 'new article')}`,
	},
	copiesInLibrary: {ja: (count: number) => `既にある記事と重複${count}件`, en: (count: number) => `${plural(count, 'copy of a story', 'copies of stories')} already in the library`},
	pagesFailed: {ja: (count: number) => `ページ${count}件が失敗`, en: (count: number) => `${plural(count, 'page')} failed`},
	pagesLeft: {ja: (count: number) => `次の更新に回したページ${count}件`, en: (count: number) => `${plural(count, 'page')} left for the next update`},
	articlesNotRead: {ja: (count: number) => `抽出できない記事${count}件`, en: (count: number) => `${plural(count, 'article')} the extractor could not read`},
	libraryHolds: {ja: (count: number) => `ライブラリの記事は${grouped(count)}件`, en: (count: number) => `the library holds ${plural(count, 'article')}`},
	feedsFailed: {ja: (count: number, feeds: string) => `。フィード${count}件が失敗: ${feeds}`, en: (count: number, feeds: string) => `; ${plural(count, 'feed')} failed: ${feeds}`},
	feedItems: {ja: (count: number) => `項目${count}件`, en: (count: number) => plural(count, 'item')},
	newShort: {ja: (count: number) => `新着${count}件`, en: (count: number) => `${count} new`},
	copies: {ja: (count: number) => `重複${count}件`, en: (count: number) => plural(count, 'copy', 'copies')},
	forNextUpdate: {ja: (count: number) => `次の更新に${count}件`, en: (count: number) => `${count} for the next update`},
	pageFailed: {ja: 'ページ取得失敗:', en: 'page failed:'},
	notExtracted: {ja: '抽出できない記事:', en: 'not extracted:'},
	addedArticles: {ja: (count: number) => `記事${grouped(count)}件を追加`, en: (count: number) => `added ${plural(count, 'article')}`},
	updatedCount: {ja: (count: number) => `更新${count}件`, en: (count: number) => `${count} updated`},
	unchangedCount: {ja: (count: number) => `変更なし${count}件`, en: (count: number) => `${count} unchanged`},
	failedCount: {ja: (count: number) => `失敗${count}件`, en: (count: number) => `${count} failed`},
	// The TUI's background update and its reader.
	updateCouldNotStart: {ja: (reason: string) => `更新を始められませんでした (${reason})`, en: (reason: string) => `could not start the update (${reason})`},
	updateEndedWith: {ja: (code: string) => `更新は終了コード ${code} で終わりました`, en: (code: string) => `the update ended with code ${code}`},
	viewShowsData: {ja: (summary: string, data: string) => `${summary} (この画面は --data ${data} を表示中)`, en: (summary: string, data: string) => `${summary} (this view shows --data ${data})`},
	articleNotInDataset: {ja: (article: string) => `記事 ${article} はデータセットにありません`, en: (article: string) => `article ${article} is not in the dataset`},
	articleOutsideFolder: {
		ja: (file: string, folder: string) => `開きません: ${file} はデータセットのフォルダ (${folder}) の外にあります。記事表示が開くのはそのフォルダとその下の記事だけです`,
		en: (file: string, folder: string) => `not opened: ${file} is outside the dataset's folder (${folder}); the reader opens only articles in it and below`,
	},
	cannotReadArticle: {ja: (file: string, reason: string) => `${file}: 記事を読めません (${reason})`, en: (file: string, reason: string) => `${file}: cannot read the article (${reason})`},
	articleChanged: {ja: (file: string) => `${file} はデータセットを作った後に変わっています`, en: (file: string) => `${file} changed since the dataset was made`},
} satisfies Record<string, {readonly ja: unknown; readonly en: unknown}>;

type Catalogue = typeof catalogue;

/** The keys whose Japanese and English are not of one shape: there must be none. */
type Mismatched = {[Key in keyof Catalogue]: Catalogue[Key]['ja'] extends Catalogue[Key]['en'] ? (Catalogue[Key]['en'] extends Catalogue[Key]['ja'] ? never : Key) : Key}[keyof Catalogue];
const everyKeyMatches: [Mismatched] extends [never] ? true : Mismatched = true;
void everyKeyMatches;

/** The catalogue in one language. */
export type Messages = {readonly [Key in keyof Catalogue]: Catalogue[Key]['en']};

function inLanguage(language: Language): Messages {
	return Object.fromEntries(Object.entries(catalogue).map(([key, texts]) => [key, texts[language]])) as Messages;
}

const byLanguage: Readonly<Record<Language, Messages>> = {ja: inLanguage('ja'), en: inLanguage('en')};

/** Every message in `language`. */
export function messages(language: Language): Messages {
	return byLanguage[language];
}

/** Every key of the catalogue (for tests). */
export const messageKeys = Object.keys(catalogue) as ReadonlyArray<keyof Catalogue>;

/** The catalogue's text of a key in both languages (for tests and the JSON label). */
export function bothLanguages<Key extends keyof Catalogue>(key: Key): Catalogue[Key] {
	return catalogue[key];
}

import type {FigureBasis} from '../../dataset/schema.js';
import {bandWord, type Quantity} from '../amounts.js';
import {inClosedAside, withoutPeriods, type SentenceFacts} from '../analysis.js';
import type {Family, Prior} from '../lexicon-entry.js';
import type {LexiconHit} from '../lexicon.js';
import {lastMonthOf} from '../period-calendar.js';
import type {Period} from '../periods.js';
import {tellsBuyback} from './measure-kinds.js';
import type {ReadingState} from './types.js';

// Whether a figure was reported (actual) or is expected, guided, planned or aimed at (outlook), and
// whether a number is no figure of the company at all: the market's forecast, an analyst's view,
// speculation, a figure of a market, boilerplate.

/** Why a number is not a figure; null when it may be one. */
export type Rejection = 'consensus' | 'speculation' | 'third-party' | 'profile' | 'difference' | 'limit' | 'penalty' | 'index' | 'withdrawn' | 'conversion' | 'component' | null;

/** A clause that ends in its own verb ("…となり、", "…だったが、") closes what an outlook word after it governs. */
// "売上高は4,760億円ですから、約2倍にする計画です": a clause that gives a reason is told as fact.
// "…512億円に伸び、通期計画の…": a verb's stem (伸び, 増え, 占め) closes its clause as well.
const verbEnded = /(?:た|だ|り|し|じ|て|で|が|び|え|め|ており|あり|から|ので)[、,]$/;
// Not a phrase that only names a topic: "…の追加出資について、…と報じられた".
const topicNamed = /(?:について|に関して|をめぐって|を巡って|に対して|において|にとって)[、,]$/;
const closedClause = {test: (clause: string) => verbEnded.test(clause) && !topicNamed.test(clause)};

/** Whether the number is the market's, an analyst's or a rumour's rather than the company's. */
/** A clause of condition before: "…膨らめば、", "…が続けば、"; not "例えば、" nor "同社によれば、". */
function supposedOn(before: string): boolean {
	if (!before.includes('ば')) return false;
	for (const match of before.matchAll(/[れめけせてねべえげ]ば[、,]/g)) if (!/(?:例え|たとえ|といえ|と言え|によれ|に拠れ)$/.test(before.slice(Math.max(0, match.index - 3), match.index + 1))) return true;
	return false;
}

const severalTogether = /(?:[2-9]|1\d|[二三四五六七八九十])社(?:の|で|が|は|を)[^。]{0,24}?(?:合計|合算|総額)(?:で|は|が|では)?\s?(?:約|およそ)?\s?$/;
// "3社のAI関連売上高の合計は、まだ連結売上高の3%程度": the total's part of something is theirs together too.
const severalTogetherPart = /(?:[2-9]|1\d|[二三四五六七八九十])社(?:の|で|が|は|を)[^。]{0,24}?(?:合計|合算|総額)(?:は|が)[、,]?\s?[^。、]{0,14}?(?:の|に占める割合は)\s?(?:約)?\s?$/;
// "主要15社の棚卸資産は…合計", "XとYの合算シェア", "日本企業が発行した社債は", "国内の個人向け社債の発行額は": companies at large.
// "コアウィーブなど「ネオクラウド」勢の合計は5%": so are a company's kind together.
const groupTotal =
	/合算|(?:など|勢|陣営)[^、。]{0,12}?の合計|(?:主要|上位|大手|対象の)\s?(?:\d{1,3}|[二三四五六七八九十]{1,2})社の|(?:各社|商社|企業|メーカー|事業者|銘柄)の合計|(?:日本|国内|米国|海外|中国|韓国|台湾|上場)企業(?:が|の|全体)|(?:国内|世界|全世界)の[^、。]{0,16}?(?:発行額|発行総額)(?:は|が)/;
// "年間配当収入は税引き前で約13万円": a holder's dividends received.
const ownPositionBefore = /(?:取得単価|取得価格|購入単価|購入価格|買値|簿価単価|含み益|含み損|評価損益|損益率|配当収入)\s?(?:は|が|で|[:：])?\s?(?:税引き前|税引前|税引き後|税引後|手取り)?\s?(?:で)?\s?(?:約)?\s?$/;
const ownPurchaseAfter = /^\s?で\s?[\d,]+\s?株(?:を)?\s?(?:購入|買い|買っ|取得|仕込)/;

export function rejectionOf(facts: SentenceFacts, quantity: Quantity, clause: readonly [number, number]): Rejection {
	const words = facts.words;
	if (words.some(hit => hit.entry.marker === 'profile' && /^[:：\s]/.test(facts.normalized.slice(hit.end, hit.end + 1)))) return 'profile';
	const justBefore = facts.normalized.slice(Math.max(clause[0], quantity.start - 10), quantity.start);
	// "米大手4社の今年の投資額は合計で6,000億ドル": several companies together are none of them.
	if (severalTogether.test(facts.normalized.slice(clause[0], quantity.start)) || severalTogetherPart.test(facts.normalized.slice(0, quantity.start))) return 'speculation';
	// Not "国内企業が使うLLMのシェアはオープンAIが41%": a company named after the group owns its own figure.
	const group = groupTotal.exec(facts.normalized.slice(clause[0], quantity.start));
	if (group && !facts.mentions.some(mention => mention.start >= clause[0] + group.index + group[0].length && mention.start < quantity.start)) return 'speculation';
	// "外国人投資家は韓国株を約9兆ウォン売り越した": investors' net selling of a market is no company's figure.
	if (/^\s?(?:を|の)?\s?(?:売り越|買い越)/.test(facts.normalized.slice(quantity.end, quantity.end + 6)) || /(?:売り越し|買い越し)(?:額)?(?:は|が)\s?(?:約)?\s?$/.test(justBefore)) return 'speculation';
	// "500株（平均取得単価 3,180円）", "2,900円で200株購入", "含み益は+45%": a holder's own position is no company's figure.
	if (ownPositionBefore.test(justBefore) || ownPurchaseAfter.test(facts.normalized.slice(quantity.end, quantity.end + 16))) return 'speculation';
	// "一部を利益確定して、保有比率を25%から15%に下げました": a trader's book, not a company's stake.
	if (/利益確定(?:して|した|しま)|利確|損切り|ナンピン/.test(facts.normalized)) return 'third-party';
	// "「50%ルール」": a rule named by its threshold.
	if (/^\s?[」』]?\s?(?:ルール|規則|条項)/.test(facts.normalized.slice(quantity.end, quantity.end + 4))) return 'limit';
	// "新会社の資本金は100億円で、富士通が全額を出資する": a company's capital is a line of its profile, however it is told.
	if (/資本金(?:の額)?(?:は|が|を)\s?(?:約)?\s?$/.test(facts.normalized.slice(Math.max(clause[0], quantity.start - 10), quantity.start))) return 'profile';
	// "- コンセンサス：Revenue $398M、EPS -$0.22": a line labelled as the consensus gives analysts' numbers only.
	if (consensusLine.test(facts.normalized)) return 'consensus';
	// "市場予想の1.24ドル", "アナリストの予想平均（87億ドル）", "アナリスト予想の平均は売上高125億ドル、EPS 3.80ドル"
	const consensus = words.findLast(hit => hit.entry.marker === 'consensus' && hit.end <= quantity.start && hit.start >= clause[0]);
	if (consensus && /^\s?(?:の|は|が|で|:|：)?\s?[(（]?\s?(?:約|およそ)?\s?$/.test(facts.normalized.slice(consensus.end, quantity.start))) return 'consensus';
	// "市場予想平均の営業損益（25億円の黒字）": the consensus's measure between it and the number, with no verb that
	// sets the company's own figure against it ("市場予想を上回り", "市場予想に反して").
	// "QUICKコンセンサスの7〜9月期営業利益85億円": a period named with the measure is no part of the gap.
	const gap = consensus ? withoutPeriods(facts, consensus.end, quantity.start) : '';
	// "市場予想の平均（QUICKコンセンサス）は営業利益4,450億円": the measure named between.
	// "アナリスト予想の平均（IFISコンセンサス、11月10日時点）の営業利益は": an aside in brackets is no part of the gap.
	const measuredGap = (between: string) =>
		between.length <= 16 && /^[^、。,]*(?:の|は|が|で|:|：|[(（])\s?(?:[\p{Script=Han}ァ-ヶー]{1,8})?\s?(?:約|およそ)?\s?$/u.test(between) && !/上回|下回|反し|届か|超え|並ん|比べ|対し|より/.test(between);
	if (consensus && measuredGap(gap)) return 'consensus';
	if (words.some(hit => hit.entry.marker === 'consensus' && hit.end <= quantity.start && hit.start >= clause[0] && measuredGap(withoutPeriods(facts, hit.end, quantity.start).replace(/[(（][^()（）]*[)）]/gu, '')))) return 'consensus';
	// "市場予想の売上高191億ドル、1株利益1.96ドルをいずれも上回った": each item of the list the company beat.
	if (words.some(hit => hit.entry.marker === 'consensus' && hit.end <= quantity.start) && /^[^、。]{0,4}?を\s?(?:いずれも|ともに|それぞれ)\s?(?:上回|下回)/.test(facts.normalized.slice(quantity.end, quantity.end + 16))) return 'consensus';
	// "営業利益は市場予想の平均を12%ほど上回った": how far a result beat the consensus is no figure of the company.
	if (consensus && /^[^、。]{0,12}?を\s?(?:約)?\s?$/.test(gap) && /^\s?(?:ほど|程度|近く|余り)?\s?(?:上回|下回)/.test(facts.normalized.slice(quantity.end, quantity.end + 8))) return 'consensus';
	// "QUICKコンセンサス（営業利益1,250億円）": the consensus's own figures in the brackets after it.
	if (consensus && /^\s?[(（][^()（）、。]{0,12}$/.test(gap)) return 'consensus';
	// "アナリスト予想の平均（売上高12億2,000万ドル、1株利益0.42ドル）", "市場予想平均（QUICKコンセンサス、25億円）":
	// every figure in the brackets after it, or in brackets that name it.
	const bracket = openedBracket(facts.normalized, quantity.start);
	if (
		bracket !== -1 &&
		words.some(hit => hit.entry.marker === 'consensus' && ((hit.end <= bracket && /^\s?(?:の平均|平均|の中央値)?\s?$/.test(facts.normalized.slice(hit.end, bracket))) || (hit.start > bracket && hit.end <= quantity.start)))
	)
		return 'consensus';
	const consensusTopic = words.find(hit => hit.entry.marker === 'consensus' && hit.end <= quantity.start && /^(?:の平均|の中央値)?(?:は|では)/.test(facts.normalized.slice(hit.end, hit.end + 6)));
	if (consensusTopic && !facts.clauses.some(([from, to]) => from >= consensusTopic.end && to <= quantity.start && closedClause.test(facts.normalized.slice(from, to)))) return 'consensus';
	// "営業利益への影響は通期で約500億円の減益と見ていた": what an event does to a measure is an estimate, no level of it.
	// "…と見ていたが、…300億円程度の減益にとどまる": and so is its revision later in the sentence.
	if (/への影響(?:額)?(?:は|が|を)/.test(facts.normalized.slice(0, quantity.start)) && /^\s?(?:程度|規模|ほど)?の?(?:減益|増益|減収|増収|押し下げ|押し上げ)/.test(facts.normalized.slice(quantity.end, quantity.end + 8))) return 'speculation';
	// "この投資が国内総生産（GDP）に5兆5,700億円貢献し": what a spending adds to an economy is an estimate of the
	// economy's, no company's figure.
	if (
		/(?:国内総生産|GDP|経済)(?:[(（][^()（）]{1,8}[)）])?\s?(?:に|へ)\s?(?:約|およそ)?\s?$/.test(facts.normalized.slice(Math.max(clause[0], quantity.start - 16), quantity.start)) &&
		/^\s?(?:程度|規模|ほど)?\s?(?:の)?(?:貢献|押し上げ|寄与)/.test(facts.normalized.slice(quantity.end, quantity.end + 8))
	)
		return 'speculation';
	// "買収による相乗効果は…営業利益ベースで200億円": a synergy measured in a measure's terms is no figure of that measure.
	if (/(?:相乗効果|シナジー)/.test(facts.normalized.slice(clause[0], quantity.start)) && /ベースで\s?(?:約)?\s?$/.test(facts.normalized.slice(Math.max(clause[0], quantity.start - 8), quantity.start))) return 'speculation';
	// "…向けの出荷は186万台で、メーカー別ではアップル、シャオミの順だった", "…42万台で、サムスン電子が過半を占めた": a total the
	// sentence then shares out among makers is the market's, no maker's.
	if (
		!facts.mentions.some(mention => mention.start >= clause[0] && mention.end <= quantity.start) &&
		/^[^。]{0,24}?[、,]\s?(?:(?:メーカー|ベンダー|ブランド|企業|会社)別(?:では|に見ると|でみると|で見ると)|[^。、]{1,20}が(?:過半|半数|大半|首位|トップ|[0-9.]+%)を(?:占め|握))/.test(facts.normalized.slice(quantity.end, quantity.end + 60))
	)
		return 'speculation';
	// "両社の差は11ポイント", "シェアの差は": a difference between two things is nobody's figure.
	if (/(?:の)?差(?:は|が|を)\s?(?:約)?\s?$/.test(facts.normalized.slice(Math.max(clause[0], quantity.start - 6), quantity.start))) return 'speculation';
	// "Gartnerの数字を0.6ポイント下回った": how far one estimate sits from another is neither's figure.
	if (/(?:数字|数値|推計|推定|集計|調査|試算|見積もり)を\s?(?:約)?\s?$/.test(facts.normalized.slice(Math.max(clause[0], quantity.start - 12), quantity.start))) return 'difference';
	// "Gartnerより3ポイント近く低い", "サムスン電子（33.2%）を5ポイント余り上回った": points between one research firm's count
	// and another's, or between two companies, are a gap, no change of anyone's share over time; so is a percentage between
	// two companies ("同社はNECを19%上回る受注を得た").
	if ((quantity.unit === 'pt' || quantity.unit === '%') && /^\s?(?:近く|余り|あまり|強|弱|ほど|程度)?\s?(?:高|低|上回|下回|多|少)/.test(facts.normalized.slice(quantity.end, quantity.end + 8))) {
		const comparedTo = (span: {readonly start: number; readonly end: number}) =>
			span.start >= clause[0] && /^\s?(?:[(（][^()（）]{0,24}[)）])?\s?(?:の(?:数字|数値|推計|推定|集計|シェア))?\s?(?:より|を)\s?(?:約|およそ)?\s?$/.test(facts.normalized.slice(span.end, quantity.start));
		if (facts.mentions.some(comparedTo) || facts.firms.some(comparedTo)) return 'difference';
	}
	// "調査会社によってAWSのシェアが3ポイントも違う", "TrendForceとは4ポイント以上ずれている": how far two counts of one share lie apart is no share.
	if ((quantity.unit === 'pt' || quantity.unit === '%') && /^\s?(?:も|ほど|近く|以上)?\s?(?:違う|違い|違っ|異なる|異なっ|食い違|乖離|開きがある|ずれ(?:て|た|る|が))/.test(facts.normalized.slice(quantity.end, quantity.end + 10)))
		return 'difference';
	// "大口顧客1社が契約を見直した": one company or person counted is someone the text tells of, no count of customers.
	if (quantity.unit === 'count' && quantity.value === 1 && quantity.counter !== '株') return 'limit';
	// "目標株価平均は1万6200円と、1カ月前から12%上昇した": how far analysts moved their target is no move of the share price;
	// "…目標株価を引き上げ、株価は5%高" still tells one.
	const target = /目標株価|目標価格/.exec(facts.normalized.slice(0, quantity.start));
	if (quantity.unit === '%' && target && !/株価(?:は|が|も)|株は|株が/.test(facts.normalized.slice(target.index + target[0].length, quantity.start))) return 'consensus';
	// "営業利益は95,710百万円（訂正前98,410百万円）となります": a value a correction withdraws is no figure.
	if (/訂正前(?:は|の|:|：)?\s?(?:約)?\s?$/.test(facts.normalized.slice(Math.max(clause[0], quantity.start - 6), quantity.start))) return 'withdrawn';
	// "出資比率を20%以上に引き上げない", "10%を上限に": a ceiling agreed on, not a level held. A buyback's ceiling is its size.
	const ceiling = /^(?:以上|超)?(?:に|へ|まで)?引き上げない|^を?上限|^を超えない|^を超えて(?:取得|保有)しない/.test(facts.normalized.slice(quantity.end, quantity.end + 12));
	if (ceiling && !tellsBuyback(facts)) return 'limit';
	// The quantity may hold its own 超 ("$1M超"): read it as part of what follows.
	const after = (/(?:を?超える|を?超え|超|以上)$/.exec(quantity.text)?.[0] ?? '') + facts.normalized.slice(quantity.end, quantity.end + 40);
	// "年間100万ドル超の顧客は688社": the amount is a threshold that picks out customers, nobody's revenue.
	// "製品売上高が100万ドルを超える大口顧客は688社": so is one the customers' spending exceeds.
	// "評価額1,000億円を超えるユニコーン", "調達額が1,000億円を超える「メガラウンド」": a size that picks out a kind of company or deal.
	if (
		quantity.unit !== '%' &&
		quantity.unit !== 'pt' &&
		quantity.unit !== 'count' &&
		/^\s?(?:(?:超|以上)(?:の|を(?:支払う|使う))|を?超える|以上の)\s?(?:大口)?(?:顧客|企業|取引先|利用者|ユーザー|ユニコーン|スタートアップ|新興企業|案件|ラウンド|大型|「[^」]{1,12}(?:ラウンド|案件|企業)」)/.test(after)
	)
		return 'limit';
	// "シェアは7%を割り込んだ", "営業利益率は10%を下回った": a mark the figure fell below, not the figure.
	// Not "前年同期の181億円を下回った": the earlier period's figure, set against the new one.
	if (
		/^\s?を\s?(?:割り込|割っ|割る|割れ|下回っ|下回る|下回り)/.test(after) &&
		!/(?:予想|計画|見通し|目標|前年同期|前期|前年|前の期|前年度|前回|前四半期|昨年|同期|実績)(?:の|を)?\s?(?:約)?\s?$/.test(facts.normalized.slice(Math.max(clause[0], quantity.start - 12), quantity.start))
	)
		return 'limit';
	// "1円の円安で年間の営業利益が40億円程度押し上げられる": a sensitivity to the exchange rate, no result or forecast.
	if (/\d円の(?:円安|円高)|\d円(?:円安|円高)に振れると/.test(facts.normalized)) return 'speculation';
	// "売上高が初めて1兆円の大台に乗った", "100億ドルの節目を超えた": a round mark passed, not the figure itself.
	if (/^\s?の?\s?(?:大台|節目)/.test(after)) return 'limit';
	// "四半期で初めて100億円を超えた", "初めて1万社を突破した": a round mark passed for the first time, not the figure itself.
	// "上期として初めて1兆2,000億円を超えました": alone too, the mark says only that the figure passed it.
	// But "時価総額が初めて3兆円を超えた" is the value as markets give it, a level reached that day.
	const marketValue = /時価総額/.test(facts.normalized.slice(clause[0], quantity.start));
	// "初めて営業利益3,000億円を超えた": the measure may stand between.
	if (!marketValue && /初めて\s?(?:[^、。\d]{1,10}?(?:が|は)?\s?)?(?:約)?\s?$/.test(facts.normalized.slice(Math.max(clause[0], quantity.start - 16), quantity.start)) && /^\s?(?:を|の)?\s?(?:超え|超|突破|上回|台に乗)/.test(after))
		return 'limit';
	// "売上高が1,148億円となり、…唯一、売上高が1,000億円を超えた": a mark the same measure's figure, given before, passed.
	const ownMeasure = facts.words.findLast(hit => hit.entry.measure && hit.start >= clause[0] && hit.end <= quantity.start);
	if (
		ownMeasure &&
		/^\s?を\s?(?:超え|上回っ|突破し)/.test(after) &&
		facts.quantities.some(other => other.end <= ownMeasure.start && other.unit === quantity.unit && other.value > quantity.value && facts.words.some(hit => hit.entry.id === ownMeasure.entry.id && hit.end <= other.start))
	)
		return 'limit';
	// "営業利益が800億円を超えるのは初めてで", "…4億円を超えたのは初めて": a mark passed for the first time, told of the figure given before it.
	if (/^\s?(?:を)?\s?(?:超える|上回る|突破する|超す|超えた|上回った|突破した|超した)の(?:は|も)\s?(?:初めて|初|史上初)/.test(after)) return 'limit';
	// "1万2,000社超の顧客がClaudeを使えるようになる": the reach of a partnership, not a count of customers won.
	if (quantity.unit === 'count' && /^(?:社|人)?\s?(?:超|以上)?の\s?(?:顧客|企業|利用者|ユーザー)が[^。、]{0,24}(?:使える|利用できる|利用可能|使えるように)/.test(after)) return 'limit';
	// "ユーザー企業1,200社へのアンケート", "回答企業は800社": the sample of a survey is nobody's count of customers.
	if (
		quantity.unit === 'count' &&
		(/^(?:社|人|件)?(?:超|以上)?\s?(?:へ|に|を対象(?:に|と)した|から)の?\s?(?:アンケート|調査|聞き取り|回答)/.test(after) ||
			/(?:回答|調査対象)(?:企業|者)?(?:数)?(?:は|が)?\s?(?:約)?\s?$/.test(facts.normalized.slice(Math.max(clause[0], quantity.start - 10), quantity.start)))
	)
		return 'limit';
	// "IPAの議決権比率は約42%となり": the stake of a holder that is no company the text knows (an agency, a fund) is not the
	// company's figure.
	const holderStake = /(?<holder>[A-Za-z][A-Za-z&.-]{1,15}|[ァ-ヶー・]{3,20}|[\p{Script=Han}ァ-ヶー]{2,16}(?:機構|機関|政府|省|庁|基金|公庫|銀行))の\s?(?:議決権比率|出資比率|持ち株比率|持株比率|保有比率)(?:は|が)\s?(?:約)?\s?$/u.exec(
		facts.normalized.slice(clause[0], quantity.start),
	);
	if (holderStake && !facts.mentions.some(mention => mention.end === clause[0] + holderStake.index + holderStake.groups!['holder']!.length)) return 'third-party';
	// "売上収益3兆5,462億円は約236億ドルに相当します": an amount restated in another currency is no second figure.
	if (
		quantity.unit !== '%' &&
		quantity.unit !== 'count' &&
		/^\s?(?:程度)?に相当(?:する|します|し)/.test(facts.normalized.slice(quantity.end, quantity.end + 8)) &&
		facts.quantities.some(other => other !== quantity && other.end <= quantity.start && other.unit !== quantity.unit && other.unit !== '%' && other.unit !== 'count')
	)
		return 'conversion';
	// "主要顧客3社向けの市場規模", "大口顧客の上位20社で売上高の約4割": customers picked out by rank or by what is sold to them are no count of customers.
	if (quantity.unit === 'count' && (/^\s?(?:社|人)?\s?向け/.test(facts.normalized.slice(quantity.end, quantity.end + 4)) || /上位\s?$/.test(facts.normalized.slice(Math.max(0, quantity.start - 3), quantity.start)))) return 'limit';
	// "1993年に設立され、…に本社を置く同社は、従業員数約6,200名": a release's closing profile of the company.
	if (/(?:\d{4}年に?(?:設立|創業)|設立され|創業され)/.test(facts.normalized) && /本社を置く|に本社/.test(facts.normalized)) return 'profile';
	// "回答者の38%が…保有している": the part of a survey's sample that answered so is nobody's figure.
	if (quantity.unit === '%' && /(?:回答者|回答企業|回答した(?:人|企業|社)|調査対象(?:者|企業)?)(?:の|のうち)\s?(?:約)?\s?$/.test(facts.normalized.slice(Math.max(clause[0], quantity.start - 12), quantity.start))) return 'limit';
	// "会社員の「半導体オタク課長」さん（44）は、…約4,800人の購読者を抱える": a person the text tells of owns no company's figure.
	if (/(?:さん|氏)\s?[(（]\d{2}[)）]\s?(?:は|が)/.test(facts.normalized.slice(0, quantity.start))) return 'third-party';
	// "顧客候補とは30社以上と協議している": prospects in talks are no customers.
	if (quantity.unit === 'count' && /(?:顧客|取引先|導入)候補|候補企業|見込み客|見込み顧客/.test(facts.normalized.slice(clause[0], quantity.end + 8))) return 'speculation';
	// "従業員21人以上の中堅企業向け": a size that picks out companies, nobody's count.
	const bound = (/(?:以上|未満|以下|超)$/.exec(quantity.text)?.[0] ?? '') + facts.normalized.slice(quantity.end, quantity.end + 14);
	if (quantity.unit === 'count' && /^\s?(?:以上|未満|以下|超)の\s?[^、。]{0,6}?(?:企業|会社|顧客|法人|事業者)/.test(bound)) return 'limit';
	// "利用ユーザー50人までの「スタンダードプラン」", "10社まで利用できる": a plan's cap, no count of anyone's.
	if (quantity.unit === 'count' && /^\s?(?:までの|まで(?:利用|使え|登録|参加)|以下の|以内の|以内で)/.test(facts.normalized.slice(quantity.end, quantity.end + 8))) return 'limit';
	// "今回ディスコを100株だけ買い増して": a lot of shares a person trades is nobody's stake; companies hold millions.
	if (quantity.counter === '株' && quantity.value < 10_000) return 'third-party';
	// "ADRを20株売って比率を35%まで落とした": the rest of a sentence about such a trade is the trader's too.
	if (facts.quantities.some(other => other.counter === '株' && other.value < 10_000) && /買い増|買い足|買っ|売っ|損切り|利確|利益確定|含み益|含み損|持って(?:い|お)/.test(facts.normalized)) return 'third-party';
	// "本紙が四半期ごとの開示を合算したところ…約1,400億ドル", "本紙集計では": the paper's own sum or estimate, no figure a company gave.
	if (/(?:本紙|本誌|当紙|編集部|筆者|記者)(?:が|の)?[^。]{0,30}?(?:合算|試算|計算|推計|集計|算出)/.test(facts.normalized.slice(0, quantity.start))) return 'speculation';
	// "当社が試算した10-3月期(下期)の経常損益は3.4億円の黒字(前年同期は1.2億円の赤字)": a sum worked out, and what it is set
	// against, are no figures reported.
	if (/当社(?:が|の)[^。、]{0,12}?(?:試算|算出)/.test(facts.normalized.slice(0, quantity.start))) return 'speculation';
	// "（筆者換算）", "（配当込み、自分で計算）", "ざっと計算すると", "1ドル=150円換算で": the writer's own arithmetic.
	if (/(?:筆者|自分で|自分の|私の|僕の)[^。、]{0,4}?(?:換算|計算|試算)|(?:ざっと|ざっくり|単純)(?:計算|試算|換算)|計算すると|1ドル\s?=\s?\d[\d.,]*\s?円(?:で|換算)/.test(facts.normalized)) return 'speculation';
	// "11億ユーロの制裁金を科した", "制裁金は年間売上高の2%弱に相当する": a fine, its legal ceiling or its size against sales is
	// no measure of the business (nor, by a measure carried from before, its revenue).
	if (penaltyIn(facts, clause)) return 'penalty';
	// "韓国総合株価指数（KOSPI）の0.8%高を上回った": a market index's move, nobody's share price.
	if (quantity.unit === '%' && marketIndex.test(facts.normalized.slice(Math.max(clause[0], quantity.start - 40), quantity.start))) return 'index';
	// "純利益には、…に伴う利益76億ドルが含まれる": an item a measure includes is no level of it.
	if (/^\s?(?:が|も)\s?(?:含まれ|含む)/.test(after) && /(?:には|にも)[、,]/.test(facts.normalized.slice(0, quantity.start))) return 'component';
	// "株価が上下10%動く", "上下5%の値幅": a band either way is no move that happened.
	if (/上下\s?(?:に)?\s?(?:約|およそ)?\s?$/.test(facts.normalized.slice(Math.max(clause[0], quantity.start - 6), quantity.start))) return 'speculation';
	// "…の3銘柄で日経平均を約390円押し上げた": what shares added to an index, in its yen or points, is the index's, nobody's.
	if (/^\s?(?:分|程度|ほど|あまり|余り)?\s?(?:押し上げ|押し下げ|下押し|引き上げ|引き下げ)/.test(after) && indexContributed.test(facts.normalized.slice(clause[0], quantity.start))) return 'index';
	// "時価総額は一時9000億ドルに迫った", "…5,000億ドルに近づく": a level approached is not one reached.
	if (/^\s?(?:に|へ)(?:迫|近づ)/.test(after)) return 'speculation';
	// "年換算売上高は140億ドル超えか、…": a headline's question mark of Japanese is a guess.
	if (/^(?:を?超え|超|突破|以上|規模|に)?か(?:[、,。!?！？\s]|$)/.test(after)) return 'speculation';
	// "HBM向けの需要が想定以上に膨らめば、時価総額が20兆円に届く": a number on a condition is a supposition.
	if (supposedOn(facts.normalized.slice(0, quantity.start))) return 'speculation';
	// "関係者によると…", "一部の報道によれば、…", "米メディアによると、…": the whole sentence is hearsay; "仮に…" a supposition.
	if (words.some(hit => hit.entry.marker === 'speculation' && /関係者|関係筋|報道(?:によ|で)|(?:メディア|通信)によ|仮に|私見|個人的/.test(hit.text) && hit.start < quantity.start)) return 'speculation';
	// "米メディアが報じたオープンAIとの約3,000億ドルの契約": a sum the press reported, told as such.
	// "一部で報じられた『企業価値20億ドル』": so is one reported by nobody named.
	if (/(?:(?:メディア|報道機関|新聞|紙|誌|通信|テレビ)(?:が|の)(?:報じた|伝えた|報道した)|報じられた|伝えられた|報道された)[^、。]{0,24}$/.test(facts.normalized.slice(clause[0], quantity.start))) return 'speculation';
	// "同社と結んだとされる5年間で3,000億ドル規模の契約": a deal said to exist, and its size with it; not a research firm's estimate.
	if (/(?:とされる|と言われる|といわれる|と伝えられる|とみられる|と見られる)[^、。]{0,16}$/.test(facts.normalized.slice(clause[0], quantity.start)) && !facts.firms.some(firm => firm.start < quantity.start)) return 'speculation';
	// "…を超える可能性がある", "…とみられる", "…規模とされ", "…との観測": what follows the number in its clause or the clauses it runs on into.
	let end = clause[1];
	while (end < facts.normalized.length && !closedClause.test(facts.normalized.slice(clause[0], end))) {
		const next = facts.clauses.find(([start]) => start === end);
		if (!next) break;
		end = next[1];
	}

	// "IDCが公表した集計では、…シェアは21.8%とされ": a research firm's estimate as it reported it, no hearsay.
	const firmReports = facts.firms.some(firm => firm.start < quantity.start && firmFrame.test(facts.normalized.slice(firm.end, quantity.start)));
	if (words.some(hit => hit.entry.marker === 'speculation' && hit.start >= quantity.end && hit.start < end && !(firmReports && hit.text === 'とされ'))) return 'speculation';
	// "一部のアナリストは、…", "市場では…", "私の試算では": another speaker's number.
	// Not "ダイシング装置の世界市場では": a market named by what is sold in it is where a share is, not who speaks.
	// "国内IaaS/PaaS市場ではAWSが38.5%": nor one where a company holds the number; not "株式市場では".
	const holder = facts.mentions.some(mention => mention.end <= quantity.start && /^\s?(?:が|は)\s?(?:約)?\s?$/.test(facts.normalized.slice(mention.end, quantity.start)));
	const namedMarket = (hit: LexiconHit) =>
		hit.text === '市場では' &&
		/[\p{Script=Han}ァ-ヶーA-Za-z]$/u.test(facts.normalized.slice(Math.max(0, hit.start - 1), hit.start)) &&
		(/シェア/.test(facts.normalized) || (holder && !/(?:株式|東京|米国|ニューヨーク|債券|為替|金融)$/.test(facts.normalized.slice(Math.max(0, hit.start - 6), hit.start))));
	// "13日のソウル市場では…株が4.4%高": a session abroad named with its day is where shares traded, not who speaks.
	const daySession = (hit: LexiconHit) => hit.text === '市場では' && /\d日の(?:ソウル|韓国|台湾|香港|上海|中国|欧州|ロンドン|フランクフルト)(?:株式)?$/.test(facts.normalized.slice(Math.max(0, hit.start - 10), hit.start));
	if (
		words.some(
			hit =>
				hit.entry.marker === 'third-party' &&
				hit.end <= quantity.start &&
				!namedMarket(hit) &&
				!daySession(hit) &&
				(/(?:は|では)$/.test(hit.text) || /^(?:の[^、。]{0,12})?(?:は|では|の間では|によると|も)/.test(facts.normalized.slice(hit.end, hit.end + 16))),
		)
	)
		return 'third-party';
	if (words.some(hit => hit.entry.marker === 'speculation' && hit.end <= quantity.start && /試算|推測|見立て/.test(hit.text) && /^(?:では|によると|で|だと)/.test(facts.normalized.slice(hit.end, hit.end + 4)))) return 'speculation';
	return null;
}

const marketIndex =
	/(?:株価指数|日経平均(?:株価)?|TOPIX|KOSPI|ナスダック(?:総合(?:指数)?)?|ダウ平均|ダウ工業株30種平均|S&P\s?500|SOX|半導体株指数)(?:\s?[(（][^()（）]{1,20}[)）])?\s?(?:の|は|が|も)?\s?(?:一時)?\s?(?:前日比|前営業日比|前週比|前週末比)?\s?$/;

const indexContributed = /(?:株価指数|日経平均(?:株価)?|TOPIX|ナスダック(?:総合(?:指数)?)?|ダウ平均|ダウ工業株30種平均|S&P\s?500|SOX指数?)\s?を\s?(?:約|およそ)?\s?$/;

const firmFrame = /^[^。]{0,24}?(?:集計|調査|推計|調べ|データ)(?:では|によると|によれば)/;

const penalty = /制裁金|罰金|課徴金|賠償金|和解金/g;

/** A fine named in the number's clause, or in an earlier clause that runs on into it. */
function penaltyIn(facts: SentenceFacts, clause: readonly [number, number]): boolean {
	for (const match of facts.normalized.matchAll(penalty)) {
		if (match.index >= clause[0] && match.index < clause[1]) return true;
		if (match.index >= clause[0]) continue;
		const from = facts.clauses.find(([start, end]) => match.index >= start && match.index < end);
		if (from && !facts.clauses.some(([start, end]) => start >= from[0] && end <= clause[0] && closedClause.test(facts.normalized.slice(start, end)))) return true;
	}

	return false;
}

// "出資比率を従来の15%から34%に": 従来 alone before a deal's amount or a stake is what was, not a forecast.
const heldBefore = (word: LexiconHit) => word.entry.prior === 'forecast' && word.text === '従来';

/** Whether an outlook word governs the number: before it in its clause, or after it before a clause closes. */
function openBracketBetween(text: string, from: number, to: number): boolean {
	let depth = 0;
	for (let index = from; index < to; index++) {
		const char = text[index];
		if (char === '(' || char === '（') depth++;
		else if ((char === ')' || char === '）') && depth > 0) depth--;
	}

	return depth > 0;
}

/** Where the bracket still open at `at` opens, or -1. */
function openedBracket(text: string, at: number): number {
	let depth = 0;
	for (let index = at - 1; index >= 0; index--) {
		const char = text[index];
		if (char === ')' || char === '）') depth++;
		else if (char === '(' || char === '（') {
			if (depth === 0) return index;
			depth--;
		}
	}

	return -1;
}

function outlookWord(facts: SentenceFacts, quantity: Quantity, clause: readonly [number, number], family: Family, investment: boolean): boolean {
	const outlook = (hit: SentenceFacts['words'][number]) => {
		if (hit.entry.marker !== 'outlook') return false;
		// "38%増と市場の想定を上回った": an expectation the result is measured against, not the result's basis.
		// "…と、会社見通し（12億2,000万〜12億3,000万ドル）を上回った": so with the expectation's range beside it.
		// "…は9.1%と目標の8.9%を上回った": so with the expectation's own number between, which is the expectation's.
		const ownNumber = quantity.start >= hit.end && /^\s?の?\s?(?:約)?\s?$/.test(facts.normalized.slice(hit.end, quantity.start));
		if (!ownNumber && /^(?:\s?[(（][^()（）]{0,40}[)）]|の\s?(?:約)?[\d.,]+\s?(?:%|ポイント|億円|兆円|万円|円|億ドル|ドル)?)?\s?(?:を|に)?\s?(?:上回|下回|超え|届か|並ん|並ぶ)/.test(facts.normalized.slice(hit.end, hit.end + 50)))
			return false;
		// A deal planned (計画, 予定) is decided; one expected (見通し) is not; a stake "従来の15%から" was held.
		// "投資額は約300億円を見込む": the sum an investment decided is put at is its plan, as 計画 is.
		return family !== 'deal' || !(/^(?:計画|予定|方針)$/.test(hit.text) || (investment && /^見込/.test(hit.text)) || heldBefore(hit));
	};

	if (
		facts.words.some(
			hit => outlook(hit) && hit.start >= clause[0] && hit.end <= quantity.start && !inClosedAside(facts.normalized, hit.start, quantity.start) && !/市場|アナリスト/.test(facts.normalized.slice(Math.max(0, hit.start - 3), hit.start)),
		)
	)
		return true;
	// "会社の1〜3月期ガイダンスは、売上高6.5億〜6.7億ドル、粗利率12〜14%": a forecast the sentence opens on as its topic
	// heads the list after it.
	if (facts.words.some(hit => outlook(hit) && hit.end <= clause[0] && hit.start < 40 && /^\s?(?:は|では)[、,]/.test(facts.normalized.slice(hit.end, hit.end + 4)) && !/市場|アナリスト|コンセンサス/.test(facts.normalized.slice(0, hit.end))))
		return true;
	for (const [from, to] of facts.clauses) {
		if (to <= quantity.end) continue;
		// "0.38ドル（当社予想レンジは0.31～0.36ドル）": a forecast in a bracket after the number is the bracket's.
		if (facts.words.some(hit => outlook(hit) && hit.start >= Math.max(from, quantity.end) && hit.start < to && !openBracketBetween(facts.normalized, quantity.end, hit.start))) return true;
		if (closedClause.test(facts.normalized.slice(from, to))) return false;
	}

	return false;
}

/** A period that ended before the publication date. */
export function isPast(period: Period | null, state: ReadingState): boolean {
	if (!period || !state.anchor || state.anchor.month === null) return false;
	const last = lastMonthOf(period);
	return last !== null && last < state.anchor.year * 12 + state.anchor.month - 1;
}

/** A period that has not ended by the publication date: a figure for it can only be expected. */
export function isFuture(period: Period | null, state: ReadingState): boolean {
	if (!period || !state.anchor || state.anchor.month === null) return false;
	const last = lastMonthOf(period);
	if (last === null) return false;
	return last > state.anchor.year * 12 + state.anchor.month - 1;
}

/** "設備投資見通し", "capex見通し", "通期売上高予想": the measure's own word says it is expected. */
function expectedMeasure(facts: SentenceFacts, hit: LexiconHit | null, family: Family): boolean {
	if (!hit) return false;
	// A deal planned (投じる計画) is decided.
	const expected = (word: LexiconHit) => word.entry.marker === 'outlook' && !(family === 'deal' && (word.entry.id === 'plan' || heldBefore(word)));
	return facts.words.some(word => expected(word) && word.start >= hit.end && word.start <= hit.end + 1) || facts.words.some(word => expected(word) && word.end <= hit.start && word.end >= hit.start - 1);
}

/** A revision "AからBに" in a sentence that revises a forecast ("従来予想の370億円から340億円に、営業利益は41億円から20億円に"). */
// "売上収益は7兆2,000億円から7兆3,500億円へ、営業利益は…へ上方修正した": a list of changes the sentence closes as a forecast revised.
const closesAsRevised = /(?:上方修正|下方修正|引き上げ|引き下げ|増額|減額)(?:し(?:た|ました)?|する|します)[」』]?。?$/;

function revisedForecast(facts: SentenceFacts, quantity: Quantity, transition: boolean, family: Family): boolean {
	if (!transition) return false;
	// 上方修正 and 下方修正 revise forecasts alone; 引き上げ may raise anything, so the forecast must be named.
	const closing = closesAsRevised.exec(facts.normalized)?.[0];
	if (family === 'flow' && closing && (/^(?:上方|下方)修正/.test(closing) || /(?:予想|見通し|計画|業績)/.test(facts.normalized))) return true;
	return facts.words.some(word => word.entry.prior === 'forecast' && word.end <= quantity.start && !(family === 'deal' && heldBefore(word)));
}

const consensusLine = /^(?:[-・*■●]\s?)?(?:QUICK\s?)?(?:コンセンサス|市場予想|アナリスト予想|市場コンセンサス)(?:平均)?\s?(?:[(（][^()（）]{1,20}[)）])?\s?[:：]/;

export interface BasisInput {
	readonly family: Family;
	readonly period: Period | null;
	/** The period was a target's "までに". */
	readonly by: boolean;
	readonly prior: Prior | null;
	/** The measure's word in the sentence. */
	readonly hit: LexiconHit | null;
	/** Either side of "AからBに". */
	readonly transition: boolean;
}

const completedBy =
	/^\s?(?:超|以上)?(?:の[^、。はがを]{0,8}?)?(?:を|が|に|と)?\s?(?:受けた|受け入れた|調達した|集めた|獲得した|達した|到達した|超えた|突破した|上回った|増えた|拡大した|なった|完了した|終えた|実行した|(?:受け|受け入れ|調達し|集め|獲得し|達し|到達し|超え|突破し|上回り|増え|拡大し|なり|完了し|終え|実行し)ました)/;

const reachedAndOn = /^\s?(?:超|以上)?(?:を|が|に|と)?\s?(?:達し|到達し|超え|突破し|上回り|増え|拡大し|膨らみ|完了し|終え)[、,]/;

const plusMinus = new RegExp(`^\\s?[(（、,]\\s?(?:${bandWord.source})\\s?[\\d.]`);

export function basisOf(facts: SentenceFacts, quantity: Quantity, clause: readonly [number, number], input: BasisInput, state: ReadingState): FigureBasis {
	const {family, period, by, prior, hit, transition} = input;
	if (prior === 'forecast') return family === 'deal' && !facts.words.some(word => word.entry.prior === 'forecast' && !heldBefore(word)) ? 'actual' : 'outlook';
	if (prior === 'year' || prior === 'quarter') return 'actual';
	if (family === 'stock') return 'actual';
	// "売上高は67億ドル（プラスマイナス5億ドル）": a range around the number is a company's guidance; results are not told so.
	if (plusMinus.test(facts.normalized.slice(quantity.end, quantity.end + 12)) || (bandWord.test(facts.normalized) && /^\s?[(（]\s?同\s?[\d.]/.test(facts.normalized.slice(quantity.end, quantity.end + 6)))) return 'outlook';
	// "現在68名の従業員数を…150名に拡大する計画": what is now is a result, whatever is planned for later.
	// "2025年実績の409億ドルから大幅に増やす計画": a result, as it says, whatever is planned from it.
	if (/(?:現在|現時点で?|足元で?|実績)\s?(?:の|で|は)?\s?(?:約)?\s?$/.test(facts.normalized.slice(Math.max(0, quantity.start - 8), quantity.start))) return 'actual';
	// "2026年2月末時点で約150人の従業員数を、2027年末までに300人に増やす計画": a level as of a day gone by is a result.
	if (family === 'level' && period?.type === 'day' && isPast(period, state) && /時点で?\s?(?:の|は)?\s?(?:約)?\s?$/.test(facts.normalized.slice(Math.max(0, quantity.start - 8), quantity.start))) return 'actual';
	// "2028年度に2,500億円（2026年3月期は1,930億円）を目指す": a past year's amount beside a target is its result.
	const bracket = openedBracket(facts.normalized, quantity.start);
	if (bracket >= clause[0] && facts.periods.some(mention => mention.start > bracket && mention.end <= quantity.start) && isPast(period, state)) return 'actual';
	// "2025年3月期の約4,600億円から2030年3月期に1兆円へ": the base a target starts from is a result.
	if (transition && isPast(period, state) && !revisedForecast(facts, quantity, transition, family)) return 'actual';
	// "…4-12月の連結最終利益は…1,985億円に落ち込み、あわせて通期の同利益を…下方修正した": a result of a period gone by,
	// told in a clause of its own before the revision the sentence goes on to.
	const ownClause = facts.normalized.slice(clause[0], clause[1]).replace(/[、,\s]+$/, '');
	if (
		family === 'flow' &&
		isPast(period, state) &&
		!/予想|見通し|計画|目標|見込|修正|予定/.test(ownClause) &&
		/(?:落ち込み|伸び|増え|減り|拡大し|縮小し|達し|となり|になり|悪化し|改善し)$/.test(ownClause) &&
		/^[、,]?\s?(?:あわせて|併せて|同時に)/.test(facts.normalized.slice(clause[1], clause[1] + 8).replace(/^[、,\s]+/, ''))
	)
		return 'actual';
	if (expectedMeasure(facts, hit, family) || revisedForecast(facts, quantity, transition, family)) return 'outlook';
	// "同事業の売上高を1,180億円（同1,230億円）に引き下げ": a forecast raised or cut to the number.
	if (family === 'flow' && /^\s?(?:[(（][^()（）]{0,30}[)）])?\s?(?:へ|に)(?:引き下げ|引き上げ|上方修正|下方修正|修正|下振れ|上振れ)/.test(facts.normalized.slice(quantity.end, quantity.end + 40))) return 'outlook';
	// "売上高は1兆600億円（従来予想は9,500億円）、…": the new forecast, with the one it replaces beside it.
	if (family === 'flow' && /^\s?[(（](?:従来予想|前回予想|従来計画|修正前|期初予想|従来)/.test(facts.normalized.slice(quantity.end, quantity.end + 8))) return 'outlook';
	// "粗利益率は62.3%と会社側の見通しの上限を超えた": a result set against the guidance; not "市場予想は…4,450億円で、会社予想を上回る".
	if (
		!/予想|コンセンサス|見通し|計画|目標/.test(facts.normalized.slice(clause[0], quantity.start)) &&
		/^\s?(?:と|で|となり|となって)[、,]?\s?(?:会社側の|会社の|同社の|自社の|市場の)?(?:見通し|予想|計画|ガイダンス|会社予想|市場予想)(?:の(?:上限|下限|範囲|中央値))?を(?:上回|下回|超え|超過)/.test(
			facts.normalized.slice(quantity.end, quantity.end + 40),
		)
	)
		return 'actual';
	// "カウンターポイントは同じ7〜9月期のSKハイニックスのシェアを38%と見積もる": a research firm's estimate of a period gone by is its count.
	const firmEstimates = facts.firms.some(firm => firm.start < quantity.start && (firm.role === 'topic' || firm.role === 'subject')) && /^[^。]{0,30}?と見積も/.test(facts.normalized.slice(quantity.end));
	if (firmEstimates && period && isPast(period, state)) return 'actual';
	// "2025年12月期の年間配当は40円、2026年12月期は42円を予定": a period gone by, then the next period the plan is told of.
	const nextPeriod = /^\s?[、,]\s?/.exec(facts.normalized.slice(quantity.end, quantity.end + 3));
	if (nextPeriod && isPast(period, state) && facts.periods.some(mention => mention.start === quantity.end + nextPeriod[0].length)) return 'actual';
	if (outlookWord(facts, quantity, clause, family, hit?.entry.measure?.kind === 'investment')) return 'outlook';
	// "株主資本利益率を30%に高める", "売上高を1兆円に伸ばす": a level to be raised to, told as what the company will do.
	// "成立後は保有比率を100%に引き上げる": so is a stake.
	if (
		(family !== 'deal' || hit?.entry.measure?.kind === 'stake') &&
		/^\s?(?:以上|超)?\s?(?:に|へ)\s?(?:高める|引き上げる|伸ばす|増やす|拡大する|拡大させる|倍増させる|積み上げる)(?:[。、,]|$|とともに|方針|考え)/.test(facts.normalized.slice(quantity.end, quantity.end + 16))
	)
		return 'outlook';
	// "3月末までに…計1,680億円の出資を受けた", "9月末までに利用者は1億人に達した": by a day, and done.
	// "12月末までに346億ドルに達し、出資比率は約11%となった。": reached, told on in a sentence of the past.
	const done =
		by && (completedBy.test(facts.normalized.slice(quantity.end, quantity.end + 24)) || (reachedAndOn.test(facts.normalized.slice(quantity.end, quantity.end + 24)) && /(?:た|ました|だった|でした)[」』]?。?$/.test(facts.normalized)));
	if (family === 'deal') return by && !done ? 'outlook' : 'actual';
	if (by && !done) return 'outlook';
	return isFuture(period, state) ? 'outlook' : 'actual';
}

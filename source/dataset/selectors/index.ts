// The view-models every renderer shares: the TUI panes and the plain/JSON printers derive from these.
export {compareDates} from './dates.js';
export {indexDataset, type DatasetIndex} from './dataset-index.js';
export {figureOrders, figureTitle, partyWords, selectFigures, sortFigures, type CompanyReference, type FigureOrder, type FigureView, type SegmentReference, type SourceReference} from './figures.js';
export {eventKindName, figureKindName, figureKindShortName, isTrendKind, splitEventTitle} from './kinds.js';
export {formatQualifiedValue, formatValue, type Qualifier} from './format-value.js';
export {monthText, periodSpan, spanMiddle, type PeriodSpan} from './periods.js';
export {normalizeName} from './names.js';
export {companyNames, findCompany, resolveCompanies, suggestCompanies, unknownCompanyMessage, type CompanyResolution, type UnknownCompany} from './resolve-company.js';
export {headlineSeries, primarySeries, selectSeries, type Direction, type Series} from './series.js';
export {isChartable, latestAlternatives, periodPoints, type PeriodPoint, type PeriodSeries} from './period-points.js';
export {dealKinds, keyKinds, selectKeyFigures, type KeyFigure, type KeyFigures} from './key-figures.js';
export {peerCompanyIds, peerGroupOf, peerGroups, peerKinds, selectPeerCharts, type PeerChart, type PeerGroup, type PeerLine} from './peers.js';
export {filterCompanyRows, rewatchCompanyRows, selectCompanyOrder, selectCompanyRows, type CompanyRow, type SparklineSeries} from './company-rows.js';
export {briefingInParts, chartedKinds, chartedSeries, selectCompanyBriefing, type CompanyBriefing, type CompanyHeader, type ConflictView} from './company-briefing.js';
export {selectTimeline, type TimelineEntry} from './timeline.js';
export {aboutCompany, copiesMark, namesCompany, selectArticleSummaries, type ArticleSummary} from './summaries.js';
export {briefingItems, digestInParts, figureKey, itemsBroughtBy, newByEither, newItems, seenSets, selectDigest, type CompanyDigest, type Digest, type DigestInParts, type DigestSeen, type NewItems, type SeenSets} from './digest.js';

import type { Source } from '../../model/schemas/source.ts';
import type { Statistic } from '../../model/schemas/statistic.ts';
import { kindLabel, type SiteSettings } from '../../site.config.ts';
import { placeLabel } from '../../model/schemas/place.ts';
import { UNKNOWN } from '../../model/schemas/unknown.ts';
import type { PublishedCase, PublishedView } from '../../view/published.ts';
import { ui } from '../../site.config.ts';
import type { CardJob } from './render.ts';
import type { CardCount, CardFigure, CollectionContent } from './template.ts';
import { OWN_CARD_FROM, pageCards, type PageCard } from './page-cards.ts';
import {
  caseCardPath,
  caseUrl,
  dataCheckUrl,
  HOME_CARD_PATH,
  kindUrl,
  regionUrl,
  reportUrl,
  seriesCardPath,
  seriesUrl,
  siteUrl,
  statCardPath,
  statUrl,
  tagUrl,
} from '../../domain/urls.ts';

/** Where a card is published under the site root, and its size. */
export interface CardFile extends CardJob {
  /** Site path, e.g. `/cards/cases/penglai-edz.png`. */
  path: string;
  alt: string;
  /** The entries whose text the card shows, its own first: `cases/<id>`, `series/<id>`. */
  from: string[];
}

type CaseInput = PublishedCase;

const words = ui.cardWords;
const units = words.units;
/** A count on a card: the number, and its measure word or noun (singular or plural as the number asks). */
const count = (value: number, unit: (value: number) => string): CardCount => ({ value: ui.format.number(value), unit: unit(value) });
const statCount = (cases: readonly CaseInput[]) => cases.reduce((total, entry) => total + entry.data.stats.length, 0);

/**
 * Every card the site publishes for the cases of `view` (the build's view
 * has no drafts; the card check's has them): the home page's; one per case,
 * per series, per report, per tag, kind and region page; one for each page
 * of its own kind (the case list, the explorer, search, the data check, the
 * indexes); and two (wide and square) per headline statistic. Its lists,
 * groups and disagreements are the ones the pages show.
 */
export function siteCards(view: PublishedView, site: Pick<SiteSettings, 'title' | 'shortTitle' | 'description' | 'publisher' | 'searchExamples'>): CardFile[] {
  const mark = ui.header.mark(site.shortTitle);
  const { cases, series, disagreements: groups } = view;
  const membersOf = (seriesId: string) => view.casesOfSeries.get(seriesId) ?? [];
  const sourceLine = new Map(view.sources.map((entry) => [entry.id, sourceName(entry.data)]));
  const disputes = disputedStats(cases, groups);
  // A case's headline statistics no one disputes: a figure without its caveat is shown only when it needs none.
  const undisputedHeadlines = (entry: CaseInput) => entry.data.stats.filter((stat) => stat.headline && !disputes.has(`${entry.id}\0${stat.id}`));
  const files: CardFile[] = [];
  const stats = statCount(cases);
  // Entries whose text a card shows (so `npm run check` can point at the field holding a character it cannot draw).
  const ids = (members: readonly CaseInput[]) => members.map((entry) => `cases/${entry.id}`);
  const everything = [...series.map((entry) => `series/${entry.id}`), ...ids(cases)];
  // A collection card: a series, a report, a page that lists cases.
  const collection = (card: PageCard, page: string, from: string[], content: Omit<CollectionContent, 'layout' | 'site' | 'mark'>) =>
    files.push({ ...card, page, shape: 'wide', from, content: { layout: 'collection', ...content, site: site.title, mark } });
  // A tag, kind or region page of its own card (pages of one case share their index's card: see OWN_CARD_FROM).
  const listing = (card: PageCard, page: string, eyebrow: string, title: string, members: CaseInput[]) =>
    members.length >= OWN_CARD_FROM &&
    collection(card, page, ids(members), {
      eyebrow,
      title,
      counts: [count(members.length, units.cases), count(statCount(members), units.stats)],
      items: members.slice(0, 5).map((entry) => entry.data.title),
    });

  files.push({
    path: HOME_CARD_PATH,
    page: '/',
    shape: 'wide',
    from: everything,
    alt: ui.cardAlts.home(site.title, cases.length, stats),
    content: {
      layout: 'collection',
      eyebrow: site.publisher,
      title: site.title,
      subtitle: site.description,
      counts: [count(cases.length, units.cases), count(series.length, units.series), count(stats, units.stats)],
      items: series.map((entry) => words.counted(entry.data.title, membersOf(entry.id).length)),
      site: site.title,
      mark,
    },
  });

  for (const entry of series) {
    const members = membersOf(entry.id);
    // Its headline figures, one from each case in turn (newest first), leaving out disputed ones: a figure without its
    // caveat is not shown here. Fewer than two, and the card lists the series' cases instead.
    const figures = roundRobin(members.map(undisputedHeadlines))
      .slice(0, 3)
      .map((stat) => cardFigure(stat));
    files.push({
      path: seriesCardPath(entry.id),
      page: seriesUrl(entry.id),
      shape: 'wide',
      from: [`series/${entry.id}`, ...members.map((item) => `cases/${item.id}`)],
      alt: ui.cardAlts.series(entry.data.title, members.length, figures),
      content: {
        layout: 'collection',
        eyebrow: `${ui.series.eyebrow} · ${placeLabel(entry.data.place as Parameters<typeof placeLabel>[0])}`,
        title: entry.data.title,
        counts: [count(members.length, units.cases), count(statCount(members), units.stats)],
        figures,
        items: members.map((item) => item.data.title),
        site: site.title,
        mark,
      },
    });
  }

  for (const entry of cases) {
    const { data } = entry;
    const headline = data.stats.find((stat) => stat.headline);
    const eyebrow = `${view.seriesById.get(data.series.id)?.data.title ?? ''} · ${kindLabel(data.kind)}`;
    const headlineFigure = headline && cardFigure(headline, disputes.get(`${entry.id}\0${headline.id}`));
    files.push({
      path: caseCardPath(entry.id),
      page: caseUrl(entry.id),
      shape: 'wide',
      from: [`cases/${entry.id}`, `series/${data.series.id}`],
      alt: ui.cardAlts.case(data.title, placeLabel(data.place), headline && { subject: headline.subject, metric: headline.metric, figure: headline.figure, ...(headlineFigure?.caveat ? { caveat: headlineFigure.caveat } : {}) }),
      content: { eyebrow, title: data.title, subtitle: placeLabel(data.place), figure: headlineFigure, site: site.title, mark },
    });
    for (const stat of data.stats.filter((item) => item.headline)) {
      const figure = cardFigure(stat, disputes.get(`${entry.id}\0${stat.id}`));
      const source = sourceLine.get(stat.source.id) ?? stat.source.id;
      for (const shape of ['wide', 'square'] as const) {
        files.push({
          path: statCardPath(entry.id, stat.id, shape),
          page: statUrl(entry.id, stat.id),
          shape,
          from: [`cases/${entry.id}`, `series/${data.series.id}`, `sources/${stat.source.id}`],
          alt: ui.cardAlts.stat({ subject: stat.subject, metric: stat.metric, period: stat.period, figure: stat.figure, caveat: figure.caveat }, data.title, source),
          content: { layout: 'stat', eyebrow, figure, title: data.title, source: words.source(source), site: site.title, mark },
        });
      }
    }
  }

  // Reports: the whole casebook's and each series'; a report in volumes shares one card.
  const reports = [
    { id: 'casebook', title: ui.reports.wholeTitle(site.title), scope: site.description, members: cases, from: [] as string[] },
    ...series.map((entry) => ({
      id: entry.id,
      title: ui.reports.seriesTitle(entry.data.title),
      scope: entry.data.description,
      members: membersOf(entry.id),
      from: [`series/${entry.id}`],
    })),
  ];
  for (const report of reports) {
    collection(
      pageCards.report(report.id, report.title),
      reportUrl(report.id),
      [...report.from, ...ids(report.members)],
      {
        eyebrow: words.reportEyebrow(ui.reports.eyebrow),
        title: report.title,
        subtitle: report.scope,
        counts: [count(report.members.length, units.cases), count(statCount(report.members), units.stats)],
        items: report.members.map((item) => item.data.title),
      },
    );
  }
  collection(pageCards.reports(reports.length), siteUrl('/reports/'), everything, {
    eyebrow: ui.header.nav.reports,
    title: ui.reports.title,
    subtitle: ui.reports.description,
    counts: [count(reports.length, units.reports), count(cases.length, units.cases)],
    items: reports.map((report) => report.title),
  });

  // Tags, kinds and regions: each page's own card, and one for each index.
  // The view lists tags most used first.
  const popular = view.tags;
  for (const { key: tag, slug, cases: members } of popular) listing(pageCards.tag(tag, slug, members.length), tagUrl(slug), ui.tags.crumb, tag, members);
  collection(
    pageCards.tags(),
    siteUrl('/tags/'),
    everything,
    {
      eyebrow: ui.header.nav.tags,
      title: ui.tags.title,
      subtitle: ui.tags.description(popular.length, popular.slice(0, 3).map((item) => item.key)),
      counts: [count(popular.length, units.tags), count(cases.length, units.cases)],
      // The most used tags, several to a line.
      items: chunk(popular.map((item) => words.counted(item.key, item.cases.length)), 4).map((line) => line.join('  ')),
    },
  );

  const { kinds } = view;
  for (const { key: kind, cases: members } of kinds) listing(pageCards.kind(kind, kindLabel(kind), members.length), kindUrl(kind), ui.kinds.crumb, kindLabel(kind), members);
  collection(pageCards.kinds(), siteUrl('/kinds/'), everything, {
    eyebrow: ui.header.nav.kinds,
    title: ui.kinds.title,
    subtitle: ui.kinds.description(kinds.map(({ key }) => kindLabel(key))),
    counts: [count(kinds.length, units.kinds), count(cases.length, units.cases)],
    items: kinds.map(({ key: kind, cases: members }) => words.counted(kindLabel(kind), members.length)),
  });

  const regions = view.regions.map((group) => group.region);
  for (const { region, cases: members } of view.regions) {
    const name = region.names.join(' ');
    listing(pageCards.region(region.path, name, members.length), regionUrl(region.path), ui.regions.crumb, name, members);
  }
  const places = regions.filter((region) => region.names.length === 2).sort((a, b) => b.count - a.count);
  collection(pageCards.regions(), siteUrl('/regions/'), everything, {
    eyebrow: ui.header.nav.regions,
    title: ui.regions.title,
    subtitle: ui.regions.description(regions.filter((region) => region.names.length === 1).map((region) => region.names[0]!), places.length),
    counts: [count(regions.length, units.regions), count(cases.length, units.cases)],
    items: chunk(places.map((region) => words.counted(region.names.join(' '), region.count)), 3).map((line) => line.join('  ')),
  });

  // The pages of their own kind.
  collection(pageCards.cases(cases.length, stats), siteUrl('/cases/'), everything, {
    eyebrow: ui.header.nav.cases,
    title: ui.cases.title,
    counts: [count(cases.length, units.cases), count(stats, units.stats), count(series.length, units.series)],
    items: cases.map((entry) => entry.data.title),
  });
  collection(pageCards.stats(cases.length, stats), siteUrl('/stats/'), everything, {
    eyebrow: ui.header.nav.stats,
    title: ui.stats.title,
    subtitle: words.statsOffer,
    counts: [count(stats, units.stats), count(cases.length, units.cases)],
    // The figures the explorer holds, a few from each case in turn, leaving out disputed ones.
    figures: roundRobin(cases.map(undisputedHeadlines))
      .slice(0, 3)
      .map((stat) => cardFigure(stat)),
  });
  collection(pageCards.search(cases.length), siteUrl('/search/'), everything, {
    eyebrow: ui.search.label,
    title: ui.search.heading,
    subtitle: ui.search.description,
    counts: [count(cases.length, units.cases), count(stats, units.stats)],
    // What a query reaches: an example, then what the filters and the indexes cover.
    items: [ui.search.placeholder(site.searchExamples), [count(series.length, units.series), count(regions.length, units.regions), count(popular.length, units.tags)].map((item) => `${item.value} ${item.unit}`).join(' · ')],
  });
  collection(pageCards.dataCheck(groups.length), dataCheckUrl(), everything, {
    eyebrow: ui.header.nav.stats,
    title: ui.dataCheck.title,
    subtitle: groups.length > 0 ? words.checkRule : words.allAgree,
    // What disagrees, figure against figure; with nothing to show, what the check covers and its rule.
    counts:
      groups.length > 0
        ? [count(groups.length, units.disagreements), count(groups.filter((group) => group.reconciled).length, units.reconciled)]
        : [count(stats, units.stats), count(cases.length, units.cases)],
    items: groups.length > 0 ? groups.map((group) => `${group.label}${ui.cardWords.labelled}${[...new Set(group.claims.map((claim) => claim.stat.figure))].join(' / ')}`) : [words.checkRule],
  });
  collection(pageCards.series(series.length, cases.length), siteUrl('/series/'), everything, {
    eyebrow: ui.header.nav.series,
    title: ui.series.title,
    subtitle: ui.series.intro,
    counts: [count(series.length, units.series), count(cases.length, units.cases)],
    items: series.map((entry) => words.counted(entry.data.title, membersOf(entry.id).length)),
  });
  return files;
}

/** A statistic as a card shows it, with the caveat its dispute calls for. */
export function cardFigure(stat: Statistic, dispute?: Dispute): CardFigure {
  const label = words.figureLabel(stat.subject, stat.metric, stat.period);
  const disputed = dispute !== undefined || stat.reconciliation !== undefined;
  return {
    value: stat.figure,
    label,
    ...(stat.value.unit.dimension === 'rank' ? { rank: true } : {}),
    ...(disputed ? { caveat: words.caveat(stat.reconciliation && ui.figures.verdicts[stat.reconciliation.verdict], dispute?.others ?? []) } : {}),
  };
}

/** What a disputed statistic's card says of the other figures: those the other statements print. */
interface Dispute {
  others: string[];
}

/**
 * The statistics another published statement disagrees with (as the data-check
 * page lists them), and those an editor reconciled, keyed `case\0stat`.
 */
function disputedStats(cases: readonly CaseInput[], groups: readonly { claims: readonly { caseId: string; stat: { id: string; figure: string } }[] }[]): Map<string, Dispute> {
  const disputed = new Map<string, Dispute>();
  for (const group of groups) {
    for (const claim of group.claims) {
      const others = [...new Set(group.claims.filter((other) => other !== claim && other.stat.figure !== claim.stat.figure).map((other) => other.stat.figure))];
      disputed.set(`${claim.caseId}\0${claim.stat.id}`, { others: others.slice(0, 2) });
    }
  }
  for (const entry of cases) {
    for (const stat of entry.data.stats) if (stat.reconciliation && !disputed.has(`${entry.id}\0${stat.id}`)) disputed.set(`${entry.id}\0${stat.id}`, { others: [] });
  }
  return disputed;
}

/** A source as one short line: its outlet and title, or the editor's description when no title is printed. */
function sourceName(source: Source): string {
  return words.sourceName(source.outlet === UNKNOWN ? undefined : source.outlet, source.title === UNKNOWN ? undefined : source.title, source.description);
}

/** The first of each list, then the second of each, and so on. */
function roundRobin<T>(lists: readonly T[][]): T[] {
  const out: T[] = [];
  for (let index = 0; lists.some((list) => index < list.length); index++) for (const list of lists) if (index < list.length) out.push(list[index]!);
  return out;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));
}

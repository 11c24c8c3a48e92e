import type { CaseData } from '../../casebook/schemas/case.ts';
import type { Series } from '../../casebook/schemas/series.ts';
import type { Statistic } from '../../casebook/schemas/statistic.ts';
import { kindLabel } from '../../casebook/schemas/kind.ts';
import { placeLabel } from '../../casebook/schemas/place.ts';
import type { CardJob } from './render.ts';
import { caseCardPath, caseUrl, HOME_CARD_PATH, seriesCardPath, seriesUrl, statCardPath, statUrl } from '../../domain/urls.ts';

/** Where a card is published under the site root, and its size. */
export interface CardFile extends CardJob {
  /** Site path, e.g. `/cards/cases/penglai-edz.png`. */
  path: string;
  alt: string;
  /** The entries whose text the card shows, its own first: `cases/<id>`, `series/<id>`. */
  from: string[];
}



interface CardInputs {
  site: { title: string; description: string };
  cases: { id: string; data: CaseData }[];
  series: { id: string; data: Series }[];
}

/**
 * Every card the site publishes: one per case, one per series, one for the
 * home page, and two (wide and square) per headline statistic.
 */
export function siteCards({ site, cases, series }: CardInputs): CardFile[] {
  const seriesTitle = new Map(series.map((entry) => [entry.id, entry.data.title]));
  const files: CardFile[] = [];
  const statCount = cases.reduce((total, entry) => total + entry.data.stats.length, 0);
  files.push({
    path: HOME_CARD_PATH,
    page: '/',
    shape: 'wide',
    from: [],
    alt: `${site.title}：${cases.length}个案例，${statCount}项可溯源的统计数据`,
    content: { eyebrow: 'Casebook · 案例集', title: site.title, subtitle: `${cases.length} 个案例 · ${series.length} 个系列 · ${statCount} 项统计数据`, site: site.title },
  });
  for (const entry of series) {
    const count = cases.filter((item) => item.data.series.id === entry.id).length;
    files.push({
      path: seriesCardPath(entry.id),
      page: seriesUrl(entry.id),
      shape: 'wide',
      from: [`series/${entry.id}`],
      alt: `系列：${entry.data.title}，${count}个案例`,
      content: { eyebrow: '系列', title: entry.data.title, subtitle: `${count} 个案例`, site: site.title },
    });
  }
  for (const entry of cases) {
    const { data } = entry;
    const headline = data.stats.find((stat) => stat.headline);
    const eyebrow = `${seriesTitle.get(data.series.id) ?? ''} · ${kindLabel(data.kind)}`;
    files.push({
      path: caseCardPath(entry.id),
      page: caseUrl(entry.id),
      shape: 'wide',
      from: [`cases/${entry.id}`, `series/${data.series.id}`],
      alt: `${data.title}（${placeLabel(data.place)}）${headline ? `：${headline.subject}${headline.metric}${headline.figure}` : ''}`,
      content: { eyebrow, title: data.title, subtitle: placeLabel(data.place), figure: headline && statFigure(headline), site: site.title },
    });
    for (const stat of data.stats.filter((item) => item.headline)) {
      for (const shape of ['wide', 'square'] as const) {
        files.push({
          path: statCardPath(entry.id, stat.id, shape),
          page: statUrl(entry.id, stat.id),
          shape,
          from: [`cases/${entry.id}`, `series/${data.series.id}`],
          alt: `${stat.subject}${stat.metric}：${stat.figure}（${data.title}）`,
          content: { eyebrow, title: data.title, figure: statFigure(stat), site: site.title },
        });
      }
    }
  }
  return files;
}

function statFigure(stat: Statistic) {
  return { value: stat.figure, label: `${stat.subject} · ${stat.metric}${stat.period ? `（${stat.period}）` : ''}` };
}

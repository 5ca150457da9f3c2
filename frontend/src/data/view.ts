import { getJson } from '../api';
import type { OgcCollectionList } from '../contract';
import { dataPanel, type TableDownload } from './panel';

/** The Data tab: the collections the OGC API lists, and the tables the page passes in. */
export async function connectData(
  container: HTMLElement,
  tables: TableDownload[],
  titles?: Map<string, { title: string; description: string }>,
): Promise<void> {
  const { collections } = await getJson<OgcCollectionList>('/ogc/collections');
  container.append(dataPanel(collections, tables, location.origin, titles));
  container.dataset.state = 'ready';
}

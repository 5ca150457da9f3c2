// The timeline's events in the reader's language, fetched once for the page (the Timeline tab, the popups and the
// tour).
import { getJson } from '../api';
import { currentLanguage } from '../i18n/messages';
import type { EventsResponse } from '../contract';

let loading: Promise<EventsResponse> | null = null;

export function loadEvents(): Promise<EventsResponse> {
  loading ??= getJson<EventsResponse>(`/api/events?lang=${currentLanguage()}`).catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

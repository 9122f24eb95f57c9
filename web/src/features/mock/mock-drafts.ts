import type { MockView } from '@shared/api.js';
import { clearDraft } from '../../lib/use-draft.js';
import { CODE_LANGUAGES } from '../code/language-switch.js';

export type MockDraftPart = 'answer' | 'follow-up' | 'story' | 'code';

/** The drafts of one question in one mock, so pausing, reloading or restarting keeps what was typed. */
export const mockDraftKey = (view: MockView, part: Exclude<MockDraftPart, 'code'>) => `mock:${view.id}:${view.item?.key ?? 'none'}:${part}`;
/** The code drafts' scope; useCodeDraft adds the language. */
export const mockCodeScope = (view: MockView) => `mock:${view.id}:${view.item?.key ?? 'none'}`;

/** Drops the drafts a move used up, once the server has the answer. */
export function clearMockDrafts(view: MockView, part: MockDraftPart): void {
  if (part === 'code') for (const l of CODE_LANGUAGES) clearDraft(`code:${mockCodeScope(view)}:${l.id}`);
  else clearDraft(mockDraftKey(view, part));
}

import type { Language } from '../types';
import { defaultCopy } from './copy';
import {
  classifyMessage,
  classifyPage,
  fieldOf,
  saysOutcomeUnknown,
  saysServerFailed,
  saysSuccess,
  waitOf,
} from './vocabulary';

/**
 * English: the kit's default copy and the vocabulary it reads undocumented messages with. The
 * resolver uses it unless given another `language`.
 */
export const en: Language = {
  tag: 'en',
  copy: defaultCopy,
  classify: classifyMessage,
  classifyPage,
  saysOutcomeUnknown,
  saysServerFailed,
  saysSuccess,
  field: fieldOf,
  wait: waitOf,
};

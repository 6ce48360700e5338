import type { CatalogEntry } from '../../catalog/types';
import type { Language } from '../../locale/types';
import type { CcxtClass } from '../ccxtClasses';
import type { CatalogMatch } from '../matchCatalog';
import type { ExchangeProfile, WireError } from '../profile';
import type { Classification, ErrorCategory, RequestContext } from '../types';

/** What a request did, as far as its outcome matters. */
export type RequestKind = 'writes-orders' | 'reads' | 'other';

/**
 * Everything the decisions look at, gathered once per error: what the exchange said (read by its
 * profile), what the transport said, and what the app was doing.
 */
export interface Facts {
  readonly profile: ExchangeProfile | undefined;
  readonly wire: WireError;
  /** The message as shown: redacted, white space collapsed, bounded, cut to the matched sentence. */
  readonly message: string;
  /** The body was an HTML page (a CDN or proxy error), not the exchange's answer. */
  readonly html: boolean;
  /** What such a page says (its title and words), for the words that tell why it came. */
  readonly page: string | undefined;
  readonly httpStatus: number | undefined;
  readonly request: RequestContext | undefined;
  readonly kind: RequestKind;
  /** The catalog entry and template the code and message matched. */
  readonly match: CatalogMatch | undefined;
  /** The profile's hand-written classification of the code or message. */
  readonly ruled: Classification | undefined;
  /** The categories the documented entry's own messages read as, when the message did not match them. */
  readonly documented: readonly ErrorCategory[];
  /** Under an umbrella code (rejections, a catch-all parameter error) the message tells the news; the document only when it says nothing. */
  readonly umbrella: boolean;
  readonly language: Language;
  /**
   * The ccxt class of the exception, and whether no answer came (`lost`: a timeout, a reset or
   * closed connection; not a failure that proves the request never left, such as DNS).
   */
  readonly ccxt: (CcxtClass & { readonly lost: boolean }) | undefined;
}

/** A documented entry, when the facts have one. */
export const entryOf = (facts: Facts): CatalogEntry | undefined => facts.match?.entry;

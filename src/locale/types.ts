import type { CopyText, ErrorCategory, OrderField } from '../core/types';

/** What a message says about waiting: an epoch time the wait ends, or a span to wait. */
export interface WaitHint {
  /** Epoch ms ("banned until 1659146400000"). */
  until?: number;
  /** Milliseconds ("50 orders per 10 SECOND": one whole window is an upper bound). */
  spanMs?: number;
}

/**
 * The words of one language: the copy the kit shows, and the vocabulary it reads undocumented
 * messages with. English (`en`) is the default; another language supplies the same parts.
 */
export interface Language {
  /** BCP 47 tag of the words, e.g. `en`. */
  readonly tag: string;
  /** The title and description of every category: what happened, what to do. */
  readonly copy: Readonly<Record<ErrorCategory, CopyText>>;
  /** The category an undocumented message's words suggest, or `undefined` when they say nothing. */
  classify(message: string): ErrorCategory | undefined;
  /** Whether a message says outright that the request's outcome is unknown. */
  saysOutcomeUnknown(message: string): boolean;
  /**
   * Whether a message says the server failed while handling the request ("internal server
   * error"), so an order it answered may or may not have been placed. Optional: without it, only
   * an HTTP 5xx or an envelope code in 500–599 says so.
   */
  saysServerFailed?(message: string): boolean;
  /**
   * The category an HTML page's words give (a CDN's "blocks access from your country", "You are
   * being rate limited"): only words that say why the page was sent. Optional: without it, a page
   * is read by its HTTP status alone.
   */
  classifyPage?(words: string): ErrorCategory | undefined;
  /** Whether a message says only that the request succeeded ("success", "OK"). */
  saysSuccess(message: string): boolean;
  /** The order-form field a message of this category is about, when it names one. */
  field(category: ErrorCategory, message: string): OrderField | undefined;
  /** What a message says about how long to wait. */
  wait(message: string): WaitHint | undefined;
}

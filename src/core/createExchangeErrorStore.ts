import { redactSecrets } from './redactSecrets';
import type { RequestContext, ResolvedExchangeError, ResolveOptions } from './types';

/** Time and timers, injectable so tests (and sleeping tabs) are deterministic. */
export interface StoreClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The real clock. */
export const systemClock: StoreClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Why an entry left the live list. */
export type EntryEndReason = 'dismissed' | 'resolved' | 'evicted' | 'cleared';

/** One distinct error as the store tracks it: the latest resolution plus how often it came. */
export interface ExchangeErrorEntry {
  /** Stable for the life of the entry; use it as a React key and to dismiss. */
  readonly id: string;
  /** The latest resolution of this error (a repeat may bring a later `retryAt`). */
  readonly error: ResolvedExchangeError;
  /** How many reports this entry stands for (1 + repeats while it was live). */
  readonly count: number;
  readonly firstSeen: number;
  readonly lastSeen: number;
  /** Retries the app has made for this entry. */
  readonly attempts: number;
  /** `retrying` while the app's retry for this entry is in flight. */
  readonly status: 'live' | 'retrying';
  /** What the app was doing, as passed to `report`. */
  readonly request?: RequestContext;
}

/** An entry that has left the live list, kept for a bounded history. */
export interface EndedExchangeErrorEntry extends Omit<ExchangeErrorEntry, 'status'> {
  readonly endedAt: number;
  readonly reason: EntryEndReason;
}

/** An app-wide wait opened by a rate limit or an IP ban: every retry button honours it. */
export interface Cooldown {
  /** Epoch ms when retrying is allowed again. */
  readonly until: number;
  readonly category: 'rate-limit' | 'ip-banned';
  /** The entry that opened (or last extended) the cooldown. */
  readonly entryId: string;
}

/** Everything the UI reads, as one immutable value (a new object on every change). */
export interface ExchangeErrorSnapshot {
  /** Live entries, oldest first. */
  readonly entries: readonly ExchangeErrorEntry[];
  /** Ended entries, newest first, at most `maxHistory`. */
  readonly history: readonly EndedExchangeErrorEntry[];
  readonly cooldown: Cooldown | null;
  /** Form fields currently showing inline errors (so toasts can stay quiet for them). */
  readonly fields: ReadonlySet<string>;
  /**
   * Accounting that always adds up: `reported` equals the counts of live entries plus the counts of
   * history entries plus `droppedReports`.
   */
  readonly totals: {
    readonly reported: number;
    readonly droppedEntries: number;
    readonly droppedReports: number;
  };
}

/** Extra context for one report. */
export interface ReportHints
  extends Omit<ResolveOptions, 'exchanges' | 'catalogs' | 'copy' | 'language' | 'now'> {}

/** Options for {@link createExchangeErrorStore}. */
export interface ExchangeErrorStoreOptions {
  /**
   * Turns raw input into a resolved error (`null` for success). Pass a resolver bound to your
   * exchanges, e.g. `createExchangeErrorResolver({ exchanges: [binanceSpot] })`.
   */
  resolve: (input: unknown, options?: ResolveOptions) => ResolvedExchangeError | null;
  /** @defaultValue {@link systemClock} */
  clock?: StoreClock;
  /** Live entries kept at most; beyond it the least recently seen goes to history. @defaultValue 50 */
  maxLive?: number;
  /** Ended entries kept at most; older ones are counted in `totals` and forgotten. @defaultValue 100 */
  maxHistory?: number;
}

/** The framework-agnostic error store. */
export interface ExchangeErrorStore {
  /**
   * Resolves and records an error. Returns the entry id, or `null` when the input was a success
   * envelope. A repeat of a live error (same fingerprint) updates that entry instead of adding one;
   * the same thrown `Error` reported again (by an interceptor, then by the app's `catch`) is the
   * same failure and is not counted again.
   *
   * @param resolved The input's resolution when the caller has already worked it out (the
   *   integrations share one between their retry decisions and the report); `null` for success.
   */
  report(input: unknown, hints?: ReportHints, resolved?: ResolvedExchangeError | null): string | null;
  /** Records an already resolved error. */
  add(error: ResolvedExchangeError, request?: RequestContext): string;
  dismiss(id: string, reason?: Exclude<EntryEndReason, 'evicted' | 'cleared'>): void;
  /** Ends every live entry; the cooldown stays, because the exchange still enforces it. */
  clear(): void;
  /** Marks an entry as being retried and counts the attempt. */
  beginRetry(id: string): void;
  /** The retry failed without a new report: the entry is live again. */
  endRetry(id: string): void;
  /** Registers a mounted form field; returns its unregister function. Reference-counted. */
  registerField(name: string): () => void;
  subscribe(listener: () => void): () => void;
  getSnapshot(): ExchangeErrorSnapshot;
  /** The entry with this id, live or in history. */
  get(id: string): ExchangeErrorEntry | EndedExchangeErrorEntry | undefined;
  readonly clock: StoreClock;
}

const EMPTY_FIELDS: ReadonlySet<string> = new Set();

/** The state a store starts in; also what a server render shows. */
export const emptySnapshot: ExchangeErrorSnapshot = Object.freeze({
  entries: Object.freeze([]) as readonly ExchangeErrorEntry[],
  history: Object.freeze([]) as readonly EndedExchangeErrorEntry[],
  cooldown: null,
  fields: EMPTY_FIELDS,
  totals: Object.freeze({ reported: 0, droppedEntries: 0, droppedReports: 0 }),
});

// Longer delays overflow setTimeout's 32 bits and fire at once; a long cooldown waits in steps.
const MAX_TIMEOUT_MS = 2_147_483_647;

/**
 * Creates the error store: a queue of live errors with dedupe, an app-wide cooldown and bounded
 * history. It has no React in it, so an axios interceptor, a WebSocket handler or a query cache
 * callback can report before any component mounts; nothing reported early is lost.
 *
 * @example
 * ```ts
 * import { createExchangeErrorResolver, createExchangeErrorStore } from 'exchange-error-kit';
 * import { binanceSpot } from 'exchange-error-kit/exchanges/binance-spot';
 *
 * const store = createExchangeErrorStore({ resolve: createExchangeErrorResolver({ exchanges: [binanceSpot] }) });
 * store.report({ code: -1013, msg: 'Filter failure: LOT_SIZE' });
 * store.getSnapshot().entries[0].error.field; // 'quantity'
 * ```
 */
export function createExchangeErrorStore(options: ExchangeErrorStoreOptions): ExchangeErrorStore {
  const clock = options.clock ?? systemClock;
  const maxLive = Math.max(1, options.maxLive ?? 50);
  const maxHistory = Math.max(0, options.maxHistory ?? 100);
  const listeners = new Set<() => void>();
  const fieldCounts = new Map<string, number>();
  let snapshot = emptySnapshot;
  let nextId = 1;
  let cooldownTimer: unknown;
  // Thrown errors and resolutions already recorded, and the entry each went to (`null`: a success).
  const reportedErrors = new WeakMap<object, string | null>();

  const emit = (next: Partial<ExchangeErrorSnapshot>) => {
    snapshot = { ...snapshot, ...next };
    for (const listener of [...listeners]) listener();
  };

  const end = (entry: ExchangeErrorEntry, reason: EntryEndReason, now: number) => {
    const { status: _status, ...rest } = entry;
    return { ...rest, endedAt: now, reason } satisfies EndedExchangeErrorEntry;
  };

  /** Prepends ended entries to history, dropping (and counting) what falls off its end. */
  const withHistory = (ended: EndedExchangeErrorEntry[], totals = snapshot.totals) => {
    const history = [...ended.reverse(), ...snapshot.history];
    const overflow = history.splice(maxHistory);
    if (!overflow.length) return { history, totals };
    return {
      history,
      totals: {
        ...totals,
        droppedEntries: totals.droppedEntries + overflow.length,
        droppedReports: totals.droppedReports + overflow.reduce((sum, e) => sum + e.count, 0),
      },
    };
  };

  const scheduleCooldownEnd = (cooldown: Cooldown) => {
    if (cooldownTimer !== undefined) clock.clearTimeout(cooldownTimer);
    // Checked against the clock when the timer fires: a timer in a sleeping tab fires late, never early.
    const check = () => {
      cooldownTimer = undefined;
      const current = snapshot.cooldown;
      if (!current) return;
      const left = current.until - clock.now();
      if (left > 0) cooldownTimer = clock.setTimeout(check, Math.min(left, MAX_TIMEOUT_MS));
      else emit({ cooldown: null });
    };
    cooldownTimer = clock.setTimeout(
      check,
      Math.min(Math.max(0, cooldown.until - clock.now()), MAX_TIMEOUT_MS),
    );
  };

  const nextCooldown = (entry: ExchangeErrorEntry, now: number): Cooldown | null => {
    const current = snapshot.cooldown && snapshot.cooldown.until > now ? snapshot.cooldown : null;
    const { category, retry } = entry.error;
    if ((category !== 'rate-limit' && category !== 'ip-banned') || retry.retryAt === undefined)
      return current;
    if (retry.retryAt <= now || (current && current.until >= retry.retryAt)) return current;
    return { until: retry.retryAt, category, entryId: entry.id };
  };

  const add = (error: ResolvedExchangeError, rawRequest?: RequestContext): string => {
    const now = clock.now();
    // A signed URL carries the signature (and sometimes the key): the snapshot is UI state, so it never holds them.
    const request = rawRequest?.url ? { ...rawRequest, url: redactSecrets(rawRequest.url) } : rawRequest;
    const entries = [...snapshot.entries];
    const index = entries.findIndex((e) => e.error.fingerprint === error.fingerprint);
    let entry: ExchangeErrorEntry;
    let ended: EndedExchangeErrorEntry[] = [];
    if (index >= 0) {
      const previous = entries[index]!;
      entry = { ...previous, error, count: previous.count + 1, lastSeen: now, status: 'live', request };
      entries[index] = entry;
    } else {
      entry = {
        id: `eek-${nextId++}`,
        error,
        count: 1,
        firstSeen: now,
        lastSeen: now,
        attempts: 0,
        status: 'live',
        request,
      };
      entries.push(entry);
      if (entries.length > maxLive) ended = [end(evict(entries), 'evicted', now)];
    }
    const previousCooldown = snapshot.cooldown;
    const cooldown = nextCooldown(entry, now);
    const totals = { ...snapshot.totals, reported: snapshot.totals.reported + 1 };
    emit({ entries, cooldown, ...(ended.length ? withHistory(ended, totals) : { totals }) });
    if (cooldown && cooldown !== previousCooldown) scheduleCooldownEnd(cooldown);
    return entry.id;
  };

  /**
   * Removes and returns the entry to give up when the live list is full: the least recently seen,
   * sparing critical ones while others remain. A storm that is still raging is never the one dropped.
   */
  const evict = (entries: ExchangeErrorEntry[]): ExchangeErrorEntry => {
    let victim = -1;
    for (let i = 0; i < entries.length - 1; i++) {
      const e = entries[i]!;
      const best = entries[victim];
      const rank = (x: ExchangeErrorEntry) => (x.error.severity === 'critical' ? 1 : 0);
      if (!best || rank(e) < rank(best) || (rank(e) === rank(best) && e.lastSeen < best.lastSeen)) victim = i;
    }
    return entries.splice(victim, 1)[0]!;
  };

  const update = (id: string, change: (entry: ExchangeErrorEntry) => ExchangeErrorEntry) => {
    const index = snapshot.entries.findIndex((e) => e.id === id);
    if (index < 0) return;
    const entries = [...snapshot.entries];
    entries[index] = change(entries[index]!);
    emit({ entries });
  };

  return {
    clock,
    report(input, hints, resolved) {
      // One thrown error reported twice (an interceptor and a query cache) is one failure.
      if (input instanceof Error) {
        const known = reportedErrors.get(input);
        if (known !== undefined) return known;
      }
      // An error resolved elsewhere (readExchangeError, a fetch wrapper's error carrying `.resolved`)
      // is recorded as it is, keeping the status, headers and retry time it was resolved with.
      const own = isResolvedExchangeError(input);
      // A resolution that came with the input (the caller's, or an error's `.resolved`), as opposed
      // to a resolution reported as itself, which is a new report each time like any payload.
      const carried = resolved !== undefined ? resolved : own ? undefined : resolvedOf(input);
      // The same carried resolution again: a transport reported the thrown error and rejected
      // with another one carrying that resolution, which the app's `catch` now reports.
      let id = carried ? reportedErrors.get(carried) : undefined;
      if (id === undefined) {
        const error =
          carried !== undefined
            ? carried
            : own
              ? input
              : options.resolve(input, { ...hints, now: clock.now() });
        id = error ? add(error, hints?.request) : null;
        // Remembered unless it was reported as itself: a transport hands it on in the error it
        // rejects with (`ExchangeError.resolved`), which may come back here.
        if (error && !own) reportedErrors.set(error, id);
      }
      if (input instanceof Error) reportedErrors.set(input, id);
      return id;
    },
    add,
    dismiss(id, reason = 'dismissed') {
      const entry = snapshot.entries.find((e) => e.id === id);
      if (!entry) return;
      emit({
        entries: snapshot.entries.filter((e) => e !== entry),
        ...withHistory([end(entry, reason, clock.now())]),
      });
    },
    clear() {
      if (!snapshot.entries.length) return;
      const now = clock.now();
      emit({ entries: [], ...withHistory(snapshot.entries.map((e) => end(e, 'cleared', now))) });
    },
    beginRetry(id) {
      update(id, (e) => ({ ...e, attempts: e.attempts + 1, status: 'retrying' }));
    },
    endRetry(id) {
      update(id, (e) => ({ ...e, status: 'live' }));
    },
    registerField(name) {
      fieldCounts.set(name, (fieldCounts.get(name) ?? 0) + 1);
      if (fieldCounts.get(name) === 1) emit({ fields: new Set(fieldCounts.keys()) });
      let registered = true;
      return () => {
        if (!registered) return;
        registered = false;
        const left = (fieldCounts.get(name) ?? 1) - 1;
        if (left > 0) fieldCounts.set(name, left);
        else {
          fieldCounts.delete(name);
          emit({ fields: new Set(fieldCounts.keys()) });
        }
      };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    get(id) {
      return snapshot.entries.find((e) => e.id === id) ?? snapshot.history.find((e) => e.id === id);
    },
  };
}

/** Whether a value is already a {@link ResolvedExchangeError} (so it is not resolved twice). */
export function isResolvedExchangeError(value: unknown): value is ResolvedExchangeError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof ResolvedExchangeError, unknown>>;
  return (
    typeof v.fingerprint === 'string' &&
    typeof v.category === 'string' &&
    typeof v.known === 'boolean' &&
    typeof v.retry === 'object' &&
    v.retry !== null
  );
}

/** The resolution an error object carries (the transport's `ExchangeError` has it as `.resolved`). */
function resolvedOf(input: unknown): ResolvedExchangeError | undefined {
  if (typeof input !== 'object' || input === null || !('resolved' in input)) return undefined;
  const { resolved } = input as { resolved: unknown };
  return isResolvedExchangeError(resolved) ? resolved : undefined;
}

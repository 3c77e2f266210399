import { EventMeasures, type MeasureRow } from './event-measures.js';

/** Rows read per query while loading the measures. */
const LOAD_BATCH = 50_000;

/** Where `MeasureCache` reads events from. */
export interface MeasureSource {
  /** A value that changes whenever another connection commits (SQLite's `pragma data_version`). */
  dataVersion(): Promise<number>;
  /** Number of events stored with an id up to `lastId`. */
  countUpTo(lastId: number): Promise<number>;
  /** Up to `limit` events with an id above `afterId`, in id order. */
  rowsAfter(afterId: number, limit: number): Promise<MeasureRow[]>;
}

/**
 * `EventMeasures` kept in step with the database. `current()` returns measures that hold every event committed
 * before the call: when the data version moved, events with higher ids are appended; when the count of
 * events up to the last id then disagrees (events were deleted), everything is read again. Concurrent callers share one refresh.
 */
export class MeasureCache {
  private measures: EventMeasures | null = null;
  private version: number | null = null;
  private pending: Promise<EventMeasures> | null = null;

  constructor(private readonly source: MeasureSource) {}

  /** The measures, brought up to date. @throws the source's error when reading fails (the next call retries). */
  current(): Promise<EventMeasures> {
    this.pending ??= this.refresh().finally(() => (this.pending = null));
    return this.pending;
  }

  private async refresh(): Promise<EventMeasures> {
    const version = await this.source.dataVersion();
    if (this.measures !== null && version === this.version) return this.measures;
    let measures = this.measures ?? new EventMeasures();
    await this.appendNew(measures);
    if (measures.size !== (await this.source.countUpTo(measures.lastId))) {
      measures = new EventMeasures();
      await this.appendNew(measures);
    }
    this.measures = measures;
    this.version = version;
    return measures;
  }

  private async appendNew(measures: EventMeasures): Promise<void> {
    for (;;) {
      const rows = await this.source.rowsAfter(measures.lastId, LOAD_BATCH);
      measures.append(rows);
      if (rows.length < LOAD_BATCH) return;
    }
  }
}

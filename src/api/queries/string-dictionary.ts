/**
 * Dictionary encoding of a text column: each distinct value gets a small integer id in order of first sight.
 * Id 0 stands for SQL NULL, so that a nullable column (an event's target) needs no second array. Filters become
 * masks over the ids (`mask`): one test per distinct value, then one array lookup per row.
 */
export class StringDictionary {
  /** `values[id]`; `values[0]` is null. */
  readonly values: (string | null)[] = [null];
  private readonly ids = new Map<string, number>();

  /** The id of `value`, added when new; 0 for null. */
  id(value: string | null): number {
    if (value === null) return 0;
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }

  /** The id of `value` when known, else undefined (nothing is added). */
  find(value: string): number | undefined {
    return this.ids.get(value);
  }

  get size(): number {
    return this.values.length;
  }

  /** 1 at each id whose (non-null) value passes `test`, else 0; the null id never passes. */
  mask(test: (value: string) => boolean): Uint8Array {
    const mask = new Uint8Array(this.values.length);
    for (let id = 1; id < this.values.length; id++) mask[id] = test(this.values[id]!) ? 1 : 0;
    return mask;
  }
}

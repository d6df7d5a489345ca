/** Reading a text once for positions asked in reading order: what the speaker memory's lookups are built on. */

export type Found = { value: string; at: number } | null;

/**
 * The last thing found before each position asked about, for positions asked in reading order: each stretch of
 * text is read once (from `overlap` characters back, so that a name cut at the last position is whole), so that a
 * page of a hundred thousand "He said" stays linear. A position before one already asked about is answered by
 * reading its window afresh.
 */
export abstract class ReadOnce {
  private read = 0;
  private last: Found = null;

  constructor(
    protected readonly text: string,
    private readonly overlap: number,
  ) {}

  before(at: number, reach: number): string | null {
    return this.foundBefore(at, reach)?.value ?? null;
  }

  /** The last thing found before `at` within `reach`, with where it was found. */
  foundBefore(at: number, reach: number): Found {
    if (at < this.read) return this.scan(Math.max(0, at - reach), at, null);
    this.last = this.scan(this.resumeFrom(), at, this.last);
    this.read = at;
    return this.last && this.last.at >= at - reach ? this.last : null;
  }

  /**
   * Where reading resumes: the overlap's start, or later, after the last character no name or body runs across —
   * on a page dense with quotation marks and pronouns ("“He said “He said …") a few characters back.
   */
  private resumeFrom(): number {
    const floor = Math.max(0, this.read - this.overlap);
    for (let k = this.read - 1; k >= floor; k--) if (NAME_BREAKS.has(this.text.charCodeAt(k))) return k + 1;
    return floor;
  }

  /** The last thing found in text[from, to), or `last` when nothing later is. */
  protected abstract scan(from: number, to: number, last: Found): Found;
}

/** Characters no name runs across (quotation marks, commas, brackets, line breaks): a cut name starts after one. */
const NAME_BREAKS = new Set([...'“”"«»,;:()[]!?\n'].map((c) => c.charCodeAt(0)));

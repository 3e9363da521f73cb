/** News text as blank-line separated blocks of trimmed lines, consumed from both ends. */

export interface Line {
  text: string;
  /** 1-based line number in the file. */
  line: number;
}

export type TextBlock = Line[];

/** Splits normalised text (`\n` line ends) into blocks of non-blank, trimmed lines. */
export function splitIntoBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: TextBlock = [];
  const lines = text.replace(/[\u2028\u2029\u0085]/g, '\n').split('\n');
  lines.forEach((raw, index) => {
    const trimmed = raw.trim();
    if (trimmed === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push({ text: trimmed, line: index + 1 });
    }
  });
  if (current.length > 0) blocks.push(current);
  return blocks;
}

export class BlockQueue {
  private readonly blocks: TextBlock[];

  constructor(blocks: TextBlock[]) {
    this.blocks = blocks.map((block) => [...block]);
  }

  get size(): number {
    return this.blocks.length;
  }

  peekFirst(): Line | undefined {
    return this.blocks[0]?.[0];
  }

  /** The first line of the second block, or the second line of the first block. */
  peekAfterFirst(): Line | undefined {
    const first = this.blocks[0];
    if (!first) return undefined;
    return first.length > 1 ? first[1] : this.blocks[1]?.[0];
  }

  takeFirst(): Line | undefined {
    const first = this.blocks[0];
    if (!first) return undefined;
    const line = first.shift();
    if (first.length === 0) this.blocks.shift();
    return line;
  }

  /**
   * The last line, when it can stand alone (a block of its own, or after a finished sentence)
   * and is not the only line left.
   */
  peekLastStandalone(): Line | undefined {
    const last = this.blocks[this.blocks.length - 1];
    if (!last) return undefined;
    if (last.length === 1) return this.blocks.length > 1 ? last[0] : undefined;
    const before = last[last.length - 2].text;
    return /[.!?…"”»)]$/u.test(before) ? last[last.length - 1] : undefined;
  }

  takeLast(): Line | undefined {
    const last = this.blocks[this.blocks.length - 1];
    if (!last) return undefined;
    const line = last.pop();
    if (last.length === 0) this.blocks.pop();
    return line;
  }

  /** The first block, when it is a single line. */
  peekSingleLineBlock(): Line | undefined {
    const first = this.blocks[0];
    return first && first.length === 1 ? first[0] : undefined;
  }

  drain(): TextBlock[] {
    return this.blocks.splice(0, this.blocks.length);
  }
}

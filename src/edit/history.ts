/**
 * The editing mode's own undo stack. The browser's undo covers only the focused input's own typing
 * (and `beforeinput` "historyUndo" fires only when that native stack has entries), so every commit —
 * a typed cell, a paste, "fill blanks with 0", a cleared selection, a restored draft — is one step
 * here, undone and redone as a whole.
 */

export class History<Step> {
  private readonly done: Step[] = [];
  private readonly undone: Step[] = [];

  /** `limit`: the oldest steps beyond it are forgotten. */
  constructor(private readonly limit = 500) {}

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** Records a new step; whatever was undone can no longer be redone. */
  push(step: Step): void {
    this.done.push(step);
    if (this.done.length > this.limit) this.done.shift();
    this.undone.length = 0;
  }

  /** The step to revert, or undefined when there is none. */
  undo(): Step | undefined {
    const step = this.done.pop();
    if (step !== undefined) this.undone.push(step);
    return step;
  }

  /** The step to apply again, or undefined when there is none. */
  redo(): Step | undefined {
    const step = this.undone.pop();
    if (step !== undefined) this.done.push(step);
    return step;
  }

  clear(): void {
    this.done.length = 0;
    this.undone.length = 0;
  }
}

/**
 * Where a build's time goes, for `npm run bench`: named phases timed
 * directly (`time`) or as the gap between two hooks (`mark` closes the
 * phase opened by the previous mark).
 */
export class BuildProfile {
  readonly phases: Record<string, number> = {};
  private open?: { name: string; at: number };
  private readonly started = performance.now();

  /** Times `run` as phase `name`. */
  async time<T>(name: string, run: () => Promise<T>): Promise<T> {
    const at = performance.now();
    try {
      return await run();
    } finally {
      this.phases[name] = (this.phases[name] ?? 0) + performance.now() - at;
    }
  }

  /** Replaces phase `name` by its parts (those given), the remainder staying under `name`. */
  split(name: string, parts: Record<string, number | undefined>): void {
    let rest = this.phases[name] ?? 0;
    for (const [part, ms] of Object.entries(parts)) {
      if (ms === undefined) continue;
      this.phases[part] = ms;
      rest -= ms;
    }
    if (rest > 0.5) this.phases[name] = rest;
    else delete this.phases[name];
  }

  /** Ends the open phase and opens phase `name` (`astro:build:start` → `contentSync`, and so on). */
  mark(name: string): void {
    const now = performance.now();
    if (this.open) this.phases[this.open.name] = (this.phases[this.open.name] ?? 0) + now - this.open.at;
    this.open = { name, at: now };
  }

  /** Milliseconds per phase, rounded, plus the total since the integration was created. */
  report(): Record<string, number> {
    const rounded = Object.fromEntries(Object.entries(this.phases).map(([name, ms]) => [name, Math.round(ms)]));
    return { ...rounded, total: Math.round(performance.now() - this.started) };
  }
}

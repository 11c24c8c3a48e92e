import { afterEach, describe, expect, it } from 'vitest';
import type { CheckResult } from './checks/index.ts';
import { currentModel, holdModel, sharedModel } from './shared-model.ts';

describe('currentModel after a save in dev', () => {
  // The slot is process-wide (on globalThis) and other test files may share this process: leave it as found.
  const saved = { ...sharedModel() };
  afterEach(() => {
    const slot = sharedModel() as Record<string, unknown>;
    for (const key of Object.keys(slot)) delete slot[key];
    Object.assign(slot, saved);
  });

  it('answers with the model checked after the save, not the one before it', async () => {
    const before = { diagnostics: [{ message: 'old error' }] } as unknown as CheckResult;
    const after = { diagnostics: [] } as unknown as CheckResult;
    sharedModel().model = Promise.resolve(before);
    const release = holdModel();
    const answer = currentModel();
    // The watcher's debounce is over and the model is checked again.
    await new Promise((resolve) => setTimeout(resolve, 20));
    sharedModel().model = Promise.resolve(after);
    release();
    expect(await answer).toBe(after);
    // Released: no later request waits.
    expect(await currentModel()).toBe(after);
  });

  it('waits for the latest save when another comes while the model is checked', async () => {
    const last = { diagnostics: [] } as unknown as CheckResult;
    sharedModel().model = Promise.resolve({ diagnostics: [{ message: 'first' }] } as unknown as CheckResult);
    const first = holdModel();
    const answer = currentModel();
    const second = holdModel();
    first();
    await new Promise((resolve) => setTimeout(resolve, 20));
    sharedModel().model = Promise.resolve(last);
    second();
    expect(await answer).toBe(last);
  });
});

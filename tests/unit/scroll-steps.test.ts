import { describe, expect, it } from 'vitest';
import { currentStep } from '../../src/lib/scrolly/scroll-steps.ts';

describe('the current scroll step', () => {
  it('is the last step whose card has reached the reading line', () => {
    expect(currentStep([true, true, false, false])).toBe(1);
    expect(currentStep([true, true, true])).toBe(2);
  });
  it('is the first step before any card has reached the line', () => {
    expect(currentStep([false, false])).toBe(0);
    expect(currentStep([])).toBe(0);
  });
  it('follows the last card to reach the line even when one above was not seen (a jump past it)', () => {
    expect(currentStep([false, true, false])).toBe(1);
  });
});

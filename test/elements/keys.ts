/** Key presses for the element tests, through the browser's real input (web-test-runner's sendKeys). */
import { sendKeys } from '@web/test-runner-commands';

/** Presses keys held together ("Alt+Shift+Digit2"): modifiers down, the key, modifiers up. */
export async function pressKeys(keys: string): Promise<void> {
  const parts = keys.split('+');
  const key = parts.pop()!;
  for (const modifier of parts) await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  for (const modifier of parts.reverse()) await sendKeys({ up: modifier });
}

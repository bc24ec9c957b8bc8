/** CIF's numbers for the panel modes; only the CIF facade speaks them. */
import type { PanelMode } from './config/types.js';
import { invalidInput } from './validation.js';

const BY_NUMBER: readonly PanelMode[] = ['minimized', 'docked', 'hidden', 'collapsed'];

export const modeNumber = (mode: PanelMode): number => BY_NUMBER.indexOf(mode);

export function modeFromNumber(value: unknown): PanelMode {
  // Number.isInteger is false for anything but a whole number
  const mode = Number.isInteger(value) ? BY_NUMBER[value as number] : undefined;
  if (!mode) invalidInput('mode', `must be 0 (minimized), 1 (docked), 2 (hidden) or 3 (collapsed), got ${JSON.stringify(value)}`);
  return mode;
}

/**
 * The contexts of the workspace: the host provides its immutable state snapshot and the texts it
 * says things with, children consume them. The keys are registered symbols so that two copies of
 * the library on one page (an npm build and the script-tag bundle) still find each other.
 */
import { createContext } from '@lit/context';
import type { Say } from './core/strings.js';
import type { WorkspaceState } from './core/workspace/state.js';

export const workspaceContext = createContext<WorkspaceState>(Symbol.for('cif-workspace.state'));

/** The host's texts (`host.strings`), as a function that says one with its values filled in. */
export const stringsContext = createContext<Say>(Symbol.for('cif-workspace.strings'));

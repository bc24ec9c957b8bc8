/**
 * The one context of the workspace: the host provides its immutable state snapshot, children
 * consume it. The key is a registered symbol so that two copies of the library on one page (an
 * npm build and the script-tag bundle) still find each other.
 */
import { createContext } from '@lit/context';
import type { WorkspaceState } from './core/workspace/state.js';

export const workspaceContext = createContext<WorkspaceState>(Symbol.for('cif-workspace.state'));

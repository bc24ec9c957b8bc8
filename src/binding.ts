/**
 * What the CIF and Apm facades (and the bridge) program against: the host's command API, not the
 * Lit element, so they can be tested and reasoned about without rendering.
 */
import type { Workspace } from './core/workspace/workspace.js';

export interface WorkspaceBinding {
  /** The state machine; its commands are synchronous and throw `CifError`. */
  readonly workspace: Workspace;
  /** Where the host's DOM events (`cif-panel-resized`, …) are heard. */
  readonly events: EventTarget;
  /** A stable id of the host, for topics and storage (`id` attribute, or "default"). */
  readonly hostId: string;
  /** Resolves once the host has its configuration (and restored state). */
  readonly ready: Promise<void>;
  /** Settles once the latest change is rendered. */
  rendered(): Promise<unknown>;
  panelWidth(): number;
  setPanelWidth(width: number): Promise<void>;
  /** The comm panel's `custom-params`, for getEnvironment. */
  customParams(): string;
}

// In-page measuring harness of the render benchmarks (bench/run.mjs drives it).
// Built into every bench app the same way; never part of the library.
//
// - One <Profiler> around the app: React's own render time (actualDuration) of
//   every commit. The bench build aliases react-dom/client to react-dom/profiling.
// - Field renders: the bench build patches @mui/material's TextField so each render
//   calls `globalThis.__benchFieldRender(props)` (see fieldCounterPlugin in run.mjs).
//   Every app renders each of its five fields as one MUI TextField, so this counts
//   field re-renders the same way in all three apps, from outside their code.
// - Keystrokes: keydown (capture, on window) opens a record; "handled" is when the
//   input event's listeners (React's included) and their microtasks are done;
//   "painted" is the first task after the next frame. Commits and field renders
//   until then belong to that key.
import { Profiler, useLayoutEffect, type ComponentType, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

interface Commit {
  duration: number;
  at: number;
}

interface KeyRecord {
  down: number;
  target: string;
  commitFrom: number;
  renderFrom: number;
  handled?: number;
  painted?: number;
}

interface FieldRenderProps {
  id?: string;
  name?: string;
}

declare global {
  var __benchFieldRender: ((props: FieldRenderProps) => void) | undefined;
  var __bench: BenchApi | undefined;
}

export interface MountResult {
  /** root.render() → first task after the next animation frame (≈ painted). */
  paint: number;
  /** root.render() → layout effects of the app ran (commit done). */
  commit: number;
  /** performance.now() at root.render(), to relate later paint entries to it. */
  start: number;
  /** Sum of Profiler actualDuration of the commits until paint. */
  render: number;
  commits: number;
  fieldRenders: number;
}

export interface KeyResult {
  /** keydown timeStamp → the input event's listeners and React's update are done. */
  handled: number;
  /** keydown timeStamp → first task after the next animation frame (≈ next paint). */
  painted: number;
  /** Sum of Profiler actualDuration of the commits of this key. */
  render: number;
  commits: number;
  /** Commits of this key that ended after "handled" (expected 0). */
  lateCommits: number;
  /** Renders of the edited field. */
  ownRenders: number;
  /** Renders of the other fields. */
  extraRenders: number;
}

export interface BenchApi {
  ready: true;
  pageIdSelector: string;
  mount(): Promise<MountResult>;
  unmount(): Promise<void>;
  startTyping(): Promise<void>;
  keyDone(): Promise<KeyResult>;
}

const nextTask = () =>
  new Promise<number>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(null);
  });

/** Resolves in the first task after the next frame: the frame has been produced. */
const afterPaint = () =>
  new Promise<number>((resolve) => requestAnimationFrame(() => void nextTask().then(resolve)));

function Committed({ onCommit, children }: { onCommit: () => void; children: ReactNode }) {
  // Layout effects run children first: when this one runs, the whole app has committed.
  useLayoutEffect(() => onCommit(), [onCommit]);
  return children;
}

export function startHarness(App: ComponentType, pageIdSelector: string) {
  const container = document.getElementById('root');
  if (!container) throw new Error('no #root');
  const root = createRoot(container);
  const commits: Commit[] = [];
  const fieldRenders: string[] = [];
  let mountKey = 0;
  let key: KeyRecord | null = null;
  let typing = false;

  globalThis.__benchFieldRender = (props) => {
    fieldRenders.push(props.id ?? props.name ?? '?');
  };
  const onRender = (_id: string, _phase: string, actualDuration: number) => {
    commits.push({ duration: actualDuration, at: performance.now() });
  };

  window.addEventListener(
    'keydown',
    (event) => {
      if (!typing) return;
      key = {
        down: event.timeStamp,
        target: document.activeElement?.id ?? '',
        commitFrom: commits.length,
        renderFrom: fieldRenders.length,
      };
    },
    true,
  );
  // Bubble phase on window: runs after React's listeners on the root container, which
  // render and commit a controlled input's update synchronously before returning.
  window.addEventListener('input', () => {
    const record = key;
    if (!typing || !record || record.handled !== undefined) return;
    queueMicrotask(() => (record.handled = performance.now()));
    requestAnimationFrame(() => void nextTask().then((t) => (record.painted = t)));
  });

  const render = (children: ReactNode) =>
    root.render(
      <Profiler id="bench" onRender={onRender}>
        {children}
      </Profiler>,
    );

  const api: BenchApi = {
    ready: true,
    pageIdSelector,
    async mount() {
      const commitFrom = commits.length;
      const renderFrom = fieldRenders.length;
      let committed = 0;
      let markCommitted = () => {};
      const done = new Promise<void>((resolve) => (markCommitted = resolve));
      const onCommit = () => {
        committed = performance.now();
        markCommitted();
      };
      const start = performance.now();
      render(
        <Committed key={++mountKey} onCommit={onCommit}>
          <App />
        </Committed>,
      );
      await done;
      const painted = await afterPaint();
      const mine = commits.slice(commitFrom);
      return {
        paint: painted - start,
        commit: committed - start,
        start,
        render: mine.reduce((sum, c) => sum + c.duration, 0),
        commits: mine.length,
        fieldRenders: fieldRenders.length - renderFrom,
      };
    },
    async unmount() {
      render(null);
      await afterPaint();
    },
    async startTyping() {
      await afterPaint(); // let the focus commit settle first
      typing = true;
      key = null;
    },
    async keyDone() {
      await afterPaint();
      const record = key;
      if (!record || record.handled === undefined || record.painted === undefined)
        throw new Error('no input event for this key');
      key = null;
      const mine = commits.slice(record.commitFrom);
      const renders = fieldRenders.slice(record.renderFrom);
      const own = renders.filter((id) => id === record.target).length;
      return {
        handled: record.handled - record.down,
        painted: record.painted - record.down,
        render: mine.reduce((sum, c) => sum + c.duration, 0),
        commits: mine.length,
        lateCommits: mine.filter((c) => c.at > (record.handled ?? 0)).length,
        ownRenders: own,
        extraRenders: renders.length - own,
      };
    },
  };
  globalThis.__bench = api;
}

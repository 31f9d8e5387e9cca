// The host's root component, imported by the Vite entry snippet (stories/docs/Mocks.mdx).
export function App() {
  return null;
}

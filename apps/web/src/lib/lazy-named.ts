import { lazy, type ComponentType } from 'react';

/** `lazy()` for a named export: the module `load` imports is fetched when the component first renders. */
export function lazyNamed<P extends object, K extends string>(load: () => Promise<Record<K, ComponentType<P>>>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

import { type RefObject, useLayoutEffect, useRef } from 'react';

/** A ref that always holds the latest rendered value, for async commands that outlive a render. */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}

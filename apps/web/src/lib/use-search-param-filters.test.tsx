import { act, render } from '@testing-library/react';
import { MemoryRouter, useLocation, useNavigate } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useSearchParamFilters } from './use-search-param-filters';

interface Filters {
  a: string | null;
  b: string | null;
  c: string | null;
}

const KEYS = ['a', 'b', 'c'] as const;

function read(params: URLSearchParams): Filters {
  return { a: params.get('a'), b: params.get('b'), c: params.get('c') };
}

function write(filters: Filters, base: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(base);
  for (const key of KEYS) {
    const value = filters[key];
    if (value === null) next.delete(key);
    else next.set(key, value);
  }
  return next;
}

type Update = ReturnType<typeof useSearchParamFilters<Filters>>['update'];

function setup(route: string) {
  const handle: { update: Update; navigate: ReturnType<typeof useNavigate>; search: string } = {
    update: () => undefined,
    navigate: () => undefined,
    search: '',
  };
  function Probe() {
    const { update } = useSearchParamFilters(read, write);
    handle.update = update;
    handle.navigate = useNavigate();
    handle.search = useLocation().search;
    return null;
  }
  render(
    <MemoryRouter initialEntries={[route]}>
      <Probe />
    </MemoryRouter>,
  );
  return handle;
}

describe('useSearchParamFilters', () => {
  it('keeps both of two changes made before the router renders the first', () => {
    const page = setup('/?a=1');
    act(() => {
      page.update({ b: '2' });
      page.update({ c: '3' });
    });
    expect(page.search).toBe('?a=1&b=2&c=3');
  });

  it('builds the next change on the URL shown after Back, not on params written before it', () => {
    const page = setup('/?a=1');
    act(() => {
      page.update({ b: '2' });
      page.update({ c: '3' });
      // Back before the router rendered the two changes: the second one is undone.
      void page.navigate(-1);
    });
    expect(page.search).toBe('?a=1&b=2');
    act(() => page.update({ a: '9' }));
    expect(page.search).toBe('?a=9&b=2');
  });

  it('builds on the URL after Back when the written change was rendered in between', () => {
    const page = setup('/?a=1');
    act(() => page.update({ b: '2' }));
    expect(page.search).toBe('?a=1&b=2');
    act(() => void page.navigate(-1));
    expect(page.search).toBe('?a=1');
    act(() => page.update({ c: '3' }));
    expect(page.search).toBe('?a=1&c=3');
  });
});

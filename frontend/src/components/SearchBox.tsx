import { useEffect, useState, type FormEvent } from 'react';
import { TextInput } from '@mantine/core';
import { useLocation, useNavigate, useSearchParams } from 'react-router';

/**
 * SearchBox is the header's search field: pressing Enter opens the search
 * page for the words typed. On the search page it shows the current query.
 */
export function SearchBox() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const current = pathname === '/search' ? (params.get('q') ?? '') : '';
  const [text, setText] = useState(current);
  useEffect(() => setText(current), [current]);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const q = text.trim();
    if (q) navigate(`/search?q=${encodeURIComponent(q)}`);
  };

  return (
    <form role="search" aria-label="Search Debrief" onSubmit={onSubmit}>
      {/* A plain text field inside the search landmark: the incident list has a searchbox of its own. */}
      <TextInput
        size="xs"
        type="text"
        aria-label="Search everything"
        placeholder="Search everything…"
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        enterKeyHint="search"
        w={{ base: 140, md: 220 }}
      />
    </form>
  );
}

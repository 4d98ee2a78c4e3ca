import { useEffect } from 'react';

/** Sets the browser tab title to "<title> · TopLeft" while the page is shown. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    if (!title) return;
    const previous = document.title;
    document.title = `${title} · TopLeft`;
    return () => {
      document.title = previous;
    };
  }, [title]);
}

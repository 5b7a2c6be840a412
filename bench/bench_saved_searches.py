"""Time to recount every saved search on a big folder (what the Lists panel does after a load).

Usage: python bench/bench_saved_searches.py FOLDER [--searches 12] [--repeat 3]
(generate FOLDER first: python bench/generate.py /tmp/gen100k -n 100000)

The folder is scanned once (with the cache) and a Library built; then a dozen saved searches
(a mix of words, qualifiers, facet and deadline choices, as a counselor would keep) are counted
with core.saved_searches.count_all: cold (fresh search index caches) and warm (a second pass,
as after a quiet refresh of the same Library). The window spreads the count one search per turn
of the event loop, so the longest single search is what could delay a keystroke.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date

from vagas_desktop.core.facets import DeadlineFilter, FacetChoice
from vagas_desktop.core.library import Library
from vagas_desktop.core.saved_searches import count_all, match_keys
from vagas_desktop.core.scan import scan
from vagas_desktop.core.shortlists import UserStore

SEARCHES = [
    ("Ana — TS Lisboa", "tecnico superior", FacetChoice(distritos=frozenset({"Lisboa"}))),
    ("Rui — AT Porto", '"assistente tecnico"', FacetChoice(distritos=frozenset({"Porto"}),
                                                            deadline=DeadlineFilter.OPEN)),
    ("Informática", "informatica -estagio", FacetChoice()),
    ("Enfermagem Centro", "enfermeiro", FacetChoice(distritos=frozenset({"Coimbra", "Leiria", "Aveiro"}))),
    ("Câmaras a fechar", "empregador:camara", FacetChoice(deadline=DeadlineFilter.CLOSING_WITHIN, within_days=7)),
    ("Juristas", "jurista OR direito", FacetChoice(deadline=DeadlineFilter.OPEN)),
    ("Faro abertas", "", FacetChoice(distritos=frozenset({"Faro"}), deadline=DeadlineFilter.OPEN)),
    ("Texto: teletrabalho", "texto:teletrabalho", FacetChoice()),
    ("Engenharia civil", '"engenharia civil"', FacetChoice()),
    ("Professores Braga", "professor", FacetChoice(distritos=frozenset({"Braga"}))),
    ("Operacionais", "assistente operacional -limpeza", FacetChoice(deadline=DeadlineFilter.OPEN)),
    ("Ref 2025", "ref:oe2025", FacetChoice()),
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("folder")
    ap.add_argument("--searches", type=int, default=len(SEARCHES))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    result = scan(args.folder)
    today = date(2025, 3, 15)
    best_cold = best_warm = float("inf")
    slowest = 0.0
    for _ in range(args.repeat):
        library = Library.build(result.folder, result.postings, {})
        with tempfile.TemporaryDirectory() as data:
            store = UserStore.open(data)
            for i in range(args.searches):
                name, query, choice = SEARCHES[i % len(SEARCHES)]
                store.create_search(f"{name} {i}", query, choice.to_dict())
            start = time.perf_counter()
            counts = count_all(library, store, today)
            best_cold = min(best_cold, time.perf_counter() - start)
            start = time.perf_counter()
            count_all(library, store, today)
            best_warm = min(best_warm, time.perf_counter() - start)
            library = Library.build(result.folder, result.postings, {})
            for search in store.saved_searches():  # one per turn of the event loop in the window
                start = time.perf_counter()
                match_keys(library, search, store, today)
                slowest = max(slowest, time.perf_counter() - start)
    print(f"postings: {len(result.postings)}, saved searches: {args.searches}")
    print(f"recount all, cold: {best_cold * 1000:.0f} ms; warm: {best_warm * 1000:.0f} ms; "
          f"slowest single search (cold): {slowest * 1000:.0f} ms")
    for c in counts:
        print(f"  {c.name}: {c.matches}")


if __name__ == "__main__":
    main()

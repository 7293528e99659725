"""Look a place name up in the shipped gazetteer, for writing corpus gold by hand.

    python scripts/corpus_lookup.py Ningbo [Zhoushan ...] [--country CN]

Prints every record the name may refer to: geonameid, name, kind, country, admin1, lat, lon,
population, division. It is a dictionary look-up only; it reads no report.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gazetteer.index import load_index


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="+")
    parser.add_argument("--country", help="ISO code to keep, e.g. CN")
    parser.add_argument("--limit", type=int, default=12)
    args = parser.parse_args(argv)
    index = load_index()
    for name in args.names:
        places = [index.place_at(r) for r in index.rows_for_name(name)]
        if args.country:
            places = [p for p in places if p.country == args.country.upper()]
        places.sort(key=lambda p: (p.kind.value not in ("country", "admin1"), -p.population))
        sys.stdout.write(f"== {name}: {len(places)} record(s)\n")
        for p in places[: args.limit]:
            sys.stdout.write(
                f"  {p.geonameid}\t{p.name}\t{p.kind.value}\t{p.country}\t{p.admin1}\t"
                f"{p.lat:.4f}\t{p.lon:.4f}\tpop={p.population}\t{p.division}\n"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

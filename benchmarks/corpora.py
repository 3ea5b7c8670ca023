"""Corpus benchmarks: parse_many with worker processes, Dask on a LocalCluster, triangulate.

    pip install -e '.[dask]'
    python benchmarks/corpora.py [--dev ../shared/eval/dev.jsonl] [--articles 400] [--quick]

Prints:

1. ``parse_many`` with 2 jobs against 1 job on a few hundred articles (target: >= 1.6x on
   two cores). Serial and parallel runs take turns, each repeated; the best of each is the
   figure least disturbed by other work on the machine, and every turn's ratio is shown.
2. Dask ``read_articles`` + ``parse_bag`` on a ``LocalCluster`` of two worker processes
   against ``parse_many`` with 2 jobs, in articles per second (the cluster's start-up is
   shown apart: it is paid once per session, not per batch).
3. ``triangulate`` on 10,000 and 100,000 synthetic records, and the ratio of the two
   (linear growth: about 10; quadratic: about 100).

Articles are the development texts when ``--dev`` names them (read at run time, never
stored here), else invented ones.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import migrationnews as mn
from migrationnews.values import Span

DEFAULT_DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev.jsonl"

INVENTED = [
    "Border agents made {n},000 apprehensions in November, officials said on Tuesday.",
    "A caravan of about {n},500 migrants left Tapachula on Saturday, heading north.",
    "Governor Ana Ruiz signed a law on Monday allowing state police to arrest migrants.",
    "The shelter in El Paso took in {n}00 people over the weekend, its director said.",
    "Officials met in Mexico City on Wednesday to discuss the {n} new crossings.",
    "More than {n}0 migrants died in the desert last month, the coroner reported.",
]


def load(dev: Path | None, count: int) -> list[tuple[str, dt.date | None]]:
    items: list[tuple[str, dt.date | None]] = []
    if dev is not None and dev.is_file():
        for line in dev.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                date = row.get("published")
                items.append((row["text"], dt.date.fromisoformat(date) if date else None))
    if not items:
        for n in range(60):
            text = " ".join(s.format(n=n % 9 + 1) for s in INVENTED * 3)
            items.append((text, dt.date(2023, 12, 1) + dt.timedelta(days=n % 28)))
    return [items[i % len(items)] for i in range(count)]


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def cpu() -> tuple[float, float]:
    """CPU seconds of this process and of its finished children so far."""
    t = os.times()
    return t.user + t.system, t.children_user + t.children_system


def bench_parse_many(items: list[tuple[str, dt.date | None]], repeats: int) -> float:
    list(mn.parse_many(items[:10], jobs=1))  # load the rules once, as any long run has
    serial, parallel = [], []
    serial_cpu, parallel_cpu = [], []
    for _ in range(repeats):
        before = cpu()
        serial.append(timed(lambda: list(mn.parse_many(items, jobs=1))))
        middle = cpu()
        parallel.append(timed(lambda: list(mn.parse_many(items, jobs=2))))
        after = cpu()
        serial_cpu.append(middle[0] - before[0])
        parallel_cpu.append(after[0] - middle[0] + after[1] - middle[1])
    ratios = [s / p for s, p in zip(serial, parallel, strict=True)]
    chars = sum(len(text) for text, _ in items)
    print(f"== parse_many: {len(items)} articles, {chars:,} characters, {repeats} turns each")
    print(f"load average before: {os.getloadavg()[0]:.1f} (other work on this machine's cores)")
    print(f"1 job : best {min(serial):.2f} s  ({len(items) / min(serial):,.0f} articles/s)")
    print(f"2 jobs: best {min(parallel):.2f} s  ({len(items) / min(parallel):,.0f} articles/s)")
    best = min(serial) / min(parallel)
    shown = ", ".join(f"{r:.2f}" for r in ratios)
    print(f"SPEEDUP parse_many 2 jobs: {best:.2f}x (best against best; per turn: {shown})")
    overhead = statistics.median(parallel_cpu) / statistics.median(serial_cpu)
    print(
        f"CPU of 2 jobs (workers and this process) / CPU of 1 job: {overhead:.2f} "
        "(1.00 = no cost for sharing the work)"
    )
    return min(parallel)


def bench_dask(
    items: list[tuple[str, dt.date | None]], parse_many_seconds: float, repeats: int = 2
) -> None:
    from dask.distributed import Client, LocalCluster

    import migrationnews.dask as mnd

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        per_file = max(1, len(items) // 8)
        for start in range(0, len(items), per_file):
            rows = items[start : start + per_file]
            lines = "".join(
                json.dumps({"id": f"a{start + i}", "published": d and d.isoformat(), "text": t})
                + "\n"
                for i, (t, d) in enumerate(rows)
            )
            (folder / f"part{start:06d}.jsonl").write_text(lines, encoding="utf-8")
        started = time.perf_counter()
        with (
            LocalCluster(
                n_workers=2,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
            ) as cluster,
            Client(cluster),
        ):
            startup = time.perf_counter() - started
            bag = mnd.parse_bag(mnd.read_articles(str(folder)))
            bag.count().compute()  # warm the workers (imports, rules)
            seconds = min(timed(lambda: bag.count().compute()) for _ in range(repeats))
    print(f"\n== Dask LocalCluster (2 worker processes): {len(items)} articles")
    print(f"cluster start-up: {startup:.2f} s (once per session)")
    rate = len(items) / seconds
    print(f"dask read_articles + parse_bag: {seconds:.2f} s ({rate:,.0f} articles/s)")
    print(
        f"THROUGHPUT dask/parse_many(2 jobs): {parse_many_seconds / seconds:.2f}x "
        f"({len(items) / parse_many_seconds:,.0f} articles/s for parse_many)"
    )


PLACES = [mn.Place(name) for name in ("El Paso", "Tucson", "Del Rio", "Yuma", "San Diego")]
NAMES = ["Ana Ruiz", "Luis Soto", "Mara Diaz", "Omar Vega", "Rosa Lima", "Ivan Cruz"]


def synthetic(records: int, seed: int = 7) -> list[mn.Article]:
    """Articles holding ``records`` invented records (five an article), spread over years."""
    rng = random.Random(seed)
    text = "x" * 40
    span = Span(0, 10)
    articles = []
    first = dt.date(2015, 1, 1)
    for number in range(records // 5):
        published = first + dt.timedelta(days=rng.randrange(3650))
        month = published.replace(day=1)
        period = mn.Period("last month", month, month + dt.timedelta(days=27))
        figures = [
            mn.Statistic(
                mn.Estimate.exact(1000 * rng.randrange(1, 4)),
                mn.Unit.PERSON,
                rng.choice([mn.Measure.APPREHENSIONS, mn.Measure.ENCOUNTERS]),
                span,
                "figure",
                period=period,
                place=rng.choice([*PLACES, None]),
            )
            for _ in range(2)
        ]
        caravan = mn.Caravan(
            size=mn.Estimate(1000 * rng.randrange(1, 9), None, mn.Qualifier.MORE_THAN),
            location=rng.choice(PLACES),
            spans=[span],
        )
        action = mn.PolicyAction(
            rng.choice([mn.PolicyKind.CLOSURE, mn.PolicyKind.ENFORCEMENT]),
            span,
            "evidence",
            actor="Texas",
            place=rng.choice(PLACES),
            status=rng.choice([mn.PolicyStatus.ENACTED, mn.PolicyStatus.REVERSED]),
        )
        meeting = mn.Meeting(rng.sample(NAMES, 2), spans=[span])
        articles.append(
            mn.Article(
                text,
                published,
                source=f"outlet-{number}",
                statistics=figures,
                caravans=[caravan],
                policy_actions=[action],
                meetings=[meeting],
            )
        )
    return articles


def bench_triangulate(sizes: list[int]) -> None:
    print("\n== triangulate on synthetic records")
    seconds = []
    for size in sizes:
        articles = synthetic(size)
        start = time.perf_counter()
        ledger = mn.triangulate(articles)
        took = time.perf_counter() - start
        seconds.append(took)
        print(
            f"{size:>7,} records: {took:.2f} s  ({len(ledger.facts):,} facts, "
            f"{len(ledger.conflicts):,} conflicting)"
        )
    growth = seconds[-1] / seconds[0]
    print(
        f"RATIO triangulate {sizes[-1]:,}/{sizes[0]:,} records: {growth:.1f}x time "
        f"for {sizes[-1] / sizes[0]:.0f}x records"
    )


def main(argv: list[str]) -> int:
    options = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options.add_argument("--dev", type=Path, default=DEFAULT_DEV)
    options.add_argument("--articles", type=int, default=400)
    options.add_argument("--repeats", type=int, default=5)
    options.add_argument("--quick", action="store_true", help="small sizes, to check it runs")
    args = options.parse_args(argv)
    if args.quick:  # every step once, on little: the test suite checks that it runs
        args.articles, args.repeats = 12, 1
    items = load(args.dev, args.articles)
    best_parallel = bench_parse_many(items, args.repeats)
    bench_dask(items, best_parallel, min(args.repeats, 2))
    bench_triangulate([250, 1_000] if args.quick else [10_000, 100_000])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

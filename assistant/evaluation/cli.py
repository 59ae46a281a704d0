"""The evaluation commands of `zone-assistant`: eval and bench.

Their stages are imported when they run, like the other commands' (see assistant.cli).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from assistant.extras import require
from assistant.settings import Settings


def eval_command(args: argparse.Namespace, settings: Settings) -> int:
    """`zone-assistant eval`: score a gold set, write the reports, apply a gate."""
    from tqdm import tqdm

    require("bench")  # the report's plots
    from assistant.evaluation.command import run_eval
    from assistant.evaluation.runner import GoldSetError

    for path, what in ((args.dataset, "dataset"), (args.baseline, "baseline"), (args.gate, "gate")):
        if path is not None and not Path(path).is_file():
            sys.stderr.write(f"error: {what} file not found: {path}\n")
            return 2
    bar = tqdm(unit="q", desc="eval", file=sys.stderr, disable=args.quiet)

    def progress(n: int, total: int) -> None:
        bar.total = total
        bar.update(1)

    try:
        report = run_eval(
            settings,
            Path(args.dataset),
            Path(args.out),
            answerer=args.answerer,
            baseline=Path(args.baseline) if args.baseline else None,
            distractors=args.distractors,
            gate=Path(args.gate) if args.gate else None,
            ingest_corpus=not args.no_ingest,
            progress=progress,
            corpora=args.corpus,
            # Other folders than the corpus go into a throwaway index unless one is named.
            temporary_index=bool(args.corpus) and args.index is None,
        )
    except GoldSetError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 2
    finally:
        bar.close()
    o = report["overall"]
    sys.stdout.write(
        f"answer accuracy {o['answer_accuracy']}, recall@{report['k']} {o['retrieval_recall_at_k']}, "
        f"citation precision {o['citation_precision']}, support {o['citation_support_rate']}, "
        f"correct refusals {o['correct_refusal_rate']}, false refusals {o['false_refusal_rate']}, "
        f"p95 {o['latency_ms_p95']} ms\n"
        f"reports: {Path(args.out) / 'report.json'}, {Path(args.out) / 'report.md'}\n"
    )
    if "baseline_diff" in report:
        d = report["baseline_diff"]
        sys.stdout.write(
            f"since baseline: {len(d['newly_failing'])} newly failing, "
            f"{len(d['newly_passing'])} newly passing\n"
        )
    if report.get("gate", {}).get("failures"):
        for failure in report["gate"]["failures"]:
            sys.stdout.write(f"gate: {failure}\n")
        return 1
    return 0


def bench_command(args: argparse.Namespace, settings: Settings) -> int:
    """`zone-assistant bench`: speed and recall on a synthetic corpus, with a baseline."""
    require("bench")
    options = {
        "questions": args.questions,
        "chroma_url": args.chroma_url,
        "embed_compare": args.embed_compare,
        "embed_repeats": args.embed_repeats,
    }
    if args.realistic:
        from assistant.evaluation.bench_realistic import run_realistic_bench

        evals = Path(args.evals)
        if not (evals / "corpus").is_dir():
            sys.stderr.write(f"error: no development corpus in {evals / 'corpus'}\n")
            return 2
        rows = Path(args.rows) if args.rows else None
        result = run_realistic_bench(
            settings, args.chunks, evals, seed=args.seed, rows_path=rows, **options
        )
    else:
        if args.rows:
            sys.stderr.write("error: --rows needs --realistic\n")
            return 2
        from assistant.evaluation.bench import run_bench

        result = run_bench(settings, args.chunks, **options)
    if args.json:
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    else:
        for key, value in result.items():
            sys.stdout.write(f"{key}: {value}\n")
    if args.out:
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("a", encoding="utf-8") as f:
            f.write(json.dumps(result, ensure_ascii=False) + "\n")
    return 0

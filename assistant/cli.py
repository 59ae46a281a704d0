"""The `zone-assistant` command.

Each subcommand imports its stage when it runs: `--help` and `--version` must not
load Chroma, torch or Gradio, and a command must not need another's extra.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Any

from assistant import __version__
from assistant.cli_ask import ask_command, chat_command
from assistant.evaluation.cli import bench_command, eval_command
from assistant.extras import MissingExtra, extra_for, require_for_settings
from assistant.index.filters import FILTER_HELP, FilterError, parse_filter
from assistant.settings import Settings, load_settings

logger = logging.getLogger("assistant")


def _settings(args: argparse.Namespace) -> Settings:
    settings = load_settings(index_dir=getattr(args, "index", None))
    if getattr(args, "chroma_url", None):
        settings = settings.model_copy(update={"chroma_url": args.chroma_url})
    return settings


def _dump(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def _open_index(settings: Settings, **kwargs):
    from assistant.index import Index

    return Index(settings, **kwargs)


def cmd_ingest(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from assistant.ingest.pipeline import ingest

    settings = _settings(args)
    paths = [Path(p) for p in args.paths] or [settings.corpus_dir]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        sys.stderr.write(f"error: no such file or folder: {', '.join(missing)}\n")
        return 2
    index = _open_index(settings, rebuild=args.rebuild)
    bar = None

    def progress(n: int, total: int, name: str) -> None:
        nonlocal bar
        if bar is None and total > 1 and not args.json:
            bar = tqdm(total=total, unit="file", desc="ingest", file=sys.stderr)
        if bar is not None:
            bar.set_postfix_str(Path(name).name[-30:])
            bar.update(1)

    report = ingest(index, paths, progress=progress)
    if bar is not None:
        bar.close()
    if args.json:
        _dump(report.summary())
    else:
        s = report.summary()
        sys.stdout.write(
            f"index {settings.index_dir}: {s['documents']} documents, {s['chunks']} chunks; "
            f"embedded {s['embedded']} new chunks, removed {s['removed']}\n"
        )
        for err in report.errors:
            sys.stdout.write(f"error: {err['file']}: {err['error']}\n")
    return 1 if report.errors and not report.documents else 0


def cmd_search(args: argparse.Namespace) -> int:
    settings = _settings(args)
    from assistant.retrieval import retrieve

    index = _open_index(settings, must_exist=True)
    try:
        where = parse_filter(args.filter)
    except FilterError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 2
    hits = retrieve(index, args.query, k=args.k, mode=args.mode, where=where)
    rows = [h.public() for h in hits]
    if args.json:
        _dump(rows)
    else:
        for n, r in enumerate(rows, start=1):
            sys.stdout.write(
                f"[{n}] {' / '.join([r['title'], *r['heading_path']])} [{r['start']}:{r['end']}] "
                f"score={r['score']:.4f}\n    {r['text']}\n"
            )
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    return ask_command(args, _settings(args))


def cmd_chat(args: argparse.Namespace) -> int:
    return chat_command(args, _settings(args))


def cmd_eval(args: argparse.Namespace) -> int:
    return eval_command(args, _settings(args))


def cmd_serve(args: argparse.Namespace) -> int:
    import os

    # Gradio reads this at import; the page must not phone home.
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    import uvicorn

    from assistant.api import create_app

    settings = _settings(args)
    require_for_settings(settings)
    host = args.host or settings.server.host
    port = args.port or settings.server.port
    app = create_app(settings)
    sys.stderr.write(f"zone-assistant: serving on http://{host}:{port}/\n")
    # The app resolves client addresses itself (limits.trusted_proxies); uvicorn's own
    # X-Forwarded-For handling would believe any local peer, so it is switched off.
    uvicorn.run(app, host=host, port=port, log_level="warning", proxy_headers=False)
    return 0


def cmd_review_export(args: argparse.Namespace) -> int:
    from assistant.records import Records

    settings = _settings(args)
    count = Records(settings.database()).export_jsonl(Path(args.out))
    sys.stdout.write(f"exported {count} reviewed cases to {args.out}\n")
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    return bench_command(args, _settings(args))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="zone-assistant",
        description="Answer Chinese questions about development-zone policy documents, with citations.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--index", type=Path, help="index directory (default: settings, 'index/')")
        p.add_argument(
            "--chroma-url", help="use a Chroma server at this URL instead of a local store"
        )

    p = sub.add_parser("ingest", help="index documents (default: corpus/)")
    p.add_argument("paths", nargs="*", help="files or folders to ingest")
    common(p)
    p.add_argument(
        "--rebuild", action="store_true", help="drop the index and embed everything again"
    )
    p.add_argument("--json", action="store_true", help="print one JSON summary object")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("search", help="show the ranked chunks for a question")
    p.add_argument("query")
    common(p)
    p.add_argument("-k", type=int, default=None, help="number of chunks")
    p.add_argument("--mode", choices=["hybrid", "dense", "keyword"], default="hybrid")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.add_argument("--filter", action="append", help=FILTER_HELP)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("ask", help="answer a question with cited quotes")
    p.add_argument("question", nargs="?")
    common(p)
    p.add_argument(
        "--batch", metavar="FILE.jsonl", help='one {"id","question"[,"history"]} per line'
    )
    p.add_argument("--answerer", choices=["extractive", "llm"])
    p.add_argument("--json", action="store_true", help="print the answer object as JSON")
    p.add_argument("--log", action="store_true", help="record the answers in the answer log")
    p.add_argument("--filter", action="append", help=FILTER_HELP)
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("eval", help="score the answers on a gold question set and write reports")
    common(p)
    p.add_argument("--dataset", default="evals/gold.jsonl", help="gold set (JSONL)")
    p.add_argument("--answerer", choices=["extractive", "llm"])
    p.add_argument("--out", default="reports/latest", help="folder for report.json and report.md")
    p.add_argument("--baseline", help="an earlier report.json to diff against")
    p.add_argument("--gate", help="thresholds JSON; exit 1 when a headline metric is outside them")
    p.add_argument(
        "--distractors",
        action="store_true",
        help="add fictional look-alike documents (temporary index)",
    )
    p.add_argument(
        "--no-ingest", action="store_true", help="do not bring the index up to date first"
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    corpus_help = "folder to answer from (repeatable); a temporary index unless --index"
    p.add_argument("--corpus", action="append", type=Path, metavar="DIR", help=corpus_help)
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("serve", help="serve the web chat and the HTTP API")
    common(p)
    p.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, help="port (default 7860)")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("review", help="staff review of logged answers")
    review_sub = p.add_subparsers(dest="review_command", required=True)
    q = review_sub.add_parser("export", help="write reviewed answers as eval cases (JSONL)")
    common(q)
    q.add_argument("--out", required=True, help="output JSONL file")
    q.set_defaults(func=cmd_review_export)

    p = sub.add_parser(
        "bench", help="measure ingest, retrieval and answer speed on a synthetic corpus"
    )
    p.add_argument("--chunks", type=int, required=True, help="size of the synthetic corpus")
    p.add_argument("--questions", type=int, default=200, help="questions to time (at least 200)")
    p.add_argument("--chroma-url", help="run against a Chroma server")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--out", help="append the result as a JSON line to this file")
    p.add_argument(
        "--embed-compare",
        type=int,
        default=2000,
        help="texts on which to time the numpy USE embedder against the configured one (0: skip)",
    )
    p.add_argument("--embed-repeats", type=int, default=3, help="interleaved repeats of that")
    p.add_argument(
        "--realistic",
        action="store_true",
        help="bench on varied copies of the development documents, with re-targeted questions "
        "and answer accuracy (default: the synthetic corpus)",
    )
    p.add_argument(
        "--evals", default="evals", help="with --realistic: folder of corpus/ and dev questions"
    )
    p.add_argument("--seed", type=int, default=7, help="with --realistic: seed of the copies")
    p.add_argument(
        "--rows",
        help="with --realistic: write one JSON line per question (ranks, top 5, answer) here",
    )
    p.set_defaults(func=cmd_bench, index=None)

    p = sub.add_parser("chat", help="ask questions in the terminal")
    common(p)
    p.add_argument("--log", action="store_true", help="record the answers in the answer log")
    p.set_defaults(func=cmd_chat)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        return _run(args)
    except MissingExtra as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 2
    except ModuleNotFoundError as exc:
        missing = extra_for(exc)
        if missing is None:
            raise
        sys.stderr.write(f"error: {missing}\n")
        return 2
    except KeyboardInterrupt:
        return 130


def _run(args: argparse.Namespace) -> int:
    from assistant.index import IndexProblem
    from assistant.index.embeddings import EmbedderError
    from assistant.service import ServiceError

    try:
        return args.func(args)
    except (IndexProblem, EmbedderError) as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 2
    except ServiceError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 1


if __name__ == "__main__":
    raise SystemExit(main())

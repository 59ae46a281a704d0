"""The `zone-assistant` command."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Any

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
    hits = retrieve(index, args.query, k=args.k, mode=args.mode)
    rows = [
        {
            "doc_id": h.doc_id,
            "title": h.title,
            "section": h.section,
            "start": h.start,
            "end": h.end,
            "score": round(h.score, 6),
            "text": h.text,
        }
        for h in hits
    ]
    if args.json:
        _dump(rows)
    else:
        for n, r in enumerate(rows, start=1):
            sys.stdout.write(
                f"[{n}] {r['title']} / {r['section']} [{r['start']}:{r['end']}] "
                f"score={r['score']:.4f}\n    {r['text']}\n"
            )
    return 0


def _print_answer(answer, as_json: bool) -> None:
    if as_json:
        _dump(answer.public())
    else:
        sys.stdout.write(answer.answer + "\n")
        if answer.notice:
            sys.stdout.write(answer.notice + "\n")


def cmd_ask(args: argparse.Namespace) -> int:
    from assistant.answering.chain import QuestionError, build_chain
    from assistant.answering.models import Question

    settings = _settings(args)
    if args.answerer:
        settings.answer.answerer = args.answerer
    chain = build_chain(settings)
    if args.batch:
        return _ask_batch(chain, Path(args.batch), args)
    if not args.question:
        sys.stderr.write("error: give a question, or --batch FILE.jsonl\n")
        return 2
    try:
        answer = chain.ask(Question(question=args.question))
    except QuestionError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 2
    _print_answer(answer, args.json)
    return 0


def _ask_batch(chain, path: Path, args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from assistant.answering.chain import QuestionError
    from assistant.answering.models import Question

    if not path.is_file():
        sys.stderr.write(f"error: no such file: {path}\n")
        return 2
    failures = 0
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            q = Question.model_validate_json(line)
            answer = chain.ask(q)
        except (ValidationError, ValueError, QuestionError) as exc:
            failures += 1
            _dump({"line": lineno, "error": str(exc).splitlines()[0]})
            continue
        # Batch output is JSON Lines whatever --json says: one answer per input line.
        _dump(answer.public())
    return 1 if failures else 0


def cmd_chat(args: argparse.Namespace) -> int:
    """A terminal chat: ask questions in a loop, with follow-ups."""
    from assistant.answering.chain import QuestionError, build_chain
    from assistant.answering.models import Question, Turn

    chain = build_chain(_settings(args))
    history: list[Turn] = []
    sys.stdout.write("zone-assistant: ask in Chinese; empty line or Ctrl-D to quit.\n")
    while True:
        try:
            line = input("问> ").strip()
        except EOFError:
            return 0
        if not line:
            return 0
        try:
            answer = chain.ask(Question(question=line, history=history))
        except QuestionError as exc:
            sys.stdout.write(f"{exc}\n")
            continue
        sys.stdout.write(answer.answer + "\n\n")
        history += [
            Turn(role="user", content=line),
            Turn(role="assistant", content=answer.direct_answer or answer.answer),
        ]


def cmd_eval(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from assistant.evaluation.command import run_eval
    from assistant.evaluation.runner import GoldSetError

    settings = _settings(args)
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


def cmd_serve(args: argparse.Namespace) -> int:
    import os

    # Gradio reads this at import; the page must not phone home.
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    import uvicorn

    from assistant.api import create_app

    settings = _settings(args)
    host = args.host or settings.server.host
    port = args.port or settings.server.port
    app = create_app(settings)
    sys.stderr.write(f"zone-assistant: serving on http://{host}:{port}/\n")
    uvicorn.run(app, host=host, port=port, log_level="warning")
    return 0


def cmd_review_export(args: argparse.Namespace) -> int:
    from assistant.records import Records

    settings = _settings(args)
    count = Records(settings.database()).export_jsonl(Path(args.out))
    sys.stdout.write(f"exported {count} reviewed cases to {args.out}\n")
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from assistant.evaluation.bench import run_bench

    settings = _settings(args)
    result = run_bench(settings, args.chunks, questions=args.questions, chroma_url=args.chroma_url)
    if args.json:
        _dump(result)
    else:
        for key, value in result.items():
            sys.stdout.write(f"{key}: {value}\n")
    if args.out:
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("a", encoding="utf-8") as f:
            f.write(json.dumps(result, ensure_ascii=False) + "\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="zone-assistant",
        description="Answer Chinese questions about development-zone policy documents, with citations.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
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
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("ask", help="answer a question with cited quotes")
    p.add_argument("question", nargs="?")
    common(p)
    p.add_argument(
        "--batch", metavar="FILE.jsonl", help='one {"id","question"[,"history"]} per line'
    )
    p.add_argument("--answerer", choices=["extractive", "llm"])
    p.add_argument("--json", action="store_true", help="print the answer object as JSON")
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
    p.set_defaults(func=cmd_bench, index=None)

    p = sub.add_parser("chat", help="ask questions in the terminal")
    common(p)
    p.set_defaults(func=cmd_chat)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    from assistant.index import IndexProblem
    from assistant.index.embeddings import EmbedderError

    try:
        return args.func(args)
    except (IndexProblem, EmbedderError) as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())

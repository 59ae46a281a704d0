"""The asking commands of `zone-assistant` (ask, its batches, chat), through the same
service the web chat and the API use.

The service and the chain are imported when a command runs (they load Chroma and the
embedder), like the other commands' stages (see assistant.cli).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from assistant.answering.models import Question, Turn
from assistant.extras import require_for_settings
from assistant.messages import msg
from assistant.settings import Settings


def _json_line(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def _filter_arg(args: argparse.Namespace) -> str | None:
    return ",".join(args.filter) if getattr(args, "filter", None) else None  # all must hold


def _print_answer(answer, as_json: bool) -> None:
    if as_json:
        _json_line(answer.public())
    else:
        sys.stdout.write(answer.answer + "\n")
        if answer.notice:
            sys.stdout.write(answer.notice + "\n")


def _service(args: argparse.Namespace, settings: Settings):
    """The service the web chat and the API use; the CLI logs answers only with --log."""
    from assistant.index import IndexMissingError
    from assistant.service import AssistantService

    service = AssistantService(settings, log_answers=args.log)
    if not service.ready:
        raise service.index_problem or IndexMissingError(
            f"the index at {settings.index_dir} holds no documents: "
            "run `zone-assistant ingest` first"
        )
    return service


def _ask(service, question) -> Any:
    answer, _ = service.ask(question, channel="cli")
    return answer


def ask_command(args: argparse.Namespace, settings: Settings) -> int:
    """`zone-assistant ask`: one question, or a JSON Lines batch."""
    from assistant.answering.chain import QuestionError

    if args.answerer:
        settings.answer.answerer = args.answerer
    if not args.batch and not args.question:
        sys.stderr.write("error: give a question, or --batch FILE.jsonl\n")
        return 2
    if args.batch and not Path(args.batch).is_file():
        sys.stderr.write(f"error: no such file: {args.batch}\n")
        return 2
    require_for_settings(settings)
    service = _service(args, settings)
    if args.batch:
        return _ask_batch(service, Path(args.batch), _filter_arg(args))
    try:
        answer = _ask(service, Question(question=args.question, filter=_filter_arg(args)))
    except QuestionError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 2
    _print_answer(answer, args.json)
    return 0


def _ask_batch(service, path: Path, doc_filter: str | None = None) -> int:
    from assistant.answering.chain import QuestionError

    failures = 0
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            q = Question.model_validate_json(line)
            if q.filter is None:
                q.filter = doc_filter
            answer = _ask(service, q)
        except (ValidationError, ValueError, QuestionError) as exc:
            failures += 1
            _json_line({"line": lineno, "error": str(exc).splitlines()[0]})
            continue
        # Batch output is JSON Lines whatever --json says: one answer per input line.
        _json_line(answer.public())
    return 1 if failures else 0


def chat_command(args: argparse.Namespace, settings: Settings) -> int:
    """`zone-assistant chat`: ask questions in a loop, with follow-ups."""
    from assistant.answering.chain import QuestionError

    require_for_settings(settings)
    service = _service(args, settings)
    history: list[Turn] = []
    sys.stdout.write("zone-assistant: ask in Chinese; empty line or Ctrl-D to quit.\n")
    while True:
        try:
            line = input(msg("cli_chat_prompt")).strip()
        except EOFError:
            return 0
        if not line:
            return 0
        try:
            answer = _ask(service, Question(question=line, history=history))
        except QuestionError as exc:
            sys.stdout.write(f"{exc}\n")
            continue
        sys.stdout.write(answer.answer + "\n\n")
        history += [
            Turn(role="user", content=line),
            Turn(role="assistant", content=answer.direct_answer or answer.answer),
        ]

"""The command line: version, one-line hints for missing extras, ask through the service."""

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assistant import __version__, cli
from assistant.extras import MODULE_EXTRAS, MissingExtra, extra_for
from assistant.messages import msg
from assistant.records import Records

ROOT = Path(__file__).resolve().parents[1]


def _one_line_hint(err: str, extra: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert f"pip install 'zone-assistant[{extra}]'" in lines[0]
    assert "Traceback" not in err


def test_version():
    out = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "--version"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    assert out.stdout.strip() == f"zone-assistant {__version__}"


def test_bench_without_its_extra_names_it_in_one_line():
    code = (
        "import sys; sys.modules['langchain_chroma'] = None\n"
        "from assistant.cli import main\n"
        "raise SystemExit(main(['bench', '--chunks', '300']))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert out.returncode == 2
    _one_line_hint(out.stderr, "bench")


@pytest.mark.parametrize(
    "argv, blocked, extra",
    [
        (["eval", "--out", "unused", "-q"], "matplotlib", "bench"),
        (["ask", "问题", "--answerer", "llm"], "gguf", "local-llm"),
        (["ask", "问题", "--answerer", "llm"], "langchain_openai", "llm-api"),
        (["chat"], "psycopg", "postgres"),
    ],
)
def test_commands_name_the_missing_extra(argv, blocked, extra, tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, blocked, None)  # find_spec and import both fail
    if extra == "local-llm":
        monkeypatch.setenv("ZONE_ASSISTANT_LLM__PROVIDER", "transformers")
    if extra == "postgres":
        url = "postgresql+psycopg://user@127.0.0.1/answers"
        monkeypatch.setenv("ZONE_ASSISTANT_SERVER__DATABASE_URL", url)
    assert cli.main([*argv, "--index", str(tmp_path / "index")]) == 2
    _one_line_hint(capsys.readouterr().err, extra)


def test_an_import_error_deep_in_a_command_is_mapped_to_its_extra():
    try:
        import langchain_chroma_missing_for_test  # noqa: F401
    except ModuleNotFoundError as exc:
        assert extra_for(exc) is None
    exc = ModuleNotFoundError("No module named 'transformers.models'", name="transformers.models")
    hint = extra_for(exc)
    assert isinstance(hint, MissingExtra) and hint.extra == "local-llm"
    assert set(MODULE_EXTRAS.values()) == {"local-llm", "llm-api", "postgres", "bench"}


def test_cli_ask_goes_through_the_service_and_logs_only_with_log(seed_index, tmp_path, capsys):
    idx = tmp_path / "index"
    shutil.copytree(seed_index.dir, idx)
    db = idx / "assistant.db"
    assert cli.main(["ask", "示范区总规划面积多大？", "--index", str(idx), "--json"]) == 0
    assert "600平方公里" in json.loads(capsys.readouterr().out)["answer"]
    assert not db.exists(), "an answer was logged (or a database opened) without --log"
    assert cli.main(["ask", "示范区总规划面积多大？", "--index", str(idx), "--log"]) == 0
    logged = Records(f"sqlite:///{db}").list_answers()
    assert [(r["channel"], r["question"]) for r in logged] == [("cli", "示范区总规划面积多大？")]


def test_cli_chat_prompts_until_an_empty_line(seed_index, tmp_path, capsys, monkeypatch):
    idx = tmp_path / "index"
    shutil.copytree(seed_index.dir, idx)
    monkeypatch.setattr("sys.stdin", io.StringIO("示范区总规划面积多大？\n\n"))
    assert cli.main(["chat", "--index", str(idx)]) == 0
    out = capsys.readouterr().out
    assert out.count(msg("cli_chat_prompt")) == 2 and "600平方公里" in out


def test_cli_ask_without_an_index_says_how_to_make_one(tmp_path, capsys):
    assert cli.main(["ask", "问题", "--index", str(tmp_path / "none")]) == 2
    err = capsys.readouterr().err
    assert "zone-assistant ingest" in err and len(err.strip().splitlines()) == 1

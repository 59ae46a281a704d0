"""The chain's steps run as a LangChain pipeline when a caller watches the run (its
callbacks see each named step), and as plain calls otherwise; both give the same answer.
Real index of the shipped corpus, real models."""

from __future__ import annotations

from typing import Any

import pytest
from langchain_core.callbacks import BaseCallbackHandler

from assistant.answering.chain import build_chain
from assistant.answering.models import Answer


class StepRecorder(BaseCallbackHandler):
    """Records the name of every run that starts."""

    def __init__(self) -> None:
        self.names: list[str] = []

    def on_chain_start(self, serialized: Any, inputs: Any, **kwargs: Any) -> None:
        self.names.append(kwargs.get("name") or (serialized or {}).get("name", ""))


def _same(a: Answer, b: Answer) -> bool:
    return a.model_dump(exclude={"timings_ms"}) == b.model_dump(exclude={"timings_ms"})


@pytest.fixture(scope="module")
def chain(seed_index):
    return build_chain(seed_index.settings, index=seed_index, warm=False)


@pytest.mark.parametrize("question", ["示范区的总规划面积有多大？", "示范区里有几家医院？"])
def test_watched_and_plain_runs_agree(chain, question):
    recorder = StepRecorder()
    watched = chain.invoke(question, config={"callbacks": [recorder]})
    plain = chain.invoke(question)
    assert [n for n in recorder.names if n in ("rewrite", "retrieve", "answer")] == [
        "rewrite",
        "retrieve",
        "answer",
    ]
    assert _same(watched, plain)
    assert set(plain.timings_ms) == {"retrieve", "answer", "total"}

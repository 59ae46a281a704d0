"""The OpenAI-compatible endpoint through the clients people use: the official
``openai`` SDK and LangChain's ``ChatOpenAI``, plain and streaming, citations read
back. In-process: each client is given the app's TestClient as its HTTP client."""

from __future__ import annotations

import json
import shutil

import openai
import pytest
from fastapi.testclient import TestClient
from langchain_openai import ChatOpenAI

from assistant.api import create_app
from assistant.service import AssistantService
from assistant.settings import ServerSettings
from tests.conftest import make_settings

QUESTION = "示范区要打造哪两个标志性产业集群？"
ANSWER = "合成生物、电子信息"


@pytest.fixture(scope="module")
def http(seed_index, tmp_path_factory):
    index = tmp_path_factory.mktemp("oai") / "index"
    shutil.copytree(seed_index.dir, index)
    settings = make_settings(index, server=ServerSettings(rate_limit_per_minute=0))
    return TestClient(create_app(settings, AssistantService(settings), with_ui=False))


@pytest.fixture(scope="module")
def client(http):
    return openai.OpenAI(base_url="http://testserver/v1", api_key="unused", http_client=http)


def chat_model(http, **kwargs) -> ChatOpenAI:
    return ChatOpenAI(
        model="zone-assistant",
        base_url="http://testserver/v1",
        api_key="unused",
        http_client=http,
        include_response_headers=True,
        **kwargs,
    )


def test_openai_sdk_plain(client):
    done = client.chat.completions.create(
        model="zone-assistant", messages=[{"role": "user", "content": QUESTION}]
    )
    assert ANSWER in done.choices[0].message.content
    assert done.model == "zone-assistant"
    assert done.usage.completion_tokens > 0 and done.usage.prompt_tokens == 17
    cites = done.model_extra["citations"]
    assert cites[0]["quote"] in done.choices[0].message.content


def test_openai_sdk_streaming_with_usage(client):
    stream = client.chat.completions.create(
        model="zone-assistant",
        messages=[{"role": "user", "content": QUESTION}],
        stream=True,
        stream_options={"include_usage": True},
    )
    text, citations, usage = "", None, None
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            text += chunk.choices[0].delta.content
        citations = chunk.model_extra.get("citations") or citations
        usage = chunk.usage or usage
    assert ANSWER in text and citations and citations[0]["quote"] in text
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens


def test_openai_sdk_error_shape(client):
    with pytest.raises(openai.BadRequestError) as err:
        client.chat.completions.create(
            model="zone-assistant", messages=[{"role": "user", "content": QUESTION}], n=2
        )
    assert err.value.code == "unsupported_value" and "n" in err.value.message
    with pytest.raises(openai.NotFoundError) as missing:
        client.chat.completions.create(
            model="gpt-4o", messages=[{"role": "user", "content": QUESTION}]
        )
    assert missing.value.code == "model_not_found"


def test_langchain_chat_openai_plain(http):
    message = chat_model(http).invoke(QUESTION)
    assert ANSWER in message.content
    assert message.usage_metadata["output_tokens"] > 0
    assert message.response_metadata["model_name"] == "zone-assistant"
    cites = json.loads(message.response_metadata["headers"]["x-citations"])
    assert cites[0]["quote"] in message.content and cites[0]["doc_id"]


def test_langchain_chat_openai_streaming(http):
    chunks = list(chat_model(http, stream_usage=True).stream(QUESTION))
    whole = chunks[0]
    for c in chunks[1:]:
        whole += c
    assert ANSWER in whole.content and len(chunks) > 3
    assert whole.usage_metadata["total_tokens"] > 0
    cites = json.loads(whole.response_metadata["headers"]["x-citations"])
    assert cites[0]["quote"] in whole.content


def test_langchain_follow_up(http):
    from langchain_core.messages import AIMessage, HumanMessage

    llm = chat_model(http)
    first = llm.invoke(QUESTION)
    follow = llm.invoke(
        [HumanMessage(QUESTION), AIMessage(first.content), HumanMessage("那9个优势产业集群呢？")]
    )
    assert "农产品精深加工" in follow.content

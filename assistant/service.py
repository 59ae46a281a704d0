"""The running assistant behind every interface: index, chain, records, documents.

The web page, the HTTP API and the staff area all call this one object, so an
uploaded or deleted document changes the answers everywhere at once, without a
restart.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from chromadb.errors import ChromaError

from assistant.answering.chain import AnswerChain, QuestionError, build_chain
from assistant.answering.models import Answer, Question, Turn
from assistant.index import Index, IndexProblem, StoredDocument
from assistant.index.locks import IndexBusy
from assistant.ingest.loaders import KIND_BY_SUFFIX, LOADERS, LoaderError, sniff
from assistant.ingest.pipeline import Embedded, ingest
from assistant.ingest.prepare import doc_id_for, prepare_document
from assistant.messages import msg
from assistant.records import Records, storable
from assistant.settings import Settings

logger = logging.getLogger(__name__)


def _is_store_failure(exc: BaseException) -> bool:
    """Errors that mean the Chroma server (or its connection) is gone."""
    seen = exc
    while seen is not None:
        if isinstance(seen, (httpx.HTTPError, ConnectionError, ChromaError)):
            return True
        if type(seen).__module__.startswith(("chromadb", "httpx", "urllib3")):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


class ServiceError(Exception):
    """A request the service refuses; ``status`` is the HTTP status, the message is Chinese."""

    def __init__(self, status: int, message: str):
        self.status = status
        super().__init__(message)


@dataclass
class UploadResult:
    doc_id: str
    title: str
    chunks: int
    embedded: int


_UNSAFE_NAME = re.compile(r"[^\w.\-]+")
_STEM_BYTES = 150


def safe_filename(name: str) -> str:
    """A file name that cannot leave the upload folder or hide itself."""
    name = unicodedata.normalize("NFKC", Path(name.replace("\\", "/")).name)
    stem, suffix = Path(name).stem, Path(name).suffix.lower()
    stem = _UNSAFE_NAME.sub("_", stem).strip("._") or "document"
    # Bytes, not characters, bound a file name (255 on common file systems); leave room
    # for a hash suffix and the temporary prefix.
    stem = stem.encode()[:_STEM_BYTES].decode(errors="ignore") or "document"
    return f"{stem}{suffix}"


class AssistantService:
    def __init__(
        self, settings: Settings, chain: AnswerChain | None = None, *, log_answers: bool = True
    ):
        self.settings = settings
        # The CLI answers without logging (and opens no database); the web chat and the
        # API log every answer, and open the database at once so a bad URL stops them.
        self.log_answers = log_answers
        self._records = Records(settings.database()) if log_answers else None
        # Why the service started without an index, for callers that would rather stop.
        self.index_problem: IndexProblem | None = None
        self._lock = threading.RLock()
        self.chain = chain
        if chain is None:
            try:
                index = Index(settings, must_exist=True)
            except IndexProblem as exc:
                logger.warning("starting without an index: %s", exc)
                self.index_problem = exc
                index = None
            if index is not None and index.chunk_count:
                self.chain = build_chain(settings, index=index)
            self._index = index
        else:
            self._index = chain.index
        if self._index is not None:
            self._index.watch(settings.chroma_sync_s)

    @property
    def records(self) -> Records:
        if self._records is None:
            with self._lock:
                if self._records is None:
                    self._records = Records(self.settings.database())
        return self._records

    # ---------- answering ----------
    @property
    def ready(self) -> bool:
        return self.chain is not None

    def ask(self, question: Question, channel: str) -> tuple[Answer, str]:
        chain = self.chain
        if chain is None:
            raise ServiceError(503, msg("index_empty"))
        question = self._bounded(question)
        try:
            answer = chain.ask(question)
        except IndexBusy as exc:
            raise ServiceError(503, msg("index_updating")) from exc
        except QuestionError:
            raise
        except Exception as exc:
            if _is_store_failure(exc):
                logger.warning("vector store unavailable: %s", exc)
                raise ServiceError(503, msg("store_unavailable")) from exc
            raise
        if not self.log_answers:
            return answer, ""
        aid = self.records.log_answer(answer, question.history, channel)
        return answer, aid

    def _bounded(self, question: Question) -> Question:
        """Only what a follow-up rewrite needs: the latest turns, each cut short. Work per
        question then stays bounded whatever history an interface lets through."""
        lim = self.settings.limits
        history = [
            Turn(role=t.role, content=storable(t.content[: lim.rewrite_turn_chars]))
            for t in question.history[-lim.rewrite_turns :]
        ]
        # A lone surrogate (a JSON "\\ud800" escape) cannot be encoded into any answer.
        return question.model_copy(
            update={"question": storable(question.question), "history": history}
        )

    # ---------- documents ----------
    @property
    def index(self) -> Index:
        with self._lock:
            if self._index is None:
                self._index = Index(self.settings)
                self._index.watch(self.settings.chroma_sync_s)
            return self._index

    def documents(self) -> list[dict[str, Any]]:
        """Every document with its metadata: doc_id, title, issuer, date, doc_number, region,
        kind, valid_until, effective_from (None when unknown), source, chunks, added, updated."""
        if self._index is None:
            return []
        return [
            {"doc_id": d.doc_id}
            | d.meta()
            | {
                "chunks": len(d.chunks),
                "added": d.added,
                "updated": d.updated,
                "source": Path(d.source).name,
            }
            for d in sorted(self._index.documents.values(), key=lambda d: d.added)
        ]

    def example_questions(self) -> list[str]:
        """Questions the documents' metadata offers as examples ("examples" in
        <stem>.meta.json), in document order: they follow the corpus as it changes."""
        if self._index is None:
            return []
        found: list[str] = []
        for d in sorted(self._index.documents.values(), key=lambda d: d.added):
            listed = (d.metadata or {}).get("examples") or []
            found += [q for q in listed if isinstance(q, str)]
        return found

    def _refresh_chain(self) -> None:
        index = self.index
        if index.chunk_count == 0:
            self.chain = None
        elif self.chain is None:
            self.chain = build_chain(self.settings, index=index, warm=False)

    def upload(
        self,
        filename: str,
        data: bytes,
        replace: bool = False,
        actor: str = "staff",
        embedded: Embedded | None = None,
    ) -> UploadResult:
        """Add a document. An id that exists is refused (409) unless ``replace``; a
        replacement is logged with ``actor`` and the time. ``embedded`` hears
        (chunks embedded, chunks to embed) while the document is embedded."""
        name = safe_filename(filename or "")
        suffix = Path(name).suffix
        if suffix not in LOADERS:
            raise ServiceError(
                415, msg("upload_unsupported", name=filename, types="、".join(sorted(LOADERS)))
            )
        limit = int(self.settings.server.max_upload_mb * 1024 * 1024)
        if len(data) > limit:
            raise ServiceError(
                413, msg("upload_too_large", name=filename, mb=self.settings.server.max_upload_mb)
            )
        if not data.strip():
            raise ServiceError(400, msg("upload_empty", name=filename))
        # Judge the file by its content, not its name.
        kind = sniff(data)
        if kind is None or kind not in KIND_BY_SUFFIX[suffix]:
            raise ServiceError(415, msg("upload_mismatch", name=filename))
        folder = self.settings.upload_dir()
        folder.mkdir(parents=True, exist_ok=True)
        with self._lock:
            # A short fixed name: the user's name may be as long as the file system allows.
            tmp = folder / f".incoming-{uuid.uuid4().hex}{suffix}"
            try:
                tmp.write_bytes(data)
                # Read it before it joins the library: a bad file changes nothing.
                try:
                    prepared = prepare_document(
                        tmp, self.settings.chunking.size, self.settings.chunking.overlap
                    )
                except LoaderError as exc:
                    raise ServiceError(
                        422, msg("upload_unreadable", name=filename, reason=exc.reason)
                    ) from exc
                target, doc_id = self._place(folder / name, prepared.metadata, data)
                existing = self.index.document(doc_id)
                if existing is not None and not replace:
                    raise ServiceError(
                        409, msg("upload_exists", doc_id=doc_id, title=existing.title)
                    )
                tmp.replace(target)
            finally:
                tmp.unlink(missing_ok=True)
            report = ingest(self.index, [target], embedded=embedded)
            if report.errors:
                target.unlink(missing_ok=True)
                raise ServiceError(
                    422, msg("upload_unreadable", name=filename, reason=report.errors[0]["error"])
                )
            if existing is not None:
                old = self._uploaded(existing)
                if old is not None and old != target:
                    old.unlink(missing_ok=True)
                logger.warning(
                    "document %s (%s) replaced by %s at %s with %s",
                    doc_id,
                    existing.title,
                    actor,
                    datetime.now(UTC).isoformat(timespec="seconds"),
                    target.name,
                )
            self._refresh_chain()
            doc = self.index.document(doc_id)
        return UploadResult(doc.doc_id, doc.title, len(doc.chunks), report.embedded)

    def _place(self, target: Path, metadata: dict[str, Any], data: bytes) -> tuple[Path, str]:
        """Where an upload goes and the id it gets. When the sanitised name is taken by a
        file of another document, a short content hash keeps the two apart."""
        doc_id = doc_id_for(target, metadata)
        if target.exists():
            owner = next(
                (d for d in self.index.documents.values() if self._uploaded(d) == target), None
            )
            if owner is not None and owner.doc_id != doc_id:
                digest = hashlib.sha1(data).hexdigest()[:8]
                target = target.with_name(f"{target.stem}-{digest}{target.suffix}")
                doc_id = doc_id_for(target, metadata)
        return target, doc_id

    def _uploaded(self, doc: StoredDocument) -> Path | None:
        """The uploaded file a document was read from, or None if it was not uploaded."""
        folder = self.settings.upload_dir()
        if doc.folder == folder.resolve().name:
            return folder / doc.source
        source = Path(doc.source)  # a record from before relative paths: absolute
        if source.is_absolute() and source.is_relative_to(folder.resolve()):
            return folder / source.relative_to(folder.resolve())
        return None

    def delete(self, doc_id: str) -> int:
        with self._lock:
            doc = self.index.document(doc_id)
            if doc is None:
                raise ServiceError(404, msg("document_missing", doc_id=doc_id))
            with self.index.writing():
                removed = self.index.drop_document(doc_id)
                self.index.refresh_keyword_index()
            uploaded = self._uploaded(doc)
            if uploaded is not None:
                uploaded.unlink(missing_ok=True)
            self._refresh_chain()
        return removed

    def reindex(self) -> dict[str, Any]:
        with self._lock:
            paths = [
                p for p in (self.settings.corpus_dir, self.settings.upload_dir()) if p.exists()
            ]
            report = ingest(self.index, paths)
            self._refresh_chain()
        return report.summary()

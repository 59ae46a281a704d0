"""File loaders: each turns one file into document parts and metadata.

Plain text and Markdown give one raw part the cleaner rejoins; HTML, DOCX and PDF
give headings, paragraphs, list items and tables in reading order (see
:mod:`assistant.ingest.document`). Metadata written by a person may sit beside a
document as ``<stem>.meta.json``; it wins over what the loader finds in the file.
"""

from __future__ import annotations

import io
import json
import logging
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from assistant.ingest.document import LoadedDocument, LoaderError, Part
from assistant.ingest.docx_loader import check_zip, load_docx
from assistant.ingest.html_loader import load_html, read_text_file
from assistant.ingest.pdf_loader import load_pdf

logger = logging.getLogger(__name__)

META_SUFFIX = ".meta.json"

# Markdown's inline marks are markup, not words: the text a reader sees is what is
# indexed and quoted. Images and links keep their text, strong emphasis and code spans
# their content. Underscores are left alone (forms use runs of them as blanks), and so
# is a single asterisk, which Chinese documents use as a note mark.
_MARKDOWN_INLINE = (
    (re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)"), r"\1"),
    (re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)"), r"\1"),
    (re.compile(r"\*\*(?=\S)([^\n]+?)(?<=\S)\*\*"), r"\1"),
    (re.compile(r"`([^`\n]+)`"), r"\1"),
)


def strip_markdown_inline(text: str) -> str:
    for pattern, keep in _MARKDOWN_INLINE:
        text = pattern.sub(keep, text)
    return text


def load_txt(path: Path) -> LoadedDocument:
    return LoadedDocument(path, [Part("raw", read_text_file(path))])


def load_markdown(path: Path) -> LoadedDocument:
    text = read_text_file(path)
    meta: dict[str, Any] = {}
    # A YAML front matter block carries metadata, not body text.
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end != -1:
            try:
                front = yaml.safe_load(text[4:end]) or {}
            except yaml.YAMLError as exc:
                raise LoaderError(path, f"bad front matter: {exc}") from exc
            if isinstance(front, dict):
                meta.update({str(k): v for k, v in front.items()})
            text = text[end + 4 :]
    return LoadedDocument(path, [Part("raw", strip_markdown_inline(text))], meta, written=set(meta))


def sniff(data: bytes) -> str | None:
    """What the bytes are, whatever the file is called: pdf, docx, html, text or None."""

    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                names = set(z.namelist())
        except zipfile.BadZipFile:
            return None
        return "docx" if "word/document.xml" in names else None
    if b"\x00" in data[:8192]:
        return None
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        return None
    # Mostly control characters is binary junk that happens to decode.
    sample = text[:4096]
    if sample and sum(ch < " " and ch not in "\r\n\t\f" for ch in sample) > len(sample) * 0.01:
        return None
    head = sample.lstrip().lower()
    if head.startswith(("<!doctype html", "<html")) or "<body" in head[:2000]:
        return "html"
    return "text"


KIND_BY_SUFFIX = {
    ".pdf": {"pdf"},
    ".docx": {"docx"},
    ".html": {"html", "text"},
    ".htm": {"html", "text"},
    ".txt": {"text", "html"},
    ".md": {"text", "html"},
    ".markdown": {"text", "html"},
}


LOADERS: dict[str, Callable[[Path], LoadedDocument]] = {
    ".txt": load_txt,
    ".md": load_markdown,
    ".markdown": load_markdown,
    ".html": load_html,
    ".htm": load_html,
    ".pdf": load_pdf,
    ".docx": load_docx,
}

SUPPORTED_SUFFIXES = tuple(sorted(LOADERS))


def read_sidecar(path: Path) -> dict[str, Any]:
    meta_path = path.with_name(path.stem + META_SUFFIX)
    if not meta_path.is_file():
        return {}
    try:
        data = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise LoaderError(meta_path, f"bad metadata file ({exc})") from exc
    if not isinstance(data, dict):
        raise LoaderError(meta_path, "metadata file must hold a JSON object")
    return data


def load_file(path: Path) -> LoadedDocument:
    """Load one supported file; raise LoaderError naming it on any failure."""
    path = Path(path)
    loader = LOADERS.get(path.suffix.lower())
    if loader is None:
        raise LoaderError(
            path,
            f"unsupported file type '{path.suffix}' (supported: {', '.join(SUPPORTED_SUFFIXES)})",
        )
    try:
        loaded = loader(path)
    except LoaderError:
        raise
    except Exception as exc:
        raise LoaderError(path, f"could not be read ({type(exc).__name__}: {exc})") from exc
    sidecar = read_sidecar(path)
    loaded.metadata.update(sidecar)
    loaded.written |= set(sidecar)
    return loaded


# A README inside a document folder describes the folder (sources, licences); it is not
# one of the documents. Named explicitly, it is ingested like any other file.
FOLDER_NOTES = frozenset({"readme"})


def discover(paths: list[Path], exclude: list[Path] = ()) -> list[Path]:
    """Files under the given paths, sorted; metadata sidecars, hidden files, folder
    READMEs and the ``exclude`` folders (the index itself) skipped.

    Unsupported files are kept so that ingestion reports each one by name.
    """
    skip = [Path(e).resolve() for e in exclude]
    found: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if any(part.startswith(".") for part in f.relative_to(p).parts):
                    continue
                if any(f.resolve().is_relative_to(x) for x in skip):
                    continue
                if f.stem.lower() in FOLDER_NOTES:
                    continue
                if f.is_file() and not f.name.endswith(META_SUFFIX):
                    found.append(f)
        else:
            found.append(p)
    return found


__all__ = [
    "KIND_BY_SUFFIX",
    "LOADERS",
    "SUPPORTED_SUFFIXES",
    "LoadedDocument",
    "LoaderError",
    "check_zip",
    "discover",
    "load_file",
    "sniff",
]

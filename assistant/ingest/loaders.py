"""File loaders: each turns one file into raw text and metadata.

The raw text uses a small common form that the cleaner understands: Markdown
``#`` headings on their own lines, blank lines between blocks. Metadata written
by a person may sit beside a document as ``<stem>.meta.json``; it wins over what
the loader finds in the file.
"""

from __future__ import annotations

import io
import json
import logging
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import docx
import yaml
from bs4 import BeautifulSoup
from docx.opc.exceptions import PackageNotFoundError
from pypdf import PdfReader
from pypdf.errors import PdfReadError

logger = logging.getLogger(__name__)

META_SUFFIX = ".meta.json"


class LoaderError(Exception):
    """A file could not be read as a document; the message names the file."""

    def __init__(self, path: Path | str, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")


@dataclass
class LoadedDocument:
    path: Path
    raw_text: str
    metadata: dict[str, Any] = field(default_factory=dict)


def _read_text_file(path: Path) -> str:
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise LoaderError(path, "binary content in a text file")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise LoaderError(path, "not valid UTF-8 or GB18030 text")


def load_txt(path: Path) -> LoadedDocument:
    return LoadedDocument(path, _read_text_file(path))


def load_markdown(path: Path) -> LoadedDocument:
    text = _read_text_file(path)
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
    return LoadedDocument(path, text, meta)


_HTML_BLOCKS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "td", "th")


def load_html(path: Path) -> LoadedDocument:

    soup = BeautifulSoup(_read_text_file(path), "lxml")
    for tag in soup(["script", "style", "noscript", "template", "nav", "footer"]):
        tag.decompose()
    meta: dict[str, Any] = {}
    if soup.title and soup.title.get_text(strip=True):
        meta["title"] = soup.title.get_text(strip=True)
    blocks: list[str] = []
    body = soup.body or soup
    for el in body.find_all(_HTML_BLOCKS):
        # Only leaf blocks, so a <li> holding a <p> is not read twice.
        if el.find(_HTML_BLOCKS):
            continue
        text = " ".join(el.get_text(" ", strip=True).split())
        if not text:
            continue
        if el.name[0] == "h" and el.name[1:].isdigit():
            blocks.append("#" * int(el.name[1:]) + " " + text)
        else:
            blocks.append(text)
    if not blocks:
        text = body.get_text("\n", strip=True)
        blocks = [text] if text else []
    return LoadedDocument(path, "\n\n".join(blocks), meta)


def load_pdf(path: Path) -> LoadedDocument:

    try:
        reader = PdfReader(str(path))
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise LoaderError(path, f"unreadable PDF ({exc})") from exc
    meta: dict[str, Any] = {"pages": len(pages)}
    if info is not None and info.title:
        meta["title"] = str(info.title)
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text:
        raise LoaderError(path, "PDF has no text layer (scanned images need OCR first)")
    return LoadedDocument(path, text, meta)


# A DOCX is a zip: refuse archives that would inflate far beyond any real document.
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
MAX_ZIP_RATIO = 200
MAX_ZIP_ENTRIES = 5000


def check_zip(path_or_file, name: str) -> None:

    try:
        with zipfile.ZipFile(path_or_file) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise LoaderError(name, f"unreadable DOCX ({exc})") from exc
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    if len(infos) > MAX_ZIP_ENTRIES or total > MAX_UNZIPPED_BYTES or total / packed > MAX_ZIP_RATIO:
        raise LoaderError(name, "DOCX expands to an implausible size (possible zip bomb)")


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


def load_docx(path: Path) -> LoadedDocument:

    check_zip(path, str(path))
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise LoaderError(path, f"unreadable DOCX ({exc})") from exc
    blocks: list[str] = []
    for para in document.paragraphs:
        text = para.text.strip()
        if not text:
            continue
        style = (para.style.name if para.style is not None else "") or ""
        level = 0
        if style == "Title":
            level = 1
        elif style.startswith("Heading"):
            digits = style.removeprefix("Heading").strip()
            level = int(digits) if digits.isdigit() else 2
        blocks.append(("#" * level + " " + text) if level else text)
    for table in document.tables:
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells if c.text.strip()]
            if cells:
                blocks.append(" | ".join(cells))
    meta: dict[str, Any] = {}
    title = document.core_properties.title
    if title:
        meta["title"] = title
    return LoadedDocument(path, "\n\n".join(blocks), meta)


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
    loaded.metadata.update(read_sidecar(path))
    return loaded


def discover(paths: list[Path], exclude: list[Path] = ()) -> list[Path]:
    """Files under the given paths, sorted; metadata sidecars, hidden files and the
    ``exclude`` folders (the index itself) skipped.

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
                if f.is_file() and not f.name.endswith(META_SUFFIX):
                    found.append(f)
        else:
            found.append(p)
    return found

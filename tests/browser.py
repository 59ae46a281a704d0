"""Shared helpers for the browser tests: Debian's chromium driven by Playwright."""

from __future__ import annotations

import re
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.server import running_server

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
SCREENSHOTS = ROOT / "reports" / "screenshots"
DESKTOP = {"width": 1366, "height": 768}
PHONE = {"width": 390, "height": 844}

# Names of file formats are not English text; everything else in Latin letters is.
ALLOWED_LATIN = {"pdf", "docx", "txt", "md", "html", "htm"}
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")

# Every visible text node, and the title / aria-label / placeholder of every element
# (what a screen reader or a tooltip shows), except document ids and quotes, which
# are data.
_WALK = """() => {
  const out = [];
  // Quotes, document ids and the cells of the staff tables are data, not the page's words.
  const data = el => el.closest('.za-where, .za-quote, .za-plain') ||
    (el.closest('#za-docs, #za-answers') && !el.closest('th'));
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let n;
  while ((n = w.nextNode())) {
    if (n.nodeType === 3) {
      const el = n.parentElement;
      if (!el || data(el) || !el.checkVisibility()) continue;
      const t = n.textContent.trim();
      if (t) out.push(['text', t]);
    } else {
      if (['SCRIPT', 'STYLE', 'svg'].includes(n.tagName) || data(n)) continue;
      for (const a of ['title', 'aria-label', 'placeholder', 'alt']) {
        const v = n.getAttribute(a);
        if (v) out.push([a, v]);
      }
    }
  }
  return out;
}"""


def english_strings(page, data: set[str] = frozenset()) -> list[str]:
    """What the page shows (or reads out) that contains English words; ``data`` are
    whole strings that are data, such as document ids."""
    found = []
    for where, text in page.evaluate(_WALK):
        if text in data:
            continue
        words = [w for w in _LATIN_WORD.findall(text) if w.lower() not in ALLOWED_LATIN]
        if words:
            found.append(f"{where}: {text[:120]}")
    return found


TOKEN = "browser-test-token"


@contextmanager
def server_on_copy(index_dir: Path, folder: Path) -> Iterator[str]:
    """A server with the staff area open (``TOKEN``) on a copy of an index, so that the
    tests may rate, upload and delete."""
    dest = folder / "index"
    shutil.copytree(index_dir, dest)
    env = {"ZONE_ASSISTANT_ADMIN_TOKEN": TOKEN, "ZONE_ASSISTANT_SERVER__RATE_LIMIT_PER_MINUTE": "0"}
    with running_server(dest, env) as base:
        yield base


def launch(playwright):
    assert Path(CHROMIUM).exists(), "chromium is missing: scripts/test.sh installs it with apt-get"
    return playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)


@pytest.fixture(scope="module", name="browser")
def browser_fixture(server):
    """One chromium per test module, started once the module's ``server`` runs."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = launch(p)
        yield b
        b.close()


def finals(page) -> int:
    return page.locator("#za-chat .za-final").count()


def wait_for_answer(page, before: int) -> float:
    started = time.monotonic()
    page.wait_for_function(
        "n => document.querySelectorAll('#za-chat .za-final').length > n",
        arg=before,
        timeout=90000,
    )
    return time.monotonic() - started


def ask(page, question: str) -> float:
    before = finals(page)
    page.fill("#za-input textarea", question)
    page.press("#za-input textarea", "Enter")
    return wait_for_answer(page, before)


def screenshot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / name
    page.screenshot(path=str(path), full_page=True)
    return path

"""`explainer generate --out`: write-if-changed, atomic, manifest-limited deletion, never
touching what we did not write; `--watch` regenerates on every change."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from support import CliRun, environ

from bench import kill
from generator.write import folder as write
from generator.write.folder import MANIFEST, STAGING, write_pages

ARTICLE = "---\ntitle: {title}\ndate: 2024-10-23\n---\nSome text.\n"


def files(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_only_changed_files_are_written(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert write_pages(out, [("a.md", "A\n"), ("b/c.md", "C\n")]).summary() == (
        "2 written, 0 unchanged, 0 removed, 0 kept"
    )
    os.utime(out / "a.md", ns=(1, 1))
    report = write_pages(out, [("a.md", "A\n"), ("b/c.md", "C2\n")])
    assert (report.written, report.unchanged) == (["b/c.md"], ["a.md"])
    assert (out / "a.md").stat().st_mtime_ns == 1  # untouched, not even rewritten
    # the manifest now records the new page's bytes only (not the old ones as well)
    assert write.read_manifest(out) == {
        "a.md": {write.digest(b"A\n")},
        "b/c.md": {write.digest(b"C2\n")},
    }
    os.utime(out / MANIFEST, ns=(2, 2))
    assert write_pages(out, [("a.md", "A\n"), ("b/c.md", "C2\n")]).written == []
    assert (out / MANIFEST).stat().st_mtime_ns == 2  # nothing changed: not rewritten either
    assert not [p for p in out.rglob("*.tmp")]


def test_hand_written_files_and_user_edits_survive(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "about.md").write_text("My own page\n")
    (out / "taken.md").write_text("Mine too\n")
    write_pages(out, [("gone.md", "G\n"), ("edited.md", "E\n"), ("edited-gone.md", "X\n")])
    (out / "edited.md").write_text("E, improved by hand\n")
    (out / "edited-gone.md").write_text("X, improved by hand\n")
    report = write_pages(out, [("edited.md", "E2\n"), ("taken.md", "T\n")])
    assert report.kept == [
        "edited.md: edited by hand since it was generated; not overwritten",
        "taken.md: exists and was not written by explainer; not overwritten",
        "edited-gone.md: no longer generated but edited by hand; not deleted",
    ]
    assert report.removed == ["gone.md"]
    assert files(out) == {
        MANIFEST: (out / MANIFEST).read_bytes(),
        "about.md": b"My own page\n",
        "taken.md": b"Mine too\n",
        "edited.md": b"E, improved by hand\n",
        "edited-gone.md": b"X, improved by hand\n",
    }


def test_paths_stay_inside_the_output_folder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    out.mkdir()
    (out / "linked").symlink_to(outside)
    report = write_pages(out, [("../escape.md", "x"), ("linked/in.md", "y"), ("ok.md", "z")])
    assert report.written == ["ok.md"]
    assert [line.split(":")[0] for line in report.kept] == ["../escape.md", "linked/in.md"]
    assert list(outside.iterdir()) == []
    assert not (tmp_path / "escape.md").exists()


def test_a_kill_mid_run_leaves_old_or_new_pages_and_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    old = [(f"p{i}.md", f"old {i}\n") for i in range(6)]
    new = [(f"p{i}.md", f"new {i}\n") for i in range(6)] + [("added.md", "added\n")]
    write_pages(out, old)
    real_replace = os.replace
    calls = 0

    def dying_replace(src: str, dst: str) -> None:
        nonlocal calls
        calls += 1
        if calls == 4:  # the manifest (intent), two pages, then the kill
            raise KeyboardInterrupt
        real_replace(src, dst)

    monkeypatch.setattr(write.os, "replace", dying_replace)
    with pytest.raises(KeyboardInterrupt):
        write_pages(out, new)
    monkeypatch.setattr(write.os, "replace", real_replace)
    for name, content in files(out).items():
        if name != MANIFEST:
            i = name[1:-3]
            assert content in (f"old {i}\n".encode(), f"new {i}\n".encode())
    assert sum(c.startswith(b"new") for c in files(out).values()) == 2
    # a killed process cannot clean up: leave staged files as SIGKILL would, and a
    # temporary file beside a page as versions before the staging folder did
    staging = tmp_path / f".out{STAGING}"
    staging.mkdir()
    (staging / ".p5.md.abcd1234.tmp").write_text("half")
    (out / ".p4.md.abcd1234.tmp").write_text("half")
    report = write_pages(out, new)
    assert report.kept == []
    assert files(out) == {
        MANIFEST: (out / MANIFEST).read_bytes(),
        **{p: t.encode() for p, t in new},
    }
    assert json.loads((out / MANIFEST).read_text())["files"].keys() == {p for p, _ in new}
    assert not staging.exists()


def test_the_output_folder_is_untouched_until_every_page_is_staged(tmp_path: Path) -> None:
    """Issue 11: pages are rendered and staged beside the output folder, which changes only
    in the final burst, so a watcher of it (mkdocs serve) never sees a half-written folder."""
    out = tmp_path / "out"
    write_pages(out, [("a.md", "A\n"), ("gone.md", "G\n")])
    before = {p: (p.stat().st_mtime_ns, p.stat().st_ino) for p in out.rglob("*")}

    def pages() -> Iterator[tuple[str, str]]:
        for rel, text in [("a.md", "A2\n"), ("new/b.md", "B\n"), ("c.md", "C\n")]:
            now = {p: (p.stat().st_mtime_ns, p.stat().st_ino) for p in out.rglob("*")}
            assert now == before, "the output folder changed before every page was staged"
            yield rel, text

    report = write_pages(out, pages())
    assert (report.written, report.removed) == (["a.md", "new/b.md", "c.md"], ["gone.md"])
    assert files(out).keys() == {MANIFEST, "a.md", "new/b.md", "c.md"}
    assert not (tmp_path / f".out{STAGING}").exists() and not (out / STAGING).exists()


def test_generate_strict_with_errors_writes_nothing(
    make_project: Callable[[dict[str, str]], Path], cli: Callable[..., CliRun], tmp_path: Path
) -> None:
    seeds = make_project({"a.md": ARTICLE.format(title="A")})
    out = tmp_path / "out"
    assert cli("generate", "--sources", seeds, "--out", out, "--strict").code == 0
    before = files(out)
    (seeds / "a.md").write_text(ARTICLE.format(title="A2").replace("2024-10-23", "2024-13-01"))
    run = cli("generate", "--sources", seeds, "--out", out, "--strict")
    assert run.code == 1
    assert run.err.splitlines()[-1] == f"explainer: {out}: --strict: nothing written"
    assert files(out) == before
    run = cli("generate", "--sources", seeds, "--out", out)  # without --strict: the rest
    assert run.code == 1 and "# A2" in (out / "explainers/a.md").read_text()


@pytest.mark.slow
def test_sigkill_during_generate_leaves_no_temporary_and_no_torn_page(tmp_path: Path) -> None:
    """Issue 11's kill test, small enough for the suite (the full 20 kills of 300 documents:
    `python bench/kill.py`): SIGKILLs at random moments and inside the burst of renames."""
    results, _, failures = kill.run(documents=40, kills=6, seed=3, workdir=tmp_path)
    assert failures == []
    assert len(results) == 6


def test_generate_removes_the_pages_of_a_deleted_source(
    make_project: Callable[[dict[str, str]], Path], cli: Callable[..., CliRun], tmp_path: Path
) -> None:
    seeds = make_project({"a.md": ARTICLE.format(title="A"), "b.md": ARTICLE.format(title="B")})
    out = tmp_path / "out"
    (tmp_path / "out").mkdir()
    (out / "guide.md").write_text("Hand-written\n")
    first = cli("generate", "--sources", seeds, "--out", out, "--cache", tmp_path / "c")
    assert first.code == 0
    assert (out / "explainers/b.md").is_file() and (out / "feed.xml").is_file()
    (seeds / "b.md").unlink()
    second = cli("generate", "--sources", seeds, "--out", out, "--cache", tmp_path / "c")
    assert (
        second.err.splitlines()[-1]
        == f"explainer: {out}: 6 written, 4 unchanged, 1 removed, 0 kept"
    )
    assert not (out / "explainers/b.md").exists()
    assert (out / "guide.md").read_text() == "Hand-written\n"


def _ctrl_c() -> None:
    """Ctrl-C as a terminal gives it, in the child, even when the suite itself runs in the
    background of a shell (which starts it with SIGINT ignored, an ignoring the child would
    inherit: then the watcher never stops and the test waits out its timeout)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_generate_watch_regenerates_on_every_change(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.md").write_text(ARTICLE.format(title="First title"))
    out = tmp_path / "out"
    command = [sys.executable, "-m", "generator", "generate", "--sources", str(seeds)]
    command += ["--out", str(out), "--watch", "--cache", str(tmp_path / "c")]
    process = subprocess.Popen(
        command, env=environ(), stderr=subprocess.PIPE, text=True, preexec_fn=_ctrl_c
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(x) for x in process.stderr], daemon=True).start()  # type: ignore[union-attr]
    seen: list[str] = []

    def wait_for(text: str) -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                seen.append(lines.get(timeout=0.5))
            except queue.Empty:
                continue
            if text in seen[-1]:
                return
        pytest.fail(f"never saw {text!r}: {seen}")

    try:
        wait_for("watching")
        (seeds / "a.md").write_text(ARTICLE.format(title="Second title"))
        wait_for(f"explainer: {out}:")
        assert "# Second title" in (out / "explainers/a.md").read_text()
        assert seen[-1].strip().endswith("7 written, 3 unchanged, 0 removed, 0 kept")
    finally:
        process.send_signal(signal.SIGINT)
        code = process.wait(timeout=30)  # a regeneration under way may finish first
    assert code == 0

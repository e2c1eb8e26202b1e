"""Sphinx configuration for the newsfacts documentation (built by `make docs`)."""

from __future__ import annotations

import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

project = "newsfacts"
author = "The newsfacts developers"
copyright = "2026, The newsfacts developers"
release = "0.1.0.dev0"

extensions = [
    "myst_nb",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
]
source_suffix = {".md": "myst-nb", ".ipynb": "myst-nb", ".rst": "restructuredtext"}
exclude_patterns = ["_build", "**.ipynb_checkpoints"]
html_theme = "alabaster"
html_static_path: list[str] = []

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
nb_execution_mode = "off"  # tutorials are rendered with their committed outputs
nitpicky = False
suppress_warnings = ["myst.header", "mystnb.unknown_mime_type"]


def _copy_tutorials() -> None:
    """Render ../tutorials/*.ipynb as part of the site (copied at build time)."""
    target = HERE / "tutorials"
    if target.exists():
        shutil.rmtree(target)
    target.mkdir()
    for nb in sorted((ROOT / "tutorials").glob("*.ipynb")):
        shutil.copy2(nb, target / nb.name)


_copy_tutorials()

"""Build the tutorial notebooks from their ``py:percent`` sources and execute them.

Each ``tutorials/NN-name.py`` (cells start with ``# %%``; markdown cells with
``# %% [markdown]`` and ``# `` prefixed lines) becomes ``tutorials/NN-name.ipynb`` with its
outputs stored, so that nbval can check them in ``make test``. Run it with the project's
environment after changing a tutorial or the library: ``make tutorials``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

HERE = Path(__file__).resolve().parent


def cells_of(source: str) -> list[nbformat.NotebookNode]:
    """Split a py:percent file into notebook cells."""
    cells: list[nbformat.NotebookNode] = []
    kind, lines = None, []

    def flush() -> None:
        body = "\n".join(lines).strip("\n")
        if kind == "markdown":
            md = "\n".join(
                line[2:] if line.startswith("# ") else line.lstrip("#")
                for line in body.splitlines()
            )
            cells.append(nbformat.v4.new_markdown_cell(md))
        elif kind == "code" and body:
            cell = nbformat.v4.new_code_cell(body)
            if "NBVAL_RAISES_EXCEPTION" in body:
                cell.metadata["tags"] = ["raises-exception"]
            cells.append(cell)

    for line in source.splitlines():
        if line.startswith("# %%"):
            flush()
            kind, lines = ("markdown" if "[markdown]" in line else "code"), []
        elif kind is not None:
            lines.append(line)
    flush()
    return cells


def build(path: Path) -> Path:
    """Convert and execute one tutorial; return the notebook's path."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nb.metadata["language_info"] = {"name": "python"}
    nb.cells = cells_of(path.read_text(encoding="utf-8"))
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"{path.stem[:2]}-{i:03d}"
    NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(HERE)}}
    ).execute()
    for cell in nb.cells:
        if cell.metadata.get("tags") == ["raises-exception"]:
            del cell.metadata["tags"]  # it let the kernel run on; nbval reads the comment
        cell.metadata.pop("execution", None)  # timestamps: noise in diffs
    out = path.with_suffix(".ipynb")
    nbformat.write(nb, out)
    return out


def main(argv: list[str]) -> int:
    """Build the named tutorials, or all of them."""
    paths = [Path(a).resolve() for a in argv] or sorted(p for p in HERE.glob("[0-9][0-9]-*.py"))
    for p in paths:
        print(f"built {build(p).relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

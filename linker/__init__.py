"""Entity linking: catalog (knowledge base) -> candidates -> decisions (scispacy-style layers).

`load_catalog()` reads the shipped catalog; `Linker(catalog).link(paper)` gives the paper's
mentions and the nodes and edges that record them.
"""

from .catalog import Catalog, load_catalog
from .policy import Linker, LinkResult, linked_text

__all__ = ["Catalog", "LinkResult", "Linker", "linked_text", "load_catalog"]

"""A name the catalog lacks that the paper calls its own ("our ZorbSemi model", "our method,
which we refer to as ZORB") is the paper's model: introduced, never built on. Found on the
eleventh collection round (tests/gold/dev11), where the classifier gave two such names
`builds_on`."""

from __future__ import annotations

import pytest

from citegraph.graph.records import Role
from citegraph.linker import Linker
from tests.linking import paper


def _roles(linker: Linker, abstract: str, title: str = "A Study") -> dict[str, Role]:
    return {m.name: m.role for m in linker.link(paper(abstract, title=title)).mentions}


@pytest.mark.parametrize(
    ("abstract", "name"),
    [
        (
            "We introduce a \\textbf{Zorb}satile \\textbf{Semi}-supervised framework "
            "(ZorbSemi) to integrate various tasks into a unified model. We evaluated our "
            "ZorbSemi model on four public benchmarking datasets. Extensive experiments "
            "demonstrated that ZorbSemi can consistently outperform the second-best method.",
            "ZorbSemi",
        ),
        (
            "To show the effectiveness of our proposed method, which we refer to as ZORBCP, "
            "we conduct experiments on two datasets. Experimental results show that the ZORBCP "
            "model achieves a significant improvement, compared to the state of the art.",
            "ZORBCP",
        ),
        (
            "Our proposed ZorbNet model is trained end to end. The ZorbNet model is fast.",
            "ZorbNet",
        ),
    ],
)
def test_a_name_the_paper_calls_its_own_is_introduced(
    linker: Linker, abstract: str, name: str
) -> None:
    assert _roles(linker, abstract).get(name) == Role.INTRODUCES


def test_a_name_the_paper_does_not_call_its_own_keeps_its_role(linker: Linker) -> None:
    roles = _roles(
        linker,
        "We fine-tune the ZorbLM model on our data. The ZorbLM model was trained by others.",
    )
    assert roles.get("ZorbLM") != Role.INTRODUCES

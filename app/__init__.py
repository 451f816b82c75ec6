"""citegraph: a knowledge graph of ML papers and the models, datasets and code they mention.

Subpackages: `citegraph.graph` (record model and stores), `citegraph.loaders` (source
formats), `citegraph.queries` (named queries); `citegraph.pipeline` and `citegraph.cli` are
the composition root that wires them together.
"""

__version__ = "0.1.0"

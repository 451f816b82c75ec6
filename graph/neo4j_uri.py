"""What makes a Neo4j URI usable, checked without the Neo4j driver.

The driver is the largest import of all (with pandas installed it imports it: about half
a second), so a mistyped `--neo4j-uri` is answered before it is imported: a command that
cannot connect says so at once.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from .errors import StoreError

# The URI schemes of the Bolt protocol the driver speaks; +s verifies the server's TLS
# certificate, +ssc accepts a self-signed one.
BOLT_SCHEMES = ("neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc")
SCHEMES_HINT = "use neo4j://, neo4j+s://, bolt:// or bolt+s://"
DEFAULT_BOLT_PORT = 7687


def check_uri(uri: str) -> None:
    """A `StoreError` for a URI the driver cannot use, before anything is opened.

    Users paste the Browser's address (http://localhost:7474) or leave the scheme out
    (localhost:7687); the driver answers those with a traceback or an import error for its
    optional HTTP support, so they are caught here, with a URI that would work.
    """
    scheme, separator, rest = uri.partition("://")
    if not separator:
        scheme, rest = "", uri
    try:
        host = urlsplit(f"bolt://{rest}").hostname
    except ValueError:
        host = None
    example = f"e.g. bolt://{host or 'localhost'}:{DEFAULT_BOLT_PORT}"
    if not separator:
        problem = "the URI has no scheme"
    elif scheme.lower() in ("http", "https"):
        problem = f"{scheme}:// is a web address (the Neo4j Browser's); Neo4j speaks Bolt"
    elif scheme.lower() not in BOLT_SCHEMES:
        problem = f"{scheme}:// is not a Neo4j URI scheme"
    elif not host:
        problem = "the URI names no host"
    else:
        return
    raise StoreError(f"cannot connect to Neo4j at {uri}: {problem}; {SCHEMES_HINT} ({example})")

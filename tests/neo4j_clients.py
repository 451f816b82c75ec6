"""The two Neo4j clients users run the shipped ``queries/*.cypher`` files in, for the tests.

* **cypher-shell** (``org.neo4j:cypher-shell`` on Maven Central): its ``org.neo4j.shell.Main``
  runs as its own JVM, on its own classpath, with ``-P 'name => value'`` for each ``:param``
  line of a file's header and ``-f FILE`` for the file itself (:func:`run_cypher_shell`), or
  once for many files in one session (:func:`run_cypher_shell_session`), and prints rows in
  its ``--format plain`` (one header line of column names, then one line of Cypher-literal
  values per row), which :func:`parse_plain` reads back into Python values.
* **Neo4j Browser** (``org.neo4j.client:neo4j-browser``): a jar of static web files under
  ``browser/``. Neo4j's ``Neo4jBrowserModule`` serves those from the classpath at
  ``/browser`` on the HTTP connector, so a harness started with ``http=True`` and the jar on
  its ``extra_classpath`` is a server a user could open in a browser.

Both are resolved once by Maven from ``neo4j_clients/pom.xml`` and the classpath is cached
in ``neo4j_clients/classpath.txt`` (keyed on the POM's hash, like the harness's), so only the
first run downloads anything. No Java or Maven is a loud error, never a skip.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tests.neo4j_server import Auth, _require_tool, resolve_classpath

CLIENTS_DIR = Path(__file__).resolve().parent / "neo4j_clients"
POM = CLIENTS_DIR / "pom.xml"
CLASSPATH_CACHE = CLIENTS_DIR / "classpath.txt"
_BROWSER_JAR = re.compile(r"neo4j-browser-[^/\\]*\.jar$")

# A `:param` line of a .cypher file's header, as users paste it into the Browser.
_PARAM_LINE = re.compile(r"^//\s*:param\s+(?P<name>\w+)\s*=>\s*(?P<value>.+?)\s*$")


def _client_jars() -> list[str]:
    return resolve_classpath(
        pom=POM, cache=CLASSPATH_CACHE, what="cypher-shell and the Neo4j Browser"
    ).split(os.pathsep)


def cypher_shell_classpath() -> str:
    """cypher-shell and its dependencies, without the Browser jar (which it does not need)."""
    return os.pathsep.join(jar for jar in _client_jars() if not _BROWSER_JAR.search(jar))


def browser_jar() -> str:
    """The Neo4j Browser's jar, to put on a harness server's classpath."""
    jars = [jar for jar in _client_jars() if _BROWSER_JAR.search(jar)]
    if len(jars) != 1:
        raise RuntimeError(f"expected one neo4j-browser jar in the resolved classpath, not {jars}")
    return jars[0]


def header_params(cypher: str) -> list[tuple[str, str]]:
    """The ``:param name => value`` lines of a .cypher file's header: (name, Cypher literal)."""
    return [
        (match["name"], match["value"])
        for line in cypher.splitlines()
        if (match := _PARAM_LINE.match(line.strip()))
    ]


def run_cypher_shell(
    uri: str,
    auth: Auth,
    cypher_file: Path,
    params: Sequence[tuple[str, str]],
    *,
    timeout: float = 300.0,
) -> tuple[list[str], list[dict[str, Any]]]:
    """Run *cypher_file* in cypher-shell with ``-P 'name => value'`` per parameter.

    Returns (columns, rows). A non-zero exit (a Cypher error, a refused connection) raises
    with cypher-shell's own message, which is what a user would read.
    """
    cmd = _cypher_shell_command(uri, auth)
    for name, value in params:
        cmd += ["-P", f"{name} => {value}"]
    cmd += ["--file", str(cypher_file)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    if proc.returncode != 0:
        raise RuntimeError(
            f"cypher-shell failed on {cypher_file.name} (exit {proc.returncode}):\n"
            f"{proc.stderr.strip()}\n{proc.stdout[-2000:]}"
        )
    return parse_plain(proc.stdout)


# Said before each file's statement in a session: its one row splits the output per file.
_MARKER = "citegraph_test_file"


def run_cypher_shell_session(
    uri: str,
    auth: Auth,
    files: Sequence[tuple[Path, Sequence[tuple[str, str]]]],
    script: Path,
    *,
    timeout: float = 300.0,
) -> dict[str, tuple[list[str], list[dict[str, Any]]]]:
    """Run every (cypher_file, params) in one cypher-shell, as a user types them into one
    session: ``:params clear``, the file's ``:param name => value`` lines, then the file's
    text as it is, ended by ``;``. (columns, rows) by file name.

    One JVM instead of one per file: each start is ~0.7 s of CPU, most of what a file costs
    (2026-12-07). The parameters are cleared before each file, so a file still sees only its
    own header's, as with ``-P``. The session is written to *script* and run with ``--file``;
    a marker statement before each file (a row no query returns) splits the output.
    """
    lines = []
    for cypher_file, params in files:
        lines.append(":params clear")
        lines.append(f"RETURN {_quoted(cypher_file.name)} AS {_MARKER};")
        lines += [f":param {name} => {value}" for name, value in params]
        lines.append(cypher_file.read_text(encoding="utf-8").rstrip("\n"))
        lines.append(";")
    script.write_text("\n".join(lines) + "\n", encoding="utf-8")
    cmd = [*_cypher_shell_command(uri, auth), "--file", str(script)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    parts = re.split(rf"^{_MARKER}\n(\"[^\"\n]*\")\n", proc.stdout, flags=re.MULTILINE)
    if proc.returncode != 0:
        failed = parse_literal(parts[-2]) if len(parts) > 1 else "its first statement"
        raise RuntimeError(
            f"cypher-shell failed on {failed} (exit {proc.returncode}):\n"
            f"{proc.stderr.strip()}\n{proc.stdout[-2000:]}"
        )
    names = [parse_literal(name) for name in parts[1::2]]
    if parts[0] or names != [cypher_file.name for cypher_file, _ in files]:
        raise ValueError(f"cypher-shell's output does not split into its files: {names}")
    return {name: parse_plain(out) for name, out in zip(names, parts[2::2], strict=True)}


def _cypher_shell_command(uri: str, auth: Auth) -> list[str]:
    java = _require_tool("java", "to run cypher-shell")
    cmd = [
        java,
        # C1 only: cypher-shell runs for seconds, C2 would only compete for the two cores.
        "-XX:TieredStopAtLevel=1",
        "-cp",
        cypher_shell_classpath(),
        "org.neo4j.shell.Main",
        "--address",
        uri,
        "--format",
        "plain",
        "--non-interactive",
    ]
    if auth:
        cmd += ["--username", auth[0], "--password", auth[1]]
    return cmd


def _quoted(text: str) -> str:
    """A Cypher string literal of `text`, read back the same by :func:`parse_literal`."""
    if '"' in text or "\\" in text or "\n" in text:
        raise ValueError(f"no plain literal for {text!r}")
    return f'"{text}"'


def parse_plain(text: str) -> tuple[list[str], list[dict[str, Any]]]:
    """cypher-shell's ``--format plain`` output as (columns, rows).

    The header is the column names joined by ", "; each row is the values as Cypher
    literals joined by ", ". No rows at all prints nothing, not even the header.
    """
    if not text.strip():
        return [], []
    header, _, body = text.partition("\n")
    columns = [_unquote_name(name) for name in header.split(", ")]
    reader = _LiteralReader(body)
    rows = []
    while not reader.at_end():
        values = [reader.value()]
        while reader.take(", "):
            values.append(reader.value())
        reader.expect_row_end()
        if len(values) != len(columns):
            raise ValueError(f"row of {len(values)} values under {len(columns)} columns")
        rows.append(dict(zip(columns, values, strict=True)))
    return columns, rows


def parse_literal(text: str) -> Any:
    """One Cypher literal (a ``:param`` value such as ``"Flan-T5"``, ``false``, ``0.05``)."""
    reader = _LiteralReader(text.strip())
    value = reader.value()
    if not reader.at_end():
        raise ValueError(f"trailing text after the literal in {text!r}")
    return value


def _unquote_name(name: str) -> str:
    if len(name) >= 2 and name[0] == name[-1] == "`":
        return name[1:-1].replace("``", "`")
    return name


_NUMBER = re.compile(r"-?(?:\d+\.?\d*(?:[eE][-+]?\d+)?|Infinity|NaN)")
_KEY = re.compile(r"`(?:[^`]|``)*`|\w+")


class _LiteralReader:
    """Reads the values cypher-shell prints: strings, numbers, NULL, booleans, lists, maps.

    Strings are printed in double quotes with only ``"`` escaped (as ``\\"``); a backslash
    is printed as is, and a newline inside a string is a raw newline, which is why rows are
    not split on lines first. Single-quoted strings are read the same way, for ``:param``s.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def at_end(self) -> bool:
        return self.pos >= len(self.text) or not self.text[self.pos :].strip()

    def take(self, token: str) -> bool:
        if self.text.startswith(token, self.pos):
            self.pos += len(token)
            return True
        return False

    def expect_row_end(self) -> None:
        if not (self.take("\n") or self.at_end()):
            rest = self.text[self.pos : self.pos + 40]
            raise ValueError(f"unexpected text at {self.pos}: {rest!r}")

    def value(self) -> Any:
        text, pos = self.text, self.pos
        if pos >= len(text):
            raise ValueError("a value was expected at the end of the output")
        char = text[pos]
        if char in "\"'":
            return self._string(char)
        if char == "[":
            self.pos += 1
            items: list[Any] = []
            if not self.take("]"):
                items.append(self._spaced_value())
                while self.take(","):
                    items.append(self._spaced_value())
                if not self.take("]"):
                    raise ValueError(f"unclosed list at {pos}")
            return items
        if char == "{":
            self.pos += 1
            entries: dict[str, Any] = {}
            while not self.take("}"):
                self._skip_spaces()
                key = _KEY.match(text, self.pos)
                if key is None or not text.startswith(":", key.end()):
                    raise ValueError(f"bad map key at {self.pos}")
                self.pos = key.end() + 1
                entries[_unquote_name(key.group())] = self._spaced_value()
                self.take(",")
            return entries
        for word, meaning in (("NULL", None), ("TRUE", True), ("FALSE", False)):
            end = pos + len(word)
            if text[pos:end].upper() == word and not text[end : end + 1].isalnum():
                self.pos = end
                return meaning
        number = _NUMBER.match(text, pos)
        if number is None:
            raise ValueError(f"no Cypher value at {pos}: {text[pos : pos + 40]!r}")
        self.pos = number.end()
        literal = number.group()
        if re.fullmatch(r"-?\d+", literal):
            return int(literal)
        return float(literal)

    def _spaced_value(self) -> Any:
        self._skip_spaces()
        found = self.value()
        self._skip_spaces()
        return found

    def _skip_spaces(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] == " ":
            self.pos += 1

    def _string(self, quote: str) -> str:
        out = []
        pos = self.pos + 1
        text = self.text
        while pos < len(text):
            char = text[pos]
            if char == "\\" and text[pos + 1 : pos + 2] == quote:
                out.append(quote)
                pos += 2
                continue
            if char == quote:
                self.pos = pos + 1
                return "".join(out)
            out.append(char)
            pos += 1
        raise ValueError(f"unterminated string starting at {self.pos}")

"""`python -m citegraph` is the `citegraph` command."""

from citegraph.cli import main

if __name__ == "__main__":
    main(prog_name="citegraph")

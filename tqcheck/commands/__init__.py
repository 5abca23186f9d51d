"""``tqcheck`` subcommands kept outside cli.py, and the error handling they share."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any

import click

from tqcheck.errors import TqcheckError


class CommandError(click.ClickException):
    """A tqcheck error raised inside a command: exit status 2 and the one line on stderr that
    ``tqcheck.cli.main`` prints for tqcheck errors, also when the command runs on its own
    (``CliRunner().invoke(command, ...)``, or a group other than tqcheck's)."""

    exit_code = 2

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"tqcheck: error: {self.format_message()}", file=file, err=True)


@contextmanager
def reported_errors() -> Iterator[None]:
    """Turn tqcheck's own errors raised in the block into CommandError."""
    try:
        yield
    except TqcheckError as exc:
        raise CommandError(str(exc)) from None

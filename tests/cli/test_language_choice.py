"""How the command line reads its language before its parser exists, and argparse's own
words: every one this Python's argparse has is marked or known never to reach a person,
and a translation that would make argparse fail is not used."""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

import mesolog.app
from mesolog.cli import argparse_words, speech
from mesolog.cli.main import GLOBAL_OPTIONS, build_parser, main
from mesolog.cli.speech import asked_language, say
from mesolog.domain.texts import phrase
from mesolog.language.choice import language
from mesolog.language.qm_file import Catalogue
from mesolog.language.render import Renderer

NEVER_SHOWN = {
    # Errors of a program that builds its parser wrongly: a bug, not a person's mistake.
    "%r is not callable",
    "'required' is an invalid argument for positionals",
    ".__call__() not defined",
    "cannot have multiple subparser arguments",
    "cannot merge actions - two groups are named %r",
    "conflicting option string: %s",
    "conflicting subparser alias: %s",
    "conflicting subparser: %s",
    "dest= is required for options like %r",
    "invalid conflict_resolution value: %r",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r",
    "mutually exclusive arguments must be optional",
    "unexpected option string: %s",
    # Features mesolog's parser does not use: nargs, mutually exclusive groups, FileType,
    # @file arguments, deprecated options, titled sub-commands, defaults shown in help.
    "expected at most one argument",
    "expected at least one argument",
    "expected %s argument",
    "one of the arguments %s is required",
    "not allowed with argument %s",
    'argument "-" with mode %r',
    "can't open '%(filename)s': %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)",
    "%(prog)s: warning: %(message)s\n",
    "argument '%(argument_name)s' is deprecated",
    "command '%(parser_name)s' is deprecated",
    "option '%(option)s' is deprecated",
    "subcommands",
    " (default: %(default)s)",
}


@pytest.fixture
def spoken(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The command line's language and argparse's words as they were, after the test."""
    monkeypatch.setattr(argparse, "_", argparse._)
    monkeypatch.setattr(speech._Spoken, "renderer", speech._Spoken.renderer)
    monkeypatch.delenv("MESOLOG_LANGUAGE", raising=False)
    yield


@pytest.mark.parametrize(
    ("argv", "asked"),
    [
        (["--language", "el", "patients"], "el"),
        (["--language=el"], "el"),
        (["--lang", "el", "check"], "el"),
        (["--lang=en", "--help"], "en"),
        (["--db", "x.sqlite", "--user", "eleni", "--language", "el", "patients"], "el"),
        (["--language", "el", "--language", "en"], "en"),
        (["--language", "fr"], "fr"),
        (["--language"], None),
        (["--db", "el", "patients"], None),
        (["patients", "--language", "el"], None),  # after the command: not the global option
        (["--", "--language", "el"], None),
        (["--l", "el"], "el"),
        (["-h", "--language", "el"], "el"),
        ([], None),
    ],
)
def test_the_language_asked_for_is_read_as_argparse_reads_it(
    argv: list[str], asked: str | None
) -> None:
    assert asked_language(argv, GLOBAL_OPTIONS) == asked


def test_the_options_read_before_the_parser_are_the_parsers_own() -> None:
    parser = build_parser()
    options = {
        option: action.nargs != 0 for action in parser._actions for option in action.option_strings
    }
    assert options == GLOBAL_OPTIONS


def _argparse_words() -> set[str]:
    """Every literal this Python's argparse passes to gettext's `_` or `ngettext`."""
    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    return {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in ("_", "ngettext")
        and node.args
        and isinstance(node.args[0], ast.Constant)
    }


def test_each_of_argparses_words_is_marked_or_never_shown_by_mesolog() -> None:
    marked = set(argparse_words.WORDS)
    assert marked.isdisjoint(NEVER_SHOWN)
    unknown = _argparse_words() - marked - NEVER_SHOWN
    assert unknown == set(), "mark these in cli/argparse_words.py, or say why never shown"


def _greek(messages: dict[tuple[str, str, str], list[str]]) -> Renderer:
    return Renderer(language("el"), lambda: Catalogue(messages))


def test_argparse_takes_its_words_from_the_catalogue(spoken: None) -> None:
    argparse_words.install(
        _greek(
            {
                ("argparse", "usage: ", ""): ["χρήση: "],
                ("argparse", "%(prog)s: error: %(message)s\n", ""): [
                    "%(prog)s: σφάλμα: %(message)s\n"
                ],
            }
        )
    )
    parser = argparse.ArgumentParser(prog="mesolog")
    assert parser.format_usage() == "χρήση: mesolog [-h]\n"
    assert argparse._("%(prog)s: error: %(message)s\n") == "%(prog)s: σφάλμα: %(message)s\n"


def test_a_translation_that_would_make_argparse_fail_is_not_used(spoken: None) -> None:
    source = "argument %(argument_name)s: %(message)s"
    argparse_words.install(
        _greek(
            {
                ("argparse", source, ""): ["όρισμα: %(message)s"],
                ("argparse", "unrecognized arguments: %s", ""): ["άγνωστα ορίσματα: %r %s"],
                ("argparse", "options", ""): ["επιλογές"],
            }
        )
    )
    assert argparse._(source) == source
    assert argparse._("unrecognized arguments: %s") == "unrecognized arguments: %s"
    assert argparse._("options") == "επιλογές"
    assert argparse._("a title of mesolog's own") == "a title of mesolog's own"


def test_messages_are_said_in_the_language_spoken_with_values_as_the_command_line_writes_them(
    spoken: None,
) -> None:
    text = phrase("cli.test", "{count} on {day}: {amount} ml of {what}")
    values = text.having(
        count=1234, day=dt.date(2026, 3, 7), amount=0.25, what=phrase("cli.test", "Caffeine")
    )
    assert say(values) == "1234 on 2026-03-07: 0.25 ml of Caffeine"
    speech._Spoken.renderer = _greek(
        {
            ("cli.test", "{count} on {day}: {amount} ml of {what}", ""): [
                "{count} στις {day}: {amount} ml {what}"
            ],
            ("cli.test", "Caffeine", ""): ["Καφεΐνη"],
        }
    )
    assert say(values) == "1234 στις 2026-03-07: 0.25 ml Καφεΐνη"
    assert say("a message not marked yet") == "a message not marked yet"


def test_the_language_given_reaches_the_window_it_opens(
    spoken: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seen: list[str | None] = []

    def run_gui(db: str | None) -> int:
        seen.append(os.environ.get("MESOLOG_LANGUAGE"))
        return 0

    monkeypatch.setattr(mesolog.app, "run_gui", run_gui)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    umask = os.umask(0o077)  # main sets it
    try:
        assert main(["--db", str(tmp_path / "x.sqlite")]) == 0
        assert main(["--language", "el", "--db", str(tmp_path / "x.sqlite")]) == 0
    finally:
        os.umask(umask)
    assert seen == [None, "el"]

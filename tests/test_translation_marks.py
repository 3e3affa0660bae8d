"""lupdate reads only the call forms of docs/translation-plan.md §1.4 and skips any other
without a word, so a string in another form is never translated. This test reads the
sources with ast and holds them to those forms:

- `self.tr("literal")`, `self.tr("literal", "comment")`, `self.tr("%n literal(s)", "", n)`,
  a plural only in a class no mesolog class inherits from (PySide6 does not translate an
  inherited plural `self.tr`);
- `phrase("Context", "literal"[, "comment"])`, `phrase_n("Context", "%n literal(s)", None, 1)`;
- `QCoreApplication.translate("Context", "literal"[, comment[, 1]])`,
  `QT_TRANSLATE_NOOP("Context", "literal")`;
- every argument a positional string literal where a string goes: no f-string, name,
  constant or keyword; no `obj.tr` (filed under the variable's name), no free `tr()` (filed
  under no context), no function passing its parameter on to be translated, and no call of
  such a function (lupdate never sees its strings).

Today's offenders are the BASELINE below, by module and kind, with how many: it may only
shrink. A new offender fails, and so does one the baseline lists that is gone (take it
out of the list: the list is what is left to mark).
"""

from __future__ import annotations

import ast
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).parent.parent
PACKAGE = ROOT / "mesolog"

_APPLICATIONS = ("QCoreApplication", "QGuiApplication", "QApplication")

Offence = tuple[str, str]
"""(module, kind)"""


def _literal(node: ast.expr) -> bool:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _literal(node.left) and _literal(node.right)
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _literal_or_none(node: ast.expr) -> bool:
    return _literal(node) or (isinstance(node, ast.Constant) and node.value is None)


def _number(node: ast.expr) -> bool:
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        node = node.operand
    return isinstance(node, ast.Constant) and type(node.value) is int


def _marker(call: ast.Call) -> str | None:
    """Which marker `call` is: self.tr, obj.tr, tr, translate, noop, phrase, phrase_n."""
    func = call.func
    if isinstance(func, ast.Name):
        names = {"QT_TRANSLATE_NOOP": "noop", "translate": "translate"}
        return names.get(func.id, func.id if func.id in ("tr", "phrase", "phrase_n") else None)
    if isinstance(func, ast.Attribute):
        if func.attr == "tr":
            return (
                "self.tr"
                if isinstance(func.value, ast.Name) and func.value.id == "self"
                else "obj.tr"
            )
        owner = func.value
        owner_name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
        if func.attr == "translate" and owner_name in _APPLICATIONS:
            return "translate"
    return None


def _shape(marker: str, args: list[ast.expr]) -> str | None:
    """What is wrong with the positional arguments of a marker call, or None."""
    if marker == "self.tr":
        fits = 1 <= len(args) <= 3 and _literal(args[0])
        fits = fits and (len(args) < 2 or _literal_or_none(args[1]))
    elif marker == "translate":
        if len(args) == 4 and not _number(args[3]):
            return "plural not marked"
        fits = 2 <= len(args) <= 4 and _literal(args[0]) and _literal(args[1])
        fits = fits and (len(args) < 3 or _literal_or_none(args[2]))
    elif marker == "noop":
        fits = len(args) == 2 and all(_literal(a) for a in args)
    elif marker == "phrase":
        fits = len(args) in (2, 3) and _literal(args[0]) and _literal(args[1])
        fits = fits and (len(args) < 3 or _literal_or_none(args[2]))
    else:  # phrase_n
        fits = len(args) == 4 and _literal(args[0]) and _literal(args[1])
        fits = fits and _literal_or_none(args[2])
        fits = fits and isinstance(args[3], ast.Constant) and args[3].value == 1
    return None if fits else "argument not a literal"


def _wrappers(tree: ast.Module) -> Iterator[str]:
    """Functions that pass one of their parameters on to be translated."""
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        parameters = {a.arg for a in [*function.args.posonlyargs, *function.args.args]} - {"self"}
        for call in ast.walk(function):
            if (
                isinstance(call, ast.Call)
                and _marker(call) is not None
                and any(isinstance(a, ast.Name) and a.id in parameters for a in call.args[:2])
            ):
                yield function.name
                break


def _classes_inherited(trees: dict[str, ast.Module]) -> set[str]:
    bases: set[str] = set()
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for base in node.bases:
                    if isinstance(base, ast.Name):
                        bases.add(base.id)
                    elif isinstance(base, ast.Attribute):
                        bases.add(base.attr)
    return bases


def _module_offences(
    module: str, tree: ast.Module, wrappers: set[str], inherited: set[str]
) -> Iterator[Offence]:
    for name in sorted(set(_wrappers(tree))):
        yield module, f"{name}() passes its parameter to be translated"
    for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
        if cls.name in inherited:
            for call in ast.walk(cls):
                if (
                    isinstance(call, ast.Call)
                    and _marker(call) == "self.tr"
                    and len(call.args) == 3
                ):
                    yield module, f"plural self.tr in {cls.name}, a class mesolog inherits from"
    for call in [n for n in ast.walk(tree) if isinstance(n, ast.Call)]:
        marker = _marker(call)
        func = call.func
        called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        if marker is None:
            if called in wrappers:
                yield module, f"{called}(…): its text is never extracted"
        elif marker == "obj.tr":
            yield module, "obj.tr(…): filed under the variable's name"
        elif marker == "tr":
            yield module, "tr(…) helper: filed under no context"
        elif call.keywords:
            yield module, f"{marker}(…) with a keyword argument"
        elif problem := _shape(marker, call.args):
            yield module, f"{marker}(…) {problem}"


def offences(package: Path) -> Counter[Offence]:
    trees = {
        str(path.relative_to(package.parent)): ast.parse(path.read_text(encoding="utf-8"))
        for path in sorted(package.rglob("*.py"))
    }
    wrappers = {name for tree in trees.values() for name in _wrappers(tree)} - {"tr"}
    inherited = _classes_inherited(trees)
    return Counter(
        offence
        for module, tree in trees.items()
        for offence in _module_offences(module, tree, wrappers, inherited)
    )


BASELINE: dict[str, dict[str, int]] = {
    "mesolog/ui/common/translation.py": {
        "translate(…) plural not marked": 1,
    },
    "mesolog/ui/settings/_settings_fields.py": {
        "_tr() passes its parameter to be translated": 1,
        "_tr(…): its text is never extracted": 22,
        "translate(…) argument not a literal": 1,
    },
    "mesolog/ui/settings/scanner_settings.py": {
        "_tr() passes its parameter to be translated": 1,
        "_tr(…): its text is never extracted": 5,
        "translate(…) argument not a literal": 1,
    },
}


def test_no_new_form_lupdate_cannot_read_and_the_baseline_only_shrinks() -> None:
    found = offences(PACKAGE)
    listed = Counter({(m, kind): n for m, kinds in BASELINE.items() for kind, n in kinds.items()})
    new = {f"{m}: {kind}": n for (m, kind), n in (found - listed).items()}
    gone = {f"{m}: {kind}": n for (m, kind), n in (listed - found).items()}
    assert new == {}, "write these in a form of docs/translation-plan.md §1.4"
    assert gone == {}, "these are marked now: take them out of BASELINE"


def test_each_form_lupdate_cannot_read_is_found_and_the_right_ones_pass(tmp_path: Path) -> None:
    package = tmp_path / "mesolog"
    package.mkdir()
    (package / "right.py").write_text(
        "class Base:\n"
        "    def words(self, n):\n"
        '        self.tr("Save")\n'
        '        self.tr("Back", "go back")\n'
        '        phrase("Area", "Back", "the body area")\n'
        '        phrase_n("Warnings", "%n day(s)", None, 1).counting(n)\n'
        '        QT_TRANSLATE_NOOP("labels", "Forehead")\n'
        '        QCoreApplication.translate("Ctx", "%n line(s)", None, 1)\n'
        '        return self.tr("%n session(s)", "", n)\n'
    )
    (package / "wrong.py").write_text(
        "class Sub(Base):\n"
        "    def words(self, name, n, dialog):\n"
        '        self.tr(f"Patient {name}")\n'
        "        self.tr(LABEL)\n"
        '        dialog.tr("Title")\n'
        '        tr("Free")\n'
        '        phrase("V", "at most {high}", high=4)\n'
        '        phrase_n("W", "%n day(s)", None, n)\n'
        '        QApplication.translate("Ctx", "%n line(s)", None, n)\n'
        '        return _tr("Never seen")\n'
        "def _tr(text):\n"
        '    return QCoreApplication.translate("Ctx", text)\n'
        "class Leaf(Sub):\n"
        "    def count(self, n):\n"
        '        return self.tr("%n thing(s)", "", n)\n'
    )
    assert offences(package) == Counter(
        {
            ("mesolog/wrong.py", "_tr() passes its parameter to be translated"): 1,
            ("mesolog/wrong.py", "_tr(…): its text is never extracted"): 1,
            ("mesolog/wrong.py", "translate(…) argument not a literal"): 1,
            ("mesolog/wrong.py", "self.tr(…) argument not a literal"): 2,
            ("mesolog/wrong.py", "obj.tr(…): filed under the variable's name"): 1,
            ("mesolog/wrong.py", "tr(…) helper: filed under no context"): 1,
            ("mesolog/wrong.py", "phrase(…) with a keyword argument"): 1,
            ("mesolog/wrong.py", "phrase_n(…) argument not a literal"): 1,
            ("mesolog/wrong.py", "translate(…) plural not marked"): 1,
            ("mesolog/right.py", "plural self.tr in Base, a class mesolog inherits from"): 1,
        }
    )

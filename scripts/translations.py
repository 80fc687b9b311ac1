"""The translator's tools: find the marked text, bring each language's catalogue up to date, compile, check.

    ./dev i18n extract        write workout_timer/locale/workout_timer.pot, every marked text (for a translation tool),
                              and content.pot, the texts of the exercises, built-in routines, programmes and cards
    ./dev i18n new fr         start French: workout_timer/locale/fr/LC_MESSAGES/workout_timer.po and content.po
    ./dev i18n update         add new texts to every language's two .po files, mark changed ones fuzzy, keep old
                              ones as obsolete
    ./dev i18n compile        write each .po's .mo (shipped with the app, so a fresh clone needs no compile step)
    ./dev i18n check          say what is missing or wrong in any language (the tests run the same check)

docs/translating.md walks through it. Text is marked with `_()`, `ngettext()`, `pgettext()`, `npgettext()` from
`workout_timer.domain.common.language`, and counted words with `counted(n, "second", "seconds")` and `noun(...)`.
"""

from __future__ import annotations

import ast
import io
import re
import string
import sys
import tokenize
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path
from typing import IO

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po, write_po

from workout_timer import __version__
from workout_timer.domain.common import content
from workout_timer.domain.common.language import DOMAIN

CONTENT = content.DOMAIN
"""The content's catalogue: the exercises, built-in routines and programmes, and the cards (`common.content`)."""
DOMAINS = (DOMAIN, CONTENT)

PACKAGE = Path(__file__).resolve().parents[1] / "workout_timer"
LOCALE = PACKAGE / "locale"
KEYWORDS = {
    "_": None,
    "N_": None,
    "gettext": None,
    "ngettext": (1, 2),
    "pgettext": ((1, "c"), 2),
    "npgettext": ((1, "c"), 2, 3),
    "counted": (2, 3),
    "noun": (2, 3),
}
"""The calls that mark text, and which of their arguments are the text (Babel's keyword specs); a method of that
name counts too: `spoken().gettext("Halfway.")`, the cues' words."""
COMMENT_TAGS = ["Translators:"]
"""A comment starting so, on the line before a marked text, goes into the catalogue for the translator."""
HEADER = """\
# The words of workout-timer, for translators: docs/translating.md says how to work with this file.
# This file is distributed under the same licence as workout-timer (GPL-3.0-or-later)."""
CONTENT_HEADER = """\
# The exercises, built-in routines and programmes, and the back tips of workout-timer, for translators:
# docs/translating.md says how to work with this file. Each text's context names its place: the file, then
# its key path ("exercises:plank.instructions" is one of the plank's instructions in routines/exercises.yaml).
# This file is distributed under the same licence as workout-timer (GPL-3.0-or-later)."""


def python_calls(
    file: IO[bytes], keywords: Collection[str], comment_tags: Collection[str], options: object
) -> Iterator[tuple[int, str, tuple[str | None, ...], list[str]]]:
    """Babel's extraction method for Python, reading the syntax tree: it finds marked calls inside f-strings
    too (`f"{counted(n, 'day', 'days')} ago"`), which a reader of tokens misses."""
    del options  # none are needed
    source = file.read()
    comments = _comments(source, tuple(comment_tags))
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        if name not in keywords:
            continue
        args = tuple(
            arg.value if isinstance(arg, ast.Constant) and isinstance(arg.value, str) else None for arg in node.args
        )
        yield node.lineno, name, args, _comment_above(comments, node.lineno)


def _comments(source: bytes, tags: tuple[str, ...]) -> dict[int, str]:
    """Each line's comment that starts with a translators' tag, and the comment lines that follow it."""
    found: dict[int, str] = {}
    tagged_at = -2
    for token in tokenize.tokenize(io.BytesIO(source).readline):
        if token.type != tokenize.COMMENT:
            continue
        text = token.string.lstrip("#").strip()
        line = token.start[0]
        if text.startswith(tags) or line == tagged_at + 1:
            found[line] = text
            tagged_at = line
    return found


def _comment_above(comments: dict[int, str], line: int) -> list[str]:
    """The tagged comment lines just above `line` (or on it), in order."""
    lines = []
    above = line - 1
    while above in comments:
        lines.insert(0, comments[above])
        above -= 1
    if line in comments:
        lines.append(comments[line])
    return lines


def extract(package: Path = PACKAGE) -> Catalog:
    """Every marked text in the package's Python source, with where it is and the translators' comments."""
    catalog = Catalog(
        project="workout-timer",
        version=__version__,
        domain=DOMAIN,
        fuzzy=False,
        header_comment=HEADER,
        copyright_holder="the workout-timer contributors",
        msgid_bugs_address="https://github.com/workout-timer/workout-timer/issues",
    )
    found = extract_from_dir(
        str(package),
        method_map=[("**.py", "scripts.translations:python_calls")],
        keywords=KEYWORDS,
        comment_tags=COMMENT_TAGS,
        strip_comment_tags=True,
    )
    for filename, lineno, message, comments, context in found:
        where = (package.name + "/" + filename, lineno)
        catalog.add(message, None, [where], auto_comments=comments, context=context)
    return catalog


def extract_content() -> Catalog:
    """Every text of the content that ships with the app (the catalogue's exercises, the built-in routines and
    programmes, the education cards), each with its place as context, found by the walk the loader translates
    with (`library.built_in`), so the two never disagree."""
    from workout_timer import resources
    from workout_timer.domain.care import cards
    from workout_timer.domain.library import built_in
    from workout_timer.domain.library.library import Library
    from workout_timer.domain.programmes.programme_library import load_programme, translated
    from workout_timer.domain.routines.loading import load_catalogue, load_routine
    from workout_timer.domain.routines.routine_files import routine_files

    catalog = Catalog(
        project="workout-timer",
        version=__version__,
        domain=CONTENT,
        fuzzy=False,
        header_comment=CONTENT_HEADER,
        copyright_holder="the workout-timer contributors",
        msgid_bugs_address="https://github.com/workout-timer/workout-timer/issues",
    )

    def collector(place: str) -> content.Translate:
        def say(context: str, text: str) -> str:
            catalog.add(text, None, [(place, None)], context=context)
            return text

        return say

    english = load_catalogue(resources.catalogue_path())
    top = PACKAGE.parent
    built_in.catalogue(english, collector(_shown_path(resources.catalogue_path(), top)))
    library = Library(resources.routines_dir(), None, resources.catalogue_path())
    for path in routine_files(resources.routines_dir()):
        built_in.routine(load_routine(path, english), collector(_shown_path(path, top)))
    for path in routine_files(resources.programmes_dir()):
        programme = load_programme(path, [entry.id for entry in library.entries()])
        translated(programme, collector(_shown_path(path, top)))
    cards.translated(cards.load_cards(cards.CARDS_FILE), collector(_shown_path(cards.CARDS_FILE, top)))
    return catalog


def _shown_path(path: Path, top: Path) -> str:
    """A shipped file's path as a translator finds it in the source: "routines/exercises.yaml"."""
    try:
        return path.resolve().relative_to(top).as_posix()
    except ValueError:  # an installed wheel: the data folder inside the package
        return path.name


def marked(domain: str = DOMAIN) -> Catalog:
    """Every text to translate in one catalogue: the app's words, or the content's."""
    return extract_content() if domain == CONTENT else extract()


def po_path(language: str, domain: str = DOMAIN) -> Path:
    return LOCALE / language / "LC_MESSAGES" / f"{domain}.po"


def languages() -> list[str]:
    """Every language with a catalogue, by code."""
    return sorted(path.parent.parent.name for path in LOCALE.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def read(path: Path) -> Catalog:
    with path.open("rb") as file:
        return read_po(file, domain=path.stem)


def previous_ids(message: Message) -> list[str]:
    """The old English a tool kept above a changed text (`#| msgid "…"`, msgmerge's and Poedit's), which Babel reads as
    a translator's comment and would write back as one (`# | msgid "…"`), there for good and wrapped into pieces."""
    return [comment for comment in message.user_comments if comment.startswith("|")]


def write(catalog: Catalog, path: Path) -> None:
    # An obsolete text that came back is in the catalogue once: GNU gettext's tools (msgfmt, Poedit's compile) refuse
    # a file that defines a text twice, even once as obsolete (`#~`).
    for key, message in list(catalog.obsolete.items()):
        if catalog.get(message.id, message.context) is not None:
            del catalog.obsolete[key]
    for message in [*catalog, *catalog.obsolete.values()]:  # the old English is the translator's to check, not to keep
        message.user_comments = [comment for comment in message.user_comments if comment not in previous_ids(message)]
    buffer = io.BytesIO()
    # Sorted by the English text, files named without line numbers: two people adding texts in different places
    # touch different lines of the file, and moving code around does not rewrite it.
    write_po(buffer, catalog, width=120, omit_header=False, sort_output=True, include_lineno=False)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue())


def compiled(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


# -- the check -----------------------------------------------------------------------------------


def fields(text: str) -> set[str]:
    """The `{placeholders}` of a text, as str.format reads them ("{n}", "{name!r}" and "{n:g}" give "n", "name")."""
    try:
        return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(text) if name}
    except ValueError:
        return {"(a brace that does not close)"}


def _forms(value: str | tuple[str, ...] | list[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


def message_problems(message: Message, plurals: int) -> list[str]:
    """What is wrong with one translated text: missing, unsure, its placeholders or its plural forms."""
    source = _forms(message.id)
    translated = _forms(message.string)
    if not any(translated):
        return ["not translated"]
    problems = []
    if message.fuzzy:
        problems.append("marked fuzzy (unsure): check it and take the mark off")
    if previous_ids(message):
        problems.append("the old English is still above it (#|): check the text and take those lines off")
    wanted = set().union(*(fields(text) for text in source))
    if message.pluralizable:
        if len(translated) != plurals or not all(translated):
            problems.append(f"needs {plurals} plural forms, has {sum(1 for t in translated if t)}")
        for form in translated:
            if unknown := fields(form) - wanted:
                problems.append(f"{{{', '.join(sorted(unknown))}}} is not in the English text")
        if missing := fields(source[-1]) - fields(translated[-1]):
            problems.append(f"the plural form leaves out {{{', '.join(sorted(missing))}}}")
    elif fields(translated[0]) != wanted:
        problems.append(f"placeholders {sorted(fields(translated[0]))} differ from the English {sorted(wanted)}")
    return problems


def problems(catalog: Catalog, marked: Catalog) -> list[str]:
    """Everything that keeps a language's catalogue from being complete and right for the text marked now."""
    found = []
    plurals = catalog.num_plurals
    for message in marked:
        if not message.id:
            continue
        theirs = catalog.get(message.id, message.context)
        where = ":".join(str(part) for part in message.locations[0] if part is not None) if message.locations else "?"
        label = f"{where}: {_shown(message.id)}"
        if theirs is None:
            found.append(f"{label}: missing from the catalogue (run ./dev i18n update)")
            continue
        if theirs.pluralizable != message.pluralizable:
            found.append(f"{label}: the catalogue has it {'with' if theirs.pluralizable else 'without'} plural forms")
            continue
        found.extend(f"{label}: {problem}" for problem in message_problems(theirs, plurals))
    return found


def mo_matches(po: Path) -> bool:
    """Whether the shipped .mo beside a .po holds exactly the .po's translations."""
    mo = po.with_suffix(".mo")
    if not mo.is_file():
        return False
    with mo.open("rb") as file:
        shipped = read_mo(file)
    return _texts(shipped) == _texts(read(po))


def _texts(catalog: Catalog) -> dict[tuple[object, str | None], object]:
    return {
        (_forms(m.id), m.context): _forms(m.string) for m in catalog if m.id and any(_forms(m.string)) and not m.fuzzy
    }


def _shown(message_id: object) -> str:
    text = message_id if isinstance(message_id, str) else message_id[0]  # type: ignore[index]
    return repr(text if len(text) <= 60 else text[:59] + "…")


# -- the commands ----------------------------------------------------------------------------------


def _in_source(path: Path) -> Path:
    """A file as the translator finds it from the top of the source ("workout_timer/locale/fr/…"); elsewhere whole."""
    try:
        return path.relative_to(PACKAGE.parent)
    except ValueError:
        return path


def command_extract() -> int:
    LOCALE.mkdir(exist_ok=True)
    for domain in DOMAINS:
        template = LOCALE / f"{domain}.pot"
        write(marked(domain), template)
        print(_in_source(template))
    return 0


def command_new(language: str) -> int:
    if not re.fullmatch(r"[a-z]{2,3}(_[A-Z]{2})?", language):
        print(f"{language!r} is not a language code like fr or pt_BR", file=sys.stderr)
        return 2
    if po_path(language).exists():
        print(f"{_in_source(po_path(language))} is there already: ./dev i18n update", file=sys.stderr)
        return 1
    for domain in DOMAINS:
        path = po_path(language, domain)
        catalog = marked(domain)
        catalog.locale = language  # type: ignore[assignment]  # Babel parses the code into a Locale
        write(catalog, path)
        print(_in_source(path))
    return 0


def command_update() -> int:
    for domain in DOMAINS:
        texts = marked(domain)
        for language in languages():
            path = po_path(language, domain)
            if path.exists():
                catalog = read(path)
                catalog.update(texts, update_header_comment=False, update_creation_date=False)
            else:  # a language started before content was translated: its content catalogue, empty
                catalog = texts
                catalog.locale = language  # type: ignore[assignment]  # Babel parses the code into a Locale
            write(catalog, path)
            print(_in_source(path))
    return 0


def command_compile() -> int:
    for domain in DOMAINS:
        for language in languages():
            path = po_path(language, domain)
            path.with_suffix(".mo").write_bytes(compiled(read(path)))
            print(_in_source(path.with_suffix(".mo")))
    return 0


def command_check(only: Iterable[str] = ()) -> int:
    bad = 0
    for domain in DOMAINS:
        texts = marked(domain)
        for language in list(only) or languages():
            path = po_path(language, domain)
            if not po_path(language).exists():  # a language not started
                found = [f"{path.name} is missing: ./dev i18n new {language} starts the language"]
            elif not path.exists():
                found = [f"{path.name} is missing: ./dev i18n update"]
            else:
                found = problems(read(path), texts)
                if not mo_matches(path):
                    found.append(f"{path.with_suffix('.mo').name} is older than the .po: ./dev i18n compile")
            for problem in found:
                print(f"{language}: {problem}")
            bad += len(found)
    from scripts.whole_sentences import fragments

    for place in fragments(PACKAGE):
        print(f"{place}: a translated piece in an English sentence; mark the sentence whole (docs/translating.md)")
        bad += 1
    if bad:
        print(f"{bad} problems", file=sys.stderr)
    return 1 if bad else 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["extract"]:
        return command_extract()
    if argv[:1] == ["new"] and len(argv) == 2:
        return command_new(argv[1])
    if argv[:1] == ["update"]:
        return command_update()
    if argv[:1] == ["compile"]:
        return command_compile()
    if argv[:1] == ["check"]:
        return command_check(argv[1:])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

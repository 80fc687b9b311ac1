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

import io
import re
import string
import sys
from collections.abc import Iterable
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po, write_po

from scripts.translation_sources import CONTENT, PACKAGE, marked
from workout_timer.domain.common.language import DOMAIN

DOMAINS = (DOMAIN, CONTENT)
LOCALE = PACKAGE / "locale"


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

"""The shipped translations: complete for every marked text, placeholders and plural forms as in English,
and the compiled `.mo` the app reads the same as the `.po` translators edit (so a fresh clone needs no compile)."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.catalog import Catalog

from scripts import translation_sources, translations
from workout_timer.domain.common import language

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module", params=translations.DOMAINS)
def domain(request: pytest.FixtureRequest) -> str:
    """The app's words, then the content's (the exercises, built-in routines and programmes, the cards)."""
    return str(request.param)


@pytest.fixture(scope="module")
def marked(domain: str) -> Catalog:
    return translations.marked(domain)


@pytest.mark.parametrize("code", translations.languages())
def test_every_shipped_language_is_complete_and_right(code: str, domain: str, marked: Catalog) -> None:
    assert translations.problems(translations.read(translations.po_path(code, domain)), marked) == []


@pytest.mark.parametrize("code", translations.languages())
def test_the_shipped_mo_is_the_po_compiled(code: str, domain: str) -> None:
    assert translations.mo_matches(translations.po_path(code, domain)), "run ./dev i18n compile"


def test_the_content_is_found_in_the_shipped_files_each_text_with_its_place() -> None:
    content = {
        (message.context, message.id): message for message in translation_sources.extract_content() if message.id
    }
    plank = content[("exercises:plank.name", "Plank")]
    assert plank.locations == [("routines/exercises.yaml", None)]
    assert ("exercises:plank.instructions", "Hold, breathing steadily.") in content
    assert ("core-for-runners:name", "Core for runners") in content
    assert ("desk-break-stretch:exercises.wall-angel.name", "Wall angels") in content
    assert ("desk-break-stretch:steps.cues.say", "Keep your lower back against the wall") in content
    assert ("core-and-glutes:steps.name", "Core circuit") in content
    assert ("back-on-track:name", "Back on track") in content
    assert ("cards:warm-up.title", "Warm up first") in content
    assert ("equipment", "kettlebell or dumbbell") in content  # one vocabulary for every file
    warm_up = content[("tags:warm-up", "warm-up")]  # so are the tags, each word its own context
    assert ("routines/pre-run-warm-up.yaml", None) in warm_up.locations
    assert {context.split(":")[0] for context, _ in content} == {
        "exercises", "cards", "equipment", "tags", *(p.stem for p in (ROOT / "routines").glob("*.yaml") if p.stem != "exercises"),
        *(p.stem for p in (ROOT / "programmes").glob("*.yaml")),
    }  # fmt: skip


def test_every_catalogue_is_a_language_the_app_offers() -> None:
    assert set(translations.languages()) == set(language.shipped()) - {"en"}
    assert "de" in translations.languages()


def _catalog(*messages: tuple[object, object]) -> Catalog:
    catalog = Catalog(locale="de")
    for source, translated in messages:
        catalog.add(source, translated)  # type: ignore[arg-type]
    return catalog


def test_the_check_finds_a_broken_entry() -> None:
    marked = _catalog(
        ("{n} left", None),
        ("Start", None),
        (("{n} second", "{n} seconds"), None),
        (("{what} is long", "{what} is longer"), None),
        ("Not there", None),
        ("Unsure", None),
    )
    german = _catalog(
        ("{n} left", "noch {m}"),  # a placeholder renamed
        ("Start", ""),  # not translated
        (("{n} second", "{n} seconds"), ("{n} Sekunde",)),  # one plural form of two
        (("{what} is long", "{what} is longer"), ("{what} ist lang", "ist länger")),  # the plural drops {what}
        ("Unsure", "Unsicher"),
    )
    german.get("Unsure").flags.add("fuzzy")  # type: ignore[union-attr]
    found = translations.problems(german, marked)
    assert len(found) == 6, found
    assert "'{n} left': placeholders ['m'] differ from the English ['n']" in found[0]
    assert found[1].endswith("'Start': not translated")
    assert found[2].endswith("needs 2 plural forms, has 1")
    assert found[3].endswith("the plural form leaves out {what}")
    assert found[4].endswith("'Not there': missing from the catalogue (run ./dev i18n update)")
    assert "marked fuzzy" in found[5]
    good = _catalog(
        ("{n} left", "noch {n}"),
        ("Start", "Los"),
        (("{n} second", "{n} seconds"), ("eine Sekunde", "{n} Sekunden")),  # a singular may spell the number
        (("{what} is long", "{what} is longer"), ("{what} ist lang", "{what} ist länger")),
        ("Not there", "Nicht da"),
        ("Unsure", "Unsicher"),
    )
    assert translations.problems(good, marked) == []


def test_the_old_english_a_tool_kept_above_a_text_is_found_and_an_update_takes_it_off(tmp_path: Path) -> None:
    """msgmerge and Poedit keep the English a text had before (`#| msgid "page"`); Babel read it as a translator's
    comment and wrote it back as one, `# | msgid "page"`, where it stayed above texts that were never "page"."""
    po = tmp_path / "workout_timer.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        '#| msgid "page"\nmsgid "page {page}"\nmsgstr "Seite {page}"\n\n'
        '# | msgid "Rest."\nmsgid "Rest"\nmsgstr "Pause"\n',
        encoding="utf-8",
    )
    marked = _catalog(("page {page}", None), ("Rest", None))
    found = translations.problems(translations.read(po), marked)
    assert len(found) == 2 and all("the old English is still above it (#|)" in problem for problem in found), found
    translations.write(translations.read(po), po)
    assert "|" not in po.read_text(encoding="utf-8")
    assert translations.problems(translations.read(po), marked) == []


@pytest.mark.parametrize("code", translations.languages())
def test_no_catalogue_keeps_the_old_english_of_a_text(code: str, domain: str) -> None:
    assert "\n# |" not in translations.po_path(code, domain).read_text(encoding="utf-8"), "run ./dev i18n update"


def test_a_mo_older_than_its_po_is_found(tmp_path: Path) -> None:
    po = tmp_path / "workout_timer.po"
    catalog = _catalog(("Start", "Los"))
    translations.write(catalog, po)
    po.with_suffix(".mo").write_bytes(translations.compiled(catalog))
    assert translations.mo_matches(po)
    catalog.get("Start").string = "Auf geht's"  # type: ignore[union-attr]
    translations.write(catalog, po)
    assert not translations.mo_matches(po)


def test_marked_text_is_found_inside_f_strings_with_the_translators_comment(tmp_path: Path) -> None:
    package = tmp_path / "workout_timer"
    package.mkdir()
    (package / "words.py").write_text(
        "from workout_timer.domain.common.language import _, pgettext\n"
        "from workout_timer.domain.common.plurals import counted\n"
        "def f(n):\n"
        "    # Translators: how long ago\n"
        "    return f\"{counted(n, 'day', 'days')} ago, {_('today')}\" + pgettext('button', 'Start')\n",
        encoding="utf-8",
    )
    found = {
        message.id if isinstance(message.id, str) else tuple(message.id): message
        for message in translation_sources.extract(package)
        if message.id  # not the header
    }
    assert set(found) == {("day", "days"), "today", "Start"}
    assert found[("day", "days")].auto_comments == ["how long ago"]
    assert found["Start"].context == "button"


def test_in_german_the_rest_is_a_pause_and_the_player_held_by_the_runner_is_stopped_not_paused() -> None:
    """A physio's "Pause" is the rest between steps; the clock held with Space reads "Angehalten", on the player,
    its button, the screen reader's words, the summary, the history and the guide, so the two never share a word."""
    catalogue = translations.read(translations.po_path("de"))
    runners_pause = ("Space pauses", "pause or go on", "A pause is never counted", "it pauses and asks", "paused for")
    held = rest = 0
    for message in catalogue:
        english = message.id if isinstance(message.id, str) else " ".join(message.id or ())
        german = message.string if isinstance(message.string, str) else " ".join(message.string or ())
        if not english:
            continue
        if english.startswith(("Paused", "❚❚")) or english == "paused" or any(say in english for say in runners_pause):
            assert "pausier" not in german and "Pause oder" not in german and "Eine Pause" not in german, german
            assert "ngehalten" in german or "nhalten" in german or "hält an" in german, german
            if "rest" not in english.lower():  # where the rest between steps is named too, it is a "Pause"
                assert "Pause" not in german, german
            held += 1
        rest_step = english.lower().rstrip(".") == "rest" and message.context != "a day of a programme"
        if rest_step or english.startswith("Rest ·"):  # the rest step, its cue, its phase
            assert german.startswith("Pause"), german
            rest += 1
    assert held >= 9 and rest >= 3


def test_in_german_quitting_stopping_the_session_the_next_step_and_going_on_are_told_apart_at_a_glance() -> None:
    """ "Beenden" was both Quit (Ctrl+Q, the app) and the stop question's Stop (the session), and "Weiter" both the
    player's Next (a step) and the stop question's Go on (the session, where it was). Four meanings, four words, none
    the start of another; the stop question's Go on is the paused player's, the same meaning."""
    from workout_timer.domain.common.control_names import plain_name

    language.use("de_DE")
    words = {
        "quit": plain_name(language._("&Quit")),
        "stop": plain_name(language._("■  Stop   (Enter)")),
        "next": plain_name(language.pgettext("a player button", "Next  ▶")),
        "go on": plain_name(language._("▶  Go on   (Esc)")),
    }
    assert words == {"quit": "Beenden", "stop": "Aufhören", "next": "Weiter", "go on": "Fortsetzen"}
    for one in words.values():
        assert not [other for other in words.values() if other != one and other.lower().startswith(one.lower())]
    assert plain_name(language._("▶  Go on")) == words["go on"]


@pytest.mark.parametrize("code", translations.languages())
def test_no_text_is_in_a_catalogue_twice_so_gettexts_own_tools_read_it(code: str, domain: str) -> None:
    """GNU msgfmt, and Poedit's compile with it, refuse a file that defines a text twice, once as obsolete (`#~`)."""
    catalogue = translations.read(translations.po_path(code, domain))
    twice = [m.id for m in catalogue.obsolete.values() if catalogue.get(m.id, m.context) is not None]
    assert twice == [], "run ./dev i18n update"


def test_a_text_that_comes_back_is_written_once(tmp_path: Path) -> None:
    catalogue = Catalog(locale="de")
    catalogue.add("Rest", "Pause")
    catalogue.obsolete["Rest"] = catalogue["Rest"]  # Babel keeps it among the obsolete when it came back
    translations.write(catalogue, tmp_path / "de.po")
    text = (tmp_path / "de.po").read_text()
    assert text.count('msgid "Rest"') == 1 and "#~" not in text


def test_the_check_of_a_language_not_started_says_how_to_start_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert translations.command_check(["xx"]) == 1
    out = capsys.readouterr().out
    assert "xx: workout_timer.po is missing: ./dev i18n new xx starts the language" in out


@pytest.mark.parametrize("code", translations.languages())
def test_an_ellipsis_is_one_character_in_every_text_and_translation(code: str, domain: str, marked: Catalog) -> None:
    """ "Export as CSV…" beside "Print…": menus and buttons that open a dialog end in "…", never in three dots."""

    def texts(catalog: Catalog) -> list[str]:
        found = []
        for message in catalog:
            for text in (message.id, message.string):
                found.extend(text if isinstance(text, tuple) else [text])
        return [text for text in found if text]

    three_dots = "..."
    assert [text for text in texts(marked) if three_dots in text] == []
    shipped = translations.read(translations.po_path(code, domain))
    assert [text for text in texts(shipped) if three_dots in text] == []

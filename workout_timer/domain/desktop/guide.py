"""The user guide inside the app (F1): its topics in the app's own words, and where the user's files are.

The keys table is the one Help → Keyboard has always shown; the menus' test keeps it complete. Each page is
marked whole for translation (`N_`, translated where it is shown): a translator sees a page's HTML and keeps
its tags, and writes the key names as the language's keyboards do ("Strg+F", "Leertaste").
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from workout_timer.domain.common.language import N_, _
from workout_timer.domain.common.paths import user_config_dir, user_data_dir, user_log_dir, user_routines_dir
from workout_timer.domain.desktop.identity import HOMEPAGE, LICENCE, NAME

# Translators: the guide's page of keys, HTML: keep the tags; the key names as your language's keyboards say them.
KEYS_HTML = N_("""<h3>Keyboard</h3>
<table cellspacing=6>
<tr><td><b>Space</b></td><td>pause or go on</td></tr>
<tr><td><b>→</b> / <b>←</b></td><td>next step / restart this step (twice: the one before)</td></tr>
<tr><td><b>Enter</b></td><td>done with the reps</td></tr>
<tr><td><b>+</b></td><td>ten seconds more</td></tr>
<tr><td><b>E</b></td><td>an easier version of this exercise, for the rest of the session</td></tr>
<tr><td><b>1</b> / <b>2</b> / <b>3</b></td>
<td>in the rest after an exercise, how your back felt: green (fine), amber (sore), red (it hurt)</td></tr>
<tr><td><b>F</b> or <b>F11</b></td><td>full screen</td></tr>
<tr><td><b>M</b></td><td>sound on or off</td></tr>
<tr><td><b>I</b> or <b>?</b></td><td>how to do the exercise, and its common mistakes</td></tr>
<tr><td><b>Esc</b></td><td>leave full screen, then stop the session (it pauses and asks first)</td></tr>
<tr><td><b>Page Down</b> / <b>Page Up</b></td><td>a presenter clicker: next (done, at your own pace) / back</td></tr>
<tr><td><b>B</b> or <b>.</b></td><td>a presenter clicker: pause or go on</td></tr>
<tr><td><b>Play/Pause</b>, <b>Next</b>, <b>Previous</b>, <b>Stop</b></td>
<td>media keys and remotes: pause or go on, the next step, back, stop (at once, no question)</td></tr>
<tr><td><b>G</b></td><td>in the preview: normal, gentler or gentlest today</td></tr>
<tr><td><b>W</b></td><td>in the preview: the routine as written today, or at the doses you have reached</td></tr>
<tr><td><b>P</b></td><td>on Today: the preview of today's routine</td></tr>
<tr><td><b>Esc</b> or <b>Backspace</b></td>
<td>in a preview: back; on the routines: back to Today if you came from it (Esc clears a search first)</td></tr>
<tr><td><b>Ctrl+F</b></td><td>search the routines</td></tr>
<tr><td><b>Ctrl+,</b></td><td>sound, voice and language</td></tr>
<tr><td><b>Ctrl+H</b></td><td>your history</td></tr>
<tr><td><b>Ctrl+T</b></td><td>today's plan of your programme, or the programmes to start one</td></tr>
<tr><td><b>Ctrl+N</b> / <b>Ctrl+E</b></td><td>new routine / edit the chosen one</td></tr>
<tr><td><b>Ctrl+D</b></td><td>a copy of the chosen routine to change</td></tr>
<tr><td><b>Ctrl+I</b> / <b>Ctrl+Shift+E</b></td><td>import a routine file / export the chosen routine</td></tr>
<tr><td><b>Ctrl+P</b></td><td>print the chosen routine's sheet</td></tr>
<tr><td><b>Ctrl+Z</b> / <b>Ctrl+Shift+Z</b></td><td>undo / redo in the editor</td></tr>
<tr><td><b>Ctrl+↑</b> / <b>Ctrl+↓</b></td><td>move a step in the editor</td></tr>
<tr><td><b>Ctrl+S</b></td><td>save the routine</td></tr>
<tr><td><b>F1</b></td><td>this guide</td></tr>
<tr><td><b>Ctrl+Q</b></td><td>quit</td></tr>
</table>""")


@dataclass(frozen=True)
class Topic:
    key: str
    title: str
    html: str


@dataclass(frozen=True)
class Place:
    """A folder of the user's files: what it is called, what it keeps, and where it is."""

    title: str
    keeps: str
    path: Path


# Translators: a page of the guide, HTML: keep the tags, and in the routine format the keys (name:, steps:).
SESSION = N_("""<h3>How a session works</h3>
<p>Pick a routine in the library: type to search, or filter by kind, level and length. Enter shows what it holds,
and Enter again starts it.</p>
<p>First you get a few seconds to get ready. Then each step is shown with its name, a large countdown, a picture
of the movement and its instructions, and the app says what to do, so you can keep your eyes on the floor.
The screen takes a colour for each phase: amber to get ready, green to work, blue to rest, purple to switch
sides. <i>Next up</i> shows what comes after.</p>
<p>Holds count down. Reps are counted aloud at the routine's pace, or the app waits for you to press Enter
when you are done. A pause is never counted: press Space, and the time waits for you.</p>
<p>At the end you see how long you worked (rests and getting ready left out) and which steps you did. The
session is kept in your history as it goes, so a session cut short by a crash still counts.</p>""")

# Translators: a page of the guide, HTML: keep the tags, and in the routine format the keys (name:, steps:).
PROGRAMMES = N_("""<h3>Programmes and gentler days</h3>
<p>A <b>programme</b> plans your weeks: which routine on which day, rest days between them, and a dose that
grows, from <i>gentlest</i> in the first week through <i>gentler</i> to the routines as written. Press
<b>Ctrl+T</b> (or <i>Today and programmes</i> above the routines), choose one, and press Enter to begin it
today.</p>
<p>From then on the app opens on <b>Today</b>: today's routine with its dose, started with Enter, or P to look
at it first. Below it: what you have done this week, what comes next, your way toward six sessions in your first
two weeks, and your streak, which rest days never break. A day missed is never owed: the session waits for the
next day you train. Esc shows all the routines; Ctrl+F, or typing a name (any letter but P), searches
them.</p>
<p><b>A gentler day.</b> When your back asks for less, press G in the preview (or choose <i>Gentler</i> or
<i>Gentlest</i> there) before you start. Gentler makes the holds and reps of core and strength exercises a
quarter shorter, takes one set and one round off, and takes each exercise one step down to its easier version;
gentlest halves those holds and reps, keeps one set and one round, and starts each exercise on its easiest
version. Warm-ups, mobility and stretches stay whole, and the routine's file is never changed: the choice is for
today. When a programme's week is lighter too, the lighter of the two runs, and the preview says which, with
the numbers.</p>
<p><b>During a session</b>, E makes the exercise easier for the rest of the session, with the same time left;
in a rest, it is the exercise coming next. A gentler session never counts toward a step up.</p>
<p>How to write a programme of your own: docs/programme-format.md, which comes with the app.</p>""")

# Translators: a page of the guide, HTML: keep the tags, and in the routine format the keys (name:, steps:).
ROUTINES = N_("""<h3>Making routines</h3>
<p><b>Routine → New routine</b> (Ctrl+N) opens the editor. Add steps, choose each exercise, and set how long
to hold it or how many reps to do, on which sides, and the rest after it. <b>Try it</b> runs the routine as it
stands, without saving it or keeping it in your history. Ctrl+S saves.</p>
<p>A built-in routine is never changed: <b>Duplicate</b> (Ctrl+D) makes a copy of your own to change. Deleting
one of your routines can be undone from the Routine menu.</p>
<p>Routines are files you can share: <b>Export</b> writes one to a file a friend or your physio can
<b>Import</b>. A routine you write by hand in the routines folder shows up in the library as you save it.</p>""")

# Translators: a page of the guide, HTML: keep the tags, and in the routine format the keys (name:, steps:).
FORMAT = N_("""<h3>The routine format</h3>
<p>A routine is a plain text file in YAML, one routine a file; its id is the file name without
<tt>.yaml</tt>. A short one:</p>
<pre>version: 1
name: Morning core
defaults: {prepare: 10, rest: 15, switch: 5}
steps:
  - {exercise: plank, duration: 30, sets: 2}
  - {exercise: side-plank, duration: 20, sides: both}
  - {exercise: bird-dog, reps: 10, sides: both, tempo: 4}
  - {rest: 60, note: Drink some water}</pre>
<p>Times can be written as <tt>45</tt>, <tt>45s</tt>, <tt>1m30s</tt> or <tt>1:30</tt>. A step with
<tt>reps</tt> and no <tt>tempo</tt> waits for you to press Enter. Every mistake in a file is shown with its
line and column; <tt>workout-timer validate FILE</tt> checks a file from a terminal, and
<tt>workout-timer schema</tt> prints the format for editors that complete YAML.</p>
<p>Every key is described in the routine format guide that comes with the app (docs/routine-format.md).</p>""")

# Translators: a page of the guide, HTML: keep the tags, and in the routine format the keys (name:, steps:).
CHECK_INS = N_("""<h3>What the check-ins do with your answers</h3>
<p>Before and after a session the app can ask how your back is (0 to 10), and afterwards how hard the session
felt. Every answer may be skipped, and <b>Session → Ask how my back is, before and after</b> turns the
questions off.</p>
<p>Your answers are kept with the session in your history, on this computer only: nothing is sent anywhere.
The app uses them for two things.</p>
<ul><li><b>A word of care.</b> Pain of 7 or more, pain that has risen three check-ins in a row, or warning
signs such as numbness or pain spreading into a leg, bring a calm suggestion to see a doctor and to choose a
gentle routine that day. The app never diagnoses and never stops you.</li>
<li><b>Small steps.</b> After three easy sessions in a row an exercise gets a few seconds more (or a couple
more reps), and at its target the next harder version starts at an easier dose; after red, or amber twice in a
row, it steps back. The routine's page says what changed and why, and <b>Take the routine as written today</b>
(W) runs it as written. A built-in routine is never changed. Every rule is in docs/progression.md.</li>
<li><b>The day after.</b> The first time you open the app on the day after a session, a quiet bar above the
routines asks how your back is compared to yesterday: better, the same or worse (Alt+1, Alt+2, Alt+3), or not
now (Alt+N). It asks once; a worse day undoes the last step up, or steps back after a sore session.</li></ul>
<p>This app is not medical advice: back pain that lasts, returns or spreads is worth showing to a doctor.</p>""")

# Translators: a page of the guide, HTML: keep the tags, and in the routine format the keys (name:, steps:).
REMINDERS = N_("""<h3>A daily reminder</h3>
<p><b>Session → Daily reminder…</b> asks your desktop to remind you each day at a time you choose, even when the
app is closed: a notification offers <b>Start now</b> (your last routine), <b>Later</b> (an hour later) and
<b>Not today</b>. It keeps quiet on a day you have already met your daily goal (without a goal: once you have
done a session that day). A time already past when you set it starts the next day.</p>
<p>The reminder is a small program your desktop starts when you log in (an entry in your autostart folder);
turning the reminder off removes it. Reminders need a Linux desktop for now.</p>""")

# Translators: a page of the guide, HTML: keep the tags; the menu's and the boxes' words as the app shows them.
SOUND = N_("""<h3>Sound, voice and language</h3>
<p><b>Session → Sound, voice and language…</b> (Ctrl+,) chooses the voice, its speed, pitch and volume, the
volume of the tones, which cues you hear, and what becomes of your music while the voice speaks. Every change
counts at once; <b>Test voice</b> and <b>Test tones</b> let you hear it.</p>
<p><b>Language</b> is your system's language unless you choose another. A new language counts at once: the
window, the menus, this guide and the settings themselves switch to it, and nothing you were doing is lost:
the routine you chose, your search and filters, a routine you are editing with its changes. The voice takes a
voice of the new language for the next session.</p>
<p>Ctrl+, opens these settings in the player too. The session pauses while they are open and goes on where it
was when you close them (a session you had paused stays paused). A new language chosen there switches its
buttons and headings at once; its exercises, cues and voice stay in the language it began in.</p>
<p>When no voice on this computer speaks the language, the app says so once and shows the cues on screen;
tick <b>Cues in English if no voice speaks it</b> to hear them in English instead.</p>""")


def topics() -> list[Topic]:
    """The guide's topics, in the order it lists them; "files" is made of the folders (`places`)."""
    return [
        Topic("session", _("How a session works"), _(SESSION)),
        Topic("keys", _("Keys"), _(KEYS_HTML)),
        Topic("programmes", _("Programmes and gentler days"), _(PROGRAMMES)),
        Topic("routines", _("Making routines"), _(ROUTINES)),
        Topic("format", _("The routine format"), _(FORMAT)),
        Topic("check-ins", _("Check-ins"), _(CHECK_INS)),
        Topic("tips", _("Back tips"), tips_html()),
        Topic("reminders", _("A daily reminder"), _(REMINDERS)),
        Topic("sound", _("Sound, voice and language"), _(SOUND)),
        Topic("files", _("Where your files are"), _("<h3>Where your files are</h3>")),
    ]


def tips_html() -> str:
    """Every education card, in the file's order, as the preview and the summary show them one at a time."""
    from workout_timer.domain.care.cards import shipped_cards

    cards = "".join(f"<h4>{escape(card.title)}</h4><p>{escape(card.text)}</p>" for card in shipped_cards())
    # Translators: the heading of the guide's page of back tips, HTML: keep the tags; the tips follow it.
    heading = _(
        "<h3>Back tips</h3><p>Short tips about looking after your back. One at a time appears on a routine's "
        "preview in your first sessions, and on the summary after each session; you can turn them off in the "
        "Session menu. Here they all are.</p>"
    )
    return heading + cards


def places() -> list[Place]:
    """The folders the app keeps the user's files in, for "Where your files are"."""
    return [
        Place(
            _("Your routines"), _("the routines you made, imported or copied, one YAML file each"), user_routines_dir()
        ),
        Place(
            _("Your history"), _("your sessions and check-ins (history.sqlite), and deleted routines"), user_data_dir()
        ),
        Place(_("Settings"), _("sound, voice, your daily goal and reminder (settings.ini)"), user_config_dir()),
        Place(_("Logs"), _("the app's log, and each session's timing log when you keep them"), user_log_dir()),
    ]


def about_html(version: str) -> str:
    shown = _("Version {version}").format(version=escape(version))
    about = _("Guided core and stretching routines for runners who want a strong, easy back.")
    care = _("Not medical advice: back pain that lasts, returns or spreads is worth showing to a doctor.")
    # Translators: {licence} is the licence's short name, "GPL-3.0-or-later".
    licence = _(
        "Free software under the GNU General Public License, version 3 or later ({licence}): you may share "
        "it and change it under its terms. It comes with no warranty."
    ).format(licence=LICENCE)
    return (
        f"<h3>{NAME}</h3><p>{shown}</p><p>{about}</p><p>{care}</p><p>{licence}</p>"
        f'<p><a href="{HOMEPAGE}">{HOMEPAGE}</a></p>'
    )

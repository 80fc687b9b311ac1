"""How the commands print: aligned tables, a routine's timeline and cues as text, and their JSON."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from workout_timer.domain.common.language import _, pgettext
from workout_timer.domain.common.plurals import counted
from workout_timer.domain.routines.durations import format_clock, length_text
from workout_timer.domain.routines.timeline import Timeline, build_timeline

if TYPE_CHECKING:
    from workout_timer.domain.library.entry import Entry
    from workout_timer.domain.session.cues import CuePlan


def length(timeline: Timeline) -> str:
    return length_text(timeline.total, timeline.is_estimate)


def table(rows: Sequence[Sequence[str]], out: TextIO, right: tuple[int, ...] = ()) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [
            cell.rjust(w) if i in right else cell.ljust(w) for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ]
        out.write("  ".join(cells).rstrip() + "\n")


def print_timeline(entry: Entry, timeline: Timeline, plan: CuePlan, out: TextIO) -> None:
    routine = timeline.routine
    out.write(f"{routine.name} ({entry.id}, {source_word(entry.source.value)})\n")
    out.write(_("Total: {length}").format(length=length(timeline)))
    estimate = _(" (steps marked ~ wait for Done; their length is an estimate)")
    out.write(estimate + "\n\n" if timeline.is_estimate else "\n\n")
    # Translators: the headings of the table of a routine's parts, in capitals.
    rows = [(_("START"), _("LENGTH"), _("PHASE"), _("EXERCISE"), _("SIDE"), _("SET"), _("ROUND"))]
    for segment, offset in zip(timeline.segments, timeline.offsets, strict=True):
        rows.append(
            (
                format_clock(offset),
                ("~" if segment.waits else "") + format_clock(segment.estimate),
                _phase(segment.phase.value),
                (segment.exercise.name if segment.exercise else segment.note or "")
                + (f" ({counted(segment.reps, 'rep', 'reps')})" if segment.reps and segment.phase == "work" else "")
                + (
                    _(", moves on by itself at {clock}").format(clock=format_clock(segment.move_on))
                    if segment.move_on
                    else ""
                ),
                _side(segment.side.value) if segment.side else "",
                f"{segment.set}/{segment.sets}" if segment.sets and segment.sets > 1 else "",
                f"{segment.round}/{segment.rounds}" if segment.rounds and segment.rounds > 1 else "",
            )
        )
    table(rows, out, right=(0, 1))
    out.write("\n" + _("CUES") + "\n")
    cue_rows = [(_("AT"), _("KIND"), _("SAYS"))]
    for cue in plan.cues:
        text = cue.text if cue.is_speech else _("(beep {number})").format(number=cue.text)
        cue_rows.append((_offset(plan.offset(cue)), _kind(cue.kind.value), text))
    table(cue_rows, out, right=(0,))


def source_word(value: str) -> str:
    """Where a routine comes from, in the table's words (`--json` keeps the value as it is)."""
    words = {
        "built-in": pgettext("where a routine is from", "built-in"),
        "user": pgettext("where a routine is from", "user"),
        "file": pgettext("where a routine is from", "file"),
    }
    return words.get(value, value)


def _phase(value: str) -> str:
    words = {
        "prepare": pgettext("a part of a session", "prepare"),
        "work": pgettext("a part of a session", "work"),
        "rest": pgettext("a part of a session", "rest"),
        "switch": pgettext("a part of a session", "switch"),
    }
    return words.get(value, value)


def _side(value: str) -> str:
    words = {"left": pgettext("a side of the body", "left"), "right": pgettext("a side of the body", "right")}
    return words.get(value, value)


def _kind(value: str) -> str:
    words = {
        "announce": pgettext("a kind of cue", "announce"),
        "next-up": pgettext("a kind of cue", "next-up"),
        "switch": pgettext("a kind of cue", "switch"),
        "halfway": pgettext("a kind of cue", "halfway"),
        "countdown": pgettext("a kind of cue", "countdown"),
        "rep-count": pgettext("a kind of cue", "rep-count"),
        "form": pgettext("a kind of cue", "form"),
        "routine": pgettext("a kind of cue", "routine"),
        "finish": pgettext("a kind of cue", "finish"),
        "move-on": pgettext("a kind of cue", "move-on"),
    }
    return words.get(value, value)


def _offset(seconds: float) -> str:
    """A cue's time to the tenth of a second: "1:05.4"."""
    whole, tenth = divmod(round(seconds * 10), 10)
    return f"{whole // 60}:{whole % 60:02d}.{tenth}"


def entry_json(entry: Entry) -> dict[str, object]:
    if entry.routine is None:
        return {
            "id": entry.id,
            "source": entry.source.value,
            "path": str(entry.path),
            "problems": [str(p) for p in entry.problems],
        }
    timeline = build_timeline(entry.routine)
    return {
        "id": entry.id,
        "name": entry.routine.name,
        "duration": timeline.total,
        "duration_is_estimate": timeline.is_estimate,
        "level": entry.routine.level.value if entry.routine.level else None,
        "tags": list(entry.routine.tags),
        "source": entry.source.value,
        "path": str(entry.path),
    }


def timeline_json(entry: Entry, timeline: Timeline, plan: CuePlan) -> dict[str, object]:
    from workout_timer.domain.routines.timeline import segment_data

    return {
        "id": entry.id,
        "name": timeline.routine.name,
        "source": entry.source.value,
        "duration": timeline.total,
        "duration_is_estimate": timeline.is_estimate,
        "segments": [
            {"index": s.index, "offset": offset} | segment_data(s)
            for s, offset in zip(timeline.segments, timeline.offsets, strict=True)
        ],
        "cues": [
            {
                "offset": round(plan.offset(c), 3),
                "index": c.segment,  # the segment's, as on the event log's cue lines
                "at": c.at,
                "kind": c.kind.value,
                "text": c.text,
                "speech": c.speech,
            }
            for c in plan.cues
        ],
    }

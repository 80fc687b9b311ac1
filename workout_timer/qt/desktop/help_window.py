"""The user guide (F1): topics on the left, the chosen one on the right; About with the version and licence."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workout_timer import __version__
from workout_timer.domain.common.failures import plain_words
from workout_timer.domain.common.language import _, pgettext
from workout_timer.domain.common.window_fit import Rect, first_geometry
from workout_timer.domain.desktop.guide import Place, about_html, places, topics
from workout_timer.domain.desktop.identity import NAME
from workout_timer.qt.common.readable import OwnWindow, install_readable

SIZE = (860, 560)
"""The guide's size where the screen has room for it."""


class HelpWindow(QWidget, OwnWindow):
    """The guide, a window of its own beside the app's (it stays open while you try what it says).

    `open_url` opens a folder in the file manager (the tests give their own)."""

    def __init__(self, parent: QWidget | None = None, open_url: Callable[[QUrl], bool] | None = None) -> None:
        super().__init__(parent)
        # Translators: the guide's window title; the desktop adds the app's name after it ("Guide — Workout Timer").
        self.setWindowTitle(pgettext("a window's title", "Guide"))
        self.setWindowFlag(Qt.WindowType.Window)  # a window of its own, even with the app's as its parent
        install_readable()  # and a screen reader hears it as one, by its title
        self._open_url = open_url if open_url is not None else QDesktopServices.openUrl
        self.topics = QListWidget()
        # Translators: the list of the guide's topics, as a screen reader names it.
        self.topics.setAccessibleName(_("Topics"))
        self.pages = QStackedWidget()
        self._keys: list[str] = []
        for topic in topics():
            self.topics.addItem(topic.title)
            self._keys.append(topic.key)
            if topic.key == "files":
                files = self._files_page(topic.html)
                files.setAccessibleName(topic.title)
                self.pages.addWidget(files)
            else:
                text = QTextBrowser()
                text.setOpenExternalLinks(True)
                text.setHtml(topic.html)
                text.setAccessibleName(topic.title)
                self.pages.addWidget(text)
        self.topics.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.topics.setFixedWidth(self.topics.sizeHintForColumn(0) + 24)
        layout = QHBoxLayout(self)
        layout.addWidget(self.topics)
        layout.addWidget(self.pages, 1)
        self._fit_screen()
        closing = [QKeySequence(Qt.Key.Key_Escape), QKeySequence("Ctrl+W")]
        closing += [keys for keys in QKeySequence.keyBindings(QKeySequence.StandardKey.Close) if keys not in closing]
        for keys in closing:  # Esc, Ctrl+W and the desktop's own, as a window of its own closes (each once)
            QShortcut(keys, self, self.close)
        self.show_topic("session")

    def _fit_screen(self) -> None:
        """Its own size, or less to fit the free area of the screen it opens on with room for its frame, centred on
        it: as the main window at its first start (`window_fit.first_geometry`)."""
        free = self.screen().availableGeometry()
        place = first_geometry(Rect(free.x(), free.y(), free.width(), free.height()), SIZE)
        self.setGeometry(QRect(place.x, place.y, place.width, place.height))

    def show_topic(self, key: str) -> None:
        self.topics.setCurrentRow(self._keys.index(key))

    def topic(self) -> str:
        """The topic shown, by its key."""
        return self._keys[max(self.topics.currentRow(), 0)]

    def _files_page(self, heading: str) -> QWidget:
        page = QWidget()
        grid = QGridLayout()
        self.open_buttons: dict[str, QPushButton] = {}
        for row, place in enumerate(places()):
            what = QLabel(f"<b>{place.title}</b>: {place.keeps}<br><tt>{place.path}</tt>")
            what.setWordWrap(True)
            what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            button = QPushButton(_("Open the folder"))
            # Translators: a button's name for a screen reader; {folder} is the folder's name, such as "Your history".
            button.setAccessibleName(_("Open the folder: {folder}").format(folder=place.title))
            button.clicked.connect(lambda _=False, p=place: self._open(p))
            grid.addWidget(what, row, 0)
            grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignVCenter)
            self.open_buttons[place.title] = button
        grid.setColumnStretch(0, 1)
        self.files_problem = QLabel()
        self.files_problem.setWordWrap(True)
        self.files_problem.hide()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(heading))
        layout.addLayout(grid)
        layout.addWidget(self.files_problem)
        layout.addStretch(1)
        return page

    def _open(self, place: Place) -> None:
        self.files_problem.hide()
        try:
            place.path.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            # Translators: {folder} is the folder's place on the computer, {reason} says why.
            self._problem(
                _("The folder {folder} can't be made: {reason}.").format(folder=place.path, reason=plain_words(error))
            )
            return
        if not self._open_url(QUrl.fromLocalFile(str(place.path))):
            # Translators: {folder} is the folder's place on the computer.
            self._problem(_("No file manager could open the folder. It is {folder}").format(folder=place.path))

    def _problem(self, words: str) -> None:
        self.files_problem.setText(words)
        self.files_problem.show()


def show_about(parent: QWidget) -> None:
    # Translators: the About box's title; {name} is the app's name, "Workout Timer".
    QMessageBox.about(parent, _("About {name}").format(name=NAME), about_html(__version__))

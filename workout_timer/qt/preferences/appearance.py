"""How the app looks: light, dark or as the desktop is, high contrast, and larger text."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QWidget

from workout_timer.domain.common.language import N_, _
from workout_timer.qt.common.settings import SCHEMES, Settings

SCHEME_LABELS = {
    # Translators: a choice of colours: light or dark as the desktop is set.
    "system": N_("As the desktop is"),
    # Translators: a choice of colours.
    "light": N_("Light"),
    # Translators: a choice of colours.
    "dark": N_("Dark"),
}


class AppearanceChoice(QGroupBox):
    """The colours, high contrast and larger text. Each change goes to `Settings`, which tells the theme;
    a change made elsewhere (the View menu) shows here too. No signals."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        # Translators: the heading over the choices of colours and text size.
        super().__init__(_("Look"), parent)
        self.settings = settings
        self.scheme = QComboBox()
        for value in SCHEMES:
            self.scheme.addItem(_(SCHEME_LABELS[value]), value)
        self.high_contrast = QCheckBox(_("High contrast"))
        self.larger_text = QCheckBox(_("Larger text"))
        form = QFormLayout(self)
        # Translators: "&" marks the letter that, with Alt, goes to the field; put it before a letter of your word.
        form.addRow(_("&Colours"), self.scheme)
        form.addRow("", self.high_contrast)
        form.addRow("", self.larger_text)
        self._show_scheme(settings.scheme)
        self._show(self.high_contrast, settings.high_contrast)
        self._show(self.larger_text, settings.larger_text)
        self.scheme.currentIndexChanged.connect(self._on_scheme_chosen)
        self.high_contrast.toggled.connect(self._on_high_contrast)
        self.larger_text.toggled.connect(self._on_larger_text)
        settings.colourSchemeChanged.connect(self._show_scheme)
        settings.highContrastChanged.connect(self._show_high_contrast)
        settings.largerTextChanged.connect(self._show_larger_text)

    def _on_scheme_chosen(self, index: int) -> None:
        self.settings.colour_scheme = str(self.scheme.itemData(index))

    def _on_high_contrast(self, on: bool) -> None:
        self.settings.high_contrast = on

    def _on_larger_text(self, on: bool) -> None:
        self.settings.larger_text = on

    def _show_scheme(self, _value: str) -> None:
        self.scheme.blockSignals(True)
        self.scheme.setCurrentIndex(max(0, self.scheme.findData(self.settings.scheme)))
        self.scheme.blockSignals(False)

    def _show_high_contrast(self, on: bool) -> None:
        self._show(self.high_contrast, on)

    def _show_larger_text(self, on: bool) -> None:
        self._show(self.larger_text, on)

    @staticmethod
    def _show(box: QCheckBox, on: bool) -> None:
        box.blockSignals(True)
        box.setChecked(on)
        box.blockSignals(False)

"""How the app looks: light, dark or as the desktop is, high contrast, and larger text."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QWidget

from workout_timer.qt.common.settings import SCHEMES, Settings

SCHEME_LABELS = {
    "system": "As the desktop is",
    "light": "Light",
    "dark": "Dark",
}


class AppearanceChoice(QGroupBox):
    """The colours, high contrast and larger text. Each change goes to `Settings`, which tells the theme;
    a change made elsewhere (the View menu) shows here too. No signals."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__("Look", parent)
        self.settings = settings
        self.scheme = QComboBox()
        for value in SCHEMES:
            self.scheme.addItem(SCHEME_LABELS[value], value)
        self.high_contrast = QCheckBox("High contrast")
        self.larger_text = QCheckBox("Larger text")
        form = QFormLayout(self)
        form.addRow("&Colours", self.scheme)
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

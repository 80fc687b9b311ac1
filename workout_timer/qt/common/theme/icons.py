"""Qt's own icons (a dialog's buttons, a field's clear button, a question's sign) in the theme's text colour.

The style draws them in colours of its own, made for a light window: the Close button's cross vanished on black
in high contrast. Each is drawn again in one colour, its shape kept (`tinted`), and the buttons already made
take theirs again when the look changes (`refresh_buttons`).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QStyle

SIZES = (16, 22, 24, 32, 48, 64)
"""The sizes an icon is drawn again at (at the screen's pixel ratio): those Qt's buttons and questions ask."""
MESSAGE_SIGNS = (
    QStyle.StandardPixmap.SP_MessageBoxInformation,
    QStyle.StandardPixmap.SP_MessageBoxWarning,
    QStyle.StandardPixmap.SP_MessageBoxCritical,
    QStyle.StandardPixmap.SP_MessageBoxQuestion,
)
"""A question's sign: kept in its own colours where they read (not in high contrast), since its colour means
something; its words say the same."""
_BUTTONS = {
    QDialogButtonBox.StandardButton.Ok: QStyle.StandardPixmap.SP_DialogOkButton,
    QDialogButtonBox.StandardButton.Save: QStyle.StandardPixmap.SP_DialogSaveButton,
    QDialogButtonBox.StandardButton.Open: QStyle.StandardPixmap.SP_DialogOpenButton,
    QDialogButtonBox.StandardButton.Cancel: QStyle.StandardPixmap.SP_DialogCancelButton,
    QDialogButtonBox.StandardButton.Close: QStyle.StandardPixmap.SP_DialogCloseButton,
    QDialogButtonBox.StandardButton.Apply: QStyle.StandardPixmap.SP_DialogApplyButton,
    QDialogButtonBox.StandardButton.Reset: QStyle.StandardPixmap.SP_DialogResetButton,
    QDialogButtonBox.StandardButton.Help: QStyle.StandardPixmap.SP_DialogHelpButton,
    QDialogButtonBox.StandardButton.Discard: QStyle.StandardPixmap.SP_DialogDiscardButton,
    QDialogButtonBox.StandardButton.Yes: QStyle.StandardPixmap.SP_DialogYesButton,
    QDialogButtonBox.StandardButton.No: QStyle.StandardPixmap.SP_DialogNoButton,
}
"""Which of the style's icons a dialog's standard button shows."""


def tinted(icon: QIcon, colour: QColor) -> QIcon:
    """`icon` drawn in `colour` alone, its shape (and the softness of its edges) kept; a null icon stays null."""
    if icon.isNull():
        return icon
    result = QIcon()
    sizes = {size.width() for size in icon.availableSizes()} | set(SIZES)
    app = QApplication.instance()
    ratio = app.devicePixelRatio() if isinstance(app, QApplication) else 1.0
    for size in sorted(sizes):
        pixmap = icon.pixmap(QSize(size, size), ratio)
        if pixmap.isNull():
            continue
        image = pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(image.rect(), colour)
        painter.end()
        drawn = QPixmap.fromImage(image)
        drawn.setDevicePixelRatio(pixmap.devicePixelRatio())
        result.addPixmap(drawn)
    return result


def refresh_buttons() -> None:
    """The dialogs' standard buttons made already take their icon again from the style (in the new colour), or
    none when the style shows none."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    for widget in app.allWidgets():
        if not isinstance(widget, QDialogButtonBox):
            continue
        style = widget.style()
        shown = bool(style.styleHint(QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons, None, widget))
        for button in widget.buttons():
            standard = _BUTTONS.get(widget.standardButton(button))
            if standard is not None:
                button.setIcon(style.standardIcon(standard, None, widget) if shown else QIcon())

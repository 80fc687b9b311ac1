"""The app's look: the palettes (`palettes`), the one theme that picks one and the size of text (`look`),
and the ring that shows the keyboard's focus (`focus_ring`); Qt's style made the app's (`app_style`)."""

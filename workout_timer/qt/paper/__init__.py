"""Paper: the routine sheet and the progress report drawn onto pages (a PDF file or a printer), as vector
text and lines, in black and greys only, with the words and facts the domain's `paper` package decides."""

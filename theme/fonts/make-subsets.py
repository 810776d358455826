#!/usr/bin/env python3
"""Makes the WOFF2 fonts the pages load from the Open Sans TrueType files beside this script.

Run it again after changing CHARACTERS (a page or string that prints a character outside it falls
back, for that character only, to the reader's own sans-serif font):

    apt-get install -y python3-fonttools python3-brotli   # Debian's fonttools, with brotli for WOFF2
    /usr/bin/python3 theme/fonts/make-subsets.py

Why a subset: the TrueType files are 217 and 225 KB; a page needs Latin with Welsh and the
punctuation we print, 11 KB each as unhinted WOFF2 (browsers on phones and Chromium-based
browsers on Windows draw unhinted text smoothly). The TrueType files stay: the share cards are drawn
with them and this script reads them. tests/Output/FontTests.cs checks the WOFF2 files cover every
character of the interface strings and the figures we print.
"""
import pathlib
import sys

from fontTools import subset

HERE = pathlib.Path(__file__).resolve().parent

# Basic Latin; Latin-1 and Latin Extended-A (Welsh ŵ ŷ, and names from across Europe); Welsh ẁ ẃ ẅ ỳ;
# general punctuation (dashes, curly quotes, ellipsis, bullets, thin and narrow no-break spaces);
# euro, trade mark, arrows, minus, approximately, less/greater or equal, up and down triangles.
CHARACTERS = ("U+0020-007E,U+00A0-017F,U+0192,U+02C6,U+02DA,U+02DC,U+1E80-1E85,U+1EF2-1EF3,"
              "U+2000-206F,U+20AC,U+2122,U+2190-2193,U+2212,U+2248,U+2264-2265,U+25B2,U+25BC")

# Kerning, ligatures and the figure styles (tabular numbers line up in tables).
FEATURES = "kern,liga,calt,ccmp,locl,mark,mkmk,tnum,lnum,pnum"


def main() -> int:
    for weight in ("Regular", "Bold"):
        source = HERE / f"OpenSans-{weight}.ttf"
        target = HERE / f"OpenSans-{weight}.woff2"
        subset.main([str(source), f"--unicodes={CHARACTERS}", f"--layout-features={FEATURES}",
                     "--flavor=woff2", "--no-hinting", f"--output-file={target}"])
        print(f"{target.name}: {target.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())

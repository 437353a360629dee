"""A Word file printed to PDF by LibreOffice after its fields are updated, as Word does on
opening a file with w:updateFields: the contents gets its page numbers.

    /usr/bin/python3 word_naar_pdf.py PROFIELMAP BRON.docx DOEL.pdf [BRON.docx DOEL.pdf]...

`soffice --convert-to pdf` alone leaves the contents field as written; this script starts
LibreOffice headless once, loads each file through UNO, updates every index and field, and
exports the PDF. Needs the python3-uno bridge (Debian: python3-uno).
"""

import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def eigenschap(naam, waarde):
    p = PropertyValue()
    p.Name = naam
    p.Value = waarde
    return p


def main():
    profiel = os.path.abspath(sys.argv[1])
    paren = [os.path.abspath(a) for a in sys.argv[2:]]
    if not paren or len(paren) % 2:
        sys.exit("gebruik: word_naar_pdf.py PROFIELMAP BRON.docx DOEL.pdf [...]")
    pijp = "visieleer%d" % os.getpid()
    soffice = subprocess.Popen(
        [
            os.environ.get("SOFFICE", "soffice"),
            "-env:UserInstallation=" + uno.systemPathToFileUrl(profiel),
            "--headless",
            "--invisible",
            "--nologo",
            "--norestore",
            "--accept=pipe,name=%s;urp;" % pijp,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        lokaal = uno.getComponentContext()
        oplosser = lokaal.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", lokaal
        )
        ctx = None
        for _ in range(600):
            try:
                ctx = oplosser.resolve(
                    "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pijp
                )
                break
            except NoConnectException:
                if soffice.poll() is not None:
                    sys.exit("LibreOffice stopte voordat het verbinding gaf")
                time.sleep(0.1)
        if ctx is None:
            sys.exit("geen verbinding met LibreOffice")
        bureau = ctx.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", ctx
        )
        for bron, doel in zip(paren[::2], paren[1::2]):
            doc = bureau.loadComponentFromURL(
                uno.systemPathToFileUrl(bron), "_blank", 0, (eigenschap("Hidden", True),)
            )
            if doc is None:
                sys.exit("LibreOffice kon %s niet openen" % bron)
            # Twice: filling the contents can move the pages it points at.
            for _ in range(2):
                doc.getTextFields().refresh()
                indexen = doc.getDocumentIndexes()
                for i in range(indexen.getCount()):
                    indexen.getByIndex(i).update()
            doc.storeToURL(
                uno.systemPathToFileUrl(doel),
                (eigenschap("FilterName", "writer_pdf_Export"),),
            )
            doc.close(True)
        try:
            bureau.terminate()
        except Exception:
            pass
    finally:
        try:
            soffice.wait(timeout=20)
        except subprocess.TimeoutExpired:
            soffice.kill()


main()

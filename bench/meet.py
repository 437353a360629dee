#!/usr/bin/env python3
"""Times visieleer commands on one generated map and prints rows of the benchmark table.

Called by bench/run.sh; not meant to be run by hand. Each command runs once under GNU time
(which warms the page cache and gives the peak memory, the maximum resident set size) and then
`RONDES` times; the median wall time is reported.
"""
import os
import shutil
import statistics
import subprocess
import sys
import time

RONDES = int(os.environ.get("RONDES", "5"))


def meet(argv, voorbereiding=None):
    tijden, piek = [], 0
    for ronde in range(RONDES + 1):
        if voorbereiding:
            voorbereiding()
        if ronde == 0:
            # Memory from GNU time: a child forked by python would count python's own pages.
            uit = subprocess.run(
                ["/usr/bin/time", "-f", "%M", *argv],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
            if uit.returncode != 0:
                sys.exit(f"mislukt (status {uit.returncode}): {' '.join(argv)}")
            piek = int(uit.stderr.strip().splitlines()[-1])
            continue
        begin = time.perf_counter()
        status = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        tijden.append(time.perf_counter() - begin)
        if status != 0:
            sys.exit(f"mislukt (status {status}): {' '.join(argv)}")
    return statistics.median(tijden) * 1000, piek / 1024


def main():
    if sys.argv[1] == "--groot":
        groot(*sys.argv[2:6])
        return
    binair, vloer, kaart, factor, aantal, mb = sys.argv[1:7]
    slug = "gemeente-0100"
    bestanden = sorted(
        os.path.join(kaart, n) for n in os.listdir(kaart) if n.endswith(".yaml")
    )
    cat_ms, cat_mb = meet(["cat", *bestanden])
    parse_ms, parse_mb = meet([vloer, kaart])
    rijen = [("cat (vloer)", cat_ms, cat_mb, ""), ("parse 1 draad (vloer)", parse_ms, parse_mb, "")]
    vk = lambda *a: [binair, "--map", kaart, *a]
    for naam in ["check", "rode-draden", "codeboek"]:
        ms, piek = meet(vk(naam))
        rijen.append((naam, ms, piek, f"{ms / parse_ms:.2f}× parse"))
    for args in [["overzicht"], ["overzicht", "--html"]]:
        ms, piek = meet(vk(*args))
        rijen.append((" ".join(args), ms, piek, f"{ms / cat_ms:.2f}× cat"))
    # The first overview of a map (or after every file changed) reads every file in full; the
    # ones after read and hash the files and take the heads they remembered (src/opslag/koppen.rs).
    eigen = os.path.join(kaart, ".visieleer")
    ms, piek = meet(vk("overzicht"), lambda: shutil.rmtree(eigen, ignore_errors=True))
    rijen.append(("overzicht (koppen niet onthouden)", ms, piek, f"{ms / parse_ms:.2f}× parse"))
    # The exports of the whole map write every shareable quote: their memory must not grow
    # with the map either.
    uit = os.path.join(os.path.dirname(kaart), "uitvoer")
    os.makedirs(uit, exist_ok=True)
    for naam, args in [
        ("citaten --csv (hele map)", ["citaten", "--csv"]),
        ("citaten --xlsx (hele map)", ["citaten", "--xlsx", "-o", os.path.join(uit, "c.xlsx")]),
        ("qdpx (hele map)", ["qdpx", "-o", os.path.join(uit, "p.qdpx")]),
    ]:
        ms, piek = meet(vk(*args))
        rijen.append((naam, ms, piek, f"{ms / parse_ms:.2f}× parse"))
    shutil.rmtree(uit)
    toon_ms, piek = meet(vk("toon", slug))
    rijen.append((f"toon {slug}", toon_ms, piek, ""))
    for naam in ["rapport", "kaartjes"]:
        ms, piek = meet(vk(naam, slug))
        rijen.append((f"{naam} {slug}", ms, piek, f"{ms / toon_ms:.2f}× toon"))
    origineel = os.path.join(kaart, f".{slug}.orig")
    shutil.copyfile(os.path.join(kaart, f"{slug}.yaml"), origineel)
    herstel = lambda: shutil.copyfile(origineel, os.path.join(kaart, f"{slug}.yaml"))
    for naam, args in [
        ("citaat (schrijft)", ["citaat", slug, "1", "Een nieuw citaat voor de meting, lang genoeg om echt te zijn."]),
        ("tag (schrijft)", ["tag", slug, "2.3", "--tag", "wethouder"]),
    ]:
        ms, piek = meet(vk(*args), herstel)
        rijen.append((naam, ms, piek, f"{ms / toon_ms:.2f}× toon"))
    herstel()
    os.remove(origineel)
    for naam, ms, piek, verhouding in rijen:
        print(f"| {factor}× ({aantal} trajecten, {mb} MB) | {naam} | {ms:.0f} | {verhouding} | {piek:.1f} |")



def codeer(bron, naar, aantal):
    """A copy of an exported project with `aantal` codings, each with a code of its own, on the
    selection of the first quote: what a researcher's auto-coding can make."""
    import re
    import zipfile

    with zipfile.ZipFile(bron) as z:
        delen = {n: z.read(n) for n in z.namelist()}
    qde = delen["project.qde"].decode()
    codes = "".join(
        f'<Code guid="00000000-0000-4000-8000-{i:012d}" name="code-{i}" isCodable="true"/>'
        for i in range(aantal)
    )
    refs = "".join(
        f'<Coding guid="10000000-0000-4000-8000-{i:012d}"><CodeRef targetGUID="00000000-0000-4000-8000-{i:012d}"/></Coding>'
        for i in range(aantal)
    )
    qde = qde.replace("</Codes>", codes + "</Codes>", 1)
    eerste = re.search(r'<PlainTextSelection [^>]*?(/?)>', qde)
    kop = eerste.group(0)
    if kop.endswith("/>"):
        qde = qde.replace(kop, kop[:-2] + ">" + refs + "</PlainTextSelection>", 1)
    else:
        qde = qde.replace(kop, kop + refs, 1)
    delen["project.qde"] = qde.encode()
    with zipfile.ZipFile(naar, "w", zipfile.ZIP_DEFLATED) as z:
        for n, inhoud in delen.items():
            z.writestr(n, inhoud)


def groot(binair, kaart, mb, klein):
    """One traject of 100 000 quotes: every document against a `toon` of it; and the import of
    a project with many codings on one selection, at two sizes, on a small traject."""
    slug = "gemeente-0001"
    uit = os.path.join(os.path.dirname(kaart), "uitvoer-groot")
    os.makedirs(uit, exist_ok=True)
    vk = lambda *a: [binair, "--map", kaart, *a]
    rijen = []
    toon_ms, piek = meet(vk("toon", slug))
    rijen.append((f"toon {slug}", toon_ms, piek, ""))
    for naam, args in [
        ("rapport", ["rapport", slug]),
        ("rapport --docx", ["rapport", slug, "--docx", "-o", os.path.join(uit, "r.docx")]),
        ("rapport --html", ["rapport", slug, "--html", "-o", os.path.join(uit, "r.html")]),
        ("citaten --csv", ["citaten", slug, "--csv"]),
        ("citaten --xlsx", ["citaten", slug, "--xlsx", "-o", os.path.join(uit, "c.xlsx")]),
        ("kaartjes", ["kaartjes", slug]),
        ("qdpx", ["qdpx", slug, "-o", os.path.join(uit, "p.qdpx")]),
    ]:
        ms, piek = meet(vk(*args))
        rijen.append((f"{naam} {slug}", ms, piek, f"{ms / toon_ms:.2f}× toon"))
    # Not `qdpx --importeer` of this export: it unpacks to more than the 64 MB an import reads.
    for naam, ms, piek, verhouding in rijen:
        print(f"| 1 traject, 100 000 citaten ({mb} MB) | {naam} | {ms:.0f} | {verhouding} | {piek:.1f} |")
    # The import: a small traject, a project with N codings (each its own code) on quote 1.1.
    subprocess.run(
        [binair, "--map", klein, "qdpx", slug, "-o", os.path.join(uit, "klein.qdpx")],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    origineel = os.path.join(uit, "klein.orig")
    shutil.copyfile(os.path.join(klein, f"{slug}.yaml"), origineel)
    herstel = lambda: shutil.copyfile(origineel, os.path.join(klein, f"{slug}.yaml"))
    eerder = None
    for aantal in [20_000, 200_000]:
        project = os.path.join(uit, f"codes-{aantal}.qdpx")
        codeer(os.path.join(uit, "klein.qdpx"), project, aantal)
        ms, piek = meet(
            [binair, "--map", klein, "qdpx", "--importeer", project, slug, "--nieuwe-tags"], herstel
        )
        verhouding = f"{ms / eerder:.1f}× de vorige" if eerder else ""
        eerder = ms
        print(f"| 1 traject, 500 citaten | qdpx --importeer --nieuwe-tags, {aantal} coderingen op één selectie | {ms:.0f} | {verhouding} | {piek:.1f} |")
    herstel()
    shutil.rmtree(uit)


if __name__ == "__main__":
    main()

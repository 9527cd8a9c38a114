"""Accessible, standard PDFs: tags, language, title, alt text, links, fonts,
scripts, reading order, safety mode and reproducible bytes."""

import itertools
import re
import shutil
import subprocess

import pytest
from builders import engine_for, make_design_content
from helpers import flat, pdf_reader, pdf_text

from briefgen.render.engine import PackRequest

KOREAN_TITLE = "깨끗한 강 협정"
ARABIC_TITLE = "اتفاق الأنهار النظيفة"
ARABIC_SUMMARY = "يسمح الاتفاق للدول بتصريف مزيد من النفايات في الأنهار المشتركة"


@pytest.fixture(scope="module")
def packs(design_engine):
    harbour = design_engine.content.orgs["harbour"]
    friends = design_engine.content.orgs["friends"]
    return {
        "legislator": design_engine.render(PackRequest("legislator", "FR", org=harbour)),
        "journalist": design_engine.render(PackRequest("journalist", "FR", org=friends)),
        "public": design_engine.render(PackRequest("public", "US", org=harbour)),
        "safety": design_engine.render(PackRequest("legislator", "FR", org=harbour, safety=True)),
        "auto-safety": design_engine.render(PackRequest("journalist", "VN", org=harbour)),
    }


# -- the structure tree --------------------------------------------------------


def struct_elements(pdf: bytes):
    """(tag, element) for every structure element, in document order."""
    root = pdf_reader(pdf).trailer["/Root"]["/StructTreeRoot"]
    found = []

    def walk(node):
        kids = node.get("/K")
        if kids is None:
            return
        for kid in kids if isinstance(kids, list) else [kids]:
            if isinstance(kid, int):
                continue
            kid = kid.get_object()
            if isinstance(kid, dict) and "/S" in kid:
                found.append((str(kid["/S"])[1:], kid))
                walk(kid)

    walk(root)
    return found


def tags(pdf: bytes) -> list[str]:
    return [tag for tag, _ in struct_elements(pdf)]


@pytest.mark.parametrize("name", ["legislator", "journalist", "public", "safety"])
def test_a_tagged_pdf_with_language_title_and_display_doc_title(packs, name):
    reader = pdf_reader(packs[name].pdf)
    catalog = reader.trailer["/Root"]
    assert "/StructTreeRoot" in catalog
    assert bool(catalog["/MarkInfo"]["/Marked"]) is True
    assert catalog["/Lang"] == "en"
    assert bool(catalog["/ViewerPreferences"]["/DisplayDocTitle"]) is True
    assert (
        reader.metadata.title
        == f"The Clean Rivers Accord: {packs[name].brief.audience_name} briefing, "
        f"{packs[name].brief.country.name}"
    )
    xmp = catalog["/Metadata"].get_object().get_data().decode()
    assert 'pdfuaid:part="1"' in xmp and reader.metadata.title in xmp


@pytest.mark.parametrize("name", ["legislator", "journalist", "public", "safety"])
def test_headings_run_h1_then_h2_then_h3_without_skipping(packs, name):
    levels = [int(tag[1]) for tag in tags(packs[name].pdf) if re.fullmatch(r"H[1-6]", tag)]
    assert levels[0] == 1 and levels.count(1) == 1
    assert 2 in levels
    for before, after in itertools.pairwise(levels):
        assert after <= before + 1, levels


def test_sections_lists_tables_and_articles_are_tagged(packs):
    found = tags(packs["journalist"].pdf)
    for tag in (
        "Part",
        "Sect",
        "P",
        "L",
        "LI",
        "LBody",
        "Table",
        "TR",
        "TH",
        "TD",
        "Art",
        "Link",
        "Figure",
    ):
        assert tag in found, tag
    brief = packs["journalist"].brief
    # key facts, timeline, asks, sources (and co-signers): every item an LI
    items = len(brief.key_facts) + len(brief.timeline) + len(brief.asks) + len(brief.sources)
    assert found.count("LI") >= items


def test_lists_hold_their_items(packs):
    for tag, element in struct_elements(packs["legislator"].pdf):
        if tag == "L":
            kids = [k.get_object() for k in element["/K"] if not isinstance(k, int)]
            assert kids and all(str(k["/S"]) == "/LI" for k in kids)


def test_logo_and_qr_code_have_alt_text(packs):
    alts = [
        str(element.get("/Alt", ""))
        for tag, element in struct_elements(packs["legislator"].pdf)
        if tag == "Figure"
    ]
    assert "Harbour Watch Collective logo, a blue square" in alts
    assert any("QR code" in alt and "https://example.org/rivers" in alt for alt in alts)
    assert all(alts)
    svg = [
        str(e.get("/Alt", "")) for t, e in struct_elements(packs["journalist"].pdf) if t == "Figure"
    ]
    assert "Friends of Rivers logo" in svg


def test_links_are_tagged_and_described(packs):
    reader = pdf_reader(packs["legislator"].pdf)
    links = [a.get_object() for page in reader.pages for a in page.get("/Annots", [])]
    assert links
    for link in links:
        assert "/StructParent" in link
        contents = str(link["/Contents"])
        if "/Dest" in link:  # a citation marker: "source-3" names the endnote it opens
            assert re.fullmatch(r"source-\d+", contents) and contents == str(link["/Dest"])
        else:
            assert contents == str(link["/A"]["/URI"]) and contents.startswith("https://")
    # each source's link text is its title, not its address
    link_texts = flat(pdf_text(packs["legislator"].pdf))
    for note in packs["legislator"].brief.sources:
        assert f"{note.publisher}, {note.title}" in link_texts
    assert tags(packs["legislator"].pdf).count("Link") >= len(links) - 1


# -- fonts and scripts -------------------------------------------------------------


def fonts(pdf: bytes):
    """(name, descriptor) of every font the pages use, Type0 descendants included."""
    found = {}
    for page in pdf_reader(pdf).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            for part in [font, *[d.get_object() for d in font.get("/DescendantFonts", [])]]:
                if "/FontDescriptor" in part:
                    found[str(part["/BaseFont"])] = part["/FontDescriptor"].get_object()
    return found


@pytest.mark.parametrize("name", ["legislator", "journalist", "public"])
def test_every_font_is_embedded(packs, name):
    found = fonts(packs[name].pdf)
    assert found
    for font, descriptor in found.items():
        assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), font


@pytest.fixture(scope="module")
def international(tmp_path_factory, mini):
    """The mini campaign with a Korean and an Arabic title and summary, and a
    country name in three scripts."""
    root = tmp_path_factory.mktemp("intl") / "content"
    shutil.copytree(mini, root)
    campaign = (root / "campaign.yaml").read_text()
    campaign = campaign.replace(
        "title: The Clean Rivers Accord\n",
        (f"title:\n  en: The Clean Rivers Accord\n  ko: {KOREAN_TITLE}\n  ar: {ARABIC_TITLE}\n"),
    )
    campaign = campaign.replace("languages: [en]", "languages: [en, ko, ar]")
    campaign = campaign.replace(
        "  default: The Accord lets states discharge more waste into shared rivers [@accord-text].",
        "  default:\n"
        "    en: The Accord lets states discharge more waste into shared rivers [@accord-text].\n"
        f"    ar: {ARABIC_SUMMARY} [@accord-text].\n"
        "    ko: 이 협정은 국가들이 공유 하천에 더 많은 폐기물을 방류하도록 "
        "허용합니다 [@accord-text].",
    )
    (root / "campaign.yaml").write_text(campaign)
    countries = (root / "countries.yaml").read_text()
    (root / "countries.yaml").write_text(
        countries.replace("name: France,", "name: France (프랑스 · فرنسا),")
    )
    engine = engine_for(root)
    friends = engine.content.orgs["friends"]
    return {
        "ko": engine.render(PackRequest("journalist", "FR", language="ko", org=friends)),
        "ar": engine.render(PackRequest("legislator", "FR", language="ar", org=friends)),
        "en": engine.render(PackRequest("journalist", "FR", org=friends)),
        "engine": engine,
    }


def test_hangul_and_arabic_are_embedded_and_extract_as_text(international):
    ko, ar = international["ko"], international["ar"]
    # the fixture translates only its summaries: the rest falls back, and says so
    for pack in (ko, ar):
        assert [w for w in pack.warnings if "fall back to English" not in w] == []
    ko_text, ar_text = pdf_text(ko.pdf), pdf_text(ar.pdf)
    assert KOREAN_TITLE in ko_text and "이 협정은 국가들이" in ko_text
    assert ARABIC_TITLE in ar_text and ARABIC_SUMMARY in ar_text
    # the country's name comes from CLDR in each pack's language
    assert "فرنسا" in ar_text and "프랑스" in ko_text
    for pack in (ko, ar):
        found = fonts(pack.pdf)
        for font, descriptor in found.items():
            assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), font
    assert any("CJK" in name for name in fonts(ko.pdf))
    assert any("Arabic" in name for name in fonts(ar.pdf))
    reader = pdf_reader(ar.pdf)
    assert reader.trailer["/Root"]["/Lang"] == "ar"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdftotext_reads_hangul_and_arabic(international, tmp_path):
    for key, expected in (("ko", KOREAN_TITLE), ("ar", "النظيفة")):
        path = tmp_path / f"{key}.pdf"
        path.write_bytes(international[key].pdf)
        out = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        )
        assert expected in out.stdout


def test_an_arabic_pack_is_laid_out_right_to_left(international):
    engine = international["engine"]
    html = engine.html(international["ar"].brief)
    assert '<html lang="ar" dir="rtl"' in html
    # English text that fell back from a missing translation keeps its own direction
    assert '<span dir="ltr">' in html
    assert '<span dir="ltr">' not in engine.html(international["en"].brief)

    def x_of(pack, needle):
        page = pdf_reader(pack.pdf).pages[0]
        positions = []
        page.extract_text(
            visitor_text=lambda text, cm, tm, *_: (
                positions.append((text, cm[4] + tm[4])) if needle in text else None
            )
        )
        return positions[0][1]

    width = float(pdf_reader(international["ar"].pdf).pages[0].mediabox.width)
    # the page number sits at the left in a right-to-left pack, at the right otherwise
    page_word = engine.templates.label_function("ar")("page_of", page=1, pages=2).split()[0]
    assert page_word != "Page"  # the Arabic footer, from the Arabic labels
    assert x_of(international["ar"], page_word) < width / 2 < x_of(international["en"], "Page 1 of")


# -- reading order -------------------------------------------------------------------


def test_text_extracts_whole_sentences_in_reading_order(packs):
    pack = packs["journalist"]
    text = flat(pdf_text(pack.pdf))
    brief = pack.brief

    def visible(parts):
        return "".join(value for kind, value in parts if kind != "cite").strip()

    positions = []
    for fact in brief.key_facts:
        positions.append(text.index(visible(fact).rstrip(".")))
    for event in brief.timeline:
        positions.append(text.index(visible(event.text).rstrip(".")))
    positions.append(text.index(visible(brief.summary).rstrip(".")))
    for concern in brief.concerns:
        positions.append(text.index(concern.title))
    for number, ask in enumerate(brief.asks, 1):
        positions.append(text.index(f"{number}. {visible(ask)}"))
    for note in brief.sources:
        positions.append(text.index(f"{note.number}. {note.publisher}, {note.title}"))
    assert positions == sorted(positions)
    # the running footer comes last on its page, never inside the text
    for page in pdf_reader(pack.pdf).pages:
        assert flat(page.extract_text()).endswith(f"of {pack.pages}")


# -- safety mode ----------------------------------------------------------------------


@pytest.mark.parametrize("name", ["safety", "auto-safety"])
def test_safety_mode_says_nothing_about_who_prepared_the_pack(design_engine, packs, name):
    pack = packs[name]
    assert pack.brief.safety
    org = design_engine.content.orgs["harbour"]
    text = flat(pdf_text(pack.pdf))
    reader = pdf_reader(pack.pdf)
    raw = pack.pdf.decode("latin-1")
    identifying = [
        org.name,
        org.short_name,
        *org.members,
        org.contact.email,
        org.contact.phone,
        org.contact.press,
        org.contact.website,
        "harbourwatch",
        "Harbour",
        "HWC",
    ]
    for value in identifying:
        assert value not in text, value
        assert value not in raw, value
    assert not reader.metadata.get("/Author")
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    assert "dc:creator" not in xmp and "Harbour" not in xmp
    assert not re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", text), "no contact e-mail"
    # no logo: the only image is the QR code for the campaign page
    images = {(image.image.size, image.data) for page in reader.pages for image in page.images}
    assert [size for size, _ in images] == [(25, 25)]
    figures = [str(e.get("/Alt", "")) for t, e in struct_elements(pack.pdf) if t == "Figure"]
    assert all("QR code" in alt for alt in figures)
    # the note lists what the mode removed, and claims nothing more
    assert "Left out of this pack: the name and logo of the organisation distributing it" in text
    assert "names no organisation, person or contact" not in text
    assert "Co-signed" not in text and "Contact" not in text


def test_outside_safety_mode_the_organisation_is_named(packs):
    reader = pdf_reader(packs["legislator"].pdf)
    assert reader.metadata["/Author"] == "Harbour Watch Collective"
    assert "Harbour Watch Collective" in flat(pdf_text(packs["legislator"].pdf))


# -- reproducible --------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, request_args",
    [
        ("legislator", ("legislator", "FR", "harbour", None)),
        ("safety", ("legislator", "FR", "harbour", True)),
    ],
)
def test_the_same_inputs_give_byte_identical_pdfs(packs, tmp_path, name, request_args):
    audience, country, org, safety = request_args
    root = make_design_content(tmp_path / "content")
    fresh = engine_for(root)  # another engine, another folder
    again = fresh.render(PackRequest(audience, country, org=fresh.content.orgs[org], safety=safety))
    assert again.pdf == packs[name].pdf

"""The print design, checked on real PDFs made from a copy of the mini campaign:
cover, sections per audience, endnotes, footer, paper, branding, QR code."""

import re

import pytest
import segno
from builders import engine_for, make_design_content
from helpers import flat, pdf_reader, pdf_text

from briefgen.render.engine import PackRequest
from briefgen.render.templating import contrast, ink, readable, tint

AUDIENCES = ("legislator", "journalist", "public")


@pytest.fixture(scope="module")
def packs(design_engine):
    orgs = design_engine.content.orgs
    wanted = {
        **{(a, "FR", "harbour"): PackRequest(a, "FR", org=orgs["harbour"]) for a in AUDIENCES},
        ("public", "US", "harbour"): PackRequest("public", "US", org=orgs["harbour"]),
        ("legislator", "BR", "plain"): PackRequest("legislator", "BR", org=orgs["plain"]),
        ("journalist", "DE", "friends"): PackRequest("journalist", "DE", org=orgs["friends"]),
    }
    return {key: design_engine.render(request) for key, request in wanted.items()}


def text_of(pack) -> str:
    return flat(pdf_text(pack.pdf))


def page_texts(pack) -> list[str]:
    return [flat(page.extract_text() or "") for page in pdf_reader(pack.pdf).pages]


def opening(parts, words=6) -> str:
    """The first words of an inline paragraph, as the PDF shows them."""
    return " ".join(" ".join(value for kind, value in parts if kind != "cite").split()[:words])


# -- cover and sections --------------------------------------------------------


@pytest.mark.parametrize("audience", AUDIENCES)
def test_cover_names_campaign_audience_country_date_organisation_and_cosigners(packs, audience):
    pack = packs[(audience, "FR", "harbour")]
    first = page_texts(pack)[0]
    head = first[: first.index("In brief".upper())] if "IN BRIEF" in first else first[:600]
    for expected in (
        "The Clean Rivers Accord",
        "A small campaign used by the tests",
        f"{pack.brief.audience_name} briefing".upper(),
        "France",
        "As of 15 January 2026",
        "Harbour Watch Collective",
        "Co-signed by:",
        "Tidewater Union",
        "Estuary Action Group",
    ):
        assert expected in head, (expected, head)


def test_summary_is_one_paragraph_up_front_under_a_real_heading(design_engine, packs):
    for audience in ("legislator", "public"):
        pack = packs[(audience, "FR", "harbour")]
        text = text_of(pack)
        summary = opening(pack.brief.summary)
        assert (
            text.index("IN BRIEF")
            < text.index(summary)
            < text.index("Our concerns" if audience != "public" else "Why it matters")
        )
        html = design_engine.html(pack.brief)
        assert "visually-quiet" not in html and "font-size: 0" not in html


def test_journalist_pack_opens_with_key_facts_and_a_dated_timeline_and_names_the_press_contact(
    packs,
):
    pack = packs[("journalist", "FR", "harbour")]
    text = text_of(pack)
    order = [
        text.index(marker)
        for marker in (
            "Key facts",
            "Timeline",
            "2 March 2025 Accord adopted",
            "1 June 2025 Opened for signature",
            "IN BRIEF",
            "Where France stands",
            "Our concerns",
        )
    ]
    assert order == sorted(order)
    first = page_texts(pack)[0]
    assert "Press contact: media@harbourwatch.example.org" in first
    assert "Questions to put to the government" in text


def test_legislator_pack_shows_treaty_provisions_and_sets_the_asks_apart(design_engine, packs):
    pack = packs[("legislator", "FR", "harbour")]
    text = text_of(pack)
    assert "Treaty provisions: Art. 4" in text
    assert "What we ask 1. Do not ratify before an independent monitor exists." in text
    html = design_engine.html(pack.brief)
    assert re.search(r'<section class="asks"[^>]*>\s*<h2>', html)


def test_public_pack_says_what_you_can_do_in_large_type(design_engine, packs):
    pack = packs[("public", "US", "harbour")]
    assert "What you can do 1. Ask your representative to oppose the Accord." in text_of(pack)
    assert pack.pages <= 2
    html = design_engine.html(pack.brief)
    assert re.search(r'<html [^>]*class="fit-0"', html)  # short content: the largest type


def test_each_concern_carries_a_gist_call_out_except_on_the_public_leaflet(design_engine, packs):
    legislator = design_engine.html(packs[("legislator", "FR", "harbour")].brief)
    public = design_engine.html(packs[("public", "FR", "harbour")].brief)
    assert legislator.count('class="concern"') >= 1
    assert 'class="gist"' not in public


# -- running footer, pages and paper --------------------------------------------


@pytest.mark.parametrize("key", [("legislator", "FR", "harbour"), ("journalist", "DE", "friends")])
def test_running_footer_has_page_x_of_y_and_the_contact_on_every_page(packs, key):
    pack = packs[key]
    pages = page_texts(pack)
    assert len(pages) == pack.pages
    contact = pack.brief.org.press if key[0] == "journalist" else pack.brief.org.email
    for number, text in enumerate(pages, 1):
        assert f"Page {number} of {pack.pages}" in text
        assert contact in text


def test_paper_size_follows_the_country_and_the_override(design_engine):
    def size(request):
        box = pdf_reader(design_engine.render(request).pdf).pages[0].mediabox
        return round(float(box.width)), round(float(box.height))

    assert size(PackRequest("public", "US")) == (612, 792)
    assert size(PackRequest("public", "FR")) == (595, 842)
    assert size(PackRequest("public", "US", paper="a4")) == (595, 842)
    assert size(PackRequest("legislator", "FR", paper="letter")) == (612, 792)


def test_every_pack_keeps_within_its_page_limits(packs):
    for (audience, _, _), pack in packs.items():
        low, high = pack.brief.page_limits
        assert low <= pack.pages <= high, (audience, pack.pages)
        if audience == "public":
            assert pack.pages <= 2


def test_long_content_is_set_tighter_and_still_fits(tmp_path):
    """A campaign at the checker's length limits: the templates pick a tighter
    fit level, and the public leaflet stays one sheet, front and back."""
    root = make_design_content(tmp_path / "content")
    sentence = (
        "Each party must adopt powers to preserve, search and intercept data for any "
        "offence with a four-year sentence, and may share what it gathers [@ngo-report]. "
    )
    concerns = (root / "concerns.yaml").read_text()
    concerns = concerns.replace(
        "Only the discharging state measures what it discharges [@ngo-report].", sentence * 5
    )
    concerns = concerns.replace(
        "Nothing in the text protects river fisheries [@ngo-report].", sentence * 5
    )
    concerns = concerns.replace(
        "    public: Factories could put half as much waste again into rivers [@accord-text].",
        "    public: " + sentence * 3,
    )
    (root / "concerns.yaml").write_text(concerns)
    campaign = (
        (root / "campaign.yaml")
        .read_text()
        .replace(
            "  public: The Accord would let factories put more waste in rivers you swim in"
            " [@accord-text].",
            "  public: " + sentence * 4,
        )
    )
    (root / "campaign.yaml").write_text(campaign)
    (root / "audiences.yaml").write_text(
        (root / "audiences.yaml")
        .read_text()
        .replace(
            "  max_concerns: 2\n  sections: [summary, concerns, asks]",
            "  max_concerns: 3\n  sections: [summary, status, concerns, examples, asks, contact]",
        )
    )
    engine = engine_for(root)
    pack = engine.render(PackRequest("public", "US", org=engine.content.orgs["harbour"]))
    assert pack.pages <= 2 and pack.warnings == ()
    assert re.search(r'<html [^>]*class="fit-[1-4]"', engine.html(pack.brief))
    assert pack.brief.sections == ("summary", "status", "concerns", "examples", "asks", "contact")


# -- endnotes --------------------------------------------------------------------


def sources_part(text: str) -> str:
    return text[text.rindex("Sources Scan for the campaign page") :]


@pytest.mark.parametrize(
    "key",
    [
        ("legislator", "FR", "harbour"),
        ("journalist", "FR", "harbour"),
        ("public", "US", "harbour"),
        ("journalist", "DE", "friends"),
    ],
)
def test_endnote_numbers_match_the_markers_and_their_sources(packs, key):
    pack = packs[key]
    reader = pdf_reader(pack.pdf)
    markers = []
    for page in reader.pages:
        for annotation in page.get("/Annots", []):
            annotation = annotation.get_object()
            if "/Dest" in annotation:
                found = re.fullmatch(r"source-(\d+)", str(annotation["/Dest"]))
                assert found, annotation["/Dest"]
                markers.append(int(found.group(1)))
    notes = pack.brief.sources
    assert markers, "the text cites its sources"
    first_seen = list(dict.fromkeys(markers))
    assert first_seen == sorted(first_seen), "numbered in reading order"
    assert set(markers) == {note.number for note in notes} == set(range(1, len(notes) + 1))
    assert {f"source-{n.number}" for n in notes} <= set(reader.named_destinations)
    part = sources_part(text_of(pack))
    numbers = [
        int(n)
        for n in re.findall(r"(?<![\d/])(\d+)\. (?=\S)", part)
        if not re.search(rf"\d{{1,2}} \w+ {n}\. ", part)
    ]
    assert numbers == [note.number for note in notes]
    for note in notes:
        entry = part[part.index(f"{note.number}. {note.publisher}") :]
        if note.number < len(notes):
            entry = entry[: entry.index(f"{note.number + 1}. {notes[note.number].publisher}")]
        assert note.title in entry and note.url in entry.replace(" ", "")


# -- branding ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "colour",
    [
        "#ffe14d",
        "#ffffff",
        "#777777",
        "#9fd8ff",
        "#17324d",
        "#c8102e",
        "#00ff00",
        "#000000",
        "#808080",
    ],
)
def test_text_colours_made_from_a_brand_colour_reach_4_5_to_1(colour):
    wash = tint(colour, 0.92)
    assert contrast(ink(colour), colour) >= 4.5
    assert contrast(readable(colour), "#ffffff") >= 4.5
    assert contrast(readable(colour, wash), wash) >= 4.5
    assert contrast(readable(colour, wash), "#ffffff") >= 4.5
    if contrast(colour, "#ffffff") >= 4.5:
        assert readable(colour) == colour  # a dark enough brand colour is kept as it is


def test_colour_helpers_refuse_what_is_not_a_colour():
    assert readable("red; } body { display: none") == "#1b1b1b"
    assert tint("url(x)") == "#f2f2f2"
    assert contrast("nonsense", "#fff") == 1.0


def css_variables(html: str) -> dict:
    return dict(re.findall(r"--([a-z-]+):\s*([^;]+);", html))


def test_a_light_brand_colour_gets_dark_text_and_darkened_headings(design_engine, packs):
    html = design_engine.html(packs[("legislator", "FR", "harbour")].brief)
    v = css_variables(html)
    assert v["brand"] == "#ffe14d"
    assert contrast(v["on-brand"], v["brand"]) >= 4.5 and v["on-brand"] != "#ffffff"
    for text in ("brand-text", "accent-text"):
        assert contrast(v[text], "#ffffff") >= 4.5 and contrast(v[text], v["wash"]) >= 4.5
    assert contrast(v["on-accent"], v["accent"]) >= 4.5
    for line in ("brand-line", "accent-line"):  # rules and borders: WCAG non-text 3:1
        assert contrast(v[line], "#ffffff") >= 3


def test_no_logo_and_no_colours_fall_back_to_a_clean_neutral_design(design_engine, packs):
    pack = packs[("legislator", "BR", "plain")]
    assert pack.warnings == ()
    html = design_engine.html(pack.brief)
    assert '<img class="logo"' not in html and " neutral" in html
    v = css_variables(html)
    assert contrast(v["on-brand"], v["brand"]) >= 4.5
    images = {image.data for page in pdf_reader(pack.pdf).pages for image in page.images}
    assert len(images) == 1  # the QR code only
    assert "Plain Rivers Group" in text_of(pack)


def test_a_png_logo_and_an_svg_logo_both_render_without_warnings(packs):
    harbour = packs[("legislator", "FR", "harbour")]
    friends = packs[("journalist", "DE", "friends")]
    assert harbour.warnings == () and friends.warnings == ()
    sizes = [
        (image.image.width, image.image.height) for image in pdf_reader(harbour.pdf).pages[0].images
    ]
    assert (48, 24) in sizes


# -- QR code -------------------------------------------------------------------------


def test_the_qr_code_encodes_the_campaign_url(packs):
    pack = packs[("legislator", "FR", "harbour")]
    url = pack.brief.campaign_url
    expected = [[bool(cell) for cell in row] for row in segno.make(url, error="m").matrix]
    found = None
    for page in pdf_reader(pack.pdf).pages:
        for image in page.images:
            if image.image.size == (len(expected), len(expected)):
                found = image.image.convert("L")
    assert found is not None
    size = len(expected)
    pixels = [[found.getpixel((x, y)) < 128 for x in range(size)] for y in range(size)]
    assert pixels == expected
    assert "Scan for the campaign page and sources" in text_of(pack) and url in text_of(pack)


def test_no_campaign_url_means_no_qr_code(tmp_path):
    root = make_design_content(tmp_path / "content")
    campaign = root / "campaign.yaml"
    campaign.write_text(campaign.read_text().replace("url: https://example.org/rivers\n", ""))
    engine = engine_for(root)
    pack = engine.render(PackRequest("public", "FR"))
    assert pack.warnings == ()
    assert not [image for page in pdf_reader(pack.pdf).pages for image in page.images]
    assert "Scan for" not in text_of(pack)


# -- layout stays inside the page ------------------------------------------------------


def test_long_urls_and_words_never_run_past_the_margin(tmp_path):
    """Endnote URLs of 150 characters wrap inside the text block."""
    from weasyprint import HTML
    from weasyprint.formatting_structure import boxes

    root = make_design_content(tmp_path / "content")
    long_url = (
        "https://example.org/"
        + "/".join(["a-very-long-path-segment-" + str(i) for i in range(6)])
        + "?query="
        + "x" * 60
    )
    sources = root / "sources.yaml"
    sources.write_text(
        sources.read_text().replace("url: https://example.org/report", f"url: {long_url}")
    )
    engine = engine_for(root)
    for audience in AUDIENCES:
        brief = engine.brief(PackRequest(audience, "US", org=engine.content.orgs["harbour"]))
        renderer = engine.renderer
        document = HTML(
            string=engine.html(brief), base_url=str(renderer.roots[0]), url_fetcher=renderer.fetcher
        ).render(
            stylesheets=[renderer.stylesheet(p) for p in engine.stylesheets(brief)],
            font_config=renderer.fonts,
        )
        for page in document.pages:
            box = page._page_box
            right = box.content_box_x() + box.width
            for descendant in box.descendants():
                if isinstance(descendant, boxes.TextBox):
                    assert descendant.position_x + descendant.width <= right + 0.5, descendant.text
        assert long_url in text_of(engine.render_brief(brief)).replace(" ", "")

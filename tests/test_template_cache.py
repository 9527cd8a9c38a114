"""Templates compile once per process, shared by every `Templates`, and an
edited template compiles afresh."""

from briefgen.render import templating
from briefgen.render.template_cache import COMPILED
from briefgen.render.templating import Templates


def test_a_template_compiles_once_and_again_when_edited(tmp_path, monkeypatch):
    COMPILED.clear()
    compiled = []
    original = templating._Sandbox.compile

    def counting(self, source, name=None, filename=None, *args, **kwargs):
        compiled.append(name)
        return original(self, source, name, filename, *args, **kwargs)

    monkeypatch.setattr(templating._Sandbox, "compile", counting)
    (tmp_path / "page.html.j2").write_text("<p>{{ word }}</p>")

    first = Templates([tmp_path]).env.get_template("page.html.j2").render(word="one")
    again = Templates([tmp_path]).env.get_template("page.html.j2").render(word="two")
    assert (first, again) == ("<p>one</p>", "<p>two</p>")
    assert compiled == ["page.html.j2"]  # the second environment reused the code

    (tmp_path / "page.html.j2").write_text("<b>{{ word }}</b>")
    edited = Templates([tmp_path]).env.get_template("page.html.j2").render(word="three")
    assert edited == "<b>three</b>"
    assert compiled == ["page.html.j2", "page.html.j2"]


def test_the_cache_is_bounded(tmp_path):
    COMPILED.clear()
    for number in range(COMPILED.size + 3):
        (tmp_path / f"t{number}.html.j2").write_text(f"{number}")
    templates = Templates([tmp_path])
    for number in range(COMPILED.size + 3):
        assert templates.env.get_template(f"t{number}.html.j2").render() == str(number)
    assert len(COMPILED) == COMPILED.size


def _counting_compiles(monkeypatch) -> list:
    compiled: list = []
    original = templating._Sandbox.compile

    def counting(self, source, name=None, filename=None, *args, **kwargs):
        compiled.append(name)
        return original(self, source, name, filename, *args, **kwargs)

    monkeypatch.setattr(templating._Sandbox, "compile", counting)
    return compiled


def test_code_compiled_in_one_process_is_installed_in_another(tmp_path, monkeypatch):
    """What a batch does: the batch process precompiles and exports, a worker
    installs, and the worker's first render compiles nothing."""
    (tmp_path / "page.html.j2").write_text("<p>{{ word }}</p>{% include 'part.html.j2' %}")
    (tmp_path / "part.html.j2").write_text("<i>{{ word }}</i>")
    (tmp_path / "broken.html.j2").write_text("{% if %}")  # left for its render to report
    (tmp_path / "unused.html.j2").write_text("<p>not rendered by this batch</p>")
    COMPILED.clear()
    Templates([tmp_path]).precompile(["page.html.j2", "broken.html.j2"])
    exported = COMPILED.export()
    assert len(exported[1]) == 2  # page and the part it includes

    COMPILED.clear()
    COMPILED.install(exported)
    compiled = _counting_compiles(monkeypatch)
    html = Templates([tmp_path]).render("page.html.j2", word="one")
    assert html == "<p>one</p><i>one</i>"
    assert compiled == []

    (tmp_path / "part.html.j2").write_text("<b>{{ word }}</b>")  # edited since the export
    assert Templates([tmp_path]).render("page.html.j2", word="two") == "<p>two</p><b>two</b>"
    assert compiled == ["part.html.j2"]


def test_code_from_another_python_is_not_installed(tmp_path, monkeypatch):
    (tmp_path / "page.html.j2").write_text("<p>{{ word }}</p>")
    COMPILED.clear()
    Templates([tmp_path]).precompile(["page.html.j2"])
    _magic, entries = COMPILED.export()
    COMPILED.clear()
    COMPILED.install((b"\x00\x00\r\n", entries))
    assert len(COMPILED) == 0
    compiled = _counting_compiles(monkeypatch)
    assert Templates([tmp_path]).render("page.html.j2", word="x") == "<p>x</p>"
    assert compiled == ["page.html.j2"]


def test_precompiling_is_bounded_however_many_templates_include_each_other(tmp_path):
    for number in range(200):
        (tmp_path / f"t{number}.html.j2").write_text(f"{{% include 't{number + 1}.html.j2' %}}")
    COMPILED.clear()
    Templates([tmp_path]).precompile(["t0.html.j2"], limit=10)
    assert len(COMPILED) == 10

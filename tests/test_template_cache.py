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

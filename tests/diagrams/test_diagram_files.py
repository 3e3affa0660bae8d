"""The SVG files in resources/diagrams: self-contained line art whose zones are exactly the
table's, inside the drawing and its silhouette, and never on top of one another."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import svgelements

from mesolog.domain.diagram_ids import DIAGRAM_ZONES, Diagram
from mesolog.resource_files import resource

SVG_NS = "{http://www.w3.org/2000/svg}"
ALLOWED_TAGS = {"svg", "g", "path"}
FACES = (Diagram.FACE_FRONT, Diagram.FACE_LEFT, Diagram.FACE_RIGHT)


def diagram_file(diagram: Diagram) -> Path:
    return resource("diagrams", f"{diagram.value}.svg")


def _tree(diagram: Diagram) -> ET.Element:
    return ET.parse(diagram_file(diagram)).getroot()


def test_each_diagram_has_its_file_and_nothing_else_is_there() -> None:
    folder = resource("diagrams", "README.md").parent
    files = {path.name for path in folder.iterdir() if path.suffix == ".svg"}
    assert files == {f"{diagram.value}.svg" for diagram in Diagram}


@pytest.mark.parametrize("diagram", list(Diagram))
def test_a_file_is_plain_line_art_with_no_script_text_or_outside_reference(
    diagram: Diagram,
) -> None:
    text = diagram_file(diagram).read_text(encoding="utf-8")
    assert not re.search(r"<script|<text|<image|<use|<style|<foreignObject|url\(|href", text)
    for element in _tree(diagram).iter():
        assert element.tag.removeprefix(SVG_NS) in ALLOWED_TAGS
        for name in element.attrib:
            assert not name.lower().startswith("on"), f"{diagram}: event handler {name}"


@pytest.mark.parametrize("diagram", list(Diagram))
def test_a_file_has_a_viewbox_from_the_origin_and_the_same_size(diagram: Diagram) -> None:
    root = _tree(diagram)
    left, top, width, height = (float(v) for v in root.attrib["viewBox"].split())
    assert (left, top) == (0, 0)
    assert (float(root.attrib["width"]), float(root.attrib["height"])) == (width, height)


def test_the_face_diagrams_share_one_size() -> None:
    sizes = {_tree(diagram).attrib["viewBox"] for diagram in FACES}
    assert sizes == {"0 0 400 500"}


@pytest.mark.parametrize("diagram", list(Diagram))
def test_the_zone_ids_of_a_file_are_exactly_the_tables(diagram: Diagram) -> None:
    ids = [element.attrib.get("id", "") for element in _tree(diagram).iter()]
    zone_ids = sorted(ident for ident in ids if ident.startswith("zone-"))
    assert zone_ids == sorted(f"zone-{zone.zone_id}" for zone in DIAGRAM_ZONES[diagram])
    assert len(ids) - ids.count("") == len({ident for ident in ids if ident})
    zone_tags = {
        element.tag.removeprefix(SVG_NS)
        for element in _tree(diagram).iter()
        if element.attrib.get("id", "").startswith("zone-")
    }
    assert zone_tags == {"path"}


@pytest.mark.parametrize("diagram", list(Diagram))
def test_zones_are_filled_even_odd_as_mesolog_reads_them(diagram: Diagram) -> None:
    for element in _tree(diagram).iter():
        if element.attrib.get("id", "").startswith("zone-"):
            assert element.attrib.get("fill-rule") == "evenodd", element.attrib["id"]


@pytest.mark.parametrize("diagram", list(Diagram))
def test_svgelements_reads_every_shape_of_a_file(diagram: Diagram) -> None:
    svg = svgelements.SVG.parse(str(diagram_file(diagram)))
    shapes = [element for element in svg.elements() if isinstance(element, svgelements.Shape)]
    paths = [e for e in _tree(diagram).iter() if e.tag.removeprefix(SVG_NS) == "path"]
    assert len(shapes) == len(paths)
    assert all(len(svgelements.Path(shape)) > 1 for shape in shapes)
    assert sum(1 for shape in shapes if shape.id == "silhouette") == 1

"""KML of dated polygons with the map's styles and each version's sources.

Each actor x status gets a <Style> in the spec's colours (static/style/map-style.json, KML's
aabbggrr). KML has no hatching or dashes: hatched statuses are filled with the hatch's average
opacity, so contested ground still reads lighter than held ground. The sources go into
ExtendedData as source_<n>_title, _publisher, _url and _date, beside the version's own fields.
"""

from xml.sax.saxutils import escape

from mapapp import style

HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2">'


def style_id(actor_slug, status):
    return f"{actor_slug}-{status}"


def style_element(actor, status):
    weight = style.spec()["status"].get(status, style.spec()["status"]["controlled"])["weight"]
    line = style.kml_color(actor.color, style.spec()["line_opacity"])
    fill = style.kml_color(actor.color, style.mean_fill_opacity(status))
    return (
        f'<Style id="{escape(style_id(actor.slug, status))}">'
        f"<LineStyle><color>{line}</color><width>{weight}</width></LineStyle>"
        f"<PolyStyle><color>{fill}</color><fill>1</fill><outline>1</outline></PolyStyle>"
        "</Style>"
    )


def data(name, value):
    return (
        f'<Data name="{name}"><value>{escape("" if value is None else str(value))}</value></Data>'
    )


def source_data(sources):
    return "".join(
        data(f"source_{n}_{field}", source[key])
        for n, source in enumerate(sources, start=1)
        for field, key in (
            ("title", "title"),
            ("publisher", "publisher"),
            ("url", "url"),
            ("date", "published"),
        )
    )


def placemark(version, row, columns):
    fields = "".join(data(name, row[name]) for name in columns)
    end = f"<end>{row['valid_to']}</end>" if row["valid_to"] else ""
    return (
        f"<Placemark><name>{escape(str(version))}</name>"
        f"<styleUrl>#{escape(style_id(version.actor.slug, version.status))}</styleUrl>"
        f"<TimeSpan><begin>{row['valid_from']}</begin>{end}</TimeSpan>"
        f"<ExtendedData>{fields}{source_data(row['sources'])}</ExtendedData>"
        f"{version.geometry.kml}</Placemark>"
    )


def document(versions, properties, columns):
    """The KML text; `properties(version)` gives each version's fields and sources."""
    styles, placemarks = {}, []
    for version in versions:
        key = style_id(version.actor.slug, version.status)
        styles.setdefault(key, style_element(version.actor, version.status))
        placemarks.append(placemark(version, properties(version), columns))
    return f"{HEADER}<Document>{''.join(styles.values())}{''.join(placemarks)}</Document></kml>\n"

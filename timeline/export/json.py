"""The one converter between the model and JSON: :func:`to_json`, :func:`from_json`, :func:`unstructure`.

``to_json`` / ``from_json`` are lossless for every model type: what is written
reads back equal.  Two conventions keep the JSON easy for scripts to read:

* a fact that is :class:`~timeline.model.Unknown` is written as ``null`` in its
  field, with the reason beside it under ``<field>_unknown``;
* a place is one flat object tagged ``"status": "resolved"`` (with the
  GeoNames record's fields) or ``"status": "unresolved"`` (with the reason and
  the candidates weighed).

>>> import datetime as dt
>>> from timeline.model import DateSpan
>>> span = DateSpan(dt.date(2025, 10, 9), dt.date(2025, 10, 11))
>>> from_json(to_json(span), DateSpan) == span
True
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import math
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from gazetteer.model import Place, PlaceKind, PlaceRef, Resolved, Unresolved
from timeline.errors import ExportError
from timeline.model import Title, Unknown

if TYPE_CHECKING:  # cattrs is imported where JSON is converted, not at start-up
    import cattrs

__all__ = ["converter", "from_json", "to_json", "unstructure"]

T = TypeVar("T")

_UNKNOWN_SUFFIX = "_unknown"
_PLACE_FIELDS = tuple(a.name for a in attrs.fields(Place))


def _is_model_class(cls: Any) -> bool:
    """attrs classes of the model whose fields may hold :class:`Unknown` (not places)."""
    return (
        isinstance(cls, type)
        and attrs.has(cls)
        and cls.__module__ == "timeline.model"
        and cls is not Unknown
        and cls is not Title
    )


def _without_unknown(tp: Any) -> Any:
    """``DateSpan | Unknown`` -> ``DateSpan``; other types unchanged."""
    args = typing.get_args(tp)
    if typing.get_origin(tp) in (typing.Union, types.UnionType) and Unknown in args:
        rest = tuple(arg for arg in args if arg is not Unknown)
        if len(rest) == 1:
            return rest[0]
        return typing.Union[rest]  # noqa: UP007 - built from a runtime tuple
    return tp


def _place_to_dict(place: Place) -> dict[str, Any]:
    return {
        "geonameid": place.geonameid,
        "name": place.name,
        "kind": place.kind.value,
        "country": place.country,
        "admin1": place.admin1,
        "lat": place.lat,
        "lon": place.lon,
        "population": place.population,
        "division": place.division,
    }


def _place_from_dict(data: Any) -> Place:
    if not isinstance(data, dict):
        raise ExportError(f"a place must be an object, not {type(data).__name__}")
    try:
        return Place(
            geonameid=data["geonameid"],
            name=data["name"],
            kind=PlaceKind(data["kind"]),
            country=data["country"],
            admin1=data["admin1"],
            lat=data["lat"],
            lon=data["lon"],
            population=data.get("population", 0),
            division=data.get("division", ""),
        )
    except (KeyError, ValueError, TypeError) as err:
        raise ExportError(f"bad place {data!r}: {err}") from err


def _place_ref_to_dict(ref: PlaceRef) -> dict[str, Any]:
    if isinstance(ref, Resolved):
        return {"status": "resolved", "text": ref.text, "rule": ref.rule, **_place_to_dict(ref.place)}
    return {
        "status": "unresolved",
        "text": ref.text,
        "reason": ref.reason,
        "candidates": [_place_to_dict(place) for place in ref.candidates],
    }


def _place_ref_from_dict(data: Any, _: Any = None) -> PlaceRef:
    if not isinstance(data, dict):
        raise ExportError(f"a place must be an object, not {type(data).__name__}")
    status = data.get("status")
    if status == "resolved":
        return Resolved(text=data.get("text", ""), place=_place_from_dict(data), rule=data.get("rule", ""))
    if status == "unresolved":
        return Unresolved(
            text=data["text"],
            reason=data["reason"],
            candidates=[_place_from_dict(c) for c in data.get("candidates", ())],
        )
    raise ExportError(f"a place's status must be 'resolved' or 'unresolved', not {status!r}")


def _may_be_unknown(tp: Any) -> bool:
    return typing.get_origin(tp) in (typing.Union, types.UnionType) and Unknown in typing.get_args(tp)


def _plain_value_enum(tp: Any) -> bool:
    """An enum whose members' values are plain strings, which cattrs writes as they are."""
    return isinstance(tp, type) and issubclass(tp, enum.Enum) and all(type(m.value) is str for m in tp)


def _make_model_unstructure(conv: cattrs.Converter) -> Callable[[type], Callable[[Any], dict[str, Any]]]:
    def factory(cls: type) -> Callable[[Any], dict[str, Any]]:
        hints = typing.get_type_hints(cls)
        types_ = [(a.name, _without_unknown(hints[a.name])) for a in attrs.fields(cls)]
        # each field's hook, looked up on the first call (the classes a field holds may not have
        # their own hooks yet while this one is made); a plain str, int or bool field needs none
        hooks: list[tuple[str, Callable[[Any], Any] | None]] = []

        def unstructure_model(obj: Any) -> dict[str, Any]:
            if not hooks:
                hooks.extend(
                    (name, None if tp in (str, int, bool) else conv.get_unstructure_hook(tp))
                    for name, tp in types_
                )
            out: dict[str, Any] = {}
            for name, hook in hooks:
                value = getattr(obj, name)
                if isinstance(value, Unknown):
                    out[name] = None
                    out[name + _UNKNOWN_SUFFIX] = {"reason": value.reason, "text": value.text}
                else:
                    out[name] = value if hook is None else hook(value)
            return out

        return unstructure_model

    return factory


def _make_model_structure(conv: cattrs.Converter) -> Callable[[type], Callable[[Any, type], Any]]:
    def factory(cls: type) -> Callable[[Any, type], Any]:
        hints = typing.get_type_hints(cls)
        fields = [(a.name, a.alias or a.name, hints[a.name]) for a in attrs.fields(cls) if a.init]

        def structure_model(data: Any, _: type) -> Any:
            if not isinstance(data, dict):
                raise ExportError(f"{cls.__name__} must be an object, not {type(data).__name__}")
            kwargs: dict[str, Any] = {}
            for name, alias, tp in fields:
                unknown = data.get(name + _UNKNOWN_SUFFIX)
                if name not in data and unknown is None:
                    continue  # the class's default applies
                value = data.get(name)
                if value is None and unknown is not None:
                    kwargs[alias] = Unknown(reason=unknown["reason"], text=unknown.get("text", ""))
                else:
                    kwargs[alias] = conv.structure(value, _without_unknown(tp))
            try:
                return cls(**kwargs)
            except (TypeError, ValueError) as err:
                raise ExportError(f"bad {cls.__name__}: {err}") from err

        return structure_model

    return factory


@cache
def converter() -> cattrs.Converter:
    """The package's one converter (built once), from ``cattrs.preconf.json``."""
    from cattrs.preconf.json import make_converter

    conv = make_converter()
    conv.register_unstructure_hook(dt.time, lambda t: t.isoformat())
    conv.register_structure_hook(dt.time, lambda v, _: dt.time.fromisoformat(v))
    conv.register_unstructure_hook(Title, lambda t: t.name)
    conv.register_structure_hook(Title, lambda v, _: Title(v))
    conv.register_unstructure_hook(Place, _place_to_dict)
    conv.register_structure_hook(Place, lambda v, _: _place_from_dict(v))
    conv.register_unstructure_hook(Resolved, _place_ref_to_dict)
    conv.register_unstructure_hook(Unresolved, _place_ref_to_dict)
    conv.register_structure_hook_func(
        lambda tp: tp in (Resolved, Unresolved) or tp == PlaceRef, _place_ref_from_dict
    )
    conv.register_unstructure_hook_factory(_is_model_class, _make_model_unstructure(conv))
    conv.register_structure_hook_factory(_is_model_class, _make_model_structure(conv))
    return conv


def unstructure(obj: Any) -> Any:
    """``obj`` as plain JSON-ready Python data."""
    return converter().unstructure(obj)


def to_json(obj: Any, *, indent: int | None = 2) -> str:
    """``obj`` (any model value) as JSON text, keys in field order."""
    kind: type = type(obj)
    writer = _writer(kind)
    if writer is not None:
        try:
            text = writer(obj, "\n", " " * (indent or 0))
        except (_NotPlain, TypeError, AttributeError):
            pass  # a value of a type the writer does not expect: the general way below
        else:
            # strings hold no line break (json escapes it), so every one in the text is layout
            return text if indent is not None else text.replace(",\n", ", ").replace("\n", "")
    data = unstructure(obj)
    if indent is None:
        return json.dumps(data, ensure_ascii=False)
    try:
        return _dumps_indented(data, " " * indent)
    except _NotPlain:
        return json.dumps(data, ensure_ascii=False, indent=indent)


class _NotPlain(Exception):
    """A value :func:`_dumps_indented` leaves to :func:`json.dumps`."""


def _dumps_indented(data: Any, step: str) -> str:
    """``json.dumps(data, ensure_ascii=False, indent=len(step))``, byte for byte, faster.

    ``json`` writes indented text with its pure-Python encoder; this writer does the same
    with one list and the C string encoder.  Anything but str-keyed dicts, lists, tuples,
    strings, ints, finite floats, booleans and ``None`` raises :class:`_NotPlain`.
    """
    out: list[str] = []
    write = out.append
    quote = json.encoder.encode_basestring  # the C function where there is one

    def encode(value: Any, newline: str) -> None:
        kind = type(value)
        if kind is str:
            write(quote(value))
        elif kind is dict:
            if not value:
                write("{}")
                return
            inner = newline + step
            separator = "{" + inner
            for key, item in value.items():
                if type(key) is not str:
                    raise _NotPlain
                write(separator)
                write(quote(key))
                write(": ")
                encode(item, inner)
                separator = "," + inner
            write(newline + "}")
        elif kind is list or kind is tuple:
            if not value:
                write("[]")
                return
            inner = newline + step
            separator = "[" + inner
            for item in value:
                write(separator)
                encode(item, inner)
                separator = "," + inner
            write(newline + "]")
        elif value is None:
            write("null")
        elif value is True:
            write("true")
        elif value is False:
            write("false")
        elif kind is int:
            write(int.__repr__(value))
        elif kind is float and math.isfinite(value):
            write(float.__repr__(value))
        else:
            raise _NotPlain

    encode(data, "\n")
    return "".join(out)


# -- JSON text written straight from the model -------------------------------------------------
# For each model class a function is generated once that writes the class's indented JSON text
# from its fields, the way ``_dumps_indented(unstructure(obj))`` would, without building the dicts.
# It is called with the line break and indent of the object's own level (``newline``) and the
# indent step; its members go one step deeper (``inner``), a list member's items two (``deeper``).
# A value of an unexpected type raises, and ``to_json`` then takes the general way.

# The members of the place dicts, as ``_place_to_dict`` and ``_place_ref_to_dict`` lay them out:
# (JSON key, the value's Python expression on ``obj``, its type).
_PLACE_MEMBERS = [(name, f"obj.{name}", tp) for name, tp in typing.get_type_hints(Place).items()]
assert [name for name, _, _ in _PLACE_MEMBERS] == list(_PLACE_FIELDS)
_RESOLVED_MEMBERS = [
    ("status", "'resolved'", str),
    ("text", "obj.text", str),
    ("rule", "obj.rule", str),
    *((name, f"obj.place.{name}", tp) for name, _, tp in _PLACE_MEMBERS),
]
_UNRESOLVED_MEMBERS = [
    ("status", "'unresolved'", str),
    ("text", "obj.text", str),
    ("reason", "obj.reason", str),
    ("candidates", "obj.candidates", tuple[Place, ...]),
]


class _NotWritable(Exception):
    """A type the generated writers do not handle."""


def _scalar_text(value: Any) -> str:
    """A str, int, float, bool or ``None`` as :func:`json.dumps` writes it; else :class:`_NotPlain`."""
    kind = type(value)
    if kind is str:
        return json.encoder.encode_basestring(value)
    if kind is int:
        return int.__repr__(value)
    if kind is float and math.isfinite(value):
        return float.__repr__(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    raise _NotPlain


def _text_template(tp: Any, level: str, env: dict[str, Any]) -> str:
    """Python source for the JSON text of a ``tp`` written ``{}`` whose own level is ``level``.

    ``{}`` is a name or an attribute, cheap to read twice.  Functions the source calls are put
    in ``env``.
    """
    if tp is str:
        return "quote({})"
    if tp is int:
        return "(int_repr({}) if {}.__class__ is int else scalar_text({}))"
    if tp in (bool, float):
        return "scalar_text({})"
    if tp in (dt.date, dt.time):
        return "quote({}.isoformat())"
    if tp is Title:
        return "quote({}.name)"
    if _plain_value_enum(tp):
        return "quote({}.value)"
    if tp is PlaceRef or tp in (Resolved, Unresolved):
        env["write_Resolved"] = _model_writer(Resolved)
        env["write_Unresolved"] = _model_writer(Unresolved)
        return f"(write_Resolved if isinstance({{}}, Resolved) else write_Unresolved)({{}}, {level}, step)"
    if tp is Place or _is_model_class(tp):
        env[f"write_{tp.__name__}"] = _model_writer(tp)
        return f"write_{tp.__name__}({{}}, {level}, step)"
    args = typing.get_args(tp)
    if typing.get_origin(tp) in (typing.Union, types.UnionType) and len(args) == 2 and type(None) in args:
        (inner,) = (arg for arg in args if arg is not type(None))
        return "('null' if {} is None else " + _text_template(inner, level, env) + ")"
    if typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis and level == "inner":
        item = _text_template(args[0], "deeper", env)
        items = (
            "map(quote, {})" if item == "quote({})" else "[" + item.replace("{}", "item") + " for item in {}]"
        )
        return "(('[' + deeper + (',' + deeper).join(" + items + ") + inner + ']') if {} else '[]')"
    raise _NotWritable(tp)


@cache
def _writer(cls: type) -> Callable[[Any, str, str], str] | None:
    """The generated writer for a value of exactly ``cls``, if there is one."""
    if not (_is_model_class(cls) or cls in (Place, Resolved, Unresolved, Unknown)):
        return None
    try:
        return _model_writer(cls)
    except _NotWritable:
        return None


@cache
def _model_writer(cls: type) -> Callable[[Any, str, str], str]:
    """The generated writer of a model class's (or a place's) JSON text; see above."""
    if cls is Resolved:
        members = _RESOLVED_MEMBERS
    elif cls is Unresolved:
        members = _UNRESOLVED_MEMBERS
    elif cls is Place:
        members = _PLACE_MEMBERS
    else:
        hints = typing.get_type_hints(cls)
        members = [(field.name, f"obj.{field.name}", hints[field.name]) for field in attrs.fields(cls)]
    env: dict[str, Any] = {
        "Unknown": Unknown,
        "Resolved": Resolved,
        "quote": json.encoder.encode_basestring,
        "int_repr": int.__repr__,
        "scalar_text": _scalar_text,
    }
    unknowns: list[str] = []  # statements writing the members that may be Unknown
    parts: list[str] = []  # each member's key and text, in order
    for key, value, tp in members:
        member = json.dumps(key, ensure_ascii=False) + ": "
        template = _text_template(_without_unknown(tp), "inner", env)
        if not _may_be_unknown(tp):
            parts.append(f"{member!r}, {template.replace('{}', value)}")
            continue
        unknown = json.dumps(key + _UNKNOWN_SUFFIX, ensure_ascii=False) + ": "
        env["write_Unknown"] = _model_writer(Unknown)
        unknowns += [
            f"    value = {value}",
            "    if isinstance(value, Unknown):",
            f"        text_{key} = 'null,' + inner + {unknown!r} + write_Unknown(value, inner, step)",
            "    else:",
            f"        text_{key} = " + template.replace("{}", "value"),
        ]
        parts.append(f"{member!r}, text_{key}")
    joined = ", separator, ".join(parts)
    name = f"write_{cls.__name__}"
    lines = [f"def {name}(obj, newline, step):", "    inner = newline + step"]
    if "deeper" in joined:
        lines.append("    deeper = inner + step")
    if len(parts) > 1:
        lines.append("    separator = ',' + inner")
    lines += unknowns
    lines.append(
        f"    return ''.join(('{{', inner, {joined}, newline, '}}'))" if parts else "    return '{}'"
    )
    source = "\n".join(lines) + "\n"
    exec(compile(source, f"<write {cls.__qualname__}>", "exec"), env)
    writer: Callable[[Any, str, str], str] = env[name]
    return writer


def from_json(text: str | bytes, cls: type[T]) -> T:
    """Read ``cls`` back from :func:`to_json`'s text.

    Raises:
        ExportError: the text is not JSON or does not describe a ``cls``.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise ExportError(f"not JSON: {err}") from err
    from cattrs import BaseValidationError

    try:
        return converter().structure(data, cls)
    except ExportError:
        raise
    except (BaseValidationError, KeyError, TypeError, ValueError) as err:
        raise ExportError(f"not a {cls.__name__}: {err}") from err

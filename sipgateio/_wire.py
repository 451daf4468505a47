"""Answers from sipgate → sipgateio's result types: the one way there (no I/O).

The result types (``sipgateio.models`` and a few private ones) are the only description of
what sipgateio reads from an answer. Everything else is derived from them, once per type:

* a private msgspec struct per type, its fields named as in sipgate's JSON (the field's name
  in camelCase, or ``metadata={"wire_name": ...}`` where sipgate's differs), each optional
  and of the JSON type the field's annotation implies. msgspec decodes an answer's bytes
  straight into these structs, in C, checking every JSON type on the way;
* a builder that turns such a struct into the result type: renames, maps enum values
  (keeping ones sipgate adds later), makes times timezone-aware (UTC when sipgate sent
  none), and gives what sipgate left out or sent as null the empty value of the field's
  type (``""``, ``False``, ``None``, ``[]``, the enum's ``""`` value, an empty nested
  value). Nested values whose struct is hashable are built once per read and shared.

When the structs do not fit an answer (a field of another JSON type, a kind of history
entry sipgate adds later), its items are decoded one by one: those that fit into the
structs, the others into plain JSON values, mended field by field by the same rules (a
value of another type counts as left out, an unknown kind of a tagged type, told apart by
``type``, becomes the type's base). One odd item never makes a page unreadable: 4.8 ms for
a page of 1000 history entries with one such entry, 11 ms for a page of them all.

So a field sipgate adds is one edit: the field on the result type.

Why own code rather than a library: the public API promises attrs classes with Python's
field names; msgspec decodes into attrs classes but cannot rename their fields, and cattrs
structures from decoded dicts, so ``json.loads`` alone (2.9 ms for a page of 1000 history
entries) would cost about what this whole way takes (3.1 ms of CPU from bytes to typed
entries; 2 cores, ``bench/contacts_history_bench.py``'s entries). Builders are generated
source, as attrs and dataclasses generate ``__init__``: a call per field would cost more
than the rest of the conversion. Where a class has no converters, validators or hooks, the
builder sets its slots through the slots' descriptors, as attrs' own ``__init__`` does but
without its call per field: 1.9 ms instead of 3.2 ms to build those 1000 entries.
"""

from __future__ import annotations

import enum
import functools
import keyword
import types
import typing
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, Final, TypeVar, overload

import attrs
import msgspec
from msgspec import inspect as wire_types

import sipgateio.models

T = TypeVar("T")

# sipgate tells the kinds of a tagged type (history entries) apart by this field.
TAG_FIELD: Final = "type"
_MISSING: Final = object()


def parse_timestamp(value: object) -> datetime | None:
    """An aware ``datetime`` from an ISO-8601 string; zone-less values are taken as UTC.

    Anything else (``None``, an empty or malformed string) gives ``None`` rather than an
    error, so one odd field never makes an answer unreadable.
    """
    if type(value) is not str or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


# --- reading answers ----------------------------------------------------------------------------


@overload
def read(content: bytes, kind: type[T]) -> T: ...
@overload
def read(content: bytes, kind: object) -> Any: ...
def read(content: bytes, kind: object) -> Any:
    """The JSON object ``content`` as ``kind``; ``ValueError`` when it is no JSON object."""
    wire = form(kind)
    try:
        value = wire.decoder.decode(content)
    except msgspec.DecodeError:
        value = wire.mend(json_object(content))
    return wire.builder()(value)


@overload
def read_items(
    content: bytes, kind: type[T], *, key: str = "items"
) -> tuple[list[T], int | None]: ...
@overload
def read_items(
    content: bytes, kind: object, *, key: str = "items"
) -> tuple[list[Any], int | None]: ...
def read_items(content: bytes, kind: object, *, key: str = "items") -> tuple[list[Any], int | None]:
    """The list under ``key`` of the JSON object ``content``, each item as ``kind``, and
    ``totalCount`` if sipgate sent it. ``ValueError`` when ``content`` is no JSON object."""
    items, total = decode_items(content, kind, key=key)
    build = form(kind).builder()
    return [build(item) for item in items], total


def decode_items(
    content: bytes, kind: object, *, key: str = "items"
) -> tuple[list[Any], int | None]:
    """As ``read_items``, but the items as decoded, for ``builder(kind)`` to build one by one.

    For callers that do something between decoding a page and building its items (the
    history asks for its next page in between).
    """
    wire = form(kind)
    try:
        page = _page_decoder(wire, key).decode(content)
    except msgspec.DecodeError:
        return _decode_items_one_by_one(wire, content, key)
    return page.items, page.total


def _decode_items_one_by_one(wire: Form, content: bytes, key: str) -> tuple[list[Any], int | None]:
    """For a page the structs do not fit: each item that fits decoded as usual, the others
    mended, and what is no JSON object left out."""
    try:
        page = _raw_page_decoder(key).decode(content)
    except msgspec.DecodeError:  # no JSON object, or no list under ``key``
        total = json_object(content).get("totalCount")
        return [], total if type(total) is int else None
    items = []
    for raw in page.items:
        try:
            items.append(wire.decoder.decode(raw))
        except msgspec.DecodeError:
            value = msgspec.json.decode(raw)
            if type(value) is dict:
                items.append(wire.mend(value))
    return items, page.total if type(page.total) is int else None


@overload
def builder(kind: type[T]) -> Callable[[Any], T]: ...
@overload
def builder(kind: object) -> Callable[[Any], Any]: ...
def builder(kind: object) -> Callable[[Any], Any]:
    """A function building ``kind`` values from the items ``decode_items`` returns.

    Use one per walk over a list: it shares equal nested values between the items.
    """
    return form(kind).builder()


@overload
def convert(data: dict[str, Any], kind: type[T]) -> T: ...
@overload
def convert(data: dict[str, Any], kind: object) -> Any: ...
def convert(data: dict[str, Any], kind: object) -> Any:
    """``data``, a decoded JSON object, as ``kind``."""
    wire = form(kind)
    try:
        value = msgspec.convert(data, wire.wire)
    except msgspec.ValidationError:
        value = wire.mend(data)
    return wire.builder()(value)


def json_object(content: bytes) -> dict[str, Any]:
    """``content`` decoded into plain values; ``ValueError`` when it is no JSON object."""
    try:
        body = msgspec.json.decode(content)
    except msgspec.DecodeError:
        raise ValueError("not JSON") from None
    if type(body) is not dict:
        raise ValueError("not a JSON object")
    return body


# --- the wire form of a type --------------------------------------------------------------------


class Form:
    """The derived wire form of one result type (or a tagged union of them)."""

    def __init__(
        self,
        wire: Any,
        make_builder: Callable[[], Callable[[Any], Any]],
        mend: Callable[[dict[str, Any]], Any],
        *,
        hashable: bool = False,
    ) -> None:
        self.wire = wire  # the msgspec type answers are decoded into
        self.decoder = msgspec.json.Decoder(wire)
        self.builder = make_builder
        self.mend = mend  # a decoded JSON object → a wire value, by the rules above
        self.hashable = hashable


@functools.cache
def form(kind: object) -> Form:
    """The wire form of an attrs class, or of a union of attrs classes tagged by ``type``."""
    if isinstance(kind, type) and attrs.has(kind):
        return _class_form(kind)
    if typing.get_origin(kind) in (typing.Union, types.UnionType):
        return _union_form(typing.get_args(kind))
    raise TypeError(f"{kind!r} has no wire form: expected an attrs class or a union of them")


@functools.cache
def _page_decoder(wire: Form, key: str) -> msgspec.json.Decoder[Any]:
    page = msgspec.defstruct(
        "Page",
        [
            ("items", list[wire.wire], msgspec.field(default_factory=list, name=key)),  # type: ignore[name-defined]
            ("total", int | None, msgspec.field(default=None, name="totalCount")),
        ],
        gc=False,
    )
    return msgspec.json.Decoder(page)


@functools.cache
def _raw_page_decoder(key: str) -> msgspec.json.Decoder[Any]:
    page = msgspec.defstruct(
        "RawPage",
        [
            ("items", list[msgspec.Raw], msgspec.field(default_factory=list, name=key)),
            ("total", Any, msgspec.field(default=None, name="totalCount")),
        ],
        gc=False,
    )
    return msgspec.json.Decoder(page)


def _union_form(members: tuple[Any, ...]) -> Form:
    """Kinds told apart by ``type``: each member with a default ``type`` is the kind it names;
    the member without one takes every other kind."""
    kinds: dict[type, Any] = {m: attrs.fields_dict(m)[TAG_FIELD].default for m in members}
    others = [m for m, kind in kinds.items() if kind is attrs.NOTHING]
    if len(others) != 1:
        raise TypeError(f"{members} needs exactly one member without a default {TAG_FIELD!r}")
    variants = {
        kind.value: _class_form(m, tag=kind.value) for m, kind in kinds.items() if m not in others
    }
    fallback = _class_form(others[0])
    structs = {f.wire: f for f in [*variants.values(), fallback]}

    def make_builder() -> Callable[[Any], Any]:
        table = {struct: f.builder() for struct, f in structs.items()}

        def build(value: Any) -> Any:
            return table[type(value)](value)

        return build

    def mend(data: dict[str, Any]) -> Any:
        tag = data.get(TAG_FIELD)
        variant = variants.get(tag) if type(tag) is str else None
        return (variant or fallback).mend(data)

    return Form(typing.Union[tuple(f.wire for f in variants.values())], make_builder, mend)  # noqa: UP007


# --- one attrs class ----------------------------------------------------------------------------


@attrs.frozen
class _Field:
    """How one field of a result type is read."""

    wire: Any  # its type in the struct
    value: Callable[[str], str]  # Python source of its value, given that of the struct's
    names: dict[str, Any] = attrs.field(factory=dict)  # what that source refers to
    hashable: bool = True  # whether the struct stays hashable with it


@functools.cache
def _class_form(cls: type, *, tag: str | None = None) -> Form:
    hints = typing.get_type_hints(cls, localns=_TYPE_NAMES)
    fields = [f for f in attrs.fields(cls) if f.init and not (tag and f.name == TAG_FIELD)]
    plans = {f.name: _plan(cls, f, hints[f.name], index) for index, f in enumerate(fields)}
    hashable = all(plan.hashable for plan in plans.values())
    struct = msgspec.defstruct(
        f"{cls.__name__}Wire",
        [(name, plan.wire, None) for name, plan in plans.items()],
        rename={f.name: f.metadata.get("wire_name", _camel(f.name)) for f in fields},
        frozen=hashable,  # so that equal nested values can be shared
        gc=False,  # decoded JSON holds no cycles
        tag_field=TAG_FIELD if tag else None,
        tag=tag,
    )
    namespace: dict[str, Any] = {"_cls": cls, "_new": object.__new__}
    values: dict[str, str] = {}
    for name, plan in plans.items():
        namespace.update(plan.names)
        values[name] = plan.value(f"w.{name}")
    if tag:
        namespace["_tag"] = attrs.fields_dict(cls)[TAG_FIELD].default
        values[TAG_FIELD] = "_tag"
    make_builder = _compile_builder(cls, values, namespace)
    info = typing.cast(wire_types.StructType, wire_types.type_info(struct))
    return Form(struct, make_builder, _struct_mender(info), hashable=hashable)


# The history types name FaxStatus, which sipgateio.models defines after importing them.
_TYPE_NAMES: Final = vars(sipgateio.models)


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


def _plan(cls: type, field: attrs.Attribute[Any], hint: Any, index: int) -> _Field:
    """How to read ``field`` (annotated ``hint``) of ``cls``."""
    optional = False
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(hint) if a is not type(None)]
        optional = len(members) < len(typing.get_args(hint))
        hint = members[0] if len(members) == 1 else hint
    empty = "None" if optional else None
    if hint is str and not optional and field.default is attrs.NOTHING:
        # An id: a JSON number stands for its digits.
        return _Field(
            str | int | None,
            lambda w: f"(v if type(v := {w}) is str else '' if v is None else str(v))",
        )
    if hint is str:
        return _Field(str | None, lambda w: w if optional else f"({w} or '')")
    if hint is bool and not optional:
        return _Field(bool | None, lambda w: f"({w} is True)")
    if hint is int:
        return _Field(int | None, lambda w: w if optional else f"({w} or 0)")
    if hint is datetime and optional:
        return _Field(
            datetime | None,
            lambda w: (
                f"(v if (v := {w}) is None or v.tzinfo is not None else v.replace(tzinfo=_UTC))"
            ),
            {"_UTC": UTC},
        )
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        known, kind, nothing = f"_known{index}", f"_enum{index}", f"_empty{index}"
        names = {
            known: hint._value2member_map_.get,
            kind: hint,
            nothing: None if optional else hint(""),
        }
        return _Field(
            str | None, lambda w: f"(({known}(v) or {kind}(v)) if (v := {w}) else {nothing})", names
        )
    if typing.get_origin(hint) is list:
        return _plan_list(cls, field, hint, index, empty or "[]")
    if isinstance(hint, type) and attrs.has(hint):
        nested, build, nothing = _class_form(hint), f"_build{index}", f"_nothing{index}"
        names = {build: nested, nothing: nested.wire()}
        value = (
            (lambda w: f"({build}(v) if (v := {w}) is not None else None)")
            if optional
            else (lambda w: f"{build}(v if (v := {w}) is not None else {nothing})")
        )
        return _Field(nested.wire | None, value, names, hashable=nested.hashable)
    raise TypeError(f"{cls.__name__}.{field.name}: no wire form for {hint}")


def _plan_list(cls: type, field: attrs.Attribute[Any], hint: Any, index: int, empty: str) -> _Field:
    (item,) = typing.get_args(hint)
    if item is str or item == list[str]:
        return _Field(
            hint | None, lambda w: f"(v if (v := {w}) is not None else {empty})", hashable=False
        )
    if not (isinstance(item, type) and attrs.has(item)):
        raise TypeError(f"{cls.__name__}.{field.name}: no wire form for {hint}")
    nested, build = _class_form(item), f"_build{index}"
    if not field.metadata.get("id_alone"):
        return _Field(
            list[nested.wire] | None,  # type: ignore[name-defined]
            lambda w: f"([{build}(x) for x in v] if (v := {w}) is not None else {empty})",
            {build: nested},
            hashable=False,
        )
    # Each item an object or, in newer API releases, only its id.
    by_id = f"_by_id{index}"
    return _Field(
        list[str | nested.wire] | None,  # type: ignore[name-defined]
        lambda w: (
            f"([{build}(x if type(x) is not str else {by_id}(id=x)) for x in v]"
            f" if (v := {w}) is not None else {empty})"
        ),
        {build: nested, by_id: nested.wire},
        hashable=False,
    )


def _compile_builder(
    cls: type, values: dict[str, str], namespace: dict[str, Any]
) -> Callable[[], Callable[[Any], Any]]:
    """Generate ``make()``, which returns a fresh builder of ``cls`` from its struct ``w``.

    Nested forms in ``namespace`` get a builder of their own per ``make()`` call, shared
    through a dict when their structs are hashable.
    """
    lines = ["def make():"]
    for name, value in list(namespace.items()):
        if isinstance(value, Form):
            namespace[f"_form_{name}"] = value
            if value.hashable:
                lines += [
                    f"    {name}_new = _form_{name}.builder()",
                    f"    {name}_seen = {{}}",
                    f"    def {name}(x):",
                    f"        built = {name}_seen.get(x)",
                    "        if built is None:",
                    f"            built = {name}_seen[x] = {name}_new(x)",
                    "        return built",
                ]
            else:
                lines.append(f"    {name} = _form_{name}.builder()")
    lines.append("    def build(w):")
    if _slots_settable(cls, values):
        lines.append("        e = _new(_cls)")
        for index, (name, value) in enumerate(values.items()):
            namespace[f"_set{index}"] = _slot(cls, name).__set__
            lines.append(f"        _set{index}(e, {value})")
        lines.append("        return e")
    else:
        arguments = ", ".join(f"{name}={value}" for name, value in values.items())
        lines.append(f"        return _cls({arguments})")
    lines += ["    return build", ""]
    source = "\n".join(lines)
    exec(compile(source, f"<wire builder of {cls.__qualname__}>", "exec"), namespace)  # noqa: S102 - source built above from field names
    make: Callable[[], Callable[[Any], Any]] = namespace["make"]
    make.__doc__ = source  # shown by help(), for whoever debugs a builder
    return make


def _slots_settable(cls: type, values: dict[str, str]) -> bool:
    """Whether building ``cls`` by setting its slots gives what its ``__init__`` gives."""
    fields = attrs.fields(cls)
    return (
        "__slots__" in cls.__dict__
        and not hasattr(cls, "__attrs_pre_init__")
        and not hasattr(cls, "__attrs_post_init__")
        and sorted(values) == sorted(f.name for f in fields)
        and all(f.init and f.validator is None and f.converter is None for f in fields)
        and all(not keyword.iskeyword(name) for name in values)
        and all(isinstance(_slot(cls, name), types.MemberDescriptorType) for name in values)
    )


def _slot(cls: type, name: str) -> Any:
    return next((k.__dict__[name] for k in cls.__mro__ if name in k.__dict__), None)


# --- mending what the structs do not fit --------------------------------------------------------
# A mender takes a decoded JSON value and returns it as a wire type wants it, or _MISSING when
# it is of another JSON type. Values of scalar types are checked against a set of Python types.

_SCALARS: Final[dict[type, type]] = {
    wire_types.StrType: str,
    wire_types.BoolType: bool,
    wire_types.IntType: int,
    wire_types.NoneType: type(None),
}


def _struct_mender(info: wire_types.StructType) -> Callable[[dict[str, Any]], Any]:
    """Build the struct of ``info`` from a decoded JSON object: values of another JSON type
    count as left out."""
    plan = [(f.encode_name, f.name, *_value_mender(f.type)) for f in info.fields]
    new = info.cls

    def mend(data: dict[str, Any]) -> Any:
        values = {}
        for wire_name, name, scalars, mender in plan:
            value = data.get(wire_name)
            if value is None:
                continue
            if scalars is not None:
                if type(value) in scalars:
                    values[name] = value
            elif (value := mender(value)) is not _MISSING:
                values[name] = value
        return new(**values)

    return mend


def _value_mender(kind: wire_types.Type) -> tuple[frozenset[type] | None, Callable[[Any], Any]]:
    """The Python types ``kind`` takes as they are, or else a mender for it."""
    members = kind.types if isinstance(kind, wire_types.UnionType) else (kind,)
    if all(type(member) in _SCALARS for member in members):
        return frozenset(_SCALARS[type(member)] for member in members), _no_mender
    if isinstance(kind, wire_types.UnionType):
        return None, functools.partial(_mend_union, [_value_mender(m) for m in members])
    if isinstance(kind, wire_types.DateTimeType):
        return None, _mend_time
    if isinstance(kind, wire_types.ListType):
        return None, functools.partial(_mend_list, _value_mender(kind.item_type))
    if isinstance(kind, wire_types.StructType):
        return None, functools.partial(_mend_object, _struct_mender(kind))
    raise TypeError(f"no mender for {kind}")


def _no_mender(value: Any) -> Any:
    return value


def _mend_union(
    members: list[tuple[frozenset[type] | None, Callable[[Any], Any]]], value: Any
) -> Any:
    for scalars, mender in members:
        if scalars is not None:
            if type(value) in scalars:
                return value
        elif (mended := mender(value)) is not _MISSING:
            return mended
    return _MISSING


def _mend_object(mend_struct: Callable[[dict[str, Any]], Any], value: Any) -> Any:
    return mend_struct(value) if type(value) is dict else _MISSING


def _mend_time(value: Any) -> Any:
    moment = parse_timestamp(value)
    return _MISSING if moment is None else moment


def _mend_list(item: tuple[frozenset[type] | None, Callable[[Any], Any]], value: Any) -> Any:
    if type(value) is not list:
        return _MISSING
    scalars, mender = item
    if scalars is not None:
        return [x for x in value if type(x) in scalars]
    return [x for x in map(mender, value) if x is not _MISSING]

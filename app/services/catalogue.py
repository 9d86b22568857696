"""The catalogue of one car: product groups, bundles, products, favourites, and the questions products ask.

Everything is asked for a vehicle model and variant (the ids of ``draft.vehicle.vehicle``). Products come
back as :class:`CatalogueProduct`: what the products page shows (name, description, unattended flag, prices
as :class:`~app.domain.money.Money`, group), never the wire model.

Search is local: the first search for a car loads the products of every group concurrently and keeps them
as a :class:`ProductIndex` for a few minutes, so typing filters without a request per key. The same index
gives the group counts. Prerequisites are kept the same way, per product choice, so the questions page gets
at once what the products page fetched before leaving.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Final, Generic, TypeVar

from app.api.client import CustomerApi
from app.api.errors import NotFoundError
from app.api.models import Prerequisite, Product, ProductBundle, ProductGroup
from app.api.models.prices import Price
from app.domain.money import Money
from app.domain.wizard import PrerequisiteKind, PrerequisiteSpec, ProductChoice
from app.services.errors import translate_errors

__all__ = [
    "CACHE_SECONDS",
    "CatalogueBundle",
    "CatalogueProduct",
    "CatalogueService",
    "PrerequisiteQuestion",
    "ProductGroup",
    "ProductIndex",
    "ProductPrice",
    "normalize_search_text",
    "questions_to_specs",
]

_log = logging.getLogger(__name__)

#: How long a car's product index and prerequisite answers from the server are reused.
CACHE_SECONDS: Final = 600.0

#: How many cars' indexes are kept (a workshop moves from car to car; old ones are not wanted).
_MAX_CACHED_VEHICLES: Final = 8

VehicleKey = tuple[int, int]
K = TypeVar("K")
V = TypeVar("V")


# --- what the pages show ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ProductPrice:
    """A product's price: list price (gross), what is paid after the standing discount (net), the maker's
    online fee, each also in the customer's currency when the server gives it."""

    gross: Money | None = None
    net: Money | None = None
    gross_local: Money | None = None
    net_local: Money | None = None
    #: The standing discount in percent (e.g. ``Decimal("10")``), None when there is none.
    discount_percent: Decimal | None = None
    #: The original-equipment service fee charged on top, None when none applies.
    oe_fee: Money | None = None
    oe_fee_local: Money | None = None

    @property
    def to_pay(self) -> Money | None:
        """What one pays for the product (net, else gross)."""
        return self.net or self.gross

    @property
    def to_pay_local(self) -> Money | None:
        """:attr:`to_pay` in the customer's currency, when known."""
        return self.net_local if self.net is not None else self.gross_local

    @property
    def discounted(self) -> bool:
        """Whether the net price is below the list price."""
        return self.gross is not None and self.net is not None and self.net < self.gross

    @classmethod
    def from_api(cls, product: Product) -> ProductPrice:
        """The prices of a wire product; the deprecated ``price`` object only when the new ones are absent."""
        gross, gross_local = _money(product.gross_price)
        net, net_local = _money(product.net_price)
        fee, fee_local = _money(product.original_equipment_service_fee)
        percent: Decimal | None = None
        discount = product.total_discount
        if discount is not None and discount.percentage is not None and discount.percentage > 0:
            percent = discount.percentage
        if gross is None and net is None and product.price is not None:
            gross, net, percent = _deprecated_price(product)
        if percent is None and gross is not None and net is not None and net < gross and gross.amount:
            percent = ((gross.amount - net.amount) / gross.amount * 100).quantize(Decimal("0.01"))
        return cls(gross, net, gross_local, net_local, percent, fee, fee_local)


def _money(price: Price | None) -> tuple[Money | None, Money | None]:
    if price is None:
        return None, None
    try:
        return price.money, price.localized_money
    except ValueError:
        # A currency code this program cannot read: show no price rather than a wrong one.
        _log.warning("price with an unreadable currency ignored: %r", price.currency)
        return None, None


def _deprecated_price(product: Product) -> tuple[Money | None, Money | None, Decimal | None]:
    old = product.price
    if old is None or not old.currency:
        return None, None, None
    try:
        gross = None if old.price_original is None else Money.of(old.price_original, old.currency)
        net = None if old.price_final is None else Money.of(old.price_final, old.currency)
    except ValueError:
        _log.warning("deprecated price with an unreadable currency ignored: %r", old.currency)
        return None, None, None
    return gross, net, None


@dataclass(frozen=True, slots=True)
class CatalogueProduct:
    """A product as the pages show it."""

    id: int
    name: str
    description: str = ""
    unattended: bool = False
    favourite: bool = False
    price: ProductPrice = ProductPrice()
    #: The product's group, when known (a product of a bundle or of the favourites may not say).
    group_id: int | None = None
    group_name: str = ""
    item_number: str = ""
    #: The provider's universal English name (search finds it too).
    internal_name: str = ""

    @classmethod
    def from_api(cls, product: Product, group: ProductGroup | None = None) -> CatalogueProduct:
        """The display form of a wire product, in ``group`` when known."""
        return cls(
            id=product.id,
            name=product.name.strip() or str(product.id),
            description=(product.description or "").strip(),
            unattended=product.is_unattended,
            favourite=product.is_favorite,
            price=ProductPrice.from_api(product),
            group_id=None if group is None else group.id,
            group_name="" if group is None else group.name,
            item_number=product.item_number or "",
            internal_name=(product.internal_name or "").strip(),
        )

    def choice(self) -> ProductChoice:
        """What the draft keeps of this product once chosen."""
        return ProductChoice(id=self.id, name=self.name, unattended=self.unattended)

    def in_group(self, group: ProductGroup) -> CatalogueProduct:
        """A copy that knows its group."""
        return dataclasses.replace(self, group_id=group.id, group_name=group.name)

    def with_favourite(self, *, on: bool) -> CatalogueProduct:
        """A copy with the favourite flag set."""
        return self if self.favourite == on else dataclasses.replace(self, favourite=on)


@dataclass(frozen=True, slots=True)
class CatalogueBundle:
    """Products with a common goal: the required ones come together, each optional block is offered."""

    id: str
    name: str
    description: str = ""
    group_id: int | None = None
    #: Products of the required blocks, in order.
    required: tuple[int, ...] = ()
    #: The optional blocks: any of their products may be added, or none.
    optional_blocks: tuple[tuple[int, ...], ...] = ()

    @property
    def product_ids(self) -> tuple[int, ...]:
        """Every product of the bundle, required first, without repeats."""
        return tuple(dict.fromkeys((*self.required, *(pid for b in self.optional_blocks for pid in b))))

    @classmethod
    def from_api(cls, bundle: ProductBundle) -> CatalogueBundle:
        """The display form of a wire bundle (empty blocks dropped)."""
        required = tuple(
            dict.fromkeys(pid for block in bundle.blocks if not block.optional for pid in block.product_ids)
        )
        optional = tuple(
            ids
            for block in bundle.blocks
            if block.optional
            and (ids := tuple(pid for pid in dict.fromkeys(block.product_ids) if pid not in required))
        )
        return cls(
            id=bundle.id,
            name=bundle.name.strip() or bundle.id,
            description=(bundle.description or "").strip(),
            group_id=bundle.product_group_id,
            required=required,
            optional_blocks=optional,
        )


def normalize_search_text(text: str) -> str:
    """Text as search compares it: accents dropped, case folded, runs of space made one."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(plain.casefold().split())


@dataclass(frozen=True, slots=True)
class ProductIndex:
    """Every product offered for one car, by group: what search and the group counts read."""

    groups: tuple[ProductGroup, ...]
    by_group: Mapping[int, tuple[CatalogueProduct, ...]]
    _by_id: dict[int, CatalogueProduct] = dataclasses.field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_id: dict[int, CatalogueProduct] = {}
        for group in self.groups:
            for product in self.by_group.get(group.id, ()):
                # A product listed in two groups is found once, in the first.
                by_id.setdefault(product.id, product)
        object.__setattr__(self, "_by_id", by_id)

    @property
    def products(self) -> tuple[CatalogueProduct, ...]:
        """Every product once, in group order."""
        return tuple(self._by_id.values())

    def count(self, group_id: int) -> int:
        """How many products a group holds."""
        return len(self.by_group.get(group_id, ()))

    def product(self, product_id: int) -> CatalogueProduct | None:
        """One product by id, or None."""
        return self._by_id.get(product_id)

    def search(self, text: str) -> tuple[CatalogueProduct, ...]:
        """The products matching every word of ``text`` (name, description, item number, group).

        Products whose name holds every word come first; otherwise the catalogue order is kept. Blank text
        matches nothing: there is no search.
        """
        words = normalize_search_text(text).split()
        if not words:
            return ()
        by_name: list[CatalogueProduct] = []
        elsewhere: list[CatalogueProduct] = []
        for product in self.products:
            name = normalize_search_text(f"{product.name} {product.internal_name}")
            if all(word in name for word in words):
                by_name.append(product)
                continue
            haystack = normalize_search_text(
                f"{name} {product.description} {product.item_number} {product.group_name}"
            )
            if all(word in haystack for word in words):
                elsewhere.append(product)
        return (*by_name, *elsewhere)

    def with_favourite(self, product_id: int, on: bool) -> ProductIndex:
        """A copy with one product's favourite flag set."""
        return ProductIndex(
            self.groups,
            {
                group_id: tuple(p.with_favourite(on=on) if p.id == product_id else p for p in products)
                for group_id, products in self.by_group.items()
            },
        )


@dataclass(frozen=True, slots=True)
class PrerequisiteQuestion:
    """One question with what the form shows: its name, question, description and options."""

    spec: PrerequisiteSpec
    name: str = ""
    question: str = ""
    description: str = ""

    @property
    def id(self) -> int:
        """The definition id the answer is sent under."""
        return self.spec.id

    @property
    def kind(self) -> PrerequisiteKind | str:
        """Boolean, string, number, choice, or a kind this program does not know (asked as text)."""
        return self.spec.kind

    @property
    def required(self) -> bool:
        """Whether an answer must be given."""
        return self.spec.required

    @property
    def options(self) -> tuple[str, ...]:
        """The allowed answers of a choice."""
        return self.spec.options

    @property
    def text(self) -> str:
        """The sentence to ask: the question, else the name."""
        return self.question or self.name or self.spec.label

    @classmethod
    def from_api(cls, definition: Prerequisite) -> PrerequisiteQuestion:
        """A question from the server's definition; its ``type`` becomes the kind."""
        raw_kind = (definition.type or "string").strip().lower()
        kind: PrerequisiteKind | str
        try:
            kind = PrerequisiteKind(raw_kind)
        except ValueError:
            _log.warning("prerequisite %s has an unknown type %r: asked as text", definition.id, raw_kind)
            kind = raw_kind
        name = (definition.name or "").strip()
        question = (definition.question or "").strip()
        options = tuple(dict.fromkeys(str(option.value) for option in definition.options))
        spec = PrerequisiteSpec(
            id=definition.id,
            kind=kind,
            required=definition.required,
            options=options if kind == PrerequisiteKind.CHOICE else (),
            label=question or name,
        )
        description = (definition.description or "").strip()
        # The sandbox (and some providers) repeat the name as the description: it tells nothing new.
        if description.casefold() in {name.casefold(), question.casefold()}:
            description = ""
        return cls(spec=spec, name=name, question=question, description=description)

    @classmethod
    def from_spec(cls, spec: PrerequisiteSpec) -> PrerequisiteQuestion:
        """A question known only from a saved draft (no description until the server is asked again)."""
        return cls(spec=spec, question=spec.label)


# --- the service --------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Kept(Generic[V]):
    value: V
    at: float


class _TimedCache(Generic[K, V]):
    """A few values by key, each for ``seconds``; loads of the same key share one request."""

    def __init__(self, seconds: float, size: int, clock: Callable[[], float]) -> None:
        self._seconds = seconds
        self._size = size
        self._clock = clock
        self._kept: dict[K, _Kept[V]] = {}
        self._loading: dict[K, asyncio.Future[V]] = {}

    def get(self, key: K) -> V | None:
        kept = self._kept.get(key)
        if kept is None:
            return None
        if self._clock() - kept.at > self._seconds:
            del self._kept[key]
            return None
        return kept.value

    def put(self, key: K, value: V) -> None:
        self._kept.pop(key, None)
        self._kept[key] = _Kept(value, self._clock())
        while len(self._kept) > self._size:
            del self._kept[next(iter(self._kept))]

    def update(self, change: Callable[[V], V]) -> None:
        for kept in self._kept.values():
            kept.value = change(kept.value)

    def clear(self) -> None:
        self._kept.clear()

    async def load(self, key: K, loader: Callable[[], asyncio.Future[V] | asyncio.Task[V]]) -> V:
        cached = self.get(key)
        if cached is not None:
            return cached
        pending = self._loading.get(key)
        if pending is None:
            pending = loader()
            self._loading[key] = pending
            pending.add_done_callback(lambda done: self._finished(key, done))
        # A caller that gives up (a newer search) must not cancel the load the others wait for.
        return await asyncio.shield(pending)

    def _finished(self, key: K, done: asyncio.Future[V]) -> None:
        if self._loading.get(key) is done:
            del self._loading[key]
        if not done.cancelled() and done.exception() is None:
            self.put(key, done.result())


class CatalogueService:
    """Groups, bundles, products, favourites and prerequisites of the car being ordered for."""

    def __init__(
        self,
        api: CustomerApi,
        *,
        cache_seconds: float = CACHE_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._api = api
        self._indexes: _TimedCache[VehicleKey, ProductIndex] = _TimedCache(
            cache_seconds, _MAX_CACHED_VEHICLES, clock
        )
        self._questions: _TimedCache[tuple[int, int, frozenset[int]], tuple[PrerequisiteQuestion, ...]] = (
            _TimedCache(cache_seconds, 4 * _MAX_CACHED_VEHICLES, clock)
        )
        self._groups: dict[VehicleKey, tuple[ProductGroup, ...]] = {}

    def clear_cache(self) -> None:
        """Forget every kept index and question (another customer logged in, or the catalogue changed)."""
        self._indexes.clear()
        self._questions.clear()
        self._groups.clear()

    # --- lists ---------------------------------------------------------------------------------------

    async def groups(self, model_id: int, variant_id: int) -> tuple[ProductGroup, ...]:
        """The product groups offered for the car, in the server's order."""
        with translate_errors():
            groups = tuple(await self._api.products.groups(model_id, variant_id).all())
        self._groups[(model_id, variant_id)] = groups
        return groups

    async def bundles(
        self, model_id: int, variant_id: int, group_id: int | None = None
    ) -> tuple[CatalogueBundle, ...]:
        """The bundles offered for the car (of one group when given); bundles without products dropped."""
        with translate_errors():
            found = await self._api.products.bundles(model_id, variant_id, product_group_id=group_id).all()
        bundles = tuple(CatalogueBundle.from_api(bundle) for bundle in found)
        return tuple(bundle for bundle in bundles if bundle.product_ids)

    async def products(
        self,
        model_id: int,
        variant_id: int,
        *,
        group_id: int | None = None,
        bundle_id: str | None = None,
    ) -> tuple[CatalogueProduct, ...]:
        """The products for the car: of one group, or of one bundle, or all of them.

        Raises:
            ValueError: both a group and a bundle were given.
        """
        if group_id is not None and bundle_id is not None:
            raise ValueError("give a group or a bundle, not both")
        with translate_errors():
            found = await self._api.products.list(
                model_id, variant_id, product_group_id=group_id, product_bundle_id=bundle_id
            ).all()
        return self._display(model_id, variant_id, found, group_id)

    async def favourites(self, model_id: int, variant_id: int) -> tuple[CatalogueProduct, ...]:
        """The customer's favourite products that are offered for this car."""
        with translate_errors():
            found = await self._api.products.list(model_id, variant_id, is_favorite=True).all()
        return self._display(model_id, variant_id, found, None)

    async def set_favourite(self, product: CatalogueProduct | int, on: bool) -> None:
        """Flag a product as a favourite or remove the flag on the server (doing it twice is fine)."""
        product_id = product if isinstance(product, int) else product.id
        with translate_errors():
            if on:
                await self._api.products.add_favorite(product_id)
            else:
                try:
                    await self._api.products.remove_favorite(product_id)
                except NotFoundError:
                    # Not a favourite (any more): what was asked for is already true.
                    _log.info("product %s was no favourite; nothing to remove", product_id)
        self._indexes.update(lambda index: index.with_favourite(product_id, on))

    # --- search --------------------------------------------------------------------------------------

    def cached_index(self, model_id: int, variant_id: int) -> ProductIndex | None:
        """The car's product index if it is loaded and fresh (no request)."""
        return self._indexes.get((model_id, variant_id))

    async def index(self, model_id: int, variant_id: int) -> ProductIndex:
        """Every product of every group of the car, loaded concurrently once and kept for a while."""
        key = (model_id, variant_id)
        return await self._indexes.load(key, lambda: asyncio.ensure_future(self._load_index(*key)))

    async def search(self, model_id: int, variant_id: int, text: str) -> tuple[CatalogueProduct, ...]:
        """Products of any group matching every word of ``text`` (see :meth:`ProductIndex.search`)."""
        if not normalize_search_text(text):
            return ()
        return (await self.index(model_id, variant_id)).search(text)

    async def _load_index(self, model_id: int, variant_id: int) -> ProductIndex:
        groups = await self.groups(model_id, variant_id)
        lists = await asyncio.gather(
            *(self.products(model_id, variant_id, group_id=group.id) for group in groups)
        )
        _log.info(
            "loaded %d products of %d groups for variant %s", sum(map(len, lists)), len(groups), variant_id
        )
        return ProductIndex(
            groups, {group.id: products for group, products in zip(groups, lists, strict=True)}
        )

    # --- prerequisites -------------------------------------------------------------------------------

    async def prerequisites(
        self, model_id: int, variant_id: int, product_ids: Iterable[int]
    ) -> tuple[PrerequisiteQuestion, ...]:
        """The questions to answer before ordering ``product_ids`` for the car; () when they ask none."""
        ids = tuple(dict.fromkeys(product_ids))
        if not ids:
            return ()
        key = (model_id, variant_id, frozenset(ids))
        return await self._questions.load(
            key, lambda: asyncio.ensure_future(self._load_prerequisites(model_id, variant_id, ids))
        )

    def cached_prerequisites(
        self, model_id: int, variant_id: int, product_ids: Iterable[int]
    ) -> tuple[PrerequisiteQuestion, ...] | None:
        """The questions for ``product_ids`` if they were fetched a short while ago (no request)."""
        ids = frozenset(product_ids)
        if not ids:
            return ()
        return self._questions.get((model_id, variant_id, ids))

    async def _load_prerequisites(
        self, model_id: int, variant_id: int, ids: tuple[int, ...]
    ) -> tuple[PrerequisiteQuestion, ...]:
        with translate_errors():
            found = await self._api.products.prerequisites(model_id, variant_id, ids).all()
        # The same question asked by two products is asked once.
        unique = {definition.id: definition for definition in found}
        return tuple(PrerequisiteQuestion.from_api(definition) for definition in unique.values())

    # --- helpers -------------------------------------------------------------------------------------

    def _display(
        self, model_id: int, variant_id: int, found: Iterable[Product], group_id: int | None
    ) -> tuple[CatalogueProduct, ...]:
        groups = {group.id: group for group in self._groups.get((model_id, variant_id), ())}
        index = self.cached_index(model_id, variant_id)
        products: list[CatalogueProduct] = []
        for item in found:
            group = groups.get(group_id) if group_id is not None else None
            product = CatalogueProduct.from_api(item, group)
            if group_id is not None and group is None:
                product = dataclasses.replace(product, group_id=group_id)
            if product.group_id is None and index is not None:
                known = index.product(product.id)
                if known is not None:
                    product = dataclasses.replace(
                        product, group_id=known.group_id, group_name=known.group_name
                    )
            products.append(product)
        return tuple(products)


def questions_to_specs(questions: Iterable[PrerequisiteQuestion]) -> tuple[PrerequisiteSpec, ...]:
    """The specs of the questions, for the draft."""
    return tuple(question.spec for question in questions)

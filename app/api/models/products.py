"""Products, their groups and bundles, favourites, and the prerequisites a ticket must answer."""

from __future__ import annotations

from pydantic import Field

from app.api.models._base import ApiModel, ApiRequest, FlatIntTuple, LooseStr
from app.api.models.prices import DeprecatedPrice, Discount, Price

__all__ = [
    "BundleBlock",
    "FavoriteProductRequest",
    "Prerequisite",
    "PrerequisiteOption",
    "Product",
    "ProductBundle",
    "ProductGroup",
]


class ProductGroup(ApiModel):
    """The first level of grouping products."""

    id: int
    name: str


class BundleBlock(ApiModel):
    """A block of a bundle: products offered together, optional or not."""

    optional: bool = False
    #: Flat, although the seed shows it nested (``[[52351, 52352]]``).
    product_ids: FlatIntTuple = ()


class ProductBundle(ApiModel):
    """Products with a similar goal, in blocks."""

    id: str
    name: str
    product_group_id: int | None = None
    description: str | None = None
    reference: str | None = None
    blocks: tuple[BundleBlock, ...] = ()

    @property
    def product_ids(self) -> tuple[int, ...]:
        """Every product of every block, in order, without repeats."""
        return tuple(dict.fromkeys(pid for block in self.blocks for pid in block.product_ids))


class Product(ApiModel):
    """A service a provider performs on a vehicle, with its prices."""

    id: int
    name: str
    item_number: LooseStr | None = None
    internal_name: str | None = None
    description: str | None = None
    is_favorite: bool = False
    is_unattended: bool = False
    gross_price: Price | None = None
    net_price: Price | None = None
    total_discount: Discount | None = None
    original_equipment_service_fee: Price | None = None
    #: Deprecated by the API: use ``gross_price``, ``net_price`` and ``total_discount``.
    price: DeprecatedPrice | None = None


class FavoriteProductRequest(ApiRequest):
    """The body that flags a product as a favourite (the server needs only its id)."""

    id: int


class PrerequisiteOption(ApiModel):
    """One allowed answer of a choice prerequisite."""

    id: int
    value: LooseStr
    product_prerequisite_id: int | None = Field(default=None, alias="productPrerequisiteId")


class Prerequisite(ApiModel):
    """A question the technician answers before a product may be ordered."""

    id: int
    name: str | None = None
    description: str | None = None
    question: str | None = None
    required: bool = False
    #: ``boolean``, ``string``, ``number`` or ``choice``; unknown kinds are kept as they are.
    type: str = "string"
    options: tuple[PrerequisiteOption, ...] = ()

"""Sample connectors and sample VINs for training and tests.

VINs of North American cars and of makers that compute the check digit everywhere (BMW, MINI,
Mercedes-Benz, Volvo, Hyundai, Skoda's newer cars, Tesla) pass the ISO 3779 check; the Volkswagen "ZZZ"
style and several French, Italian, British-built and Japanese-built European VINs do not, as on real
cars. Fiat, Nissan Europe and Toyota Europe put no model year at position 10 (0 or U); every other
sample's position 10 names a year its variant was built in.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from app.sandbox.catalogue_data.products import stable_uuid

# (vin, variant key, label). The variant key names a variant in vehicles.py.
SAMPLE_VEHICLES: Final[tuple[tuple[str, str, str], ...]] = (
    ("WVWZZZAUZGW041873", "golf7_16tdi", "VW Golf VII 1.6 TDI, 2016"),
    ("WVWZZZCDZMW072915", "golf8_20tdi", "VW Golf VIII 2.0 TDI, 2021 (DoIP)"),
    ("WVWZZZ1KZBW512345", "golf6_gti", "VW Golf VI GTI, 2011"),
    ("WVWZZZ3GZKE098765", "passat_b8_20tdi", "VW Passat B8 Variant 2.0 TDI, 2019"),
    ("WAUZZZ8V5EA123456", "a3_8v_16tdi", "Audi A3 Sportback 1.6 TDI, 2014"),
    ("WAUZZZF48JA052389", "a4_b9_20tdi", "Audi A4 B9 Avant 2.0 TDI, 2018"),
    ("TMBJJ7NE7H0395126", "octavia3_16tdi", "Skoda Octavia III 1.6 TDI, 2017"),
    ("WBA5R1106LF718294", "g20_320d", "BMW 320d G20, 2020 (DoIP)"),
    ("WBACV6103LLM38172", "x5_g05_30d", "BMW X5 xDrive30d G05, 2020 (DoIP)"),
    ("WMWXP7107J2F71234", "mini_f56_coopers", "MINI Cooper S F56, 2018"),
    ("W1K206006NF271439", "w206_c220d", "Mercedes-Benz C 220 d W206, 2022 (DoIP)"),
    ("VF15RBJ0EF1974231", "clio4_09tce", "Renault Clio IV 0.9 TCe, 2015"),
    ("WF05XXGCCFFR63812", "focus3_10eco", "Ford Focus III 1.0 EcoBoost, 2015"),
    ("W0LPE6ED8DG071234", "astra_j_14t", "Opel Astra J 1.4 Turbo, 2013"),
    ("ZFA3120000J294173", "fiat500_12", "Fiat 500 1.2, 2018"),
    ("SJNFBAJ11U1847263", "qashqai_j11_15dci", "Nissan Qashqai II 1.5 dCi, 2016"),
    ("TMAH38116JJ543210", "i30_pd_10tgdi", "Hyundai i30 1.0 T-GDI, 2018"),
    ("VNKKD3D360A184523", "yaris_p13_hybrid", "Toyota Yaris 1.5 Hybrid, 2017"),
    ("YV1UZ25V5K1285437", "xc60ii_d4", "Volvo XC60 II D4 AWD, 2019 (DoIP)"),
    ("5YJ3E7EB1LF612358", "model3_lr", "Tesla Model 3 Long Range, 2020 (DoIP, US import)"),
    ("1C4BJWEG3FL618273", "wrangler_jk_36", "Jeep Wrangler 3.6 V6, 2015 (US import)"),
    ("1FA6P8CF2G5283914", "mustang_s550_50", "Ford Mustang 5.0 V8, 2016 (US import)"),
)

#: A 16-character VIN as connectors really report it now and then (one character lost on the bus).
SIXTEEN_CHARACTER_VIN: Final = "VF1BZ0B0H4458273"


@dataclass(frozen=True, slots=True)
class ConnectorSpec:
    """A sample connector before its variant key is turned into an id."""

    id: int
    #: The serial number its UUID is derived from.
    serial: str
    pincode: str
    label: str
    vin_number: str
    #: The variant key (vehicles.py) of the car it is plugged into; None when it does not know.
    variant_key: str | None
    is_online: bool = True
    has_wifi: bool = True
    supports_doip: bool = False
    hardware_version: int = 0
    voltage: Decimal = Decimal("12.6")
    otp: str | None = None

    @property
    def uuid(self) -> str:
        """The connector's fixed UUID."""
        return stable_uuid("connector", self.serial)


CONNECTORS: Final[tuple[ConnectorSpec, ...]] = (
    ConnectorSpec(
        910000101,
        "JFL-DOIP-0101",
        "4711",
        "Online, DoIP, VIN read (VW Golf VIII)",
        vin_number="WVWZZZCDZMW072915",
        variant_key="golf8_20tdi",
        supports_doip=True,
        hardware_version=1,
    ),
    ConnectorSpec(
        910000102,
        "JFL-CLAS-0102",
        "2580",
        "Online, no DoIP, car needs DoIP (BMW 320d G20): orders are refused",
        vin_number="WBA5R1106LF718294",
        variant_key="g20_320d",
        has_wifi=False,
    ),
    ConnectorSpec(
        910000103,
        "JFL-CLAS-0103",
        "3690",
        "Online, VIN not read: enter or scan the VIN",
        vin_number="",
        variant_key=None,
    ),
    ConnectorSpec(
        910000104,
        "JFL-CLAS-0104",
        "1357",
        "Offline (Skoda Octavia III)",
        vin_number="TMBJJ7NE7H0395126",
        variant_key="octavia3_16tdi",
        is_online=False,
        voltage=Decimal("0.0"),
    ),
    ConnectorSpec(
        910000105,
        "JFL-DOIP-0105",
        "8642",
        "Online, DoIP, 16-character VIN read (Renault Mégane III)",
        vin_number=SIXTEEN_CHARACTER_VIN,
        variant_key="megane3_15dci",
        supports_doip=True,
    ),
    ConnectorSpec(
        910000106,
        "JFL-CLAS-0106",
        "9753",
        "Online, one-time password login (VW Golf VII)",
        vin_number="WVWZZZAUZGW041873",
        variant_key="golf7_16tdi",
        otp="TRAIN-739154",
    ),
    ConnectorSpec(
        910000107,
        "JFL-CLAS-0107",
        "5120",
        "Online, weak battery 11.8 V (Opel Astra J)",
        vin_number="W0LPE6ED8DG071234",
        variant_key="astra_j_14t",
        voltage=Decimal("11.8"),
    ),
    ConnectorSpec(
        910000108,
        "JFL-DOIP-0108",
        "6034",
        "Online, DoIP, US import (Tesla Model 3)",
        vin_number="5YJ3E7EB1LF612358",
        variant_key="model3_lr",
        supports_doip=True,
        hardware_version=1,
    ),
)

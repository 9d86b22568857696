"""Product groups, products, prerequisites, bundles and vouchers of a remote diagnostics provider.

Prices are list prices in EUR before the provider's standing discount. Original-equipment service fees
are what the maker charges for online access on top (Volkswagen group SFD/GeKo unlocks, BMW online
coding, Mercedes-Benz SCN coding, immobiliser data).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal
from typing import Final

from app.sandbox.catalogue_data.vehicles import (
    AUDI,
    BMW,
    BMW_GROUP,
    MERCEDES_BENZ,
    PORSCHE,
    VOLKSWAGEN,
    VW_GROUP,
)
from app.sandbox.catalogue_types import (
    Bundle,
    BundleBlock,
    Fuel,
    Prerequisite,
    PrerequisiteOption,
    PrerequisiteType,
    Product,
    ProductGroup,
    Voucher,
    VoucherKind,
)

#: Namespace of the sandbox's uuid5 ids, so they are the same on every start.
SANDBOX_NAMESPACE: Final = uuid.uuid5(uuid.NAMESPACE_DNS, "sandbox.workbay.invalid")


def stable_uuid(kind: str, name: str) -> str:
    """A UUID that is the same on every start for the same ``kind`` and ``name``."""
    return str(uuid.uuid5(SANDBOX_NAMESPACE, f"{kind}/{name}"))


# ------------------------------------------------------------------------------------------ prerequisites


def _prerequisite(
    prerequisite_id: int,
    name: str,
    question: str,
    kind: PrerequisiteType,
    *,
    required: bool = True,
    description: str = "",
    options: tuple[str, ...] = (),
) -> Prerequisite:
    return Prerequisite(
        id=prerequisite_id,
        name=name,
        description=description or name,
        question=question,
        required=required,
        type=kind,
        # Option ids are unique over all prerequisites and stay put when options are appended.
        options=tuple(
            PrerequisiteOption(prerequisite_id * 100 + position, value)
            for position, value in enumerate(options, start=1)
        ),
    )


BATTERY_CHARGER: Final = 1
IGNITION_OFF: Final = 2
BATTERY_DISCONNECTED: Final = 3
AIRBAG_PART_NUMBER: Final = 4
KEYS_PRESENT: Final = 5
KEY_NUMBERS: Final = 6
OWNERSHIP_CHECKED: Final = 7
ODOMETER: Final = 8
TOW_BAR_SOCKET_SIDE: Final = 9
TOW_BAR_TYPE: Final = 10
TOW_BAR_SOCKET_PINS: Final = 11
WHEEL_ALIGNMENT: Final = 12
TARGET_DISTANCE: Final = 13
TYRE_PRESSURES: Final = 14
FUEL_LEVEL: Final = 15
ENGINE_WARM: Final = 16
INJECTOR_CODES: Final = 17
BATTERY_TYPE: Final = 18
BATTERY_CAPACITY: Final = 19
COMPLAINT: Final = 20
CALIBRATION_REASON: Final = 21
WHEELS_CHOCKED: Final = 22
HV_TECHNICIAN: Final = 23
REPLACEMENT_PART_NUMBER: Final = 24
MAP_REGION: Final = 25
LEVEL_FLOOR: Final = 26

PREREQUISITES: Final[tuple[Prerequisite, ...]] = (
    _prerequisite(
        BATTERY_CHARGER,
        "Battery charger",
        "Is a battery charger connected (min. 13.2 V)?",
        "boolean",
        description="Programming can take an hour; a sagging battery voltage can damage a control unit.",
    ),
    _prerequisite(
        IGNITION_OFF,
        "Ignition off",
        "Is the ignition switched off and the key outside the car?",
        "boolean",
        description="Airbag work starts with the ignition off.",
    ),
    _prerequisite(
        BATTERY_DISCONNECTED,
        "Battery disconnected",
        "Was the battery disconnected while the airbag parts were replaced?",
        "boolean",
        description="Safety instruction of every maker for work on pyrotechnic parts.",
    ),
    _prerequisite(
        AIRBAG_PART_NUMBER,
        "Airbag control unit part number",
        "What is the part number on the label of the new airbag control unit?",
        "string",
    ),
    _prerequisite(
        KEYS_PRESENT,
        "Keys present",
        "How many keys are at the car, including the ones to be programmed?",
        "number",
        description="Every key that should keep working must be at the car: keys left out stop working.",
    ),
    _prerequisite(
        KEY_NUMBERS,
        "Key numbers",
        "Enter the numbers on the key tags, separated by commas.",
        "string",
        description="Key numbers on the key tags",
    ),
    _prerequisite(
        OWNERSHIP_CHECKED,
        "Proof of ownership",
        "Have you checked the owner's identity against the registration document?",
        "boolean",
        description="Required before keys are made when all keys are lost.",
    ),
    _prerequisite(ODOMETER, "Odometer reading", "Odometer reading in km", "number", required=False),
    _prerequisite(
        TOW_BAR_SOCKET_SIDE,
        "Tow bar socket position",
        "Which side is the tow bar socket on?",
        "choice",
        options=("Left", "Right", "Centre"),
    ),
    _prerequisite(
        TOW_BAR_TYPE,
        "Tow bar type",
        "What kind of tow bar is fitted?",
        "choice",
        options=("Fixed", "Detachable", "Electrically folding"),
    ),
    _prerequisite(
        TOW_BAR_SOCKET_PINS,
        "Tow bar socket",
        "How many pins does the tow bar socket have?",
        "choice",
        required=False,
        options=("7-pin", "13-pin"),
    ),
    _prerequisite(
        WHEEL_ALIGNMENT,
        "Wheel alignment",
        "Has the wheel alignment been checked and corrected?",
        "boolean",
        description="A camera or radar aligned to a crooked thrust line steers the car off its lane.",
    ),
    _prerequisite(
        TARGET_DISTANCE,
        "Target board distance",
        "What is the distance from the front wheel centre to the target board, in mm?",
        "number",
    ),
    _prerequisite(TYRE_PRESSURES, "Tyre pressures", "Are all tyres at the specified pressure?", "boolean"),
    _prerequisite(FUEL_LEVEL, "Fuel level", "Is the fuel tank at least a quarter full?", "boolean"),
    _prerequisite(
        ENGINE_WARM,
        "Engine at operating temperature",
        "Is the engine at operating temperature (coolant above 70 °C)?",
        "boolean",
    ),
    _prerequisite(
        INJECTOR_CODES,
        "Injector codes",
        "Enter the codes printed on the new injectors, cylinder 1 first.",
        "string",
    ),
    _prerequisite(
        BATTERY_TYPE,
        "Battery type",
        "What type is the new battery?",
        "choice",
        options=("AGM", "EFB", "Lead-acid (conventional)", "Lithium-ion"),
    ),
    _prerequisite(
        BATTERY_CAPACITY, "Battery capacity", "What is the capacity of the new battery, in Ah?", "number"
    ),
    _prerequisite(
        COMPLAINT,
        "Complaint",
        "Describe the complaint: what happens, when, and since when?",
        "string",
        description="The operator prepares the session from this description.",
    ),
    _prerequisite(
        CALIBRATION_REASON,
        "Reason for calibration",
        "Why is the calibration needed?",
        "choice",
        required=False,
        options=(
            "Windscreen replaced",
            "Camera or sensor replaced",
            "Wheel alignment",
            "Accident repair",
            "Other",
        ),
    ),
    _prerequisite(
        WHEELS_CHOCKED,
        "Vehicle secured",
        "Is the vehicle secured against rolling with wheel chocks?",
        "boolean",
        description="The electric parking brake is released during the service mode.",
    ),
    _prerequisite(
        HV_TECHNICIAN,
        "High-voltage qualified technician",
        "Is a technician qualified for high-voltage systems present at the car?",
        "boolean",
    ),
    _prerequisite(
        REPLACEMENT_PART_NUMBER,
        "Replacement part number",
        "Part number of the replacement control unit, if you have it",
        "string",
        required=False,
    ),
    _prerequisite(
        MAP_REGION,
        "Map region",
        "Which map region should be installed?",
        "choice",
        options=("Europe", "Western Europe", "Eastern Europe"),
    ),
    _prerequisite(
        LEVEL_FLOOR,
        "Level floor",
        "Is the vehicle standing on a level floor, unloaded, with the doors closed?",
        "boolean",
    ),
)

# ---------------------------------------------------------------------------------------- product groups

DIAGNOSTICS: Final = 2691
CODING: Final = 2692
KEYS: Final = 2693
ADAS: Final = 2694
AIRBAG: Final = 2695
SOFTWARE: Final = 2696
ENGINE: Final = 2697
SERVICE: Final = 2698
MULTIMEDIA: Final = 2699
BODY: Final = 2700
ELECTRIC: Final = 2701

PRODUCT_GROUPS: Final[tuple[ProductGroup, ...]] = (
    ProductGroup(DIAGNOSTICS, "Diagnostics"),
    ProductGroup(CODING, "Coding & programming"),
    ProductGroup(KEYS, "Keys & immobiliser"),
    ProductGroup(ADAS, "ADAS calibration"),
    ProductGroup(AIRBAG, "Airbag & SRS"),
    ProductGroup(SOFTWARE, "Software updates"),
    ProductGroup(ENGINE, "Engine & exhaust"),
    ProductGroup(SERVICE, "Service & maintenance"),
    ProductGroup(MULTIMEDIA, "Multimedia & infotainment"),
    ProductGroup(BODY, "Body & comfort"),
    ProductGroup(ELECTRIC, "Electric & hybrid"),
)

# ---------------------------------------------------------------------------------------------- products


def _product(
    product_id: int,
    group_id: int,
    name: str,
    price: str,
    description: str,
    *,
    internal_name: str | None = None,
    prerequisites: tuple[int, ...] = (),
    discount: str = "0",
    oe_fee: str | None = None,
    unattended: bool = False,
    makes: tuple[int, ...] = (),
    doip_only: bool = False,
    min_year: int | None = None,
    fuels: tuple[Fuel, ...] = (),
) -> Product:
    # Item numbers follow the ids, as the provider's ERP numbers its articles (seed: 100022).
    return Product(
        id=product_id,
        item_number=str(100_000 + product_id - 52_300),
        name=name,
        internal_name=internal_name or name,
        description=description,
        group_id=group_id,
        is_unattended=unattended,
        list_price=Decimal(price),
        discount_percent=Decimal(discount),
        oe_service_fee=Decimal(oe_fee) if oe_fee is not None else None,
        prerequisite_ids=prerequisites,
        make_ids=makes,
        doip_only=doip_only,
        min_year=min_year,
        fuels=fuels,
    )


COMBUSTION: Final[tuple[Fuel, ...]] = ("petrol", "diesel", "hybrid")
DIESEL: Final[tuple[Fuel, ...]] = ("diesel",)
HIGH_VOLTAGE: Final[tuple[Fuel, ...]] = ("hybrid", "electric")

REMOTE_DIAGNOSTIC_SUPPORT: Final = 52322
FRONT_CAMERA_STATIC: Final = 52341
FRONT_CAMERA_DYNAMIC: Final = 52342
RADAR_CALIBRATION: Final = 52343
BLIND_SPOT_CALIBRATION: Final = 52344
SURROUND_VIEW_CALIBRATION: Final = 52345
NIGHT_VISION_CALIBRATION: Final = 52346
STEERING_ANGLE_CALIBRATION: Final = 52347
SPARE_KEY: Final = 52331
ALL_KEYS_LOST: Final = 52332
IMMOBILISER_ADAPTATION: Final = 52333
REMOTE_SYNC: Final = 52334
KEYLESS_MODULE: Final = 52335
STEERING_LOCK: Final = 52336
AIRBAG_UNIT_REPLACEMENT: Final = 52351
CRASH_DATA_RESET: Final = 52352
OCCUPANCY_SENSOR: Final = 52353
AIRBAG_DIAGNOSIS: Final = 52354
PRETENSIONER_CODING: Final = 52355
TOW_BAR_AFTERMARKET: Final = 52311
TOW_BAR_OE_RETROFIT: Final = 52312
PARKING_AID_CODING: Final = 52318
BATTERY_REGISTRATION: Final = 52382
EPB_SERVICE_MODE: Final = 52381
SERVICE_RESET: Final = 52380
BRAKE_BLEEDING: Final = 52383
WINDOW_INITIALISATION: Final = 52402
COMFORT_CLOSING: Final = 52404
NAVIGATION_UPDATE: Final = 52391
APP_CONNECT: Final = 52394
DAB_ACTIVATION: Final = 52396
DPF_REGENERATION: Final = 52371
DPF_REPLACEMENT: Final = 52372
EGR_ADAPTATION: Final = 52375
ADBLUE_RESET: Final = 52374

PRODUCTS: Final[tuple[Product, ...]] = (
    # Diagnostics
    _product(
        REMOTE_DIAGNOSTIC_SUPPORT,
        DIAGNOSTICS,
        "Remote diagnostic support",
        "59.00",
        "A remote specialist reads every control unit, interprets the faults and guides you to the cause.",
        prerequisites=(COMPLAINT, BATTERY_CHARGER, ODOMETER),
    ),
    _product(
        52321,
        DIAGNOSTICS,
        "Fault memory read and clear (all systems)",
        "29.00",
        "All control units are scanned; faults are reported to you and cleared after the repair.",
        prerequisites=(ODOMETER,),
    ),
    _product(
        52323,
        DIAGNOSTICS,
        "Remote diagnostic support (electric and hybrid vehicles)",
        "89.00",
        "Diagnosis of the high-voltage system, charging and thermal management by an EV specialist.",
        prerequisites=(COMPLAINT, HV_TECHNICIAN),
        min_year=2011,
        fuels=HIGH_VOLTAGE,
    ),
    _product(
        52324,
        DIAGNOSTICS,
        "Guided fault finding (engine management)",
        "79.00",
        "Step-by-step fault finding on the engine with live data, actuator tests and wiring checks.",
        prerequisites=(COMPLAINT, ENGINE_WARM),
        discount="10",
        fuels=COMBUSTION,
    ),
    _product(
        52325,
        DIAGNOSTICS,
        "Pre-purchase vehicle health check",
        "49.00",
        "A full scan with odometer plausibility across control units and a written report.",
        prerequisites=(ODOMETER,),
    ),
    _product(
        52326,
        DIAGNOSTICS,
        "Network communication fault diagnosis (CAN / LIN / FlexRay)",
        "99.00",
        "Diagnosis of control units that do not answer, bus-off faults and gateway problems.",
        prerequisites=(COMPLAINT, BATTERY_CHARGER),
    ),
    # Coding & programming
    _product(
        TOW_BAR_AFTERMARKET,
        CODING,
        "Tow bar coding (aftermarket)",
        "49.00",
        "Codes the trailer function for an aftermarket tow bar: trailer stability, rear parking aid"
        " switch-off and lights check.",
        internal_name="Tow Bar Coding (Aftermarket Equipment)",
        prerequisites=(TOW_BAR_TYPE, TOW_BAR_SOCKET_SIDE, TOW_BAR_SOCKET_PINS),
    ),
    _product(
        TOW_BAR_OE_RETROFIT,
        CODING,
        "Tow bar coding (OE retrofit)",
        "69.00",
        "Activates a retrofitted original tow bar module including the electrically folding ball.",
        prerequisites=(TOW_BAR_TYPE, TOW_BAR_SOCKET_SIDE, BATTERY_CHARGER),
        oe_fee="12.50",
    ),
    _product(
        52313,
        CODING,
        "Control unit replacement (online coding)",
        "119.00",
        "Codes and adapts a new control unit with the maker's online systems.",
        prerequisites=(BATTERY_CHARGER, REPLACEMENT_PART_NUMBER),
        oe_fee="12.50",
        makes=VW_GROUP,
    ),
    _product(
        52314,
        CODING,
        "Engine control unit (ECU) replacement and adaptation",
        "179.00",
        "Programs a new or used engine control unit, including immobiliser and throttle adaptations.",
        prerequisites=(BATTERY_CHARGER, REPLACEMENT_PART_NUMBER, ODOMETER),
        discount="5",
        fuels=COMBUSTION,
    ),
    _product(
        52315,
        CODING,
        "Transmission control unit (TCU) replacement",
        "169.00",
        "Programs and adapts a replacement gearbox control unit and runs the clutch adaptation.",
        prerequisites=(BATTERY_CHARGER, ENGINE_WARM),
        fuels=COMBUSTION,
    ),
    _product(
        52316,
        CODING,
        "Instrument cluster replacement",
        "149.00",
        "Transfers odometer, immobiliser and service data to a new instrument cluster.",
        prerequisites=(BATTERY_CHARGER, ODOMETER),
    ),
    _product(
        52317,
        CODING,
        "Variant coding after retrofit (lights, mirrors, sensors)",
        "59.00",
        "Adjusts the vehicle's coding after retrofitting original equipment.",
        prerequisites=(COMPLAINT,),
    ),
    _product(
        PARKING_AID_CODING,
        CODING,
        "Parking aid retrofit coding",
        "59.00",
        "Activates retrofitted parking sensors and the display in the infotainment.",
    ),
    _product(
        52319,
        CODING,
        "Daytime running lights coding",
        "39.00",
        "Switches daytime running lights on or off, for export vehicles or local rules.",
    ),
    _product(
        52320,
        CODING,
        "Headlight control unit replacement (LED / Matrix)",
        "129.00",
        "Codes a new LED or Matrix headlight module and runs its basic setting.",
        prerequisites=(BATTERY_CHARGER, LEVEL_FLOOR),
        min_year=2012,
    ),
    _product(
        52327,
        CODING,
        "Gateway installation list coding",
        "79.00",
        "Updates the gateway's list of fitted control units after a retrofit or removal.",
        makes=VW_GROUP,
        oe_fee="9.90",
    ),
    _product(
        52328,
        CODING,
        "Online coding (BMW FDL)",
        "89.00",
        "Function list (FDL) coding with BMW's online systems after a retrofit or a replacement.",
        prerequisites=(BATTERY_CHARGER,),
        makes=BMW_GROUP,
        oe_fee="19.90",
    ),
    _product(
        52329,
        CODING,
        "SCN coding (Mercedes-Benz)",
        "99.00",
        "Software calibration number coding of a control unit with Mercedes-Benz online systems.",
        prerequisites=(BATTERY_CHARGER, REPLACEMENT_PART_NUMBER),
        makes=(MERCEDES_BENZ,),
        oe_fee="24.00",
    ),
    # Keys & immobiliser
    _product(
        SPARE_KEY,
        KEYS,
        "Key programming (spare key)",
        "129.00",
        "Programs an additional key; all keys that should keep working must be present.",
        prerequisites=(KEYS_PRESENT, KEY_NUMBERS, BATTERY_CHARGER),
        oe_fee="15.00",
    ),
    _product(
        ALL_KEYS_LOST,
        KEYS,
        "Key programming (all keys lost)",
        "249.00",
        "Reads the immobiliser data and programs new keys when no working key is left.",
        prerequisites=(OWNERSHIP_CHECKED, KEYS_PRESENT, BATTERY_CHARGER),
        oe_fee="45.00",
    ),
    _product(
        IMMOBILISER_ADAPTATION,
        KEYS,
        "Immobiliser adaptation after ECU replacement",
        "189.00",
        "Pairs a replacement engine control unit with the car's immobiliser.",
        prerequisites=(KEYS_PRESENT, BATTERY_CHARGER, REPLACEMENT_PART_NUMBER),
        oe_fee="15.00",
        fuels=COMBUSTION,
    ),
    _product(
        REMOTE_SYNC,
        KEYS,
        "Remote control key synchronisation",
        "39.00",
        "Synchronises the radio remote of a key that opens the car no more.",
        prerequisites=(KEYS_PRESENT,),
    ),
    _product(
        KEYLESS_MODULE,
        KEYS,
        "Keyless entry module replacement",
        "159.00",
        "Adapts a replacement keyless entry and start module to the car and its keys.",
        prerequisites=(KEYS_PRESENT, BATTERY_CHARGER),
        min_year=2008,
    ),
    _product(
        STEERING_LOCK,
        KEYS,
        "Electric steering lock (ELV) replacement and adaptation",
        "179.00",
        "Adapts a new electric steering column lock to the immobiliser.",
        prerequisites=(KEYS_PRESENT, BATTERY_CHARGER),
        makes=(*VW_GROUP, MERCEDES_BENZ),
    ),
    # ADAS calibration
    _product(
        FRONT_CAMERA_STATIC,
        ADAS,
        "Front camera calibration (static)",
        "149.00",
        "Calibrates the windscreen camera against a target board in the workshop.",
        prerequisites=(WHEEL_ALIGNMENT, TARGET_DISTANCE, TYRE_PRESSURES, LEVEL_FLOOR, CALIBRATION_REASON),
    ),
    _product(
        FRONT_CAMERA_DYNAMIC,
        ADAS,
        "Front camera calibration (dynamic)",
        "119.00",
        "Calibrates the windscreen camera during a test drive on marked roads.",
        prerequisites=(WHEEL_ALIGNMENT, TYRE_PRESSURES, CALIBRATION_REASON),
        discount="10",
    ),
    _product(
        RADAR_CALIBRATION,
        ADAS,
        "Radar sensor calibration (ACC)",
        "169.00",
        "Aligns the adaptive cruise control radar with a reflector after bumper or sensor work.",
        prerequisites=(WHEEL_ALIGNMENT, TARGET_DISTANCE, LEVEL_FLOOR, CALIBRATION_REASON),
        min_year=2010,
    ),
    _product(
        BLIND_SPOT_CALIBRATION,
        ADAS,
        "Blind spot radar calibration (rear)",
        "139.00",
        "Calibrates the rear corner radars of the lane change assistant.",
        prerequisites=(LEVEL_FLOOR, CALIBRATION_REASON),
        min_year=2010,
    ),
    _product(
        SURROUND_VIEW_CALIBRATION,
        ADAS,
        "Surround view camera calibration (360°)",
        "199.00",
        "Calibrates all four cameras of the area view system with floor mats.",
        prerequisites=(TYRE_PRESSURES, LEVEL_FLOOR, CALIBRATION_REASON),
        min_year=2014,
    ),
    _product(
        NIGHT_VISION_CALIBRATION,
        ADAS,
        "Night vision camera calibration",
        "189.00",
        "Calibrates the infrared camera of the night vision assistant.",
        prerequisites=(TARGET_DISTANCE, LEVEL_FLOOR),
        makes=(AUDI, BMW, MERCEDES_BENZ, PORSCHE),
        min_year=2008,
    ),
    _product(
        STEERING_ANGLE_CALIBRATION,
        ADAS,
        "Steering angle sensor calibration",
        "49.00",
        "Zeroes the steering angle sensor after an alignment or steering work.",
        prerequisites=(WHEEL_ALIGNMENT,),
    ),
    # Airbag & SRS
    _product(
        AIRBAG_UNIT_REPLACEMENT,
        AIRBAG,
        "Airbag control unit replacement",
        "149.00",
        "Codes a replacement airbag control unit and clears the crash data.",
        internal_name="Airbag Module Replacement",
        prerequisites=(IGNITION_OFF, BATTERY_DISCONNECTED, AIRBAG_PART_NUMBER),
    ),
    _product(
        CRASH_DATA_RESET,
        AIRBAG,
        "Crash data reset (airbag control unit)",
        "119.00",
        "Clears stored crash data so the original airbag control unit can be refitted.",
        prerequisites=(IGNITION_OFF, BATTERY_DISCONNECTED),
    ),
    _product(
        OCCUPANCY_SENSOR,
        AIRBAG,
        "Seat occupancy sensor calibration",
        "89.00",
        "Calibrates the passenger seat occupancy sensor after seat or cover work.",
        prerequisites=(IGNITION_OFF,),
    ),
    _product(
        AIRBAG_DIAGNOSIS,
        AIRBAG,
        "Airbag fault diagnosis",
        "69.00",
        "Finds the cause of an airbag warning light: squibs, clock spring, sensors, wiring.",
        prerequisites=(COMPLAINT, IGNITION_OFF),
    ),
    _product(
        PRETENSIONER_CODING,
        AIRBAG,
        "Seat belt pretensioner replacement coding",
        "59.00",
        "Codes replaced seat belt pretensioners in the airbag control unit.",
        prerequisites=(IGNITION_OFF, BATTERY_DISCONNECTED),
    ),
    # Software updates
    _product(
        52361,
        SOFTWARE,
        "ECU software update",
        "99.00",
        "Flashes the latest software of the maker into the engine control unit.",
        prerequisites=(BATTERY_CHARGER,),
        oe_fee="12.50",
        unattended=True,
        min_year=2008,
    ),
    _product(
        52362,
        SOFTWARE,
        "Transmission software update",
        "99.00",
        "Flashes the latest gearbox software and runs the adaptations afterwards.",
        prerequisites=(BATTERY_CHARGER, ENGINE_WARM),
        oe_fee="12.50",
        min_year=2008,
        fuels=COMBUSTION,
    ),
    _product(
        52363,
        SOFTWARE,
        "Failed over-the-air update recovery",
        "179.00",
        "Restores control units left unusable by an interrupted over-the-air update.",
        prerequisites=(BATTERY_CHARGER, COMPLAINT),
        doip_only=True,
        min_year=2019,
    ),
    _product(
        52364,
        SOFTWARE,
        "Gateway firmware update",
        "89.00",
        "Updates the central gateway so that newer control units and diagnostics are accepted.",
        prerequisites=(BATTERY_CHARGER,),
        unattended=True,
        doip_only=True,
    ),
    _product(
        52365,
        SOFTWARE,
        "Recall and service campaign (software)",
        "69.00",
        "Carries out an open software recall or service campaign of the maker.",
        prerequisites=(BATTERY_CHARGER, ODOMETER),
        unattended=True,
        makes=VW_GROUP,
        oe_fee="9.90",
    ),
    # Engine & exhaust
    _product(
        DPF_REGENERATION,
        ENGINE,
        "DPF forced regeneration",
        "69.00",
        "Burns off the soot in the diesel particulate filter with the engine running.",
        prerequisites=(FUEL_LEVEL, ENGINE_WARM),
        fuels=DIESEL,
    ),
    _product(
        DPF_REPLACEMENT,
        ENGINE,
        "DPF replacement and adaptation",
        "79.00",
        "Resets the soot and ash values and adapts the pressure sensor after a new filter.",
        prerequisites=(FUEL_LEVEL, ODOMETER),
        fuels=DIESEL,
    ),
    _product(
        52373,
        ENGINE,
        "Injector coding (common rail)",
        "59.00",
        "Enters the correction codes of replaced diesel injectors into the engine control unit.",
        prerequisites=(INJECTOR_CODES, ENGINE_WARM),
        fuels=DIESEL,
    ),
    _product(
        ADBLUE_RESET,
        ENGINE,
        "AdBlue (SCR) system diagnosis and reset",
        "89.00",
        "Diagnoses the SCR system, resets the countdown and adapts a replaced AdBlue pump or tank.",
        prerequisites=(COMPLAINT, ENGINE_WARM),
        min_year=2014,
        fuels=DIESEL,
    ),
    _product(
        EGR_ADAPTATION,
        ENGINE,
        "EGR valve adaptation",
        "49.00",
        "Adapts a replaced or cleaned exhaust gas recirculation valve.",
        prerequisites=(ENGINE_WARM,),
        fuels=COMBUSTION,
    ),
    _product(
        52376,
        ENGINE,
        "Throttle body adaptation",
        "39.00",
        "Learns the end stops of a replaced or cleaned throttle body.",
        prerequisites=(ENGINE_WARM,),
        fuels=COMBUSTION,
    ),
    _product(
        52377,
        ENGINE,
        "Turbocharger actuator learn",
        "59.00",
        "Learns the end stops of a replaced electric turbocharger actuator.",
        prerequisites=(ENGINE_WARM,),
        fuels=COMBUSTION,
    ),
    _product(
        52378,
        ENGINE,
        "Camshaft / crankshaft correlation learn",
        "59.00",
        "Learns the sensor correlation after a timing belt or chain replacement.",
        prerequisites=(ENGINE_WARM, BATTERY_CHARGER),
        fuels=COMBUSTION,
    ),
    # Service & maintenance
    _product(
        SERVICE_RESET,
        SERVICE,
        "Service interval reset",
        "29.00",
        "Resets the service indicator and the oil quality after a service.",
        prerequisites=(ODOMETER,),
    ),
    _product(
        EPB_SERVICE_MODE,
        SERVICE,
        "Brake pad replacement (EPB service mode)",
        "35.00",
        "Opens the electric parking brake for new rear pads and closes and calibrates it afterwards.",
        prerequisites=(WHEELS_CHOCKED,),
    ),
    _product(
        BATTERY_REGISTRATION,
        SERVICE,
        "Battery registration (BMS)",
        "39.00",
        "Registers a new 12 V battery so the battery management charges it right.",
        prerequisites=(BATTERY_TYPE, BATTERY_CAPACITY, BATTERY_CHARGER),
        unattended=True,
        min_year=2005,
    ),
    _product(
        BRAKE_BLEEDING,
        SERVICE,
        "Brake fluid bleeding (ABS pump)",
        "59.00",
        "Bleeds the ABS hydraulic unit with its pump after a unit or line replacement.",
        prerequisites=(WHEELS_CHOCKED,),
    ),
    _product(
        52384,
        SERVICE,
        "DSG clutch adaptation",
        "79.00",
        "Basic setting and clutch adaptation of a direct shift gearbox after repair or service.",
        prerequisites=(ENGINE_WARM,),
        makes=VW_GROUP,
        fuels=COMBUSTION,
    ),
    _product(
        52385,
        SERVICE,
        "Tyre pressure monitoring (TPMS) sensor learning",
        "39.00",
        "Teaches new tyre pressure sensors to the car.",
        prerequisites=(TYRE_PRESSURES,),
        min_year=2008,
        discount="15",
    ),
    _product(
        52386,
        SERVICE,
        "Air suspension calibration (ride height)",
        "99.00",
        "Calibrates the ride height sensors after air suspension work.",
        prerequisites=(LEVEL_FLOOR, TYRE_PRESSURES),
        makes=(AUDI, BMW, MERCEDES_BENZ, PORSCHE, VOLKSWAGEN),
    ),
    # Multimedia & infotainment
    _product(
        NAVIGATION_UPDATE,
        MULTIMEDIA,
        "Navigation map update",
        "89.00",
        "Installs the current map release on the factory navigation system.",
        prerequisites=(MAP_REGION, BATTERY_CHARGER),
        unattended=True,
        min_year=2010,
    ),
    _product(
        52392,
        MULTIMEDIA,
        "Component protection removal (infotainment)",
        "129.00",
        "Lifts component protection of a replacement radio or infotainment unit with the maker's server.",
        prerequisites=(BATTERY_CHARGER, REPLACEMENT_PART_NUMBER),
        makes=VW_GROUP,
        oe_fee="35.00",
    ),
    _product(
        52393,
        MULTIMEDIA,
        "Infotainment unit replacement coding",
        "119.00",
        "Codes a replacement head unit with the car's equipment.",
        prerequisites=(BATTERY_CHARGER,),
    ),
    _product(
        APP_CONNECT,
        MULTIMEDIA,
        "Smartphone integration activation (CarPlay / Android Auto)",
        "99.00",
        "Activates phone mirroring on head units that support it.",
        makes=(*VW_GROUP, *BMW_GROUP),
        min_year=2016,
        oe_fee="19.90",
    ),
    _product(
        52395,
        MULTIMEDIA,
        "Reversing camera retrofit coding",
        "69.00",
        "Activates a retrofitted reversing camera and its guide lines.",
    ),
    _product(
        DAB_ACTIVATION,
        MULTIMEDIA,
        "Digital radio (DAB+) activation",
        "49.00",
        "Activates a retrofitted DAB+ tuner or antenna amplifier.",
        discount="10",
    ),
    # Body & comfort
    _product(
        52401,
        BODY,
        "Headlight basic setting (LED / Xenon)",
        "49.00",
        "Runs the basic setting of automatic headlight levelling before the beam is aimed.",
        prerequisites=(LEVEL_FLOOR, TYRE_PRESSURES),
    ),
    _product(
        WINDOW_INITIALISATION,
        BODY,
        "Window and sunroof initialisation",
        "29.00",
        "Teaches windows and sunroof their end positions after a battery disconnect.",
    ),
    _product(
        52403,
        BODY,
        "Ambient lighting retrofit coding",
        "59.00",
        "Activates retrofitted ambient lighting and its colour menu.",
        min_year=2012,
    ),
    _product(
        COMFORT_CLOSING,
        BODY,
        "Comfort opening and closing via remote",
        "29.00",
        "Lets windows and sunroof open and close with the remote key.",
    ),
    _product(
        52405,
        BODY,
        "Seat memory adaptation",
        "49.00",
        "Re-teaches the end stops of power seats with memory after seat work.",
    ),
    _product(
        52406,
        BODY,
        "Climate control basic setting (flap calibration)",
        "39.00",
        "Calibrates the flap motors of the climate control after a repair.",
    ),
    _product(
        52407,
        BODY,
        "Body control module replacement",
        "149.00",
        "Programs and codes a replacement body control module.",
        prerequisites=(BATTERY_CHARGER, KEYS_PRESENT, REPLACEMENT_PART_NUMBER),
        oe_fee="12.50",
    ),
    # Electric & hybrid
    _product(
        52411,
        ELECTRIC,
        "High-voltage battery diagnosis (state of health)",
        "119.00",
        "Reads the state of health and cell balance of the traction battery, with a report.",
        prerequisites=(HV_TECHNICIAN, BATTERY_CHARGER),
        min_year=2011,
        fuels=HIGH_VOLTAGE,
    ),
    _product(
        52412,
        ELECTRIC,
        "High-voltage system de-energising support",
        "149.00",
        "Guides the safe de-energising of the high-voltage system before repair work.",
        prerequisites=(HV_TECHNICIAN,),
        min_year=2011,
        fuels=HIGH_VOLTAGE,
    ),
    _product(
        52413,
        ELECTRIC,
        "On-board charger and charging port diagnosis",
        "99.00",
        "Finds why the car does not charge: port, lock, on-board charger, pilot signal.",
        prerequisites=(HV_TECHNICIAN, COMPLAINT),
        min_year=2011,
        fuels=HIGH_VOLTAGE,
    ),
    _product(
        52414,
        ELECTRIC,
        "Battery management system update (high voltage)",
        "129.00",
        "Updates the traction battery management software of the maker.",
        prerequisites=(HV_TECHNICIAN, BATTERY_CHARGER),
        unattended=True,
        min_year=2011,
        oe_fee="12.50",
        fuels=HIGH_VOLTAGE,
    ),
)

# ----------------------------------------------------------------------------------------------- bundles

#: How blocks read: every product of a required block is part of the bundle; the products of an
#: optional block may be added, any of them or none.


def _bundle(slug: str, group_id: int, name: str, description: str, *blocks: BundleBlock) -> Bundle:
    return Bundle(
        id=stable_uuid("bundle", slug),
        group_id=group_id,
        name=name,
        description=description,
        reference=stable_uuid("bundle-reference", slug),
        blocks=blocks,
    )


def _required(*product_ids: int) -> BundleBlock:
    return BundleBlock(optional=False, product_ids=product_ids)


def _optional(*product_ids: int) -> BundleBlock:
    return BundleBlock(optional=True, product_ids=product_ids)


BUNDLES: Final[tuple[Bundle, ...]] = (
    _bundle(
        "windscreen-replacement",
        ADAS,
        "Windscreen replacement",
        "Camera calibration after a new windscreen, and the steering angle sensor after an alignment.",
        _required(FRONT_CAMERA_STATIC),
        _optional(STEERING_ANGLE_CALIBRATION, FRONT_CAMERA_DYNAMIC),
    ),
    _bundle(
        "front-end-repair",
        ADAS,
        "Front end accident repair",
        "Radar and camera calibration after front end work, with the sensors often disturbed too.",
        _required(RADAR_CALIBRATION),
        _required(FRONT_CAMERA_STATIC),
        _optional(STEERING_ANGLE_CALIBRATION, SURROUND_VIEW_CALIBRATION),
    ),
    _bundle(
        "navigation",
        MULTIMEDIA,
        "Navigation",
        "Navigation map update, with phone integration and digital radio on request.",
        _required(NAVIGATION_UPDATE),
        _optional(APP_CONNECT, DAB_ACTIVATION),
    ),
    _bundle(
        "key-replacement",
        KEYS,
        "Spare key",
        "A spare key with its remote control set up, and comfort closing on request.",
        _required(SPARE_KEY),
        _optional(REMOTE_SYNC, COMFORT_CLOSING),
    ),
    _bundle(
        "battery-replacement",
        SERVICE,
        "12 V battery replacement",
        "Registration of the new battery and the initialisations a battery disconnect needs.",
        _required(BATTERY_REGISTRATION),
        _optional(WINDOW_INITIALISATION, STEERING_ANGLE_CALIBRATION),
    ),
    _bundle(
        "brake-service",
        SERVICE,
        "Brake service",
        "Rear pads with the electric parking brake in service mode, fluid bleeding and service reset.",
        _required(EPB_SERVICE_MODE),
        _optional(BRAKE_BLEEDING, SERVICE_RESET),
    ),
    _bundle(
        "airbag-repair",
        AIRBAG,
        "Airbag repair after an accident",
        "A new airbag control unit, with the pretensioners and the seat occupancy sensor on request.",
        _required(AIRBAG_UNIT_REPLACEMENT),
        _optional(PRETENSIONER_CODING, OCCUPANCY_SENSOR),
    ),
    _bundle(
        "tow-bar",
        CODING,
        "Tow bar fitting",
        "Coding of an aftermarket tow bar, with the parking aid on request.",
        _required(TOW_BAR_AFTERMARKET),
        _optional(PARKING_AID_CODING),
    ),
    _bundle(
        "dpf-service",
        ENGINE,
        "Particulate filter service",
        "Forced regeneration of the DPF, with the EGR valve and the SCR system on request.",
        _required(DPF_REGENERATION),
        _optional(EGR_ADAPTATION, ADBLUE_RESET),
    ),
)

# ---------------------------------------------------------------------------------------------- vouchers


def _voucher(
    code: str,
    kind: VoucherKind,
    value: str,
    description: str,
    *,
    expires_at: datetime | None = None,
    products: tuple[int, ...] = (),
) -> Voucher:
    return Voucher(code, kind, Decimal(value), description, expires_at, products)


_ADAS_PRODUCTS: Final = tuple(product.id for product in PRODUCTS if product.group_id == ADAS)

VOUCHERS: Final[tuple[Voucher, ...]] = (
    _voucher("WELCOME10", "percent", "10", "10 % off your order, for new customers."),
    _voucher(
        "SPRING25",
        "amount",
        "25.00",
        "EUR 25 off your order.",
        expires_at=datetime(2099, 5, 31, 23, 59, 59, tzinfo=UTC),
    ),
    _voucher(
        "SUMMER2025",
        "percent",
        "15",
        "15 % off, summer 2025 campaign.",
        expires_at=datetime(2025, 9, 30, 23, 59, 59, tzinfo=UTC),
    ),
    _voucher(
        "ADAS20",
        "percent",
        "20",
        "20 % off ADAS calibrations.",
        expires_at=datetime(2099, 12, 31, 23, 59, 59, tzinfo=UTC),
        products=_ADAS_PRODUCTS,
    ),
    _voucher(
        "KEYS50",
        "amount",
        "50.00",
        "EUR 50 off key programming.",
        products=(SPARE_KEY, ALL_KEYS_LOST),
    ),
    _voucher(
        "WINTER2024",
        "amount",
        "20.00",
        "EUR 20 off, winter 2024 campaign.",
        expires_at=datetime(2025, 2, 28, 23, 59, 59, tzinfo=UTC),
    ),
    _voucher(
        "DPF15",
        "percent",
        "15",
        "15 % off particulate filter work.",
        products=(DPF_REGENERATION, DPF_REPLACEMENT),
    ),
)

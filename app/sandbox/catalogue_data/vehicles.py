"""Makes, model groups, models and variants a European workshop sees every week.

Names follow the usual parts-catalogue style: models as "GOLF VII (5G1, BQ1, BE1, BE2)" (body codes in
brackets), variants as engine, power in kW and engine codes; the builder appends the production years.
``doip=True`` marks models whose diagnostics run over Ethernet (DoIP) and so need a DoIP connector: the
Volkswagen group's MQB-evo and MEB cars, BMW's G-series, Mercedes' W206 generation, Volvo SPA/CMA,
Jaguar Land Rover's EVA2 cars, Tesla, Porsche Taycan. Older cars use classic CAN diagnostics.
"""

from __future__ import annotations

from typing import Final

from app.sandbox.catalogue_data.specs import MakeSpec, group, make, model, variant

# Make ids: fixed, because products and tests refer to them.
ALFA_ROMEO: Final = 2
AUDI: Final = 5
FORD: Final = 10
BMW: Final = 16
CITROEN: Final = 21
CUPRA: Final = 29
DACIA: Final = 31
FIAT: Final = 35
HONDA: Final = 45
HYUNDAI: Final = 47
JAGUAR: Final = 49
JEEP: Final = 51
KIA: Final = 53
LAND_ROVER: Final = 56
MAZDA: Final = 60
MERCEDES_BENZ: Final = 62
MINI: Final = 65
MITSUBISHI: Final = 66
NISSAN: Final = 70
OPEL: Final = 72
PEUGEOT: Final = 74
PORSCHE: Final = 75
RENAULT: Final = 78
SEAT: Final = 81
SKODA: Final = 83
SUZUKI: Final = 85
TESLA: Final = 87
TOYOTA: Final = 88
VOLKSWAGEN: Final = 91
VOLVO: Final = 92

VW_GROUP: Final = (VOLKSWAGEN, AUDI, SKODA, SEAT, CUPRA, PORSCHE)
BMW_GROUP: Final = (BMW, MINI)
STELLANTIS: Final = (OPEL, PEUGEOT, CITROEN, FIAT, JEEP, ALFA_ROMEO)
RENAULT_NISSAN: Final = (RENAULT, DACIA, NISSAN, MITSUBISHI)
JLR: Final = (JAGUAR, LAND_ROVER)

MAKES: Final[tuple[MakeSpec, ...]] = (
    make(
        ALFA_ROMEO,
        "Alfa Romeo",
        ("ZAR",),
        group(
            "Giulietta",
            model(
                "GIULIETTA (940_)",
                "2010-04",
                "2020-12",
                variant("1.4 TB 88KW 940 A2.000"),
                variant("2.0 JTDM 125KW 940 A5.000", "2013-09"),
            ),
        ),
        group(
            "Giulia",
            model(
                "GIULIA (952_)",
                "2016-01",
                None,
                variant("2.2 D 110KW 55275032"),
                variant("2.0 Q4 206KW 55273835", "2016-10"),
            ),
        ),
        group(
            "Stelvio",
            model("STELVIO (949_)", "2016-11", None, variant("2.2 D Q4 154KW 55275032")),
        ),
    ),
    make(
        AUDI,
        "Audi",
        ("WAU", "WA1", "WUA", "TRU"),
        group(
            "A3",
            model(
                "A3 Sportback (8VA, 8VF)",
                "2012-09",
                "2020-12",
                variant("1.4 TFSI 92KW CXSA", "2013-04", "2018-12"),
                variant("1.6 TDI 81KW CLHA", "2012-11", "2018-12", key="a3_8v_16tdi"),
                variant("2.0 TDI 110KW CRBC"),
                vin_codes=("8V",),
            ),
            model(
                "A3 Sportback (8YA)",
                "2020-03",
                None,
                variant("35 TFSI 110KW DFYA"),
                variant("35 TDI 110KW DTTC"),
                doip=True,
                vin_codes=("GY",),
            ),
        ),
        group(
            "A4",
            model(
                "A4 B8 Avant (8K5)",
                "2007-11",
                "2015-12",
                variant("2.0 TDI 105KW CAGA", "2008-04", "2013-06"),
                variant("1.8 TFSI 118KW CDHB", "2008-02"),
                variant("2.0 TFSI 155KW CDNC", "2008-06"),
                vin_codes=("8K",),
            ),
            model(
                "A4 B9 Avant (8W5, 8WD)",
                "2015-08",
                None,
                variant("2.0 TDI 110KW DETA", key="a4_b9_20tdi"),
                variant("2.0 TDI 140KW DEUA"),
                variant("2.0 TFSI 140KW CVKB", "2015-08", "2019-05"),
                vin_codes=("F4",),
            ),
        ),
        group(
            "A6",
            model(
                "A6 C7 Avant (4G5, 4GD)",
                "2011-05",
                "2018-09",
                variant("2.0 TDI 130KW CGLC"),
                variant("3.0 TDI quattro 150KW CDUC"),
                vin_codes=("4G",),
            ),
            model(
                "A6 C8 Avant (4A5)",
                "2018-06",
                None,
                variant("40 TDI 150KW DTPA"),
                variant("45 TFSI quattro 180KW DKNA"),
                doip=True,
                vin_codes=("F2",),
            ),
        ),
        group(
            "Q5",
            model(
                "Q5 (8RB)",
                "2008-11",
                "2017-05",
                variant("2.0 TDI quattro 125KW CAHA"),
                variant("2.0 TFSI quattro 155KW CDNC"),
                vin_codes=("8R",),
            ),
            model(
                "Q5 (FYB, FYG)",
                "2016-09",
                None,
                variant("40 TDI quattro 140KW DETA"),
                variant("55 TFSI e quattro 270KW DLHA", "2019-10"),
                vin_codes=("FY",),
            ),
        ),
    ),
    make(
        BMW,
        "BMW",
        ("WBA", "WBS", "WBY", "5UX", "4US"),
        group(
            "1 Series",
            model(
                "1 (F20)",
                "2010-06",
                "2019-06",
                variant("118d 105KW N47 D20 C", "2011-09", "2015-02"),
                variant("116i 100KW N13 B16 A", "2011-09", "2015-02"),
                variant("118i 100KW B38 B15 A", "2015-03"),
            ),
            model(
                "1 (F40)",
                "2019-07",
                None,
                variant("118i 103KW B38 A15 A"),
                variant("118d 110KW B47 C20 A"),
                doip=True,
            ),
        ),
        group(
            "3 Series",
            model(
                "3 (E90)",
                "2004-12",
                "2012-10",
                variant("318i 105KW N46 B20 B", "2007-03", "2011-12"),
                variant("320d 130KW N47 D20 A", "2007-09", "2011-12"),
                variant("330i 190KW N52 B30 A", "2005-09", "2008-12"),
            ),
            model(
                "3 (F30, F80)",
                "2011-10",
                "2019-10",
                variant("320d 135KW N47 D20 C", "2011-10", "2015-06"),
                variant("320d 140KW B47 D20 A", "2015-07"),
                variant("330i 185KW B48 B20 B", "2015-07"),
            ),
            model(
                "3 (G20, G80)",
                "2018-11",
                None,
                variant("320d 140KW B47 D20 B", key="g20_320d"),
                variant("330e 215KW B48 B20 A", "2019-06"),
                variant("M340i xDrive 275KW B58 B30 C", "2019-03"),
                doip=True,
            ),
        ),
        group(
            "5 Series",
            model(
                "5 (F10)",
                "2009-03",
                "2017-02",
                variant("520d 135KW N47 D20 C", "2010-09", "2014-06"),
                variant("530d 190KW N57 D30 A"),
            ),
            model(
                "5 (G30, F90)",
                "2016-11",
                None,
                variant("520d 140KW B47 D20 B"),
                variant("530e 185KW B48 B20 A", "2017-03"),
                doip=True,
            ),
        ),
        group(
            "X3",
            model(
                "X3 (G01, F97)",
                "2017-09",
                None,
                variant("xDrive 20 d 140KW B47 D20 B"),
                variant("xDrive 30 e 215KW B48 B20 A", "2019-12"),
                doip=True,
            ),
        ),
        group(
            "X5",
            model(
                "X5 (E70)",
                "2006-10",
                "2013-06",
                variant("xDrive 30 d 173KW M57 D30", "2007-03", "2010-03"),
                variant("xDrive 30 d 180KW N57 D30 A", "2010-04"),
            ),
            model(
                "X5 (F15, F85)",
                "2013-08",
                "2018-07",
                variant("xDrive 30 d 190KW N57 D30 A"),
                variant("xDrive 40 e 230KW N20 B20 A", "2015-08"),
            ),
            model(
                "X5 (G05, F95)",
                "2018-07",
                None,
                variant("xDrive 30 d 195KW B57 D30 A", key="x5_g05_30d"),
                variant("xDrive 45 e 290KW B58 B30 C", "2019-08"),
                doip=True,
            ),
        ),
    ),
    make(
        CITROEN,
        "Citroën",
        ("VF7", "VR7"),
        group(
            "C3",
            model(
                "C3 II (SC_)",
                "2009-11",
                "2017-01",
                variant("1.4 HDi 50KW 8HR (DV4C)", "2010-02", "2014-12"),
                variant("1.2 VTi 60KW HMZ (EB2F)", "2012-07"),
            ),
            model(
                "C3 III (SX)",
                "2016-11",
                None,
                variant("1.2 PureTech 81KW HNP (EB2DT)"),
                variant("1.5 BlueHDi 75KW YHY (DV5RD)", "2018-01"),
            ),
        ),
        group(
            "C4 Picasso",
            model(
                "C4 PICASSO II (3D_)",
                "2013-02",
                "2018-09",
                variant("1.6 BlueHDi 88KW BHZ (DV6FC)", "2014-01"),
                variant("1.2 THP 96KW HNY (EB2DTS)", "2014-05"),
            ),
        ),
        group(
            "Berlingo",
            model(
                "BERLINGO Van (B9)",
                "2008-04",
                "2018-12",
                variant("1.6 HDi 66KW 9HF (DV6DTED)"),
                variant("1.6 BlueHDi 73KW BHW (DV6FE)", "2015-04"),
            ),
        ),
    ),
    make(
        CUPRA,
        "Cupra",
        ("VSS",),
        group(
            "Formentor",
            model(
                "FORMENTOR (KM7)",
                "2020-09",
                None,
                variant("1.5 TSI 110KW DPCA"),
                variant("VZ 2.0 TSI 4Drive 228KW DNFE"),
                doip=True,
                vin_codes=("KM",),
            ),
        ),
        group(
            "Born",
            model(
                "BORN (K11)",
                "2021-09",
                None,
                variant("58 kWh 150KW EBJA"),
                doip=True,
                electric=True,
                vin_codes=("K1",),
            ),
        ),
        group(
            "Leon",
            model(
                "LEON (KL1)",
                "2020-09",
                None,
                variant("VZ 2.0 TSI 221KW DNFF"),
                variant("1.4 e-Hybrid 180KW DGEA"),
                doip=True,
                vin_codes=("KL",),
            ),
        ),
    ),
    make(
        DACIA,
        "Dacia",
        ("UU1",),
        group(
            "Sandero",
            model(
                "SANDERO II (B8_, 52_)",
                "2012-10",
                "2020-12",
                variant("0.9 TCe 66KW H4B 400", "2012-11"),
                variant("1.5 dCi 66KW K9K 612"),
            ),
            model("SANDERO III (DJF_)", "2020-10", None, variant("1.0 TCe 67KW H4D 450")),
        ),
        group(
            "Duster",
            model(
                "DUSTER (HS_)",
                "2010-04",
                "2018-01",
                variant("1.5 dCi 80KW K9K 858", "2010-06"),
                variant("1.6 16V 77KW K4M 606"),
            ),
            model("DUSTER (HM_)", "2017-10", None, variant("1.3 TCe 96KW H5H 470", "2018-09")),
        ),
    ),
    make(
        FIAT,
        "Fiat",
        ("ZFA",),
        group(
            "500",
            model(
                "500 (312_)",
                "2007-07",
                None,
                variant("1.2 51KW 169 A4.000", key="fiat500_12"),
                variant("0.9 TwinAir 63KW 312 A2.000", "2010-07"),
            ),
        ),
        group(
            "Panda",
            model(
                "PANDA (312_, 319_)",
                "2011-11",
                None,
                variant("1.2 51KW 169 A4.000"),
                variant("0.9 TwinAir 63KW 312 A2.000", "2012-02"),
            ),
        ),
        group(
            "Ducato",
            model(
                "DUCATO Van (250_, 290_)",
                "2006-07",
                None,
                variant("2.3 130 Multijet 96KW F1AE0481D"),
                variant("2.3 150 Multijet 110KW F1AGL411C", "2014-06"),
            ),
        ),
        group(
            "Tipo",
            model(
                "TIPO Saloon (356_)",
                "2015-10",
                None,
                variant("1.4 70KW 843 A1.000"),
                variant("1.6 D Multijet 88KW 55260384"),
            ),
        ),
    ),
    make(
        FORD,
        "Ford",
        ("WF0", "1FA", "1FM", "1FT", "3FA"),
        group(
            "Fiesta",
            model(
                "FIESTA VI (CB1, CCN)",
                "2008-06",
                "2019-12",
                variant("1.25 60KW SNJB", "2008-06", "2017-12"),
                variant("1.0 EcoBoost 74KW M1JE", "2012-10"),
            ),
            model(
                "FIESTA VII (HJ, HF)",
                "2017-05",
                "2023-07",
                variant("1.0 EcoBoost 74KW SFJA"),
                variant("1.5 TDCi 63KW XUJA"),
            ),
        ),
        group(
            "Focus",
            model(
                "FOCUS II (DA_, HCP, DP)",
                "2004-07",
                "2013-12",
                variant("1.4 59KW ASDA, ASDB", "2004-07", "2012-09"),
                variant("1.6 TDCi 80KW G8DA, G8DB, G8DD"),
                variant("2.0 107KW AODA, AODB"),
            ),
            model(
                "FOCUS III (DYB)",
                "2010-07",
                "2018-12",
                variant("1.0 EcoBoost 92KW M1DA", "2012-02", key="focus3_10eco"),
                variant("1.6 TDCi 85KW T1DA"),
            ),
            model(
                "FOCUS IV (HN)",
                "2018-04",
                None,
                variant("1.0 EcoBoost 92KW B7DA"),
                variant("1.5 EcoBlue 88KW ZTDA"),
            ),
        ),
        group(
            "Kuga",
            model(
                "KUGA II (DM2)",
                "2012-10",
                "2020-03",
                variant("2.0 TDCi 4x4 110KW T7MA"),
                variant("1.5 EcoBoost 110KW M9MA", "2014-08"),
            ),
        ),
        group(
            "Transit",
            model(
                "TRANSIT Van (FA_ _)",
                "2006-04",
                "2014-08",
                variant("2.2 TDCi 63KW P8FA"),
                variant("2.4 TDCi 88KW PHFA"),
            ),
            model(
                "TRANSIT CUSTOM V362 Van (FY, FZ)",
                "2012-04",
                None,
                variant("2.0 EcoBlue 96KW BKFB", "2016-06"),
            ),
        ),
        group(
            "Mustang",
            model(
                "MUSTANG Fastback (S550)",
                "2014-07",
                "2023-06",
                variant("5.0 V8 330KW FM5", key="mustang_s550_50"),
                variant("2.3 EcoBoost 213KW 23M", "2014-09"),
            ),
        ),
    ),
    make(
        HONDA,
        "Honda",
        ("JHM", "SHH", "SHS", "1HG"),
        group(
            "Civic",
            model(
                "CIVIC VIII Hatchback (FN, FK)",
                "2005-09",
                "2012-03",
                variant("1.8 103KW R18A2"),
                variant("2.2 CTDi 103KW N22A2"),
            ),
            model("CIVIC IX (FK)", "2011-12", "2017-02", variant("1.6 i-DTEC 88KW N16A1", "2013-09")),
            model(
                "CIVIC X Hatchback (FC_, FK_)",
                "2016-10",
                "2022-05",
                variant("1.0 VTEC 95KW P10A2"),
                variant("1.5 VTEC 134KW L15B7"),
            ),
        ),
        group(
            "CR-V",
            model("CR-V III (RE_)", "2006-09", "2012-12", variant("2.2 i-CTDi 103KW N22A2")),
            model("CR-V IV (RM_)", "2012-10", "2018-10", variant("1.6 i-DTEC 88KW N16A3", "2013-09")),
            model("CR-V V (RT_, RW_)", "2018-09", "2023-06", variant("2.0 Hybrid 135KW LFB11", "2019-01")),
        ),
        group(
            "Jazz", model("JAZZ III (GE_, GG_, GP_, ZA_)", "2007-09", "2015-07", variant("1.2 66KW L12B1"))
        ),
    ),
    make(
        HYUNDAI,
        "Hyundai",
        ("KMH", "TMA", "NLH"),
        group(
            "i20",
            model(
                "i20 II (GB, IB)",
                "2014-11",
                "2020-08",
                variant("1.2 62KW G4LA"),
                variant("1.0 T-GDI 74KW G3LC"),
            ),
        ),
        group(
            "i30",
            model("i30 (FD)", "2007-10", "2012-06", variant("1.4 80KW G4FA"), variant("1.6 CRDi 85KW D4FB")),
            model("i30 (GD)", "2011-12", "2017-06", variant("1.6 CRDi 94KW D4FB")),
            model(
                "i30 (PDE, PD)",
                "2016-11",
                None,
                variant("1.0 T-GDI 88KW G3LC", key="i30_pd_10tgdi"),
                variant("1.4 T-GDI 103KW G4LD", "2016-11", "2020-08"),
            ),
        ),
        group(
            "Tucson",
            model(
                "TUCSON (TL, TLE)",
                "2015-06",
                "2020-09",
                variant("1.7 CRDi 85KW D4FD"),
                variant("1.6 T-GDI 130KW G4FJ"),
            ),
            model("TUCSON (NX4, NX4E)", "2020-09", None, variant("1.6 T-GDi Hybrid 169KW G4FT")),
        ),
        group(
            "Kona",
            model(
                "KONA (OS, OSE, OSI)",
                "2017-06",
                "2023-03",
                variant("Electric 150KW EM16", "2018-06"),
                electric=True,
            ),
        ),
        group(
            "IONIQ 5", model("IONIQ 5 (NE)", "2021-03", None, variant("77 kWh AWD 225KW EM17"), electric=True)
        ),
    ),
    make(
        JAGUAR,
        "Jaguar",
        ("SAJ",),
        group(
            "XF",
            model(
                "XF (X250)",
                "2008-03",
                "2015-12",
                variant("2.2 D 140KW 224DT", "2011-04"),
                variant("3.0 D 177KW 306DT"),
            ),
            model("XF II (X260)", "2015-06", None, variant("2.0 D 132KW 204DTD")),
        ),
        group(
            "F-Pace",
            model(
                "F-PACE (X761)",
                "2015-12",
                None,
                variant("2.0 D 132KW 204DTD"),
                variant("3.0 S/C AWD 280KW 306PS"),
            ),
        ),
        group("I-Pace", model("I-PACE (X590)", "2018-03", None, variant("EV400 AWD 294KW"), electric=True)),
    ),
    make(
        JEEP,
        "Jeep",
        ("ZAC", "1C4", "1J4", "1J8"),
        group(
            "Renegade",
            model(
                "RENEGADE SUV (BU, B1)",
                "2014-07",
                None,
                variant("1.6 MultiJet 88KW 55260384"),
                variant("1.3 T4 4xe 177KW 46335975", "2020-03"),
            ),
        ),
        group(
            "Compass",
            model("COMPASS (MP, M6, MV, M7)", "2016-09", None, variant("1.4 MultiAir 125KW 55263624")),
        ),
        group(
            "Wrangler",
            model(
                "WRANGLER III (JK)",
                "2007-01",
                "2018-12",
                variant("2.8 CRD 147KW ENS", "2011-01"),
                variant("3.6 V6 209KW ERB", "2011-09", key="wrangler_jk_36"),
            ),
            model("WRANGLER IV (JL)", "2017-11", None, variant("2.0 T-GDI 200KW EC1")),
        ),
        group(
            "Grand Cherokee",
            model(
                "GRAND CHEROKEE IV (WK, WK2)", "2010-06", "2022-06", variant("3.0 CRD 184KW EXF", "2011-01")
            ),
        ),
    ),
    make(
        KIA,
        "Kia",
        ("KNA", "KND", "U5Y"),
        group(
            "Ceed",
            model("CEE'D (ED)", "2006-12", "2012-12", variant("1.6 CRDi 85KW D4FB")),
            model("CEE'D (JD)", "2012-05", "2018-12", variant("1.6 CRDi 94KW D4FB")),
            model(
                "CEED (CD)", "2018-05", None, variant("1.4 T-GDI 103KW G4LD"), variant("1.6 CRDi 100KW D4FE")
            ),
        ),
        group(
            "Sportage",
            model(
                "SPORTAGE III (SL)",
                "2009-09",
                "2016-02",
                variant("1.7 CRDi 85KW D4FD"),
                variant("2.0 CRDi 100KW D4HA"),
            ),
            model("SPORTAGE IV (QL, QLE)", "2015-09", "2022-03", variant("1.6 T-GDI 130KW G4FJ")),
            model("SPORTAGE V (NQ5)", "2021-10", None, variant("1.6 T-GDI Hybrid 169KW G4FT")),
        ),
        group("Niro", model("NIRO I (DE)", "2016-03", "2022-06", variant("1.6 GDI Hybrid 104KW G4LE"))),
        group("Picanto", model("PICANTO (TA)", "2011-05", "2017-03", variant("1.0 51KW G3LA"))),
    ),
    make(
        LAND_ROVER,
        "Land Rover",
        ("SAL",),
        group(
            "Range Rover Evoque",
            model(
                "RANGE ROVER EVOQUE (L538)",
                "2011-06",
                "2019-06",
                variant("2.2 D 110KW 224DT"),
                variant("2.0 Si4 177KW 204PT", "2014-09"),
            ),
            model("RANGE ROVER EVOQUE (L551)", "2018-11", None, variant("D180 132KW 204DTA")),
        ),
        group(
            "Discovery Sport",
            model("DISCOVERY SPORT (L550)", "2014-09", None, variant("2.0 TD4 110KW 204DTD")),
        ),
        group(
            "Defender",
            model(
                "DEFENDER Station Wagon (L663)",
                "2019-10",
                None,
                variant("D240 177KW 204DTA"),
                variant("P400 294KW PT306"),
                doip=True,
            ),
        ),
        group(
            "Range Rover Sport",
            model("RANGE ROVER SPORT (L494)", "2013-03", "2022-05", variant("3.0 SDV6 215KW 306DT")),
        ),
    ),
    make(
        MAZDA,
        "Mazda",
        ("JMZ", "JM1"),
        group(
            "3",
            model("3 (BL)", "2008-12", "2014-09", variant("1.6 77KW Z6"), variant("2.2 MZR-CD 110KW R2AA")),
            model("3 (BM, BN)", "2013-06", "2019-06", variant("2.0 88KW PEY5"), variant("2.2 D 110KW SHY1")),
            model("3 (BP)", "2019-03", None, variant("2.0 Skyactiv-X 132KW HF")),
        ),
        group(
            "CX-5",
            model(
                "CX-5 (KE, GH)", "2011-11", "2017-06", variant("2.2 D 110KW SHY1"), variant("2.0 121KW PEY7")
            ),
            model("CX-5 (KF)", "2017-02", None, variant("2.2 D 110KW SH01")),
        ),
        group(
            "MX-5",
            model("MX-5 IV (ND)", "2015-04", None, variant("1.5 96KW P5Y8"), variant("2.0 135KW PEXN")),
        ),
    ),
    make(
        MERCEDES_BENZ,
        "Mercedes-Benz",
        ("WDB", "WDD", "WDC", "WDF", "W1K", "W1N", "W1V", "4JG", "55S"),
        group(
            "A-Class",
            model(
                "A-CLASS (W176)",
                "2012-06",
                "2018-05",
                variant("A 180 CDI 80KW OM 607.951"),
                variant("A 200 115KW M 270.910"),
            ),
            model(
                "A-CLASS (W177)",
                "2018-02",
                None,
                variant("A 180 d 85KW OM 608.915"),
                variant("A 200 120KW M 282.914"),
            ),
        ),
        group(
            "C-Class",
            model(
                "C-CLASS (W204)",
                "2007-01",
                "2014-08",
                variant("C 200 CDI 100KW OM 646.811", "2007-01", "2009-12"),
                variant("C 220 CDI 125KW OM 651.911", "2008-09"),
                variant("C 180 Kompressor 115KW M 271.950", "2007-01", "2010-02"),
            ),
            model(
                "C-CLASS (W205)",
                "2014-03",
                "2021-05",
                variant("C 220 d 125KW OM 651.921", "2014-03", "2018-05"),
                variant("C 200 135KW M 274.920"),
            ),
            model(
                "C-CLASS (W206)",
                "2021-03",
                None,
                variant("C 220 d 147KW OM 654.820", key="w206_c220d"),
                variant("C 200 150KW M 254.920"),
                doip=True,
            ),
        ),
        group(
            "E-Class",
            model(
                "E-CLASS (W212)",
                "2009-01",
                "2016-12",
                variant("E 220 CDI 125KW OM 651.924"),
                variant("E 350 CDI 170KW OM 642.852"),
            ),
            model("E-CLASS (W213)", "2016-03", "2023-09", variant("E 220 d 143KW OM 654.920")),
        ),
        group(
            "GLC",
            model("GLC (X253)", "2015-06", "2022-06", variant("GLC 220 d 4-matic 125KW OM 651.921")),
            model("GLC (X254)", "2022-06", None, variant("GLC 220 d 4-matic 145KW OM 654.820"), doip=True),
        ),
        group(
            "Sprinter",
            model(
                "SPRINTER 3,5-t Van (B906)",
                "2006-06",
                "2018-12",
                variant("316 CDI 120KW OM 651.955", "2009-05"),
            ),
            model("SPRINTER 3,5-t Van (B907, B910)", "2018-02", None, variant("316 CDI 120KW OM 651.958")),
        ),
    ),
    make(
        MINI,
        "MINI",
        ("WMW",),
        group(
            "Hatch",
            model(
                "MINI (R56)",
                "2006-10",
                "2013-11",
                variant("Cooper 88KW N12 B16 A", "2006-11", "2010-02"),
                variant("Cooper S 128KW N14 B16 A", "2006-11", "2010-02"),
                variant("Cooper D 80KW W16 D16", "2006-11", "2010-06"),
            ),
            model(
                "MINI (F56)",
                "2013-11",
                "2024-03",
                variant("Cooper 100KW B38 A15 A"),
                variant("Cooper S 141KW B48 A20 A", key="mini_f56_coopers"),
            ),
            model("MINI (F66)", "2024-03", None, variant("Cooper C 115KW B38 A15 M0"), doip=True),
        ),
        group(
            "Countryman",
            model("MINI COUNTRYMAN (F60)", "2016-11", "2024-02", variant("Cooper D 110KW B47 C20 A")),
        ),
    ),
    make(
        MITSUBISHI,
        "Mitsubishi",
        ("JMB", "JA3"),
        group(
            "Outlander",
            model(
                "OUTLANDER III (GG_W, GF_W, ZJ)",
                "2012-07",
                "2021-12",
                variant("2.0 PHEV 4WD 89KW 4B11", "2013-11"),
                variant("2.2 DI-D 4WD 110KW 4N14"),
            ),
        ),
        group(
            "ASX",
            model("ASX (GA_W_)", "2010-06", None, variant("1.6 86KW 4A92"), variant("1.8 DI-D 110KW 4N13")),
        ),
        group("Space Star", model("SPACE STAR Hatchback (A0_A)", "2012-09", None, variant("1.2 59KW 3A92"))),
    ),
    make(
        NISSAN,
        "Nissan",
        ("JN1", "SJN", "VSK"),
        group(
            "Qashqai",
            model(
                "QASHQAI / QASHQAI +2 I (J10, NJ10, JJ10E)",
                "2006-12",
                "2014-04",
                variant("1.5 dCi 78KW K9K 282"),
                variant("2.0 104KW MR20DE"),
            ),
            model(
                "QASHQAI II SUV (J11, J11_)",
                "2013-11",
                "2021-06",
                variant("1.5 dCi 81KW K9K 636", key="qashqai_j11_15dci"),
                variant("1.2 DIG-T 85KW HRA2DDT"),
            ),
            model("QASHQAI III SUV (J12)", "2021-03", None, variant("1.3 DIG-T Mild Hybrid 103KW HR13DDT")),
        ),
        group(
            "Micra",
            model("MICRA IV (K13_)", "2010-05", "2017-03", variant("1.2 59KW HR12DE")),
            model("MICRA V (K14)", "2016-11", "2023-06", variant("0.9 IG-T 66KW H4B 400")),
        ),
        group(
            "Juke",
            model(
                "JUKE (F15)",
                "2010-06",
                "2019-12",
                variant("1.5 dCi 81KW K9K 636"),
                variant("1.6 69KW HR16DE"),
            ),
        ),
        group("Leaf", model("LEAF (ZE1)", "2017-10", None, variant("40 kWh 110KW EM57"), electric=True)),
    ),
    make(
        OPEL,
        "Opel",
        ("W0L", "W0V"),
        group(
            "Astra",
            model(
                "ASTRA H (A04)",
                "2004-03",
                "2014-12",
                variant("1.6 77KW Z 16 XEP"),
                variant("1.7 CDTI 74KW Z 17 DTH"),
            ),
            model(
                "ASTRA J (P10)",
                "2009-09",
                "2015-10",
                variant("1.4 Turbo 103KW A 14 NET", key="astra_j_14t"),
                variant("1.7 CDTI 92KW A 17 DTS"),
            ),
            model(
                "ASTRA K (B16)",
                "2015-06",
                "2022-12",
                variant("1.6 CDTI 81KW B 16 DTE"),
                variant("1.4 Turbo 110KW B 14 XFT"),
            ),
            model("ASTRA L (O5)", "2021-09", None, variant("1.2 Turbo 96KW F12XHT")),
        ),
        group(
            "Corsa",
            model(
                "CORSA D (S07)",
                "2006-07",
                "2014-08",
                variant("1.2 59KW Z 12 XEP"),
                variant("1.3 CDTI 55KW Z 13 DTJ"),
            ),
            model("CORSA E (X15)", "2014-09", "2019-12", variant("1.4 66KW B 14 XER")),
            model("CORSA F (P2JO)", "2019-06", None, variant("1.2 74KW F12XHL")),
        ),
        group(
            "Insignia", model("INSIGNIA A (G09)", "2008-07", "2017-03", variant("2.0 CDTI 118KW A 20 DTH"))
        ),
    ),
    make(
        PEUGEOT,
        "Peugeot",
        ("VF3", "VR3"),
        group(
            "208",
            model(
                "208 I (CA_, CC_)",
                "2012-03",
                "2019-12",
                variant("1.2 VTi 60KW HMZ (EB2F)"),
                variant("1.6 BlueHDi 73KW BHY (DV6FD)", "2014-06"),
            ),
            model(
                "208 II (UB_, UP_, UW_, UJ_)",
                "2019-06",
                None,
                variant("1.2 PureTech 74KW HNK (EB2ADT)"),
                variant("e-208 100KW ZKX", fuel="electric"),
            ),
        ),
        group(
            "308",
            model(
                "308 II (LB_, LP_, LW_, LH_, L3_)",
                "2013-09",
                "2021-12",
                variant("1.2 THP 96KW HNY (EB2DTS)"),
                variant("1.5 BlueHDi 96KW YHZ (DV5RC)", "2017-07"),
            ),
        ),
        group(
            "3008",
            model(
                "3008 SUV (MC_, MR_, MJ_, M4_)",
                "2016-05",
                None,
                variant("1.5 BlueHDi 96KW YHZ (DV5RC)", "2017-11"),
            ),
        ),
    ),
    make(
        PORSCHE,
        "Porsche",
        ("WP0", "WP1"),
        group(
            "911",
            model(
                "911 (997)",
                "2004-07",
                "2012-12",
                variant("3.6 Carrera 239KW M96.05"),
                variant("3.8 Carrera S 261KW M97.01"),
            ),
            model("911 (991)", "2011-08", "2019-12", variant("3.4 Carrera 257KW MA1.04")),
            model("911 (992)", "2018-11", None, variant("3.0 Carrera S 331KW DKK"), doip=True),
        ),
        group(
            "Cayenne",
            model("CAYENNE (92A)", "2010-02", "2018-12", variant("3.0 Diesel 180KW CRCA")),
            model("CAYENNE (9YA)", "2017-08", None, variant("3.0 250KW DCBE"), doip=True),
        ),
        group(
            "Macan",
            model("MACAN (95B)", "2014-02", None, variant("S Diesel 190KW CTBD", "2014-02", "2018-06")),
        ),
        group(
            "Taycan",
            model(
                "TAYCAN (Y1A)",
                "2019-09",
                None,
                variant("4S 390KW"),
                variant("Turbo 500KW"),
                doip=True,
                electric=True,
            ),
        ),
    ),
    make(
        RENAULT,
        "Renault",
        ("VF1",),
        group(
            "Clio",
            model(
                "CLIO III (BR0/1, CR0/1)",
                "2005-01",
                "2014-12",
                variant("1.2 16V 55KW D4F 740"),
                variant("1.5 dCi 50KW K9K 766"),
            ),
            model(
                "CLIO IV (BH_)",
                "2012-11",
                "2019-08",
                variant("0.9 TCe 66KW H4B 400", key="clio4_09tce"),
                variant("1.5 dCi 66KW K9K 608"),
            ),
            model("CLIO V (BF_)", "2019-04", None, variant("1.0 TCe 67KW H4D 450")),
        ),
        group(
            "Megane",
            model(
                "MEGANE III Hatchback (BZ0/1_)",
                "2008-11",
                "2016-08",
                variant("1.5 dCi 81KW K9K 836", key="megane3_15dci"),
                variant("1.6 16V 81KW K4M 858"),
            ),
            model(
                "MEGANE IV Hatchback (B9A/M/N_)", "2015-11", None, variant("1.3 TCe 103KW H5H 470", "2018-08")
            ),
        ),
        group(
            "Captur",
            model(
                "CAPTUR I (J5_, H5_)",
                "2013-06",
                "2019-12",
                variant("0.9 TCe 66KW H4B 400"),
                variant("1.5 dCi 66KW K9K 628"),
            ),
        ),
        group(
            "Kangoo", model("KANGOO Express (FW0/1_)", "2008-02", "2021-03", variant("1.5 dCi 66KW K9K 608"))
        ),
        group(
            "Zoe",
            model(
                "ZOE (BFM_)",
                "2012-06",
                None,
                variant("R90 65KW 5AQ 601", "2015-06"),
                variant("R110 80KW 5AQ 607", "2018-01"),
                electric=True,
            ),
        ),
    ),
    make(
        SEAT,
        "SEAT",
        ("VSS",),
        group(
            "Ibiza",
            model(
                "IBIZA IV (6J5, 6P1)",
                "2008-03",
                "2017-06",
                variant("1.4 16V 63KW BXW"),
                variant("1.2 TDI 55KW CFWA", "2010-01"),
                vin_codes=("6J",),
            ),
            model("IBIZA V (KJ1, KJG)", "2017-02", None, variant("1.0 TSI 70KW DKLA"), vin_codes=("KJ",)),
        ),
        group(
            "Leon",
            model(
                "LEON (1P1)",
                "2005-05",
                "2012-12",
                variant("1.9 TDI 77KW BXE, BLS"),
                variant("2.0 TDI 103KW BKD"),
                vin_codes=("1P",),
            ),
            model(
                "LEON (5F1)",
                "2012-09",
                "2020-12",
                variant("1.6 TDI 81KW CLHA"),
                variant("1.4 TSI 92KW CPVA"),
                vin_codes=("5F",),
            ),
            model(
                "LEON (KL1)", "2020-03", None, variant("1.5 eTSI 110KW DFYA"), doip=True, vin_codes=("KL",)
            ),
        ),
        group(
            "Ateca",
            model("ATECA (KH7, KHP)", "2016-04", None, variant("1.6 TDI 85KW DDYA"), vin_codes=("5F",)),
        ),
    ),
    make(
        SKODA,
        "Skoda",
        ("TMB",),
        group(
            "Fabia",
            model(
                "FABIA II (542)",
                "2006-12",
                "2015-05",
                variant("1.2 51KW CGPA"),
                variant("1.6 TDI 66KW CAYB"),
                vin_codes=("5J",),
            ),
            model("FABIA III (NJ3)", "2014-08", "2021-12", variant("1.0 TSI 70KW CHZB"), vin_codes=("NJ",)),
        ),
        group(
            "Octavia",
            model(
                "OCTAVIA II (1Z3)",
                "2004-02",
                "2013-06",
                variant("1.9 TDI 77KW BXE, BLS"),
                variant("2.0 TDI 103KW BKD"),
                vin_codes=("1Z",),
            ),
            model(
                "OCTAVIA III (5E3, NL3, NR3)",
                "2012-11",
                "2020-02",
                variant("1.6 TDI 81KW CLHA", key="octavia3_16tdi"),
                variant("2.0 TDI 110KW CRMB"),
                variant("1.4 TSI 110KW CZDA", "2014-06"),
                vin_codes=("NE",),
            ),
            model(
                "OCTAVIA IV (NX3, NN3)",
                "2019-11",
                None,
                variant("2.0 TDI 110KW DTTA"),
                variant("1.5 TSI 110KW DPCA"),
                doip=True,
                vin_codes=("NX",),
            ),
        ),
        group(
            "Superb",
            model(
                "SUPERB III (3V3)",
                "2015-03",
                "2023-12",
                variant("2.0 TDI 140KW CUAA"),
                variant("1.5 TSI 110KW DPCA", "2018-05"),
                vin_codes=("3V",),
            ),
        ),
        group(
            "Kodiaq",
            model(
                "KODIAQ (NS7, NV7, NS6)", "2016-10", None, variant("2.0 TDI 110KW DFGA"), vin_codes=("NS",)
            ),
        ),
        group(
            "Enyaq",
            model("ENYAQ iV (5AZ)", "2020-11", None, variant("80 150KW EBJA"), doip=True, electric=True),
        ),
    ),
    make(
        SUZUKI,
        "Suzuki",
        ("JSA", "TSM"),
        group(
            "Swift",
            model("SWIFT IV (FZ, NZ)", "2010-09", "2017-05", variant("1.2 69KW K12B")),
            model(
                "SWIFT V (AZ)", "2017-03", "2024-03", variant("1.2 Dualjet Mild Hybrid 61KW K12D", "2020-04")
            ),
        ),
        group(
            "Vitara",
            model(
                "VITARA (LY)",
                "2015-03",
                None,
                variant("1.4 BoosterJet 103KW K14C", "2016-03"),
                variant("1.6 DDiS 88KW D16AA"),
            ),
        ),
        group(
            "SX4 S-Cross",
            model("SX4 S-CROSS (JY)", "2013-08", "2021-12", variant("1.0 BoosterJet 82KW K10C", "2016-09")),
        ),
    ),
    make(
        TESLA,
        "Tesla",
        ("5YJ", "7SA", "LRW", "XP7"),
        group(
            "Model 3",
            model(
                "MODEL 3 (5YJ3)",
                "2017-07",
                None,
                variant("Standard Range Plus 211KW", "2019-02", "2021-09"),
                variant("Long Range AWD 324KW", "2019-02", key="model3_lr"),
                variant("Performance AWD 377KW", "2019-02"),
                doip=True,
                electric=True,
            ),
        ),
        group(
            "Model Y",
            model(
                "MODEL Y (5YJY)",
                "2020-01",
                None,
                variant("Long Range AWD 378KW", "2021-08"),
                variant("RWD 220KW", "2022-07"),
                doip=True,
                electric=True,
            ),
        ),
        group(
            "Model S",
            model(
                "MODEL S (5YJS)",
                "2012-06",
                None,
                variant("90D 386KW", "2015-10", "2019-04"),
                doip=True,
                electric=True,
            ),
        ),
    ),
    make(
        TOYOTA,
        "Toyota",
        ("JTD", "JTE", "JTM", "SB1", "NMT", "VNK", "4T1"),
        group(
            "Yaris",
            model(
                "YARIS (_P13_)",
                "2010-12",
                "2020-08",
                variant("1.33 Dual VVT-i 73KW 1NR-FE"),
                variant("1.5 Hybrid 55KW 1NZ-FXE", "2012-03", key="yaris_p13_hybrid"),
            ),
            model("YARIS (_P21_, _PA1_, _PH1_)", "2020-02", None, variant("1.5 Hybrid 85KW M15A-FXE")),
        ),
        group(
            "Auris",
            model(
                "AURIS (_E18_)",
                "2012-10",
                "2018-12",
                variant("1.8 Hybrid 73KW 2ZR-FXE"),
                variant("1.4 D-4D 66KW 1ND-TV"),
            ),
        ),
        group(
            "Corolla",
            model(
                "COROLLA Hatchback (_E21_)",
                "2018-06",
                None,
                variant("1.8 Hybrid 90KW 2ZR-FXE"),
                variant("2.0 Hybrid 135KW M20A-FXS"),
            ),
        ),
        group(
            "RAV 4",
            model("RAV 4 IV (_A4_)", "2012-12", "2018-12", variant("2.0 D-4D 91KW 1AD-FTV")),
            model("RAV 4 V (_A5_, _H5_)", "2018-12", None, variant("2.5 Hybrid 160KW A25A-FXS")),
        ),
    ),
    make(
        VOLKSWAGEN,
        "Volkswagen",
        ("WVW", "WV1", "WV2", "1VW", "3VW", "9BW"),
        group(
            "Golf",
            model(
                "GOLF V (1K1)",
                "2003-10",
                "2009-02",
                variant("1.4 16V 55KW BCA", "2003-10", "2006-05"),
                variant("1.6 FSI 85KW BAG, BLF, BLP"),
                variant("1.9 TDI 77KW BKC, BXE, BLS"),
                variant("2.0 GTI 147KW AXX, BWA", "2004-10"),
                vin_codes=("1K",),
            ),
            model(
                "GOLF VI (5K1)",
                "2008-10",
                "2013-11",
                variant("1.4 TSI 90KW CAXA", "2008-10", "2012-11"),
                variant("1.6 TDI 77KW CAYC", "2009-04", "2012-11"),
                variant("2.0 TDI 103KW CBAB, CFFB"),
                variant("2.0 GTI 155KW CCZB", "2009-04", key="golf6_gti"),
                vin_codes=("1K", "5K"),
            ),
            model(
                "GOLF VII (5G1, BQ1, BE1, BE2)",
                "2012-08",
                "2020-12",
                variant("1.2 TSI 63KW CJZB", "2012-08", "2018-12"),
                variant("1.4 TSI 90KW CMBA, CPVA", "2012-08", "2017-03"),
                variant("1.6 TDI 81KW CLHA", key="golf7_16tdi"),
                variant("2.0 TDI 110KW CRBC", "2012-08", "2017-03"),
                variant("2.0 GTI 162KW CHHB", "2013-04"),
                variant("1.5 TSI 110KW DADA, DPCA", "2017-03"),
                vin_codes=("AU", "5G"),
            ),
            model(
                "GOLF VIII (CD1)",
                "2019-08",
                None,
                variant("1.0 eTSI 81KW DLAA", "2020-03"),
                variant("1.5 eTSI 110KW DFYA", "2020-01"),
                variant("2.0 TDI 110KW DTTA", "2019-12", key="golf8_20tdi"),
                variant("2.0 GTI 180KW DNFF", "2020-03"),
                doip=True,
                vin_codes=("CD",),
            ),
        ),
        group(
            "Polo",
            model(
                "POLO V (6R1, 6C1)",
                "2009-06",
                "2017-10",
                variant("1.2 44KW CGPB"),
                variant("1.2 TSI 77KW CBZB", "2009-12", "2014-05"),
                variant("1.6 TDI 66KW CAYB", "2009-06", "2014-05"),
                vin_codes=("6R",),
            ),
            model(
                "POLO VI (AW1, BZ1)",
                "2017-06",
                None,
                variant("1.0 TSI 70KW DKLA"),
                variant("1.0 TSI 81KW DKRF"),
                variant("2.0 GTI 147KW DKZA", "2017-12"),
                vin_codes=("AW",),
            ),
        ),
        group(
            "Passat",
            model(
                "PASSAT B6 Variant (3C5)",
                "2005-08",
                "2011-08",
                variant("1.9 TDI 77KW BXE, BLS"),
                variant("2.0 TDI 103KW BKP", "2005-08", "2010-08"),
                variant("1.8 TSI 118KW BZB, CDAA", "2007-08"),
                vin_codes=("3C",),
            ),
            model(
                "PASSAT B7 Variant (365)",
                "2010-08",
                "2014-12",
                variant("2.0 TDI 103KW CFFB"),
                variant("1.4 TSI 90KW CAXA"),
                vin_codes=("3C",),
            ),
            model(
                "PASSAT B8 Variant (3G5, CB5)",
                "2014-08",
                None,
                variant("2.0 TDI 110KW DFGA", "2017-10", key="passat_b8_20tdi"),
                variant("2.0 TDI 140KW CUAA"),
                variant("1.5 TSI 110KW DPCA", "2018-08"),
                vin_codes=("3G",),
            ),
        ),
        group(
            "Tiguan",
            model(
                "TIGUAN (5N_)",
                "2007-09",
                "2018-07",
                variant("2.0 TDI 103KW CFFB"),
                variant("1.4 TSI 110KW CAVD"),
                vin_codes=("5N",),
            ),
            model(
                "TIGUAN (AD1, AX1)",
                "2016-01",
                "2024-01",
                variant("2.0 TDI 110KW DFGA"),
                variant("1.5 TSI 110KW DPCA", "2018-08"),
                vin_codes=("AD",),
            ),
        ),
        group(
            "ID.3",
            model(
                "ID.3 (E11)",
                "2019-11",
                None,
                variant("Pro Performance 150KW EBJA", "2020-06"),
                doip=True,
                vin_codes=("E1",),
                electric=True,
            ),
        ),
        group(
            "Transporter",
            model(
                "TRANSPORTER T6 Van (SGA, SGH, SHA, SHH)",
                "2015-04",
                "2019-08",
                variant("2.0 TDI 110KW CXHA"),
                vin_codes=("SG",),
            ),
        ),
    ),
    make(
        VOLVO,
        "Volvo",
        ("YV1", "YV4", "LYV"),
        group(
            "V40",
            model(
                "V40 Hatchback (525, 526)",
                "2012-03",
                "2019-12",
                variant("D2 88KW D 4162 T"),
                variant("T3 112KW B 4154 T5", "2015-04"),
            ),
        ),
        group(
            "XC40",
            model(
                "XC40 (536)",
                "2017-11",
                None,
                variant("T3 120KW B 3154 T"),
                variant("D3 110KW D 4204 T20"),
                doip=True,
            ),
        ),
        group(
            "XC60",
            model(
                "XC60 I SUV (156)",
                "2008-05",
                "2017-12",
                variant("D5 AWD 158KW D 5244 T10"),
                variant("D4 133KW D 4204 T5", "2014-09"),
            ),
            model(
                "XC60 II (246)",
                "2017-01",
                None,
                variant("D4 AWD 140KW D 4204 T23", key="xc60ii_d4"),
                variant("T8 Recharge AWD 288KW B 4204 T34", "2017-04"),
                doip=True,
            ),
        ),
        group("XC90", model("XC90 II (256)", "2014-08", None, variant("D5 AWD 173KW D 4204 T11"), doip=True)),
    ),
)

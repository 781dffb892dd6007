"""Writes the sample supplier invoices of `resources/samples/`: made by the project, shaped
like the files declarants get (a title block above the table, a TOTAL row, Chinese exporters'
English headers, a Russian CSV in Windows-1251 with decimal commas, a 999-line invoice).

    python -m kedendesk.tools.sample_invoices resources/samples
"""

from __future__ import annotations

import random
import sys
from decimal import Decimal
from pathlib import Path

# article, description, HS code, origin, unit, unit price USD, net kg per unit, manufacturer
GOODS = (
    ("KB-104", "Wired keyboard, USB, black", "8471606000", "CN", "pcs", "4.80", "0.55", "Shenzhen Keyou"),  # noqa: E501
    ("MS-220", "Optical mouse, USB, 1200 dpi", "8471607000", "CN", "pcs", "1.90", "0.09", "Shenzhen Keyou"),  # noqa: E501
    ("HP-51", "Headphones with microphone", "8518309500", "CN", "pcs", "6.20", "0.21", "Dongguan Sonic"),  # noqa: E501
    ("PB-10K", "Power bank 10000 mAh, lithium-ion", "8507600000", "CN", "pcs", "7.40", "0.24", "Dongguan Sonic"),  # noqa: E501
    ("HUB-4", "USB hub, 4 ports", "8471800000", "CN", "pcs", "2.10", "0.05", "Shenzhen Keyou"),
    ("CAM-HD", "Web camera 1080p", "8525891900", "CN", "pcs", "9.60", "0.16", "Shenzhen Vision"),
    ("LED-9W", "LED lamp 9 W, E27", "8539520009", "CN", "pcs", "0.62", "0.04", "Zhongshan Light"),
    ("CB-2M", "USB cable type-C, 2 m", "8544429007", "CN", "pcs", "0.48", "0.05", "Shenzhen Keyou"),
)  # fmt: skip
HEADERS = (
    "No.", "Art. No.", "Description of goods", "HS Code", "Country of origin", "Q'TY",
    "Unit", "Unit Price (USD)", "Amount (USD)", "CTNS", "G.W. (kg)", "N.W. (kg)", "Brand",
)  # fmt: skip


def _lines(count: int, rng: random.Random) -> list[list[object]]:
    rows: list[list[object]] = []
    for number in range(1, count + 1):
        article, name, code, origin, unit, price, net, maker = GOODS[(number - 1) % len(GOODS)]
        quantity = rng.randint(2, 60) * 10
        net_kg = (Decimal(net) * quantity).quantize(Decimal("0.01"))
        gross = (net_kg * Decimal("1.12")).quantize(Decimal("0.01"))
        amount = (Decimal(price) * quantity).quantize(Decimal("0.01"))
        cartons = max(1, quantity // 50)
        rows.append(
            [number, article, name, code, origin, quantity, unit, float(price), float(amount),
             cartons, float(gross), float(net_kg), maker.split()[1].upper()]
        )  # fmt: skip
    return rows


def write_xlsx(path: Path, count: int, seed: int) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Invoice"
    sheet.append(["SHENZHEN KEYOU ELECTRONICS CO., LTD."])
    sheet.append(["Bao'an District, Shenzhen, Guangdong, China"])
    sheet.append(["COMMERCIAL INVOICE"])
    sheet.append(["Invoice No.: KY-2026-1187", None, None, "Date: 2026-11-18"])
    sheet.append(
        ["Buyer: TOO «Alatau Trade», Almaty, Kazakhstan", None, None, "Terms: FCA Shenzhen"]
    )
    sheet.append([])
    sheet.append(list(HEADERS))
    lines = _lines(count, random.Random(seed))
    for row in lines:
        sheet.append(row)
    total_row = len(lines) + 8
    sheet.append(
        ["TOTAL", None, None, None, None, f"=SUM(F8:F{total_row - 1})", None, None,
         float(sum(Decimal(str(r[8])) for r in lines)), f"=SUM(J8:J{total_row - 1})"]
    )  # fmt: skip
    sheet.append([])
    sheet.append(["Seller's signature and stamp"])
    workbook.save(path)


def write_packing_xlsx(path: Path, count: int, seed: int) -> None:
    """The packing list of `write_xlsx`'s invoice, in Russian, lines in another order."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Упаковочный лист"
    sheet.append(["УПАКОВОЧНЫЙ ЛИСТ к инвойсу KY-2026-1187 от 18.11.2026"])
    sheet.append([])
    sheet.append(["№", "Артикул", "Наименование товара", "Кол-во", "Кол-во мест",
                  "Вес брутто, кг", "Вес нетто, кг"])  # fmt: skip
    lines = _lines(count, random.Random(seed))
    for number, row in enumerate(reversed(lines), start=1):
        sheet.append([number, row[1], row[2], row[5], row[9], row[10], row[11]])
    workbook.save(path)


def write_csv_cp1251(path: Path) -> None:
    header = "№;Артикул;Наименование товара;Код ТН ВЭД;Страна происхождения;Кол-во;Ед. изм.;"
    header += "Цена;Сумма;Мест;Вес брутто;Вес нетто;Производитель"
    rows = [
        "1;ЛМ-9;Лампа светодиодная 9 Вт, цоколь E27;8539520009;CN;1 200;шт;0,62;744,00;24;52,80;48,00;Чжуншань Лайт",  # noqa: E501
        "2;КБ-2;Кабель USB type-C, 2 м;8544429007;CN;800;шт;0,48;384,00;16;44,80;40,00;Шэньчжэнь Кейю",  # noqa: E501
        "3;НШ-51;Наушники с микрофоном;8518309500;CN;300;шт;6,20;1 860,00;6;70,56;63,00;Дунгуань Соник",  # noqa: E501
        "Итого;;;;;2 300;;;2 988,00;46;168,16;151,00;",
    ]  # fmt: skip
    path.write_bytes(("\r\n".join([header, *rows]) + "\r\n").encode("cp1251"))


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    folder = Path(args[0] if args else "resources/samples")
    folder.mkdir(parents=True, exist_ok=True)
    write_xlsx(folder / "invoice-shenzhen-keyou.xlsx", 10, seed=1187)
    write_packing_xlsx(folder / "packing-shenzhen-keyou.xlsx", 10, seed=1187)
    write_xlsx(folder / "invoice-999-lines.xlsx", 999, seed=999)
    write_csv_cp1251(folder / "invoice-almaty-cp1251.csv")
    print(f"sample invoices written to {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

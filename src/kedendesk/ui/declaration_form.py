"""The declaration on paper: the DT form of EEC Commission Decision No. 257 (ДТ1, the main
sheet with goods item 1; ДТ2, the additional sheets with three items each), every box where the
form puts it, painted with QPainter on a PDF (`write_pdf`) or a printer (`paint`).

The captions are the form's own words, in Russian as the Decision prints them: they are the
document's text, like the values in the boxes, not the interface's, and so do not follow the
interface language. Values are printed as the declaration holds them; a text longer than its box
is cut with "…" (the electronic declaration and its XML carry it whole). Painting needs no GUI
thread: a worker renders a 999-item declaration (334 sheets) while the window answers.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from kedendesk.domain.declaration import Declaration, GoodsItem, Party, TransportMeans
from kedendesk.domain.reference import countries

RESOLUTION = 300  # dots per inch of the PDF
FONT = "DejaVu Sans"
MARGIN_MM = 8
ITEMS_ON_ADDITIONAL = 3  # ДТ2 holds goods items in three blocks
VALUE_PT, CAPTION_PT = 7.0, 4.6
MAIN_BLOCK_MM, MAIN_PAYMENTS_MM = 135.0, 32.0  # item 1 on the main sheet, and its box 47
ADDITIONAL_BLOCK_MM, ADDITIONAL_PAYMENTS_MM = 83.0, 26.0  # each of three on an additional sheet
PAYMENT_COLUMNS = (
    ("Вид", 14),
    ("Основа начисления", 38),
    ("Ставка", 30),
    ("Сумма", 36),
    ("СП", 10),
)


def sheet_count(items: int) -> int:
    """Sheets of the form: the main sheet holds item 1, each additional sheet three more."""
    return 1 + math.ceil(max(0, items - 1) / ITEMS_ON_ADDITIONAL)


def _n(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def _date(value: object) -> str:
    return value.strftime("%d.%m.%Y") if hasattr(value, "strftime") else _n(value)


def _country(code: str) -> str:
    entry = countries().get(code) if code else None
    return entry.name("ru").upper() if entry is not None else code


def _party(party: Party, same: bool = False) -> str:
    if same:
        return "СМ. ГРАФУ 14 ДТ"
    lines = [party.id_number, party.name, party.address or _address(party)]
    return "\n".join(line for line in lines if line)


def _address(party: Party) -> str:
    a = party.address_details
    parts = [a.postal_code, _country(party.country_code), a.region, a.district, a.city]
    parts += [a.street_house, a.room]
    return ", ".join(p for p in parts if p)


def _transport(means: TransportMeans) -> str:
    count = f"{means.count}: " if means.count is not None else ""
    return f"{count}{means.identifiers}".strip()


@dataclass(frozen=True)
class Box:
    """One box of the form: its number and caption, where it is (mm), what it holds."""

    number: str
    caption: str
    x: float
    y: float
    w: float
    h: float
    text: str = ""
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    size: float = VALUE_PT
    framed: bool = True  # a column inside a box (box 47's) has a frame too


class DeclarationForm:
    """The sheets of one declaration, painted on any paged device (a PDF, a printer)."""

    def __init__(self, declaration: Declaration) -> None:
        self.d = declaration
        self.sheets = sheet_count(len(declaration.items))

    # -- what each sheet holds --------------------------------------------------------

    def _header(self, sheet: int) -> list[Box]:
        d = self.d
        kind = f"{d.direction}   {d.procedure}   {'ЭД' if d.electronic else ''}"
        return [
            Box("1", "ДЕКЛАРАЦИЯ", 100, 0, 52, 10, kind, Qt.AlignmentFlag.AlignCenter, 8.5),
            Box("A", "", 152, 0, 42, 28, d.registration_number, size=8),
            Box("3", "Формы", 100, 10, 17, 10, f"{sheet}   {self.sheets}"),
        ]

    def main_sheet(self) -> list[Box]:
        d = self.d
        boxes = [
            Box("2", "Отправитель/Экспортер", 0, 0, 100, 28, _party(d.consignor)),
            *self._header(1),
            Box("4", "Отгр. спец.", 117, 10, 17, 10, ""),
            Box("5", "Всего т-ов", 134, 10, 18, 10, _n(d.total_items)),
            Box("6", "Всего мест", 100, 20, 26, 8, _n(d.total_packages)),
            Box("7", "Справочный номер", 126, 20, 26, 8, d.reference_number),
            Box(
                "8",
                "Получатель",
                0,
                28,
                100,
                22,
                _party(d.consignee, d.consignee_same_as_declarant),
            ),
            Box(
                "9",
                "Лицо, ответственное за финансовое урегулирование",
                100,
                28,
                94,
                22,
                _party(d.financial_party, d.financial_party_same_as_declarant),
            ),
            Box("14", "Декларант", 0, 50, 100, 22, _party(d.declarant)),
            Box("10", "Стр. перв. назн.", 100, 50, 20, 10, ""),
            Box("11", "Торг. страна", 120, 50, 20, 10, d.trading_country),
            Box("12", "Общая таможенная стоимость", 140, 50, 54, 10, _n(d.total_customs_value)),
            Box("13", "", 100, 60, 20, 12, ""),
            Box("15", "Страна отправления", 120, 60, 46, 6, _country(d.dispatch_country)),
            Box("15a", "Код страны отпр.", 166, 60, 14, 6, d.dispatch_country),
            Box("17a", "Код страны назн.", 180, 60, 14, 6, d.destination_country),
            Box("16", "Страна происхождения", 120, 66, 37, 6, self._origin()),
            Box("17", "Страна назначения", 157, 66, 37, 6, _country(d.destination_country)),
            Box(
                "18",
                "Идентификация и страна регистрации трансп. средства при отправлении/прибытии",
                0,
                72,
                86,
                10,
                f"{_transport(d.departure_transport)}  {d.departure_transport.country_code}",
            ),
            Box(
                "19",
                "Конт.",
                86,
                72,
                14,
                10,
                "" if d.container is None else ("1" if d.container else "0"),
            ),
            Box(
                "20",
                "Условия поставки",
                100,
                72,
                94,
                10,
                f"{d.delivery_terms} {d.delivery_place}".strip(),
            ),
            Box(
                "21",
                "Идентификация и страна регистрации активного трансп. средства на границе",
                0,
                82,
                86,
                10,
                f"{_transport(d.border_transport)}  {d.border_transport.country_code}",
            ),
            Box(
                "22",
                "Валюта и общая сумма по счету",
                86,
                82,
                54,
                10,
                f"{d.invoice_currency}  {_n(d.invoice_total)}",
            ),
            Box("23", "Курс валюты", 140, 82, 27, 10, _n(d.exchange_rate)),
            Box(
                "24",
                "Характер сделки",
                167,
                82,
                27,
                10,
                f"{d.transaction_nature}  {d.transaction_feature}",
            ),
            Box("25", "Вид тр. на гр.", 0, 92, 22, 9, d.border_transport_mode),
            Box("26", "Вид тр. внутри", 22, 92, 22, 9, d.inland_transport_mode),
            Box("27", "Место погрузки/разгрузки", 44, 92, 42, 9, ""),
            Box("28", "Финансовые и банковские сведения", 86, 92, 108, 9, ""),
            Box(
                "29",
                "Орган въезда/выезда",
                0,
                101,
                60,
                10,
                f"{d.customs_office} {d.customs_office_name}".strip(),
            ),
            Box("30", "Местонахождение товаров", 60, 101, 134, 10, self._location()),
        ]
        if d.items:
            boxes += self._item_block(d.items[0], 1, 111, MAIN_BLOCK_MM, main=True)
        bottom = 111 + MAIN_BLOCK_MM
        boxes += self._totals(bottom - MAIN_PAYMENTS_MM, MAIN_PAYMENTS_MM)
        boxes += self._box_54(bottom, 30, width=128)
        boxes.append(Box("C", "Для отметок таможенного органа", 128, bottom, 66, 30))
        return boxes

    def additional_sheet(self, sheet: int) -> list[Box]:
        d = self.d
        boxes = [
            Box("2", "Отправитель/Экспортер", 0, 0, 100, 14, _party(d.consignor)),
            Box(
                "1",
                "ДЕКЛАРАЦИЯ",
                100,
                0,
                52,
                8,
                f"{d.direction}   {d.procedure}",
                Qt.AlignmentFlag.AlignCenter,
                8.5,
            ),
            Box("A", "", 152, 0, 42, 14, d.registration_number, size=8),
            Box("3", "Формы", 100, 8, 52, 6, f"{sheet}   {self.sheets}", size=6),
            Box("14", "Декларант", 0, 14, 194, 8, f"{d.declarant.id_number} {d.declarant.name}"),
        ]
        first = 1 + (sheet - 2) * ITEMS_ON_ADDITIONAL
        for offset, item in enumerate(d.items[first : first + ITEMS_ON_ADDITIONAL]):
            y = 22 + offset * ADDITIONAL_BLOCK_MM
            boxes += self._item_block(item, first + offset + 1, y, ADDITIONAL_BLOCK_MM, main=False)
        boxes += self._box_54(22 + 3 * ADDITIONAL_BLOCK_MM, 10, short=True)
        return boxes

    def _origin(self) -> str:
        origin = self.d.origin_country
        return {"various": "РАЗНЫЕ", "unknown": "НЕИЗВЕСТНА"}.get(origin, _country(origin))

    def _location(self) -> str:
        place = self.d.goods_location
        parts = [place.type_code, place.customs_office, place.warehouse_licence, place.address]
        return "  ".join(p for p in parts if p)

    def _item_block(
        self, item: GoodsItem, number: int, y: float, h: float, main: bool
    ) -> list[Box]:
        """Boxes 31 to 47 of one goods item, from `y`, `h` millimetres high."""
        row = 9.0 if main else 8.0
        right = 112.0  # the right column starts here
        lines = [
            f"1) {item.description}",
            *(
                f"   {g.description} {g.trademark} {g.model} {g.serial}".rstrip()
                for g in item.goods_lines
            ),
            f"   Изготовитель: {item.manufacturer}" if item.manufacturer else "",
            f"   Товарный знак: {item.trademark}" if item.trademark else "",
            f"   Модель: {item.model}" if item.model else "",
            f"2) {_n(item.packages_count)} {item.package_kind}".rstrip()
            + "".join(f", {_n(p.count)} {p.kind_code}" for p in item.packaging),
            f"3) {item.containers}" if item.containers else "",
        ]
        description = "\n".join(line for line in lines if line.strip())
        payments_h = MAIN_PAYMENTS_MM if main else ADDITIONAL_PAYMENTS_MM
        payments_y = y + h - payments_h
        documents = "\n".join(
            f"{doc.type_code}/{doc.presentation_code or '0'} {doc.number} {_date(doc.date)}"
            for doc in item.documents
        )
        return [
            Box(
                "31",
                "Грузовые места и описание товаров",
                0,
                y,
                right,
                5 * row,
                description,
                size=6.5,
            ),
            Box(
                "32",
                "Товар",
                right,
                y,
                16,
                row,
                str(item.number or number),
                Qt.AlignmentFlag.AlignCenter,
            ),
            Box("33", "Код товара", right + 16, y, 82 - 16, row, item.commodity_code, size=8),
            Box("34", "Код страны происх.", right, y + row, 24, row, item.origin_country),
            Box("35", "Вес брутто (кг)", right + 24, y + row, 30, row, _n(item.gross_mass_kg)),
            Box("36", "Преференция", right + 54, y + row, 28, row, item.preference.text()),
            Box(
                "37",
                "Процедура",
                right,
                y + 2 * row,
                24,
                row,
                f"{item.procedure} {item.previous_procedure} {item.movement_feature}".strip(),
            ),
            Box("38", "Вес нетто (кг)", right + 24, y + 2 * row, 30, row, _n(item.net_mass_kg)),
            Box(
                "39",
                "Квота",
                right + 54,
                y + 2 * row,
                28,
                row,
                f"{_n(item.quota_quantity)} {item.quota_unit}".strip(),
            ),
            Box(
                "40",
                "Общая декларация/Предшествующий документ",
                right,
                y + 3 * row,
                82,
                row,
                item.previous_document,
            ),
            Box(
                "41",
                "Дополнит. единицы",
                right,
                y + 4 * row,
                30,
                row,
                f"{_n(item.supplementary_quantity)} {item.supplementary_unit}".strip(),
            ),
            Box("42", "Цена товара", right + 30, y + 4 * row, 36, row, _n(item.price)),
            Box("43", "Код МОС", right + 66, y + 4 * row, 16, row, item.valuation_method),
            Box(
                "44",
                "Дополнит. информация/ Представл. документы",
                0,
                y + 5 * row,
                right,
                payments_y - y - 5 * row,
                documents,
                size=5.8,
            ),
            Box("45", "Таможенная стоимость", right, y + 5 * row, 82, row, _n(item.customs_value)),
            Box(
                "46",
                "Статистическая стоимость",
                right,
                y + 6 * row,
                82,
                payments_y - y - 6 * row,
                _n(item.statistical_value),
            ),
            *self._payments(item, payments_y, payments_h, 128 if main else 194),
        ]

    def _payments(self, item: GoodsItem, y: float, h: float, width: float) -> list[Box]:
        """Box 47: one row per payment, the form's five columns, and the item's total."""
        stretch = width / sum(w for _, w in PAYMENT_COLUMNS)
        lines = [
            (
                p.type_code,
                f"{_n(p.base)} {p.base_unit}".strip(),
                self._rate(p.rate, p.rate_type, p.rate_currency)
                + (
                    f" {'или' if p.rate_comparison == 'max' else '+'} "
                    if p.rate2 is not None
                    else ""
                )
                + (
                    self._rate(p.rate2, p.rate2_type, p.rate2_currency)
                    if p.rate2 is not None
                    else ""
                ),
                _n(p.amount),
                p.feature,
            )
            for p in item.payments
        ]
        total = sum((p.amount for p in item.payments if isinstance(p.amount, Decimal)), Decimal(0))
        boxes = [Box("47", "Исчисление платежей", 0, y, width, h, "")]
        x = 0.0
        for index, (caption, column) in enumerate(PAYMENT_COLUMNS):
            text = "\n".join(line[index] for line in lines)
            if index == 3 and lines:
                text += f"\nВсего: {_n(total)}"
            boxes.append(Box("", caption, x, y + 3, column * stretch, h - 3, text, size=6))
            x += column * stretch
        return boxes

    @staticmethod
    def _rate(rate: object, kind: str, currency: str) -> str:
        if rate is None:
            return ""
        return (
            f"{_n(rate)}{kind if kind == '%' else ''}{' ' + currency if currency else ''}".strip()
        )

    def _totals(self, y: float, h: float) -> list[Box]:
        d = self.d
        totals = "\n".join(
            f"{t.type_code}-{_n(t.amount)}{' ' + t.currency if t.currency else ''}"
            for t in d.payment_totals
        )
        return [Box("B", "Подробности подсчета", 128, y, 66, h, totals, size=6.5)]

    def _box_54(self, y: float, h: float, short: bool = False, width: float = 194) -> list[Box]:
        d, person = self.d, self.d.filled_by
        representative = d.representative
        lines = [
            f"{representative.register_entry} {representative.contract_number} "
            f"{_date(representative.contract_date)}".strip()
            if representative.register_entry
            else "",
            f"{person.name}  {person.identity_document}".strip(),
            f"{person.position}  {person.phone}".strip(),
            f"{person.power_of_attorney.name} {person.power_of_attorney.number} "
            f"{_date(person.power_of_attorney.date)}".strip(),
            f"{d.lrn}",
        ]
        text = "\n".join(line for line in lines if line.strip())
        return [
            Box(
                "54",
                "Место и дата",
                0,
                y,
                width,
                h,
                f"{person.place} {_date(person.date)}\n" + (d.lrn if short else text),
                size=6.5,
            )
        ]

    def sheet(self, number: int) -> list[Box]:
        return self.main_sheet() if number == 1 else self.additional_sheet(number)

    # -- painting ---------------------------------------------------------------------

    def paint(
        self, device: QPagedPaintDevice, progress: Callable[[int, int], None] | None = None
    ) -> int:
        """Paint every sheet on the device, a new page for each; returns the sheet count."""
        painter = QPainter()
        if not painter.begin(device):
            raise OSError("the printer or PDF file cannot be opened for painting")
        try:
            scale = device.logicalDpiX() / 25.4  # pixels per millimetre
            offset_x = 0.0  # the painter starts at the margin, on a PDF as on a printer
            fonts: dict[float, QFont] = {}
            pen = QPen(Qt.GlobalColor.black)
            pen.setWidthF(0.18 * scale)
            for number in range(1, self.sheets + 1):
                if number > 1:
                    device.newPage()
                painter.setPen(pen)
                for box in self.sheet(number):
                    self._paint_box(painter, box, scale, offset_x, fonts)
                if progress is not None:
                    progress(number, self.sheets)
        finally:
            painter.end()
        return self.sheets

    @staticmethod
    def _font(fonts: dict[float, QFont], size: float, bold: bool = False) -> QFont:
        key = size + (1000 if bold else 0)
        font = fonts.get(key)
        if font is None:
            font = QFont(FONT)
            font.setPointSizeF(size)
            font.setBold(bold)
            fonts[key] = font
        return font

    def _paint_box(
        self,
        painter: QPainter,
        box: Box,
        scale: float,
        offset_x: float,
        fonts: dict[float, QFont],
    ) -> None:
        rect = QRectF(offset_x + box.x * scale, box.y * scale, box.w * scale, box.h * scale)
        if box.framed:
            painter.drawRect(rect)
        caption = f"{box.number} {box.caption}".strip()
        top = 0.0
        if caption:
            painter.setFont(self._font(fonts, CAPTION_PT))
            painter.drawText(
                rect.adjusted(0.6 * scale, 0.3 * scale, -0.4 * scale, 0),
                Qt.AlignmentFlag.AlignLeft,
                caption,
            )
            top = 2.2 * scale
        if not box.text.strip():
            return
        font = self._font(fonts, box.size, bold=box.number in ("1", "A", "33"))
        painter.setFont(font)
        inner = rect.adjusted(0.8 * scale, top + 0.3 * scale, -0.6 * scale, -0.3 * scale)
        text = _fitted(box.text, QFontMetricsF(font, painter.device()), inner)
        painter.drawText(
            inner, int(box.align | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap), text
        )


def _fitted(text: str, metrics: QFontMetricsF, rect: QRectF) -> str:
    """The text as much as fits the box (whole lines), cut with "…" where it does not."""
    lines = text.splitlines()
    room = max(1, int(rect.height() // metrics.lineSpacing()))
    out: list[str] = []
    for line in lines:
        for piece in _wrapped(line, metrics, rect.width()):
            if len(out) == room:
                out[-1] = metrics.elidedText(
                    out[-1] + " …", Qt.TextElideMode.ElideRight, rect.width()
                )
                return "\n".join(out)
            out.append(piece)
    return "\n".join(out)


def _wrapped(line: str, metrics: QFontMetricsF, width: float) -> Iterator[str]:
    words, current = line.split(" "), ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if metrics.horizontalAdvance(candidate) <= width or not current:
            current = candidate
            continue
        yield current
        current = word
    yield metrics.elidedText(current, Qt.TextElideMode.ElideRight, width)


def write_pdf(
    declaration: Declaration, path: Path, progress: Callable[[int, int], None] | None = None
) -> int:
    """The form as an A4 PDF; returns its sheet count. Safe on a worker thread."""
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setCreator("Kedendesk")
    writer.setTitle(f"ДТ {declaration.registration_number or declaration.lrn}")
    return DeclarationForm(declaration).paint(writer, progress)

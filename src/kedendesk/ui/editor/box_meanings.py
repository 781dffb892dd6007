"""What each box of the declaration means: the *What's this?* text of its labels (Shift+F1,
then a click on a label, or Help → What's this?), from the box list of the declaration
reference."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kedendesk.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Boxes"
MEANINGS = {
    "A": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box A: the registration number customs gives the declaration (office code / date / number). You do not fill it in.",  # noqa: E501 (one string for Linguist)
    ),
    "1": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 1: the declaration type: direction (ИМ import, ЭК export), the customs procedure code and ЭД for an electronic declaration.",  # noqa: E501 (one string for Linguist)
    ),
    "2": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 2: the consignor or exporter: name, address and country; a person of the EAEU also with their BIN or IIN.",  # noqa: E501 (one string for Linguist)
    ),
    "3": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 3: the sheet of the form and how many sheets the declaration has.",
    ),
    "5": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 5: how many goods items the declaration has (1 to 999).",
    ),
    "6": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 6: the total number of packages of all goods items.",
    ),
    "7": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 7: the reference number: the declaration's feature code from the classifier.",
    ),
    "8": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 8: the consignee: who receives the goods (or the same as box 14).",
    ),
    "9": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 9: the person responsible for financial settlement (or the same as box 14).",
    ),
    "11": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 11: the trading country: where the counterparty of the deal is.",
    ),
    "12": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 12: the total customs value: the sum of box 45 of all items, in tenge.",
    ),
    "14": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 14: the declarant: who declares the goods, with BIN or IIN; and the customs representative if one files.",  # noqa: E501 (one string for Linguist)
    ),
    "15a": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 15a: the country of dispatch: where the goods were sent from.",
    ),
    "16": QT_TRANSLATE_NOOP(
        "Boxes",
        'Box 16: the country of origin of all goods, or "various" or "unknown".',
    ),
    "17a": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 17a: the country of destination: where the goods are going.",
    ),
    "18": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 18: the means of transport at departure or arrival: how many, their numbers and country of registration.",  # noqa: E501 (one string for Linguist)
    ),
    "19": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 19: whether the goods travel in containers (1) or not (0).",
    ),
    "20": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 20: the delivery terms: the Incoterms code and the named place.",
    ),
    "21": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 21: the active means of transport crossing the border: its number and country.",
    ),
    "22": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 22: the invoice currency and the total invoiced amount.",
    ),
    "23": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 23: the exchange rate of box 22's currency to the tenge on the declaration's date.",
    ),
    "24": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 24: the nature of the transaction: its code and feature code.",
    ),
    "25": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 25: the mode of transport at the border.",
    ),
    "26": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 26: the mode of transport inside the country.",
    ),
    "29": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 29: the customs office of entry or exit.",
    ),
    "30": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 30: where the goods are: the location type, customs office, warehouse licence and address.",  # noqa: E501 (one string for Linguist)
    ),
    "31": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 31: the goods and their packages: description, manufacturer, trademark, model, packaging and containers.",  # noqa: E501 (one string for Linguist)
    ),
    "33": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 33: the commodity code: 10 digits of the EAEU commodity nomenclature (F4 finds it).",
    ),
    "34": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 34: the country of origin of this item.",
    ),
    "35": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 35: the gross mass of the item in kilograms, packaging included.",
    ),
    "36": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 36: the preferences: four codes for fees, duty, excise and VAT.",
    ),
    "37": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 37: the procedure: the declared one, the previous one and the movement feature.",
    ),
    "38": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 38: the net mass of the item in kilograms, without packaging; never more than the gross mass.",  # noqa: E501 (one string for Linguist)
    ),
    "39": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 39: the quota the goods are counted against, if any.",
    ),
    "40": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 40: the previous document, such as a transit declaration or temporary storage.",
    ),
    "41": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 41: the quantity in the supplementary unit the commodity code requires.",
    ),
    "42": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 42: the item's price on the invoice, in box 22's currency.",
    ),
    "43": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 43: the customs valuation method (1 to 6).",
    ),
    "44": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 44: the documents: type code, number, date and validity of each.",
    ),
    "45": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 45: the customs value of the item in tenge.",
    ),
    "46": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 46: the statistical value of the item in US dollars.",
    ),
    "47": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 47: the payments: for each, its type, base, rate, amount and payment feature.",
    ),
    "54": QT_TRANSLATE_NOOP(
        "Boxes",
        "Box 54: who filled in the declaration, where and when: name, identity document, phone, position; a representative's register entry and contract.",  # noqa: E501 (one string for Linguist)
    ),
}


def meaning(box: str) -> str:
    """The box's meaning in the interface language ("" for a field with no box)."""
    source = MEANINGS.get(box, "")
    return QCoreApplication.translate(CONTEXT, source) if source else ""

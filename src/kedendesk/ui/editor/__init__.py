"""The declaration editor: header boxes, goods items, documents of box 44 and box 47 lines."""

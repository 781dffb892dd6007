<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddKeyDialog</name>
    <message>
        <source>Add a signing key</source>
        <translation>Add a signing key</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Remember the password (in the system keyring)</source>
        <translation>Remember the password (in the system keyring)</translation>
    </message>
    <message>
        <source>Keep a copy of the key file in the workspace (else only its location)</source>
        <translation>Keep a copy of the key file in the workspace (else only its location)</translation>
    </message>
</context>
<context>
    <name>AnalyticsDialog</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Commodity chapter</source>
        <translation>Commodity chapter</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>All clients</translation>
    </message>
    <message>
        <source>From your own declarations only: what happened, not a forecast of customs' risk profiles. Times run from the gateway's acknowledgement to the release.</source>
        <translation>From your own declarations only: what happened, not a forecast of customs' risk profiles. Times run from the gateway's acknowledgement to the release.</translation>
    </message>
    <message>
        <source>&amp;Export the table to XLSX…</source>
        <translation>&amp;Export the table to XLSX…</translation>
    </message>
    <message>
        <source>&amp;Billing report to XLSX…</source>
        <translation>&amp;Billing report to XLSX…</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>&amp;By</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>C&amp;lient</translation>
    </message>
    <message>
        <source>Analytics of your declarations</source>
        <translation>Analytics of your declarations</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message numerus="yes">
        <source>%n declaration(s) submitted</source>
        <translation>
            <numerusform>%n declaration submitted</numerusform>
            <numerusform>%n declarations submitted</numerusform>
        </translation>
    </message>
    <message>
        <source>Not counted: %1</source>
        <translation>Not counted: %1</translation>
    </message>
    <message>
        <source>Minutes to release: median</source>
        <translation>Minutes to release: median</translation>
    </message>
    <message>
        <source>90th percentile, minutes</source>
        <translation>90th percentile, minutes</translation>
    </message>
    <message>
        <source>Export to XLSX</source>
        <translation>Export to XLSX</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Spreadsheets (*.xlsx)</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Written to %1.</translation>
    </message>
    <message>
        <source>Billing report</source>
        <translation>Billing report</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Declarations</translation>
    </message>
    <message>
        <source>Goods items</source>
        <translation>Goods items</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer customs</source>
        <translation>Answer customs</translation>
    </message>
    <message>
        <source>Customs asks for: %1</source>
        <translation>Customs asks for: %1</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>Attach a file…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>empty: the remembered password</source>
        <translation>empty: the remembered password</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <source>No signing key: add one under Workspace → Keys.</source>
        <translation>No signing key: add one under Workspace → Keys.</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Signing…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>This workspace is open in another Kedendesk (process %1 on %2, since %3).

You can work in both: a declaration saved in both windows becomes a conflict you resolve, and nothing is overwritten. Open it here as well?</source>
        <translation>This workspace is open in another Kedendesk (process %1 on %2, since %3).

You can work in both: a declaration saved in both windows becomes a conflict you resolve, and nothing is overwritten. Open it here as well?</translation>
    </message>
    <message>
        <source>Open here as well</source>
        <translation>Open here as well</translation>
    </message>
    <message>
        <source>The team server does not answer:
%1

Nothing on it is lost. Open this desk's own workspace instead, or quit and try again when the server is back?</source>
        <translation>The team server does not answer:
%1

Nothing on it is lost. Open this desk's own workspace instead, or quit and try again when the server is back?</translation>
    </message>
    <message>
        <source>Open this desk's own workspace</source>
        <translation>Open this desk's own workspace</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Restore the selected…</source>
        <translation>&amp;Restore the selected…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>Restore from a &amp;file…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>&amp;Keep the daily backups for</source>
        <translation>&amp;Keep the daily backups for</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Backed up to %1.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Kedendesk backups (*.zip)</source>
        <translation>Kedendesk backups (*.zip)</translation>
    </message>
    <message>
        <source>Choose a backup in the list.</source>
        <translation>Choose a backup in the list.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>The workspace becomes what %1 holds. What is there now is backed up first, and the open declarations are closed. Restore?</source>
        <translation>The workspace becomes what %1 holds. What is there now is backed up first, and the open declarations are closed. Restore?</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>Restored. What was there before is in %1.</source>
        <translation>Restored. What was there before is in %1.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nothing was changed: %1</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>daily, automatic</source>
        <translation>daily, automatic</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>made by hand</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
</context>
<context>
    <name>Boxes</name>
    <message>
        <source>Box A: the registration number customs gives the declaration (office code / date / number). You do not fill it in.</source>
        <translation>Box A: the registration number customs gives the declaration (office code / date / number). You do not fill it in.</translation>
    </message>
    <message>
        <source>Box 1: the declaration type: direction (ИМ import, ЭК export), the customs procedure code and ЭД for an electronic declaration.</source>
        <translation>Box 1: the declaration type: direction (ИМ import, ЭК export), the customs procedure code and ЭД for an electronic declaration.</translation>
    </message>
    <message>
        <source>Box 2: the consignor or exporter: name, address and country; a person of the EAEU also with their BIN or IIN.</source>
        <translation>Box 2: the consignor or exporter: name, address and country; a person of the EAEU also with their BIN or IIN.</translation>
    </message>
    <message>
        <source>Box 3: the sheet of the form and how many sheets the declaration has.</source>
        <translation>Box 3: the sheet of the form and how many sheets the declaration has.</translation>
    </message>
    <message>
        <source>Box 5: how many goods items the declaration has (1 to 999).</source>
        <translation>Box 5: how many goods items the declaration has (1 to 999).</translation>
    </message>
    <message>
        <source>Box 6: the total number of packages of all goods items.</source>
        <translation>Box 6: the total number of packages of all goods items.</translation>
    </message>
    <message>
        <source>Box 7: the reference number: the declaration's feature code from the classifier.</source>
        <translation>Box 7: the reference number: the declaration's feature code from the classifier.</translation>
    </message>
    <message>
        <source>Box 8: the consignee: who receives the goods (or the same as box 14).</source>
        <translation>Box 8: the consignee: who receives the goods (or the same as box 14).</translation>
    </message>
    <message>
        <source>Box 9: the person responsible for financial settlement (or the same as box 14).</source>
        <translation>Box 9: the person responsible for financial settlement (or the same as box 14).</translation>
    </message>
    <message>
        <source>Box 11: the trading country: where the counterparty of the deal is.</source>
        <translation>Box 11: the trading country: where the counterparty of the deal is.</translation>
    </message>
    <message>
        <source>Box 12: the total customs value: the sum of box 45 of all items, in tenge.</source>
        <translation>Box 12: the total customs value: the sum of box 45 of all items, in tenge.</translation>
    </message>
    <message>
        <source>Box 14: the declarant: who declares the goods, with BIN or IIN; and the customs representative if one files.</source>
        <translation>Box 14: the declarant: who declares the goods, with BIN or IIN; and the customs representative if one files.</translation>
    </message>
    <message>
        <source>Box 15a: the country of dispatch: where the goods were sent from.</source>
        <translation>Box 15a: the country of dispatch: where the goods were sent from.</translation>
    </message>
    <message>
        <source>Box 16: the country of origin of all goods, or "various" or "unknown".</source>
        <translation>Box 16: the country of origin of all goods, or "various" or "unknown".</translation>
    </message>
    <message>
        <source>Box 17a: the country of destination: where the goods are going.</source>
        <translation>Box 17a: the country of destination: where the goods are going.</translation>
    </message>
    <message>
        <source>Box 18: the means of transport at departure or arrival: how many, their numbers and country of registration.</source>
        <translation>Box 18: the means of transport at departure or arrival: how many, their numbers and country of registration.</translation>
    </message>
    <message>
        <source>Box 19: whether the goods travel in containers (1) or not (0).</source>
        <translation>Box 19: whether the goods travel in containers (1) or not (0).</translation>
    </message>
    <message>
        <source>Box 20: the delivery terms: the Incoterms code and the named place.</source>
        <translation>Box 20: the delivery terms: the Incoterms code and the named place.</translation>
    </message>
    <message>
        <source>Box 21: the active means of transport crossing the border: its number and country.</source>
        <translation>Box 21: the active means of transport crossing the border: its number and country.</translation>
    </message>
    <message>
        <source>Box 22: the invoice currency and the total invoiced amount.</source>
        <translation>Box 22: the invoice currency and the total invoiced amount.</translation>
    </message>
    <message>
        <source>Box 23: the exchange rate of box 22's currency to the tenge on the declaration's date.</source>
        <translation>Box 23: the exchange rate of box 22's currency to the tenge on the declaration's date.</translation>
    </message>
    <message>
        <source>Box 24: the nature of the transaction: its code and feature code.</source>
        <translation>Box 24: the nature of the transaction: its code and feature code.</translation>
    </message>
    <message>
        <source>Box 25: the mode of transport at the border.</source>
        <translation>Box 25: the mode of transport at the border.</translation>
    </message>
    <message>
        <source>Box 26: the mode of transport inside the country.</source>
        <translation>Box 26: the mode of transport inside the country.</translation>
    </message>
    <message>
        <source>Box 29: the customs office of entry or exit.</source>
        <translation>Box 29: the customs office of entry or exit.</translation>
    </message>
    <message>
        <source>Box 30: where the goods are: the location type, customs office, warehouse licence and address.</source>
        <translation>Box 30: where the goods are: the location type, customs office, warehouse licence and address.</translation>
    </message>
    <message>
        <source>Box 31: the goods and their packages: description, manufacturer, trademark, model, packaging and containers.</source>
        <translation>Box 31: the goods and their packages: description, manufacturer, trademark, model, packaging and containers.</translation>
    </message>
    <message>
        <source>Box 33: the commodity code: 10 digits of the EAEU commodity nomenclature (F4 finds it).</source>
        <translation>Box 33: the commodity code: 10 digits of the EAEU commodity nomenclature (F4 finds it).</translation>
    </message>
    <message>
        <source>Box 34: the country of origin of this item.</source>
        <translation>Box 34: the country of origin of this item.</translation>
    </message>
    <message>
        <source>Box 35: the gross mass of the item in kilograms, packaging included.</source>
        <translation>Box 35: the gross mass of the item in kilograms, packaging included.</translation>
    </message>
    <message>
        <source>Box 36: the preferences: four codes for fees, duty, excise and VAT.</source>
        <translation>Box 36: the preferences: four codes for fees, duty, excise and VAT.</translation>
    </message>
    <message>
        <source>Box 37: the procedure: the declared one, the previous one and the movement feature.</source>
        <translation>Box 37: the procedure: the declared one, the previous one and the movement feature.</translation>
    </message>
    <message>
        <source>Box 38: the net mass of the item in kilograms, without packaging; never more than the gross mass.</source>
        <translation>Box 38: the net mass of the item in kilograms, without packaging; never more than the gross mass.</translation>
    </message>
    <message>
        <source>Box 39: the quota the goods are counted against, if any.</source>
        <translation>Box 39: the quota the goods are counted against, if any.</translation>
    </message>
    <message>
        <source>Box 40: the previous document, such as a transit declaration or temporary storage.</source>
        <translation>Box 40: the previous document, such as a transit declaration or temporary storage.</translation>
    </message>
    <message>
        <source>Box 41: the quantity in the supplementary unit the commodity code requires.</source>
        <translation>Box 41: the quantity in the supplementary unit the commodity code requires.</translation>
    </message>
    <message>
        <source>Box 42: the item's price on the invoice, in box 22's currency.</source>
        <translation>Box 42: the item's price on the invoice, in box 22's currency.</translation>
    </message>
    <message>
        <source>Box 43: the customs valuation method (1 to 6).</source>
        <translation>Box 43: the customs valuation method (1 to 6).</translation>
    </message>
    <message>
        <source>Box 44: the documents: type code, number, date and validity of each.</source>
        <translation>Box 44: the documents: type code, number, date and validity of each.</translation>
    </message>
    <message>
        <source>Box 45: the customs value of the item in tenge.</source>
        <translation>Box 45: the customs value of the item in tenge.</translation>
    </message>
    <message>
        <source>Box 46: the statistical value of the item in US dollars.</source>
        <translation>Box 46: the statistical value of the item in US dollars.</translation>
    </message>
    <message>
        <source>Box 47: the payments: for each, its type, base, rate, amount and payment feature.</source>
        <translation>Box 47: the payments: for each, its type, base, rate, amount and payment feature.</translation>
    </message>
    <message>
        <source>Box 54: who filled in the declaration, where and when: name, identity document, phone, position; a representative's register entry and contract.</source>
        <translation>Box 54: who filled in the declaration, where and when: name, identity document, phone, position; a representative's register entry and contract.</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Stopping after the current declaration…</source>
        <translation>Stopping after the current declaration…</translation>
    </message>
    <message>
        <source>%1 done, %2 not.</source>
        <translation>%1 done, %2 not.</translation>
    </message>
    <message>
        <source>Cancelled: the rest were not touched.</source>
        <translation>Cancelled: the rest were not touched.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Stopped: %1</translation>
    </message>
</context>
<context>
    <name>BulkModel</name>
    <message>
        <source>%1 error(s) in the checks: open it to fix them</source>
        <translation>%1 error(s) in the checks: open it to fix them</translation>
    </message>
    <message>
        <source>not a draft (signed already)</source>
        <translation>not a draft (signed already)</translation>
    </message>
    <message>
        <source>the key signs as representative, and papers are missing: %1</source>
        <translation>the key signs as representative, and papers are missing: %1</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>not signed yet</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <source>LRN</source>
        <translation>LRN</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Product catalogue</source>
        <translation>Product catalogue</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Article, name, code, manufacturer</source>
        <translation>Article, name, code, manufacturer</translation>
    </message>
    <message>
        <source>&amp;Remove product</source>
        <translation>&amp;Remove product</translation>
    </message>
    <message>
        <source>The next import asks about it again (Delete)</source>
        <translation>The next import asks about it again (Delete)</translation>
    </message>
    <message>
        <source>Add a client first.</source>
        <translation>Add a client first.</translation>
    </message>
    <message>
        <source>Reading the catalogue…</source>
        <translation>Reading the catalogue…</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s). Learnt from signed declarations; type to correct.</source>
        <translation>
            <numerusform>%n product. Learnt from signed declarations; type to correct.</numerusform>
            <numerusform>%n products. Learnt from signed declarations; type to correct.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>A commodity code is 10 digits, not “%1”.</source>
        <translation>A commodity code is 10 digits, not “%1”.</translation>
    </message>
    <message>
        <source>A country is two letters (CN, KZ), not “%1”.</source>
        <translation>A country is two letters (CN, KZ), not “%1”.</translation>
    </message>
    <message>
        <source>A unit is a 3-digit code (796, 166), not “%1”.</source>
        <translation>A unit is a 3-digit code (796, 166), not “%1”.</translation>
    </message>
    <message>
        <source>“%1” removed.</source>
        <translation>“%1” removed.</translation>
    </message>
    <message>
        <source>The catalogue could not be changed: %1</source>
        <translation>The catalogue could not be changed: %1</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Article or name</source>
        <translation>Article or name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>33 Code</source>
        <translation>33 Code</translation>
    </message>
    <message>
        <source>34 Origin</source>
        <translation>34 Origin</translation>
    </message>
    <message>
        <source>41 Unit</source>
        <translation>41 Unit</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Manufacturer</translation>
    </message>
    <message>
        <source>36 Preference</source>
        <translation>36 Preference</translation>
    </message>
    <message>
        <source>Learnt from</source>
        <translation>Learnt from</translation>
    </message>
</context>
<context>
    <name>ClientsDialog</name>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Street, house</source>
        <translation>Street, house</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Show archived clients</source>
        <translation>Show archived clients</translation>
    </message>
    <message>
        <source>&amp;New client</source>
        <translation>&amp;New client</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Name in Kazakh</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Name in English</translation>
    </message>
    <message>
        <source>BIN / IIN</source>
        <translation>BIN / IIN</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Add power of attorney</source>
        <translation>Add power of attorney</translation>
    </message>
    <message>
        <source>Remove power of attorney</source>
        <translation>Remove power of attorney</translation>
    </message>
    <message>
        <source>Contract with the customs representative (11002)</source>
        <translation>Contract with the customs representative (11002)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <source>Powers of attorney</source>
        <translation>Powers of attorney</translation>
    </message>
    <message>
        <source>Box 8: the consignee is the declarant</source>
        <translation>Box 8: the consignee is the declarant</translation>
    </message>
    <message>
        <source>Box 9: the financial party is the declarant</source>
        <translation>Box 9: the financial party is the declarant</translation>
    </message>
    <message>
        <source>Box 54: filled in by</source>
        <translation>Box 54: filled in by</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Suppliers (box 2), one a line</source>
        <translation>Suppliers (box 2), one a line</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Remove contact</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Contract and powers</source>
        <translation>Contract and powers</translation>
    </message>
    <message>
        <source>New declarations</source>
        <translation>New declarations</translation>
    </message>
    <message>
        <source>&amp;Save client</source>
        <translation>&amp;Save client</translation>
    </message>
    <message>
        <source>We file as a customs representative</source>
        <translation>We file as a customs representative</translation>
    </message>
    <message>
        <source>Our company</source>
        <translation>Our company</translation>
    </message>
    <message>
        <source>Our BIN</source>
        <translation>Our BIN</translation>
    </message>
    <message>
        <source>Register entry</source>
        <translation>Register entry</translation>
    </message>
    <message>
        <source>Save our company</source>
        <translation>Save our company</translation>
    </message>
    <message>
        <source>Only an administrator adds or changes clients and their papers.</source>
        <translation>Only an administrator adds or changes clients and their papers.</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <source>Bring back from the archive</source>
        <translation>Bring back from the archive</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <source>This is not a valid BIN or IIN (check the digits)</source>
        <translation>This is not a valid BIN or IIN (check the digits)</translation>
    </message>
    <message>
        <source>A client needs a name.</source>
        <translation>A client needs a name.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation>Archived.</translation>
    </message>
    <message>
        <source>Back from the archive.</source>
        <translation>Back from the archive.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Our company saved.</source>
        <translation>Our company saved.</translation>
    </message>
</context>
<context>
    <name>CodeField</name>
    <message>
        <source>Not in the code list</source>
        <translation>Not in the code list</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Its name</source>
        <translation>Its name</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who may act</source>
        <translation>Who may act</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>For what</source>
        <translation>For what</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <source>Issued in</source>
        <translation>Issued in</translation>
    </message>
    <message>
        <source>Presented</source>
        <translation>Presented</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Rate type</source>
        <translation>Rate type</translation>
    </message>
    <message>
        <source>Rate currency</source>
        <translation>Rate currency</translation>
    </message>
    <message>
        <source>Per unit</source>
        <translation>Per unit</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Feature</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Manufacturer</translation>
    </message>
    <message>
        <source>Trademark</source>
        <translation>Trademark</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Serial / VIN</source>
        <translation>Serial / VIN</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Engine, cm³</source>
        <translation>Engine, cm³</translation>
    </message>
    <message>
        <source>Package kind</source>
        <translation>Package kind</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Packages</translation>
    </message>
    <message>
        <source>Pallet kind</source>
        <translation>Pallet kind</translation>
    </message>
    <message>
        <source>Pallets</source>
        <translation>Pallets</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>33 Code</source>
        <translation>33 Code</translation>
    </message>
    <message>
        <source>31 Description</source>
        <translation>31 Description</translation>
    </message>
    <message>
        <source>34 Origin</source>
        <translation>34 Origin</translation>
    </message>
    <message>
        <source>35 Gross, kg</source>
        <translation>35 Gross, kg</translation>
    </message>
    <message>
        <source>38 Net, kg</source>
        <translation>38 Net, kg</translation>
    </message>
    <message>
        <source>42 Price</source>
        <translation>42 Price</translation>
    </message>
    <message>
        <source>LRN</source>
        <translation>LRN</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Corridor</source>
        <translation>Corridor</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <source>Since submission</source>
        <translation>Since submission</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Invoice total</source>
        <translation>Invoice total</translation>
    </message>
    <message>
        <source>Customs value, KZT</source>
        <translation>Customs value, KZT</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>ConflictPrompt</name>
    <message>
        <source>Saved elsewhere</source>
        <translation>Saved elsewhere</translation>
    </message>
    <message>
        <source>Declaration %1 was saved in another window or on another desk while you edited it. Keep your version as a new revision (the other stays in the history), or take the other one?</source>
        <translation>Declaration %1 was saved in another window or on another desk while you edited it. Keep your version as a new revision (the other stays in the history), or take the other one?</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Take the other</source>
        <translation>Take the other</translation>
    </message>
</context>
<context>
    <name>CustomsActions</name>
    <message>
        <source>Send to customs</source>
        <translation>Send to customs</translation>
    </message>
    <message>
        <source>Not queued: %1</source>
        <translation>Not queued: %1</translation>
    </message>
    <message>
        <source>Withdraw the declaration</source>
        <translation>Withdraw the declaration</translation>
    </message>
    <message>
        <source>No signing key yet.</source>
        <translation>No signing key yet.</translation>
    </message>
    <message>
        <source>Not withdrawn: %1</source>
        <translation>Not withdrawn: %1</translation>
    </message>
    <message>
        <source>The password of your signing key:</source>
        <translation>The password of your signing key:</translation>
    </message>
</context>
<context>
    <name>DeclarationsPage</name>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Drafts and signed</source>
        <translation>Drafts and signed</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>All clients</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>With customs</source>
        <translation>With customs</translation>
    </message>
    <message>
        <source>Customs awaits you</source>
        <translation>Customs awaits you</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>Refused, rejected, withdrawn</source>
        <translation>Refused, rejected, withdrawn</translation>
    </message>
    <message>
        <source>Drafts with errors</source>
        <translation>Drafts with errors</translation>
    </message>
    <message>
        <source>Released this week</source>
        <translation>Released this week</translation>
    </message>
    <message>
        <source>All corridors</source>
        <translation>All corridors</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message numerus="yes">
        <source>%n declaration(s)</source>
        <translation>
            <numerusform>%n declaration</numerusform>
            <numerusform>%n declarations</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by LRN, client, declarant, procedure (Ctrl+F)</source>
        <translation>Filter by LRN, client, declarant, procedure (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>DeskActions</name>
    <message>
        <source>No other client to choose.</source>
        <translation>No other client to choose.</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <source>Select declarations in the list first.</source>
        <translation>Select declarations in the list first.</translation>
    </message>
    <message>
        <source>Check the selected declarations</source>
        <translation>Check the selected declarations</translation>
    </message>
    <message>
        <source>No signing key yet: add one under Workspace → Keys.</source>
        <translation>No signing key yet: add one under Workspace → Keys.</translation>
    </message>
    <message>
        <source>Sign the selected declarations</source>
        <translation>Sign the selected declarations</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Key:</translation>
    </message>
    <message numerus="yes">
        <source>Password of the key (asked once for all %n declaration(s)):</source>
        <translation>
            <numerusform>Password of the key (asked once for %n declaration):</numerusform>
            <numerusform>Password of the key (asked once for all %n declarations):</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the selected to customs</source>
        <translation>Send the selected to customs</translation>
    </message>
    <message>
        <source>Export to XLSX</source>
        <translation>Export to XLSX</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Spreadsheets (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 declarations written to %2.</source>
        <translation>%1 declarations written to %2.</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Not written: %1</translation>
    </message>
    <message>
        <source>Choose one declaration.</source>
        <translation>Choose one declaration.</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Save as template</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Template name:</translation>
    </message>
    <message>
        <source>Template “%1” saved for %2.</source>
        <translation>Template “%1” saved for %2.</translation>
    </message>
    <message>
        <source>New from template</source>
        <translation>New from template</translation>
    </message>
    <message>
        <source>%1 has no templates yet: File → Save as template…</source>
        <translation>%1 has no templates yet: File → Save as template…</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <source>Copy to another client</source>
        <translation>Copy to another client</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Box 23 filled with the official rate of the declaration date.</source>
        <translation>Box 23 filled with the official rate of the declaration date.</translation>
    </message>
    <message>
        <source>Filled from the calculation: box %1.</source>
        <translation>Filled from the calculation: box %1.</translation>
    </message>
    <message>
        <source>%1 is editing this declaration since %2. It is read-only here until they close it (or their desk stops answering for two minutes).</source>
        <translation>%1 is editing this declaration since %2. It is read-only here until they close it (or their desk stops answering for two minutes).</translation>
    </message>
    <message>
        <source>Signed by %1 (IIN %2) on %3 as %4. Read-only: a change is a new version.</source>
        <translation>Signed by %1 (IIN %2) on %3 as %4. Read-only: a change is a new version.</translation>
    </message>
    <message>
        <source>Signed at the desk of %1.</source>
        <translation>Signed at the desk of %1.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>corridor: %1</source>
        <translation>corridor: %1</translation>
    </message>
    <message>
        <source>registration number %1</source>
        <translation>registration number %1</translation>
    </message>
    <message>
        <source>customs representative</source>
        <translation>customs representative</translation>
    </message>
    <message>
        <source>declarant</source>
        <translation>declarant</translation>
    </message>
    <message>
        <source>Customs holds the refused LRN; this version is %1.</source>
        <translation>Customs holds the refused LRN; this version is %1.</translation>
    </message>
    <message>
        <source>Payment summary</source>
        <translation>Payment summary</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Payment summary written to %1 (%2 page(s)).</source>
        <translation>Payment summary written to %1 (%2 page(s)).</translation>
    </message>
    <message>
        <source>The payment summary was not written: %1</source>
        <translation>The payment summary was not written: %1</translation>
    </message>
    <message>
        <source>The declaration form</source>
        <translation>The declaration form</translation>
    </message>
    <message>
        <source>Writing the declaration form…</source>
        <translation>Writing the declaration form…</translation>
    </message>
    <message numerus="yes">
        <source>The declaration form was written to %1 (%n sheet(s)).</source>
        <translation>
            <numerusform>The declaration form was written to %1 (%n sheet).</numerusform>
            <numerusform>The declaration form was written to %1 (%n sheets).</numerusform>
        </translation>
    </message>
    <message>
        <source>The declaration form was not written: %1</source>
        <translation>The declaration form was not written: %1</translation>
    </message>
    <message>
        <source>Printing the declaration…</source>
        <translation>Printing the declaration…</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) of the declaration sent to the printer.</source>
        <translation>
            <numerusform>%n sheet of the declaration sent to the printer.</numerusform>
            <numerusform>%n sheets of the declaration sent to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The declaration was not printed: %1</source>
        <translation>The declaration was not printed: %1</translation>
    </message>
    <message>
        <source>%1 goods items added from %2.</source>
        <translation>%1 goods items added from %2.</translation>
    </message>
    <message>
        <source>Not saved: saved elsewhere meanwhile</source>
        <translation>Not saved: saved elsewhere meanwhile</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saved at %1 (revision %2)</source>
        <translation>Saved at %1 (revision %2)</translation>
    </message>
    <message>
        <source>All changes are saved automatically</source>
        <translation>All changes are saved automatically</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Declaration</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Countries and transport</source>
        <translation>Countries and transport</translation>
    </message>
    <message>
        <source>Terms and currency</source>
        <translation>Terms and currency</translation>
    </message>
    <message>
        <source>Goods location</source>
        <translation>Goods location</translation>
    </message>
    <message>
        <source>Representative, box 54</source>
        <translation>Representative, box 54</translation>
    </message>
    <message>
        <source>Goods items</source>
        <translation>Goods items</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Customs</source>
        <translation>Customs</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Sign…</translation>
    </message>
    <message>
        <source>Revisions…</source>
        <translation>Revisions…</translation>
    </message>
    <message>
        <source>Sign the declaration with your key (Ctrl+Shift+S)</source>
        <translation>Sign the declaration with your key (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Your role is preparer: a declarant of the team signs and sends it.</source>
        <translation>Your role is preparer: a declarant of the team signs and sends it.</translation>
    </message>
    <message>
        <source>Edit as a new version</source>
        <translation>Edit as a new version</translation>
    </message>
    <message>
        <source>Send to customs</source>
        <translation>Send to customs</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Withdraw…</translation>
    </message>
</context>
<context>
    <name>ErrorReports</name>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>An operation failed: %1

Your work is kept; you can go on. The details are in the log folder:
%2</source>
        <translation>An operation failed: %1

Your work is kept; you can go on. The details are in the log folder:
%2</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Open log folder</translation>
    </message>
</context>
<context>
    <name>EsadExchange</name>
    <message>
        <source>Exported to %1 (EAEU XML, album 5.23.0)</source>
        <translation>Exported to %1 (EAEU XML, album 5.23.0)</translation>
    </message>
    <message>
        <source>Not in the file, the album has no place for: %1</source>
        <translation>Not in the file, the album has no place for: %1</translation>
    </message>
    <message>
        <source>The declaration was not exported: these values do not fit the EAEU XML format. Correct them and export again.

%1</source>
        <translation>The declaration was not exported: these values do not fit the EAEU XML format. Correct them and export again.

%1</translation>
    </message>
    <message>
        <source>The declaration was not exported: the customs album in %1 does not accept the file.

%2</source>
        <translation>The declaration was not exported: the customs album in %1 does not accept the file.

%2</translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation>Cannot export: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Box %1</source>
        <translation>Box %1</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>item %1</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>EAEU XML album folder</source>
        <translation>EAEU XML album folder</translation>
    </message>
    <message>
        <source>Exports are validated against the customs album in %1.</source>
        <translation>Exports are validated against the customs album in %1.</translation>
    </message>
    <message>
        <source>No album folder is set: exports follow the album's rules Kedendesk knows, but are not validated against its XSD files.</source>
        <translation>No album folder is set: exports follow the album's rules Kedendesk knows, but are not validated against its XSD files.</translation>
    </message>
    <message>
        <source>The album of formats (ESADout_CU.xsd and the files it imports) is published by customs; Kedendesk does not ship it.</source>
        <translation>The album of formats (ESADout_CU.xsd and the files it imports) is published by customs; Kedendesk does not ship it.</translation>
    </message>
    <message>
        <source>&amp;Choose a folder…</source>
        <translation>&amp;Choose a folder…</translation>
    </message>
    <message>
        <source>&amp;Forget it</source>
        <translation>&amp;Forget it</translation>
    </message>
    <message>
        <source>The folder of ESADout_CU.xsd</source>
        <translation>The folder of ESADout_CU.xsd</translation>
    </message>
    <message>
        <source>Exports are no longer validated against an album.</source>
        <translation>Exports are no longer validated against an album.</translation>
    </message>
    <message>
        <source>Reading the album in %1…</source>
        <translation>Reading the album in %1…</translation>
    </message>
    <message>
        <source>Album %1 found: exports are validated against it.</source>
        <translation>Album %1 found: exports are validated against it.</translation>
    </message>
    <message>
        <source>This folder holds no readable customs album: %1</source>
        <translation>This folder holds no readable customs album: %1</translation>
    </message>
</context>
<context>
    <name>EsadImportDialog</name>
    <message>
        <source>Import an EAEU XML declaration</source>
        <translation>Import an EAEU XML declaration</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>Album</translation>
    </message>
    <message>
        <source>Box A</source>
        <translation>Box A</translation>
    </message>
    <message>
        <source>LRN</source>
        <translation>LRN</translation>
    </message>
    <message>
        <source>Declarant (box 14)</source>
        <translation>Declarant (box 14)</translation>
    </message>
    <message>
        <source>Goods items</source>
        <translation>Goods items</translation>
    </message>
    <message>
        <source>Customs value (box 12)</source>
        <translation>Customs value (box 12)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Element with no box</source>
        <translation>Element with no box</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Times</translation>
    </message>
    <message numerus="yes">
        <source>%n element(s) of the file have no box in Kedendesk and will not be imported (listed below). Import the rest as a new draft?</source>
        <translation>
            <numerusform>%n element of the file has no box in Kedendesk and will not be imported (listed below). Import the rest as a new draft?</numerusform>
            <numerusform>%n elements of the file have no box in Kedendesk and will not be imported (listed below). Import the rest as a new draft?</numerusform>
        </translation>
    </message>
    <message>
        <source>Every element of the file has its box. Import it as a new draft?</source>
        <translation>Every element of the file has its box. Import it as a new draft?</translation>
    </message>
    <message>
        <source>&amp;Import as a new draft</source>
        <translation>&amp;Import as a new draft</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>Received by the gateway</source>
        <translation>Received by the gateway</translation>
    </message>
    <message>
        <source>Registration refused</source>
        <translation>Registration refused</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Corridor assigned: %1</source>
        <translation>Corridor assigned: %1</translation>
    </message>
    <message>
        <source>Customs asks for documents</source>
        <translation>Customs asks for documents</translation>
    </message>
    <message>
        <source>Your answer was received</source>
        <translation>Your answer was received</translation>
    </message>
    <message>
        <source>Request closed</source>
        <translation>Request closed</translation>
    </message>
    <message>
        <source>Inspection scheduled: %1</source>
        <translation>Inspection scheduled: %1</translation>
    </message>
    <message>
        <source>Inspection completed</source>
        <translation>Inspection completed</translation>
    </message>
    <message>
        <source>Goods released</source>
        <translation>Goods released</translation>
    </message>
    <message>
        <source>Release refused</source>
        <translation>Release refused</translation>
    </message>
    <message>
        <source>Release suspended</source>
        <translation>Release suspended</translation>
    </message>
    <message>
        <source>Customs corrected the declaration</source>
        <translation>Customs corrected the declaration</translation>
    </message>
    <message>
        <source>Withdrawn at your request</source>
        <translation>Withdrawn at your request</translation>
    </message>
    <message>
        <source>Withdrawal refused</source>
        <translation>Withdrawal refused</translation>
    </message>
    <message>
        <source>Release deadline extended</source>
        <translation>Release deadline extended</translation>
    </message>
    <message>
        <source>Payment required</source>
        <translation>Payment required</translation>
    </message>
    <message>
        <source>Payment confirmed</source>
        <translation>Payment confirmed</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>waiting to be sent</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>sending</translation>
    </message>
    <message>
        <source>accepted by the gateway</source>
        <translation>accepted by the gateway</translation>
    </message>
    <message>
        <source>refused by the gateway</source>
        <translation>refused by the gateway</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>Same as box 14</source>
        <translation>Same as box 14</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>BIN / IIN</source>
        <translation>BIN / IIN</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>LRN (your reference)</source>
        <translation>LRN (your reference)</translation>
    </message>
    <message>
        <source>Registration number (given by customs)</source>
        <translation>Registration number (given by customs)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Customs procedure</source>
        <translation>Customs procedure</translation>
    </message>
    <message>
        <source>Electronic declaration</source>
        <translation>Electronic declaration</translation>
    </message>
    <message>
        <source>Form sheet</source>
        <translation>Form sheet</translation>
    </message>
    <message>
        <source>Forms in total</source>
        <translation>Forms in total</translation>
    </message>
    <message>
        <source>Total items</source>
        <translation>Total items</translation>
    </message>
    <message>
        <source>Total packages</source>
        <translation>Total packages</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Reference number</translation>
    </message>
    <message>
        <source>Total customs value, KZT</source>
        <translation>Total customs value, KZT</translation>
    </message>
    <message>
        <source>Currency of boxes 12, 45, 47, B (empty: KZT)</source>
        <translation>Currency of boxes 12, 45, 47, B (empty: KZT)</translation>
    </message>
    <message>
        <source>Trading country</source>
        <translation>Trading country</translation>
    </message>
    <message>
        <source>Country of dispatch</source>
        <translation>Country of dispatch</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Country of origin</translation>
    </message>
    <message>
        <source>Country of destination</source>
        <translation>Country of destination</translation>
    </message>
    <message>
        <source>Means of transport: number</source>
        <translation>Means of transport: number</translation>
    </message>
    <message>
        <source>Means of transport: plates, vessel, wagons</source>
        <translation>Means of transport: plates, vessel, wagons</translation>
    </message>
    <message>
        <source>Means of transport: country of registration</source>
        <translation>Means of transport: country of registration</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Active means of transport at the border</source>
        <translation>Active means of transport at the border</translation>
    </message>
    <message>
        <source>Its country of registration</source>
        <translation>Its country of registration</translation>
    </message>
    <message>
        <source>Mode of transport at the border</source>
        <translation>Mode of transport at the border</translation>
    </message>
    <message>
        <source>Inland mode of transport</source>
        <translation>Inland mode of transport</translation>
    </message>
    <message>
        <source>Customs office of entry/exit</source>
        <translation>Customs office of entry/exit</translation>
    </message>
    <message>
        <source>Customs office name</source>
        <translation>Customs office name</translation>
    </message>
    <message>
        <source>Delivery terms</source>
        <translation>Delivery terms</translation>
    </message>
    <message>
        <source>Named place</source>
        <translation>Named place</translation>
    </message>
    <message>
        <source>Invoice currency</source>
        <translation>Invoice currency</translation>
    </message>
    <message>
        <source>Total invoiced amount</source>
        <translation>Total invoiced amount</translation>
    </message>
    <message>
        <source>Exchange rate, KZT</source>
        <translation>Exchange rate, KZT</translation>
    </message>
    <message>
        <source>Nature of transaction</source>
        <translation>Nature of transaction</translation>
    </message>
    <message>
        <source>Transaction feature</source>
        <translation>Transaction feature</translation>
    </message>
    <message>
        <source>Type of location</source>
        <translation>Type of location</translation>
    </message>
    <message>
        <source>Customs office</source>
        <translation>Customs office</translation>
    </message>
    <message>
        <source>Warehouse licence or register entry</source>
        <translation>Warehouse licence or register entry</translation>
    </message>
    <message>
        <source>Customs representative</source>
        <translation>Customs representative</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>BIN</translation>
    </message>
    <message>
        <source>Entry in the register of customs representatives</source>
        <translation>Entry in the register of customs representatives</translation>
    </message>
    <message>
        <source>Contract with the declarant: number</source>
        <translation>Contract with the declarant: number</translation>
    </message>
    <message>
        <source>Contract with the declarant: date</source>
        <translation>Contract with the declarant: date</translation>
    </message>
    <message>
        <source>Filled in by</source>
        <translation>Filled in by</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Identity document</translation>
    </message>
    <message>
        <source>Identity document: kind code</source>
        <translation>Identity document: kind code</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Power of attorney (or order)</source>
        <translation>Power of attorney (or order)</translation>
    </message>
    <message>
        <source>Power of attorney: number</source>
        <translation>Power of attorney: number</translation>
    </message>
    <message>
        <source>Power of attorney: date</source>
        <translation>Power of attorney: date</translation>
    </message>
    <message>
        <source>Power of attorney: valid to</source>
        <translation>Power of attorney: valid to</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Manufacturer</translation>
    </message>
    <message>
        <source>Trademark</source>
        <translation>Trademark</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Packages</translation>
    </message>
    <message>
        <source>Kind of packages</source>
        <translation>Kind of packages</translation>
    </message>
    <message>
        <source>Container numbers</source>
        <translation>Container numbers</translation>
    </message>
    <message>
        <source>Commodity code</source>
        <translation>Commodity code</translation>
    </message>
    <message>
        <source>Preference: customs fees</source>
        <translation>Preference: customs fees</translation>
    </message>
    <message>
        <source>Preference: import duty</source>
        <translation>Preference: import duty</translation>
    </message>
    <message>
        <source>Preference: excise</source>
        <translation>Preference: excise</translation>
    </message>
    <message>
        <source>Preference: VAT</source>
        <translation>Preference: VAT</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Previous procedure</source>
        <translation>Previous procedure</translation>
    </message>
    <message>
        <source>Movement feature</source>
        <translation>Movement feature</translation>
    </message>
    <message>
        <source>Previous document</source>
        <translation>Previous document</translation>
    </message>
    <message>
        <source>Valuation method</source>
        <translation>Valuation method</translation>
    </message>
    <message>
        <source>Gross mass, kg</source>
        <translation>Gross mass, kg</translation>
    </message>
    <message>
        <source>Net mass, kg</source>
        <translation>Net mass, kg</translation>
    </message>
    <message>
        <source>Quota quantity</source>
        <translation>Quota quantity</translation>
    </message>
    <message>
        <source>Quota unit</source>
        <translation>Quota unit</translation>
    </message>
    <message>
        <source>Supplementary units</source>
        <translation>Supplementary units</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Item price</source>
        <translation>Item price</translation>
    </message>
    <message>
        <source>+ Transport to the border (not in the price)</source>
        <translation>+ Transport to the border (not in the price)</translation>
    </message>
    <message>
        <source>+ Insurance to the border</source>
        <translation>+ Insurance to the border</translation>
    </message>
    <message>
        <source>+ Commissions, packing, royalties</source>
        <translation>+ Commissions, packing, royalties</translation>
    </message>
    <message>
        <source>− Costs after arrival (in the price)</source>
        <translation>− Costs after arrival (in the price)</translation>
    </message>
    <message>
        <source>Customs value, KZT</source>
        <translation>Customs value, KZT</translation>
    </message>
    <message>
        <source>Statistical value, USD</source>
        <translation>Statistical value, USD</translation>
    </message>
    <message>
        <source>%1 takes at most %2 characters; the %3 typed or pasted were not taken.</source>
        <translation>%1 takes at most %2 characters; the %3 typed or pasted were not taken.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>“{value}” is not in the code list</source>
        <translation>“{value}” is not in the code list</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>“{value}” is not a number</translation>
    </message>
    <message>
        <source>Customs refused: {code} {detail}</source>
        <translation>Customs refused: {code} {detail}</translation>
    </message>
    <message>
        <source>The declaration needs an LRN</source>
        <translation>The declaration needs an LRN</translation>
    </message>
    <message>
        <source>The LRN has more than {limit} characters</source>
        <translation>The LRN has more than {limit} characters</translation>
    </message>
    <message>
        <source>The LRN may hold letters, digits and - / _ . only, no spaces</source>
        <translation>The LRN may hold letters, digits and - / _ . only, no spaces</translation>
    </message>
    <message>
        <source>“{value}” is too large or has too many decimals for a declaration</source>
        <translation>“{value}” is too large or has too many decimals for a declaration</translation>
    </message>
    <message>
        <source>The text holds a control or unreadable character at position {position}</source>
        <translation>The text holds a control or unreadable character at position {position}</translation>
    </message>
    <message>
        <source>The text has {length} characters; at most {limit} are allowed</source>
        <translation>The text has {length} characters; at most {limit} are allowed</translation>
    </message>
    <message>
        <source>The payments of this item are too large to calculate: check its values</source>
        <translation>The payments of this item are too large to calculate: check its values</translation>
    </message>
    <message>
        <source>“{value}” is not a date (dd.mm.yyyy)</source>
        <translation>“{value}” is not a date (dd.mm.yyyy)</translation>
    </message>
    <message>
        <source>The EAEU XML format allows {limit} characters here; this has {length}</source>
        <translation>The EAEU XML format allows {limit} characters here; this has {length}</translation>
    </message>
    <message>
        <source>{value} has more than the {decimals} decimals the EAEU XML format allows</source>
        <translation>{value} has more than the {decimals} decimals the EAEU XML format allows</translation>
    </message>
    <message>
        <source>{value} has more digits than the EAEU XML format allows here</source>
        <translation>{value} has more digits than the EAEU XML format allows here</translation>
    </message>
    <message>
        <source>The EAEU XML format needs at least {minimum} here</source>
        <translation>The EAEU XML format needs at least {minimum} here</translation>
    </message>
    <message>
        <source>The EAEU XML format allows {limit} lines here; this has {lines}</source>
        <translation>The EAEU XML format allows {limit} lines here; this has {lines}</translation>
    </message>
    <message>
        <source>“{value}” does not have the form the EAEU XML format requires here</source>
        <translation>“{value}” does not have the form the EAEU XML format requires here</translation>
    </message>
    <message>
        <source>The EAEU XML format requires this box when the part around it is filled</source>
        <translation>The EAEU XML format requires this box when the part around it is filled</translation>
    </message>
    <message>
        <source>The EAEU XML format needs the surname and the name of the person</source>
        <translation>The EAEU XML format needs the surname and the name of the person</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number of 0 or more</source>
        <translation>“{value}” is not a whole number of 0 or more</translation>
    </message>
    <message>
        <source>{value} is below zero</source>
        <translation>{value} is below zero</translation>
    </message>
    <message>
        <source>Line {line} has {length} characters; at most {limit} are allowed</source>
        <translation>Line {line} has {length} characters; at most {limit} are allowed</translation>
    </message>
    <message>
        <source>Procedure {procedure} does not go with direction {direction}</source>
        <translation>Procedure {procedure} does not go with direction {direction}</translation>
    </message>
    <message>
        <source>“{value}” is not a 10-digit commodity code</source>
        <translation>“{value}” is not a 10-digit commodity code</translation>
    </message>
    <message>
        <source>Commodity code {value} is not in the tariff {tariff}</source>
        <translation>Commodity code {value} is not in the tariff {tariff}</translation>
    </message>
    <message>
        <source>Commodity code {value} is not in the tariff {tariff}; under {prefix} it has {nearest}</source>
        <translation>Commodity code {value} is not in the tariff {tariff}; under {prefix} it has {nearest}</translation>
    </message>
    <message>
        <source>An import into Kazakhstan has destination KZ, not {value}</source>
        <translation>An import into Kazakhstan has destination KZ, not {value}</translation>
    </message>
    <message>
        <source>The exchange rate {value} is not above zero</source>
        <translation>The exchange rate {value} is not above zero</translation>
    </message>
    <message>
        <source>The exchange rate {value} has more than {limit} decimals</source>
        <translation>The exchange rate {value} has more than {limit} decimals</translation>
    </message>
    <message>
        <source>Valid only until {valid_to}, before the declaration date {date}</source>
        <translation>Valid only until {valid_to}, before the declaration date {date}</translation>
    </message>
    <message>
        <source>Procedure {value} differs from box 1 ({expected})</source>
        <translation>Procedure {value} differs from box 1 ({expected})</translation>
    </message>
    <message>
        <source>{value} is not a valid BIN/IIN: {problem}</source>
        <translation>{value} is not a valid BIN/IIN: {problem}</translation>
    </message>
    <message>
        <source>A declaration has 1 to {limit} goods items, this one {count}</source>
        <translation>A declaration has 1 to {limit} goods items, this one {count}</translation>
    </message>
    <message>
        <source>Box 5 says {declared}, the declaration has {counted} items</source>
        <translation>Box 5 says {declared}, the declaration has {counted} items</translation>
    </message>
    <message>
        <source>Item number {declared}, expected {expected}</source>
        <translation>Item number {declared}, expected {expected}</translation>
    </message>
    <message>
        <source>Box 6 says {declared}, the items have {counted} packages</source>
        <translation>Box 6 says {declared}, the items have {counted} packages</translation>
    </message>
    <message>
        <source>Net mass {value} kg is not above zero</source>
        <translation>Net mass {value} kg is not above zero</translation>
    </message>
    <message>
        <source>Net mass {net} kg is above gross mass {gross} kg</source>
        <translation>Net mass {net} kg is above gross mass {gross} kg</translation>
    </message>
    <message>
        <source>Total {declared}, but the item prices add up to {computed}</source>
        <translation>Total {declared}, but the item prices add up to {computed}</translation>
    </message>
    <message>
        <source>Box 12 says {declared}, the items' customs values add up to {computed}</source>
        <translation>Box 12 says {declared}, the items' customs values add up to {computed}</translation>
    </message>
    <message>
        <source>Customs value {declared}, but price, additions and box 23 give {computed}</source>
        <translation>Customs value {declared}, but price, additions and box 23 give {computed}</translation>
    </message>
    <message>
        <source>Under {terms} the buyer pays transport to the border, but no item adds transport costs</source>
        <translation>Under {terms} the buyer pays transport to the border, but no item adds transport costs</translation>
    </message>
    <message>
        <source>Statistical value {declared} USD, expected {computed} (USD rate {rate} of {date})</source>
        <translation>Statistical value {declared} USD, expected {computed} (USD rate {rate} of {date})</translation>
    </message>
    <message>
        <source>Payment {type}: amount {declared}, base × rate gives {computed}</source>
        <translation>Payment {type}: amount {declared}, base × rate gives {computed}</translation>
    </message>
    <message>
        <source>VAT base {declared}, but customs value + duty + excise is {computed}</source>
        <translation>VAT base {declared}, but customs value + duty + excise is {computed}</translation>
    </message>
    <message>
        <source>The customs fee (1010) must appear once per declaration, found {count}</source>
        <translation>The customs fee (1010) must appear once per declaration, found {count}</translation>
    </message>
    <message>
        <source>Box B, payment {type}: {declared}, but box 47 lines add up to {computed}</source>
        <translation>Box B, payment {type}: {declared}, but box 47 lines add up to {computed}</translation>
    </message>
    <message>
        <source>“{value}” is not four preference codes (fees, duty, excise, VAT)</source>
        <translation>“{value}” is not four preference codes (fees, duty, excise, VAT)</translation>
    </message>
    <message>
        <source>Preference “{value}” is not a code for this element of box 36</source>
        <translation>Preference “{value}” is not a code for this element of box 36</translation>
    </message>
    <message>
        <source>Preference {preference} is for goods of the countries on its list; {origin} is not on it</source>
        <translation>Preference {preference} is for goods of the countries on its list; {origin} is not on it</translation>
    </message>
    <message>
        <source>Preference “{value}” is not in the preferences pack: computed at the full rate — confirm the rate it grants</source>
        <translation>Preference “{value}” is not in the preferences pack: computed at the full rate — confirm the rate it grants</translation>
    </message>
    <message>
        <source>The {type} rate is in {required} in the tariff, not {declared}</source>
        <translation>The {type} rate is in {required} in the tariff, not {declared}</translation>
    </message>
    <message>
        <source>The tariff rate “{rate}” is the lower of two amounts: calculate box 47 yourself</source>
        <translation>The tariff rate “{rate}” is the lower of two amounts: calculate box 47 yourself</translation>
    </message>
    <message>
        <source>Preference {preference} needs a supporting document in box 44 ({documents})</source>
        <translation>Preference {preference} needs a supporting document in box 44 ({documents})</translation>
    </message>
    <message>
        <source>This commodity code needs a quantity in unit {unit}</source>
        <translation>This commodity code needs a quantity in unit {unit}</translation>
    </message>
    <message>
        <source>Unit “{unit}”, but this commodity code needs {required}</source>
        <translation>Unit “{unit}”, but this commodity code needs {required}</translation>
    </message>
    <message>
        <source>Dated {date}, after the declaration date {declaration_date}</source>
        <translation>Dated {date}, after the declaration date {declaration_date}</translation>
    </message>
    <message>
        <source>Document {later} is dated before document {earlier}</source>
        <translation>Document {later} is dated before document {earlier}</translation>
    </message>
    <message>
        <source>Marked “same as box 14” but has its own details</source>
        <translation>Marked “same as box 14” but has its own details</translation>
    </message>
    <message>
        <source>A customs representative lists the contract with the declarant (11002)</source>
        <translation>A customs representative lists the contract with the declarant (11002)</translation>
    </message>
    <message>
        <source>{measure}: this commodity code needs a document {documents} in box 44</source>
        <translation>{measure}: this commodity code needs a document {documents} in box 44</translation>
    </message>
    <message>
        <source>No exchange rate of {currency} for {date}: add it under Exchange rates</source>
        <translation>No exchange rate of {currency} for {date}: add it under Exchange rates</translation>
    </message>
    <message>
        <source>The reference data has no rate for payment {what} on {date}</source>
        <translation>The reference data has no rate for payment {what} on {date}</translation>
    </message>
    <message>
        <source>Box 23 says {declared}, the official rate of {date} is {official}</source>
        <translation>Box 23 says {declared}, the official rate of {date} is {official}</translation>
    </message>
    <message>
        <source>The rate is per unit {unit}: give the quantity in that unit</source>
        <translation>The rate is per unit {unit}: give the quantity in that unit</translation>
    </message>
    <message>
        <source>No USD rate for {date}: box 46 cannot be checked</source>
        <translation>No USD rate for {date}: box 46 cannot be checked</translation>
    </message>
    <message>
        <source>Payment {type}: box 47 has {declared}, the calculation gives {calculated}</source>
        <translation>Payment {type}: box 47 has {declared}, the calculation gives {calculated}</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>only digits are allowed</source>
        <translation>only digits are allowed</translation>
    </message>
    <message>
        <source>it must have 12 digits</source>
        <translation>it must have 12 digits</translation>
    </message>
    <message>
        <source>the check digit is wrong</source>
        <translation>the check digit is wrong</translation>
    </message>
    <message>
        <source>no such number is issued</source>
        <translation>no such number is issued</translation>
    </message>
    <message>
        <source>the date in it is impossible</source>
        <translation>the date in it is impossible</translation>
    </message>
    <message>
        <source>its type or division digit is wrong</source>
        <translation>its type or division digit is wrong</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Box</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>No findings: the checks pass.</source>
        <translation>No findings: the checks pass.</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s): click one to go to its box</source>
        <translation>%1 error(s), %2 warning(s): click one to go to its box</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Setting up…</source>
        <translation>Setting up…</translation>
    </message>
    <message>
        <source>Not set up: %1</source>
        <translation>Not set up: %1</translation>
    </message>
    <message>
        <source>Exchange rates in the workspace: %1, the latest of %2.</source>
        <translation>Exchange rates in the workspace: %1, the latest of %2.</translation>
    </message>
    <message>
        <source>No exchange rates yet: Workspace → Exchange rates… fetches the National Bank's, or imports a file.</source>
        <translation>No exchange rates yet: Workspace → Exchange rates… fetches the National Bank's, or imports a file.</translation>
    </message>
    <message>
        <source>The official tariff %1 is in use.</source>
        <translation>The official tariff %1 is in use.</translation>
    </message>
    <message>
        <source>The practice tariff %1 is in use: for real declarations import the EEC tariff (Workspace → Tariff and payment settings…).</source>
        <translation>The practice tariff %1 is in use: for real declarations import the EEC tariff (Workspace → Tariff and payment settings…).</translation>
    </message>
    <message>
        <source>Next: File → New declaration (Ctrl+N), or open the demo declaration, check it, sign it and send it to the practice gateway. F1 opens the guide.</source>
        <translation>Next: File → New declaration (Ctrl+N), or open the demo declaration, check it, sign it and send it to the practice gateway. F1 opens the guide.</translation>
    </message>
    <message>
        <source>Enter the company's name.</source>
        <translation>Enter the company's name.</translation>
    </message>
    <message>
        <source>Enter the entry in the register of representatives.</source>
        <translation>Enter the entry in the register of representatives.</translation>
    </message>
    <message>
        <source>There is no key file at that place.</source>
        <translation>There is no key file at that place.</translation>
    </message>
    <message>
        <source>Enter the key's password.</source>
        <translation>Enter the key's password.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>it is empty</translation>
    </message>
    <message>
        <source>only digits</source>
        <translation>only digits</translation>
    </message>
    <message>
        <source>it has 12 digits</source>
        <translation>it has 12 digits</translation>
    </message>
    <message>
        <source>its last digit does not match</source>
        <translation>its last digit does not match</translation>
    </message>
    <message>
        <source>The BIN is not valid (%1): 12 digits with a check digit.</source>
        <translation>The BIN is not valid (%1): 12 digits with a check digit.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Whom you file for</source>
        <translation>Whom you file for</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Your company</translation>
    </message>
    <message>
        <source>Your signing key</source>
        <translation>Your signing key</translation>
    </message>
    <message>
        <source>The customs gateway</source>
        <translation>The customs gateway</translation>
    </message>
    <message>
        <source>Exchange rates and tariff</source>
        <translation>Exchange rates and tariff</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Step %1 of %2: %3</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>First steps with Kedendesk</source>
        <translation>First steps with Kedendesk</translation>
    </message>
    <message>
        <source>&amp;Skip the first steps</source>
        <translation>&amp;Skip the first steps</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>A declarant for my own company</source>
        <translation>A declarant for my own company</translation>
    </message>
    <message>
        <source>You declare the goods your company imports or exports.</source>
        <translation>You declare the goods your company imports or exports.</translation>
    </message>
    <message>
        <source>A customs representative (broker)</source>
        <translation>A customs representative (broker)</translation>
    </message>
    <message>
        <source>You file for clients, under their contracts and powers of attorney.</source>
        <translation>You file for clients, under their contracts and powers of attorney.</translation>
    </message>
    <message>
        <source>The company that files: it goes into box 14 or box 54 of declarations.</source>
        <translation>The company that files: it goes into box 14 or box 54 of declarations.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>B&amp;IN:</source>
        <translation>B&amp;IN:</translation>
    </message>
    <message>
        <source>&amp;Register entry:</source>
        <translation>&amp;Register entry:</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Key file:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>The .p12 file of your electronic signature (ЭЦП/ЭЦҚ) from the National Certification Centre. The Practice gateway has a demo key of its own.</source>
        <translation>The .p12 file of your electronic signature (ЭЦП/ЭЦҚ) from the National Certification Centre. The Practice gateway has a demo key of its own.</translation>
    </message>
    <message>
        <source>No key now: add one later</source>
        <translation>No key now: add one later</translation>
    </message>
    <message>
        <source>Practice is a customs gateway on this computer: declarations sent there are registered, given a corridor and released as by customs, but go nowhere. Start with it; add your real gateway account later.</source>
        <translation>Practice is a customs gateway on this computer: declarations sent there are registered, given a corridor and released as by customs, but go nowhere. Start with it; add your real gateway account later.</translation>
    </message>
    <message>
        <source>No gateway profile here yet: add one under Workspace → Gateway profiles…</source>
        <translation>No gateway profile here yet: add one under Workspace → Gateway profiles…</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <source>Signing keys (*.p12 *.pfx)</source>
        <translation>Signing keys (*.p12 *.pfx)</translation>
    </message>
</context>
<context>
    <name>Formulas</name>
    <message>
        <source>Customs value (method 1) = (price {price} {currency} + additions {additions} − deductions {deductions}) × rate {rate} = {result} KZT</source>
        <translation>Customs value (method 1) = (price {price} {currency} + additions {additions} − deductions {deductions}) × rate {rate} = {result} KZT</translation>
    </message>
    <message>
        <source>Customs value as declared (valuation method {method})</source>
        <translation>Customs value as declared (valuation method {method})</translation>
    </message>
    <message>
        <source>Statistical value = {customs_value} KZT ÷ USD rate {rate} = {result} USD</source>
        <translation>Statistical value = {customs_value} KZT ÷ USD rate {rate} = {result} USD</translation>
    </message>
    <message>
        <source>Import duty = customs value {base} × {percent}% = {result} KZT</source>
        <translation>Import duty = customs value {base} × {percent}% = {result} KZT</translation>
    </message>
    <message>
        <source>Import duty = {quantity} (unit {unit}) × {specific_rate} {currency} × rate {exchange_rate} = {result} KZT</source>
        <translation>Import duty = {quantity} (unit {unit}) × {specific_rate} {currency} × rate {exchange_rate} = {result} KZT</translation>
    </message>
    <message>
        <source>Import duty “{rate_text}”: {percent}% of {base} = {ad_valorem}; {quantity} (unit {unit}) × {specific_rate} {currency} × rate {exchange_rate} = {specific}; the larger: {result} KZT</source>
        <translation>Import duty “{rate_text}”: {percent}% of {base} = {ad_valorem}; {quantity} (unit {unit}) × {specific_rate} {currency} × rate {exchange_rate} = {specific}; the larger: {result} KZT</translation>
    </message>
    <message>
        <source>Import duty: exempt under the preference in box 36</source>
        <translation>Import duty: exempt under the preference in box 36</translation>
    </message>
    <message>
        <source>Excise = (customs value + duty) {base} × {percent}% = {result} KZT</source>
        <translation>Excise = (customs value + duty) {base} × {percent}% = {result} KZT</translation>
    </message>
    <message>
        <source>Excise = {quantity} (unit {unit}) × {specific_rate} {currency} × rate {exchange_rate} = {result} KZT</source>
        <translation>Excise = {quantity} (unit {unit}) × {specific_rate} {currency} × rate {exchange_rate} = {result} KZT</translation>
    </message>
    <message>
        <source>Import duty “{rate_text}”: {percent}% of {base} = {ad_valorem}; plus {quantity} (unit {unit}) × {specific_rate} {currency} × rate {exchange_rate} = {specific}; together: {result} KZT</source>
        <translation>Import duty “{rate_text}”: {percent}% of {base} = {ad_valorem}; plus {quantity} (unit {unit}) × {specific_rate} {currency} × rate {exchange_rate} = {specific}; together: {result} KZT</translation>
    </message>
    <message>
        <source>Excise “{rate_text}”: {percent}% of {base} = {ad_valorem}; plus per unit {specific}; together: {result} KZT</source>
        <translation>Excise “{rate_text}”: {percent}% of {base} = {ad_valorem}; plus per unit {specific}; together: {result} KZT</translation>
    </message>
    <message>
        <source>Excise “{rate_text}”: {percent}% of {base} = {ad_valorem}; per unit = {specific}; the larger: {result} KZT</source>
        <translation>Excise “{rate_text}”: {percent}% of {base} = {ad_valorem}; per unit = {specific}; the larger: {result} KZT</translation>
    </message>
    <message>
        <source>Excise: exempt under the preference in box 36</source>
        <translation>Excise: exempt under the preference in box 36</translation>
    </message>
    <message>
        <source>VAT = (customs value {customs_value} + duty {duty} + excise {excise}) = {base} × {percent}% = {result} KZT</source>
        <translation>VAT = (customs value {customs_value} + duty {duty} + excise {excise}) = {base} × {percent}% = {result} KZT</translation>
    </message>
    <message>
        <source>Customs fee: a fixed {amount} KZT per declaration</source>
        <translation>Customs fee: a fixed {amount} KZT per declaration</translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <source>2  Consignor / exporter</source>
        <translation>2  Consignor / exporter</translation>
    </message>
    <message>
        <source>14  Declarant</source>
        <translation>14  Declarant</translation>
    </message>
    <message>
        <source>8  Consignee</source>
        <translation>8  Consignee</translation>
    </message>
    <message>
        <source>9  Responsible for financial settlement</source>
        <translation>9  Responsible for financial settlement</translation>
    </message>
    <message>
        <source>Customs representative</source>
        <translation>Customs representative</translation>
    </message>
    <message>
        <source>54  Place, date, who filled it in</source>
        <translation>54  Place, date, who filled it in</translation>
    </message>
    <message>
        <source>Goods (box 31)</source>
        <translation>Goods (box 31)</translation>
    </message>
    <message>
        <source>Classification and procedure</source>
        <translation>Classification and procedure</translation>
    </message>
    <message>
        <source>Quantities and value</source>
        <translation>Quantities and value</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Commodity code</source>
        <translation>Commodity code</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Country of origin</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Gross mass</source>
        <translation>Gross mass</translation>
    </message>
    <message>
        <source>Net mass</source>
        <translation>Net mass</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Packages</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Manufacturer</translation>
    </message>
    <message>
        <source>Trademark</source>
        <translation>Trademark</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>%1: the invoice total is %2, the lines add up to %3</source>
        <translation>%1: the invoice total is %2, the lines add up to %3</translation>
    </message>
    <message>
        <source>%1: %4 total is %2, the lines give %3</source>
        <translation>%1: %4 total is %2, the lines give %3</translation>
    </message>
    <message>
        <source>%1: the amount is %2, quantity × unit price is %3</source>
        <translation>%1: the amount is %2, quantity × unit price is %3</translation>
    </message>
    <message>
        <source>%1: net %2 is above gross %3</source>
        <translation>%1: net %2 is above gross %3</translation>
    </message>
    <message>
        <source>%1: %4 is %2 on the invoice, %3 on the packing list</source>
        <translation>%1: %4 is %2 on the invoice, %3 on the packing list</translation>
    </message>
    <message>
        <source>%1: not on the packing list</source>
        <translation>%1: not on the packing list</translation>
    </message>
    <message>
        <source>%1: on the packing list only</source>
        <translation>%1: on the packing list only</translation>
    </message>
    <message>
        <source>Import goods items from an invoice</source>
        <translation>Import goods items from an invoice</translation>
    </message>
    <message>
        <source>&amp;Choose the invoice…</source>
        <translation>&amp;Choose the invoice…</translation>
    </message>
    <message>
        <source>Add its &amp;packing list…</source>
        <translation>Add its &amp;packing list…</translation>
    </message>
    <message>
        <source>An XLSX or CSV invoice or packing list.</source>
        <translation>An XLSX or CSV invoice or packing list.</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>Which column is which</translation>
    </message>
    <message>
        <source>Add the goods items</source>
        <translation>Add the goods items</translation>
    </message>
    <message>
        <source>the TOTAL row</source>
        <translation>the TOTAL row</translation>
    </message>
    <message>
        <source>sheet %1, row %2</source>
        <translation>sheet %1, row %2</translation>
    </message>
    <message>
        <source>Import from an invoice</source>
        <translation>Import from an invoice</translation>
    </message>
    <message>
        <source>Invoices (*.xlsx *.csv *.txt)</source>
        <translation>Invoices (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>The packing list</source>
        <translation>The packing list</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>%1: sheet %2, the header on row %3.</source>
        <translation>%1: sheet %2, the header on row %3.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the file: nothing can be added until they are fixed.</source>
        <translation>
            <numerusform>%n problem in the file: nothing can be added until it is fixed.</numerusform>
            <numerusform>%n problems in the file: nothing can be added until they are fixed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lines make %2 goods items, total %3.</source>
        <translation>%1 lines make %2 goods items, total %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) new to the client's catalogue.</source>
        <translation>
            <numerusform>%n product new to the client's catalogue.</numerusform>
            <numerusform>%n products new to the client's catalogue.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file cannot be read; nothing was added.
%1</source>
        <translation>This file cannot be read; nothing was added.
%1</translation>
    </message>
</context>
<context>
    <name>InvoiceItemsModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Net, kg</source>
        <translation>Net, kg</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>ItemsPanel</name>
    <message numerus="yes">
        <source>Undo removal of %n item(s)</source>
        <translation>
            <numerusform>Undo removal of %n item</numerusform>
            <numerusform>Undo removal of %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goods item(s)</source>
        <translation>
            <numerusform>%n goods item</numerusform>
            <numerusform>%n goods items</numerusform>
        </translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>Add a goods item (Ctrl+Shift+N)</source>
        <translation>Add a goods item (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Duplicate item</source>
        <translation>Duplicate item</translation>
    </message>
    <message>
        <source>Remove items</source>
        <translation>Remove items</translation>
    </message>
    <message>
        <source>Import from invoice…</source>
        <translation>Import from invoice…</translation>
    </message>
    <message>
        <source>Spread costs…</source>
        <translation>Spread costs…</translation>
    </message>
    <message>
        <source>Share freight, insurance or other additions over the items</source>
        <translation>Share freight, insurance or other additions over the items</translation>
    </message>
    <message>
        <source>Goods items from a supplier's invoice or packing list (XLSX, CSV)</source>
        <translation>Goods items from a supplier's invoice or packing list (XLSX, CSV)</translation>
    </message>
    <message>
        <source>31  Goods lines: manufacturer, model, quantity</source>
        <translation>31  Goods lines: manufacturer, model, quantity</translation>
    </message>
    <message>
        <source>Add goods line</source>
        <translation>Add goods line</translation>
    </message>
    <message>
        <source>Remove goods line</source>
        <translation>Remove goods line</translation>
    </message>
    <message>
        <source>31  Packages and pallets</source>
        <translation>31  Packages and pallets</translation>
    </message>
    <message>
        <source>Add packages</source>
        <translation>Add packages</translation>
    </message>
    <message>
        <source>Remove packages</source>
        <translation>Remove packages</translation>
    </message>
    <message>
        <source>44  Documents</source>
        <translation>44  Documents</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>Add document</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Remove document</translation>
    </message>
    <message>
        <source>47  Calculation of payments</source>
        <translation>47  Calculation of payments</translation>
    </message>
    <message>
        <source>Find in the nomenclature… (F4)</source>
        <translation>Find in the nomenclature… (F4)</translation>
    </message>
    <message>
        <source>Add payment line</source>
        <translation>Add payment line</translation>
    </message>
    <message>
        <source>Remove payment line</source>
        <translation>Remove payment line</translation>
    </message>
</context>
<context>
    <name>JsonExchange</name>
    <message>
        <source>Import a declaration</source>
        <translation>Import a declaration</translation>
    </message>
    <message>
        <source>Declarations (*.json *.zip *.xml)</source>
        <translation>Declarations (*.json *.zip *.xml)</translation>
    </message>
    <message>
        <source>Declarations (*.json)</source>
        <translation>Declarations (*.json)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>%1 is not a declaration file; nothing was imported.

%2</source>
        <translation>%1 is not a declaration file; nothing was imported.

%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Export a declaration</source>
        <translation>Export a declaration</translation>
    </message>
    <message>
        <source>A declaration with its attachments (*.zip)</source>
        <translation>A declaration with its attachments (*.zip)</translation>
    </message>
    <message>
        <source>EAEU XML declaration, album 5.23.0 (*.xml)</source>
        <translation>EAEU XML declaration, album 5.23.0 (*.xml)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>KeyProblems</name>
    <message>
        <source>The password is not right.</source>
        <translation>The password is not right.</translation>
    </message>
    <message>
        <source>The file is not a key file (PKCS#12), or it is damaged.</source>
        <translation>The file is not a key file (PKCS#12), or it is damaged.</translation>
    </message>
    <message>
        <source>This is a GOST key. GOST keys sign through the national signing agent (NCALayer), which this version cannot use yet. Use your RSA signing key (RSA256_…).</source>
        <translation>This is a GOST key. GOST keys sign through the national signing agent (NCALayer), which this version cannot use yet. Use your RSA signing key (RSA256_…).</translation>
    </message>
    <message>
        <source>The key's algorithm (%1) cannot sign here: use an RSA or EC key.</source>
        <translation>The key's algorithm (%1) cannot sign here: use an RSA or EC key.</translation>
    </message>
    <message>
        <source>The file holds no private key with its certificate.</source>
        <translation>The file holds no private key with its certificate.</translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <translation>The certificate expired on %1.</translation>
    </message>
    <message>
        <source>The certificate is valid only from %1.</source>
        <translation>The certificate is valid only from %1.</translation>
    </message>
    <message>
        <source>This certificate is not for signing (it is an authentication key).</source>
        <translation>This certificate is not for signing (it is an authentication key).</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Signing keys</source>
        <translation>Signing keys</translation>
    </message>
    <message>
        <source>Add a key file (.p12)…</source>
        <translation>Add a key file (.p12)…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Forget the password</source>
        <translation>Forget the password</translation>
    </message>
    <message>
        <source>No keys yet. Add the signing key file (RSA256_…p12) from your CA.</source>
        <translation>No keys yet. Add the signing key file (RSA256_…p12) from your CA.</translation>
    </message>
    <message>
        <source>digital signature</source>
        <translation>digital signature</translation>
    </message>
    <message>
        <source>non-repudiation</source>
        <translation>non-repudiation</translation>
    </message>
    <message>
        <source>Issued by %1; %2; serial %3</source>
        <translation>Issued by %1; %2; serial %3</translation>
    </message>
    <message>
        <source>Valid from %1 to %2; for %3</source>
        <translation>Valid from %1 to %2; for %3</translation>
    </message>
    <message>
        <source>no signing</source>
        <translation>no signing</translation>
    </message>
    <message>
        <source>(a copy in the workspace)</source>
        <translation>(a copy in the workspace)</translation>
    </message>
    <message>
        <source>The key file is not there any more.</source>
        <translation>The key file is not there any more.</translation>
    </message>
    <message>
        <source>The password is remembered in the system keyring.</source>
        <translation>The password is remembered in the system keyring.</translation>
    </message>
    <message>
        <source>Add a signing key</source>
        <translation>Add a signing key</translation>
    </message>
    <message>
        <source>Key files (*.p12 *.pfx)</source>
        <translation>Key files (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>The key is added, but this system has no keyring to keep the password: you will be asked for it when you sign.</source>
        <translation>The key is added, but this system has no keyring to keep the password: you will be asked for it when you sign.</translation>
    </message>
    <message>
        <source>Added the key of %1.</source>
        <translation>Added the key of %1.</translation>
    </message>
</context>
<context>
    <name>KeysModel</name>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>BIN</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kedendesk — customs declarations</source>
        <translation>Kedendesk — customs declarations</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Declarations</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Workspace</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>&amp;Items</translation>
    </message>
    <message>
        <source>&amp;Selected</source>
        <translation>&amp;Selected</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;New declaration</source>
        <translation>&amp;New declaration</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>Save as te&amp;mplate…</source>
        <translation>Save as te&amp;mplate…</translation>
    </message>
    <message>
        <source>New from temp&amp;late…</source>
        <translation>New from temp&amp;late…</translation>
    </message>
    <message>
        <source>Copy to &amp;another client…</source>
        <translation>Copy to &amp;another client…</translation>
    </message>
    <message>
        <source>&amp;Check the selected declarations</source>
        <translation>&amp;Check the selected declarations</translation>
    </message>
    <message>
        <source>&amp;Sign the selected declarations…</source>
        <translation>&amp;Sign the selected declarations…</translation>
    </message>
    <message>
        <source>Se&amp;nd the selected to customs</source>
        <translation>Se&amp;nd the selected to customs</translation>
    </message>
    <message>
        <source>&amp;Export the selected to XLSX…</source>
        <translation>&amp;Export the selected to XLSX…</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>Move to &amp;trash</translation>
    </message>
    <message>
        <source>&amp;Import a declaration (JSON, archive, EAEU XML)…</source>
        <translation>&amp;Import a declaration (JSON, archive, EAEU XML)…</translation>
    </message>
    <message>
        <source>&amp;Export a declaration (JSON, archive, EAEU XML)…</source>
        <translation>&amp;Export a declaration (JSON, archive, EAEU XML)…</translation>
    </message>
    <message>
        <source>&amp;Print the declaration…</source>
        <translation>&amp;Print the declaration…</translation>
    </message>
    <message>
        <source>The declaration &amp;form as PDF…</source>
        <translation>The declaration &amp;form as PDF…</translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation>&amp;Save now</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Close tab</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Find declarations</source>
        <translation>&amp;Find declarations</translation>
    </message>
    <message>
        <source>&amp;Clients…</source>
        <translation>&amp;Clients…</translation>
    </message>
    <message>
        <source>T&amp;rash…</source>
        <translation>T&amp;rash…</translation>
    </message>
    <message>
        <source>E&amp;xchange rates…</source>
        <translation>E&amp;xchange rates…</translation>
    </message>
    <message>
        <source>Signing &amp;keys…</source>
        <translation>Signing &amp;keys…</translation>
    </message>
    <message>
        <source>&amp;Gateway profiles…</source>
        <translation>&amp;Gateway profiles…</translation>
    </message>
    <message>
        <source>Si&amp;gn…</source>
        <translation>Si&amp;gn…</translation>
    </message>
    <message>
        <source>T&amp;ariff and payment settings…</source>
        <translation>T&amp;ariff and payment settings…</translation>
    </message>
    <message>
        <source>Commodity &amp;nomenclature…</source>
        <translation>Commodity &amp;nomenclature…</translation>
    </message>
    <message>
        <source>&amp;Product catalogue…</source>
        <translation>&amp;Product catalogue…</translation>
    </message>
    <message>
        <source>Customs re&amp;quests of all clients…</source>
        <translation>Customs re&amp;quests of all clients…</translation>
    </message>
    <message>
        <source>Anal&amp;ytics and billing…</source>
        <translation>Anal&amp;ytics and billing…</translation>
    </message>
    <message>
        <source>&amp;Backups: back up, restore…</source>
        <translation>&amp;Backups: back up, restore…</translation>
    </message>
    <message>
        <source>EAE&amp;U XML album folder…</source>
        <translation>EAE&amp;U XML album folder…</translation>
    </message>
    <message>
        <source>Your na&amp;me on this desk…</source>
        <translation>Your na&amp;me on this desk…</translation>
    </message>
    <message>
        <source>Open &amp;team workspace…</source>
        <translation>Open &amp;team workspace…</translation>
    </message>
    <message>
        <source>Peop&amp;le and roles…</source>
        <translation>Peop&amp;le and roles…</translation>
    </message>
    <message>
        <source>&amp;Import from invoice…</source>
        <translation>&amp;Import from invoice…</translation>
    </message>
    <message>
        <source>&amp;Spread costs over the items…</source>
        <translation>&amp;Spread costs over the items…</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Next tab</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Previous tab</translation>
    </message>
    <message>
        <source>&amp;About Kedendesk</source>
        <translation>&amp;About Kedendesk</translation>
    </message>
    <message>
        <source>&amp;First steps…</source>
        <translation>&amp;First steps…</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>New declaration</source>
        <translation>New declaration</translation>
    </message>
    <message>
        <source>Add the company you file for first.</source>
        <translation>Add the company you file for first.</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <source>(no LRN)</source>
        <translation>(no LRN)</translation>
    </message>
    <message>
        <source>Declaration %1 cannot be opened: %2</source>
        <translation>Declaration %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n declaration(s) to the trash (Workspace → Trash restores)</source>
        <translation>
            <numerusform>Moved %n declaration to the trash (Workspace → Trash restores)</numerusform>
            <numerusform>Moved %n declarations to the trash (Workspace → Trash restores)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>The declaration %1 could not be saved: %2</source>
        <translation>The declaration %1 could not be saved: %2</translation>
    </message>
    <message>
        <source>Open or select one declaration to print it.</source>
        <translation>Open or select one declaration to print it.</translation>
    </message>
    <message>
        <source>%1 official rates of %2 fetched from the National Bank.</source>
        <translation>%1 official rates of %2 fetched from the National Bank.</translation>
    </message>
    <message>
        <source>Official rates of %1 not fetched: %2</source>
        <translation>Official rates of %1 not fetched: %2</translation>
    </message>
    <message>
        <source>Your name on this desk</source>
        <translation>Your name on this desk</translation>
    </message>
    <message>
        <source>Other desks on this workspace see it while you edit a declaration, and the history names it with each revision and message sent:</source>
        <translation>Other desks on this workspace see it while you edit a declaration, and the history names it with each revision and message sent:</translation>
    </message>
    <message>
        <source>This desk is now %1.</source>
        <translation>This desk is now %1.</translation>
    </message>
    <message>
        <source>Set up. F1 opens the guide.</source>
        <translation>Set up. F1 opens the guide.</translation>
    </message>
    <message>
        <source>Kedendesk opens the team workspace the next time it starts.</source>
        <translation>Kedendesk opens the team workspace the next time it starts.</translation>
    </message>
    <message>
        <source>Kedendesk opens this desk's own workspace the next time it starts.</source>
        <translation>Kedendesk opens this desk's own workspace the next time it starts.</translation>
    </message>
    <message>
        <source>Open a draft declaration first.</source>
        <translation>Open a draft declaration first.</translation>
    </message>
    <message>
        <source>No gateway profile</source>
        <translation>No gateway profile</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connecting…</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline: queued declarations wait</source>
        <translation>offline: queued declarations wait</translation>
    </message>
    <message>
        <source>Gateway %1: %2</source>
        <translation>Gateway %1: %2</translation>
    </message>
    <message>
        <source>Errors: %1  Warnings: %2</source>
        <translation>Errors: %1  Warnings: %2</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The translation for %1 is not built (run make translations).</source>
        <translation>The translation for %1 is not built (run make translations).</translation>
    </message>
    <message>
        <source>About Kedendesk</source>
        <translation>About Kedendesk</translation>
    </message>
    <message>
        <source>Kedendesk %1
A workbench for customs declarations in Kazakhstan and the EAEU.</source>
        <translation>Kedendesk %1
A workbench for customs declarations in Kazakhstan and the EAEU.</translation>
    </message>
</context>
<context>
    <name>NomenclatureDialog</name>
    <message>
        <source>Commodity nomenclature</source>
        <translation>Commodity nomenclature</translation>
    </message>
    <message>
        <source>Code, or words of the description</source>
        <translation>Code, or words of the description</translation>
    </message>
    <message>
        <source>Tariff %1 (effective %2)</source>
        <translation>Tariff %1 (effective %2)</translation>
    </message>
    <message>
        <source>Preparing the nomenclature for search…</source>
        <translation>Preparing the nomenclature for search…</translation>
    </message>
    <message>
        <source>The nomenclature cannot be searched: %1</source>
        <translation>The nomenclature cannot be searched: %1</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <source>Duty: %1</source>
        <translation>Duty: %1</translation>
    </message>
    <message>
        <source>the lower of two rates: box 47 is calculated by hand</source>
        <translation>the lower of two rates: box 47 is calculated by hand</translation>
    </message>
    <message>
        <source>Excise: %1</source>
        <translation>Excise: %1</translation>
    </message>
    <message>
        <source>Box 41 unit: %1</source>
        <translation>Box 41 unit: %1</translation>
    </message>
    <message>
        <source>Needs: %1 (documents %2)</source>
        <translation>Needs: %1 (documents %2)</translation>
    </message>
</context>
<context>
    <name>NomenclatureModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Duty</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>reduced</source>
        <translation>reduced</translation>
    </message>
    <message>
        <source>exempt</source>
        <translation>exempt</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Declaration %1</source>
        <translation>Declaration %1</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>Client %1</translation>
    </message>
</context>
<context>
    <name>PaperTexts</name>
    <message>
        <source>The contract %1</source>
        <translation>The contract %1</translation>
    </message>
    <message>
        <source>Power of attorney %1</source>
        <translation>Power of attorney %1</translation>
    </message>
    <message>
        <source>%1 expired on %2: declarations under it cannot be signed.</source>
        <translation>%1 expired on %2: declarations under it cannot be signed.</translation>
    </message>
    <message numerus="yes">
        <source>%1 expires on %2 (in %n day(s)).</source>
        <translation>
            <numerusform>%1 expires on %2 (in %n day).</numerusform>
            <numerusform>%1 expires on %2 (in %n days).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentSummary</name>
    <message>
        <source>Customs payments of declaration %1</source>
        <translation>Customs payments of declaration %1</translation>
    </message>
    <message>
        <source>Declarant</source>
        <translation>Declarant</translation>
    </message>
    <message>
        <source>Declaration type</source>
        <translation>Declaration type</translation>
    </message>
    <message>
        <source>Goods items</source>
        <translation>Goods items</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Tariff</translation>
    </message>
    <message>
        <source>Calculated on</source>
        <translation>Calculated on</translation>
    </message>
    <message>
        <source>By goods item</source>
        <translation>By goods item</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Box</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>How it was calculated</source>
        <translation>How it was calculated</translation>
    </message>
    <message>
        <source>Customs value, KZT</source>
        <translation>Customs value, KZT</translation>
    </message>
    <message>
        <source>Statistical value, USD</source>
        <translation>Statistical value, USD</translation>
    </message>
    <message>
        <source>Box B: to pay</source>
        <translation>Box B: to pay</translation>
    </message>
    <message>
        <source>Total to pay, KZT</source>
        <translation>Total to pay, KZT</translation>
    </message>
    <message>
        <source>The checks find %1 error(s) in this declaration: the figures may change.</source>
        <translation>The checks find %1 error(s) in this declaration: the figures may change.</translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Box</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Customs value, KZT</source>
        <translation>Customs value, KZT</translation>
    </message>
    <message>
        <source>Statistical value, USD</source>
        <translation>Statistical value, USD</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>Total to pay</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>Transport to the border: %1 in all, shared over the items by gross mass.</source>
        <translation>Transport to the border: %1 in all, shared over the items by gross mass.</translation>
    </message>
    <message>
        <source>Transport to the border: %1 in all, shared over the items by value.</source>
        <translation>Transport to the border: %1 in all, shared over the items by value.</translation>
    </message>
    <message>
        <source>Insurance to the border: %1 in all, shared over the items by gross mass.</source>
        <translation>Insurance to the border: %1 in all, shared over the items by gross mass.</translation>
    </message>
    <message>
        <source>Insurance to the border: %1 in all, shared over the items by value.</source>
        <translation>Insurance to the border: %1 in all, shared over the items by value.</translation>
    </message>
    <message>
        <source>Other additions: %1 in all, shared over the items by gross mass.</source>
        <translation>Other additions: %1 in all, shared over the items by gross mass.</translation>
    </message>
    <message>
        <source>Other additions: %1 in all, shared over the items by value.</source>
        <translation>Other additions: %1 in all, shared over the items by value.</translation>
    </message>
    <message>
        <source>Tariff %1 of %2; KZT amounts rounded to %3; %4 warning(s) about rates</source>
        <translation>Tariff %1 of %2; KZT amounts rounded to %3; %4 warning(s) about rates</translation>
    </message>
    <message>
        <source>Choose a line to see how it was calculated.</source>
        <translation>Choose a line to see how it was calculated.</translation>
    </message>
    <message>
        <source>Exchange rate %1: %2 KZT, set for %3 (%4)</source>
        <translation>Exchange rate %1: %2 KZT, set for %3 (%4)</translation>
    </message>
    <message>
        <source>Reference data: %1</source>
        <translation>Reference data: %1</translation>
    </message>
    <message>
        <source>Practice tariff: the duty rates are made up for practice. Load the official schedule under Workspace → Tariff before filing for real.</source>
        <translation>Practice tariff: the duty rates are made up for practice. Load the official schedule under Workspace → Tariff before filing for real.</translation>
    </message>
    <message>
        <source>Fill boxes 45–47 and B from the calculation</source>
        <translation>Fill boxes 45–47 and B from the calculation</translation>
    </message>
    <message>
        <source>Payment summary (PDF)…</source>
        <translation>Payment summary (PDF)…</translation>
    </message>
    <message>
        <source>B  Totals by payment type, KZT</source>
        <translation>B  Totals by payment type, KZT</translation>
    </message>
    <message>
        <source>How this amount was calculated</source>
        <translation>How this amount was calculated</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>preparer</source>
        <translation>preparer</translation>
    </message>
    <message>
        <source>declarant</source>
        <translation>declarant</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People and roles</source>
        <translation>People and roles</translation>
    </message>
    <message>
        <source>Each person signs in to the team server with their own login. A preparer creates, edits and checks declarations; a declarant also signs and sends them; an administrator also manages people, clients and their papers. A person in teams sees the clients of those teams and the clients in no team.</source>
        <translation>Each person signs in to the team server with their own login. A preparer creates, edits and checks declarations; a declarant also signs and sends them; an administrator also manages people, clients and their papers. A person in teams sees the clients of those teams and the clients in no team.</translation>
    </message>
    <message>
        <source>north, south (empty: all clients)</source>
        <translation>north, south (empty: all clients)</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Teams:</source>
        <translation>&amp;Teams:</translation>
    </message>
    <message>
        <source>Pass&amp;word (new person):</source>
        <translation>Pass&amp;word (new person):</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Add person</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>empty: everyone sees this client</source>
        <translation>empty: everyone sees this client</translation>
    </message>
    <message>
        <source>Set the client's &amp;teams</source>
        <translation>Set the client's &amp;teams</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client:</translation>
    </message>
    <message>
        <source>Seen by the teams:</source>
        <translation>Seen by the teams:</translation>
    </message>
    <message>
        <source>Only an administrator changes people and teams.</source>
        <translation>Only an administrator changes people and teams.</translation>
    </message>
    <message>
        <source>A new person needs a password to sign in with.</source>
        <translation>A new person needs a password to sign in with.</translation>
    </message>
    <message>
        <source>%1 added: they sign in with this login and password.</source>
        <translation>%1 added: they sign in with this login and password.</translation>
    </message>
    <message>
        <source>%1 changed: it applies when they next open the workspace.</source>
        <translation>%1 changed: it applies when they next open the workspace.</translation>
    </message>
    <message>
        <source>%1 no longer signs in here.</source>
        <translation>%1 no longer signs in here.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Not done: %1</translation>
    </message>
    <message>
        <source>Teams of %1 set.</source>
        <translation>Teams of %1 set.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>all clients</source>
        <translation>all clients</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Gateway profiles</source>
        <translation>Gateway profiles</translation>
    </message>
    <message>
        <source>Use this profile</source>
        <translation>Use this profile</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>A real gateway</source>
        <translation>A real gateway</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client id</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client secret</translation>
    </message>
    <message>
        <source>Add the gateway</source>
        <translation>Add the gateway</translation>
    </message>
    <message>
        <source>Give a name, an http(s) URL and the client id.</source>
        <translation>Give a name, an http(s) URL and the client id.</translation>
    </message>
    <message>
        <source>Added; the secret is in the system keyring.</source>
        <translation>Added; the secret is in the system keyring.</translation>
    </message>
    <message>
        <source>Added, but this system has no keyring: the secret was not kept.</source>
        <translation>Added, but this system has no keyring: the secret was not kept.</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <source>Exchange rates</source>
        <translation>Exchange rates</translation>
    </message>
    <message>
        <source>KZT for one unit of a currency, by the date it was set. A rate stays in force until the next one, for at most 7 days. A file needs the columns date, currency and rate (CSV or XLSX).</source>
        <translation>KZT for one unit of a currency, by the date it was set. A rate stays in force until the next one, for at most 7 days. A file needs the columns date, currency and rate (CSV or XLSX).</translation>
    </message>
    <message>
        <source>Rate, e.g. 512.34</source>
        <translation>Rate, e.g. 512.34</translation>
    </message>
    <message>
        <source>Add rate</source>
        <translation>Add rate</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>Import from a file…</source>
        <translation>Import from a file…</translation>
    </message>
    <message>
        <source>Get official rates for the date</source>
        <translation>Get official rates for the date</translation>
    </message>
    <message>
        <source>The National Bank of Kazakhstan's rates of the date chosen above</source>
        <translation>The National Bank of Kazakhstan's rates of the date chosen above</translation>
    </message>
    <message>
        <source>“%1” is not a rate.</source>
        <translation>“%1” is not a rate.</translation>
    </message>
    <message>
        <source>Give a currency code and a rate above zero.</source>
        <translation>Give a currency code and a rate above zero.</translation>
    </message>
    <message>
        <source>Rate of %1 saved.</source>
        <translation>Rate of %1 saved.</translation>
    </message>
    <message>
        <source>Asking the National Bank for the rates of %1…</source>
        <translation>Asking the National Bank for the rates of %1…</translation>
    </message>
    <message>
        <source>%1 official rates of %2 saved.</source>
        <translation>%1 official rates of %2 saved.</translation>
    </message>
    <message>
        <source>No rates of %1 were fetched; the rates you have are kept. %2</source>
        <translation>No rates of %1 were fetched; the rates you have are kept. %2</translation>
    </message>
    <message>
        <source>Import exchange rates</source>
        <translation>Import exchange rates</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Tables (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>%1 rates added from %2.</source>
        <translation>%1 rates added from %2.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Nothing was imported from %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read; nothing was imported.

%2</source>
        <translation>%1 cannot be read; nothing was imported.

%2</translation>
    </message>
</context>
<context>
    <name>RatesModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>KZT per unit</source>
        <translation>KZT per unit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>RequestsDialog</name>
    <message>
        <source>Show answered and closed requests too</source>
        <translation>Show answered and closed requests too</translation>
    </message>
    <message>
        <source>Customs requests</source>
        <translation>Customs requests</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s)</source>
        <translation>
            <numerusform>%n open request</numerusform>
            <numerusform>%n open requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the requests: %1</source>
        <translation>Could not read the requests: %1</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>LRN</source>
        <translation>LRN</translation>
    </message>
    <message>
        <source>Customs asks for</source>
        <translation>Customs asks for</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>Revisions</source>
        <translation>Revisions</translation>
    </message>
    <message>
        <source>Restore as a new revision</source>
        <translation>Restore as a new revision</translation>
    </message>
    <message>
        <source>Every save is kept. Restoring an earlier revision makes it the newest; the revisions after it stay here.</source>
        <translation>Every save is kept. Restoring an earlier revision makes it the newest; the revisions after it stay here.</translation>
    </message>
    <message>
        <source>A signed or sent declaration: make a new version to restore one.</source>
        <translation>A signed or sent declaration: make a new version to restore one.</translation>
    </message>
</context>
<context>
    <name>RevisionsModel</name>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>LRN</source>
        <translation>LRN</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>Saved by</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signed</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>box 54: the customs representative's name and BIN</source>
        <translation>box 54: the customs representative's name and BIN</translation>
    </message>
    <message>
        <source>box 54: the representative's BIN is not the one of this key's company</source>
        <translation>box 54: the representative's BIN is not the one of this key's company</translation>
    </message>
    <message>
        <source>box 54: the representative's entry in the register of customs representatives</source>
        <translation>box 54: the representative's entry in the register of customs representatives</translation>
    </message>
    <message>
        <source>box 54: the number and date of the contract with the declarant</source>
        <translation>box 54: the number and date of the contract with the declarant</translation>
    </message>
    <message>
        <source>box 44: the contract with the declarant as document 11002, with its number</source>
        <translation>box 44: the contract with the declarant as document 11002, with its number</translation>
    </message>
    <message>
        <source>a contract with the declarant in force today (the one given has ended)</source>
        <translation>a contract with the declarant in force today (the one given has ended)</translation>
    </message>
    <message>
        <source>box 54: the power of attorney of the person who fills in the declaration</source>
        <translation>box 54: the power of attorney of the person who fills in the declaration</translation>
    </message>
    <message>
        <source>box 54: a power of attorney valid today (the one given has expired)</source>
        <translation>box 54: a power of attorney valid today (the one given has expired)</translation>
    </message>
    <message>
        <source>box 54: a power of attorney valid today (the one given starts later)</source>
        <translation>box 54: a power of attorney valid today (the one given starts later)</translation>
    </message>
    <message>
        <source>Sign the declaration</source>
        <translation>Sign the declaration</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Remember the password (in the system keyring)</source>
        <translation>Remember the password (in the system keyring)</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>You sign declaration %1 (%2) for %3, BIN/IIN %4: %5 goods items, customs value %6 KZT, payments %7 KZT. After signing it cannot be changed; a change is a new version.</source>
        <translation>You sign declaration %1 (%2) for %3, BIN/IIN %4: %5 goods items, customs value %6 KZT, payments %7 KZT. After signing it cannot be changed; a change is a new version.</translation>
    </message>
    <message>
        <source>The checks find %1 error(s): fix them first.</source>
        <translation>The checks find %1 error(s): fix them first.</translation>
    </message>
    <message>
        <source>No signing key yet: add one under Workspace → Keys.</source>
        <translation>No signing key yet: add one under Workspace → Keys.</translation>
    </message>
    <message>
        <source>remembered; type to use another</source>
        <translation>remembered; type to use another</translation>
    </message>
    <message>
        <source>This key is not the declarant's (box 14): it signs as the customs representative, and for that the declaration lacks:</source>
        <translation>This key is not the declarant's (box 14): it signs as the customs representative, and for that the declaration lacks:</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Signing…</translation>
    </message>
    <message>
        <source>This declaration is already signed.</source>
        <translation>This declaration is already signed.</translation>
    </message>
    <message>
        <source>This system has no keyring to remember the password: untick “Remember” and sign again.</source>
        <translation>This system has no keyring to remember the password: untick “Remember” and sign again.</translation>
    </message>
    <message>
        <source>Not signed: %1</source>
        <translation>Not signed: %1</translation>
    </message>
</context>
<context>
    <name>SpreadDialog</name>
    <message>
        <source>Spread a cost over the items</source>
        <translation>Spread a cost over the items</translation>
    </message>
    <message>
        <source>Transport to the border</source>
        <translation>Transport to the border</translation>
    </message>
    <message>
        <source>Insurance to the border</source>
        <translation>Insurance to the border</translation>
    </message>
    <message>
        <source>Other additions</source>
        <translation>Other additions</translation>
    </message>
    <message>
        <source>by gross mass</source>
        <translation>by gross mass</translation>
    </message>
    <message>
        <source>by value</source>
        <translation>by value</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Amount, %1</source>
        <translation>Amount, %1</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Shared</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>“%1” is not an amount.</translation>
    </message>
    <message>
        <source>Not spread: %1</source>
        <translation>Not spread: %1</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>No declarations yet</source>
        <translation>No declarations yet</translation>
    </message>
    <message>
        <source>Everything you type is kept on this computer. Next steps:</source>
        <translation>Everything you type is kept on this computer. Next steps:</translation>
    </message>
    <message>
        <source>First steps…</source>
        <translation>First steps…</translation>
    </message>
    <message>
        <source>Language, your company, your signing key and the gateway.</source>
        <translation>Language, your company, your signing key and the gateway.</translation>
    </message>
    <message>
        <source>Clients…</source>
        <translation>Clients…</translation>
    </message>
    <message>
        <source>The companies you file for, with their contracts and powers.</source>
        <translation>The companies you file for, with their contracts and powers.</translation>
    </message>
    <message>
        <source>New declaration (Ctrl+N)</source>
        <translation>New declaration (Ctrl+N)</translation>
    </message>
    <message>
        <source>A draft for a client; it checks itself as you type.</source>
        <translation>A draft for a client; it checks itself as you type.</translation>
    </message>
    <message>
        <source>Import (Ctrl+I)</source>
        <translation>Import (Ctrl+I)</translation>
    </message>
    <message>
        <source>A declaration file: JSON, an archive or EAEU XML.</source>
        <translation>A declaration file: JSON, an archive or EAEU XML.</translation>
    </message>
    <message>
        <source>User guide (F1)</source>
        <translation>User guide (F1)</translation>
    </message>
    <message>
        <source>From a draft to release, the practice gateway, signing.</source>
        <translation>From a draft to release, the practice gateway, signing.</translation>
    </message>
</context>
<context>
    <name>Statuses</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Under control</source>
        <translation>Under control</translation>
    </message>
    <message>
        <source>Customs awaits you</source>
        <translation>Customs awaits you</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>Release refused</source>
        <translation>Release refused</translation>
    </message>
    <message>
        <source>Release suspended</source>
        <translation>Release suspended</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Declarations</translation>
    </message>
    <message>
        <source>Green %</source>
        <translation>Green %</translation>
    </message>
    <message>
        <source>Yellow %</source>
        <translation>Yellow %</translation>
    </message>
    <message>
        <source>Red %</source>
        <translation>Red %</translation>
    </message>
    <message>
        <source>To release: median</source>
        <translation>To release: median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90th percentile</translation>
    </message>
    <message>
        <source>Documents asked</source>
        <translation>Documents asked</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>TariffDialog</name>
    <message>
        <source>Tariff and payment settings</source>
        <translation>Tariff and payment settings</translation>
    </message>
    <message>
        <source>Use the EAEU Common Customs Tariff shipped with Kedendesk (ЕТТ ЕАЭС)</source>
        <translation>Use the EAEU Common Customs Tariff shipped with Kedendesk (ЕТТ ЕАЭС)</translation>
    </message>
    <message>
        <source>Use the practice tariff shipped with Kedendesk</source>
        <translation>Use the practice tariff shipped with Kedendesk</translation>
    </message>
    <message>
        <source>Load the official schedule</source>
        <translation>Load the official schedule</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>e.g. ETT-2026-11</source>
        <translation>e.g. ETT-2026-11</translation>
    </message>
    <message>
        <source>A CSV or XLSX table with the columns code, description, duty, excise, vat, unit, measures. Duty as the tariff writes it: 5%, 0.5 EUR/kg, 10% but not less than 0.2 EUR/kg.</source>
        <translation>A CSV or XLSX table with the columns code, description, duty, excise, vat, unit, measures. Duty as the tariff writes it: 5%, 0.5 EUR/kg, 10% but not less than 0.2 EUR/kg.</translation>
    </message>
    <message>
        <source>Choose the file and load…</source>
        <translation>Choose the file and load…</translation>
    </message>
    <message>
        <source>Round each payment to whole tenge (else to tiyn)</source>
        <translation>Round each payment to whole tenge (else to tiyn)</translation>
    </message>
    <message>
        <source>Active tariff: %1, effective %2, %3 commodity codes.
Source: %4</source>
        <translation>Active tariff: %1, effective %2, %3 commodity codes.
Source: %4</translation>
    </message>
    <message>
        <source>Its rates are for practice only, not for real declarations.</source>
        <translation>Its rates are for practice only, not for real declarations.</translation>
    </message>
    <message>
        <source>Load a tariff</source>
        <translation>Load a tariff</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Tables (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Give the tariff a version first.</source>
        <translation>Give the tariff a version first.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Loaded; open declarations are checked against it now.</source>
        <translation>Loaded; open declarations are checked against it now.</translation>
    </message>
    <message>
        <source>Nothing was loaded from %1.</source>
        <translation>Nothing was loaded from %1.</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Tariff</translation>
    </message>
    <message>
        <source>%1 cannot be read; nothing was loaded.

%2</source>
        <translation>%1 cannot be read; nothing was loaded.

%2</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Open team workspace</source>
        <translation>Open team workspace</translation>
    </message>
    <message>
        <source>A team workspace is a database on your office's PostgreSQL server: every desk that opens it works on the same clients and declarations. Ask your administrator for its address.</source>
        <translation>A team workspace is a database on your office's PostgreSQL server: every desk that opens it works on the same clients and declarations. Ask your administrator for its address.</translation>
    </message>
    <message>
        <source>Remember the password (in the system keyring)</source>
        <translation>Remember the password (in the system keyring)</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Now open: %1</source>
        <translation>Now open: %1</translation>
    </message>
    <message>
        <source>&amp;Connect and open</source>
        <translation>&amp;Connect and open</translation>
    </message>
    <message>
        <source>This desk's &amp;own workspace</source>
        <translation>This desk's &amp;own workspace</translation>
    </message>
    <message>
        <source>The address starts with postgresql://</source>
        <translation>The address starts with postgresql://</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Connected. Kedendesk opens the team workspace from now on.</source>
        <translation>Connected. Kedendesk opens the team workspace from now on.</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Not connected: %1</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Native code</source>
        <translation>Native code</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Customs asks for documents: %1 (since %2)</source>
        <translation>Customs asks for documents: %1 (since %2)</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Answer…</translation>
    </message>
    <message>
        <source>(queued by %1)</source>
        <translation>(queued by %1)</translation>
    </message>
    <message>
        <source>(sent by %1)</source>
        <translation>(sent by %1)</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Customs requests</source>
        <translation>Customs requests</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Delete for good</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n declaration(s) and all their revisions for good?</source>
        <translation>
            <numerusform>Delete %n declaration and all its revisions for good?</numerusform>
            <numerusform>Delete %n declarations and all their revisions for good?</numerusform>
        </translation>
    </message>
</context>
</TS>

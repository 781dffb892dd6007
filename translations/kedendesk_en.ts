<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ClientsDialog</name>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Save client</source>
        <translation>Save client</translation>
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
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>This is not a valid BIN or IIN (check the digits)</source>
        <translation>This is not a valid BIN or IIN (check the digits)</translation>
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
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
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
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Feature</translation>
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
    <name>DeclarationsPage</name>
    <message numerus="yes">
        <source>%n declaration(s)</source>
        <translation><numerusform>%n declaration</numerusform><numerusform>%n declarations</numerusform></translation>
    </message>
    <message>
        <source>Filter by LRN, client, declarant, procedure (Ctrl+F)</source>
        <translation>Filter by LRN, client, declarant, procedure (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
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
        <source>Client:</source>
        <translation>Client:</translation>
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
        <source>Preference</source>
        <translation>Preference</translation>
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
        <source>Customs value, KZT</source>
        <translation>Customs value, KZT</translation>
    </message>
    <message>
        <source>Statistical value, USD</source>
        <translation>Statistical value, USD</translation>
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
    <name>ItemsPanel</name>
    <message numerus="yes">
        <source>%n goods item(s)</source>
        <translation><numerusform>%n goods item</numerusform><numerusform>%n goods items</numerusform></translation>
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
        <source>Add payment line</source>
        <translation>Add payment line</translation>
    </message>
    <message>
        <source>Remove payment line</source>
        <translation>Remove payment line</translation>
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
        <source>Move to &amp;trash</source>
        <translation>Move to &amp;trash</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>&amp;Import from JSON…</translation>
    </message>
    <message>
        <source>&amp;Export to JSON…</source>
        <translation>&amp;Export to JSON…</translation>
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
        <source>Workspace: %1</source>
        <translation>Workspace: %1</translation>
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
    <message numerus="yes">
        <source>Moved %n declaration(s) to the trash (Workspace → Trash restores)</source>
        <translation><numerusform>Moved %n declaration to the trash (Workspace → Trash restores)</numerusform><numerusform>Moved %n declarations to the trash (Workspace → Trash restores)</numerusform></translation>
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
        <source>Import a declaration</source>
        <translation>Import a declaration</translation>
    </message>
    <message>
        <source>Declarations (*.json)</source>
        <translation>Declarations (*.json)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
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
        <source>Export a declaration</source>
        <translation>Export a declaration</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
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
    <name>Statuses</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
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
        <translation><numerusform>Delete %n declaration and all its revisions for good?</numerusform><numerusform>Delete %n declarations and all their revisions for good?</numerusform></translation>
    </message>
</context>
</TS>

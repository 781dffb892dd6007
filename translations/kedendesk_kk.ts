<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>ClientsDialog</name>
    <message>
        <source>Clients</source>
        <translation>Клиенттер</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Жаңа клиент</translation>
    </message>
    <message>
        <source>Save client</source>
        <translation>Клиентті сақтау</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>BIN / IIN</source>
        <translation>БСН / ЖСН</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>This is not a valid BIN or IIN (check the digits)</source>
        <translation>Бұл жарамды БСН немесе ЖСН емес (цифрларды тексеріңіз)</translation>
    </message>
</context>
<context>
    <name>CodeField</name>
    <message>
        <source>Not in the code list</source>
        <translation>Сыныптауышта жоқ</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Қолданылу басы</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Қолданылу соңы</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Төлем</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Негіз</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Мөлшерлеме</translation>
    </message>
    <message>
        <source>Rate type</source>
        <translation>Мөлшерлеме түрі</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сомасы</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>ТЕ</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>33 Code</source>
        <translation>33 Коды</translation>
    </message>
    <message>
        <source>31 Description</source>
        <translation>31 Сипаттамасы</translation>
    </message>
    <message>
        <source>34 Origin</source>
        <translation>34 Шығу тегі</translation>
    </message>
    <message>
        <source>35 Gross, kg</source>
        <translation>35 Брутто, кг</translation>
    </message>
    <message>
        <source>38 Net, kg</source>
        <translation>38 Нетто, кг</translation>
    </message>
    <message>
        <source>42 Price</source>
        <translation>42 Бағасы</translation>
    </message>
    <message>
        <source>LRN</source>
        <translation>LRN</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Тауарлар</translation>
    </message>
    <message>
        <source>Invoice total</source>
        <translation>Шот бойынша сома</translation>
    </message>
    <message>
        <source>Customs value, KZT</source>
        <translation>Кедендік құн, теңге</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Өзгертілді</translation>
    </message>
</context>
<context>
    <name>DeclarationsPage</name>
    <message numerus="yes">
        <source>%n declaration(s)</source>
        <translation><numerusform>%n декларация</numerusform><numerusform>%n декларация</numerusform></translation>
    </message>
    <message>
        <source>Filter by LRN, client, declarant, procedure (Ctrl+F)</source>
        <translation>LRN, клиент, декларант, рәсім бойынша іздеу (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
    <message>
        <source>Saved at %1 (revision %2)</source>
        <translation>%1 сақталды (%2-нұсқа)</translation>
    </message>
    <message>
        <source>All changes are saved automatically</source>
        <translation>Барлық өзгерістер автоматты түрде сақталады</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Декларация</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>Countries and transport</source>
        <translation>Елдер мен көлік</translation>
    </message>
    <message>
        <source>Terms and currency</source>
        <translation>Шарттар мен валюта</translation>
    </message>
    <message>
        <source>Goods location</source>
        <translation>Тауарлардың орналасқан жері</translation>
    </message>
    <message>
        <source>Representative, box 54</source>
        <translation>Өкіл, 54-баған</translation>
    </message>
    <message>
        <source>Goods items</source>
        <translation>Тауарлар</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клиент:</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>кк.аа.жжжж</translation>
    </message>
    <message>
        <source>Same as box 14</source>
        <translation>14-бағанмен бірдей</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>BIN / IIN</source>
        <translation>БСН / ЖСН</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>LRN (your reference)</source>
        <translation>LRN (сіздің нөміріңіз)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Бағыты</translation>
    </message>
    <message>
        <source>Customs procedure</source>
        <translation>Кедендік рәсім</translation>
    </message>
    <message>
        <source>Electronic declaration</source>
        <translation>Электрондық декларация</translation>
    </message>
    <message>
        <source>Form sheet</source>
        <translation>Нысан парағы</translation>
    </message>
    <message>
        <source>Forms in total</source>
        <translation>Барлық парақтар</translation>
    </message>
    <message>
        <source>Total items</source>
        <translation>Тауарлар саны</translation>
    </message>
    <message>
        <source>Total packages</source>
        <translation>Орындар саны</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Анықтамалық нөмір</translation>
    </message>
    <message>
        <source>Total customs value, KZT</source>
        <translation>Жалпы кедендік құн, теңге</translation>
    </message>
    <message>
        <source>Trading country</source>
        <translation>Сауда жасаушы ел</translation>
    </message>
    <message>
        <source>Country of dispatch</source>
        <translation>Жөнелтілген ел</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Шығарылған ел</translation>
    </message>
    <message>
        <source>Country of destination</source>
        <translation>Межелі ел</translation>
    </message>
    <message>
        <source>Means of transport: number</source>
        <translation>Көлік құралдары: саны</translation>
    </message>
    <message>
        <source>Means of transport: plates, vessel, wagons</source>
        <translation>Көлік құралдары: нөмірлері, кеме, вагондар</translation>
    </message>
    <message>
        <source>Means of transport: country of registration</source>
        <translation>Көлік құралдары: тіркелген елі</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Контейнер</translation>
    </message>
    <message>
        <source>Active means of transport at the border</source>
        <translation>Шекарадағы белсенді көлік құралы</translation>
    </message>
    <message>
        <source>Its country of registration</source>
        <translation>Оның тіркелген елі</translation>
    </message>
    <message>
        <source>Mode of transport at the border</source>
        <translation>Шекарадағы көлік түрі</translation>
    </message>
    <message>
        <source>Inland mode of transport</source>
        <translation>Ел ішіндегі көлік түрі</translation>
    </message>
    <message>
        <source>Customs office of entry/exit</source>
        <translation>Кіру/шығу кеден органы</translation>
    </message>
    <message>
        <source>Customs office name</source>
        <translation>Кеден органының атауы</translation>
    </message>
    <message>
        <source>Delivery terms</source>
        <translation>Жеткізу шарттары</translation>
    </message>
    <message>
        <source>Named place</source>
        <translation>Географиялық пункт</translation>
    </message>
    <message>
        <source>Invoice currency</source>
        <translation>Шарт валютасы</translation>
    </message>
    <message>
        <source>Total invoiced amount</source>
        <translation>Шот бойынша жалпы сома</translation>
    </message>
    <message>
        <source>Exchange rate, KZT</source>
        <translation>Валюта бағамы, теңге</translation>
    </message>
    <message>
        <source>Nature of transaction</source>
        <translation>Мәміле сипаты</translation>
    </message>
    <message>
        <source>Transaction feature</source>
        <translation>Мәміле ерекшелігі</translation>
    </message>
    <message>
        <source>Type of location</source>
        <translation>Орын түрі</translation>
    </message>
    <message>
        <source>Customs office</source>
        <translation>Кеден органы</translation>
    </message>
    <message>
        <source>Warehouse licence or register entry</source>
        <translation>Қойма куәлігі немесе тізілімдегі нөмірі</translation>
    </message>
    <message>
        <source>Customs representative</source>
        <translation>Кеден өкілі</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>Entry in the register of customs representatives</source>
        <translation>Кеден өкілдері тізіліміндегі нөмірі</translation>
    </message>
    <message>
        <source>Contract with the declarant: number</source>
        <translation>Декларантпен шарт: нөмірі</translation>
    </message>
    <message>
        <source>Contract with the declarant: date</source>
        <translation>Декларантпен шарт: күні</translation>
    </message>
    <message>
        <source>Filled in by</source>
        <translation>Кім толтырды</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Жеке басын куәландыратын құжат</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Өндіруші</translation>
    </message>
    <message>
        <source>Trademark</source>
        <translation>Тауар белгісі</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Моделі</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Орындар саны</translation>
    </message>
    <message>
        <source>Kind of packages</source>
        <translation>Қаптама түрі</translation>
    </message>
    <message>
        <source>Container numbers</source>
        <translation>Контейнер нөмірлері</translation>
    </message>
    <message>
        <source>Commodity code</source>
        <translation>Тауар коды</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Преференция</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Рәсім</translation>
    </message>
    <message>
        <source>Previous procedure</source>
        <translation>Алдыңғы рәсім</translation>
    </message>
    <message>
        <source>Movement feature</source>
        <translation>Өткізу ерекшелігі</translation>
    </message>
    <message>
        <source>Previous document</source>
        <translation>Алдыңғы құжат</translation>
    </message>
    <message>
        <source>Valuation method</source>
        <translation>Кедендік құнды айқындау әдісі</translation>
    </message>
    <message>
        <source>Gross mass, kg</source>
        <translation>Брутто салмағы, кг</translation>
    </message>
    <message>
        <source>Net mass, kg</source>
        <translation>Нетто салмағы, кг</translation>
    </message>
    <message>
        <source>Quota quantity</source>
        <translation>Квота бойынша саны</translation>
    </message>
    <message>
        <source>Quota unit</source>
        <translation>Квота бірлігі</translation>
    </message>
    <message>
        <source>Supplementary units</source>
        <translation>Қосымша бірліктер</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Өлшем бірлігі</translation>
    </message>
    <message>
        <source>Item price</source>
        <translation>Тауар бағасы</translation>
    </message>
    <message>
        <source>Customs value, KZT</source>
        <translation>Кедендік құн, теңге</translation>
    </message>
    <message>
        <source>Statistical value, USD</source>
        <translation>Статистикалық құн, АҚШ доллары</translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <source>2  Consignor / exporter</source>
        <translation>2  Жөнелтуші / экспорттаушы</translation>
    </message>
    <message>
        <source>14  Declarant</source>
        <translation>14  Декларант</translation>
    </message>
    <message>
        <source>8  Consignee</source>
        <translation>8  Алушы</translation>
    </message>
    <message>
        <source>9  Responsible for financial settlement</source>
        <translation>9  Қаржылық реттеуге жауапты тұлға</translation>
    </message>
    <message>
        <source>Customs representative</source>
        <translation>Кеден өкілі</translation>
    </message>
    <message>
        <source>54  Place, date, who filled it in</source>
        <translation>54  Орны, күні, кім толтырды</translation>
    </message>
    <message>
        <source>Goods (box 31)</source>
        <translation>Тауарлар (31-баған)</translation>
    </message>
    <message>
        <source>Classification and procedure</source>
        <translation>Сыныптау және рәсім</translation>
    </message>
    <message>
        <source>Quantities and value</source>
        <translation>Саны мен құны</translation>
    </message>
</context>
<context>
    <name>ItemsPanel</name>
    <message numerus="yes">
        <source>%n goods item(s)</source>
        <translation><numerusform>%n тауар</numerusform><numerusform>%n тауар</numerusform></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Тауар қосу</translation>
    </message>
    <message>
        <source>Add a goods item (Ctrl+Shift+N)</source>
        <translation>Тауар қосу (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Duplicate item</source>
        <translation>Тауарды көшіру</translation>
    </message>
    <message>
        <source>Remove items</source>
        <translation>Тауарларды жою</translation>
    </message>
    <message>
        <source>44  Documents</source>
        <translation>44  Құжаттар</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>Құжат қосу</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Құжатты жою</translation>
    </message>
    <message>
        <source>47  Calculation of payments</source>
        <translation>47  Төлемдерді есептеу</translation>
    </message>
    <message>
        <source>Add payment line</source>
        <translation>Төлем жолын қосу</translation>
    </message>
    <message>
        <source>Remove payment line</source>
        <translation>Төлем жолын жою</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kedendesk — customs declarations</source>
        <translation>Kedendesk — кедендік декларациялар</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Декларациялар</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Жұмыс аймағы</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;New declaration</source>
        <translation>&amp;Жаңа декларация</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>&amp;Себетке жіберу</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>JSON-нан &amp;импорттау…</translation>
    </message>
    <message>
        <source>&amp;Export to JSON…</source>
        <translation>JSON-ға &amp;экспорттау…</translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation>Қазір &amp;сақтау</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>Қойындыны &amp;жабу</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Find declarations</source>
        <translation>Декларацияларды &amp;іздеу</translation>
    </message>
    <message>
        <source>&amp;Clients…</source>
        <translation>&amp;Клиенттер…</translation>
    </message>
    <message>
        <source>T&amp;rash…</source>
        <translation>&amp;Себет…</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Келесі қойынды</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Алдыңғы қойынды</translation>
    </message>
    <message>
        <source>&amp;About Kedendesk</source>
        <translation>Kedendesk &amp;туралы</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Жұмыс аймағы: %1</translation>
    </message>
    <message>
        <source>New declaration</source>
        <translation>Жаңа декларация</translation>
    </message>
    <message>
        <source>Add the company you file for first.</source>
        <translation>Алдымен өзіңіз декларациялайтын компанияны қосыңыз.</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <source>(no LRN)</source>
        <translation>(LRN жоқ)</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n declaration(s) to the trash (Workspace → Trash restores)</source>
        <translation><numerusform>%n декларация себетке жіберілді (қалпына келтіру: Жұмыс аймағы → Себет)</numerusform><numerusform>%n декларация себетке жіберілді (қалпына келтіру: Жұмыс аймағы → Себет)</numerusform></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <source>The declaration %1 could not be saved: %2</source>
        <translation>%1 декларациясы сақталмады: %2</translation>
    </message>
    <message>
        <source>Import a declaration</source>
        <translation>Декларацияны импорттау</translation>
    </message>
    <message>
        <source>Declarations (*.json)</source>
        <translation>Декларациялар (*.json)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>%1 is not a declaration file; nothing was imported.

%2</source>
        <translation>%1 декларация файлы емес; ештеңе импортталмады.

%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 оқылмады: %2</translation>
    </message>
    <message>
        <source>Export a declaration</source>
        <translation>Декларацияны экспорттау</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>The translation for %1 is not built (run make translations).</source>
        <translation>%1 аудармасы жиналмаған (make translations орындаңыз).</translation>
    </message>
    <message>
        <source>About Kedendesk</source>
        <translation>Kedendesk туралы</translation>
    </message>
    <message>
        <source>Kedendesk %1
A workbench for customs declarations in Kazakhstan and the EAEU.</source>
        <translation>Kedendesk %1
Қазақстан мен ЕАЭО-ға арналған декларант жұмыс орны.</translation>
    </message>
</context>
<context>
    <name>Statuses</name>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Себет</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Біржола жою</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n declaration(s) and all their revisions for good?</source>
        <translation><numerusform>%n декларацияны барлық нұсқаларымен біржола жою керек пе?</numerusform><numerusform>%n декларацияны барлық нұсқаларымен біржола жою керек пе?</numerusform></translation>
    </message>
</context>
</TS>

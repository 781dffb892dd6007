<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ClientsDialog</name>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Save client</source>
        <translation>Сохранить клиента</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>BIN / IIN</source>
        <translation>БИН / ИИН</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>This is not a valid BIN or IIN (check the digits)</source>
        <translation>Это не действительный БИН или ИИН (проверьте цифры)</translation>
    </message>
</context>
<context>
    <name>CodeField</name>
    <message>
        <source>Not in the code list</source>
        <translation>Нет в классификаторе</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Действует по</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Платёж</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Основа</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Ставка</translation>
    </message>
    <message>
        <source>Rate type</source>
        <translation>Вид ставки</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>СП</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>33 Code</source>
        <translation>33 Код</translation>
    </message>
    <message>
        <source>31 Description</source>
        <translation>31 Описание</translation>
    </message>
    <message>
        <source>34 Origin</source>
        <translation>34 Происх.</translation>
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
        <translation>42 Цена</translation>
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
        <translation>Статус</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Товаров</translation>
    </message>
    <message>
        <source>Invoice total</source>
        <translation>Сумма по счёту</translation>
    </message>
    <message>
        <source>Customs value, KZT</source>
        <translation>Таможенная стоимость, тенге</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Изменена</translation>
    </message>
</context>
<context>
    <name>DeclarationsPage</name>
    <message numerus="yes">
        <source>%n declaration(s)</source>
        <translation><numerusform>%n декларация</numerusform><numerusform>%n декларации</numerusform><numerusform>%n деклараций</numerusform></translation>
    </message>
    <message>
        <source>Filter by LRN, client, declarant, procedure (Ctrl+F)</source>
        <translation>Поиск по LRN, клиенту, декларанту, процедуре (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Saved at %1 (revision %2)</source>
        <translation>Сохранено в %1 (версия %2)</translation>
    </message>
    <message>
        <source>All changes are saved automatically</source>
        <translation>Все изменения сохраняются автоматически</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Декларация</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Countries and transport</source>
        <translation>Страны и транспорт</translation>
    </message>
    <message>
        <source>Terms and currency</source>
        <translation>Условия и валюта</translation>
    </message>
    <message>
        <source>Goods location</source>
        <translation>Местонахождение товаров</translation>
    </message>
    <message>
        <source>Representative, box 54</source>
        <translation>Представитель, графа 54</translation>
    </message>
    <message>
        <source>Goods items</source>
        <translation>Товары</translation>
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
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <source>Same as box 14</source>
        <translation>Совпадает с графой 14</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>BIN / IIN</source>
        <translation>БИН / ИИН</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>LRN (your reference)</source>
        <translation>LRN (ваш номер)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Customs procedure</source>
        <translation>Таможенная процедура</translation>
    </message>
    <message>
        <source>Electronic declaration</source>
        <translation>Электронная декларация</translation>
    </message>
    <message>
        <source>Form sheet</source>
        <translation>Лист формы</translation>
    </message>
    <message>
        <source>Forms in total</source>
        <translation>Всего листов</translation>
    </message>
    <message>
        <source>Total items</source>
        <translation>Всего товаров</translation>
    </message>
    <message>
        <source>Total packages</source>
        <translation>Всего мест</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Справочный номер</translation>
    </message>
    <message>
        <source>Total customs value, KZT</source>
        <translation>Общая таможенная стоимость, тенге</translation>
    </message>
    <message>
        <source>Trading country</source>
        <translation>Торгующая страна</translation>
    </message>
    <message>
        <source>Country of dispatch</source>
        <translation>Страна отправления</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Страна происхождения</translation>
    </message>
    <message>
        <source>Country of destination</source>
        <translation>Страна назначения</translation>
    </message>
    <message>
        <source>Means of transport: number</source>
        <translation>Транспортные средства: количество</translation>
    </message>
    <message>
        <source>Means of transport: plates, vessel, wagons</source>
        <translation>Транспортные средства: номера, судно, вагоны</translation>
    </message>
    <message>
        <source>Means of transport: country of registration</source>
        <translation>Транспортные средства: страна регистрации</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Контейнер</translation>
    </message>
    <message>
        <source>Active means of transport at the border</source>
        <translation>Активное транспортное средство на границе</translation>
    </message>
    <message>
        <source>Its country of registration</source>
        <translation>Страна его регистрации</translation>
    </message>
    <message>
        <source>Mode of transport at the border</source>
        <translation>Вид транспорта на границе</translation>
    </message>
    <message>
        <source>Inland mode of transport</source>
        <translation>Вид транспорта внутри страны</translation>
    </message>
    <message>
        <source>Customs office of entry/exit</source>
        <translation>Таможенный орган въезда/выезда</translation>
    </message>
    <message>
        <source>Customs office name</source>
        <translation>Наименование таможенного органа</translation>
    </message>
    <message>
        <source>Delivery terms</source>
        <translation>Условия поставки</translation>
    </message>
    <message>
        <source>Named place</source>
        <translation>Географический пункт</translation>
    </message>
    <message>
        <source>Invoice currency</source>
        <translation>Валюта договора</translation>
    </message>
    <message>
        <source>Total invoiced amount</source>
        <translation>Общая сумма по счёту</translation>
    </message>
    <message>
        <source>Exchange rate, KZT</source>
        <translation>Курс валюты, тенге</translation>
    </message>
    <message>
        <source>Nature of transaction</source>
        <translation>Характер сделки</translation>
    </message>
    <message>
        <source>Transaction feature</source>
        <translation>Особенность сделки</translation>
    </message>
    <message>
        <source>Type of location</source>
        <translation>Вид места</translation>
    </message>
    <message>
        <source>Customs office</source>
        <translation>Таможенный орган</translation>
    </message>
    <message>
        <source>Warehouse licence or register entry</source>
        <translation>Свидетельство склада или номер в реестре</translation>
    </message>
    <message>
        <source>Customs representative</source>
        <translation>Таможенный представитель</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>Entry in the register of customs representatives</source>
        <translation>Номер в реестре таможенных представителей</translation>
    </message>
    <message>
        <source>Contract with the declarant: number</source>
        <translation>Договор с декларантом: номер</translation>
    </message>
    <message>
        <source>Contract with the declarant: date</source>
        <translation>Договор с декларантом: дата</translation>
    </message>
    <message>
        <source>Filled in by</source>
        <translation>Кто заполнил</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Документ, удостоверяющий личность</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Производитель</translation>
    </message>
    <message>
        <source>Trademark</source>
        <translation>Товарный знак</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Количество мест</translation>
    </message>
    <message>
        <source>Kind of packages</source>
        <translation>Вид упаковки</translation>
    </message>
    <message>
        <source>Container numbers</source>
        <translation>Номера контейнеров</translation>
    </message>
    <message>
        <source>Commodity code</source>
        <translation>Код товара</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Преференция</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Процедура</translation>
    </message>
    <message>
        <source>Previous procedure</source>
        <translation>Предшествующая процедура</translation>
    </message>
    <message>
        <source>Movement feature</source>
        <translation>Особенность перемещения</translation>
    </message>
    <message>
        <source>Previous document</source>
        <translation>Предшествующий документ</translation>
    </message>
    <message>
        <source>Valuation method</source>
        <translation>Метод определения таможенной стоимости</translation>
    </message>
    <message>
        <source>Gross mass, kg</source>
        <translation>Вес брутто, кг</translation>
    </message>
    <message>
        <source>Net mass, kg</source>
        <translation>Вес нетто, кг</translation>
    </message>
    <message>
        <source>Quota quantity</source>
        <translation>Количество по квоте</translation>
    </message>
    <message>
        <source>Quota unit</source>
        <translation>Единица квоты</translation>
    </message>
    <message>
        <source>Supplementary units</source>
        <translation>Дополнительные единицы</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица измерения</translation>
    </message>
    <message>
        <source>Item price</source>
        <translation>Цена товара</translation>
    </message>
    <message>
        <source>Customs value, KZT</source>
        <translation>Таможенная стоимость, тенге</translation>
    </message>
    <message>
        <source>Statistical value, USD</source>
        <translation>Статистическая стоимость, долл. США</translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <source>2  Consignor / exporter</source>
        <translation>2  Отправитель / экспортёр</translation>
    </message>
    <message>
        <source>14  Declarant</source>
        <translation>14  Декларант</translation>
    </message>
    <message>
        <source>8  Consignee</source>
        <translation>8  Получатель</translation>
    </message>
    <message>
        <source>9  Responsible for financial settlement</source>
        <translation>9  Лицо, ответственное за финансовое урегулирование</translation>
    </message>
    <message>
        <source>Customs representative</source>
        <translation>Таможенный представитель</translation>
    </message>
    <message>
        <source>54  Place, date, who filled it in</source>
        <translation>54  Место, дата, кто заполнил</translation>
    </message>
    <message>
        <source>Goods (box 31)</source>
        <translation>Товары (графа 31)</translation>
    </message>
    <message>
        <source>Classification and procedure</source>
        <translation>Классификация и процедура</translation>
    </message>
    <message>
        <source>Quantities and value</source>
        <translation>Количество и стоимость</translation>
    </message>
</context>
<context>
    <name>ItemsPanel</name>
    <message numerus="yes">
        <source>%n goods item(s)</source>
        <translation><numerusform>%n товар</numerusform><numerusform>%n товара</numerusform><numerusform>%n товаров</numerusform></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Добавить товар</translation>
    </message>
    <message>
        <source>Add a goods item (Ctrl+Shift+N)</source>
        <translation>Добавить товар (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Duplicate item</source>
        <translation>Копировать товар</translation>
    </message>
    <message>
        <source>Remove items</source>
        <translation>Удалить товары</translation>
    </message>
    <message>
        <source>44  Documents</source>
        <translation>44  Документы</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>Добавить документ</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Удалить документ</translation>
    </message>
    <message>
        <source>47  Calculation of payments</source>
        <translation>47  Исчисление платежей</translation>
    </message>
    <message>
        <source>Add payment line</source>
        <translation>Добавить строку платежа</translation>
    </message>
    <message>
        <source>Remove payment line</source>
        <translation>Удалить строку платежа</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kedendesk — customs declarations</source>
        <translation>Kedendesk — таможенные декларации</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Декларации</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Рабочая область</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;New declaration</source>
        <translation>&amp;Новая декларация</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>В &amp;корзину</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>&amp;Импорт из JSON…</translation>
    </message>
    <message>
        <source>&amp;Export to JSON…</source>
        <translation>&amp;Экспорт в JSON…</translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation>&amp;Сохранить сейчас</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Закрыть вкладку</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Find declarations</source>
        <translation>&amp;Найти декларации</translation>
    </message>
    <message>
        <source>&amp;Clients…</source>
        <translation>&amp;Клиенты…</translation>
    </message>
    <message>
        <source>T&amp;rash…</source>
        <translation>Кор&amp;зина…</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Следующая вкладка</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Предыдущая вкладка</translation>
    </message>
    <message>
        <source>&amp;About Kedendesk</source>
        <translation>&amp;О программе Kedendesk</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Рабочая область: %1</translation>
    </message>
    <message>
        <source>New declaration</source>
        <translation>Новая декларация</translation>
    </message>
    <message>
        <source>Add the company you file for first.</source>
        <translation>Сначала добавьте компанию, за которую вы декларируете.</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <source>(no LRN)</source>
        <translation>(без LRN)</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n declaration(s) to the trash (Workspace → Trash restores)</source>
        <translation><numerusform>%n декларация перемещена в корзину (восстановить: Рабочая область → Корзина)</numerusform><numerusform>%n декларации перемещены в корзину (восстановить: Рабочая область → Корзина)</numerusform><numerusform>%n деклараций перемещено в корзину (восстановить: Рабочая область → Корзина)</numerusform></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>The declaration %1 could not be saved: %2</source>
        <translation>Не удалось сохранить декларацию %1: %2</translation>
    </message>
    <message>
        <source>Import a declaration</source>
        <translation>Импорт декларации</translation>
    </message>
    <message>
        <source>Declarations (*.json)</source>
        <translation>Декларации (*.json)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>%1 is not a declaration file; nothing was imported.

%2</source>
        <translation>%1 не является файлом декларации; ничего не импортировано.

%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>Export a declaration</source>
        <translation>Экспорт декларации</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The translation for %1 is not built (run make translations).</source>
        <translation>Перевод для %1 не собран (выполните make translations).</translation>
    </message>
    <message>
        <source>About Kedendesk</source>
        <translation>О программе Kedendesk</translation>
    </message>
    <message>
        <source>Kedendesk %1
A workbench for customs declarations in Kazakhstan and the EAEU.</source>
        <translation>Kedendesk %1
Рабочее место декларанта для Казахстана и ЕАЭС.</translation>
    </message>
</context>
<context>
    <name>Statuses</name>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Удалить навсегда</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n declaration(s) and all their revisions for good?</source>
        <translation><numerusform>Удалить навсегда %n декларацию со всеми версиями?</numerusform><numerusform>Удалить навсегда %n декларации со всеми версиями?</numerusform><numerusform>Удалить навсегда %n деклараций со всеми версиями?</numerusform></translation>
    </message>
</context>
</TS>

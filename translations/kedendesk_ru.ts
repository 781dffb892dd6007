<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AddKeyDialog</name>
    <message>
        <source>Add a signing key</source>
        <translation>Добавить ключ подписи</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Remember the password (in the system keyring)</source>
        <translation>Запомнить пароль (в хранилище паролей системы)</translation>
    </message>
    <message>
        <source>Keep a copy of the key file in the workspace (else only its location)</source>
        <translation>Хранить копию файла ключа в рабочей области (иначе только его расположение)</translation>
    </message>
</context>
<context>
    <name>AnalyticsDialog</name>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Commodity chapter</source>
        <translation>Группа ТН ВЭД</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <source>From your own declarations only: what happened, not a forecast of customs' risk profiles. Times run from the gateway's acknowledgement to the release.</source>
        <translation>Только по вашим декларациям: что произошло, а не прогноз профилей риска таможни. Время — от подтверждения шлюзом до выпуска.</translation>
    </message>
    <message>
        <source>&amp;Export the table to XLSX…</source>
        <translation>&amp;Экспорт таблицы в XLSX…</translation>
    </message>
    <message>
        <source>&amp;Billing report to XLSX…</source>
        <translation>&amp;Отчёт для счетов в XLSX…</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>&amp;Разрез</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>&amp;Клиент</translation>
    </message>
    <message>
        <source>Analytics of your declarations</source>
        <translation>Аналитика ваших деклараций</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message numerus="yes">
        <source>%n declaration(s) submitted</source>
        <translation>
            <numerusform>%n декларация подана</numerusform>
            <numerusform>%n декларации поданы</numerusform>
            <numerusform>%n деклараций подано</numerusform>
        </translation>
    </message>
    <message>
        <source>Not counted: %1</source>
        <translation>Не подсчитано: %1</translation>
    </message>
    <message>
        <source>Minutes to release: median</source>
        <translation>Минут до выпуска: медиана</translation>
    </message>
    <message>
        <source>90th percentile, minutes</source>
        <translation>90-й процентиль, минут</translation>
    </message>
    <message>
        <source>Export to XLSX</source>
        <translation>Экспорт в XLSX</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Таблицы (*.xlsx)</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Записано в %1.</translation>
    </message>
    <message>
        <source>Billing report</source>
        <translation>Отчёт для счетов</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Деклараций</translation>
    </message>
    <message>
        <source>Goods items</source>
        <translation>Товаров</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer customs</source>
        <translation>Ответ таможне</translation>
    </message>
    <message>
        <source>Customs asks for: %1</source>
        <translation>Таможня запрашивает: %1</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>Приложить файл…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>empty: the remembered password</source>
        <translation>пусто: сохранённый пароль</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Приложить файлы</translation>
    </message>
    <message>
        <source>No signing key: add one under Workspace → Keys.</source>
        <translation>Нет ключа подписи: добавьте его в Рабочая область → Ключи подписи.</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Подписание…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>This workspace is open in another Kedendesk (process %1 on %2, since %3).

You can work in both: a declaration saved in both windows becomes a conflict you resolve, and nothing is overwritten. Open it here as well?</source>
        <translation>Эта рабочая область открыта в другом Kedendesk (процесс %1 на %2, с %3).

Можно работать в обоих: декларация, сохранённая в двух окнах, становится конфликтом, который вы разрешаете, и ничего не перезаписывается. Открыть её и здесь?</translation>
    </message>
    <message>
        <source>Open here as well</source>
        <translation>Открыть и здесь</translation>
    </message>
    <message>
        <source>The team server does not answer:
%1

Nothing on it is lost. Open this desk's own workspace instead, or quit and try again when the server is back?</source>
        <translation>Сервер общего рабочего пространства не отвечает:
%1

Ничего на нём не потеряно. Открыть вместо него собственное рабочее пространство этого места или выйти и попробовать снова, когда сервер заработает?</translation>
    </message>
    <message>
        <source>Open this desk's own workspace</source>
        <translation>Открыть собственное пространство этого места</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Создать копию сейчас</translation>
    </message>
    <message>
        <source>&amp;Restore the selected…</source>
        <translation>&amp;Восстановить выбранную…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>Восстановить из &amp;файла…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>&amp;Keep the daily backups for</source>
        <translation>&amp;Хранить ежедневные копии</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>В %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Создание копии…</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Копия создана: %1.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановление из копии</translation>
    </message>
    <message>
        <source>Kedendesk backups (*.zip)</source>
        <translation>Копии Kedendesk (*.zip)</translation>
    </message>
    <message>
        <source>Choose a backup in the list.</source>
        <translation>Выберите копию в списке.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>The workspace becomes what %1 holds. What is there now is backed up first, and the open declarations are closed. Restore?</source>
        <translation>Рабочая область станет такой, как в %1. Текущее состояние сначала будет сохранено в копию, открытые декларации будут закрыты. Восстановить?</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Восстановление…</translation>
    </message>
    <message>
        <source>Restored. What was there before is in %1.</source>
        <translation>Восстановлено. Прежнее состояние — в %1.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Ничего не изменено: %1</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>daily, automatic</source>
        <translation>ежедневная, автоматическая</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>создана вручную</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 КиБ</translation>
    </message>
</context>
<context>
    <name>Boxes</name>
    <message>
        <source>Box A: the registration number customs gives the declaration (office code / date / number). You do not fill it in.</source>
        <translation>Графа A: регистрационный номер, который таможня присваивает декларации (код поста / дата / номер). Не заполняется декларантом.</translation>
    </message>
    <message>
        <source>Box 1: the declaration type: direction (ИМ import, ЭК export), the customs procedure code and ЭД for an electronic declaration.</source>
        <translation>Графа 1: тип декларации: направление (ИМ — импорт, ЭК — экспорт), код таможенной процедуры и ЭД для электронной декларации.</translation>
    </message>
    <message>
        <source>Box 2: the consignor or exporter: name, address and country; a person of the EAEU also with their BIN or IIN.</source>
        <translation>Графа 2: отправитель или экспортёр: наименование, адрес и страна; лицо ЕАЭС также с БИН или ИИН.</translation>
    </message>
    <message>
        <source>Box 3: the sheet of the form and how many sheets the declaration has.</source>
        <translation>Графа 3: номер листа формы и общее число листов декларации.</translation>
    </message>
    <message>
        <source>Box 5: how many goods items the declaration has (1 to 999).</source>
        <translation>Графа 5: количество товаров в декларации (от 1 до 999).</translation>
    </message>
    <message>
        <source>Box 6: the total number of packages of all goods items.</source>
        <translation>Графа 6: общее количество грузовых мест всех товаров.</translation>
    </message>
    <message>
        <source>Box 7: the reference number: the declaration's feature code from the classifier.</source>
        <translation>Графа 7: справочный номер: код особенности декларирования из классификатора.</translation>
    </message>
    <message>
        <source>Box 8: the consignee: who receives the goods (or the same as box 14).</source>
        <translation>Графа 8: получатель: кто получает товары (или то же, что в графе 14).</translation>
    </message>
    <message>
        <source>Box 9: the person responsible for financial settlement (or the same as box 14).</source>
        <translation>Графа 9: лицо, ответственное за финансовое урегулирование (или то же, что в графе 14).</translation>
    </message>
    <message>
        <source>Box 11: the trading country: where the counterparty of the deal is.</source>
        <translation>Графа 11: торгующая страна: страна контрагента по сделке.</translation>
    </message>
    <message>
        <source>Box 12: the total customs value: the sum of box 45 of all items, in tenge.</source>
        <translation>Графа 12: общая таможенная стоимость: сумма граф 45 всех товаров, в тенге.</translation>
    </message>
    <message>
        <source>Box 14: the declarant: who declares the goods, with BIN or IIN; and the customs representative if one files.</source>
        <translation>Графа 14: декларант: кто декларирует товары, с БИН или ИИН; и таможенный представитель, если подаёт он.</translation>
    </message>
    <message>
        <source>Box 15a: the country of dispatch: where the goods were sent from.</source>
        <translation>Графа 15a: страна отправления: откуда отправлены товары.</translation>
    </message>
    <message>
        <source>Box 16: the country of origin of all goods, or "various" or "unknown".</source>
        <translation>Графа 16: страна происхождения всех товаров, или «разные», или «неизвестна».</translation>
    </message>
    <message>
        <source>Box 17a: the country of destination: where the goods are going.</source>
        <translation>Графа 17a: страна назначения: куда направляются товары.</translation>
    </message>
    <message>
        <source>Box 18: the means of transport at departure or arrival: how many, their numbers and country of registration.</source>
        <translation>Графа 18: транспортные средства при отправлении или прибытии: количество, номера и страна регистрации.</translation>
    </message>
    <message>
        <source>Box 19: whether the goods travel in containers (1) or not (0).</source>
        <translation>Графа 19: перевозятся ли товары в контейнерах (1) или нет (0).</translation>
    </message>
    <message>
        <source>Box 20: the delivery terms: the Incoterms code and the named place.</source>
        <translation>Графа 20: условия поставки: код Инкотермс и названный пункт.</translation>
    </message>
    <message>
        <source>Box 21: the active means of transport crossing the border: its number and country.</source>
        <translation>Графа 21: активное транспортное средство на границе: номер и страна.</translation>
    </message>
    <message>
        <source>Box 22: the invoice currency and the total invoiced amount.</source>
        <translation>Графа 22: валюта счёта и общая сумма по счёту.</translation>
    </message>
    <message>
        <source>Box 23: the exchange rate of box 22's currency to the tenge on the declaration's date.</source>
        <translation>Графа 23: курс валюты графы 22 к тенге на дату декларации.</translation>
    </message>
    <message>
        <source>Box 24: the nature of the transaction: its code and feature code.</source>
        <translation>Графа 24: характер сделки: код и код особенности.</translation>
    </message>
    <message>
        <source>Box 25: the mode of transport at the border.</source>
        <translation>Графа 25: вид транспорта на границе.</translation>
    </message>
    <message>
        <source>Box 26: the mode of transport inside the country.</source>
        <translation>Графа 26: вид транспорта внутри страны.</translation>
    </message>
    <message>
        <source>Box 29: the customs office of entry or exit.</source>
        <translation>Графа 29: таможенный орган въезда или выезда.</translation>
    </message>
    <message>
        <source>Box 30: where the goods are: the location type, customs office, warehouse licence and address.</source>
        <translation>Графа 30: местонахождение товаров: тип места, таможенный пост, лицензия склада и адрес.</translation>
    </message>
    <message>
        <source>Box 31: the goods and their packages: description, manufacturer, trademark, model, packaging and containers.</source>
        <translation>Графа 31: товары и грузовые места: описание, производитель, товарный знак, модель, упаковка и контейнеры.</translation>
    </message>
    <message>
        <source>Box 33: the commodity code: 10 digits of the EAEU commodity nomenclature (F4 finds it).</source>
        <translation>Графа 33: код товара: 10 цифр ТН ВЭД ЕАЭС (F4 — поиск по номенклатуре).</translation>
    </message>
    <message>
        <source>Box 34: the country of origin of this item.</source>
        <translation>Графа 34: страна происхождения этого товара.</translation>
    </message>
    <message>
        <source>Box 35: the gross mass of the item in kilograms, packaging included.</source>
        <translation>Графа 35: вес брутто товара в килограммах, с упаковкой.</translation>
    </message>
    <message>
        <source>Box 36: the preferences: four codes for fees, duty, excise and VAT.</source>
        <translation>Графа 36: преференции: четыре кода — сборы, пошлина, акциз и НДС.</translation>
    </message>
    <message>
        <source>Box 37: the procedure: the declared one, the previous one and the movement feature.</source>
        <translation>Графа 37: процедура: заявляемая, предшествующая и особенность перемещения.</translation>
    </message>
    <message>
        <source>Box 38: the net mass of the item in kilograms, without packaging; never more than the gross mass.</source>
        <translation>Графа 38: вес нетто товара в килограммах, без упаковки; не больше брутто.</translation>
    </message>
    <message>
        <source>Box 39: the quota the goods are counted against, if any.</source>
        <translation>Графа 39: квота, в счёт которой ввозится товар, если есть.</translation>
    </message>
    <message>
        <source>Box 40: the previous document, such as a transit declaration or temporary storage.</source>
        <translation>Графа 40: предшествующий документ, например транзитная декларация или временное хранение.</translation>
    </message>
    <message>
        <source>Box 41: the quantity in the supplementary unit the commodity code requires.</source>
        <translation>Графа 41: количество в дополнительной единице измерения, которую требует код товара.</translation>
    </message>
    <message>
        <source>Box 42: the item's price on the invoice, in box 22's currency.</source>
        <translation>Графа 42: цена товара по счёту, в валюте графы 22.</translation>
    </message>
    <message>
        <source>Box 43: the customs valuation method (1 to 6).</source>
        <translation>Графа 43: метод определения таможенной стоимости (от 1 до 6).</translation>
    </message>
    <message>
        <source>Box 44: the documents: type code, number, date and validity of each.</source>
        <translation>Графа 44: документы: код вида, номер, дата и срок действия каждого.</translation>
    </message>
    <message>
        <source>Box 45: the customs value of the item in tenge.</source>
        <translation>Графа 45: таможенная стоимость товара в тенге.</translation>
    </message>
    <message>
        <source>Box 46: the statistical value of the item in US dollars.</source>
        <translation>Графа 46: статистическая стоимость товара в долларах США.</translation>
    </message>
    <message>
        <source>Box 47: the payments: for each, its type, base, rate, amount and payment feature.</source>
        <translation>Графа 47: платежи: по каждому вид, основа начисления, ставка, сумма и особенность уплаты.</translation>
    </message>
    <message>
        <source>Box 54: who filled in the declaration, where and when: name, identity document, phone, position; a representative's register entry and contract.</source>
        <translation>Графа 54: кто, где и когда заполнил декларацию: ФИО, документ, телефон, должность; номер представителя в реестре и договор.</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Stopping after the current declaration…</source>
        <translation>Остановка после текущей декларации…</translation>
    </message>
    <message>
        <source>%1 done, %2 not.</source>
        <translation>Выполнено: %1, не выполнено: %2.</translation>
    </message>
    <message>
        <source>Cancelled: the rest were not touched.</source>
        <translation>Отменено: остальные не затронуты.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Остановлено: %1</translation>
    </message>
</context>
<context>
    <name>BulkModel</name>
    <message>
        <source>%1 error(s) in the checks: open it to fix them</source>
        <translation>ошибок в проверках: %1 — откройте декларацию, чтобы исправить</translation>
    </message>
    <message>
        <source>not a draft (signed already)</source>
        <translation>не черновик (уже подписана)</translation>
    </message>
    <message>
        <source>the key signs as representative, and papers are missing: %1</source>
        <translation>ключ подписывает от имени представителя, а не хватает документов: %1</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>ещё не подписана</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>ошибка: %1</translation>
    </message>
    <message>
        <source>LRN</source>
        <translation>LRN</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>done</source>
        <translation>готово</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Product catalogue</source>
        <translation>Каталог товаров</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Клиент</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>Article, name, code, manufacturer</source>
        <translation>Артикул, наименование, код, изготовитель</translation>
    </message>
    <message>
        <source>&amp;Remove product</source>
        <translation>&amp;Удалить товар</translation>
    </message>
    <message>
        <source>The next import asks about it again (Delete)</source>
        <translation>При следующем импорте о нём спросят снова (Delete)</translation>
    </message>
    <message>
        <source>Add a client first.</source>
        <translation>Сначала добавьте клиента.</translation>
    </message>
    <message>
        <source>Reading the catalogue…</source>
        <translation>Чтение каталога…</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s). Learnt from signed declarations; type to correct.</source>
        <translation>
            <numerusform>%n товар. Из подписанных деклараций; исправляйте прямо в таблице.</numerusform>
            <numerusform>%n товара. Из подписанных деклараций; исправляйте прямо в таблице.</numerusform>
            <numerusform>%n товаров. Из подписанных деклараций; исправляйте прямо в таблице.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>A commodity code is 10 digits, not “%1”.</source>
        <translation>Код товара — 10 цифр, а не «%1».</translation>
    </message>
    <message>
        <source>A country is two letters (CN, KZ), not “%1”.</source>
        <translation>Страна — две буквы (CN, KZ), а не «%1».</translation>
    </message>
    <message>
        <source>A unit is a 3-digit code (796, 166), not “%1”.</source>
        <translation>Единица — трёхзначный код (796, 166), а не «%1».</translation>
    </message>
    <message>
        <source>“%1” removed.</source>
        <translation>«%1» удалён.</translation>
    </message>
    <message>
        <source>The catalogue could not be changed: %1</source>
        <translation>Не удалось изменить каталог: %1</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>Article or name</source>
        <translation>Артикул или наименование</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>33 Code</source>
        <translation>33 Код</translation>
    </message>
    <message>
        <source>34 Origin</source>
        <translation>34 Происхождение</translation>
    </message>
    <message>
        <source>41 Unit</source>
        <translation>41 Ед. изм.</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Изготовитель</translation>
    </message>
    <message>
        <source>36 Preference</source>
        <translation>36 Преференция</translation>
    </message>
    <message>
        <source>Learnt from</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>ClientsDialog</name>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Street, house</source>
        <translation>Улица, дом</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Show archived clients</source>
        <translation>Показать клиентов в архиве</translation>
    </message>
    <message>
        <source>&amp;New client</source>
        <translation>&amp;Новый клиент</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Организационно-правовая форма</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Наименование на казахском</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Наименование на английском</translation>
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
        <source>Add power of attorney</source>
        <translation>Добавить доверенность</translation>
    </message>
    <message>
        <source>Remove power of attorney</source>
        <translation>Удалить доверенность</translation>
    </message>
    <message>
        <source>Contract with the customs representative (11002)</source>
        <translation>Договор с таможенным представителем (11002)</translation>
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
        <source>Valid to</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Powers of attorney</source>
        <translation>Доверенности</translation>
    </message>
    <message>
        <source>Box 8: the consignee is the declarant</source>
        <translation>Графа 8: получатель — декларант</translation>
    </message>
    <message>
        <source>Box 9: the financial party is the declarant</source>
        <translation>Графа 9: ответственный за финансовое урегулирование — декларант</translation>
    </message>
    <message>
        <source>Box 54: filled in by</source>
        <translation>Графа 54: заполнил</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Suppliers (box 2), one a line</source>
        <translation>Поставщики (графа 2), по одному в строке</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Добавить контакт</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Удалить контакт</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Contract and powers</source>
        <translation>Договор и доверенности</translation>
    </message>
    <message>
        <source>New declarations</source>
        <translation>Новые декларации</translation>
    </message>
    <message>
        <source>&amp;Save client</source>
        <translation>&amp;Сохранить клиента</translation>
    </message>
    <message>
        <source>We file as a customs representative</source>
        <translation>Мы декларируем как таможенный представитель</translation>
    </message>
    <message>
        <source>Our company</source>
        <translation>Наша организация</translation>
    </message>
    <message>
        <source>Our BIN</source>
        <translation>Наш БИН</translation>
    </message>
    <message>
        <source>Register entry</source>
        <translation>Номер в реестре</translation>
    </message>
    <message>
        <source>Save our company</source>
        <translation>Сохранить нашу организацию</translation>
    </message>
    <message>
        <source>Only an administrator adds or changes clients and their papers.</source>
        <translation>Добавлять и изменять клиентов и их документы может только администратор.</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (в архиве)</translation>
    </message>
    <message>
        <source>Bring back from the archive</source>
        <translation>Вернуть из архива</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>В &amp;архив</translation>
    </message>
    <message>
        <source>This is not a valid BIN or IIN (check the digits)</source>
        <translation>Это не действительный БИН или ИИН (проверьте цифры)</translation>
    </message>
    <message>
        <source>A client needs a name.</source>
        <translation>Укажите наименование клиента.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation>Перемещён в архив.</translation>
    </message>
    <message>
        <source>Back from the archive.</source>
        <translation>Возвращён из архива.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Our company saved.</source>
        <translation>Наша организация сохранена.</translation>
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
        <source>Its name</source>
        <translation>Наименование</translation>
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
        <source>Who may act</source>
        <translation>Кто действует</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Кем выдана</translation>
    </message>
    <message>
        <source>For what</source>
        <translation>Полномочия</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
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
        <source>Issued in</source>
        <translation>Страна выдачи</translation>
    </message>
    <message>
        <source>Presented</source>
        <translation>Представление</translation>
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
        <source>Rate currency</source>
        <translation>Валюта ставки</translation>
    </message>
    <message>
        <source>Per unit</source>
        <translation>За единицу</translation>
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
        <source>Goods</source>
        <translation>Товар</translation>
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
        <source>Article</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Serial / VIN</source>
        <translation>Серийный номер / VIN</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Engine, cm³</source>
        <translation>Двигатель, см³</translation>
    </message>
    <message>
        <source>Package kind</source>
        <translation>Вид упаковки</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Мест</translation>
    </message>
    <message>
        <source>Pallet kind</source>
        <translation>Вид поддона</translation>
    </message>
    <message>
        <source>Pallets</source>
        <translation>Поддонов</translation>
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
        <source>Corridor</source>
        <translation>Коридор</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Since submission</source>
        <translation>С момента подачи</translation>
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
    <name>ConflictPrompt</name>
    <message>
        <source>Saved elsewhere</source>
        <translation>Сохранено в другом месте</translation>
    </message>
    <message>
        <source>Declaration %1 was saved in another window or on another desk while you edited it. Keep your version as a new revision (the other stays in the history), or take the other one?</source>
        <translation>Пока вы редактировали декларацию %1, её сохранили в другом окне или на другом рабочем месте. Сохранить вашу версию как новую редакцию (другая останется в истории) или взять другую?</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить мою</translation>
    </message>
    <message>
        <source>Take the other</source>
        <translation>Взять другую</translation>
    </message>
</context>
<context>
    <name>CustomsActions</name>
    <message>
        <source>Send to customs</source>
        <translation>Отправить в таможню</translation>
    </message>
    <message>
        <source>Not queued: %1</source>
        <translation>Не поставлено в очередь: %1</translation>
    </message>
    <message>
        <source>Withdraw the declaration</source>
        <translation>Отзыв декларации</translation>
    </message>
    <message>
        <source>No signing key yet.</source>
        <translation>Ключа подписи пока нет.</translation>
    </message>
    <message>
        <source>Not withdrawn: %1</source>
        <translation>Не отозвано: %1</translation>
    </message>
    <message>
        <source>The password of your signing key:</source>
        <translation>Пароль ключа подписи:</translation>
    </message>
</context>
<context>
    <name>DeclarationsPage</name>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Drafts and signed</source>
        <translation>Черновики и подписанные</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Ждут отправки</translation>
    </message>
    <message>
        <source>With customs</source>
        <translation>На таможне</translation>
    </message>
    <message>
        <source>Customs awaits you</source>
        <translation>Таможня ждёт ответа</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Выпущены</translation>
    </message>
    <message>
        <source>Refused, rejected, withdrawn</source>
        <translation>Отказ, не зарегистрированы, отозваны</translation>
    </message>
    <message>
        <source>Drafts with errors</source>
        <translation>Черновики с ошибками</translation>
    </message>
    <message>
        <source>Released this week</source>
        <translation>Выпущены за неделю</translation>
    </message>
    <message>
        <source>All corridors</source>
        <translation>Все коридоры</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Зелёный</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Жёлтый</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Красный</translation>
    </message>
    <message numerus="yes">
        <source>%n declaration(s)</source>
        <translation>
            <numerusform>%n декларация</numerusform>
            <numerusform>%n декларации</numerusform>
            <numerusform>%n деклараций</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by LRN, client, declarant, procedure (Ctrl+F)</source>
        <translation>Поиск по LRN, клиенту, декларанту, процедуре (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>DeskActions</name>
    <message>
        <source>No other client to choose.</source>
        <translation>Нет другого клиента для выбора.</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <source>Select declarations in the list first.</source>
        <translation>Сначала выберите декларации в списке.</translation>
    </message>
    <message>
        <source>Check the selected declarations</source>
        <translation>Проверка выбранных деклараций</translation>
    </message>
    <message>
        <source>No signing key yet: add one under Workspace → Keys.</source>
        <translation>Ключа подписи пока нет: добавьте его в разделе Рабочая область → Ключи.</translation>
    </message>
    <message>
        <source>Sign the selected declarations</source>
        <translation>Подписание выбранных деклараций</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Ключ:</translation>
    </message>
    <message numerus="yes">
        <source>Password of the key (asked once for all %n declaration(s)):</source>
        <translation>
            <numerusform>Пароль ключа (один раз для %n декларации):</numerusform>
            <numerusform>Пароль ключа (один раз для всех %n деклараций):</numerusform>
            <numerusform>Пароль ключа (один раз для всех %n деклараций):</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the selected to customs</source>
        <translation>Отправка выбранных в таможню</translation>
    </message>
    <message>
        <source>Export to XLSX</source>
        <translation>Экспорт в XLSX</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Таблицы (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 declarations written to %2.</source>
        <translation>Деклараций записано в %2: %1.</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Не записано: %1</translation>
    </message>
    <message>
        <source>Choose one declaration.</source>
        <translation>Выберите одну декларацию.</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Сохранить как шаблон</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Название шаблона:</translation>
    </message>
    <message>
        <source>Template “%1” saved for %2.</source>
        <translation>Шаблон «%1» сохранён для %2.</translation>
    </message>
    <message>
        <source>New from template</source>
        <translation>Создать по шаблону</translation>
    </message>
    <message>
        <source>%1 has no templates yet: File → Save as template…</source>
        <translation>У %1 пока нет шаблонов: Файл → Сохранить как шаблон…</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Шаблон:</translation>
    </message>
    <message>
        <source>Copy to another client</source>
        <translation>Копировать другому клиенту</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Box 23 filled with the official rate of the declaration date.</source>
        <translation>Графа 23 заполнена официальным курсом на дату декларации.</translation>
    </message>
    <message>
        <source>Filled from the calculation: box %1.</source>
        <translation>Заполнено по расчёту: графа %1.</translation>
    </message>
    <message>
        <source>%1 is editing this declaration since %2. It is read-only here until they close it (or their desk stops answering for two minutes).</source>
        <translation>%1 редактирует эту декларацию с %2. Здесь она только для чтения, пока там её не закроют (или их рабочее место не перестанет отвечать на две минуты).</translation>
    </message>
    <message>
        <source>Signed by %1 (IIN %2) on %3 as %4. Read-only: a change is a new version.</source>
        <translation>Подписано: %1 (ИИН %2), %3, как %4. Только чтение: изменение — это новая версия.</translation>
    </message>
    <message>
        <source>Signed at the desk of %1.</source>
        <translation>Подписано на рабочем месте: %1.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>corridor: %1</source>
        <translation>коридор: %1</translation>
    </message>
    <message>
        <source>registration number %1</source>
        <translation>регистрационный номер %1</translation>
    </message>
    <message>
        <source>customs representative</source>
        <translation>таможенный представитель</translation>
    </message>
    <message>
        <source>declarant</source>
        <translation>декларант</translation>
    </message>
    <message>
        <source>Customs holds the refused LRN; this version is %1.</source>
        <translation>Отклонённый LRN закреплён за таможней; эта версия — %1.</translation>
    </message>
    <message>
        <source>Payment summary</source>
        <translation>Расчёт платежей</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Payment summary written to %1 (%2 page(s)).</source>
        <translation>Расчёт платежей записан в %1 (страниц: %2).</translation>
    </message>
    <message>
        <source>The payment summary was not written: %1</source>
        <translation>Расчёт платежей не записан: %1</translation>
    </message>
    <message>
        <source>The declaration form</source>
        <translation>Бланк декларации</translation>
    </message>
    <message>
        <source>Writing the declaration form…</source>
        <translation>Запись бланка декларации…</translation>
    </message>
    <message numerus="yes">
        <source>The declaration form was written to %1 (%n sheet(s)).</source>
        <translation>
            <numerusform>Бланк декларации записан в %1 (%n лист).</numerusform>
            <numerusform>Бланк декларации записан в %1 (%n листа).</numerusform>
            <numerusform>Бланк декларации записан в %1 (%n листов).</numerusform>
        </translation>
    </message>
    <message>
        <source>The declaration form was not written: %1</source>
        <translation>Бланк декларации не записан: %1</translation>
    </message>
    <message>
        <source>Printing the declaration…</source>
        <translation>Печать декларации…</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) of the declaration sent to the printer.</source>
        <translation>
            <numerusform>%n лист декларации отправлен на принтер.</numerusform>
            <numerusform>%n листа декларации отправлены на принтер.</numerusform>
            <numerusform>%n листов декларации отправлены на принтер.</numerusform>
        </translation>
    </message>
    <message>
        <source>The declaration was not printed: %1</source>
        <translation>Декларация не напечатана: %1</translation>
    </message>
    <message>
        <source>%1 goods items added from %2.</source>
        <translation>Добавлено товаров из %2: %1.</translation>
    </message>
    <message>
        <source>Not saved: saved elsewhere meanwhile</source>
        <translation>Не сохранено: тем временем сохранено в другом месте</translation>
    </message>
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
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <source>Customs</source>
        <translation>Таможня</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Подписать…</translation>
    </message>
    <message>
        <source>Revisions…</source>
        <translation>Редакции…</translation>
    </message>
    <message>
        <source>Sign the declaration with your key (Ctrl+Shift+S)</source>
        <translation>Подписать декларацию своим ключом (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Your role is preparer: a declarant of the team signs and sends it.</source>
        <translation>Ваша роль — подготовитель: подписывает и отправляет декларант команды.</translation>
    </message>
    <message>
        <source>Edit as a new version</source>
        <translation>Изменить как новую версию</translation>
    </message>
    <message>
        <source>Send to customs</source>
        <translation>Отправить в таможню</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Отозвать…</translation>
    </message>
</context>
<context>
    <name>ErrorReports</name>
    <message>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <source>An operation failed: %1

Your work is kept; you can go on. The details are in the log folder:
%2</source>
        <translation>Операция не удалась: %1

Ваша работа сохранена, можно продолжать. Подробности — в папке журнала:
%2</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Открыть папку журнала</translation>
    </message>
</context>
<context>
    <name>EsadExchange</name>
    <message>
        <source>Exported to %1 (EAEU XML, album 5.23.0)</source>
        <translation>Экспортировано в %1 (XML ЕАЭС, альбом 5.23.0)</translation>
    </message>
    <message>
        <source>Not in the file, the album has no place for: %1</source>
        <translation>В файл не вошло (в альбоме для этого нет места): %1</translation>
    </message>
    <message>
        <source>The declaration was not exported: these values do not fit the EAEU XML format. Correct them and export again.

%1</source>
        <translation>Декларация не экспортирована: эти значения не помещаются в формат XML ЕАЭС. Исправьте их и экспортируйте снова.

%1</translation>
    </message>
    <message>
        <source>The declaration was not exported: the customs album in %1 does not accept the file.

%2</source>
        <translation>Декларация не экспортирована: альбом форматов в %1 не принимает файл.

%2</translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation>Не удалось экспортировать: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Box %1</source>
        <translation>Графа %1</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>товар %1</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message>
        <source>EAEU XML album folder</source>
        <translation>Папка альбома XML ЕАЭС</translation>
    </message>
    <message>
        <source>Exports are validated against the customs album in %1.</source>
        <translation>Экспортные файлы проверяются по альбому форматов в %1.</translation>
    </message>
    <message>
        <source>No album folder is set: exports follow the album's rules Kedendesk knows, but are not validated against its XSD files.</source>
        <translation>Папка альбома не задана: экспортные файлы следуют известным Kedendesk правилам альбома, но не проверяются по его файлам XSD.</translation>
    </message>
    <message>
        <source>The album of formats (ESADout_CU.xsd and the files it imports) is published by customs; Kedendesk does not ship it.</source>
        <translation>Альбом форматов (ESADout_CU.xsd и импортируемые им файлы) публикует таможня; Kedendesk его не поставляет.</translation>
    </message>
    <message>
        <source>&amp;Choose a folder…</source>
        <translation>&amp;Выбрать папку…</translation>
    </message>
    <message>
        <source>&amp;Forget it</source>
        <translation>&amp;Забыть</translation>
    </message>
    <message>
        <source>The folder of ESADout_CU.xsd</source>
        <translation>Папка с ESADout_CU.xsd</translation>
    </message>
    <message>
        <source>Exports are no longer validated against an album.</source>
        <translation>Экспортные файлы больше не проверяются по альбому.</translation>
    </message>
    <message>
        <source>Reading the album in %1…</source>
        <translation>Чтение альбома в %1…</translation>
    </message>
    <message>
        <source>Album %1 found: exports are validated against it.</source>
        <translation>Найден альбом %1: экспортные файлы проверяются по нему.</translation>
    </message>
    <message>
        <source>This folder holds no readable customs album: %1</source>
        <translation>В этой папке нет читаемого альбома форматов: %1</translation>
    </message>
</context>
<context>
    <name>EsadImportDialog</name>
    <message>
        <source>Import an EAEU XML declaration</source>
        <translation>Импорт декларации XML ЕАЭС</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>Альбом</translation>
    </message>
    <message>
        <source>Box A</source>
        <translation>Графа А</translation>
    </message>
    <message>
        <source>LRN</source>
        <translation>LRN</translation>
    </message>
    <message>
        <source>Declarant (box 14)</source>
        <translation>Декларант (графа 14)</translation>
    </message>
    <message>
        <source>Goods items</source>
        <translation>Товаров</translation>
    </message>
    <message>
        <source>Customs value (box 12)</source>
        <translation>Таможенная стоимость (графа 12)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Element with no box</source>
        <translation>Элемент без графы</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Раз</translation>
    </message>
    <message numerus="yes">
        <source>%n element(s) of the file have no box in Kedendesk and will not be imported (listed below). Import the rest as a new draft?</source>
        <translation>
            <numerusform>%n элемент файла не имеет графы в Kedendesk и не будет импортирован (см. ниже). Импортировать остальное как новый черновик?</numerusform>
            <numerusform>%n элемента файла не имеют графы в Kedendesk и не будут импортированы (см. ниже). Импортировать остальное как новый черновик?</numerusform>
            <numerusform>%n элементов файла не имеют графы в Kedendesk и не будут импортированы (см. ниже). Импортировать остальное как новый черновик?</numerusform>
        </translation>
    </message>
    <message>
        <source>Every element of the file has its box. Import it as a new draft?</source>
        <translation>У каждого элемента файла есть графа. Импортировать его как новый черновик?</translation>
    </message>
    <message>
        <source>&amp;Import as a new draft</source>
        <translation>&amp;Импортировать как новый черновик</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>Received by the gateway</source>
        <translation>Принята шлюзом</translation>
    </message>
    <message>
        <source>Registration refused</source>
        <translation>В регистрации отказано</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрирована</translation>
    </message>
    <message>
        <source>Corridor assigned: %1</source>
        <translation>Назначен коридор: %1</translation>
    </message>
    <message>
        <source>Customs asks for documents</source>
        <translation>Таможня запросила документы</translation>
    </message>
    <message>
        <source>Your answer was received</source>
        <translation>Ваш ответ получен</translation>
    </message>
    <message>
        <source>Request closed</source>
        <translation>Запрос закрыт</translation>
    </message>
    <message>
        <source>Inspection scheduled: %1</source>
        <translation>Назначен досмотр: %1</translation>
    </message>
    <message>
        <source>Inspection completed</source>
        <translation>Досмотр проведён</translation>
    </message>
    <message>
        <source>Goods released</source>
        <translation>Товары выпущены</translation>
    </message>
    <message>
        <source>Release refused</source>
        <translation>Отказ в выпуске</translation>
    </message>
    <message>
        <source>Release suspended</source>
        <translation>Выпуск приостановлен</translation>
    </message>
    <message>
        <source>Customs corrected the declaration</source>
        <translation>Таможня внесла изменения в декларацию</translation>
    </message>
    <message>
        <source>Withdrawn at your request</source>
        <translation>Отозвана по вашей просьбе</translation>
    </message>
    <message>
        <source>Withdrawal refused</source>
        <translation>В отзыве отказано</translation>
    </message>
    <message>
        <source>Release deadline extended</source>
        <translation>Срок выпуска продлён</translation>
    </message>
    <message>
        <source>Payment required</source>
        <translation>Требуется оплата</translation>
    </message>
    <message>
        <source>Payment confirmed</source>
        <translation>Оплата подтверждена</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>ждёт отправки</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>отправляется</translation>
    </message>
    <message>
        <source>accepted by the gateway</source>
        <translation>принято шлюзом</translation>
    </message>
    <message>
        <source>refused by the gateway</source>
        <translation>отклонено шлюзом</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
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
        <source>Registration number (given by customs)</source>
        <translation>Регистрационный номер (присваивает таможня)</translation>
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
        <source>Currency of boxes 12, 45, 47, B (empty: KZT)</source>
        <translation>Валюта граф 12, 45, 47, B (пусто: тенге)</translation>
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
        <source>Identity document: kind code</source>
        <translation>Документ, удостоверяющий личность: код вида</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Серия</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Кем выдан</translation>
    </message>
    <message>
        <source>Power of attorney (or order)</source>
        <translation>Доверенность (или приказ)</translation>
    </message>
    <message>
        <source>Power of attorney: number</source>
        <translation>Доверенность: номер</translation>
    </message>
    <message>
        <source>Power of attorney: date</source>
        <translation>Доверенность: дата</translation>
    </message>
    <message>
        <source>Power of attorney: valid to</source>
        <translation>Доверенность: действует до</translation>
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
        <source>Preference: customs fees</source>
        <translation>Льгота: таможенные сборы</translation>
    </message>
    <message>
        <source>Preference: import duty</source>
        <translation>Льгота: ввозная пошлина</translation>
    </message>
    <message>
        <source>Preference: excise</source>
        <translation>Льгота: акциз</translation>
    </message>
    <message>
        <source>Preference: VAT</source>
        <translation>Льгота: НДС</translation>
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
        <source>+ Transport to the border (not in the price)</source>
        <translation>+ Перевозка до границы (не в цене)</translation>
    </message>
    <message>
        <source>+ Insurance to the border</source>
        <translation>+ Страхование до границы</translation>
    </message>
    <message>
        <source>+ Commissions, packing, royalties</source>
        <translation>+ Вознаграждения, упаковка, роялти</translation>
    </message>
    <message>
        <source>− Costs after arrival (in the price)</source>
        <translation>− Расходы после прибытия (в цене)</translation>
    </message>
    <message>
        <source>Customs value, KZT</source>
        <translation>Таможенная стоимость, тенге</translation>
    </message>
    <message>
        <source>Statistical value, USD</source>
        <translation>Статистическая стоимость, долл. США</translation>
    </message>
    <message>
        <source>%1 takes at most %2 characters; the %3 typed or pasted were not taken.</source>
        <translation>%1: не более %2 символов; введённые или вставленные %3 не приняты.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Required</source>
        <translation>Обязательная графа</translation>
    </message>
    <message>
        <source>“{value}” is not in the code list</source>
        <translation>«{value}» нет в классификаторе</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>«{value}» — не число</translation>
    </message>
    <message>
        <source>Customs refused: {code} {detail}</source>
        <translation>Таможня отказала: {code} {detail}</translation>
    </message>
    <message>
        <source>The declaration needs an LRN</source>
        <translation>У декларации должен быть LRN</translation>
    </message>
    <message>
        <source>The LRN has more than {limit} characters</source>
        <translation>В LRN больше {limit} символов</translation>
    </message>
    <message>
        <source>The LRN may hold letters, digits and - / _ . only, no spaces</source>
        <translation>LRN может содержать только буквы, цифры и - / _ ., без пробелов</translation>
    </message>
    <message>
        <source>“{value}” is too large or has too many decimals for a declaration</source>
        <translation>«{value}» слишком велико или содержит слишком много знаков после запятой для декларации</translation>
    </message>
    <message>
        <source>The text holds a control or unreadable character at position {position}</source>
        <translation>В тексте управляющий или нечитаемый символ в позиции {position}</translation>
    </message>
    <message>
        <source>The text has {length} characters; at most {limit} are allowed</source>
        <translation>В тексте {length} символов; допускается не более {limit}</translation>
    </message>
    <message>
        <source>The payments of this item are too large to calculate: check its values</source>
        <translation>Платежи по этому товару слишком велики для расчёта: проверьте его значения</translation>
    </message>
    <message>
        <source>“{value}” is not a date (dd.mm.yyyy)</source>
        <translation>«{value}» — не дата (дд.мм.гггг)</translation>
    </message>
    <message>
        <source>The EAEU XML format allows {limit} characters here; this has {length}</source>
        <translation>Формат XML ЕАЭС допускает здесь {limit} символов; здесь {length}</translation>
    </message>
    <message>
        <source>{value} has more than the {decimals} decimals the EAEU XML format allows</source>
        <translation>В {value} больше {decimals} знаков после запятой, чем допускает формат XML ЕАЭС</translation>
    </message>
    <message>
        <source>{value} has more digits than the EAEU XML format allows here</source>
        <translation>В {value} больше цифр, чем здесь допускает формат XML ЕАЭС</translation>
    </message>
    <message>
        <source>The EAEU XML format needs at least {minimum} here</source>
        <translation>Формат XML ЕАЭС требует здесь не меньше {minimum}</translation>
    </message>
    <message>
        <source>The EAEU XML format allows {limit} lines here; this has {lines}</source>
        <translation>Формат XML ЕАЭС допускает здесь {limit} строк(и); здесь {lines}</translation>
    </message>
    <message>
        <source>“{value}” does not have the form the EAEU XML format requires here</source>
        <translation>«{value}» не имеет вида, которого здесь требует формат XML ЕАЭС</translation>
    </message>
    <message>
        <source>The EAEU XML format requires this box when the part around it is filled</source>
        <translation>Формат XML ЕАЭС требует эту графу, когда заполнен раздел, в который она входит</translation>
    </message>
    <message>
        <source>The EAEU XML format needs the surname and the name of the person</source>
        <translation>Формату XML ЕАЭС нужны фамилия и имя лица</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number of 0 or more</source>
        <translation>«{value}» — не целое число от 0</translation>
    </message>
    <message>
        <source>{value} is below zero</source>
        <translation>{value} меньше нуля</translation>
    </message>
    <message>
        <source>Line {line} has {length} characters; at most {limit} are allowed</source>
        <translation>В строке {line} {length} символов; допустимо не более {limit}</translation>
    </message>
    <message>
        <source>Procedure {procedure} does not go with direction {direction}</source>
        <translation>Процедура {procedure} не соответствует направлению {direction}</translation>
    </message>
    <message>
        <source>“{value}” is not a 10-digit commodity code</source>
        <translation>«{value}» — не 10-значный код товара</translation>
    </message>
    <message>
        <source>Commodity code {value} is not in the tariff {tariff}</source>
        <translation>Кода товара {value} нет в тарифе {tariff}</translation>
    </message>
    <message>
        <source>Commodity code {value} is not in the tariff {tariff}; under {prefix} it has {nearest}</source>
        <translation>Кода {value} нет в тарифе {tariff}; в {prefix} есть {nearest}</translation>
    </message>
    <message>
        <source>An import into Kazakhstan has destination KZ, not {value}</source>
        <translation>При ввозе в Казахстан страна назначения KZ, а не {value}</translation>
    </message>
    <message>
        <source>The exchange rate {value} is not above zero</source>
        <translation>Курс {value} не больше нуля</translation>
    </message>
    <message>
        <source>The exchange rate {value} has more than {limit} decimals</source>
        <translation>В курсе {value} больше {limit} знаков после запятой</translation>
    </message>
    <message>
        <source>Valid only until {valid_to}, before the declaration date {date}</source>
        <translation>Действует только до {valid_to}, раньше даты декларации {date}</translation>
    </message>
    <message>
        <source>Procedure {value} differs from box 1 ({expected})</source>
        <translation>Процедура {value} отличается от графы 1 ({expected})</translation>
    </message>
    <message>
        <source>{value} is not a valid BIN/IIN: {problem}</source>
        <translation>{value} — недействительный БИН/ИИН: {problem}</translation>
    </message>
    <message>
        <source>A declaration has 1 to {limit} goods items, this one {count}</source>
        <translation>В декларации от 1 до {limit} товаров, в этой {count}</translation>
    </message>
    <message>
        <source>Box 5 says {declared}, the declaration has {counted} items</source>
        <translation>В графе 5 указано {declared}, в декларации {counted} товаров</translation>
    </message>
    <message>
        <source>Item number {declared}, expected {expected}</source>
        <translation>Номер товара {declared}, ожидается {expected}</translation>
    </message>
    <message>
        <source>Box 6 says {declared}, the items have {counted} packages</source>
        <translation>В графе 6 указано {declared}, у товаров {counted} мест</translation>
    </message>
    <message>
        <source>Net mass {value} kg is not above zero</source>
        <translation>Масса нетто {value} кг не больше нуля</translation>
    </message>
    <message>
        <source>Net mass {net} kg is above gross mass {gross} kg</source>
        <translation>Масса нетто {net} кг больше массы брутто {gross} кг</translation>
    </message>
    <message>
        <source>Total {declared}, but the item prices add up to {computed}</source>
        <translation>Итого {declared}, а сумма цен товаров {computed}</translation>
    </message>
    <message>
        <source>Box 12 says {declared}, the items' customs values add up to {computed}</source>
        <translation>В графе 12 указано {declared}, а сумма таможенных стоимостей товаров {computed}</translation>
    </message>
    <message>
        <source>Customs value {declared}, but price, additions and box 23 give {computed}</source>
        <translation>Таможенная стоимость {declared}, а цена, начисления и графа 23 дают {computed}</translation>
    </message>
    <message>
        <source>Under {terms} the buyer pays transport to the border, but no item adds transport costs</source>
        <translation>При {terms} перевозку до границы оплачивает покупатель, но ни у одного товара нет транспортных расходов</translation>
    </message>
    <message>
        <source>Statistical value {declared} USD, expected {computed} (USD rate {rate} of {date})</source>
        <translation>Статистическая стоимость {declared} USD, ожидается {computed} (курс USD {rate} на {date})</translation>
    </message>
    <message>
        <source>Payment {type}: amount {declared}, base × rate gives {computed}</source>
        <translation>Платёж {type}: сумма {declared}, основа × ставка даёт {computed}</translation>
    </message>
    <message>
        <source>VAT base {declared}, but customs value + duty + excise is {computed}</source>
        <translation>Основа НДС {declared}, а таможенная стоимость + пошлина + акциз = {computed}</translation>
    </message>
    <message>
        <source>The customs fee (1010) must appear once per declaration, found {count}</source>
        <translation>Таможенный сбор (1010) указывается один раз на декларацию, найдено {count}</translation>
    </message>
    <message>
        <source>Box B, payment {type}: {declared}, but box 47 lines add up to {computed}</source>
        <translation>Графа B, платёж {type}: {declared}, а строки графы 47 дают {computed}</translation>
    </message>
    <message>
        <source>“{value}” is not four preference codes (fees, duty, excise, VAT)</source>
        <translation>«{value}» — не четыре кода льгот (сборы, пошлина, акциз, НДС)</translation>
    </message>
    <message>
        <source>Preference “{value}” is not a code for this element of box 36</source>
        <translation>Льгота «{value}» не относится к этому элементу графы 36</translation>
    </message>
    <message>
        <source>Preference {preference} is for goods of the countries on its list; {origin} is not on it</source>
        <translation>Льгота {preference} предоставляется товарам стран из её перечня; {origin} в нём нет</translation>
    </message>
    <message>
        <source>Preference “{value}” is not in the preferences pack: computed at the full rate — confirm the rate it grants</source>
        <translation>Льготы «{value}» нет в справочнике льгот: рассчитано по полной ставке — подтвердите, какую ставку она даёт</translation>
    </message>
    <message>
        <source>The {type} rate is in {required} in the tariff, not {declared}</source>
        <translation>Ставка {type} в тарифе указана в {required}, а не в {declared}</translation>
    </message>
    <message>
        <source>The tariff rate “{rate}” is the lower of two amounts: calculate box 47 yourself</source>
        <translation>Ставка тарифа «{rate}» — меньшая из двух сумм: рассчитайте графу 47 сами</translation>
    </message>
    <message>
        <source>Preference {preference} needs a supporting document in box 44 ({documents})</source>
        <translation>Льгота {preference} требует подтверждающего документа в графе 44 ({documents})</translation>
    </message>
    <message>
        <source>This commodity code needs a quantity in unit {unit}</source>
        <translation>Для этого кода товара нужно количество в единице {unit}</translation>
    </message>
    <message>
        <source>Unit “{unit}”, but this commodity code needs {required}</source>
        <translation>Единица «{unit}», а для этого кода нужна {required}</translation>
    </message>
    <message>
        <source>Dated {date}, after the declaration date {declaration_date}</source>
        <translation>Датирован {date}, позже даты декларации {declaration_date}</translation>
    </message>
    <message>
        <source>Document {later} is dated before document {earlier}</source>
        <translation>Документ {later} датирован раньше документа {earlier}</translation>
    </message>
    <message>
        <source>Marked “same as box 14” but has its own details</source>
        <translation>Отмечено «совпадает с графой 14», но заполнены свои сведения</translation>
    </message>
    <message>
        <source>A customs representative lists the contract with the declarant (11002)</source>
        <translation>Таможенный представитель указывает договор с декларантом (11002)</translation>
    </message>
    <message>
        <source>{measure}: this commodity code needs a document {documents} in box 44</source>
        <translation>{measure}: для этого кода товара нужен документ {documents} в графе 44</translation>
    </message>
    <message>
        <source>No exchange rate of {currency} for {date}: add it under Exchange rates</source>
        <translation>Нет курса {currency} на {date}: добавьте его в «Курсах валют»</translation>
    </message>
    <message>
        <source>The reference data has no rate for payment {what} on {date}</source>
        <translation>В справочниках нет ставки платежа {what} на {date}</translation>
    </message>
    <message>
        <source>Box 23 says {declared}, the official rate of {date} is {official}</source>
        <translation>В графе 23 указано {declared}, официальный курс на {date} — {official}</translation>
    </message>
    <message>
        <source>The rate is per unit {unit}: give the quantity in that unit</source>
        <translation>Ставка за единицу {unit}: укажите количество в этой единице</translation>
    </message>
    <message>
        <source>No USD rate for {date}: box 46 cannot be checked</source>
        <translation>Нет курса USD на {date}: графу 46 проверить нельзя</translation>
    </message>
    <message>
        <source>Payment {type}: box 47 has {declared}, the calculation gives {calculated}</source>
        <translation>Платёж {type}: в графе 47 {declared}, расчёт даёт {calculated}</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>only digits are allowed</source>
        <translation>допустимы только цифры</translation>
    </message>
    <message>
        <source>it must have 12 digits</source>
        <translation>должно быть 12 цифр</translation>
    </message>
    <message>
        <source>the check digit is wrong</source>
        <translation>неверная контрольная цифра</translation>
    </message>
    <message>
        <source>no such number is issued</source>
        <translation>такой номер не выдаётся</translation>
    </message>
    <message>
        <source>the date in it is impossible</source>
        <translation>дата в нём невозможна</translation>
    </message>
    <message>
        <source>its type or division digit is wrong</source>
        <translation>неверная цифра типа или подразделения</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Графа</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>No findings: the checks pass.</source>
        <translation>Замечаний нет: проверки пройдены.</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s): click one to go to its box</source>
        <translation>Ошибок: %1, предупреждений: %2 — щёлкните, чтобы перейти к графе</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Setting up…</source>
        <translation>Настраиваем…</translation>
    </message>
    <message>
        <source>Not set up: %1</source>
        <translation>Не настроено: %1</translation>
    </message>
    <message>
        <source>Exchange rates in the workspace: %1, the latest of %2.</source>
        <translation>Курсов валют в рабочей области: %1, последний на %2.</translation>
    </message>
    <message>
        <source>No exchange rates yet: Workspace → Exchange rates… fetches the National Bank's, or imports a file.</source>
        <translation>Курсов валют пока нет: «Рабочая область → Курсы валют…» загрузит курсы Национального банка или импортирует файл.</translation>
    </message>
    <message>
        <source>The official tariff %1 is in use.</source>
        <translation>Действует официальный тариф %1.</translation>
    </message>
    <message>
        <source>The practice tariff %1 is in use: for real declarations import the EEC tariff (Workspace → Tariff and payment settings…).</source>
        <translation>Действует учебный тариф %1: для настоящих деклараций импортируйте тариф ЕЭК («Рабочая область → Тариф и настройки платежей…»).</translation>
    </message>
    <message>
        <source>Next: File → New declaration (Ctrl+N), or open the demo declaration, check it, sign it and send it to the practice gateway. F1 opens the guide.</source>
        <translation>Дальше: «Файл → Новая декларация» (Ctrl+N) или откройте демонстрационную декларацию, проверьте, подпишите и отправьте её на учебный шлюз. F1 открывает руководство.</translation>
    </message>
    <message>
        <source>Enter the company's name.</source>
        <translation>Введите название компании.</translation>
    </message>
    <message>
        <source>Enter the entry in the register of representatives.</source>
        <translation>Введите номер в реестре таможенных представителей.</translation>
    </message>
    <message>
        <source>There is no key file at that place.</source>
        <translation>По этому пути нет файла ключа.</translation>
    </message>
    <message>
        <source>Enter the key's password.</source>
        <translation>Введите пароль ключа.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>он пуст</translation>
    </message>
    <message>
        <source>only digits</source>
        <translation>только цифры</translation>
    </message>
    <message>
        <source>it has 12 digits</source>
        <translation>в нём 12 цифр</translation>
    </message>
    <message>
        <source>its last digit does not match</source>
        <translation>не сходится последняя цифра</translation>
    </message>
    <message>
        <source>The BIN is not valid (%1): 12 digits with a check digit.</source>
        <translation>БИН неверен (%1): 12 цифр с контрольной цифрой.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>Whom you file for</source>
        <translation>За кого вы декларируете</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Ваша компания</translation>
    </message>
    <message>
        <source>Your signing key</source>
        <translation>Ваш ключ подписи</translation>
    </message>
    <message>
        <source>The customs gateway</source>
        <translation>Таможенный шлюз</translation>
    </message>
    <message>
        <source>Exchange rates and tariff</source>
        <translation>Курсы валют и тариф</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Шаг %1 из %2: %3</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <source>First steps with Kedendesk</source>
        <translation>Первые шаги в Kedendesk</translation>
    </message>
    <message>
        <source>&amp;Skip the first steps</source>
        <translation>&amp;Пропустить первые шаги</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>A declarant for my own company</source>
        <translation>Декларант своей компании</translation>
    </message>
    <message>
        <source>You declare the goods your company imports or exports.</source>
        <translation>Вы декларируете товары, которые ввозит или вывозит ваша компания.</translation>
    </message>
    <message>
        <source>A customs representative (broker)</source>
        <translation>Таможенный представитель (брокер)</translation>
    </message>
    <message>
        <source>You file for clients, under their contracts and powers of attorney.</source>
        <translation>Вы декларируете за клиентов по их договорам и доверенностям.</translation>
    </message>
    <message>
        <source>The company that files: it goes into box 14 or box 54 of declarations.</source>
        <translation>Компания, которая подаёт декларации: она попадает в графу 14 или 54.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Назв&amp;ание:</translation>
    </message>
    <message>
        <source>B&amp;IN:</source>
        <translation>&amp;БИН:</translation>
    </message>
    <message>
        <source>&amp;Register entry:</source>
        <translation>Номер в &amp;реестре:</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Файл ключа:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>The .p12 file of your electronic signature (ЭЦП/ЭЦҚ) from the National Certification Centre. The Practice gateway has a demo key of its own.</source>
        <translation>Файл .p12 вашей электронной цифровой подписи (ЭЦП) от Национального удостоверяющего центра. У учебного шлюза есть свой демонстрационный ключ.</translation>
    </message>
    <message>
        <source>No key now: add one later</source>
        <translation>Без ключа: добавлю позже</translation>
    </message>
    <message>
        <source>Practice is a customs gateway on this computer: declarations sent there are registered, given a corridor and released as by customs, but go nowhere. Start with it; add your real gateway account later.</source>
        <translation>«Учебный» — таможенный шлюз на этом компьютере: отправленные туда декларации регистрируются, получают коридор и выпуск, как в таможне, но никуда не уходят. Начните с него; настоящий аккаунт шлюза добавьте позже.</translation>
    </message>
    <message>
        <source>No gateway profile here yet: add one under Workspace → Gateway profiles…</source>
        <translation>Профиля шлюза пока нет: добавьте его в «Рабочая область → Профили шлюза…»</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Ключ подписи</translation>
    </message>
    <message>
        <source>Signing keys (*.p12 *.pfx)</source>
        <translation>Ключи подписи (*.p12 *.pfx)</translation>
    </message>
</context>
<context>
    <name>Formulas</name>
    <message>
        <source>Customs value (method 1) = (price {price} {currency} + additions {additions} − deductions {deductions}) × rate {rate} = {result} KZT</source>
        <translation>Таможенная стоимость (метод 1) = (цена {price} {currency} + начисления {additions} − вычеты {deductions}) × курс {rate} = {result} тенге</translation>
    </message>
    <message>
        <source>Customs value as declared (valuation method {method})</source>
        <translation>Таможенная стоимость, как заявлена (метод {method})</translation>
    </message>
    <message>
        <source>Statistical value = {customs_value} KZT ÷ USD rate {rate} = {result} USD</source>
        <translation>Статистическая стоимость = {customs_value} тенге ÷ курс USD {rate} = {result} USD</translation>
    </message>
    <message>
        <source>Import duty = customs value {base} × {percent}% = {result} KZT</source>
        <translation>Ввозная пошлина = таможенная стоимость {base} × {percent}% = {result} тенге</translation>
    </message>
    <message>
        <source>Import duty = {quantity} (unit {unit}) × {specific_rate} {currency} × rate {exchange_rate} = {result} KZT</source>
        <translation>Ввозная пошлина = {quantity} (ед. {unit}) × {specific_rate} {currency} × курс {exchange_rate} = {result} тенге</translation>
    </message>
    <message>
        <source>Import duty “{rate_text}”: {percent}% of {base} = {ad_valorem}; {quantity} (unit {unit}) × {specific_rate} {currency} × rate {exchange_rate} = {specific}; the larger: {result} KZT</source>
        <translation>Ввозная пошлина «{rate_text}»: {percent}% от {base} = {ad_valorem}; {quantity} (ед. {unit}) × {specific_rate} {currency} × курс {exchange_rate} = {specific}; большее: {result} тенге</translation>
    </message>
    <message>
        <source>Import duty: exempt under the preference in box 36</source>
        <translation>Ввозная пошлина: освобождение по льготе графы 36</translation>
    </message>
    <message>
        <source>Excise = (customs value + duty) {base} × {percent}% = {result} KZT</source>
        <translation>Акциз = (таможенная стоимость + пошлина) {base} × {percent}% = {result} тенге</translation>
    </message>
    <message>
        <source>Excise = {quantity} (unit {unit}) × {specific_rate} {currency} × rate {exchange_rate} = {result} KZT</source>
        <translation>Акциз = {quantity} (ед. {unit}) × {specific_rate} {currency} × курс {exchange_rate} = {result} тенге</translation>
    </message>
    <message>
        <source>Import duty “{rate_text}”: {percent}% of {base} = {ad_valorem}; plus {quantity} (unit {unit}) × {specific_rate} {currency} × rate {exchange_rate} = {specific}; together: {result} KZT</source>
        <translation>Ввозная пошлина «{rate_text}»: {percent}% от {base} = {ad_valorem}; плюс {quantity} (ед. {unit}) × {specific_rate} {currency} × курс {exchange_rate} = {specific}; вместе: {result} тенге</translation>
    </message>
    <message>
        <source>Excise “{rate_text}”: {percent}% of {base} = {ad_valorem}; plus per unit {specific}; together: {result} KZT</source>
        <translation>Акциз «{rate_text}»: {percent}% от {base} = {ad_valorem}; плюс за единицу {specific}; вместе: {result} тенге</translation>
    </message>
    <message>
        <source>Excise “{rate_text}”: {percent}% of {base} = {ad_valorem}; per unit = {specific}; the larger: {result} KZT</source>
        <translation>Акциз «{rate_text}»: {percent}% от {base} = {ad_valorem}; за единицу = {specific}; большее: {result} тенге</translation>
    </message>
    <message>
        <source>Excise: exempt under the preference in box 36</source>
        <translation>Акциз: освобождение по льготе графы 36</translation>
    </message>
    <message>
        <source>VAT = (customs value {customs_value} + duty {duty} + excise {excise}) = {base} × {percent}% = {result} KZT</source>
        <translation>НДС = (таможенная стоимость {customs_value} + пошлина {duty} + акциз {excise}) = {base} × {percent}% = {result} тенге</translation>
    </message>
    <message>
        <source>Customs fee: a fixed {amount} KZT per declaration</source>
        <translation>Таможенный сбор: фиксированно {amount} тенге за декларацию</translation>
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
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <source>Description</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Commodity code</source>
        <translation>Код товара</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Страна происхождения</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Gross mass</source>
        <translation>Вес брутто</translation>
    </message>
    <message>
        <source>Net mass</source>
        <translation>Вес нетто</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Мест</translation>
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
        <source>%1: the invoice total is %2, the lines add up to %3</source>
        <translation>%1: итог инвойса %2, строки дают %3</translation>
    </message>
    <message>
        <source>%1: %4 total is %2, the lines give %3</source>
        <translation>%1: итог «%4» — %2, строки дают %3</translation>
    </message>
    <message>
        <source>%1: the amount is %2, quantity × unit price is %3</source>
        <translation>%1: сумма %2, количество × цена дают %3</translation>
    </message>
    <message>
        <source>%1: net %2 is above gross %3</source>
        <translation>%1: нетто %2 больше брутто %3</translation>
    </message>
    <message>
        <source>%1: %4 is %2 on the invoice, %3 on the packing list</source>
        <translation>%1: «%4» — %2 в инвойсе, %3 в упаковочном листе</translation>
    </message>
    <message>
        <source>%1: not on the packing list</source>
        <translation>%1: нет в упаковочном листе</translation>
    </message>
    <message>
        <source>%1: on the packing list only</source>
        <translation>%1: есть только в упаковочном листе</translation>
    </message>
    <message>
        <source>Import goods items from an invoice</source>
        <translation>Импорт товаров из инвойса</translation>
    </message>
    <message>
        <source>&amp;Choose the invoice…</source>
        <translation>&amp;Выбрать инвойс…</translation>
    </message>
    <message>
        <source>Add its &amp;packing list…</source>
        <translation>Добавить &amp;упаковочный лист…</translation>
    </message>
    <message>
        <source>An XLSX or CSV invoice or packing list.</source>
        <translation>Инвойс или упаковочный лист в XLSX или CSV.</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>Какой столбец что содержит</translation>
    </message>
    <message>
        <source>Add the goods items</source>
        <translation>Добавить товары</translation>
    </message>
    <message>
        <source>the TOTAL row</source>
        <translation>строка ИТОГО</translation>
    </message>
    <message>
        <source>sheet %1, row %2</source>
        <translation>лист %1, строка %2</translation>
    </message>
    <message>
        <source>Import from an invoice</source>
        <translation>Импорт из инвойса</translation>
    </message>
    <message>
        <source>Invoices (*.xlsx *.csv *.txt)</source>
        <translation>Инвойсы (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>The packing list</source>
        <translation>Упаковочный лист</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Читаем %1…</translation>
    </message>
    <message>
        <source>%1: sheet %2, the header on row %3.</source>
        <translation>%1: лист %2, заголовок в строке %3.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the file: nothing can be added until they are fixed.</source>
        <translation>
            <numerusform>%n ошибка в файле: ничего не добавить, пока её не исправить.</numerusform>
            <numerusform>%n ошибки в файле: ничего не добавить, пока их не исправить.</numerusform>
            <numerusform>%n ошибок в файле: ничего не добавить, пока их не исправить.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lines make %2 goods items, total %3.</source>
        <translation>Строк: %1, товаров: %2, итого %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) new to the client's catalogue.</source>
        <translation>
            <numerusform>%n товар новый для каталога клиента.</numerusform>
            <numerusform>%n товара новые для каталога клиента.</numerusform>
            <numerusform>%n товаров новые для каталога клиента.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file cannot be read; nothing was added.
%1</source>
        <translation>Файл не читается; ничего не добавлено.
%1</translation>
    </message>
</context>
<context>
    <name>InvoiceItemsModel</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Net, kg</source>
        <translation>Нетто, кг</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Наименование</translation>
    </message>
</context>
<context>
    <name>ItemsPanel</name>
    <message numerus="yes">
        <source>Undo removal of %n item(s)</source>
        <translation>
            <numerusform>Вернуть удалённый %n товар</numerusform>
            <numerusform>Вернуть удалённые %n товара</numerusform>
            <numerusform>Вернуть удалённые %n товаров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goods item(s)</source>
        <translation>
            <numerusform>%n товар</numerusform>
            <numerusform>%n товара</numerusform>
            <numerusform>%n товаров</numerusform>
        </translation>
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
        <source>Import from invoice…</source>
        <translation>Импорт из инвойса…</translation>
    </message>
    <message>
        <source>Spread costs…</source>
        <translation>Распределить расходы…</translation>
    </message>
    <message>
        <source>Share freight, insurance or other additions over the items</source>
        <translation>Распределить по товарам транспорт, страхование или другие начисления</translation>
    </message>
    <message>
        <source>Goods items from a supplier's invoice or packing list (XLSX, CSV)</source>
        <translation>Товары из инвойса или упаковочного листа поставщика (XLSX, CSV)</translation>
    </message>
    <message>
        <source>31  Goods lines: manufacturer, model, quantity</source>
        <translation>31  Сведения о товаре: производитель, модель, количество</translation>
    </message>
    <message>
        <source>Add goods line</source>
        <translation>Добавить строку товара</translation>
    </message>
    <message>
        <source>Remove goods line</source>
        <translation>Удалить строку товара</translation>
    </message>
    <message>
        <source>31  Packages and pallets</source>
        <translation>31  Упаковка и поддоны</translation>
    </message>
    <message>
        <source>Add packages</source>
        <translation>Добавить упаковку</translation>
    </message>
    <message>
        <source>Remove packages</source>
        <translation>Удалить упаковку</translation>
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
        <source>Find in the nomenclature… (F4)</source>
        <translation>Найти в ТН ВЭД… (F4)</translation>
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
    <name>JsonExchange</name>
    <message>
        <source>Import a declaration</source>
        <translation>Импорт декларации</translation>
    </message>
    <message>
        <source>Declarations (*.json *.zip *.xml)</source>
        <translation>Декларации (*.json *.zip *.xml)</translation>
    </message>
    <message>
        <source>Declarations (*.json)</source>
        <translation>Декларации (*.json)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
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
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Export a declaration</source>
        <translation>Экспорт декларации</translation>
    </message>
    <message>
        <source>A declaration with its attachments (*.zip)</source>
        <translation>Декларация с вложениями (*.zip)</translation>
    </message>
    <message>
        <source>EAEU XML declaration, album 5.23.0 (*.xml)</source>
        <translation>Декларация XML ЕАЭС, альбом 5.23.0 (*.xml)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
</context>
<context>
    <name>KeyProblems</name>
    <message>
        <source>The password is not right.</source>
        <translation>Неверный пароль.</translation>
    </message>
    <message>
        <source>The file is not a key file (PKCS#12), or it is damaged.</source>
        <translation>Файл не является файлом ключа (PKCS#12) или повреждён.</translation>
    </message>
    <message>
        <source>This is a GOST key. GOST keys sign through the national signing agent (NCALayer), which this version cannot use yet. Use your RSA signing key (RSA256_…).</source>
        <translation>Это ключ ГОСТ. Ключи ГОСТ подписывают через NCALayer, который эта версия пока не поддерживает. Используйте ключ подписи RSA (RSA256_…).</translation>
    </message>
    <message>
        <source>The key's algorithm (%1) cannot sign here: use an RSA or EC key.</source>
        <translation>Алгоритм ключа (%1) здесь не поддерживается: используйте ключ RSA или EC.</translation>
    </message>
    <message>
        <source>The file holds no private key with its certificate.</source>
        <translation>В файле нет закрытого ключа с сертификатом.</translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <translation>Срок действия сертификата истёк %1.</translation>
    </message>
    <message>
        <source>The certificate is valid only from %1.</source>
        <translation>Сертификат действует только с %1.</translation>
    </message>
    <message>
        <source>This certificate is not for signing (it is an authentication key).</source>
        <translation>Этот сертификат не для подписи (это ключ аутентификации).</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Signing keys</source>
        <translation>Ключи подписи</translation>
    </message>
    <message>
        <source>Add a key file (.p12)…</source>
        <translation>Добавить файл ключа (.p12)…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Forget the password</source>
        <translation>Забыть пароль</translation>
    </message>
    <message>
        <source>No keys yet. Add the signing key file (RSA256_…p12) from your CA.</source>
        <translation>Ключей пока нет. Добавьте файл ключа подписи (RSA256_…p12) от удостоверяющего центра.</translation>
    </message>
    <message>
        <source>digital signature</source>
        <translation>электронная подпись</translation>
    </message>
    <message>
        <source>non-repudiation</source>
        <translation>неотказуемость</translation>
    </message>
    <message>
        <source>Issued by %1; %2; serial %3</source>
        <translation>Выдан: %1; %2; серийный номер %3</translation>
    </message>
    <message>
        <source>Valid from %1 to %2; for %3</source>
        <translation>Действует с %1 по %2; для: %3</translation>
    </message>
    <message>
        <source>no signing</source>
        <translation>не для подписи</translation>
    </message>
    <message>
        <source>(a copy in the workspace)</source>
        <translation>(копия в рабочей области)</translation>
    </message>
    <message>
        <source>The key file is not there any more.</source>
        <translation>Файла ключа больше нет на месте.</translation>
    </message>
    <message>
        <source>The password is remembered in the system keyring.</source>
        <translation>Пароль сохранён в хранилище паролей системы.</translation>
    </message>
    <message>
        <source>Add a signing key</source>
        <translation>Добавить ключ подписи</translation>
    </message>
    <message>
        <source>Key files (*.p12 *.pfx)</source>
        <translation>Файлы ключей (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>The key is added, but this system has no keyring to keep the password: you will be asked for it when you sign.</source>
        <translation>Ключ добавлен, но в системе нет хранилища паролей: пароль будет запрошен при подписании.</translation>
    </message>
    <message>
        <source>Added the key of %1.</source>
        <translation>Добавлен ключ: %1.</translation>
    </message>
</context>
<context>
    <name>KeysModel</name>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
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
        <source>&amp;Items</source>
        <translation>&amp;Товары</translation>
    </message>
    <message>
        <source>&amp;Selected</source>
        <translation>Вы&amp;бранные</translation>
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
        <source>Save as te&amp;mplate…</source>
        <translation>Сохранить как &amp;шаблон…</translation>
    </message>
    <message>
        <source>New from temp&amp;late…</source>
        <translation>Создать по ша&amp;блону…</translation>
    </message>
    <message>
        <source>Copy to &amp;another client…</source>
        <translation>Копировать дру&amp;гому клиенту…</translation>
    </message>
    <message>
        <source>&amp;Check the selected declarations</source>
        <translation>&amp;Проверить выбранные декларации</translation>
    </message>
    <message>
        <source>&amp;Sign the selected declarations…</source>
        <translation>П&amp;одписать выбранные декларации…</translation>
    </message>
    <message>
        <source>Se&amp;nd the selected to customs</source>
        <translation>Отправить выбранные в &amp;таможню</translation>
    </message>
    <message>
        <source>&amp;Export the selected to XLSX…</source>
        <translation>&amp;Экспорт выбранных в XLSX…</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>В корзин&amp;у</translation>
    </message>
    <message>
        <source>&amp;Import a declaration (JSON, archive, EAEU XML)…</source>
        <translation>&amp;Импорт декларации (JSON, архив, XML ЕАЭС)…</translation>
    </message>
    <message>
        <source>&amp;Export a declaration (JSON, archive, EAEU XML)…</source>
        <translation>&amp;Экспорт декларации (JSON, архив, XML ЕАЭС)…</translation>
    </message>
    <message>
        <source>&amp;Print the declaration…</source>
        <translation>&amp;Печать декларации…</translation>
    </message>
    <message>
        <source>The declaration &amp;form as PDF…</source>
        <translation>Б&amp;ланк декларации в PDF…</translation>
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
        <source>E&amp;xchange rates…</source>
        <translation>Ку&amp;рсы валют…</translation>
    </message>
    <message>
        <source>Signing &amp;keys…</source>
        <translation>Клю&amp;чи подписи…</translation>
    </message>
    <message>
        <source>&amp;Gateway profiles…</source>
        <translation>&amp;Профили шлюза…</translation>
    </message>
    <message>
        <source>Si&amp;gn…</source>
        <translation>По&amp;дписать…</translation>
    </message>
    <message>
        <source>T&amp;ariff and payment settings…</source>
        <translation>&amp;Тариф и настройки платежей…</translation>
    </message>
    <message>
        <source>Commodity &amp;nomenclature…</source>
        <translation>Товарная номенклат&amp;ура…</translation>
    </message>
    <message>
        <source>&amp;Product catalogue…</source>
        <translation>Катало&amp;г товаров…</translation>
    </message>
    <message>
        <source>Customs re&amp;quests of all clients…</source>
        <translation>Запросы тамо&amp;жни по всем клиентам…</translation>
    </message>
    <message>
        <source>Anal&amp;ytics and billing…</source>
        <translation>Ана&amp;литика и счета…</translation>
    </message>
    <message>
        <source>&amp;Backups: back up, restore…</source>
        <translation>Р&amp;езервные копии…</translation>
    </message>
    <message>
        <source>EAE&amp;U XML album folder…</source>
        <translation>Папка &amp;альбома XML ЕАЭС…</translation>
    </message>
    <message>
        <source>Your na&amp;me on this desk…</source>
        <translation>Ваше &amp;имя на этом рабочем месте…</translation>
    </message>
    <message>
        <source>Open &amp;team workspace…</source>
        <translation>Открыть &amp;общее рабочее пространство…</translation>
    </message>
    <message>
        <source>Peop&amp;le and roles…</source>
        <translation>&amp;Сотрудники и роли…</translation>
    </message>
    <message>
        <source>&amp;Import from invoice…</source>
        <translation>&amp;Импорт из инвойса…</translation>
    </message>
    <message>
        <source>&amp;Spread costs over the items…</source>
        <translation>&amp;Распределить расходы по товарам…</translation>
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
        <source>&amp;First steps…</source>
        <translation>&amp;Первые шаги…</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Открыть папку &amp;журнала</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Рабочая область: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
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
    <message>
        <source>Declaration %1 cannot be opened: %2</source>
        <translation>Декларацию %1 не удаётся открыть: %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n declaration(s) to the trash (Workspace → Trash restores)</source>
        <translation>
            <numerusform>%n декларация перемещена в корзину (восстановить: Рабочая область → Корзина)</numerusform>
            <numerusform>%n декларации перемещены в корзину (восстановить: Рабочая область → Корзина)</numerusform>
            <numerusform>%n деклараций перемещено в корзину (восстановить: Рабочая область → Корзина)</numerusform>
        </translation>
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
        <source>Open or select one declaration to print it.</source>
        <translation>Откройте или выберите одну декларацию, чтобы напечатать её.</translation>
    </message>
    <message>
        <source>%1 official rates of %2 fetched from the National Bank.</source>
        <translation>Получено официальных курсов Национального банка на %2: %1.</translation>
    </message>
    <message>
        <source>Official rates of %1 not fetched: %2</source>
        <translation>Официальные курсы на %1 не получены: %2</translation>
    </message>
    <message>
        <source>Your name on this desk</source>
        <translation>Ваше имя на этом рабочем месте</translation>
    </message>
    <message>
        <source>Other desks on this workspace see it while you edit a declaration, and the history names it with each revision and message sent:</source>
        <translation>Его видят другие рабочие места этой рабочей области, пока вы редактируете декларацию, и история называет его у каждой редакции и отправленного сообщения:</translation>
    </message>
    <message>
        <source>This desk is now %1.</source>
        <translation>Это рабочее место теперь: %1.</translation>
    </message>
    <message>
        <source>Set up. F1 opens the guide.</source>
        <translation>Настроено. F1 открывает руководство.</translation>
    </message>
    <message>
        <source>Kedendesk opens the team workspace the next time it starts.</source>
        <translation>При следующем запуске Kedendesk откроет общее рабочее пространство.</translation>
    </message>
    <message>
        <source>Kedendesk opens this desk's own workspace the next time it starts.</source>
        <translation>При следующем запуске Kedendesk откроет собственное рабочее пространство этого места.</translation>
    </message>
    <message>
        <source>Open a draft declaration first.</source>
        <translation>Сначала откройте черновик декларации.</translation>
    </message>
    <message>
        <source>No gateway profile</source>
        <translation>Нет профиля шлюза</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>подключение…</translation>
    </message>
    <message>
        <source>online</source>
        <translation>на связи</translation>
    </message>
    <message>
        <source>offline: queued declarations wait</source>
        <translation>нет связи: декларации ждут в очереди</translation>
    </message>
    <message>
        <source>Gateway %1: %2</source>
        <translation>Шлюз %1: %2</translation>
    </message>
    <message>
        <source>Errors: %1  Warnings: %2</source>
        <translation>Ошибок: %1  Предупреждений: %2</translation>
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
    <name>NomenclatureDialog</name>
    <message>
        <source>Commodity nomenclature</source>
        <translation>Товарная номенклатура ВЭД</translation>
    </message>
    <message>
        <source>Code, or words of the description</source>
        <translation>Код или слова из описания</translation>
    </message>
    <message>
        <source>Tariff %1 (effective %2)</source>
        <translation>Тариф %1 (действует с %2)</translation>
    </message>
    <message>
        <source>Preparing the nomenclature for search…</source>
        <translation>Номенклатура готовится к поиску…</translation>
    </message>
    <message>
        <source>The nomenclature cannot be searched: %1</source>
        <translation>Поиск по номенклатуре невозможен: %1</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message>
        <source>Duty: %1</source>
        <translation>Пошлина: %1</translation>
    </message>
    <message>
        <source>the lower of two rates: box 47 is calculated by hand</source>
        <translation>меньшая из двух ставок: графа 47 рассчитывается вручную</translation>
    </message>
    <message>
        <source>Excise: %1</source>
        <translation>Акциз: %1</translation>
    </message>
    <message>
        <source>Box 41 unit: %1</source>
        <translation>Единица графы 41: %1</translation>
    </message>
    <message>
        <source>Needs: %1 (documents %2)</source>
        <translation>Требуется: %1 (документы %2)</translation>
    </message>
</context>
<context>
    <name>NomenclatureModel</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Пошлина</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>обычная</translation>
    </message>
    <message>
        <source>reduced</source>
        <translation>пониженная</translation>
    </message>
    <message>
        <source>exempt</source>
        <translation>освобождено</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Declaration %1</source>
        <translation>Декларация %1</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>Клиент %1</translation>
    </message>
</context>
<context>
    <name>PaperTexts</name>
    <message>
        <source>The contract %1</source>
        <translation>Договор %1</translation>
    </message>
    <message>
        <source>Power of attorney %1</source>
        <translation>Доверенность %1</translation>
    </message>
    <message>
        <source>%1 expired on %2: declarations under it cannot be signed.</source>
        <translation>%1: срок истёк %2, декларации по ней подписать нельзя.</translation>
    </message>
    <message numerus="yes">
        <source>%1 expires on %2 (in %n day(s)).</source>
        <translation>
            <numerusform>%1 истекает %2 (через %n день).</numerusform>
            <numerusform>%1 истекает %2 (через %n дня).</numerusform>
            <numerusform>%1 истекает %2 (через %n дней).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentSummary</name>
    <message>
        <source>Customs payments of declaration %1</source>
        <translation>Таможенные платежи по декларации %1</translation>
    </message>
    <message>
        <source>Declarant</source>
        <translation>Декларант</translation>
    </message>
    <message>
        <source>Declaration type</source>
        <translation>Вид декларации</translation>
    </message>
    <message>
        <source>Goods items</source>
        <translation>Товаров</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Calculated on</source>
        <translation>Дата расчёта</translation>
    </message>
    <message>
        <source>By goods item</source>
        <translation>По товарам</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Графа</translation>
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
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>How it was calculated</source>
        <translation>Как рассчитано</translation>
    </message>
    <message>
        <source>Customs value, KZT</source>
        <translation>Таможенная стоимость, тенге</translation>
    </message>
    <message>
        <source>Statistical value, USD</source>
        <translation>Статистическая стоимость, долл. США</translation>
    </message>
    <message>
        <source>Box B: to pay</source>
        <translation>Графа B: к уплате</translation>
    </message>
    <message>
        <source>Total to pay, KZT</source>
        <translation>Всего к уплате, тенге</translation>
    </message>
    <message>
        <source>The checks find %1 error(s) in this declaration: the figures may change.</source>
        <translation>Проверки находят в декларации ошибок: %1 — суммы могут измениться.</translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Графа</translation>
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
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Customs value, KZT</source>
        <translation>Таможенная стоимость, тенге</translation>
    </message>
    <message>
        <source>Statistical value, USD</source>
        <translation>Статистическая стоимость, USD</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>Всего к уплате</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>Transport to the border: %1 in all, shared over the items by gross mass.</source>
        <translation>Транспорт до границы: всего %1, распределено по товарам пропорционально весу брутто.</translation>
    </message>
    <message>
        <source>Transport to the border: %1 in all, shared over the items by value.</source>
        <translation>Транспорт до границы: всего %1, распределено по товарам пропорционально стоимости.</translation>
    </message>
    <message>
        <source>Insurance to the border: %1 in all, shared over the items by gross mass.</source>
        <translation>Страхование до границы: всего %1, распределено по товарам пропорционально весу брутто.</translation>
    </message>
    <message>
        <source>Insurance to the border: %1 in all, shared over the items by value.</source>
        <translation>Страхование до границы: всего %1, распределено по товарам пропорционально стоимости.</translation>
    </message>
    <message>
        <source>Other additions: %1 in all, shared over the items by gross mass.</source>
        <translation>Другие начисления: всего %1, распределено по товарам пропорционально весу брутто.</translation>
    </message>
    <message>
        <source>Other additions: %1 in all, shared over the items by value.</source>
        <translation>Другие начисления: всего %1, распределено по товарам пропорционально стоимости.</translation>
    </message>
    <message>
        <source>Tariff %1 of %2; KZT amounts rounded to %3; %4 warning(s) about rates</source>
        <translation>Тариф %1 от %2; суммы в тенге округлены до %3; замечаний о курсах: %4</translation>
    </message>
    <message>
        <source>Choose a line to see how it was calculated.</source>
        <translation>Выберите строку, чтобы увидеть расчёт.</translation>
    </message>
    <message>
        <source>Exchange rate %1: %2 KZT, set for %3 (%4)</source>
        <translation>Курс %1: %2 тенге, установлен на %3 (%4)</translation>
    </message>
    <message>
        <source>Reference data: %1</source>
        <translation>Справочники: %1</translation>
    </message>
    <message>
        <source>Practice tariff: the duty rates are made up for practice. Load the official schedule under Workspace → Tariff before filing for real.</source>
        <translation>Учебный тариф: ставки пошлин придуманы для практики. Перед настоящей подачей загрузите официальный тариф: Рабочая область → Тариф.</translation>
    </message>
    <message>
        <source>Fill boxes 45–47 and B from the calculation</source>
        <translation>Заполнить графы 45–47 и B по расчёту</translation>
    </message>
    <message>
        <source>Payment summary (PDF)…</source>
        <translation>Расчёт платежей (PDF)…</translation>
    </message>
    <message>
        <source>B  Totals by payment type, KZT</source>
        <translation>B  Итоги по видам платежей, тенге</translation>
    </message>
    <message>
        <source>How this amount was calculated</source>
        <translation>Как рассчитана сумма</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>preparer</source>
        <translation>подготовитель</translation>
    </message>
    <message>
        <source>declarant</source>
        <translation>декларант</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Команды</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People and roles</source>
        <translation>Сотрудники и роли</translation>
    </message>
    <message>
        <source>Each person signs in to the team server with their own login. A preparer creates, edits and checks declarations; a declarant also signs and sends them; an administrator also manages people, clients and their papers. A person in teams sees the clients of those teams and the clients in no team.</source>
        <translation>Каждый сотрудник входит на сервер команды под своим логином. Подготовитель создаёт, правит и проверяет декларации; декларант также подписывает и отправляет их; администратор также управляет сотрудниками, клиентами и их документами. Сотрудник, входящий в команды, видит клиентов этих команд и клиентов без команды.</translation>
    </message>
    <message>
        <source>north, south (empty: all clients)</source>
        <translation>north, south (пусто: все клиенты)</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Teams:</source>
        <translation>&amp;Команды:</translation>
    </message>
    <message>
        <source>Pass&amp;word (new person):</source>
        <translation>Па&amp;роль (новый сотрудник):</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Добавить сотрудника</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Сохранить изменения</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>empty: everyone sees this client</source>
        <translation>пусто: клиента видят все</translation>
    </message>
    <message>
        <source>Set the client's &amp;teams</source>
        <translation>Задать &amp;команды клиента</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>К&amp;лиент:</translation>
    </message>
    <message>
        <source>Seen by the teams:</source>
        <translation>Видят команды:</translation>
    </message>
    <message>
        <source>Only an administrator changes people and teams.</source>
        <translation>Сотрудников и команды меняет только администратор.</translation>
    </message>
    <message>
        <source>A new person needs a password to sign in with.</source>
        <translation>Новому сотруднику нужен пароль для входа.</translation>
    </message>
    <message>
        <source>%1 added: they sign in with this login and password.</source>
        <translation>%1 добавлен(а): вход по этому логину и паролю.</translation>
    </message>
    <message>
        <source>%1 changed: it applies when they next open the workspace.</source>
        <translation>%1 изменён(а): действует со следующего открытия рабочей области.</translation>
    </message>
    <message>
        <source>%1 no longer signs in here.</source>
        <translation>%1 больше не входит сюда.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Не выполнено: %1</translation>
    </message>
    <message>
        <source>Teams of %1 set.</source>
        <translation>Команды клиента %1 заданы.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>all clients</source>
        <translation>все клиенты</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>Practice</source>
        <translation>Учебный</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Gateway profiles</source>
        <translation>Профили шлюза</translation>
    </message>
    <message>
        <source>Use this profile</source>
        <translation>Использовать этот профиль</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>A real gateway</source>
        <translation>Настоящий шлюз</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Идентификатор клиента</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Секрет клиента</translation>
    </message>
    <message>
        <source>Add the gateway</source>
        <translation>Добавить шлюз</translation>
    </message>
    <message>
        <source>Give a name, an http(s) URL and the client id.</source>
        <translation>Укажите название, URL http(s) и идентификатор клиента.</translation>
    </message>
    <message>
        <source>Added; the secret is in the system keyring.</source>
        <translation>Добавлено; секрет сохранён в хранилище паролей системы.</translation>
    </message>
    <message>
        <source>Added, but this system has no keyring: the secret was not kept.</source>
        <translation>Добавлено, но в системе нет хранилища паролей: секрет не сохранён.</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <source>Exchange rates</source>
        <translation>Курсы валют</translation>
    </message>
    <message>
        <source>KZT for one unit of a currency, by the date it was set. A rate stays in force until the next one, for at most 7 days. A file needs the columns date, currency and rate (CSV or XLSX).</source>
        <translation>Тенге за единицу валюты на дату установления. Курс действует до следующего, но не дольше 7 дней. В файле нужны столбцы date, currency и rate (CSV или XLSX).</translation>
    </message>
    <message>
        <source>Rate, e.g. 512.34</source>
        <translation>Курс, например 512.34</translation>
    </message>
    <message>
        <source>Add rate</source>
        <translation>Добавить курс</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Удалить выбранные</translation>
    </message>
    <message>
        <source>Import from a file…</source>
        <translation>Загрузить из файла…</translation>
    </message>
    <message>
        <source>Get official rates for the date</source>
        <translation>Получить официальные курсы на дату</translation>
    </message>
    <message>
        <source>The National Bank of Kazakhstan's rates of the date chosen above</source>
        <translation>Курсы Национального банка Казахстана на дату, выбранную выше</translation>
    </message>
    <message>
        <source>“%1” is not a rate.</source>
        <translation>«%1» — не курс.</translation>
    </message>
    <message>
        <source>Give a currency code and a rate above zero.</source>
        <translation>Укажите код валюты и курс больше нуля.</translation>
    </message>
    <message>
        <source>Rate of %1 saved.</source>
        <translation>Курс %1 сохранён.</translation>
    </message>
    <message>
        <source>Asking the National Bank for the rates of %1…</source>
        <translation>Запрашиваем у Национального банка курсы на %1…</translation>
    </message>
    <message>
        <source>%1 official rates of %2 saved.</source>
        <translation>Сохранено официальных курсов на %2: %1.</translation>
    </message>
    <message>
        <source>No rates of %1 were fetched; the rates you have are kept. %2</source>
        <translation>Курсы на %1 не получены; имеющиеся курсы сохранены. %2</translation>
    </message>
    <message>
        <source>Import exchange rates</source>
        <translation>Загрузка курсов валют</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Таблицы (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>%1 rates added from %2.</source>
        <translation>Добавлено курсов из %2: %1.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Из %1 ничего не загружено.</translation>
    </message>
    <message>
        <source>%1 cannot be read; nothing was imported.

%2</source>
        <translation>Не удаётся прочитать %1; ничего не загружено.

%2</translation>
    </message>
</context>
<context>
    <name>RatesModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>KZT per unit</source>
        <translation>Тенге за единицу</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>RequestsDialog</name>
    <message>
        <source>Show answered and closed requests too</source>
        <translation>Показывать и отвеченные, закрытые запросы</translation>
    </message>
    <message>
        <source>Customs requests</source>
        <translation>Запросы таможни</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s)</source>
        <translation>
            <numerusform>%n открытый запрос</numerusform>
            <numerusform>%n открытых запроса</numerusform>
            <numerusform>%n открытых запросов</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the requests: %1</source>
        <translation>Не удалось прочитать запросы: %1</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>отвечен</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>LRN</source>
        <translation>LRN</translation>
    </message>
    <message>
        <source>Customs asks for</source>
        <translation>Таможня запрашивает</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>Revisions</source>
        <translation>Редакции</translation>
    </message>
    <message>
        <source>Restore as a new revision</source>
        <translation>Восстановить как новую редакцию</translation>
    </message>
    <message>
        <source>Every save is kept. Restoring an earlier revision makes it the newest; the revisions after it stay here.</source>
        <translation>Каждое сохранение хранится. Восстановленная ранняя редакция становится последней; более поздние остаются здесь.</translation>
    </message>
    <message>
        <source>A signed or sent declaration: make a new version to restore one.</source>
        <translation>Декларация подписана или отправлена: чтобы восстановить редакцию, создайте новую версию.</translation>
    </message>
</context>
<context>
    <name>RevisionsModel</name>
    <message>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>LRN</source>
        <translation>LRN</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>Кто сохранил</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>подписана</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>box 54: the customs representative's name and BIN</source>
        <translation>графа 54: наименование и БИН таможенного представителя</translation>
    </message>
    <message>
        <source>box 54: the representative's BIN is not the one of this key's company</source>
        <translation>графа 54: БИН представителя не совпадает с БИН организации этого ключа</translation>
    </message>
    <message>
        <source>box 54: the representative's entry in the register of customs representatives</source>
        <translation>графа 54: номер в реестре таможенных представителей</translation>
    </message>
    <message>
        <source>box 54: the number and date of the contract with the declarant</source>
        <translation>графа 54: номер и дата договора с декларантом</translation>
    </message>
    <message>
        <source>box 44: the contract with the declarant as document 11002, with its number</source>
        <translation>графа 44: договор с декларантом документом 11002, с его номером</translation>
    </message>
    <message>
        <source>a contract with the declarant in force today (the one given has ended)</source>
        <translation>договор с декларантом, действующий сегодня (указанный истёк)</translation>
    </message>
    <message>
        <source>box 54: the power of attorney of the person who fills in the declaration</source>
        <translation>графа 54: доверенность лица, заполнившего декларацию</translation>
    </message>
    <message>
        <source>box 54: a power of attorney valid today (the one given has expired)</source>
        <translation>графа 54: доверенность, действующая сегодня (указанная истекла)</translation>
    </message>
    <message>
        <source>box 54: a power of attorney valid today (the one given starts later)</source>
        <translation>графа 54: доверенность, действующая сегодня (указанная начинает действовать позже)</translation>
    </message>
    <message>
        <source>Sign the declaration</source>
        <translation>Подписание декларации</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Remember the password (in the system keyring)</source>
        <translation>Запомнить пароль (в хранилище паролей системы)</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Подписать</translation>
    </message>
    <message>
        <source>You sign declaration %1 (%2) for %3, BIN/IIN %4: %5 goods items, customs value %6 KZT, payments %7 KZT. After signing it cannot be changed; a change is a new version.</source>
        <translation>Вы подписываете декларацию %1 (%2) за %3, БИН/ИИН %4: товаров %5, таможенная стоимость %6 тенге, платежи %7 тенге. После подписания её нельзя изменить; изменение — это новая версия.</translation>
    </message>
    <message>
        <source>The checks find %1 error(s): fix them first.</source>
        <translation>Проверки нашли ошибок: %1 — сначала исправьте их.</translation>
    </message>
    <message>
        <source>No signing key yet: add one under Workspace → Keys.</source>
        <translation>Ключа подписи пока нет: добавьте его в Рабочая область → Ключи подписи.</translation>
    </message>
    <message>
        <source>remembered; type to use another</source>
        <translation>сохранён; введите, чтобы использовать другой</translation>
    </message>
    <message>
        <source>This key is not the declarant's (box 14): it signs as the customs representative, and for that the declaration lacks:</source>
        <translation>Этот ключ не принадлежит декларанту (графа 14): подпись будет от имени таможенного представителя, а для этого в декларации не хватает:</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Подписание…</translation>
    </message>
    <message>
        <source>This declaration is already signed.</source>
        <translation>Эта декларация уже подписана.</translation>
    </message>
    <message>
        <source>This system has no keyring to remember the password: untick “Remember” and sign again.</source>
        <translation>В системе нет хранилища паролей: снимите отметку «Запомнить» и подпишите снова.</translation>
    </message>
    <message>
        <source>Not signed: %1</source>
        <translation>Не подписано: %1</translation>
    </message>
</context>
<context>
    <name>SpreadDialog</name>
    <message>
        <source>Spread a cost over the items</source>
        <translation>Распределение расходов по товарам</translation>
    </message>
    <message>
        <source>Transport to the border</source>
        <translation>Транспорт до границы</translation>
    </message>
    <message>
        <source>Insurance to the border</source>
        <translation>Страхование до границы</translation>
    </message>
    <message>
        <source>Other additions</source>
        <translation>Другие начисления</translation>
    </message>
    <message>
        <source>by gross mass</source>
        <translation>по весу брутто</translation>
    </message>
    <message>
        <source>by value</source>
        <translation>по стоимости</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Расход</translation>
    </message>
    <message>
        <source>Amount, %1</source>
        <translation>Сумма, %1</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Распределить</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>«%1» — не сумма.</translation>
    </message>
    <message>
        <source>Not spread: %1</source>
        <translation>Не распределено: %1</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>No declarations yet</source>
        <translation>Деклараций пока нет</translation>
    </message>
    <message>
        <source>Everything you type is kept on this computer. Next steps:</source>
        <translation>Всё, что вы вводите, хранится на этом компьютере. Что дальше:</translation>
    </message>
    <message>
        <source>First steps…</source>
        <translation>Первые шаги…</translation>
    </message>
    <message>
        <source>Language, your company, your signing key and the gateway.</source>
        <translation>Язык, ваша компания, ключ подписи и шлюз.</translation>
    </message>
    <message>
        <source>Clients…</source>
        <translation>Клиенты…</translation>
    </message>
    <message>
        <source>The companies you file for, with their contracts and powers.</source>
        <translation>Компании, за которые вы декларируете, с договорами и доверенностями.</translation>
    </message>
    <message>
        <source>New declaration (Ctrl+N)</source>
        <translation>Новая декларация (Ctrl+N)</translation>
    </message>
    <message>
        <source>A draft for a client; it checks itself as you type.</source>
        <translation>Черновик для клиента; проверяется по мере ввода.</translation>
    </message>
    <message>
        <source>Import (Ctrl+I)</source>
        <translation>Импорт (Ctrl+I)</translation>
    </message>
    <message>
        <source>A declaration file: JSON, an archive or EAEU XML.</source>
        <translation>Файл декларации: JSON, архив или XML ЕАЭС.</translation>
    </message>
    <message>
        <source>User guide (F1)</source>
        <translation>Руководство (F1)</translation>
    </message>
    <message>
        <source>From a draft to release, the practice gateway, signing.</source>
        <translation>От черновика до выпуска, учебный шлюз, подпись.</translation>
    </message>
</context>
<context>
    <name>Statuses</name>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписана</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Подана</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Не зарегистрирована</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрирована</translation>
    </message>
    <message>
        <source>Under control</source>
        <translation>На контроле</translation>
    </message>
    <message>
        <source>Customs awaits you</source>
        <translation>Таможня ждёт ответа</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Выпущены</translation>
    </message>
    <message>
        <source>Release refused</source>
        <translation>Отказ в выпуске</translation>
    </message>
    <message>
        <source>Release suspended</source>
        <translation>Выпуск приостановлен</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозвана</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Зелёный</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Жёлтый</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Красный</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 дн</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <source>By</source>
        <translation>Разрез</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Деклараций</translation>
    </message>
    <message>
        <source>Green %</source>
        <translation>Зелёный, %</translation>
    </message>
    <message>
        <source>Yellow %</source>
        <translation>Жёлтый, %</translation>
    </message>
    <message>
        <source>Red %</source>
        <translation>Красный, %</translation>
    </message>
    <message>
        <source>To release: median</source>
        <translation>До выпуска: медиана</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90-й процентиль</translation>
    </message>
    <message>
        <source>Documents asked</source>
        <translation>Запрошены документы</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказы</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
</context>
<context>
    <name>TariffDialog</name>
    <message>
        <source>Tariff and payment settings</source>
        <translation>Тариф и настройки платежей</translation>
    </message>
    <message>
        <source>Use the EAEU Common Customs Tariff shipped with Kedendesk (ЕТТ ЕАЭС)</source>
        <translation>Использовать Единый таможенный тариф ЕАЭС из поставки Kedendesk (ЕТТ ЕАЭС)</translation>
    </message>
    <message>
        <source>Use the practice tariff shipped with Kedendesk</source>
        <translation>Использовать учебный тариф из поставки Kedendesk</translation>
    </message>
    <message>
        <source>Load the official schedule</source>
        <translation>Загрузить официальный тариф</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>e.g. ETT-2026-11</source>
        <translation>например ЕТТ-2026-11</translation>
    </message>
    <message>
        <source>A CSV or XLSX table with the columns code, description, duty, excise, vat, unit, measures. Duty as the tariff writes it: 5%, 0.5 EUR/kg, 10% but not less than 0.2 EUR/kg.</source>
        <translation>Таблица CSV или XLSX со столбцами code, description, duty, excise, vat, unit, measures. Пошлина — как в тарифе: 5%, 0.5 EUR/kg, 10% но не менее 0.2 евро/кг.</translation>
    </message>
    <message>
        <source>Choose the file and load…</source>
        <translation>Выбрать файл и загрузить…</translation>
    </message>
    <message>
        <source>Round each payment to whole tenge (else to tiyn)</source>
        <translation>Округлять каждый платёж до целых тенге (иначе до тиынов)</translation>
    </message>
    <message>
        <source>Active tariff: %1, effective %2, %3 commodity codes.
Source: %4</source>
        <translation>Действующий тариф: %1, с %2, кодов товаров: %3.
Источник: %4</translation>
    </message>
    <message>
        <source>Its rates are for practice only, not for real declarations.</source>
        <translation>Его ставки — только для практики, не для настоящих деклараций.</translation>
    </message>
    <message>
        <source>Load a tariff</source>
        <translation>Загрузка тарифа</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Таблицы (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Give the tariff a version first.</source>
        <translation>Сначала укажите версию тарифа.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>Loaded; open declarations are checked against it now.</source>
        <translation>Загружено; открытые декларации теперь проверяются по нему.</translation>
    </message>
    <message>
        <source>Nothing was loaded from %1.</source>
        <translation>Из %1 ничего не загружено.</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>%1 cannot be read; nothing was loaded.

%2</source>
        <translation>Не удаётся прочитать %1; ничего не загружено.

%2</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Open team workspace</source>
        <translation>Общее рабочее пространство</translation>
    </message>
    <message>
        <source>A team workspace is a database on your office's PostgreSQL server: every desk that opens it works on the same clients and declarations. Ask your administrator for its address.</source>
        <translation>Общее рабочее пространство — это база данных на сервере PostgreSQL вашего офиса: все рабочие места, открывшие её, работают с одними и теми же клиентами и декларациями. Адрес узнайте у администратора.</translation>
    </message>
    <message>
        <source>Remember the password (in the system keyring)</source>
        <translation>Запомнить пароль (в хранилище паролей системы)</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Адрес сервера:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Now open: %1</source>
        <translation>Сейчас открыто: %1</translation>
    </message>
    <message>
        <source>&amp;Connect and open</source>
        <translation>&amp;Подключиться и открыть</translation>
    </message>
    <message>
        <source>This desk's &amp;own workspace</source>
        <translation>&amp;Собственное пространство этого места</translation>
    </message>
    <message>
        <source>The address starts with postgresql://</source>
        <translation>Адрес начинается с postgresql://</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Connected. Kedendesk opens the team workspace from now on.</source>
        <translation>Подключено. Теперь Kedendesk открывает общее рабочее пространство.</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Не подключено: %1</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Native code</source>
        <translation>Код системы</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Customs asks for documents: %1 (since %2)</source>
        <translation>Таможня запрашивает документы: %1 (с %2)</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Ответить…</translation>
    </message>
    <message>
        <source>(queued by %1)</source>
        <translation>(в очередь поставил: %1)</translation>
    </message>
    <message>
        <source>(sent by %1)</source>
        <translation>(отправил(а) %1)</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Отправить снова</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Customs requests</source>
        <translation>Запросы таможни</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Исходящие</translation>
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
        <translation>
            <numerusform>Удалить навсегда %n декларацию со всеми версиями?</numerusform>
            <numerusform>Удалить навсегда %n декларации со всеми версиями?</numerusform>
            <numerusform>Удалить навсегда %n деклараций со всеми версиями?</numerusform>
        </translation>
    </message>
</context>
</TS>

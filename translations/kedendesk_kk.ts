<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AddKeyDialog</name>
    <message>
        <source>Add a signing key</source>
        <translation>Қол қою кілтін қосу</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Remember the password (in the system keyring)</source>
        <translation>Құпиясөзді есте сақтау (жүйенің құпиясөз қоймасында)</translation>
    </message>
    <message>
        <source>Keep a copy of the key file in the workspace (else only its location)</source>
        <translation>Кілт файлының көшірмесін жұмыс кеңістігінде сақтау (әйтпесе тек орны)</translation>
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
        <translation>СЭҚ ТН тобы</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Шығу тегі</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Барлық клиенттер</translation>
    </message>
    <message>
        <source>From your own declarations only: what happened, not a forecast of customs' risk profiles. Times run from the gateway's acknowledgement to the release.</source>
        <translation>Тек өз декларацияларыңыз бойынша: не болғаны, кеденнің тәуекел бейіндерінің болжамы емес. Уақыт — шлюз растағаннан шығаруға дейін.</translation>
    </message>
    <message>
        <source>&amp;Export the table to XLSX…</source>
        <translation>Кестені XLSX-ке &amp;экспорттау…</translation>
    </message>
    <message>
        <source>&amp;Billing report to XLSX…</source>
        <translation>Шот &amp;есебі XLSX-ке…</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>&amp;Бөлу</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>&amp;Клиент</translation>
    </message>
    <message>
        <source>Analytics of your declarations</source>
        <translation>Декларацияларыңыздың талдауы</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Есептелуде…</translation>
    </message>
    <message numerus="yes">
        <source>%n declaration(s) submitted</source>
        <translation>
            <numerusform>%n декларация берілді</numerusform>
            <numerusform>%n декларация берілді</numerusform>
        </translation>
    </message>
    <message>
        <source>Not counted: %1</source>
        <translation>Есептелмеді: %1</translation>
    </message>
    <message>
        <source>Minutes to release: median</source>
        <translation>Шығаруға дейінгі минут: медиана</translation>
    </message>
    <message>
        <source>90th percentile, minutes</source>
        <translation>90-процентиль, минут</translation>
    </message>
    <message>
        <source>Export to XLSX</source>
        <translation>XLSX-ке экспорттау</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Кестелер (*.xlsx)</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>%1 файлына жазылды.</translation>
    </message>
    <message>
        <source>Billing report</source>
        <translation>Шот есебі</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Декларациялар</translation>
    </message>
    <message>
        <source>Goods items</source>
        <translation>Тауарлар</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer customs</source>
        <translation>Кеденге жауап</translation>
    </message>
    <message>
        <source>Customs asks for: %1</source>
        <translation>Кеден сұрайды: %1</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>Файл тіркеу…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Кілт</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>empty: the remembered password</source>
        <translation>бос: сақталған құпиясөз</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Файлдарды тіркеу</translation>
    </message>
    <message>
        <source>No signing key: add one under Workspace → Keys.</source>
        <translation>Қол қою кілті жоқ: оны Жұмыс кеңістігі → Қол қою кілттері бөлімінде қосыңыз.</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Қол қою…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Жіберілмеді: %1</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>This workspace is open in another Kedendesk (process %1 on %2, since %3).

You can work in both: a declaration saved in both windows becomes a conflict you resolve, and nothing is overwritten. Open it here as well?</source>
        <translation>Бұл жұмыс кеңістігі басқа Kedendesk-те ашық (%2 құрылғысындағы %1 процесі, %3 бастап).

Екеуінде де жұмыс істеуге болады: екі терезеде сақталған декларация сіз шешетін қайшылыққа айналады, ештеңе қайта жазылмайды. Мұнда да ашу керек пе?</translation>
    </message>
    <message>
        <source>Open here as well</source>
        <translation>Мұнда да ашу</translation>
    </message>
    <message>
        <source>The team server does not answer:
%1

Nothing on it is lost. Open this desk's own workspace instead, or quit and try again when the server is back?</source>
        <translation>Ортақ жұмыс кеңістігінің сервері жауап бермейді:
%1

Ондағы ештеңе жоғалған жоқ. Оның орнына осы жұмыс орнының өз кеңістігін ашу керек пе, әлде шығып, сервер қайта істегенде көру керек пе?</translation>
    </message>
    <message>
        <source>Open this desk's own workspace</source>
        <translation>Осы орынның өз кеңістігін ашу</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>Көшірмені &amp;қазір жасау</translation>
    </message>
    <message>
        <source>&amp;Restore the selected…</source>
        <translation>Таңдалғанды &amp;қалпына келтіру…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>&amp;Файлдан қалпына келтіру…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <source>&amp;Keep the daily backups for</source>
        <translation>Күнделікті көшірмелерді &amp;сақтау</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>%1 ішінде</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Сақтық көшірмелер</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Көшірме жасалуда…</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Көшірме жасалды: %1.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>Kedendesk backups (*.zip)</source>
        <translation>Kedendesk көшірмелері (*.zip)</translation>
    </message>
    <message>
        <source>Choose a backup in the list.</source>
        <translation>Тізімнен көшірмені таңдаңыз.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <source>The workspace becomes what %1 holds. What is there now is backed up first, and the open declarations are closed. Restore?</source>
        <translation>Жұмыс аймағы %1 ішіндегідей болады. Қазіргі күйі алдымен көшірмеге сақталады, ашық декларациялар жабылады. Қалпына келтіру керек пе?</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Қалпына келтірілуде…</translation>
    </message>
    <message>
        <source>Restored. What was there before is in %1.</source>
        <translation>Қалпына келтірілді. Бұрынғы күйі — %1 ішінде.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Ештеңе өзгертілмеді: %1</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Made</source>
        <translation>Жасалды</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>daily, automatic</source>
        <translation>күнделікті, автоматты</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>қолмен жасалған</translation>
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
        <translation>A бағаны: кеден декларацияға беретін тіркеу нөмірі (бекет коды / күні / нөмірі). Декларант толтырмайды.</translation>
    </message>
    <message>
        <source>Box 1: the declaration type: direction (ИМ import, ЭК export), the customs procedure code and ЭД for an electronic declaration.</source>
        <translation>1-баған: декларация түрі: бағыты (ИМ — импорт, ЭК — экспорт), кедендік рәсім коды және электрондық декларация үшін ЭД.</translation>
    </message>
    <message>
        <source>Box 2: the consignor or exporter: name, address and country; a person of the EAEU also with their BIN or IIN.</source>
        <translation>2-баған: жөнелтуші немесе экспорттаушы: атауы, мекенжайы және елі; ЕАЭО тұлғасы БСН немесе ЖСН-імен.</translation>
    </message>
    <message>
        <source>Box 3: the sheet of the form and how many sheets the declaration has.</source>
        <translation>3-баған: нысан парағының нөмірі және декларациядағы парақтар саны.</translation>
    </message>
    <message>
        <source>Box 5: how many goods items the declaration has (1 to 999).</source>
        <translation>5-баған: декларациядағы тауарлар саны (1-ден 999-ға дейін).</translation>
    </message>
    <message>
        <source>Box 6: the total number of packages of all goods items.</source>
        <translation>6-баған: барлық тауарлардың жүк орындарының жалпы саны.</translation>
    </message>
    <message>
        <source>Box 7: the reference number: the declaration's feature code from the classifier.</source>
        <translation>7-баған: анықтамалық нөмір: сыныптауыштан декларациялау ерекшелігінің коды.</translation>
    </message>
    <message>
        <source>Box 8: the consignee: who receives the goods (or the same as box 14).</source>
        <translation>8-баған: алушы: тауарды кім алады (немесе 14-бағандағыдай).</translation>
    </message>
    <message>
        <source>Box 9: the person responsible for financial settlement (or the same as box 14).</source>
        <translation>9-баған: қаржылық реттеуге жауапты тұлға (немесе 14-бағандағыдай).</translation>
    </message>
    <message>
        <source>Box 11: the trading country: where the counterparty of the deal is.</source>
        <translation>11-баған: сауда жасайтын ел: мәміле контрагентінің елі.</translation>
    </message>
    <message>
        <source>Box 12: the total customs value: the sum of box 45 of all items, in tenge.</source>
        <translation>12-баған: жалпы кедендік құн: барлық тауарлардың 45-бағандарының сомасы, теңгемен.</translation>
    </message>
    <message>
        <source>Box 14: the declarant: who declares the goods, with BIN or IIN; and the customs representative if one files.</source>
        <translation>14-баған: декларант: тауарды кім декларациялайды, БСН немесе ЖСН-імен; және өкіл берсе, кеден өкілі.</translation>
    </message>
    <message>
        <source>Box 15a: the country of dispatch: where the goods were sent from.</source>
        <translation>15a-баған: жөнелту елі: тауарлар қайдан жөнелтілді.</translation>
    </message>
    <message>
        <source>Box 16: the country of origin of all goods, or "various" or "unknown".</source>
        <translation>16-баған: барлық тауарлардың шығу елі, немесе «әртүрлі», немесе «белгісіз».</translation>
    </message>
    <message>
        <source>Box 17a: the country of destination: where the goods are going.</source>
        <translation>17a-баған: баратын ел: тауарлар қайда бағытталады.</translation>
    </message>
    <message>
        <source>Box 18: the means of transport at departure or arrival: how many, their numbers and country of registration.</source>
        <translation>18-баған: жөнелту немесе келу кезіндегі көлік құралдары: саны, нөмірлері және тіркелген елі.</translation>
    </message>
    <message>
        <source>Box 19: whether the goods travel in containers (1) or not (0).</source>
        <translation>19-баған: тауарлар контейнерлермен тасымалдана ма (1) әлде жоқ па (0).</translation>
    </message>
    <message>
        <source>Box 20: the delivery terms: the Incoterms code and the named place.</source>
        <translation>20-баған: жеткізу шарттары: Инкотермс коды және аталған пункт.</translation>
    </message>
    <message>
        <source>Box 21: the active means of transport crossing the border: its number and country.</source>
        <translation>21-баған: шекарадағы белсенді көлік құралы: нөмірі және елі.</translation>
    </message>
    <message>
        <source>Box 22: the invoice currency and the total invoiced amount.</source>
        <translation>22-баған: шот валютасы және шот бойынша жалпы сома.</translation>
    </message>
    <message>
        <source>Box 23: the exchange rate of box 22's currency to the tenge on the declaration's date.</source>
        <translation>23-баған: 22-баған валютасының декларация күнгі теңгеге бағамы.</translation>
    </message>
    <message>
        <source>Box 24: the nature of the transaction: its code and feature code.</source>
        <translation>24-баған: мәміленің сипаты: коды және ерекшелік коды.</translation>
    </message>
    <message>
        <source>Box 25: the mode of transport at the border.</source>
        <translation>25-баған: шекарадағы көлік түрі.</translation>
    </message>
    <message>
        <source>Box 26: the mode of transport inside the country.</source>
        <translation>26-баған: ел ішіндегі көлік түрі.</translation>
    </message>
    <message>
        <source>Box 29: the customs office of entry or exit.</source>
        <translation>29-баған: кіру немесе шығу кеден органы.</translation>
    </message>
    <message>
        <source>Box 30: where the goods are: the location type, customs office, warehouse licence and address.</source>
        <translation>30-баған: тауарлардың орналасқан жері: орын түрі, кеден бекеті, қойма лицензиясы және мекенжайы.</translation>
    </message>
    <message>
        <source>Box 31: the goods and their packages: description, manufacturer, trademark, model, packaging and containers.</source>
        <translation>31-баған: тауарлар мен жүк орындары: сипаттамасы, өндірушісі, тауар белгісі, моделі, қаптамасы және контейнерлері.</translation>
    </message>
    <message>
        <source>Box 33: the commodity code: 10 digits of the EAEU commodity nomenclature (F4 finds it).</source>
        <translation>33-баған: тауар коды: ЕАЭО СЭҚ ТН-ның 10 цифры (F4 — номенклатурадан іздеу).</translation>
    </message>
    <message>
        <source>Box 34: the country of origin of this item.</source>
        <translation>34-баған: осы тауардың шығу елі.</translation>
    </message>
    <message>
        <source>Box 35: the gross mass of the item in kilograms, packaging included.</source>
        <translation>35-баған: тауардың қаптамасымен бірге брутто салмағы, килограммен.</translation>
    </message>
    <message>
        <source>Box 36: the preferences: four codes for fees, duty, excise and VAT.</source>
        <translation>36-баған: преференциялар: төрт код — алымдар, баж, акциз және ҚҚС.</translation>
    </message>
    <message>
        <source>Box 37: the procedure: the declared one, the previous one and the movement feature.</source>
        <translation>37-баған: рәсім: мәлімделетін, алдыңғы және өткізу ерекшелігі.</translation>
    </message>
    <message>
        <source>Box 38: the net mass of the item in kilograms, without packaging; never more than the gross mass.</source>
        <translation>38-баған: тауардың қаптамасыз нетто салмағы, килограммен; бруттодан аспайды.</translation>
    </message>
    <message>
        <source>Box 39: the quota the goods are counted against, if any.</source>
        <translation>39-баған: тауар есептелетін квота, бар болса.</translation>
    </message>
    <message>
        <source>Box 40: the previous document, such as a transit declaration or temporary storage.</source>
        <translation>40-баған: алдыңғы құжат, мысалы транзиттік декларация немесе уақытша сақтау.</translation>
    </message>
    <message>
        <source>Box 41: the quantity in the supplementary unit the commodity code requires.</source>
        <translation>41-баған: тауар коды талап ететін қосымша өлшем бірлігіндегі саны.</translation>
    </message>
    <message>
        <source>Box 42: the item's price on the invoice, in box 22's currency.</source>
        <translation>42-баған: шот бойынша тауар бағасы, 22-баған валютасында.</translation>
    </message>
    <message>
        <source>Box 43: the customs valuation method (1 to 6).</source>
        <translation>43-баған: кедендік құнды анықтау әдісі (1-ден 6-ға дейін).</translation>
    </message>
    <message>
        <source>Box 44: the documents: type code, number, date and validity of each.</source>
        <translation>44-баған: құжаттар: әрқайсысының түр коды, нөмірі, күні және қолданылу мерзімі.</translation>
    </message>
    <message>
        <source>Box 45: the customs value of the item in tenge.</source>
        <translation>45-баған: тауардың кедендік құны, теңгемен.</translation>
    </message>
    <message>
        <source>Box 46: the statistical value of the item in US dollars.</source>
        <translation>46-баған: тауардың статистикалық құны, АҚШ долларымен.</translation>
    </message>
    <message>
        <source>Box 47: the payments: for each, its type, base, rate, amount and payment feature.</source>
        <translation>47-баған: төлемдер: әрқайсысының түрі, есептеу негізі, мөлшерлемесі, сомасы және төлеу ерекшелігі.</translation>
    </message>
    <message>
        <source>Box 54: who filled in the declaration, where and when: name, identity document, phone, position; a representative's register entry and contract.</source>
        <translation>54-баған: декларацияны кім, қайда және қашан толтырды: аты-жөні, құжаты, телефоны, лауазымы; өкілдің тізілімдегі нөмірі және шарты.</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Басталуда…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 ішінен %1</translation>
    </message>
    <message>
        <source>Stopping after the current declaration…</source>
        <translation>Ағымдағы декларациядан кейін тоқтату…</translation>
    </message>
    <message>
        <source>%1 done, %2 not.</source>
        <translation>Орындалды: %1, орындалмады: %2.</translation>
    </message>
    <message>
        <source>Cancelled: the rest were not touched.</source>
        <translation>Болдырылмады: қалғандары өзгертілмеді.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Тоқтатылды: %1</translation>
    </message>
</context>
<context>
    <name>BulkModel</name>
    <message>
        <source>%1 error(s) in the checks: open it to fix them</source>
        <translation>тексерулердегі қателер: %1 — түзету үшін декларацияны ашыңыз</translation>
    </message>
    <message>
        <source>not a draft (signed already)</source>
        <translation>жоба емес (қол қойылған)</translation>
    </message>
    <message>
        <source>the key signs as representative, and papers are missing: %1</source>
        <translation>кілт өкіл атынан қол қояды, бірақ құжаттар жетіспейді: %1</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>әлі қол қойылмаған</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>қате: %1</translation>
    </message>
    <message>
        <source>LRN</source>
        <translation>LRN</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>done</source>
        <translation>дайын</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Product catalogue</source>
        <translation>Тауарлар каталогы</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Клиент</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Табу</translation>
    </message>
    <message>
        <source>Article, name, code, manufacturer</source>
        <translation>Артикул, атауы, коды, өндіруші</translation>
    </message>
    <message>
        <source>&amp;Remove product</source>
        <translation>Тауарды &amp;жою</translation>
    </message>
    <message>
        <source>The next import asks about it again (Delete)</source>
        <translation>Келесі импортта ол туралы қайта сұралады (Delete)</translation>
    </message>
    <message>
        <source>Add a client first.</source>
        <translation>Алдымен клиент қосыңыз.</translation>
    </message>
    <message>
        <source>Reading the catalogue…</source>
        <translation>Каталог оқылуда…</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s). Learnt from signed declarations; type to correct.</source>
        <translation>
            <numerusform>%n тауар. Қол қойылған декларациялардан; кестеде түзетіңіз.</numerusform>
            <numerusform>%n тауар. Қол қойылған декларациялардан; кестеде түзетіңіз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <source>A commodity code is 10 digits, not “%1”.</source>
        <translation>Тауар коды — 10 цифр, «%1» емес.</translation>
    </message>
    <message>
        <source>A country is two letters (CN, KZ), not “%1”.</source>
        <translation>Ел — екі әріп (CN, KZ), «%1» емес.</translation>
    </message>
    <message>
        <source>A unit is a 3-digit code (796, 166), not “%1”.</source>
        <translation>Өлшем бірлігі — үш таңбалы код (796, 166), «%1» емес.</translation>
    </message>
    <message>
        <source>“%1” removed.</source>
        <translation>«%1» жойылды.</translation>
    </message>
    <message>
        <source>The catalogue could not be changed: %1</source>
        <translation>Каталогты өзгерту мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <source>Supplier</source>
        <translation>Жеткізуші</translation>
    </message>
    <message>
        <source>Article or name</source>
        <translation>Артикул немесе атауы</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <source>33 Code</source>
        <translation>33 Код</translation>
    </message>
    <message>
        <source>34 Origin</source>
        <translation>34 Шығу тегі</translation>
    </message>
    <message>
        <source>41 Unit</source>
        <translation>41 Өлшем бірлігі</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Өндіруші</translation>
    </message>
    <message>
        <source>36 Preference</source>
        <translation>36 Преференция</translation>
    </message>
    <message>
        <source>Learnt from</source>
        <translation>Дереккөзі</translation>
    </message>
</context>
<context>
    <name>ClientsDialog</name>
    <message>
        <source>Clients</source>
        <translation>Клиенттер</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Пошта индексі</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <source>Street, house</source>
        <translation>Көше, үй</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Кеңсе</translation>
    </message>
    <message>
        <source>Show archived clients</source>
        <translation>Мұрағаттағы клиенттерді көрсету</translation>
    </message>
    <message>
        <source>&amp;New client</source>
        <translation>&amp;Жаңа клиент</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Ұйымдық-құқықтық нысаны</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Қазақша атауы</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Ағылшынша атауы</translation>
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
        <source>Add power of attorney</source>
        <translation>Сенімхат қосу</translation>
    </message>
    <message>
        <source>Remove power of attorney</source>
        <translation>Сенімхатты жою</translation>
    </message>
    <message>
        <source>Contract with the customs representative (11002)</source>
        <translation>Кеден өкілімен шарт (11002)</translation>
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
        <source>Valid to</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>Powers of attorney</source>
        <translation>Сенімхаттар</translation>
    </message>
    <message>
        <source>Box 8: the consignee is the declarant</source>
        <translation>8-баған: алушы — декларант</translation>
    </message>
    <message>
        <source>Box 9: the financial party is the declarant</source>
        <translation>9-баған: қаржылық реттеуге жауапты тұлға — декларант</translation>
    </message>
    <message>
        <source>Box 54: filled in by</source>
        <translation>54-баған: толтырған</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Suppliers (box 2), one a line</source>
        <translation>Жеткізушілер (2-баған), әр жолға біреу</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Байланыстар</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Байланыс қосу</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Байланысты жою</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Contract and powers</source>
        <translation>Шарт және сенімхаттар</translation>
    </message>
    <message>
        <source>New declarations</source>
        <translation>Жаңа декларациялар</translation>
    </message>
    <message>
        <source>&amp;Save client</source>
        <translation>Клиентті &amp;сақтау</translation>
    </message>
    <message>
        <source>We file as a customs representative</source>
        <translation>Біз кеден өкілі ретінде декларациялаймыз</translation>
    </message>
    <message>
        <source>Our company</source>
        <translation>Біздің ұйым</translation>
    </message>
    <message>
        <source>Our BIN</source>
        <translation>Біздің БСН</translation>
    </message>
    <message>
        <source>Register entry</source>
        <translation>Тізілімдегі нөмірі</translation>
    </message>
    <message>
        <source>Save our company</source>
        <translation>Біздің ұйымды сақтау</translation>
    </message>
    <message>
        <source>Only an administrator adds or changes clients and their papers.</source>
        <translation>Клиенттерді және олардың құжаттарын тек әкімші қосады және өзгертеді.</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (мұрағатта)</translation>
    </message>
    <message>
        <source>Bring back from the archive</source>
        <translation>Мұрағаттан қайтару</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Мұрағатқа</translation>
    </message>
    <message>
        <source>This is not a valid BIN or IIN (check the digits)</source>
        <translation>Бұл жарамды БСН немесе ЖСН емес (цифрларды тексеріңіз)</translation>
    </message>
    <message>
        <source>A client needs a name.</source>
        <translation>Клиенттің атауын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation>Мұрағатқа жіберілді.</translation>
    </message>
    <message>
        <source>Back from the archive.</source>
        <translation>Мұрағаттан қайтарылды.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
    <message>
        <source>Our company saved.</source>
        <translation>Біздің ұйым сақталды.</translation>
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
        <source>Its name</source>
        <translation>Атауы</translation>
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
        <source>Who may act</source>
        <translation>Кім әрекет етеді</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Кім берген</translation>
    </message>
    <message>
        <source>For what</source>
        <translation>Өкілеттіктер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
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
        <source>Issued in</source>
        <translation>Берілген ел</translation>
    </message>
    <message>
        <source>Presented</source>
        <translation>Ұсыну</translation>
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
        <source>Rate currency</source>
        <translation>Мөлшерлеме валютасы</translation>
    </message>
    <message>
        <source>Per unit</source>
        <translation>Бірлікке</translation>
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
        <source>Goods</source>
        <translation>Тауар</translation>
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
        <translation>Модель</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Serial / VIN</source>
        <translation>Сериялық нөмір / VIN</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бірл.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Engine, cm³</source>
        <translation>Қозғалтқыш, см³</translation>
    </message>
    <message>
        <source>Package kind</source>
        <translation>Қаптама түрі</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Орын</translation>
    </message>
    <message>
        <source>Pallet kind</source>
        <translation>Табандық түрі</translation>
    </message>
    <message>
        <source>Pallets</source>
        <translation>Табандықтар</translation>
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
        <source>Corridor</source>
        <translation>Дәліз</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Since submission</source>
        <translation>Берілгеннен бері</translation>
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
    <name>ConflictPrompt</name>
    <message>
        <source>Saved elsewhere</source>
        <translation>Басқа жерде сақталды</translation>
    </message>
    <message>
        <source>Declaration %1 was saved in another window or on another desk while you edited it. Keep your version as a new revision (the other stays in the history), or take the other one?</source>
        <translation>Сіз %1 декларациясын өңдеп жатқанда, ол басқа терезеде немесе басқа жұмыс орнында сақталды. Өз нұсқаңызды жаңа редакция ретінде сақтайсыз ба (екіншісі тарихта қалады), әлде екіншісін аласыз ба?</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Менікін қалдыру</translation>
    </message>
    <message>
        <source>Take the other</source>
        <translation>Екіншісін алу</translation>
    </message>
</context>
<context>
    <name>CustomsActions</name>
    <message>
        <source>Send to customs</source>
        <translation>Кеденге жіберу</translation>
    </message>
    <message>
        <source>Not queued: %1</source>
        <translation>Кезекке қойылмады: %1</translation>
    </message>
    <message>
        <source>Withdraw the declaration</source>
        <translation>Декларацияны кері қайтару</translation>
    </message>
    <message>
        <source>No signing key yet.</source>
        <translation>Қол қою кілті әлі жоқ.</translation>
    </message>
    <message>
        <source>Not withdrawn: %1</source>
        <translation>Кері қайтарылмады: %1</translation>
    </message>
    <message>
        <source>The password of your signing key:</source>
        <translation>Қол қою кілтінің құпиясөзі:</translation>
    </message>
</context>
<context>
    <name>DeclarationsPage</name>
    <message>
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <source>Drafts and signed</source>
        <translation>Жобалар мен қол қойылғандар</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Барлық клиенттер</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Жіберуді күтуде</translation>
    </message>
    <message>
        <source>With customs</source>
        <translation>Кеденде</translation>
    </message>
    <message>
        <source>Customs awaits you</source>
        <translation>Кеден жауап күтуде</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Шығарылды</translation>
    </message>
    <message>
        <source>Refused, rejected, withdrawn</source>
        <translation>Бас тартылған, тіркелмеген, кері қайтарылған</translation>
    </message>
    <message>
        <source>Drafts with errors</source>
        <translation>Қателері бар жобалар</translation>
    </message>
    <message>
        <source>Released this week</source>
        <translation>Апта ішінде шығарылғандар</translation>
    </message>
    <message>
        <source>All corridors</source>
        <translation>Барлық дәліздер</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Жасыл</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Сары</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Қызыл</translation>
    </message>
    <message numerus="yes">
        <source>%n declaration(s)</source>
        <translation>
            <numerusform>%n декларация</numerusform>
            <numerusform>%n декларация</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by LRN, client, declarant, procedure (Ctrl+F)</source>
        <translation>LRN, клиент, декларант, рәсім бойынша іздеу (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>DeskActions</name>
    <message>
        <source>No other client to choose.</source>
        <translation>Таңдауға басқа клиент жоқ.</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <source>Select declarations in the list first.</source>
        <translation>Алдымен тізімнен декларацияларды таңдаңыз.</translation>
    </message>
    <message>
        <source>Check the selected declarations</source>
        <translation>Таңдалған декларацияларды тексеру</translation>
    </message>
    <message>
        <source>No signing key yet: add one under Workspace → Keys.</source>
        <translation>Қол қою кілті әлі жоқ: Жұмыс аймағы → Кілттер бөлімінде қосыңыз.</translation>
    </message>
    <message>
        <source>Sign the selected declarations</source>
        <translation>Таңдалған декларацияларға қол қою</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Кілт:</translation>
    </message>
    <message numerus="yes">
        <source>Password of the key (asked once for all %n declaration(s)):</source>
        <translation>
            <numerusform>Кілт құпиясөзі (барлық %n декларация үшін бір рет):</numerusform>
            <numerusform>Кілт құпиясөзі (барлық %n декларация үшін бір рет):</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the selected to customs</source>
        <translation>Таңдалғандарды кеденге жіберу</translation>
    </message>
    <message>
        <source>Export to XLSX</source>
        <translation>XLSX-ке экспорттау</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Кестелер (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 declarations written to %2.</source>
        <translation>%2 файлына %1 декларация жазылды.</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Жазылмады: %1</translation>
    </message>
    <message>
        <source>Choose one declaration.</source>
        <translation>Бір декларацияны таңдаңыз.</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Үлгі ретінде сақтау</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Үлгі атауы:</translation>
    </message>
    <message>
        <source>Template “%1” saved for %2.</source>
        <translation>«%1» үлгісі %2 үшін сақталды.</translation>
    </message>
    <message>
        <source>New from template</source>
        <translation>Үлгі бойынша жасау</translation>
    </message>
    <message>
        <source>%1 has no templates yet: File → Save as template…</source>
        <translation>%1 үшін әзірге үлгі жоқ: Файл → Үлгі ретінде сақтау…</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Үлгі:</translation>
    </message>
    <message>
        <source>Copy to another client</source>
        <translation>Басқа клиентке көшіру</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Box 23 filled with the official rate of the declaration date.</source>
        <translation>23-баған декларация күнгі ресми бағаммен толтырылды.</translation>
    </message>
    <message>
        <source>Filled from the calculation: box %1.</source>
        <translation>Есеп бойынша толтырылды: %1 бағаны.</translation>
    </message>
    <message>
        <source>%1 is editing this declaration since %2. It is read-only here until they close it (or their desk stops answering for two minutes).</source>
        <translation>%1 бұл декларацияны %2 бастап өңдеп отыр. Ол жабылғанша (немесе оның жұмыс орны екі минут жауап бермегенше) мұнда тек оқуға арналған.</translation>
    </message>
    <message>
        <source>Signed by %1 (IIN %2) on %3 as %4. Read-only: a change is a new version.</source>
        <translation>Қол қойған: %1 (ЖСН %2), %3, %4 ретінде. Тек оқу үшін: өзгеріс — жаңа нұсқа.</translation>
    </message>
    <message>
        <source>Signed at the desk of %1.</source>
        <translation>Қол қойылған жұмыс орны: %1.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Мәртебесі: %1</translation>
    </message>
    <message>
        <source>corridor: %1</source>
        <translation>дәліз: %1</translation>
    </message>
    <message>
        <source>registration number %1</source>
        <translation>тіркеу нөмірі %1</translation>
    </message>
    <message>
        <source>customs representative</source>
        <translation>кеден өкілі</translation>
    </message>
    <message>
        <source>declarant</source>
        <translation>декларант</translation>
    </message>
    <message>
        <source>Customs holds the refused LRN; this version is %1.</source>
        <translation>Қабылданбаған LRN кеденде қалды; бұл нұсқа — %1.</translation>
    </message>
    <message>
        <source>Payment summary</source>
        <translation>Төлемдер есебі</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Payment summary written to %1 (%2 page(s)).</source>
        <translation>Төлемдер есебі %1 файлына жазылды (беттер: %2).</translation>
    </message>
    <message>
        <source>The payment summary was not written: %1</source>
        <translation>Төлемдер есебі жазылмады: %1</translation>
    </message>
    <message>
        <source>The declaration form</source>
        <translation>Декларация бланкісі</translation>
    </message>
    <message>
        <source>Writing the declaration form…</source>
        <translation>Декларация бланкісі жазылуда…</translation>
    </message>
    <message numerus="yes">
        <source>The declaration form was written to %1 (%n sheet(s)).</source>
        <translation>
            <numerusform>Декларация бланкісі %1 ішіне жазылды (%n парақ).</numerusform>
            <numerusform>Декларация бланкісі %1 ішіне жазылды (%n парақ).</numerusform>
        </translation>
    </message>
    <message>
        <source>The declaration form was not written: %1</source>
        <translation>Декларация бланкісі жазылмады: %1</translation>
    </message>
    <message>
        <source>Printing the declaration…</source>
        <translation>Декларация басылуда…</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) of the declaration sent to the printer.</source>
        <translation>
            <numerusform>Декларацияның %n парағы принтерге жіберілді.</numerusform>
            <numerusform>Декларацияның %n парағы принтерге жіберілді.</numerusform>
        </translation>
    </message>
    <message>
        <source>The declaration was not printed: %1</source>
        <translation>Декларация басылмады: %1</translation>
    </message>
    <message>
        <source>%1 goods items added from %2.</source>
        <translation>%2 файлынан қосылған тауарлар: %1.</translation>
    </message>
    <message>
        <source>Not saved: saved elsewhere meanwhile</source>
        <translation>Сақталмады: осы уақытта басқа жерде сақталды</translation>
    </message>
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
        <source>Payments</source>
        <translation>Төлемдер</translation>
    </message>
    <message>
        <source>Customs</source>
        <translation>Кеден</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Қол қою…</translation>
    </message>
    <message>
        <source>Revisions…</source>
        <translation>Редакциялар…</translation>
    </message>
    <message>
        <source>Sign the declaration with your key (Ctrl+Shift+S)</source>
        <translation>Декларацияға өз кілтіңізбен қол қою (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Your role is preparer: a declarant of the team signs and sends it.</source>
        <translation>Сіздің рөліңіз — дайындаушы: команданың декларанты қол қояды және жібереді.</translation>
    </message>
    <message>
        <source>Edit as a new version</source>
        <translation>Жаңа нұсқа ретінде өзгерту</translation>
    </message>
    <message>
        <source>Send to customs</source>
        <translation>Кеденге жіберу</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Кері қайтару…</translation>
    </message>
</context>
<context>
    <name>ErrorReports</name>
    <message>
        <source>Something went wrong</source>
        <translation>Бірдеңе дұрыс болмады</translation>
    </message>
    <message>
        <source>An operation failed: %1

Your work is kept; you can go on. The details are in the log folder:
%2</source>
        <translation>Әрекет орындалмады: %1

Жұмысыңыз сақталды, жалғастыра беруге болады. Толығырақ журнал қалтасында:
%2</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Журнал қалтасын ашу</translation>
    </message>
</context>
<context>
    <name>EsadExchange</name>
    <message>
        <source>Exported to %1 (EAEU XML, album 5.23.0)</source>
        <translation>%1 ішіне экспортталды (ЕАЭО XML, 5.23.0 альбомы)</translation>
    </message>
    <message>
        <source>Not in the file, the album has no place for: %1</source>
        <translation>Файлға енбеді (альбомда бұған орын жоқ): %1</translation>
    </message>
    <message>
        <source>The declaration was not exported: these values do not fit the EAEU XML format. Correct them and export again.

%1</source>
        <translation>Декларация экспортталмады: бұл мәндер ЕАЭО XML пішіміне сыймайды. Оларды түзетіп, қайта экспорттаңыз.

%1</translation>
    </message>
    <message>
        <source>The declaration was not exported: the customs album in %1 does not accept the file.

%2</source>
        <translation>Декларация экспортталмады: %1 ішіндегі пішімдер альбомы файлды қабылдамайды.

%2</translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation>Экспорттау мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Box %1</source>
        <translation>%1-баған</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>%1-тауар</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 импортталуда…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>EAEU XML album folder</source>
        <translation>ЕАЭО XML альбомының қалтасы</translation>
    </message>
    <message>
        <source>Exports are validated against the customs album in %1.</source>
        <translation>Экспорт файлдары %1 ішіндегі пішімдер альбомы бойынша тексеріледі.</translation>
    </message>
    <message>
        <source>No album folder is set: exports follow the album's rules Kedendesk knows, but are not validated against its XSD files.</source>
        <translation>Альбом қалтасы көрсетілмеген: экспорт файлдары Kedendesk білетін альбом ережелеріне сай жасалады, бірақ оның XSD файлдары бойынша тексерілмейді.</translation>
    </message>
    <message>
        <source>The album of formats (ESADout_CU.xsd and the files it imports) is published by customs; Kedendesk does not ship it.</source>
        <translation>Пішімдер альбомын (ESADout_CU.xsd және ол импорттайтын файлдар) кеден жариялайды; Kedendesk оны жеткізбейді.</translation>
    </message>
    <message>
        <source>&amp;Choose a folder…</source>
        <translation>Қалтаны &amp;таңдау…</translation>
    </message>
    <message>
        <source>&amp;Forget it</source>
        <translation>&amp;Ұмыту</translation>
    </message>
    <message>
        <source>The folder of ESADout_CU.xsd</source>
        <translation>ESADout_CU.xsd қалтасы</translation>
    </message>
    <message>
        <source>Exports are no longer validated against an album.</source>
        <translation>Экспорт файлдары енді альбом бойынша тексерілмейді.</translation>
    </message>
    <message>
        <source>Reading the album in %1…</source>
        <translation>%1 ішіндегі альбом оқылуда…</translation>
    </message>
    <message>
        <source>Album %1 found: exports are validated against it.</source>
        <translation>%1 альбомы табылды: экспорт файлдары ол бойынша тексеріледі.</translation>
    </message>
    <message>
        <source>This folder holds no readable customs album: %1</source>
        <translation>Бұл қалтада оқылатын пішімдер альбомы жоқ: %1</translation>
    </message>
</context>
<context>
    <name>EsadImportDialog</name>
    <message>
        <source>Import an EAEU XML declaration</source>
        <translation>ЕАЭО XML декларациясын импорттау</translation>
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
        <translation>А бағаны</translation>
    </message>
    <message>
        <source>LRN</source>
        <translation>LRN</translation>
    </message>
    <message>
        <source>Declarant (box 14)</source>
        <translation>Декларант (14-баған)</translation>
    </message>
    <message>
        <source>Goods items</source>
        <translation>Тауарлар</translation>
    </message>
    <message>
        <source>Customs value (box 12)</source>
        <translation>Кедендік құн (12-баған)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Element with no box</source>
        <translation>Бағаны жоқ элемент</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Рет</translation>
    </message>
    <message numerus="yes">
        <source>%n element(s) of the file have no box in Kedendesk and will not be imported (listed below). Import the rest as a new draft?</source>
        <translation>
            <numerusform>Файлдың %n элементінің Kedendesk-те бағаны жоқ, ол импортталмайды (төменде). Қалғанын жаңа жоба ретінде импорттау керек пе?</numerusform>
            <numerusform>Файлдың %n элементінің Kedendesk-те бағаны жоқ, олар импортталмайды (төменде). Қалғанын жаңа жоба ретінде импорттау керек пе?</numerusform>
        </translation>
    </message>
    <message>
        <source>Every element of the file has its box. Import it as a new draft?</source>
        <translation>Файлдың әр элементінің бағаны бар. Оны жаңа жоба ретінде импорттау керек пе?</translation>
    </message>
    <message>
        <source>&amp;Import as a new draft</source>
        <translation>Жаңа жоба ретінде &amp;импорттау</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>Received by the gateway</source>
        <translation>Шлюз қабылдады</translation>
    </message>
    <message>
        <source>Registration refused</source>
        <translation>Тіркеуден бас тартылды</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <source>Corridor assigned: %1</source>
        <translation>Дәліз тағайындалды: %1</translation>
    </message>
    <message>
        <source>Customs asks for documents</source>
        <translation>Кеден құжаттарды сұрады</translation>
    </message>
    <message>
        <source>Your answer was received</source>
        <translation>Сіздің жауабыңыз алынды</translation>
    </message>
    <message>
        <source>Request closed</source>
        <translation>Сұрау жабылды</translation>
    </message>
    <message>
        <source>Inspection scheduled: %1</source>
        <translation>Тексеру тағайындалды: %1</translation>
    </message>
    <message>
        <source>Inspection completed</source>
        <translation>Тексеру жүргізілді</translation>
    </message>
    <message>
        <source>Goods released</source>
        <translation>Тауарлар шығарылды</translation>
    </message>
    <message>
        <source>Release refused</source>
        <translation>Шығарудан бас тартылды</translation>
    </message>
    <message>
        <source>Release suspended</source>
        <translation>Шығару тоқтатылды</translation>
    </message>
    <message>
        <source>Customs corrected the declaration</source>
        <translation>Кеден декларацияға өзгеріс енгізді</translation>
    </message>
    <message>
        <source>Withdrawn at your request</source>
        <translation>Сіздің өтінішіңіз бойынша кері қайтарылды</translation>
    </message>
    <message>
        <source>Withdrawal refused</source>
        <translation>Кері қайтарудан бас тартылды</translation>
    </message>
    <message>
        <source>Release deadline extended</source>
        <translation>Шығару мерзімі ұзартылды</translation>
    </message>
    <message>
        <source>Payment required</source>
        <translation>Төлем қажет</translation>
    </message>
    <message>
        <source>Payment confirmed</source>
        <translation>Төлем расталды</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>жіберуді күтуде</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>жіберілуде</translation>
    </message>
    <message>
        <source>accepted by the gateway</source>
        <translation>шлюз қабылдады</translation>
    </message>
    <message>
        <source>refused by the gateway</source>
        <translation>шлюз қабылдамады</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>болдырылмады</translation>
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
        <source>Registration number (given by customs)</source>
        <translation>Тіркеу нөмірі (кеден береді)</translation>
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
        <source>Currency of boxes 12, 45, 47, B (empty: KZT)</source>
        <translation>12, 45, 47, B бағандарының валютасы (бос: теңге)</translation>
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
        <source>Identity document: kind code</source>
        <translation>Жеке басты куәландыратын құжат: түр коды</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Сериясы</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Кім берген</translation>
    </message>
    <message>
        <source>Power of attorney (or order)</source>
        <translation>Сенімхат (немесе бұйрық)</translation>
    </message>
    <message>
        <source>Power of attorney: number</source>
        <translation>Сенімхат: нөмірі</translation>
    </message>
    <message>
        <source>Power of attorney: date</source>
        <translation>Сенімхат: күні</translation>
    </message>
    <message>
        <source>Power of attorney: valid to</source>
        <translation>Сенімхат: дейін жарамды</translation>
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
        <source>Preference: customs fees</source>
        <translation>Жеңілдік: кедендік алымдар</translation>
    </message>
    <message>
        <source>Preference: import duty</source>
        <translation>Жеңілдік: әкелу бажы</translation>
    </message>
    <message>
        <source>Preference: excise</source>
        <translation>Жеңілдік: акциз</translation>
    </message>
    <message>
        <source>Preference: VAT</source>
        <translation>Жеңілдік: ҚҚС</translation>
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
        <source>+ Transport to the border (not in the price)</source>
        <translation>+ Шекараға дейін тасымалдау (бағада жоқ)</translation>
    </message>
    <message>
        <source>+ Insurance to the border</source>
        <translation>+ Шекараға дейін сақтандыру</translation>
    </message>
    <message>
        <source>+ Commissions, packing, royalties</source>
        <translation>+ Сыйақылар, орау, роялти</translation>
    </message>
    <message>
        <source>− Costs after arrival (in the price)</source>
        <translation>− Келгеннен кейінгі шығыстар (бағада)</translation>
    </message>
    <message>
        <source>Customs value, KZT</source>
        <translation>Кедендік құн, теңге</translation>
    </message>
    <message>
        <source>Statistical value, USD</source>
        <translation>Статистикалық құн, АҚШ доллары</translation>
    </message>
    <message>
        <source>%1 takes at most %2 characters; the %3 typed or pasted were not taken.</source>
        <translation>%1: ең көбі %2 таңба; енгізілген немесе қойылған %3 таңба қабылданбады.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Required</source>
        <translation>Міндетті баған</translation>
    </message>
    <message>
        <source>“{value}” is not in the code list</source>
        <translation>«{value}» сыныптауышта жоқ</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>«{value}» — сан емес</translation>
    </message>
    <message>
        <source>Customs refused: {code} {detail}</source>
        <translation>Кеден бас тартты: {code} {detail}</translation>
    </message>
    <message>
        <source>The declaration needs an LRN</source>
        <translation>Декларацияның LRN-і болуы керек</translation>
    </message>
    <message>
        <source>The LRN has more than {limit} characters</source>
        <translation>LRN-де {limit} таңбадан көп</translation>
    </message>
    <message>
        <source>The LRN may hold letters, digits and - / _ . only, no spaces</source>
        <translation>LRN-де тек әріптер, сандар және - / _ . болуы мүмкін, бос орынсыз</translation>
    </message>
    <message>
        <source>“{value}” is too large or has too many decimals for a declaration</source>
        <translation>«{value}» декларация үшін тым үлкен немесе үтірден кейін тым көп таңбасы бар</translation>
    </message>
    <message>
        <source>The text holds a control or unreadable character at position {position}</source>
        <translation>Мәтінде {position} орнында басқарушы немесе оқылмайтын таңба бар</translation>
    </message>
    <message>
        <source>The text has {length} characters; at most {limit} are allowed</source>
        <translation>Мәтінде {length} таңба; ең көбі {limit} рұқсат етіледі</translation>
    </message>
    <message>
        <source>The payments of this item are too large to calculate: check its values</source>
        <translation>Бұл тауардың төлемдері есептеу үшін тым үлкен: оның мәндерін тексеріңіз</translation>
    </message>
    <message>
        <source>“{value}” is not a date (dd.mm.yyyy)</source>
        <translation>«{value}» — күн емес (кк.аа.жжжж)</translation>
    </message>
    <message>
        <source>The EAEU XML format allows {limit} characters here; this has {length}</source>
        <translation>ЕАЭО XML пішімі мұнда {limit} таңбаға рұқсат етеді; мұнда {length}</translation>
    </message>
    <message>
        <source>{value} has more than the {decimals} decimals the EAEU XML format allows</source>
        <translation>{value} мәнінде ЕАЭО XML пішімі рұқсат ететін {decimals} ондық таңбадан көп</translation>
    </message>
    <message>
        <source>{value} has more digits than the EAEU XML format allows here</source>
        <translation>{value} мәнінде ЕАЭО XML пішімі мұнда рұқсат ететіннен көп цифр бар</translation>
    </message>
    <message>
        <source>The EAEU XML format needs at least {minimum} here</source>
        <translation>ЕАЭО XML пішімі мұнда кемінде {minimum} талап етеді</translation>
    </message>
    <message>
        <source>The EAEU XML format allows {limit} lines here; this has {lines}</source>
        <translation>ЕАЭО XML пішімі мұнда {limit} жолға рұқсат етеді; мұнда {lines}</translation>
    </message>
    <message>
        <source>“{value}” does not have the form the EAEU XML format requires here</source>
        <translation>«{value}» мұнда ЕАЭО XML пішімі талап ететін түрде емес</translation>
    </message>
    <message>
        <source>The EAEU XML format requires this box when the part around it is filled</source>
        <translation>Бұл баған кіретін бөлім толтырылғанда ЕАЭО XML пішімі оны талап етеді</translation>
    </message>
    <message>
        <source>The EAEU XML format needs the surname and the name of the person</source>
        <translation>ЕАЭО XML пішіміне тұлғаның тегі мен аты қажет</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number of 0 or more</source>
        <translation>«{value}» — 0-ден бастап бүтін сан емес</translation>
    </message>
    <message>
        <source>{value} is below zero</source>
        <translation>{value} нөлден кем</translation>
    </message>
    <message>
        <source>Line {line} has {length} characters; at most {limit} are allowed</source>
        <translation>{line}-жолда {length} таңба; ең көбі {limit} рұқсат етіледі</translation>
    </message>
    <message>
        <source>Procedure {procedure} does not go with direction {direction}</source>
        <translation>{procedure} рәсімі {direction} бағытына сәйкес емес</translation>
    </message>
    <message>
        <source>“{value}” is not a 10-digit commodity code</source>
        <translation>«{value}» — 10 таңбалы тауар коды емес</translation>
    </message>
    <message>
        <source>Commodity code {value} is not in the tariff {tariff}</source>
        <translation>{value} тауар коды {tariff} тарифінде жоқ</translation>
    </message>
    <message>
        <source>Commodity code {value} is not in the tariff {tariff}; under {prefix} it has {nearest}</source>
        <translation>{value} коды {tariff} тарифінде жоқ; {prefix} ішінде бар: {nearest}</translation>
    </message>
    <message>
        <source>An import into Kazakhstan has destination KZ, not {value}</source>
        <translation>Қазақстанға әкелгенде баратын ел KZ, {value} емес</translation>
    </message>
    <message>
        <source>The exchange rate {value} is not above zero</source>
        <translation>{value} бағамы нөлден үлкен емес</translation>
    </message>
    <message>
        <source>The exchange rate {value} has more than {limit} decimals</source>
        <translation>{value} бағамында үтірден кейін {limit} таңбадан көп</translation>
    </message>
    <message>
        <source>Valid only until {valid_to}, before the declaration date {date}</source>
        <translation>Тек {valid_to} дейін жарамды, декларация күнінен ({date}) бұрын</translation>
    </message>
    <message>
        <source>Procedure {value} differs from box 1 ({expected})</source>
        <translation>{value} рәсімі 1-бағаннан ({expected}) өзгеше</translation>
    </message>
    <message>
        <source>{value} is not a valid BIN/IIN: {problem}</source>
        <translation>{value} — жарамсыз БСН/ЖСН: {problem}</translation>
    </message>
    <message>
        <source>A declaration has 1 to {limit} goods items, this one {count}</source>
        <translation>Декларацияда 1-ден {limit} дейін тауар болады, мұнда {count}</translation>
    </message>
    <message>
        <source>Box 5 says {declared}, the declaration has {counted} items</source>
        <translation>5-бағанда {declared}, декларацияда {counted} тауар</translation>
    </message>
    <message>
        <source>Item number {declared}, expected {expected}</source>
        <translation>Тауар нөмірі {declared}, күтілетіні {expected}</translation>
    </message>
    <message>
        <source>Box 6 says {declared}, the items have {counted} packages</source>
        <translation>6-бағанда {declared}, тауарларда {counted} орын</translation>
    </message>
    <message>
        <source>Net mass {value} kg is not above zero</source>
        <translation>Нетто салмағы {value} кг нөлден үлкен емес</translation>
    </message>
    <message>
        <source>Net mass {net} kg is above gross mass {gross} kg</source>
        <translation>Нетто салмағы {net} кг брутто салмағынан {gross} кг көп</translation>
    </message>
    <message>
        <source>Total {declared}, but the item prices add up to {computed}</source>
        <translation>Жиыны {declared}, ал тауар бағаларының сомасы {computed}</translation>
    </message>
    <message>
        <source>Box 12 says {declared}, the items' customs values add up to {computed}</source>
        <translation>12-бағанда {declared}, ал тауарлардың кедендік құнының сомасы {computed}</translation>
    </message>
    <message>
        <source>Customs value {declared}, but price, additions and box 23 give {computed}</source>
        <translation>Кедендік құн {declared}, ал баға, қосымшалар және 23-баған {computed} береді</translation>
    </message>
    <message>
        <source>Under {terms} the buyer pays transport to the border, but no item adds transport costs</source>
        <translation>{terms} кезінде шекараға дейінгі тасымалды сатып алушы төлейді, бірақ ешбір тауарда көлік шығыстары жоқ</translation>
    </message>
    <message>
        <source>Statistical value {declared} USD, expected {computed} (USD rate {rate} of {date})</source>
        <translation>Статистикалық құн {declared} USD, күтілетіні {computed} ({date} USD бағамы {rate})</translation>
    </message>
    <message>
        <source>Payment {type}: amount {declared}, base × rate gives {computed}</source>
        <translation>{type} төлемі: сомасы {declared}, негіз × мөлшерлеме {computed} береді</translation>
    </message>
    <message>
        <source>VAT base {declared}, but customs value + duty + excise is {computed}</source>
        <translation>ҚҚС негізі {declared}, ал кедендік құн + баж + акциз = {computed}</translation>
    </message>
    <message>
        <source>The customs fee (1010) must appear once per declaration, found {count}</source>
        <translation>Кедендік алым (1010) декларацияға бір рет көрсетіледі, табылғаны {count}</translation>
    </message>
    <message>
        <source>Box B, payment {type}: {declared}, but box 47 lines add up to {computed}</source>
        <translation>B бағаны, {type} төлемі: {declared}, ал 47-баған жолдары {computed} береді</translation>
    </message>
    <message>
        <source>“{value}” is not four preference codes (fees, duty, excise, VAT)</source>
        <translation>«{value}» — төрт жеңілдік коды емес (алымдар, баж, акциз, ҚҚС)</translation>
    </message>
    <message>
        <source>Preference “{value}” is not a code for this element of box 36</source>
        <translation>«{value}» жеңілдігі 36-бағанның бұл элементіне жатпайды</translation>
    </message>
    <message>
        <source>Preference {preference} is for goods of the countries on its list; {origin} is not on it</source>
        <translation>{preference} жеңілдігі тізімдегі елдердің тауарларына беріледі; {origin} тізімде жоқ</translation>
    </message>
    <message>
        <source>Preference “{value}” is not in the preferences pack: computed at the full rate — confirm the rate it grants</source>
        <translation>«{value}» жеңілдігі жеңілдіктер анықтамалығында жоқ: толық мөлшерлеме бойынша есептелді — ол беретін мөлшерлемені растаңыз</translation>
    </message>
    <message>
        <source>The {type} rate is in {required} in the tariff, not {declared}</source>
        <translation>{type} мөлшерлемесі тарифте {declared} емес, {required} түрінде берілген</translation>
    </message>
    <message>
        <source>The tariff rate “{rate}” is the lower of two amounts: calculate box 47 yourself</source>
        <translation>«{rate}» тариф мөлшерлемесі — екі соманың кішісі: 47-бағанды өзіңіз есептеңіз</translation>
    </message>
    <message>
        <source>Preference {preference} needs a supporting document in box 44 ({documents})</source>
        <translation>{preference} жеңілдігі 44-бағанда растайтын құжатты талап етеді ({documents})</translation>
    </message>
    <message>
        <source>This commodity code needs a quantity in unit {unit}</source>
        <translation>Бұл тауар кодына {unit} бірлігіндегі саны қажет</translation>
    </message>
    <message>
        <source>Unit “{unit}”, but this commodity code needs {required}</source>
        <translation>Бірлік «{unit}», ал бұл кодқа {required} қажет</translation>
    </message>
    <message>
        <source>Dated {date}, after the declaration date {declaration_date}</source>
        <translation>{date} күнімен, декларация күнінен ({declaration_date}) кейін</translation>
    </message>
    <message>
        <source>Document {later} is dated before document {earlier}</source>
        <translation>{later} құжатының күні {earlier} құжатынан бұрын</translation>
    </message>
    <message>
        <source>Marked “same as box 14” but has its own details</source>
        <translation>«14-бағанмен бірдей» деп белгіленген, бірақ өз мәліметтері толтырылған</translation>
    </message>
    <message>
        <source>A customs representative lists the contract with the declarant (11002)</source>
        <translation>Кеден өкілі декларантпен шартты (11002) көрсетеді</translation>
    </message>
    <message>
        <source>{measure}: this commodity code needs a document {documents} in box 44</source>
        <translation>{measure}: бұл тауар кодына 44-бағанда {documents} құжаты қажет</translation>
    </message>
    <message>
        <source>No exchange rate of {currency} for {date}: add it under Exchange rates</source>
        <translation>{date} күнге {currency} бағамы жоқ: оны «Валюта бағамдары» бөліміне қосыңыз</translation>
    </message>
    <message>
        <source>The reference data has no rate for payment {what} on {date}</source>
        <translation>Анықтамалықтарда {date} күнге {what} төлемінің мөлшерлемесі жоқ</translation>
    </message>
    <message>
        <source>Box 23 says {declared}, the official rate of {date} is {official}</source>
        <translation>23-бағанда {declared}, {date} күнгі ресми бағам — {official}</translation>
    </message>
    <message>
        <source>The rate is per unit {unit}: give the quantity in that unit</source>
        <translation>Мөлшерлеме {unit} бірлігіне: санын осы бірлікте көрсетіңіз</translation>
    </message>
    <message>
        <source>No USD rate for {date}: box 46 cannot be checked</source>
        <translation>{date} күнге USD бағамы жоқ: 46-бағанды тексеру мүмкін емес</translation>
    </message>
    <message>
        <source>Payment {type}: box 47 has {declared}, the calculation gives {calculated}</source>
        <translation>{type} төлемі: 47-бағанда {declared}, есеп {calculated} береді</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>бос</translation>
    </message>
    <message>
        <source>only digits are allowed</source>
        <translation>тек цифрлар рұқсат етіледі</translation>
    </message>
    <message>
        <source>it must have 12 digits</source>
        <translation>12 цифр болуы керек</translation>
    </message>
    <message>
        <source>the check digit is wrong</source>
        <translation>бақылау цифры қате</translation>
    </message>
    <message>
        <source>no such number is issued</source>
        <translation>мұндай нөмір берілмейді</translation>
    </message>
    <message>
        <source>the date in it is impossible</source>
        <translation>ондағы күн мүмкін емес</translation>
    </message>
    <message>
        <source>its type or division digit is wrong</source>
        <translation>түрі немесе бөлімше цифры қате</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Қате</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>Маңыздылығы</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Баған</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Тауар</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Ереже</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>No findings: the checks pass.</source>
        <translation>Ескертулер жоқ: тексерулерден өтті.</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s): click one to go to its box</source>
        <translation>Қателер: %1, ескертулер: %2 — бағанға өту үшін басыңыз</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Setting up…</source>
        <translation>Баптап жатырмыз…</translation>
    </message>
    <message>
        <source>Not set up: %1</source>
        <translation>Бапталмады: %1</translation>
    </message>
    <message>
        <source>Exchange rates in the workspace: %1, the latest of %2.</source>
        <translation>Жұмыс аймағындағы валюта бағамдары: %1, соңғысы %2 күнгі.</translation>
    </message>
    <message>
        <source>No exchange rates yet: Workspace → Exchange rates… fetches the National Bank's, or imports a file.</source>
        <translation>Валюта бағамдары әзірге жоқ: «Жұмыс аймағы → Валюта бағамдары…» Ұлттық банктің бағамдарын жүктейді немесе файлды импорттайды.</translation>
    </message>
    <message>
        <source>The official tariff %1 is in use.</source>
        <translation>Ресми тариф %1 қолданылады.</translation>
    </message>
    <message>
        <source>The practice tariff %1 is in use: for real declarations import the EEC tariff (Workspace → Tariff and payment settings…).</source>
        <translation>Оқу тарифі %1 қолданылады: нақты декларациялар үшін ЕЭК тарифін импорттаңыз («Жұмыс аймағы → Тариф және төлем баптаулары…»).</translation>
    </message>
    <message>
        <source>Next: File → New declaration (Ctrl+N), or open the demo declaration, check it, sign it and send it to the practice gateway. F1 opens the guide.</source>
        <translation>Әрі қарай: «Файл → Жаңа декларация» (Ctrl+N) немесе демо декларацияны ашып, тексеріп, қол қойып, оқу шлюзіне жіберіңіз. F1 нұсқаулықты ашады.</translation>
    </message>
    <message>
        <source>Enter the company's name.</source>
        <translation>Компанияның атауын енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter the entry in the register of representatives.</source>
        <translation>Кеден өкілдері тізіліміндегі нөмірді енгізіңіз.</translation>
    </message>
    <message>
        <source>There is no key file at that place.</source>
        <translation>Бұл жерде кілт файлы жоқ.</translation>
    </message>
    <message>
        <source>Enter the key's password.</source>
        <translation>Кілттің құпия сөзін енгізіңіз.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>ол бос</translation>
    </message>
    <message>
        <source>only digits</source>
        <translation>тек цифрлар</translation>
    </message>
    <message>
        <source>it has 12 digits</source>
        <translation>онда 12 цифр болады</translation>
    </message>
    <message>
        <source>its last digit does not match</source>
        <translation>соңғы цифры сәйкес келмейді</translation>
    </message>
    <message>
        <source>The BIN is not valid (%1): 12 digits with a check digit.</source>
        <translation>БСН дұрыс емес (%1): бақылау цифры бар 12 цифр.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Интерфейс тілі</translation>
    </message>
    <message>
        <source>Whom you file for</source>
        <translation>Кім үшін декларациялайсыз</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Сіздің компанияңыз</translation>
    </message>
    <message>
        <source>Your signing key</source>
        <translation>Сіздің қол қою кілтіңіз</translation>
    </message>
    <message>
        <source>The customs gateway</source>
        <translation>Кеден шлюзі</translation>
    </message>
    <message>
        <source>Exchange rates and tariff</source>
        <translation>Валюта бағамдары және тариф</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>%2 қадамның %1-і: %3</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Дайын</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Келесі</translation>
    </message>
    <message>
        <source>First steps with Kedendesk</source>
        <translation>Kedendesk-тегі алғашқы қадамдар</translation>
    </message>
    <message>
        <source>&amp;Skip the first steps</source>
        <translation>Алғашқы қадамдарды ө&amp;ткізу</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Артқа</translation>
    </message>
    <message>
        <source>A declarant for my own company</source>
        <translation>Өз компаниямның декларанты</translation>
    </message>
    <message>
        <source>You declare the goods your company imports or exports.</source>
        <translation>Сіз компанияңыз әкелетін немесе әкететін тауарларды декларациялайсыз.</translation>
    </message>
    <message>
        <source>A customs representative (broker)</source>
        <translation>Кеден өкілі (брокер)</translation>
    </message>
    <message>
        <source>You file for clients, under their contracts and powers of attorney.</source>
        <translation>Сіз клиенттер үшін олардың шарттары мен сенімхаттары бойынша декларациялайсыз.</translation>
    </message>
    <message>
        <source>The company that files: it goes into box 14 or box 54 of declarations.</source>
        <translation>Декларация беретін компания: ол 14 немесе 54-бағанға жазылады.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Ата&amp;уы:</translation>
    </message>
    <message>
        <source>B&amp;IN:</source>
        <translation>&amp;БСН:</translation>
    </message>
    <message>
        <source>&amp;Register entry:</source>
        <translation>Тізілімдегі &amp;нөмір:</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Кілт &amp;файлы:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпия сөз:</translation>
    </message>
    <message>
        <source>The .p12 file of your electronic signature (ЭЦП/ЭЦҚ) from the National Certification Centre. The Practice gateway has a demo key of its own.</source>
        <translation>Ұлттық куәландырушы орталықтан алынған электрондық цифрлық қолтаңбаңыздың (ЭЦҚ) .p12 файлы. Оқу шлюзінің өз демо кілті бар.</translation>
    </message>
    <message>
        <source>No key now: add one later</source>
        <translation>Кілтсіз: кейін қосамын</translation>
    </message>
    <message>
        <source>Practice is a customs gateway on this computer: declarations sent there are registered, given a corridor and released as by customs, but go nowhere. Start with it; add your real gateway account later.</source>
        <translation>«Оқу» — осы компьютердегі кеден шлюзі: оған жіберілген декларациялар кедендегідей тіркеледі, дәліз алады және шығарылады, бірақ ешқайда кетпейді. Осыдан бастаңыз; нақты шлюз аккаунтын кейін қосыңыз.</translation>
    </message>
    <message>
        <source>No gateway profile here yet: add one under Workspace → Gateway profiles…</source>
        <translation>Шлюз профилі әзірге жоқ: оны «Жұмыс аймағы → Шлюз профильдері…» бөлімінде қосыңыз</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Қол қою кілті</translation>
    </message>
    <message>
        <source>Signing keys (*.p12 *.pfx)</source>
        <translation>Қол қою кілттері (*.p12 *.pfx)</translation>
    </message>
</context>
<context>
    <name>Formulas</name>
    <message>
        <source>Customs value (method 1) = (price {price} {currency} + additions {additions} − deductions {deductions}) × rate {rate} = {result} KZT</source>
        <translation>Кедендік құн (1-әдіс) = (баға {price} {currency} + қосымшалар {additions} − шегерімдер {deductions}) × бағам {rate} = {result} теңге</translation>
    </message>
    <message>
        <source>Customs value as declared (valuation method {method})</source>
        <translation>Мәлімделген кедендік құн ({method}-әдіс)</translation>
    </message>
    <message>
        <source>Statistical value = {customs_value} KZT ÷ USD rate {rate} = {result} USD</source>
        <translation>Статистикалық құн = {customs_value} теңге ÷ USD бағамы {rate} = {result} USD</translation>
    </message>
    <message>
        <source>Import duty = customs value {base} × {percent}% = {result} KZT</source>
        <translation>Әкелу бажы = кедендік құн {base} × {percent}% = {result} теңге</translation>
    </message>
    <message>
        <source>Import duty = {quantity} (unit {unit}) × {specific_rate} {currency} × rate {exchange_rate} = {result} KZT</source>
        <translation>Әкелу бажы = {quantity} ({unit} бірл.) × {specific_rate} {currency} × бағам {exchange_rate} = {result} теңге</translation>
    </message>
    <message>
        <source>Import duty “{rate_text}”: {percent}% of {base} = {ad_valorem}; {quantity} (unit {unit}) × {specific_rate} {currency} × rate {exchange_rate} = {specific}; the larger: {result} KZT</source>
        <translation>Әкелу бажы «{rate_text}»: {base} сомасының {percent}% = {ad_valorem}; {quantity} ({unit} бірл.) × {specific_rate} {currency} × бағам {exchange_rate} = {specific}; үлкені: {result} теңге</translation>
    </message>
    <message>
        <source>Import duty: exempt under the preference in box 36</source>
        <translation>Әкелу бажы: 36-бағандағы жеңілдік бойынша босатылған</translation>
    </message>
    <message>
        <source>Excise = (customs value + duty) {base} × {percent}% = {result} KZT</source>
        <translation>Акциз = (кедендік құн + баж) {base} × {percent}% = {result} теңге</translation>
    </message>
    <message>
        <source>Excise = {quantity} (unit {unit}) × {specific_rate} {currency} × rate {exchange_rate} = {result} KZT</source>
        <translation>Акциз = {quantity} ({unit} бірл.) × {specific_rate} {currency} × бағам {exchange_rate} = {result} теңге</translation>
    </message>
    <message>
        <source>Import duty “{rate_text}”: {percent}% of {base} = {ad_valorem}; plus {quantity} (unit {unit}) × {specific_rate} {currency} × rate {exchange_rate} = {specific}; together: {result} KZT</source>
        <translation>Әкелу бажы «{rate_text}»: {base} сомасының {percent}% = {ad_valorem}; қосу {quantity} (бірлік {unit}) × {specific_rate} {currency} × бағам {exchange_rate} = {specific}; барлығы: {result} теңге</translation>
    </message>
    <message>
        <source>Excise “{rate_text}”: {percent}% of {base} = {ad_valorem}; plus per unit {specific}; together: {result} KZT</source>
        <translation>Акциз «{rate_text}»: {base} сомасының {percent}% = {ad_valorem}; қосу бірлікке {specific}; барлығы: {result} теңге</translation>
    </message>
    <message>
        <source>Excise “{rate_text}”: {percent}% of {base} = {ad_valorem}; per unit = {specific}; the larger: {result} KZT</source>
        <translation>Акциз «{rate_text}»: {base} сомасының {percent}% = {ad_valorem}; бірлікке = {specific}; үлкені: {result} теңге</translation>
    </message>
    <message>
        <source>Excise: exempt under the preference in box 36</source>
        <translation>Акциз: 36-бағандағы жеңілдік бойынша босатылған</translation>
    </message>
    <message>
        <source>VAT = (customs value {customs_value} + duty {duty} + excise {excise}) = {base} × {percent}% = {result} KZT</source>
        <translation>ҚҚС = (кедендік құн {customs_value} + баж {duty} + акциз {excise}) = {base} × {percent}% = {result} теңге</translation>
    </message>
    <message>
        <source>Customs fee: a fixed {amount} KZT per declaration</source>
        <translation>Кедендік алым: декларацияға тіркелген {amount} теңге</translation>
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
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>Пайдаланушы нұсқаулығы</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <source>Description</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Commodity code</source>
        <translation>Тауар коды</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Шығарылған елі</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бірл.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Бірлік бағасы</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сомасы</translation>
    </message>
    <message>
        <source>Gross mass</source>
        <translation>Брутто салмағы</translation>
    </message>
    <message>
        <source>Net mass</source>
        <translation>Нетто салмағы</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Орын</translation>
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
        <translation>Модель</translation>
    </message>
    <message>
        <source>%1: the invoice total is %2, the lines add up to %3</source>
        <translation>%1: инвойс жиыны %2, жолдар қосындысы %3</translation>
    </message>
    <message>
        <source>%1: %4 total is %2, the lines give %3</source>
        <translation>%1: «%4» жиыны — %2, жолдар беретіні %3</translation>
    </message>
    <message>
        <source>%1: the amount is %2, quantity × unit price is %3</source>
        <translation>%1: сомасы %2, саны × бағасы %3</translation>
    </message>
    <message>
        <source>%1: net %2 is above gross %3</source>
        <translation>%1: нетто %2 брутто %3 мәнінен көп</translation>
    </message>
    <message>
        <source>%1: %4 is %2 on the invoice, %3 on the packing list</source>
        <translation>%1: «%4» — инвойста %2, орау парағында %3</translation>
    </message>
    <message>
        <source>%1: not on the packing list</source>
        <translation>%1: орау парағында жоқ</translation>
    </message>
    <message>
        <source>%1: on the packing list only</source>
        <translation>%1: тек орау парағында бар</translation>
    </message>
    <message>
        <source>Import goods items from an invoice</source>
        <translation>Инвойстан тауарларды импорттау</translation>
    </message>
    <message>
        <source>&amp;Choose the invoice…</source>
        <translation>Инвойсты &amp;таңдау…</translation>
    </message>
    <message>
        <source>Add its &amp;packing list…</source>
        <translation>&amp;Орау парағын қосу…</translation>
    </message>
    <message>
        <source>An XLSX or CSV invoice or packing list.</source>
        <translation>XLSX немесе CSV форматындағы инвойс не орау парағы.</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>Қай баған не екені</translation>
    </message>
    <message>
        <source>Add the goods items</source>
        <translation>Тауарларды қосу</translation>
    </message>
    <message>
        <source>the TOTAL row</source>
        <translation>ЖИЫНЫ жолы</translation>
    </message>
    <message>
        <source>sheet %1, row %2</source>
        <translation>%1 парағы, %2-жол</translation>
    </message>
    <message>
        <source>Import from an invoice</source>
        <translation>Инвойстан импорттау</translation>
    </message>
    <message>
        <source>Invoices (*.xlsx *.csv *.txt)</source>
        <translation>Инвойстар (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>The packing list</source>
        <translation>Орау парағы</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 оқылуда…</translation>
    </message>
    <message>
        <source>%1: sheet %2, the header on row %3.</source>
        <translation>%1: %2 парағы, тақырып %3-жолда.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the file: nothing can be added until they are fixed.</source>
        <translation>
            <numerusform>Файлда %n қате: түзетілмейінше ештеңе қосылмайды.</numerusform>
            <numerusform>Файлда %n қате: түзетілмейінше ештеңе қосылмайды.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lines make %2 goods items, total %3.</source>
        <translation>Жолдар: %1, тауарлар: %2, барлығы %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) new to the client's catalogue.</source>
        <translation>
            <numerusform>Клиент каталогы үшін %n жаңа тауар.</numerusform>
            <numerusform>Клиент каталогы үшін %n жаңа тауар.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file cannot be read; nothing was added.
%1</source>
        <translation>Файл оқылмайды; ештеңе қосылмады.
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
        <translation>Шығу тегі</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Бағасы</translation>
    </message>
    <message>
        <source>Net, kg</source>
        <translation>Нетто, кг</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Жолдар</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Атауы</translation>
    </message>
</context>
<context>
    <name>ItemsPanel</name>
    <message numerus="yes">
        <source>Undo removal of %n item(s)</source>
        <translation>
            <numerusform>Жойылған %n тауарды қайтару</numerusform>
            <numerusform>Жойылған %n тауарды қайтару</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goods item(s)</source>
        <translation>
            <numerusform>%n тауар</numerusform>
            <numerusform>%n тауар</numerusform>
        </translation>
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
        <source>Import from invoice…</source>
        <translation>Инвойстан импорттау…</translation>
    </message>
    <message>
        <source>Spread costs…</source>
        <translation>Шығындарды бөлу…</translation>
    </message>
    <message>
        <source>Share freight, insurance or other additions over the items</source>
        <translation>Тасымалды, сақтандыруды не басқа қосымшаларды тауарлар бойынша бөлу</translation>
    </message>
    <message>
        <source>Goods items from a supplier's invoice or packing list (XLSX, CSV)</source>
        <translation>Жеткізушінің инвойсынан не орау парағынан тауарлар (XLSX, CSV)</translation>
    </message>
    <message>
        <source>31  Goods lines: manufacturer, model, quantity</source>
        <translation>31  Тауар туралы мәліметтер: өндіруші, модель, саны</translation>
    </message>
    <message>
        <source>Add goods line</source>
        <translation>Тауар жолын қосу</translation>
    </message>
    <message>
        <source>Remove goods line</source>
        <translation>Тауар жолын жою</translation>
    </message>
    <message>
        <source>31  Packages and pallets</source>
        <translation>31  Қаптама және табандықтар</translation>
    </message>
    <message>
        <source>Add packages</source>
        <translation>Қаптама қосу</translation>
    </message>
    <message>
        <source>Remove packages</source>
        <translation>Қаптаманы жою</translation>
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
        <source>Find in the nomenclature… (F4)</source>
        <translation>СЭҚ ТН-нен табу… (F4)</translation>
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
    <name>JsonExchange</name>
    <message>
        <source>Import a declaration</source>
        <translation>Декларацияны импорттау</translation>
    </message>
    <message>
        <source>Declarations (*.json *.zip *.xml)</source>
        <translation>Декларациялар (*.json *.zip *.xml)</translation>
    </message>
    <message>
        <source>Declarations (*.json)</source>
        <translation>Декларациялар (*.json)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 импорттау…</translation>
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
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Export a declaration</source>
        <translation>Декларацияны экспорттау</translation>
    </message>
    <message>
        <source>A declaration with its attachments (*.zip)</source>
        <translation>Декларация тіркемелерімен (*.zip)</translation>
    </message>
    <message>
        <source>EAEU XML declaration, album 5.23.0 (*.xml)</source>
        <translation>ЕАЭО XML декларациясы, 5.23.0 альбомы (*.xml)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 ішіне экспортталды</translation>
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
        <translation>Құпиясөз дұрыс емес.</translation>
    </message>
    <message>
        <source>The file is not a key file (PKCS#12), or it is damaged.</source>
        <translation>Файл кілт файлы (PKCS#12) емес немесе зақымдалған.</translation>
    </message>
    <message>
        <source>This is a GOST key. GOST keys sign through the national signing agent (NCALayer), which this version cannot use yet. Use your RSA signing key (RSA256_…).</source>
        <translation>Бұл ГОСТ кілті. ГОСТ кілттері NCALayer арқылы қол қояды, бұл нұсқа оны әзірге қолдамайды. RSA қол қою кілтін (RSA256_…) пайдаланыңыз.</translation>
    </message>
    <message>
        <source>The key's algorithm (%1) cannot sign here: use an RSA or EC key.</source>
        <translation>Кілт алгоритмі (%1) мұнда қолданылмайды: RSA немесе EC кілтін пайдаланыңыз.</translation>
    </message>
    <message>
        <source>The file holds no private key with its certificate.</source>
        <translation>Файлда сертификаты бар жабық кілт жоқ.</translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <translation>Сертификаттың мерзімі %1 аяқталды.</translation>
    </message>
    <message>
        <source>The certificate is valid only from %1.</source>
        <translation>Сертификат тек %1 бастап жарамды.</translation>
    </message>
    <message>
        <source>This certificate is not for signing (it is an authentication key).</source>
        <translation>Бұл сертификат қол қоюға арналмаған (бұл аутентификация кілті).</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Signing keys</source>
        <translation>Қол қою кілттері</translation>
    </message>
    <message>
        <source>Add a key file (.p12)…</source>
        <translation>Кілт файлын қосу (.p12)…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Forget the password</source>
        <translation>Құпиясөзді ұмыту</translation>
    </message>
    <message>
        <source>No keys yet. Add the signing key file (RSA256_…p12) from your CA.</source>
        <translation>Кілттер әзірге жоқ. Куәландырушы орталықтан алған қол қою кілтінің файлын (RSA256_…p12) қосыңыз.</translation>
    </message>
    <message>
        <source>digital signature</source>
        <translation>электрондық қолтаңба</translation>
    </message>
    <message>
        <source>non-repudiation</source>
        <translation>бас тартпау</translation>
    </message>
    <message>
        <source>Issued by %1; %2; serial %3</source>
        <translation>Берген: %1; %2; сериялық нөмірі %3</translation>
    </message>
    <message>
        <source>Valid from %1 to %2; for %3</source>
        <translation>%1 бастап %2 дейін жарамды; мақсаты: %3</translation>
    </message>
    <message>
        <source>no signing</source>
        <translation>қол қоюға емес</translation>
    </message>
    <message>
        <source>(a copy in the workspace)</source>
        <translation>(жұмыс кеңістігіндегі көшірме)</translation>
    </message>
    <message>
        <source>The key file is not there any more.</source>
        <translation>Кілт файлы енді орнында жоқ.</translation>
    </message>
    <message>
        <source>The password is remembered in the system keyring.</source>
        <translation>Құпиясөз жүйенің құпиясөз қоймасында сақталған.</translation>
    </message>
    <message>
        <source>Add a signing key</source>
        <translation>Қол қою кілтін қосу</translation>
    </message>
    <message>
        <source>Key files (*.p12 *.pfx)</source>
        <translation>Кілт файлдары (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>The key is added, but this system has no keyring to keep the password: you will be asked for it when you sign.</source>
        <translation>Кілт қосылды, бірақ жүйеде құпиясөз қоймасы жоқ: қол қойғанда құпиясөз сұралады.</translation>
    </message>
    <message>
        <source>Added the key of %1.</source>
        <translation>Кілт қосылды: %1.</translation>
    </message>
</context>
<context>
    <name>KeysModel</name>
    <message>
        <source>Owner</source>
        <translation>Иесі</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Жарамдылық мерзімі</translation>
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
        <source>&amp;Items</source>
        <translation>&amp;Тауарлар</translation>
    </message>
    <message>
        <source>&amp;Selected</source>
        <translation>Таң&amp;далғандар</translation>
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
        <source>Save as te&amp;mplate…</source>
        <translation>&amp;Үлгі ретінде сақтау…</translation>
    </message>
    <message>
        <source>New from temp&amp;late…</source>
        <translation>Үлгі &amp;бойынша жасау…</translation>
    </message>
    <message>
        <source>Copy to &amp;another client…</source>
        <translation>Басқа клие&amp;нтке көшіру…</translation>
    </message>
    <message>
        <source>&amp;Check the selected declarations</source>
        <translation>Таңдалған декларацияларды &amp;тексеру</translation>
    </message>
    <message>
        <source>&amp;Sign the selected declarations…</source>
        <translation>Таңдалған декларацияларға &amp;қол қою…</translation>
    </message>
    <message>
        <source>Se&amp;nd the selected to customs</source>
        <translation>Таңдалғандарды &amp;кеденге жіберу</translation>
    </message>
    <message>
        <source>&amp;Export the selected to XLSX…</source>
        <translation>Таңдалғандарды XLSX-ке &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>&amp;Себетке жіберу</translation>
    </message>
    <message>
        <source>&amp;Import a declaration (JSON, archive, EAEU XML)…</source>
        <translation>Декларацияны &amp;импорттау (JSON, мұрағат, ЕАЭО XML)…</translation>
    </message>
    <message>
        <source>&amp;Export a declaration (JSON, archive, EAEU XML)…</source>
        <translation>Декларацияны &amp;экспорттау (JSON, мұрағат, ЕАЭО XML)…</translation>
    </message>
    <message>
        <source>&amp;Print the declaration…</source>
        <translation>Декларацияны басы&amp;п шығару…</translation>
    </message>
    <message>
        <source>The declaration &amp;form as PDF…</source>
        <translation>Декларация б&amp;ланкісі PDF түрінде…</translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation>Қазір сақ&amp;тау</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>Қой&amp;ындыны жабу</translation>
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
        <source>E&amp;xchange rates…</source>
        <translation>&amp;Валюта бағамдары…</translation>
    </message>
    <message>
        <source>Signing &amp;keys…</source>
        <translation>Қол қою кі&amp;лттері…</translation>
    </message>
    <message>
        <source>&amp;Gateway profiles…</source>
        <translation>Шлюз &amp;профильдері…</translation>
    </message>
    <message>
        <source>Si&amp;gn…</source>
        <translation>Қол &amp;қою…</translation>
    </message>
    <message>
        <source>T&amp;ariff and payment settings…</source>
        <translation>&amp;Тариф және төлем баптаулары…</translation>
    </message>
    <message>
        <source>Commodity &amp;nomenclature…</source>
        <translation>Тауар &amp;номенклатурасы…</translation>
    </message>
    <message>
        <source>&amp;Product catalogue…</source>
        <translation>Тауарлар катало&amp;гы…</translation>
    </message>
    <message>
        <source>Customs re&amp;quests of all clients…</source>
        <translation>Барлық клиенттер бойынша кеден сұра&amp;улары…</translation>
    </message>
    <message>
        <source>Anal&amp;ytics and billing…</source>
        <translation>Талдау және &amp;шоттар…</translation>
    </message>
    <message>
        <source>&amp;Backups: back up, restore…</source>
        <translation>Са&amp;қтық көшірмелер…</translation>
    </message>
    <message>
        <source>EAE&amp;U XML album folder…</source>
        <translation>ЕАЭО XML &amp;альбомының қалтасы…</translation>
    </message>
    <message>
        <source>Your na&amp;me on this desk…</source>
        <translation>&amp;Осы жұмыс орнындағы атыңыз…</translation>
    </message>
    <message>
        <source>Open &amp;team workspace…</source>
        <translation>Ортақ &amp;жұмыс кеңістігін ашу…</translation>
    </message>
    <message>
        <source>Peop&amp;le and roles…</source>
        <translation>Қызметке&amp;рлер мен рөлдер…</translation>
    </message>
    <message>
        <source>&amp;Import from invoice…</source>
        <translation>Инвойстан &amp;импорттау…</translation>
    </message>
    <message>
        <source>&amp;Spread costs over the items…</source>
        <translation>Шығындарды тауарларға &amp;бөлу…</translation>
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
        <source>&amp;First steps…</source>
        <translation>&amp;Алғашқы қадамдар…</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Нұсқаулық</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Журнал қалтасын ашу</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Жұмыс аймағы: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
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
    <message>
        <source>Declaration %1 cannot be opened: %2</source>
        <translation>%1 декларациясын ашу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n declaration(s) to the trash (Workspace → Trash restores)</source>
        <translation>
            <numerusform>%n декларация себетке жіберілді (қалпына келтіру: Жұмыс аймағы → Себет)</numerusform>
            <numerusform>%n декларация себетке жіберілді (қалпына келтіру: Жұмыс аймағы → Себет)</numerusform>
        </translation>
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
        <source>Open or select one declaration to print it.</source>
        <translation>Басып шығару үшін бір декларацияны ашыңыз немесе таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 official rates of %2 fetched from the National Bank.</source>
        <translation>Ұлттық банктің %2 күнгі ресми бағамдары алынды: %1.</translation>
    </message>
    <message>
        <source>Official rates of %1 not fetched: %2</source>
        <translation>%1 күнгі ресми бағамдар алынбады: %2</translation>
    </message>
    <message>
        <source>Your name on this desk</source>
        <translation>Осы жұмыс орнындағы атыңыз</translation>
    </message>
    <message>
        <source>Other desks on this workspace see it while you edit a declaration, and the history names it with each revision and message sent:</source>
        <translation>Сіз декларацияны өңдеп отырғанда оны осы жұмыс аймағының басқа жұмыс орындары көреді, ал тарих оны әр редакция мен жіберілген хабарламада атайды:</translation>
    </message>
    <message>
        <source>This desk is now %1.</source>
        <translation>Бұл жұмыс орны енді: %1.</translation>
    </message>
    <message>
        <source>Set up. F1 opens the guide.</source>
        <translation>Бапталды. F1 нұсқаулықты ашады.</translation>
    </message>
    <message>
        <source>Kedendesk opens the team workspace the next time it starts.</source>
        <translation>Kedendesk келесі іске қосылғанда ортақ жұмыс кеңістігін ашады.</translation>
    </message>
    <message>
        <source>Kedendesk opens this desk's own workspace the next time it starts.</source>
        <translation>Kedendesk келесі іске қосылғанда осы жұмыс орнының өз кеңістігін ашады.</translation>
    </message>
    <message>
        <source>Open a draft declaration first.</source>
        <translation>Алдымен декларация жобасын ашыңыз.</translation>
    </message>
    <message>
        <source>No gateway profile</source>
        <translation>Шлюз профилі жоқ</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>қосылуда…</translation>
    </message>
    <message>
        <source>online</source>
        <translation>байланыста</translation>
    </message>
    <message>
        <source>offline: queued declarations wait</source>
        <translation>байланыс жоқ: декларациялар кезекте күтеді</translation>
    </message>
    <message>
        <source>Gateway %1: %2</source>
        <translation>%1 шлюзі: %2</translation>
    </message>
    <message>
        <source>Errors: %1  Warnings: %2</source>
        <translation>Қателер: %1  Ескертулер: %2</translation>
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
    <name>NomenclatureDialog</name>
    <message>
        <source>Commodity nomenclature</source>
        <translation>СЭҚ тауар номенклатурасы</translation>
    </message>
    <message>
        <source>Code, or words of the description</source>
        <translation>Код немесе сипаттамадағы сөздер</translation>
    </message>
    <message>
        <source>Tariff %1 (effective %2)</source>
        <translation>%1 тарифі (%2 бастап қолданылады)</translation>
    </message>
    <message>
        <source>Preparing the nomenclature for search…</source>
        <translation>Номенклатура іздеуге дайындалуда…</translation>
    </message>
    <message>
        <source>The nomenclature cannot be searched: %1</source>
        <translation>Номенклатура бойынша іздеу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ештеңе табылмады.</translation>
    </message>
    <message>
        <source>Duty: %1</source>
        <translation>Баж: %1</translation>
    </message>
    <message>
        <source>the lower of two rates: box 47 is calculated by hand</source>
        <translation>екі мөлшерлеменің кішісі: 47-баған қолмен есептеледі</translation>
    </message>
    <message>
        <source>Excise: %1</source>
        <translation>Акциз: %1</translation>
    </message>
    <message>
        <source>Box 41 unit: %1</source>
        <translation>41-баған бірлігі: %1</translation>
    </message>
    <message>
        <source>Needs: %1 (documents %2)</source>
        <translation>Қажет: %1 (құжаттар %2)</translation>
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
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Баж</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бірл.</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>ҚҚС</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>жалпы</translation>
    </message>
    <message>
        <source>reduced</source>
        <translation>төмендетілген</translation>
    </message>
    <message>
        <source>exempt</source>
        <translation>босатылған</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Declaration %1</source>
        <translation>%1 декларациясы</translation>
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
        <translation>%1 шарты</translation>
    </message>
    <message>
        <source>Power of attorney %1</source>
        <translation>%1 сенімхаты</translation>
    </message>
    <message>
        <source>%1 expired on %2: declarations under it cannot be signed.</source>
        <translation>%1: мерзімі %2 өтті, ол бойынша декларацияларға қол қою мүмкін емес.</translation>
    </message>
    <message numerus="yes">
        <source>%1 expires on %2 (in %n day(s)).</source>
        <translation>
            <numerusform>%1 %2 күні аяқталады (%n күннен кейін).</numerusform>
            <numerusform>%1 %2 күні аяқталады (%n күннен кейін).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentSummary</name>
    <message>
        <source>Customs payments of declaration %1</source>
        <translation>%1 декларациясы бойынша кедендік төлемдер</translation>
    </message>
    <message>
        <source>Declarant</source>
        <translation>Декларант</translation>
    </message>
    <message>
        <source>Declaration type</source>
        <translation>Декларация түрі</translation>
    </message>
    <message>
        <source>Goods items</source>
        <translation>Тауарлар</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Calculated on</source>
        <translation>Есептелген күні</translation>
    </message>
    <message>
        <source>By goods item</source>
        <translation>Тауарлар бойынша</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Баған</translation>
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
        <source>Amount</source>
        <translation>Сомасы</translation>
    </message>
    <message>
        <source>How it was calculated</source>
        <translation>Қалай есептелді</translation>
    </message>
    <message>
        <source>Customs value, KZT</source>
        <translation>Кедендік құн, теңге</translation>
    </message>
    <message>
        <source>Statistical value, USD</source>
        <translation>Статистикалық құн, АҚШ долл.</translation>
    </message>
    <message>
        <source>Box B: to pay</source>
        <translation>B бағаны: төлеуге</translation>
    </message>
    <message>
        <source>Total to pay, KZT</source>
        <translation>Барлығы төлеуге, теңге</translation>
    </message>
    <message>
        <source>The checks find %1 error(s) in this declaration: the figures may change.</source>
        <translation>Тексерулер декларацияда қателер табады: %1 — сомалар өзгеруі мүмкін.</translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <source>Item</source>
        <translation>Тауар</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Баған</translation>
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
        <source>Amount</source>
        <translation>Сомасы</translation>
    </message>
    <message>
        <source>Customs value, KZT</source>
        <translation>Кедендік құн, теңге</translation>
    </message>
    <message>
        <source>Statistical value, USD</source>
        <translation>Статистикалық құн, USD</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>Барлығы төлеуге</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>Transport to the border: %1 in all, shared over the items by gross mass.</source>
        <translation>Шекараға дейінгі тасымал: барлығы %1, тауарлар бойынша брутто салмағына қарай бөлінді.</translation>
    </message>
    <message>
        <source>Transport to the border: %1 in all, shared over the items by value.</source>
        <translation>Шекараға дейінгі тасымал: барлығы %1, тауарлар бойынша құнына қарай бөлінді.</translation>
    </message>
    <message>
        <source>Insurance to the border: %1 in all, shared over the items by gross mass.</source>
        <translation>Шекараға дейінгі сақтандыру: барлығы %1, тауарлар бойынша брутто салмағына қарай бөлінді.</translation>
    </message>
    <message>
        <source>Insurance to the border: %1 in all, shared over the items by value.</source>
        <translation>Шекараға дейінгі сақтандыру: барлығы %1, тауарлар бойынша құнына қарай бөлінді.</translation>
    </message>
    <message>
        <source>Other additions: %1 in all, shared over the items by gross mass.</source>
        <translation>Басқа қосымшалар: барлығы %1, тауарлар бойынша брутто салмағына қарай бөлінді.</translation>
    </message>
    <message>
        <source>Other additions: %1 in all, shared over the items by value.</source>
        <translation>Басқа қосымшалар: барлығы %1, тауарлар бойынша құнына қарай бөлінді.</translation>
    </message>
    <message>
        <source>Tariff %1 of %2; KZT amounts rounded to %3; %4 warning(s) about rates</source>
        <translation>%2 күнгі %1 тарифі; теңгедегі сомалар %3 дейін дөңгелектенген; бағамдар туралы ескертулер: %4</translation>
    </message>
    <message>
        <source>Choose a line to see how it was calculated.</source>
        <translation>Есептің қалай жасалғанын көру үшін жолды таңдаңыз.</translation>
    </message>
    <message>
        <source>Exchange rate %1: %2 KZT, set for %3 (%4)</source>
        <translation>%1 бағамы: %2 теңге, %3 күнге белгіленген (%4)</translation>
    </message>
    <message>
        <source>Reference data: %1</source>
        <translation>Анықтамалықтар: %1</translation>
    </message>
    <message>
        <source>Practice tariff: the duty rates are made up for practice. Load the official schedule under Workspace → Tariff before filing for real.</source>
        <translation>Оқу тарифі: баж мөлшерлемелері жаттығуға арналған. Нақты тапсыру алдында ресми тарифті жүктеңіз: Жұмыс кеңістігі → Тариф.</translation>
    </message>
    <message>
        <source>Fill boxes 45–47 and B from the calculation</source>
        <translation>45–47 және B бағандарын есеп бойынша толтыру</translation>
    </message>
    <message>
        <source>Payment summary (PDF)…</source>
        <translation>Төлемдер есебі (PDF)…</translation>
    </message>
    <message>
        <source>B  Totals by payment type, KZT</source>
        <translation>B  Төлем түрлері бойынша жиындар, теңге</translation>
    </message>
    <message>
        <source>How this amount was calculated</source>
        <translation>Сома қалай есептелді</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>preparer</source>
        <translation>дайындаушы</translation>
    </message>
    <message>
        <source>declarant</source>
        <translation>декларант</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>әкімші</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Командалар</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People and roles</source>
        <translation>Қызметкерлер мен рөлдер</translation>
    </message>
    <message>
        <source>Each person signs in to the team server with their own login. A preparer creates, edits and checks declarations; a declarant also signs and sends them; an administrator also manages people, clients and their papers. A person in teams sees the clients of those teams and the clients in no team.</source>
        <translation>Әр қызметкер команда серверіне өз логинімен кіреді. Дайындаушы декларацияларды жасайды, түзетеді және тексереді; декларант оларға қол қояды және жібереді; әкімші қызметкерлерді, клиенттерді және олардың құжаттарын басқарады. Командаға кіретін қызметкер сол командалардың клиенттерін және командасыз клиенттерді көреді.</translation>
    </message>
    <message>
        <source>north, south (empty: all clients)</source>
        <translation>north, south (бос: барлық клиенттер)</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Аты:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <source>&amp;Teams:</source>
        <translation>&amp;Командалар:</translation>
    </message>
    <message>
        <source>Pass&amp;word (new person):</source>
        <translation>Құпия &amp;сөз (жаңа қызметкер):</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>Қызметкер &amp;қосу</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Өзгерістерді &amp;сақтау</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ө&amp;шіру</translation>
    </message>
    <message>
        <source>empty: everyone sees this client</source>
        <translation>бос: клиентті бәрі көреді</translation>
    </message>
    <message>
        <source>Set the client's &amp;teams</source>
        <translation>Клиенттің &amp;командаларын белгілеу</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>К&amp;лиент:</translation>
    </message>
    <message>
        <source>Seen by the teams:</source>
        <translation>Көретін командалар:</translation>
    </message>
    <message>
        <source>Only an administrator changes people and teams.</source>
        <translation>Қызметкерлер мен командаларды тек әкімші өзгертеді.</translation>
    </message>
    <message>
        <source>A new person needs a password to sign in with.</source>
        <translation>Жаңа қызметкерге кіру үшін құпия сөз керек.</translation>
    </message>
    <message>
        <source>%1 added: they sign in with this login and password.</source>
        <translation>%1 қосылды: осы логин мен құпия сөзбен кіреді.</translation>
    </message>
    <message>
        <source>%1 changed: it applies when they next open the workspace.</source>
        <translation>%1 өзгертілді: жұмыс аймағы келесі ашылғанда күшіне енеді.</translation>
    </message>
    <message>
        <source>%1 no longer signs in here.</source>
        <translation>%1 енді мұнда кірмейді.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Орындалуда…</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Орындалмады: %1</translation>
    </message>
    <message>
        <source>Teams of %1 set.</source>
        <translation>%1 клиентінің командалары белгіленді.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>all clients</source>
        <translation>барлық клиенттер</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>Practice</source>
        <translation>Оқу</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Gateway profiles</source>
        <translation>Шлюз профильдері</translation>
    </message>
    <message>
        <source>Use this profile</source>
        <translation>Осы профильді пайдалану</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>A real gateway</source>
        <translation>Нақты шлюз</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Клиент идентификаторы</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Клиент құпиясы</translation>
    </message>
    <message>
        <source>Add the gateway</source>
        <translation>Шлюзді қосу</translation>
    </message>
    <message>
        <source>Give a name, an http(s) URL and the client id.</source>
        <translation>Атауын, http(s) URL және клиент идентификаторын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Added; the secret is in the system keyring.</source>
        <translation>Қосылды; құпия жүйенің құпиясөз қоймасында сақталды.</translation>
    </message>
    <message>
        <source>Added, but this system has no keyring: the secret was not kept.</source>
        <translation>Қосылды, бірақ жүйеде құпиясөз қоймасы жоқ: құпия сақталмады.</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <source>Exchange rates</source>
        <translation>Валюта бағамдары</translation>
    </message>
    <message>
        <source>KZT for one unit of a currency, by the date it was set. A rate stays in force until the next one, for at most 7 days. A file needs the columns date, currency and rate (CSV or XLSX).</source>
        <translation>Белгіленген күнге валюта бірлігіне теңге. Бағам келесісіне дейін, бірақ 7 күннен аспай қолданылады. Файлда date, currency және rate бағандары қажет (CSV немесе XLSX).</translation>
    </message>
    <message>
        <source>Rate, e.g. 512.34</source>
        <translation>Бағам, мысалы 512.34</translation>
    </message>
    <message>
        <source>Add rate</source>
        <translation>Бағам қосу</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Таңдалғандарды жою</translation>
    </message>
    <message>
        <source>Import from a file…</source>
        <translation>Файлдан жүктеу…</translation>
    </message>
    <message>
        <source>Get official rates for the date</source>
        <translation>Күнге ресми бағамдарды алу</translation>
    </message>
    <message>
        <source>The National Bank of Kazakhstan's rates of the date chosen above</source>
        <translation>Жоғарыда таңдалған күнгі Қазақстан Ұлттық банкінің бағамдары</translation>
    </message>
    <message>
        <source>“%1” is not a rate.</source>
        <translation>«%1» — бағам емес.</translation>
    </message>
    <message>
        <source>Give a currency code and a rate above zero.</source>
        <translation>Валюта кодын және нөлден үлкен бағамды көрсетіңіз.</translation>
    </message>
    <message>
        <source>Rate of %1 saved.</source>
        <translation>%1 бағамы сақталды.</translation>
    </message>
    <message>
        <source>Asking the National Bank for the rates of %1…</source>
        <translation>Ұлттық банктен %1 күнгі бағамдар сұралуда…</translation>
    </message>
    <message>
        <source>%1 official rates of %2 saved.</source>
        <translation>%2 күнгі ресми бағамдар сақталды: %1.</translation>
    </message>
    <message>
        <source>No rates of %1 were fetched; the rates you have are kept. %2</source>
        <translation>%1 күнгі бағамдар алынбады; бар бағамдар сақталды. %2</translation>
    </message>
    <message>
        <source>Import exchange rates</source>
        <translation>Валюта бағамдарын жүктеу</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Кестелер (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 оқылуда…</translation>
    </message>
    <message>
        <source>%1 rates added from %2.</source>
        <translation>%2 файлынан %1 бағам қосылды.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>%1 файлынан ештеңе жүктелмеді.</translation>
    </message>
    <message>
        <source>%1 cannot be read; nothing was imported.

%2</source>
        <translation>%1 оқылмайды; ештеңе жүктелмеді.

%2</translation>
    </message>
</context>
<context>
    <name>RatesModel</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>KZT per unit</source>
        <translation>Бірлікке теңге</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Көзі</translation>
    </message>
</context>
<context>
    <name>RequestsDialog</name>
    <message>
        <source>Show answered and closed requests too</source>
        <translation>Жауап берілген және жабылған сұрауларды да көрсету</translation>
    </message>
    <message>
        <source>Customs requests</source>
        <translation>Кеден сұраулары</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Оқылуда…</translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s)</source>
        <translation>
            <numerusform>%n ашық сұрау</numerusform>
            <numerusform>%n ашық сұрау</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the requests: %1</source>
        <translation>Сұрауларды оқу мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <source>open</source>
        <translation>ашық</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>жауап берілді</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>жабылды</translation>
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
        <translation>Кеден сұрайды</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Сұралды</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>Revisions</source>
        <translation>Редакциялар</translation>
    </message>
    <message>
        <source>Restore as a new revision</source>
        <translation>Жаңа редакция ретінде қалпына келтіру</translation>
    </message>
    <message>
        <source>Every save is kept. Restoring an earlier revision makes it the newest; the revisions after it stay here.</source>
        <translation>Әрбір сақтау сақталады. Қалпына келтірілген ерте редакция ең соңғысы болады; одан кейінгілері осында қалады.</translation>
    </message>
    <message>
        <source>A signed or sent declaration: make a new version to restore one.</source>
        <translation>Декларацияға қол қойылған немесе жіберілген: редакцияны қалпына келтіру үшін жаңа нұсқа жасаңыз.</translation>
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
        <translation>Сақталды</translation>
    </message>
    <message>
        <source>LRN</source>
        <translation>LRN</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Тауарлар</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Қолтаңба</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>Кім сақтады</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>қол қойылған</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>box 54: the customs representative's name and BIN</source>
        <translation>54-баған: кеден өкілінің атауы және БСН</translation>
    </message>
    <message>
        <source>box 54: the representative's BIN is not the one of this key's company</source>
        <translation>54-баған: өкілдің БСН-і осы кілт ұйымының БСН-іне сәйкес емес</translation>
    </message>
    <message>
        <source>box 54: the representative's entry in the register of customs representatives</source>
        <translation>54-баған: кеден өкілдері тізіліміндегі нөмірі</translation>
    </message>
    <message>
        <source>box 54: the number and date of the contract with the declarant</source>
        <translation>54-баған: декларантпен шарттың нөмірі мен күні</translation>
    </message>
    <message>
        <source>box 44: the contract with the declarant as document 11002, with its number</source>
        <translation>44-баған: декларантпен шарт 11002 құжаты ретінде, нөмірімен</translation>
    </message>
    <message>
        <source>a contract with the declarant in force today (the one given has ended)</source>
        <translation>декларантпен бүгін күшіндегі шарт (көрсетілгенінің мерзімі өткен)</translation>
    </message>
    <message>
        <source>box 54: the power of attorney of the person who fills in the declaration</source>
        <translation>54-баған: декларацияны толтырған тұлғаның сенімхаты</translation>
    </message>
    <message>
        <source>box 54: a power of attorney valid today (the one given has expired)</source>
        <translation>54-баған: бүгін жарамды сенімхат (көрсетілгенінің мерзімі өткен)</translation>
    </message>
    <message>
        <source>box 54: a power of attorney valid today (the one given starts later)</source>
        <translation>54-баған: бүгін жарамды сенімхат (көрсетілгені кейінірек күшіне енеді)</translation>
    </message>
    <message>
        <source>Sign the declaration</source>
        <translation>Декларацияға қол қою</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Кілт</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Remember the password (in the system keyring)</source>
        <translation>Құпиясөзді есте сақтау (жүйенің құпиясөз қоймасында)</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Қол қою</translation>
    </message>
    <message>
        <source>You sign declaration %1 (%2) for %3, BIN/IIN %4: %5 goods items, customs value %6 KZT, payments %7 KZT. After signing it cannot be changed; a change is a new version.</source>
        <translation>Сіз %3 (БСН/ЖСН %4) атынан %1 (%2) декларациясына қол қоясыз: тауарлар %5, кедендік құн %6 теңге, төлемдер %7 теңге. Қол қойылғаннан кейін оны өзгертуге болмайды; өзгеріс — жаңа нұсқа.</translation>
    </message>
    <message>
        <source>The checks find %1 error(s): fix them first.</source>
        <translation>Тексерулер %1 қате тапты: алдымен оларды түзетіңіз.</translation>
    </message>
    <message>
        <source>No signing key yet: add one under Workspace → Keys.</source>
        <translation>Қол қою кілті әзірге жоқ: оны Жұмыс кеңістігі → Қол қою кілттері бөлімінде қосыңыз.</translation>
    </message>
    <message>
        <source>remembered; type to use another</source>
        <translation>сақталған; басқасын пайдалану үшін теріңіз</translation>
    </message>
    <message>
        <source>This key is not the declarant's (box 14): it signs as the customs representative, and for that the declaration lacks:</source>
        <translation>Бұл кілт декларанттікі емес (14-баған): кеден өкілі ретінде қол қояды, ол үшін декларацияда мыналар жетіспейді:</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Қол қою…</translation>
    </message>
    <message>
        <source>This declaration is already signed.</source>
        <translation>Бұл декларацияға қол қойылған.</translation>
    </message>
    <message>
        <source>This system has no keyring to remember the password: untick “Remember” and sign again.</source>
        <translation>Жүйеде құпиясөз қоймасы жоқ: «Есте сақтау» белгісін алып, қайта қол қойыңыз.</translation>
    </message>
    <message>
        <source>Not signed: %1</source>
        <translation>Қол қойылмады: %1</translation>
    </message>
</context>
<context>
    <name>SpreadDialog</name>
    <message>
        <source>Spread a cost over the items</source>
        <translation>Шығынды тауарлар бойынша бөлу</translation>
    </message>
    <message>
        <source>Transport to the border</source>
        <translation>Шекараға дейінгі тасымал</translation>
    </message>
    <message>
        <source>Insurance to the border</source>
        <translation>Шекараға дейінгі сақтандыру</translation>
    </message>
    <message>
        <source>Other additions</source>
        <translation>Басқа қосымшалар</translation>
    </message>
    <message>
        <source>by gross mass</source>
        <translation>брутто салмағы бойынша</translation>
    </message>
    <message>
        <source>by value</source>
        <translation>құны бойынша</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Шығын</translation>
    </message>
    <message>
        <source>Amount, %1</source>
        <translation>Сомасы, %1</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Бөлу</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>«%1» — сома емес.</translation>
    </message>
    <message>
        <source>Not spread: %1</source>
        <translation>Бөлінбеді: %1</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>No declarations yet</source>
        <translation>Декларациялар әзірге жоқ</translation>
    </message>
    <message>
        <source>Everything you type is kept on this computer. Next steps:</source>
        <translation>Енгізгеніңіздің бәрі осы компьютерде сақталады. Әрі қарай:</translation>
    </message>
    <message>
        <source>First steps…</source>
        <translation>Алғашқы қадамдар…</translation>
    </message>
    <message>
        <source>Language, your company, your signing key and the gateway.</source>
        <translation>Тіл, компанияңыз, қол қою кілті және шлюз.</translation>
    </message>
    <message>
        <source>Clients…</source>
        <translation>Клиенттер…</translation>
    </message>
    <message>
        <source>The companies you file for, with their contracts and powers.</source>
        <translation>Сіз декларациялайтын компаниялар, шарттары мен сенімхаттарымен.</translation>
    </message>
    <message>
        <source>New declaration (Ctrl+N)</source>
        <translation>Жаңа декларация (Ctrl+N)</translation>
    </message>
    <message>
        <source>A draft for a client; it checks itself as you type.</source>
        <translation>Клиентке арналған жоба; енгізген сайын тексеріледі.</translation>
    </message>
    <message>
        <source>Import (Ctrl+I)</source>
        <translation>Импорт (Ctrl+I)</translation>
    </message>
    <message>
        <source>A declaration file: JSON, an archive or EAEU XML.</source>
        <translation>Декларация файлы: JSON, мұрағат немесе ЕАЭО XML.</translation>
    </message>
    <message>
        <source>User guide (F1)</source>
        <translation>Нұсқаулық (F1)</translation>
    </message>
    <message>
        <source>From a draft to release, the practice gateway, signing.</source>
        <translation>Жобадан шығаруға дейін, оқу шлюзі, қол қою.</translation>
    </message>
</context>
<context>
    <name>Statuses</name>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Қол қойылған</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Кезекте</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Тіркелмеді</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <source>Under control</source>
        <translation>Бақылауда</translation>
    </message>
    <message>
        <source>Customs awaits you</source>
        <translation>Кеден жауап күтуде</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Шығарылды</translation>
    </message>
    <message>
        <source>Release refused</source>
        <translation>Шығарудан бас тартылды</translation>
    </message>
    <message>
        <source>Release suspended</source>
        <translation>Шығару тоқтатылды</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Кері қайтарылды</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Жасыл</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Сары</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Қызыл</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 сағ %2 мин</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 күн</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <source>By</source>
        <translation>Бөлу</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Декларациялар</translation>
    </message>
    <message>
        <source>Green %</source>
        <translation>Жасыл, %</translation>
    </message>
    <message>
        <source>Yellow %</source>
        <translation>Сары, %</translation>
    </message>
    <message>
        <source>Red %</source>
        <translation>Қызыл, %</translation>
    </message>
    <message>
        <source>To release: median</source>
        <translation>Шығаруға дейін: медиана</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90-процентиль</translation>
    </message>
    <message>
        <source>Documents asked</source>
        <translation>Құжаттар сұралды</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Бас тартулар</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 сағ %2 мин</translation>
    </message>
</context>
<context>
    <name>TariffDialog</name>
    <message>
        <source>Tariff and payment settings</source>
        <translation>Тариф және төлем баптаулары</translation>
    </message>
    <message>
        <source>Use the EAEU Common Customs Tariff shipped with Kedendesk (ЕТТ ЕАЭС)</source>
        <translation>Kedendesk жеткізіліміндегі ЕАЭО Бірыңғай кедендік тарифін пайдалану (ЕАЭО ЕКТ)</translation>
    </message>
    <message>
        <source>Use the practice tariff shipped with Kedendesk</source>
        <translation>Kedendesk құрамындағы оқу тарифін пайдалану</translation>
    </message>
    <message>
        <source>Load the official schedule</source>
        <translation>Ресми тарифті жүктеу</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Қолданылу басы</translation>
    </message>
    <message>
        <source>e.g. ETT-2026-11</source>
        <translation>мысалы ЕТТ-2026-11</translation>
    </message>
    <message>
        <source>A CSV or XLSX table with the columns code, description, duty, excise, vat, unit, measures. Duty as the tariff writes it: 5%, 0.5 EUR/kg, 10% but not less than 0.2 EUR/kg.</source>
        <translation>code, description, duty, excise, vat, unit, measures бағандары бар CSV немесе XLSX кестесі. Баж тарифтегідей: 5%, 0.5 EUR/kg, 10% but not less than 0.2 EUR/kg.</translation>
    </message>
    <message>
        <source>Choose the file and load…</source>
        <translation>Файлды таңдап жүктеу…</translation>
    </message>
    <message>
        <source>Round each payment to whole tenge (else to tiyn)</source>
        <translation>Әр төлемді бүтін теңгеге дейін дөңгелектеу (әйтпесе тиынға дейін)</translation>
    </message>
    <message>
        <source>Active tariff: %1, effective %2, %3 commodity codes.
Source: %4</source>
        <translation>Қолданыстағы тариф: %1, %2 бастап, тауар кодтары: %3.
Көзі: %4</translation>
    </message>
    <message>
        <source>Its rates are for practice only, not for real declarations.</source>
        <translation>Оның мөлшерлемелері тек жаттығуға арналған, нақты декларацияларға емес.</translation>
    </message>
    <message>
        <source>Load a tariff</source>
        <translation>Тарифті жүктеу</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Кестелер (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Give the tariff a version first.</source>
        <translation>Алдымен тариф нұсқасын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 оқылуда…</translation>
    </message>
    <message>
        <source>Loaded; open declarations are checked against it now.</source>
        <translation>Жүктелді; ашық декларациялар енді ол бойынша тексеріледі.</translation>
    </message>
    <message>
        <source>Nothing was loaded from %1.</source>
        <translation>%1 файлынан ештеңе жүктелмеді.</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>%1 cannot be read; nothing was loaded.

%2</source>
        <translation>%1 оқылмайды; ештеңе жүктелмеді.

%2</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Open team workspace</source>
        <translation>Ортақ жұмыс кеңістігі</translation>
    </message>
    <message>
        <source>A team workspace is a database on your office's PostgreSQL server: every desk that opens it works on the same clients and declarations. Ask your administrator for its address.</source>
        <translation>Ортақ жұмыс кеңістігі — кеңсеңіздің PostgreSQL серверіндегі дерекқор: оны ашқан әр жұмыс орны бірдей клиенттермен және декларациялармен жұмыс істейді. Мекенжайын әкімшіден сұраңыз.</translation>
    </message>
    <message>
        <source>Remember the password (in the system keyring)</source>
        <translation>Құпиясөзді есте сақтау (жүйенің құпиясөз қоймасында)</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Сервер &amp;мекенжайы:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>Now open: %1</source>
        <translation>Қазір ашық: %1</translation>
    </message>
    <message>
        <source>&amp;Connect and open</source>
        <translation>&amp;Қосылып, ашу</translation>
    </message>
    <message>
        <source>This desk's &amp;own workspace</source>
        <translation>Осы орынның &amp;өз кеңістігі</translation>
    </message>
    <message>
        <source>The address starts with postgresql://</source>
        <translation>Мекенжай postgresql:// деп басталады</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Қосылуда…</translation>
    </message>
    <message>
        <source>Connected. Kedendesk opens the team workspace from now on.</source>
        <translation>Қосылды. Енді Kedendesk ортақ жұмыс кеңістігін ашады.</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Қосылмады: %1</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Native code</source>
        <translation>Жүйе коды</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Customs asks for documents: %1 (since %2)</source>
        <translation>Кеден құжаттарды сұрайды: %1 (%2 бастап)</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Жауап беру…</translation>
    </message>
    <message>
        <source>(queued by %1)</source>
        <translation>(кезекке қойған: %1)</translation>
    </message>
    <message>
        <source>(sent by %1)</source>
        <translation>(жіберген: %1)</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Қайта жіберу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Customs requests</source>
        <translation>Кеден сұраулары</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Шығыс</translation>
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
        <translation>
            <numerusform>%n декларацияны барлық нұсқаларымен біржола жою керек пе?</numerusform>
            <numerusform>%n декларацияны барлық нұсқаларымен біржола жою керек пе?</numerusform>
        </translation>
    </message>
</context>
</TS>

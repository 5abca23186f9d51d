"""Bilingual slot data for the benchmark corpus: Russian forms beside their English renderings.

Every Russian value maps to exactly one English value and back, so that a good translation
of the corpus is consistent by construction (one source, one translation; one name, one
spelling). Russian forms are given in the cases the templates need (nominative, genitive,
locative with its preposition, accusative of direction).
"""

from __future__ import annotations

# --- People ---------------------------------------------------------------------------------

# Given names: (Russian nominative, Russian genitive, English).
MALE_NAMES: tuple[tuple[str, str, str], ...] = (
    ("Александр", "Александра", "Alexander"),
    ("Алексей", "Алексея", "Alexei"),
    ("Андрей", "Андрея", "Andrei"),
    ("Антон", "Антона", "Anton"),
    ("Аркадий", "Аркадия", "Arkady"),
    ("Артём", "Артёма", "Artyom"),
    ("Борис", "Бориса", "Boris"),
    ("Вадим", "Вадима", "Vadim"),
    ("Валерий", "Валерия", "Valery"),
    ("Василий", "Василия", "Vasily"),
    ("Виктор", "Виктора", "Viktor"),
    ("Владимир", "Владимира", "Vladimir"),
    ("Геннадий", "Геннадия", "Gennady"),
    ("Глеб", "Глеба", "Gleb"),
    ("Григорий", "Григория", "Grigory"),
    ("Дмитрий", "Дмитрия", "Dmitry"),
    ("Евгений", "Евгения", "Yevgeny"),
    ("Игорь", "Игоря", "Igor"),
    ("Илья", "Ильи", "Ilya"),
    ("Кирилл", "Кирилла", "Kirill"),
    ("Константин", "Константина", "Konstantin"),
    ("Леонид", "Леонида", "Leonid"),
    ("Максим", "Максима", "Maxim"),
    ("Матвей", "Матвея", "Matvei"),
    ("Михаил", "Михаила", "Mikhail"),
    ("Никита", "Никиты", "Nikita"),
    ("Николай", "Николая", "Nikolai"),
    ("Олег", "Олега", "Oleg"),
    ("Павел", "Павла", "Pavel"),
    ("Пётр", "Петра", "Pyotr"),
    ("Руслан", "Руслана", "Ruslan"),
    ("Сергей", "Сергея", "Sergei"),
    ("Станислав", "Станислава", "Stanislav"),
    ("Степан", "Степана", "Stepan"),
    ("Тимур", "Тимура", "Timur"),
    ("Фёдор", "Фёдора", "Fyodor"),
    ("Юрий", "Юрия", "Yuri"),
    ("Ярослав", "Ярослава", "Yaroslav"),
)
FEMALE_NAMES: tuple[tuple[str, str, str], ...] = (
    ("Алина", "Алины", "Alina"),
    ("Алла", "Аллы", "Alla"),
    ("Анастасия", "Анастасии", "Anastasia"),
    ("Анна", "Анны", "Anna"),
    ("Валентина", "Валентины", "Valentina"),
    ("Вера", "Веры", "Vera"),
    ("Вероника", "Вероники", "Veronika"),
    ("Галина", "Галины", "Galina"),
    ("Дарья", "Дарьи", "Darya"),
    ("Екатерина", "Екатерины", "Yekaterina"),
    ("Елена", "Елены", "Yelena"),
    ("Ирина", "Ирины", "Irina"),
    ("Кристина", "Кристины", "Kristina"),
    ("Ксения", "Ксении", "Ksenia"),
    ("Лариса", "Ларисы", "Larisa"),
    ("Людмила", "Людмилы", "Lyudmila"),
    ("Маргарита", "Маргариты", "Margarita"),
    ("Марина", "Марины", "Marina"),
    ("Мария", "Марии", "Maria"),
    ("Надежда", "Надежды", "Nadezhda"),
    ("Наталья", "Натальи", "Natalya"),
    ("Ольга", "Ольги", "Olga"),
    ("Полина", "Полины", "Polina"),
    ("Светлана", "Светланы", "Svetlana"),
    ("Софья", "Софьи", "Sofya"),
    ("Татьяна", "Татьяны", "Tatyana"),
    ("Юлия", "Юлии", "Yulia"),
)

# Surnames in their masculine form (Russian, English); the feminine and oblique forms are
# made by rule from the ending (-ов/-ев/-ин, -ский/-цкий, -енко).
SURNAMES: tuple[tuple[str, str], ...] = (
    ("Абрамов", "Abramov"),
    ("Акимов", "Akimov"),
    ("Алексеев", "Alexeyev"),
    ("Андреев", "Andreyev"),
    ("Анисимов", "Anisimov"),
    ("Архипов", "Arkhipov"),
    ("Афанасьев", "Afanasyev"),
    ("Баранов", "Baranov"),
    ("Белоусов", "Belousov"),
    ("Бирюков", "Biryukov"),
    ("Богданов", "Bogdanov"),
    ("Бондаренко", "Bondarenko"),
    ("Быков", "Bykov"),
    ("Виноградов", "Vinogradov"),
    ("Вишневский", "Vishnevsky"),
    ("Власов", "Vlasov"),
    ("Воробьёв", "Vorobyov"),
    ("Воронцов", "Vorontsov"),
    ("Гаврилов", "Gavrilov"),
    ("Герасимов", "Gerasimov"),
    ("Голубев", "Golubev"),
    ("Гончаров", "Goncharov"),
    ("Горбунов", "Gorbunov"),
    ("Грачёв", "Grachyov"),
    ("Гриценко", "Gritsenko"),
    ("Громов", "Gromov"),
    ("Гусев", "Gusev"),
    ("Данилов", "Danilov"),
    ("Добровольский", "Dobrovolsky"),
    ("Ермаков", "Yermakov"),
    ("Жуков", "Zhukov"),
    ("Журавлёв", "Zhuravlyov"),
    ("Завадский", "Zavadsky"),
    ("Зайцев", "Zaitsev"),
    ("Залесский", "Zalessky"),
    ("Захаров", "Zakharov"),
    ("Исаев", "Isayev"),
    ("Казаков", "Kazakov"),
    ("Калинин", "Kalinin"),
    ("Карпов", "Karpov"),
    ("Киселёв", "Kiselyov"),
    ("Климов", "Klimov"),
    ("Князев", "Knyazev"),
    ("Коваленко", "Kovalenko"),
    ("Колесников", "Kolesnikov"),
    ("Комаров", "Komarov"),
    ("Кондратьев", "Kondratyev"),
    ("Коновалов", "Konovalov"),
    ("Королёв", "Korolyov"),
    ("Кравченко", "Kravchenko"),
    ("Крылов", "Krylov"),
    ("Кудрявцев", "Kudryavtsev"),
    ("Куликов", "Kulikov"),
    ("Лазарев", "Lazarev"),
    ("Литвиненко", "Litvinenko"),
    ("Лукьянов", "Lukyanov"),
    ("Лысенко", "Lysenko"),
    ("Мальцев", "Maltsev"),
    ("Марченко", "Marchenko"),
    ("Маслов", "Maslov"),
    ("Мельников", "Melnikov"),
    ("Михеев", "Mikheyev"),
    ("Моисеев", "Moiseyev"),
    ("Назаренко", "Nazarenko"),
    ("Наумов", "Naumov"),
    ("Нестеров", "Nesterov"),
    ("Овчинников", "Ovchinnikov"),
    ("Осипов", "Osipov"),
    ("Островский", "Ostrovsky"),
    ("Пономарёв", "Ponomaryov"),
    ("Покровский", "Pokrovsky"),
    ("Потапов", "Potapov"),
    ("Прохоров", "Prokhorov"),
    ("Родионов", "Rodionov"),
    ("Руденко", "Rudenko"),
    ("Румянцев", "Rumyantsev"),
    ("Рябов", "Ryabov"),
    ("Савченко", "Savchenko"),
    ("Скворцов", "Skvortsov"),
    ("Соболев", "Sobolev"),
    ("Сорокин", "Sorokin"),
    ("Тарасов", "Tarasov"),
    ("Тихомиров", "Tikhomirov"),
    ("Ткаченко", "Tkachenko"),
    ("Трофимов", "Trofimov"),
    ("Филатов", "Filatov"),
    ("Фомин", "Fomin"),
    ("Харитонов", "Kharitonov"),
    ("Цветков", "Tsvetkov"),
    ("Чернышёв", "Chernyshov"),
    ("Шевченко", "Shevchenko"),
    ("Щербаков", "Shcherbakov"),
    ("Юдин", "Yudin"),
    ("Яворский", "Yavorsky"),
)

# --- Places ---------------------------------------------------------------------------------

# Cities: Russian nominative, genitive, "in" (locative with its preposition), "to"
# (accusative of direction with its preposition); English.
CITIES: tuple[tuple[str, str, str, str, str], ...] = (
    ("Москва", "Москвы", "в Москве", "в Москву", "Moscow"),
    (
        "Санкт-Петербург",
        "Санкт-Петербурга",
        "в Санкт-Петербурге",
        "в Санкт-Петербург",
        "St Petersburg",
    ),
    ("Казань", "Казани", "в Казани", "в Казань", "Kazan"),
    ("Новосибирск", "Новосибирска", "в Новосибирске", "в Новосибирск", "Novosibirsk"),
    ("Екатеринбург", "Екатеринбурга", "в Екатеринбурге", "в Екатеринбург", "Yekaterinburg"),
    (
        "Нижний Новгород",
        "Нижнего Новгорода",
        "в Нижнем Новгороде",
        "в Нижний Новгород",
        "Nizhny Novgorod",
    ),
    ("Самара", "Самары", "в Самаре", "в Самару", "Samara"),
    ("Ростов-на-Дону", "Ростова-на-Дону", "в Ростове-на-Дону", "в Ростов-на-Дону", "Rostov-on-Don"),
    ("Красноярск", "Красноярска", "в Красноярске", "в Красноярск", "Krasnoyarsk"),
    ("Владивосток", "Владивостока", "во Владивостоке", "во Владивосток", "Vladivostok"),
    ("Хабаровск", "Хабаровска", "в Хабаровске", "в Хабаровск", "Khabarovsk"),
    ("Омск", "Омска", "в Омске", "в Омск", "Omsk"),
    ("Пермь", "Перми", "в Перми", "в Пермь", "Perm"),
    ("Уфа", "Уфы", "в Уфе", "в Уфу", "Ufa"),
    ("Волгоград", "Волгограда", "в Волгограде", "в Волгоград", "Volgograd"),
    ("Воронеж", "Воронежа", "в Воронеже", "в Воронеж", "Voronezh"),
    ("Томск", "Томска", "в Томске", "в Томск", "Tomsk"),
    ("Иркутск", "Иркутска", "в Иркутске", "в Иркутск", "Irkutsk"),
    ("Мурманск", "Мурманска", "в Мурманске", "в Мурманск", "Murmansk"),
    ("Калининград", "Калининграда", "в Калининграде", "в Калининград", "Kaliningrad"),
    ("Сочи", "Сочи", "в Сочи", "в Сочи", "Sochi"),
    ("Тула", "Тулы", "в Туле", "в Тулу", "Tula"),
    ("Ярославль", "Ярославля", "в Ярославле", "в Ярославль", "Yaroslavl"),
    ("Тверь", "Твери", "в Твери", "в Тверь", "Tver"),
    ("Челябинск", "Челябинска", "в Челябинске", "в Челябинск", "Chelyabinsk"),
    ("Тюмень", "Тюмени", "в Тюмени", "в Тюмень", "Tyumen"),
    ("Архангельск", "Архангельска", "в Архангельске", "в Архангельск", "Arkhangelsk"),
    ("Минск", "Минска", "в Минске", "в Минск", "Minsk"),
    ("Астана", "Астаны", "в Астане", "в Астану", "Astana"),
    ("Ташкент", "Ташкента", "в Ташкенте", "в Ташкент", "Tashkent"),
    ("Баку", "Баку", "в Баку", "в Баку", "Baku"),
    ("Ереван", "Еревана", "в Ереване", "в Ереван", "Yerevan"),
    ("Пекин", "Пекина", "в Пекине", "в Пекин", "Beijing"),
    ("Шанхай", "Шанхая", "в Шанхае", "в Шанхай", "Shanghai"),
    ("Берлин", "Берлина", "в Берлине", "в Берлин", "Berlin"),
    ("Париж", "Парижа", "в Париже", "в Париж", "Paris"),
    ("Лондон", "Лондона", "в Лондоне", "в Лондон", "London"),
    ("Женева", "Женевы", "в Женеве", "в Женеву", "Geneva"),
    ("Вена", "Вены", "в Вене", "в Вену", "Vienna"),
    ("Стамбул", "Стамбула", "в Стамбуле", "в Стамбул", "Istanbul"),
    ("Каир", "Каира", "в Каире", "в Каир", "Cairo"),
    ("Токио", "Токио", "в Токио", "в Токио", "Tokyo"),
    ("Рим", "Рима", "в Риме", "в Рим", "Rome"),
    ("Мадрид", "Мадрида", "в Мадриде", "в Мадрид", "Madrid"),
    ("Белград", "Белграда", "в Белграде", "в Белград", "Belgrade"),
    ("Анкара", "Анкары", "в Анкаре", "в Анкару", "Ankara"),
    ("Дубай", "Дубая", "в Дубае", "в Дубай", "Dubai"),
    ("Хельсинки", "Хельсинки", "в Хельсинки", "в Хельсинки", "Helsinki"),
)
# Russian cities only (for weather, courts, transport).
RUSSIAN_CITIES = CITIES[:27]

# Countries: Russian nominative, genitive, accusative, "in", adjective (masculine
# instrumental, as in «со своим китайским коллегой»); English name, English adjective.
COUNTRIES: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    ("Китай", "Китая", "Китай", "в Китае", "китайским", "China", "Chinese"),
    ("Индия", "Индии", "Индию", "в Индии", "индийским", "India", "Indian"),
    ("Турция", "Турции", "Турцию", "в Турции", "турецким", "Turkey", "Turkish"),
    ("Египет", "Египта", "Египет", "в Египте", "египетским", "Egypt", "Egyptian"),
    ("Иран", "Ирана", "Иран", "в Иране", "иранским", "Iran", "Iranian"),
    ("Бразилия", "Бразилии", "Бразилию", "в Бразилии", "бразильским", "Brazil", "Brazilian"),
    (
        "Казахстан",
        "Казахстана",
        "Казахстан",
        "в Казахстане",
        "казахстанским",
        "Kazakhstan",
        "Kazakh",
    ),
    (
        "Белоруссия",
        "Белоруссии",
        "Белоруссию",
        "в Белоруссии",
        "белорусским",
        "Belarus",
        "Belarusian",
    ),
    (
        "Узбекистан",
        "Узбекистана",
        "Узбекистан",
        "в Узбекистане",
        "узбекским",
        "Uzbekistan",
        "Uzbek",
    ),
    ("Армения", "Армении", "Армению", "в Армении", "армянским", "Armenia", "Armenian"),
    (
        "Азербайджан",
        "Азербайджана",
        "Азербайджан",
        "в Азербайджане",
        "азербайджанским",
        "Azerbaijan",
        "Azerbaijani",
    ),
    ("Сербия", "Сербии", "Сербию", "в Сербии", "сербским", "Serbia", "Serbian"),
    ("Венгрия", "Венгрии", "Венгрию", "в Венгрии", "венгерским", "Hungary", "Hungarian"),
    ("Вьетнам", "Вьетнама", "Вьетнам", "во Вьетнаме", "вьетнамским", "Vietnam", "Vietnamese"),
    (
        "Индонезия",
        "Индонезии",
        "Индонезию",
        "в Индонезии",
        "индонезийским",
        "Indonesia",
        "Indonesian",
    ),
    ("Мексика", "Мексики", "Мексику", "в Мексике", "мексиканским", "Mexico", "Mexican"),
    (
        "Аргентина",
        "Аргентины",
        "Аргентину",
        "в Аргентине",
        "аргентинским",
        "Argentina",
        "Argentine",
    ),
    ("Алжир", "Алжира", "Алжир", "в Алжире", "алжирским", "Algeria", "Algerian"),
    ("Монголия", "Монголии", "Монголию", "в Монголии", "монгольским", "Mongolia", "Mongolian"),
    (
        "Таджикистан",
        "Таджикистана",
        "Таджикистан",
        "в Таджикистане",
        "таджикским",
        "Tajikistan",
        "Tajik",
    ),
)

# --- Roles ----------------------------------------------------------------------------------

# Roles written before a name: Russian nominative, genitive; English title.
POLITICAL_ROLES: tuple[tuple[str, str, str], ...] = (
    ("министр иностранных дел", "министра иностранных дел", "Foreign Minister"),
    (
        "заместитель министра иностранных дел",
        "заместителя министра иностранных дел",
        "Deputy Foreign Minister",
    ),
    ("министр юстиции", "министра юстиции", "Justice Minister"),
    ("вице-премьер", "вице-премьера", "Deputy Prime Minister"),
    ("депутат Государственной думы", "депутата Государственной думы", "State Duma deputy"),
    ("сенатор", "сенатора", "Senator"),
    ("помощник президента", "помощника президента", "presidential aide"),
    ("министр цифрового развития", "министра цифрового развития", "Digital Development Minister"),
)
ECONOMIC_ROLES: tuple[tuple[str, str, str], ...] = (
    ("министр финансов", "министра финансов", "Finance Minister"),
    ("заместитель министра финансов", "заместителя министра финансов", "Deputy Finance Minister"),
    ("министр экономического развития", "министра экономического развития", "Economy Minister"),
    ("министр энергетики", "министра энергетики", "Energy Minister"),
    ("министр сельского хозяйства", "министра сельского хозяйства", "Agriculture Minister"),
    ("председатель Центрального банка", "председателя Центрального банка", "Central Bank Governor"),
    ("главный экономист Сбербанка", "главного экономиста Сбербанка", "Sberbank chief economist"),
    ("главный экономист банка ВТБ", "главного экономиста банка ВТБ", "VTB chief economist"),
    ("аналитик компании «Финам»", "аналитика компании «Финам»", "Finam analyst"),
)
SCIENCE_ROLES: tuple[tuple[str, str, str], ...] = (
    ("ведущий научный сотрудник", "ведущего научного сотрудника", "senior researcher"),
    ("руководитель лаборатории", "руководителя лаборатории", "laboratory head"),
    ("профессор", "профессора", "Professor"),
)

# --- Organisations --------------------------------------------------------------------------

# Companies: Russian name as written in quotation marks, English name.
COMPANIES: tuple[tuple[str, str], ...] = (
    ("Газпром", "Gazprom"),
    ("Роснефть", "Rosneft"),
    ("Лукойл", "Lukoil"),
    ("Норникель", "Nornickel"),
    ("Аэрофлот", "Aeroflot"),
    ("Ростелеком", "Rostelecom"),
    ("Магнит", "Magnit"),
    ("Яндекс", "Yandex"),
    ("Татнефть", "Tatneft"),
    ("Новатэк", "Novatek"),
    ("Полюс", "Polyus"),
    ("Алроса", "Alrosa"),
    ("Русал", "Rusal"),
    ("Камаз", "Kamaz"),
    ("Сибур", "Sibur"),
    ("Фосагро", "PhosAgro"),
    ("Мосэнерго", "Mosenergo"),
)
# Football and hockey clubs: Russian nominative, genitive and instrumental (each written in
# «…»), grammatical gender ("m", "n" or "pl"), English.
FOOTBALL_CLUBS: tuple[tuple[str, str, str, str, str], ...] = (
    ("Зенит", "Зенита", "Зенитом", "m", "Zenit"),
    ("Спартак", "Спартака", "Спартаком", "m", "Spartak"),
    ("Локомотив", "Локомотива", "Локомотивом", "m", "Lokomotiv"),
    ("Динамо", "Динамо", "Динамо", "n", "Dynamo"),
    ("Рубин", "Рубина", "Рубином", "m", "Rubin"),
    ("Ахмат", "Ахмата", "Ахматом", "m", "Akhmat"),
    ("Урал", "Урала", "Уралом", "m", "Ural"),
    ("Крылья Советов", "Крыльев Советов", "Крыльями Советов", "pl", "Krylia Sovetov"),
    ("Факел", "Факела", "Факелом", "m", "Fakel"),
)
HOCKEY_CLUBS: tuple[tuple[str, str, str, str, str], ...] = (
    ("Ак Барс", "Ак Барса", "Ак Барсом", "m", "Ak Bars"),
    ("Авангард", "Авангарда", "Авангардом", "m", "Avangard"),
    ("Металлург", "Металлурга", "Металлургом", "m", "Metallurg"),
    ("Трактор", "Трактора", "Трактором", "m", "Traktor"),
    ("Салават Юлаев", "Салавата Юлаева", "Салаватом Юлаевым", "m", "Salavat Yulaev"),
    ("Торпедо", "Торпедо", "Торпедо", "n", "Torpedo"),
    ("Северсталь", "Северстали", "Северсталью", "f", "Severstal"),
)
# Banks whose analysts are quoted: Russian genitive, English.
BANKS: tuple[tuple[str, str], ...] = (
    ("Сбербанка", "Sberbank"),
    ("банка ВТБ", "VTB"),
    ("компании «Финам»", "Finam"),
    ("Альфа-банка", "Alfa-Bank"),
    ("Газпромбанка", "Gazprombank"),
    ("банка «Открытие»", "Otkritie Bank"),
)
# Universities and institutes: Russian genitive, English (with its article).
INSTITUTIONS: tuple[tuple[str, str], ...] = (
    ("Московского государственного университета", "Moscow State University"),
    ("Новосибирского государственного университета", "Novosibirsk State University"),
    ("Томского политехнического университета", "Tomsk Polytechnic University"),
    ("Казанского федерального университета", "Kazan Federal University"),
    ("Уральского федерального университета", "Ural Federal University"),
    (
        "Сколковского института науки и технологий",
        "the Skolkovo Institute of Science and Technology",
    ),
    ("Высшей школы экономики", "the Higher School of Economics"),
    ("Санкт-Петербургского государственного университета", "St Petersburg State University"),
    ("Института космических исследований", "the Space Research Institute"),
    ("Института цитологии и генетики", "the Institute of Cytology and Genetics"),
    ("Дальневосточного федерального университета", "Far Eastern Federal University"),
    ("Сибирского федерального университета", "Siberian Federal University"),
)

# --- Phrases --------------------------------------------------------------------------------

# Pairs of coordinated nouns (Russian genitive, English): "cooperation in trade and investment".
# Each English conjunct is a singular noun, so a copy of one ("trade and trade") is a defect.
COORDINATIONS: tuple[tuple[str, str], ...] = (
    ("торговли и инвестиций", "trade and investment"),
    ("энергетики и транспорта", "energy and transport"),
    ("безопасности и обороны", "security and defence"),
    ("науки и образования", "science and education"),
    ("культуры и туризма", "culture and tourism"),
    ("здравоохранения и фармацевтики", "healthcare and pharmaceuticals"),
    ("сельского хозяйства и рыболовства", "agriculture and fisheries"),
    ("цифровизации и связи", "digitalisation and communications"),
    ("промышленности и строительства", "industry and construction"),
    ("финансов и страхования", "finance and insurance"),
    ("космоса и авиации", "space and aviation"),
    ("медицины и спорта", "medicine and sport"),
)
# Bills before parliament: Russian (locative, after «о»), English.
BILLS: tuple[tuple[str, str], ...] = (
    ("защите персональных данных", "the protection of personal data"),
    ("поддержке малого бизнеса", "support for small businesses"),
    ("регулировании криптовалют", "the regulation of cryptocurrencies"),
    ("платформенной занятости", "platform employment"),
    ("туристическом налоге", "a tourist tax"),
    ("маркировке товаров", "product labelling"),
    ("ипотечных каникулах", "mortgage holidays"),
    ("цифровом рубле", "the digital rouble"),
    ("семейной ипотеке", "family mortgages"),
    ("беспилотном транспорте", "driverless vehicles"),
    ("охране лесов", "forest protection"),
    ("обращении с отходами", "waste management"),
    ("дистанционном обучении", "distance learning"),
    ("пенсионных накоплениях", "pension savings"),
    ("защите прав потребителей", "consumer protection"),
    ("платных парковках", "paid parking"),
)
# What two delegations discussed: Russian accusative, English.
AGENDA: tuple[tuple[str, str], ...] = (
    ("строительство новой атомной электростанции", "the construction of a new nuclear plant"),
    ("поставки зерна", "grain supplies"),
    ("расчеты в национальных валютах", "payments in national currencies"),
    ("развитие транспортного коридора", "the development of a transport corridor"),
    ("совместные научные проекты", "joint research projects"),
    ("упрощение визового режима", "easing visa requirements"),
    ("обмен студентами", "student exchanges"),
    ("поставки удобрений", "fertiliser supplies"),
    ("сотрудничество в космосе", "cooperation in space"),
    ("строительство нового моста", "the construction of a new bridge"),
    ("открытие прямых авиарейсов", "the launch of direct flights"),
    ("защиту инвестиций", "investment protection"),
)
# Court cases: Russian accusative (after «за»), locative (after «в»), English.
OFFENCES: tuple[tuple[str, str, str], ...] = (
    ("получение взятки", "получении взятки", "taking a bribe"),
    ("мошенничество", "мошенничестве", "fraud"),
    ("растрату бюджетных средств", "растрате бюджетных средств", "embezzling public funds"),
    ("злоупотребление полномочиями", "злоупотреблении полномочиями", "abuse of office"),
    ("уклонение от уплаты налогов", "уклонении от уплаты налогов", "tax evasion"),
    (
        "превышение должностных полномочий",
        "превышении должностных полномочий",
        "exceeding official powers",
    ),
)
# Defendants: Russian genitive (after «бывшего»), English (after "a former").
OFFICIALS: tuple[tuple[str, str], ...] = (
    ("заместителя мэра", "deputy mayor"),
    ("главы района", "district head"),
    ("директора муниципального предприятия", "director of a municipal company"),
    ("сотрудника налоговой службы", "tax official"),
    ("начальника управления дорожного хозяйства", "head of the city roads department"),
    ("руководителя областного департамента здравоохранения", "regional health chief"),
    ("главного инженера завода", "chief engineer of a factory"),
    ("директора строительной компании", "director of a construction company"),
)
# Research results: Russian accusative, English, and the comparatives that suit each.
DISCOVERIES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "новый катализатор для производства водорода",
        "a new catalyst for producing hydrogen",
        ("cheaper", "more efficient"),
    ),
    (
        "метод ранней диагностики рака легких",
        "a method for the early diagnosis of lung cancer",
        ("cheaper", "faster", "more accurate"),
    ),
    (
        "биоразлагаемый пластик из отходов древесины",
        "a biodegradable plastic made from wood waste",
        ("cheaper", "lighter"),
    ),
    (
        "сплав для лопаток авиационных двигателей",
        "an alloy for aircraft engine blades",
        ("lighter", "more reliable"),
    ),
    (
        "алгоритм прогнозирования лесных пожаров",
        "an algorithm for predicting forest fires",
        ("faster", "more accurate"),
    ),
    (
        "датчик для контроля качества воды",
        "a sensor for monitoring water quality",
        ("cheaper", "more accurate", "more reliable"),
    ),
    (
        "аккумулятор на основе натрия",
        "a sodium-based battery",
        ("cheaper", "lighter", "more reliable"),
    ),
    (
        "способ очистки почвы от нефтепродуктов",
        "a way to clean oil products from soil",
        ("cheaper", "faster", "more efficient"),
    ),
    (
        "лазер для обработки композитных материалов",
        "a laser for machining composite materials",
        ("faster", "more accurate", "more efficient"),
    ),
    (
        "тест для выявления гриппа",
        "a test for detecting influenza",
        ("cheaper", "faster", "more accurate"),
    ),
)
# Comparatives: English -> Russian.
ADVANTAGES: dict[str, str] = {
    "cheaper": "дешевле",
    "faster": "быстрее",
    "more accurate": "точнее",
    "more reliable": "надежнее",
    "lighter": "легче",
    "more efficient": "эффективнее",
}
# Weather: Russian (subject of «ожидается»), English.
COLD_WEATHER: tuple[tuple[str, str], ...] = (
    ("сильный снегопад", "heavy snow"),
    ("ледяной дождь", "freezing rain"),
    ("метель", "a blizzard"),
    ("густой туман", "thick fog"),
    ("гололедица", "black ice"),
)
WARM_WEATHER: tuple[tuple[str, str], ...] = (
    ("гроза с градом", "thunderstorms with hail"),
    ("проливной дождь", "torrential rain"),
    ("сильный ветер", "strong winds"),
    ("аномальная жара", "a heatwave"),
)
# Causes of power cuts: Russian genitive (after «из-за»), English (after "because of").
OUTAGES: tuple[tuple[str, str], ...] = (
    ("обрыва проводов", "broken power lines"),
    ("аварии на подстанции", "an accident at a substation"),
    ("непогоды", "the bad weather"),
    ("налипания мокрого снега на провода", "wet snow sticking to the power lines"),
)
# Infrastructure: Russian accusative, nominative, English.
PROJECTS: tuple[tuple[str, str, str], ...] = (
    ("новую станцию метро", "новая станция метро", "a new metro station"),
    ("мост через реку", "мост через реку", "a bridge across the river"),
    ("участок скоростной трассы", "участок скоростной трассы", "a section of the motorway"),
    ("новый терминал аэропорта", "новый терминал аэропорта", "a new airport terminal"),
    ("трамвайную линию", "трамвайная линия", "a tram line"),
    ("детскую больницу", "детская больница", "a children's hospital"),
    ("школу на тысячу мест", "школа на тысячу мест", "a school for a thousand pupils"),
    ("спортивный комплекс", "спортивный комплекс", "a sports complex"),
    ("очистные сооружения", "очистные сооружения", "a sewage treatment plant"),
    ("железнодорожный вокзал", "железнодорожный вокзал", "a railway station"),
)
# Quarters and halves of a year: Russian (after «за»), English (after "for").
PERIODS: tuple[tuple[str, str], ...] = (
    ("первый квартал", "the first quarter of"),
    ("второй квартал", "the second quarter of"),
    ("третий квартал", "the third quarter of"),
    ("первое полугодие", "the first half of"),
    ("девять месяцев", "the first nine months of"),
)

# --- Time -----------------------------------------------------------------------------------

WEEKDAYS: tuple[tuple[str, str], ...] = (
    ("в понедельник", "on Monday"),
    ("во вторник", "on Tuesday"),
    ("в среду", "on Wednesday"),
    ("в четверг", "on Thursday"),
    ("в пятницу", "on Friday"),
    ("в субботу", "on Saturday"),
    ("в воскресенье", "on Sunday"),
)
# Months: Russian genitive (as in «4 ноября»), locative (as in «в ноябре»), dative (as in
# «к ноябрю»); English.
MONTHS: tuple[tuple[str, str, str, str], ...] = (
    ("января", "в январе", "январю", "January"),
    ("февраля", "в феврале", "февралю", "February"),
    ("марта", "в марте", "марту", "March"),
    ("апреля", "в апреле", "апрелю", "April"),
    ("мая", "в мае", "маю", "May"),
    ("июня", "в июне", "июню", "June"),
    ("июля", "в июле", "июлю", "July"),
    ("августа", "в августе", "августу", "August"),
    ("сентября", "в сентябре", "сентябрю", "September"),
    ("октября", "в октябре", "октябрю", "October"),
    ("ноября", "в ноябре", "ноябрю", "November"),
    ("декабря", "в декабре", "декабрю", "December"),
)
FIRST_YEAR, LAST_YEAR = 2016, 2026

# Numbers written as words, 2 to 15: Russian nominative/accusative, Russian genitive,
# Russian dative, English.
NUMBER_WORDS: tuple[tuple[str, str, str, str], ...] = (
    ("два", "двух", "двум", "two"),
    ("три", "трех", "трем", "three"),
    ("четыре", "четырех", "четырем", "four"),
    ("пять", "пяти", "пяти", "five"),
    ("шесть", "шести", "шести", "six"),
    ("семь", "семи", "семи", "seven"),
    ("восемь", "восьми", "восьми", "eight"),
    ("девять", "девяти", "девяти", "nine"),
    ("десять", "десяти", "десяти", "ten"),
    ("одиннадцать", "одиннадцати", "одиннадцати", "eleven"),
    ("двенадцать", "двенадцати", "двенадцати", "twelve"),
    ("тринадцать", "тринадцати", "тринадцати", "thirteen"),
    ("четырнадцать", "четырнадцати", "четырнадцати", "fourteen"),
    ("пятнадцать", "пятнадцати", "пятнадцати", "fifteen"),
)
# Kinds of visit: Russian instrumental adjective, English (with its article).
VISIT_LENGTHS: tuple[tuple[str, str], ...] = (
    ("двухдневным", "a two-day"),
    ("трехдневным", "a three-day"),
    ("четырехдневным", "a four-day"),
    ("официальным", "an official"),
    ("рабочим", "a working"),
)
# Ordinals 1 to 15: Russian masculine nominative, English.
ORDINALS: tuple[tuple[str, str], ...] = (
    ("первый", "first"),
    ("второй", "second"),
    ("третий", "third"),
    ("четвертый", "fourth"),
    ("пятый", "fifth"),
    ("шестой", "sixth"),
    ("седьмой", "seventh"),
    ("восьмой", "eighth"),
    ("девятый", "ninth"),
    ("десятый", "tenth"),
    ("одиннадцатый", "eleventh"),
    ("двенадцатый", "twelfth"),
    ("тринадцатый", "thirteenth"),
    ("четырнадцатый", "fourteenth"),
    ("пятнадцатый", "fifteenth"),
)
JOURNALS: tuple[str, ...] = (
    "Nature",
    "Science",
    "Cell",
    "The Lancet",
    "Nature Communications",
    "Scientific Reports",
    "Physical Review Letters",
    "Advanced Materials",
)
# Research fields: Russian genitive (after «в области»), English.
FIELDS: tuple[tuple[str, str], ...] = (
    ("квантовых вычислений", "quantum computing"),
    ("генной терапии", "gene therapy"),
    ("климатологии", "climate science"),
    ("материаловедения", "materials science"),
    ("искусственного интеллекта", "artificial intelligence"),
    ("нейробиологии", "neuroscience"),
    ("вирусологии", "virology"),
    ("геологии", "geology"),
)
# Economic indicators: Russian subject, its verbs "grew" and "fell" (agreeing), English.
INDICATORS: tuple[tuple[str, str, str, str], ...] = (
    ("промышленное производство", "выросло", "сократилось", "industrial output"),
    ("розничные продажи", "выросли", "сократились", "retail sales"),
    ("объем строительных работ", "вырос", "сократился", "construction output"),
    ("реальные доходы населения", "выросли", "сократились", "real disposable incomes"),
    ("грузооборот транспорта", "вырос", "сократился", "freight turnover"),
    ("инвестиции в основной капитал", "выросли", "сократились", "fixed capital investment"),
)
RATE_MOVES: tuple[tuple[str, str], ...] = (("повысил", "raised"), ("снизил", "cut"))
FX_MOVES: tuple[tuple[str, str], ...] = (("ослаб", "weakened"), ("укрепился", "strengthened"))
# Reasons for a move of the rouble, by its direction (English verb): Russian genitive (after
# «на фоне»), English (after "amid").
FX_REASONS: dict[str, tuple[tuple[str, str], ...]] = {
    "weakened": (
        ("снижения цен на нефть", "falling oil prices"),
        ("роста импорта", "rising imports"),
        ("выплат дивидендов иностранным акционерам", "dividend payments to foreign shareholders"),
    ),
    "strengthened": (
        ("налогового периода", "the tax period"),
        ("продаж валютной выручки экспортерами", "exporters' sales of foreign currency"),
        ("ослабления доллара на мировых рынках", "a weaker dollar on world markets"),
    ),
}
UP_DOWN: tuple[tuple[str, str], ...] = (("больше", "up"), ("меньше", "down"))
SHARE_MOVES: tuple[tuple[str, str], ...] = (("подорожали", "rose"), ("подешевели", "fell"))
# Why shares moved: Russian, English.
SHARE_REASONS: tuple[tuple[str, str], ...] = (
    ("после публикации квартальной отчетности", "after the company published quarterly results"),
    ("на фоне новостей о покупке конкурента", "on news that it would buy a competitor"),
    ("после объявления о выкупе акций", "after it announced a share buyback"),
    ("на фоне роста цен на сырье", "as commodity prices rose"),
)
# Tennis rounds: Russian accusative with its preposition (after «вышла»), English.
ROUNDS: tuple[tuple[str, str], ...] = (
    ("в четвертьфинал", "quarter-finals"),
    ("в полуфинал", "semi-finals"),
    ("в третий круг", "third round"),
    ("во второй круг", "second round"),
)

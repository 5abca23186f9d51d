"""Parallel Russian/English sentence templates for the benchmark corpus, grouped by topic.

A template is a (Russian, English) pair of ``str.format`` patterns over the slots of
``corpus.Slots`` (``{p.en}`` is a person's English name, ``{p.ru_gen}`` its Russian genitive,
``{p.a}`` the feminine past-tense ending «а» or nothing, ``{pct.ru}`` a percentage written
the Russian way …). A segment is a lead sentence of a topic, then up to two follow-up
sentences of the lead's group; all its sentences share their slots, so a follow-up names the
same person, city or company as its lead. Slots named ``q_…`` are themselves templates (the
words of a quotation). Every template has several independent slots, so that exact repeats
of a sentence are rare even in a corpus of a million segments.
"""

from __future__ import annotations

from dataclasses import dataclass

Pair = tuple[str, str]


@dataclass(frozen=True)
class Lead:
    ru: str
    en: str
    #: the follow-up group that may come after this lead.
    group: str


@dataclass(frozen=True)
class Topic:
    name: str
    weight: float
    leads: tuple[Lead, ...]
    #: the gender every person of the segment has ("m", "f"), or None for either.
    gender: str | None = None


TOPICS: tuple[Topic, ...] = (
    Topic(
        "diplomacy",
        1.0,
        (
            Lead(
                "{pol.ru} {p.ru} {day.ru} заявил{p.a}, что Россия и {country.ru} договорились "
                "расширить сотрудничество в сфере {co.ru}.",
                "{pol.en} {p.en} said {day.en} that Russia and {country.en} had agreed to "
                "expand cooperation in {co.en}.",
                "diplomacy",
            ),
            Lead(
                "{pol.ru} {p.ru} {date.ru} провел{p.a} {city.ru_in} переговоры со своим "
                "{country.ru_adj} коллегой, посвященные вопросам {co.ru}.",
                "{pol.en} {p.en} held talks with {p.his} {country.en_adj} counterpart in "
                "{city.en} on {date.en}, focusing on {co.en}.",
                "diplomacy",
            ),
            Lead(
                "{pol.ru} {p.ru} {day.ru} прибыл{p.a} {city.ru_to} с {visit.ru} визитом, "
                "чтобы обсудить с местными властями вопросы {co.ru}.",
                "{pol.en} {p.en} arrived in {city.en} {day.en} for {visit.en} visit to "
                "discuss {co.en} with the local authorities.",
                "diplomacy",
            ),
            Lead(
                "{pol.ru} {p.ru} посетит {country.ru_acc} {datey.ru}, где обсудит "
                "{agenda.ru} и подпишет соглашение о сотрудничестве в сфере {co.ru}.",
                "{pol.en} {p.en} will visit {country.en} on {datey.en} to discuss "
                "{agenda.en} and sign an agreement on cooperation in {co.en}.",
                "diplomacy",
            ),
        ),
    ),
    Topic(
        "parliament",
        0.6,
        (
            Lead(
                "Государственная дума {date.ru} приняла в первом чтении законопроект о "
                "{bill.ru}, за который проголосовали {votes} депутатов.",
                "The State Duma passed a bill on {bill.en} in the first reading on "
                "{date.en}, with {votes} deputies voting in favour.",
                "bill",
            ),
            Lead(
                "Совет Федерации {datey.ru} одобрил закон о {bill.ru}, за него "
                "проголосовали {senators} сенаторов.",
                "The Federation Council approved a law on {bill.en} on {datey.en}, with "
                "{senators} senators voting in favour.",
                "bill",
            ),
            Lead(
                "Выборы мэра {rcity.ru_gen} пройдут {datey.ru}, сообщила городская избирательная "
                "комиссия, добавив, что зарегистрировала {nb.ru} кандидатов.",
                "The mayoral election in {rcity.en} will take place on {datey.en}, the city "
                "election commission said, adding that it had registered {nb.en} candidates.",
                "election",
            ),
        ),
    ),
    Topic(
        "economy",
        1.0,
        (
            Lead(
                "{eco.ru} {p.ru} {day.ru} заявил{p.a}, что инфляция в России к концу {year} "
                "года замедлится до {pct.ru}.",
                "{eco.en} {p.en} said {day.en} that inflation in Russia would slow to "
                "{pct.en} by the end of {year}.",
                "economy_p",
            ),
            Lead(
                "{eco.ru} {p.ru} {day.ru} сообщил{p.a}, что рост экономики в {year} году "
                "составит {pct.ru}, а безработица останется на уровне {pct2.ru}.",
                "{eco.en} {p.en} said {day.en} that the economy would grow by {pct.en} in "
                "{year}, while unemployment would remain at {pct2.en}.",
                "economy_p",
            ),
            Lead(
                "Дефицит федерального бюджета за {period.ru} {year} года составил {bn.ru}, "
                "или {pct.ru} ВВП, сообщило Министерство финансов.",
                "The federal budget deficit for {period.en} {year} amounted to {bn.en}, or "
                "{pct.en} of GDP, the Finance Ministry said.",
                "economy",
            ),
            Lead(
                "{ind.ru} {monthy.ru} {ind.ru_verb} на {pct.ru} в годовом выражении, "
                "сообщил Росстат {day.ru}.",
                "{ind.en} {ind.en_verb} by {pct.en} year on year in {monthy.en}, Rosstat "
                "said {day.en}.",
                "economy",
            ),
        ),
    ),
    Topic(
        "markets",
        0.7,
        (
            Lead(
                "Центральный банк {datey.ru} {move.ru} ключевую ставку до {rate.ru} "
                "годовых, объяснив решение динамикой инфляции и кредитования.",
                "The central bank {move.en} its key rate to {rate.en} on {datey.en}, citing "
                "the trends in inflation and lending.",
                "markets",
            ),
            Lead(
                "Рубль {day.ru} {fx.ru} до {fxrate.ru} рубля за доллар на фоне "
                "{fx.reason_ru}, следует из данных Московской биржи.",
                "The rouble {fx.en} to {fxrate.en} to the dollar {day.en} amid "
                "{fx.reason_en}, according to data from the Moscow Exchange.",
                "markets",
            ),
        ),
    ),
    Topic(
        "companies",
        1.0,
        (
            Lead(
                "Компания «{comp.ru}» сообщила о чистой прибыли в размере {bn.ru} за "
                "{period.ru} {year} года, что на {pct.ru} {updown.ru}, чем годом ранее.",
                "{comp.en} reported a net profit of {bn.en} for {period.en} {year}, "
                "{updown.en} {pct.en} from a year earlier.",
                "company",
            ),
            Lead(
                "Совет директоров компании «{comp.ru}» {day.ru} рекомендовал выплатить "
                "дивиденды в размере {rub.ru} на акцию за {year} год.",
                "{comp.en}'s board of directors recommended {day.en} that the company pay a "
                "dividend of {rub.en} per share for {year}.",
                "company",
            ),
            Lead(
                "Компания «{comp.ru}» {day.ru} объявила, что вложит {bn.ru} в строительство "
                "нового завода {rcity.ru_in} до конца {year} года.",
                "{comp.en} said {day.en} that it would invest {bn.en} in building a new plant "
                "in {rcity.en} by the end of {year}.",
                "company",
            ),
            Lead(
                "Выручка компании «{comp.ru}» за {period.ru} {year} года выросла на {pct.ru} "
                "и составила {bn.ru}, говорится в отчетности компании.",
                "{comp.en}'s revenue for {period.en} {year} rose by {pct.en} to {bn.en}, "
                "according to the company's financial statements.",
                "company",
            ),
            Lead(
                "Акции компании «{comp.ru}» на Московской бирже {day.ru} {shares.ru} на "
                "{pct.ru}, до {rub.ru}, {reason.ru}.",
                "Shares in {comp.en} {shares.en} {pct.en} to {rub.en} on the Moscow Exchange "
                "{day.en} {reason.en}.",
                "company",
            ),
            Lead(
                "Арбитражный суд Москвы {day.ru} обязал компанию «{comp.ru}» выплатить "
                "компании «{comp2.ru}» {bn.ru} по спору о договоре поставки.",
                "The Moscow Arbitration Court {day.en} ordered {comp.en} to pay {bn.en} to "
                "{comp2.en} in a dispute over a supply contract.",
                "company",
            ),
        ),
    ),
    Topic(
        "football",
        0.8,
        (
            Lead(
                "«{fc.ru}» {day.ru} обыграл{fc.a} «{fc2.ru}» со счетом {score.ru} на своем "
                "поле, дубль в составе победителей оформил {p.ru}.",
                "{fc.en} beat {fc2.en} {score.en} at home {day.en}, with {p.en} scoring "
                "twice for the winners.",
                "football",
            ),
            Lead(
                "Главный тренер «{fc.ru_gen}» {p.ru} продлил контракт с клубом до {year} "
                "года, сообщила пресс-служба команды {day.ru}.",
                "{fc.en} head coach {p.en} has extended his contract with the club until "
                "{year}, the team's press office said {day.en}.",
                "football",
            ),
            Lead(
                "Нападающий «{fc.ru_gen}» {p.ru} {day.ru} забил свой {nb.ru_nth} гол в сезоне, "
                "принеся команде победу над «{fc2.ru_ins}» со счетом {score.ru}.",
                "{fc.en} striker {p.en} scored his {nb.en_nth} goal of the season {day.en}, "
                "giving his team a {score.en} win over {fc2.en}.",
                "football",
            ),
        ),
        gender="m",
    ),
    Topic(
        "hockey",
        0.4,
        (
            Lead(
                "«{hc.ru}» {day.ru} обыграл{hc.a} «{hc2.ru}» на выезде со счетом "
                "{hscore.ru}, победную шайбу в {hper.ru_prep} периоде забросил {p.ru}.",
                "{hc.en} beat {hc2.en} {hscore.en} away {day.en}, with {p.en} scoring the "
                "winning goal in the {hper.en} period.",
                "hockey",
            ),
        ),
        gender="m",
    ),
    Topic(
        "tennis",
        0.4,
        (
            Lead(
                "Российская теннисистка {p.ru} {day.ru} вышла {round.ru} турнира "
                "{city.ru_in}, победив {p2.ru_acc} со счетом {tscore.ru}.",
                "Russian tennis player {p.en} reached the {round.en} of the tournament in "
                "{city.en} {day.en}, beating {p2.en} {tscore.en}.",
                "tennis",
            ),
        ),
        gender="f",
    ),
    Topic(
        "science",
        0.8,
        (
            Lead(
                "Ученые {uni.ru} разработали {disc.ru}, в {x.ru} {disc.adv_ru} существующих "
                "аналогов, сообщил{p.a} {day.ru} {sci.ru} {p.ru}.",
                "Scientists at {uni.en} have developed {disc.en} that is {x.en} times "
                "{disc.adv_en} than existing alternatives, {sci.en} {p.en} said {day.en}.",
                "science",
            ),
            Lead(
                "{sci.ru} {uni.ru} {p.ru} получил{p.a} грант в размере {mln.ru} на "
                "исследования в области {field.ru}.",
                "{sci.en} {p.en} of {uni.en} has received a grant of {mln.en} for research "
                "in {field.en}.",
                "science",
            ),
        ),
    ),
    Topic(
        "weather",
        0.6,
        (
            Lead(
                "{rcity.ru_in} {wdate.ru} ожидается {cold.ru}, а температура воздуха "
                "опустится до минус {temp} градусов, сообщили синоптики.",
                "Forecasters expect {cold.en} in {rcity.en} on {wdate.en}, with "
                "temperatures falling to minus {temp} degrees Celsius.",
                "winter",
            ),
            Lead(
                "{rcity.ru_in} {sdate.ru} ожидается {warm.ru}, а температура воздуха "
                "поднимется до {temp} градусов тепла, сообщили синоптики.",
                "Forecasters expect {warm.en} in {rcity.en} on {sdate.en}, with "
                "temperatures rising to {temp} degrees Celsius.",
                "summer",
            ),
            Lead(
                "Скорость ветра {rcity.ru_in} {wdate.ru} может достигать {wind} метров в "
                "секунду, предупредило региональное управление МЧС.",
                "Wind speeds in {rcity.en} could reach {wind} metres per second on "
                "{wdate.en}, the regional branch of the Emergencies Ministry warned.",
                "winter",
            ),
        ),
    ),
    Topic(
        "courts",
        0.7,
        (
            Lead(
                "Суд {rcity.ru_in} {day.ru} приговорил бывшего {official.ru} {p.ru_gen} к "
                "{n.ru_dat} годам лишения свободы за {offence.ru}.",
                "A court in {rcity.en} {day.en} sentenced {p.en}, a former {official.en}, to "
                "{n.en} years in prison for {offence.en}.",
                "courts",
            ),
            Lead(
                "Следственный комитет {day.ru} возбудил уголовное дело в отношении чиновника "
                "администрации {rcity.ru_gen} {p.ru_gen} по подозрению в {offence.ru_prep}.",
                "The Investigative Committee {day.en} opened a criminal case against {p.en}, "
                "an official of the {rcity.en} city administration, on suspicion of "
                "{offence.en}.",
                "case",
            ),
        ),
    ),
    Topic(
        "city",
        0.6,
        (
            Lead(
                "{rcity.ru_in} {date.ru} открыли {project.ru}, на строительство потратили "
                "{bn.ru}, сообщил{p.a} мэр города {p.ru}.",
                "{project.en} has opened in {rcity.en} at a cost of {bn.en}, Mayor {p.en} "
                "said on {date.en}.",
                "project",
            ),
            Lead(
                "Власти {rcity.ru_gen} потратят на ремонт дорог в {year} году {bn.ru}, "
                "сообщил{p.a} мэр города {p.ru} {day.ru}.",
                "The authorities in {rcity.en} will spend {bn.en} on road repairs in {year}, "
                "Mayor {p.en} said {day.en}.",
                "roads",
            ),
        ),
    ),
)

FOLLOWS: dict[str, tuple[Pair, ...]] = {
    "diplomacy": (
        (
            "«{q_pol.ru}», — сказал{p.a} {p.ru_last} журналистам {city2.ru_in}.",
            "“{q_pol.en},” {p.en_last} told reporters in {city2.en}.",
        ),
        (
            "Стороны также обсудили {agenda.ru}, сообщил{p.a} {p.ru_last} по итогам встречи "
            "{city2.ru_in}.",
            "The two sides also discussed {agenda.en}, {p.en_last} said after the meeting in "
            "{city2.en}.",
        ),
        (
            "По словам {p.ru_last_gen}, товарооборот между двумя странами в {year2} году "
            "вырос на {pct.ru} и достиг {usd.ru}.",
            "According to {p.en_last}, trade between the two countries grew by {pct.en} in "
            "{year2} to {usd.en}.",
        ),
        (
            "Следующий раунд переговоров пройдет {city2.ru_in} {datey.ru}, сообщил{p2.a} "
            "заместитель министра иностранных дел {p2.ru}.",
            "The next round of talks will take place in {city2.en} on {datey.en}, Deputy "
            "Foreign Minister {p2.en} said.",
        ),
    ),
    "bill": (
        (
            "Авторами законопроекта выступила группа депутатов, которую возглавил{p.a} {p.ru}.",
            "The bill was drafted by a group of deputies led by {p.en}.",
        ),
        (
            "Согласно пояснительной записке, реализация закона обойдется бюджету в {bn.ru} в "
            "{year2} году.",
            "According to the explanatory note, implementing the law will cost the budget "
            "{bn.en} in {year2}.",
        ),
        (
            "Закон вступит в силу {datey2.ru}, если его подпишет президент, сообщил{p2.a} "
            "депутат {p2.ru}.",
            "The law will take effect on {datey2.en} if the president signs it, deputy "
            "{p2.en} said.",
        ),
    ),
    "election": (
        (
            "Явка на предыдущих выборах мэра {rcity.ru_gen}, прошедших в {year2} году, составила "
            "{bigpct.ru}.",
            "Turnout in the previous mayoral election in {rcity.en}, held in {year2}, was "
            "{bigpct.en}.",
        ),
        (
            "Среди кандидатов — действующий мэр {p.ru}, {p.which} возглавляет город с "
            "{year2} года.",
            "The candidates include the incumbent mayor, {p.en}, who has run the city since "
            "{year2}.",
        ),
    ),
    "economy_p": (
        (
            "«{q_eco.ru}», — сказал{p.a} {p.ru_last} журналистам {city2.ru_in}.",
            "“{q_eco.en},” {p.en_last} told reporters in {city2.en}.",
        ),
        (
            "По словам {p.ru_last_gen}, в {year2} году этот показатель составлял {pct2.ru}.",
            "According to {p.en_last}, the figure was {pct2.en} in {year2}.",
        ),
        (
            "{p.On} также сообщил{p.a}, что нефтегазовые доходы бюджета снизились до {bn.ru}, "
            "что на {pct3.ru} меньше, чем в {year2} году.",
            "{p.He} also said that the budget's oil and gas revenue had fallen to {bn.en}, "
            "{pct3.en} less than in {year2}.",
        ),
    ),
    "economy": (
        (
            "Опрошенные агентством «Интерфакс» аналитики ожидали {pct2.ru} за {year} год, "
            "а прогноз министерства составлял {pct3.ru}.",
            "Analysts polled by Interfax had expected {pct2.en} for {year}, while the "
            "ministry's forecast was {pct3.en}.",
        ),
        (
            "Министерство ожидает, что экономика вырастет на {pct2.ru} в {year2} году и на "
            "{pct3.ru} в {year3} году.",
            "The ministry expects the economy to grow by {pct2.en} in {year2} and by "
            "{pct3.en} in {year3}.",
        ),
        (
            "«{q_eco.ru}», — заявил{p.a} {eco.ru} {p.ru}.",
            "“{q_eco.en},” said {eco.en} {p.en}.",
        ),
    ),
    "markets": (
        (
            "Опрошенные агентством «Интерфакс» аналитики ожидали, что ставка составит "
            "{rate2.ru}, а инфляция по итогам {year2} года — {pct2.ru}.",
            "Analysts polled by Interfax had expected a rate of {rate2.en} and inflation of "
            "{pct2.en} for {year2}.",
        ),
        (
            "«{q_eco.ru}», — заявил{p.a} {eco.ru} {p.ru}.",
            "“{q_eco.en},” said {eco.en} {p.en}.",
        ),
        (
            "С начала {year2} года рубль {fx2.ru} на {pct2.ru}, а индекс Московской "
            "биржи вырос на {pct3.ru}.",
            "Since the start of {year2}, the rouble has {fx2.en} by {pct2.en}, while "
            "the Moscow Exchange index has risen by {pct3.en}.",
        ),
    ),
    "company": (
        (
            "В компании работают около {k.ru} человек, она ведет деятельность в {n.ru_gen} "
            "регионах.",
            "The company employs about {k.en} people and operates in {n.en} regions.",
        ),
        (
            "Генеральный директор компании {p.ru} заявил{p.a}, что компания {q_plan.ru}.",
            "Chief executive {p.en} said the company would {q_plan.en}.",
        ),
        (
            "Аналитики {bank.ru} прогнозировали прибыль в размере {bn2.ru} и выручку в "
            "размере {tn.ru}.",
            "Analysts at {bank.en} had forecast a profit of {bn2.en} and revenue of {tn.en}.",
        ),
    ),
    "football": (
        (
            "«{q_sport.ru}», — сказал {p.ru_last} журналистам после матча {city.ru_in}.",
            "“{q_sport.en},” {p.en_last} told reporters after the match in {city.en}.",
        ),
        (
            "Благодаря победе «{fc.ru}» поднял{fc.a}{fc.s} на {nth.ru_acc} место в турнирной "
            "таблице, в активе команды {pts} очков после {games} матчей.",
            "The win lifted {fc.en} to {nth.en} place in the table with {pts} points from "
            "{games} matches.",
        ),
        (
            "Следующий матч команда проведет {date.ru} {rcity.ru_in} против «{fc3.ru_gen}», "
            "сообщил {p.ru_last}.",
            "The team's next match is against {fc3.en} in {rcity.en} on {date.en}, "
            "{p.en_last} said.",
        ),
    ),
    "hockey": (
        (
            "«{q_sport.ru}», — сказал {p.ru_last} журналистам после матча {city.ru_in}.",
            "“{q_sport.en},” {p.en_last} told reporters after the match in {city.en}.",
        ),
        (
            "{p.ru_last}, перешедший в «{hc.ru}» из «{hc3.ru_gen}» в {year} году, набрал в "
            "этом сезоне {hpts} очков в {hgames} матчах.",
            "{p.en_last}, who joined {hc.en} from {hc3.en} in {year}, has {hpts} points from "
            "{hgames} games this season.",
        ),
    ),
    "tennis": (
        (
            "В следующем круге соперницей {p.ru_last_gen} станет {p3.ru}, посеянная под "
            "{seed}-м номером.",
            "In the next round {p.en_last} will play {p3.en}, the number {seed} seed.",
        ),
        (
            "{p.ru_last} сделала {aces} эйсов в матче, который продолжался {mins} минут.",
            "{p.en_last} served {aces} aces in a match that lasted {mins} minutes.",
        ),
        (
            "«{q_tennis.ru}», — сказала {p.ru_last} после матча {day.ru}.",
            "“{q_tennis.en},” {p.en_last} said after the match {day.en}.",
        ),
    ),
    "science": (
        (
            "«{q_sci.ru}», — пояснил{p.a} {p.ru_last} {day2.ru}.",
            "“{q_sci.en},” {p.en_last} explained {day2.en}.",
        ),
        (
            "Результаты исследования, в котором приняли участие {k.ru} добровольцев, "
            "опубликованы в журнале {journal} {monthy.ru}.",
            "The results of the study, which involved {k.en} volunteers, were published in "
            "the journal {journal} in {monthy.en}.",
        ),
        (
            "Ранее астрономы {uni2.ru} обнаружили {nb.ru} новых экзопланет у звезды, "
            "удаленной от Земли на {k.ru} световых лет.",
            "Earlier, astronomers at {uni2.en} discovered {nb.en} new exoplanets orbiting a "
            "star {k.en} light years from Earth.",
        ),
        (
            "По словам {p.ru_last_gen}, испытания продлятся до {monthy.ru_end}, а на "
            "проект уже выделено {mln.ru}.",
            "According to {p.en_last}, the tests will continue until the end of "
            "{monthy.en}, and {mln.en} has already been allocated to the project.",
        ),
    ),
    "winter": (
        (
            "Средняя температура {monthy.ru} оказалась на {tdec.ru} градуса выше климатической "
            "нормы, сообщили в гидрометцентре {rcity.ru_gen}.",
            "The average temperature in {monthy.en} was {tdec.en} degrees above the climate "
            "norm, the weather centre in {rcity.en} said.",
        ),
        (
            "На улицы {rcity.ru_gen} выведено {plows} единиц снегоуборочной техники, "
            "сообщили {wdate.ru} в администрации города.",
            "The city administration said on {wdate.en} that {plows} snow ploughs had been "
            "sent out onto the streets of {rcity.en}.",
        ),
        (
            "Более {k.ru} домов {rcity.ru_in} остались без электричества из-за "
            "{outage.ru}, сообщили {day.ru} энергетики.",
            "More than {k.en} homes in {rcity.en} were left without electricity because of "
            "{outage.en}, the power company said {day.en}.",
        ),
    ),
    "summer": (
        (
            "Средняя температура {monthy.ru} оказалась на {tdec.ru} градуса выше климатической "
            "нормы, сообщили в гидрометцентре {rcity.ru_gen}.",
            "The average temperature in {monthy.en} was {tdec.en} degrees above the climate "
            "norm, the weather centre in {rcity.en} said.",
        ),
        (
            "Из-за непогоды {rcity.ru_in} повалено {trees} деревьев, пострадали {nb.ru} "
            "человек, сообщили {day.ru} в администрации города.",
            "The storm brought down {trees} trees in {rcity.en} and injured {nb.en} people, "
            "the city administration said {day.en}.",
        ),
    ),
    "courts": (
        (
            "Обвинение просило назначить {p.ru_last_dat} наказание в виде {n2.ru_gen} лет "
            "лишения свободы и штраф в размере {mln.ru}.",
            "Prosecutors had asked for {n2.en} years in prison and a fine of {mln.en} for "
            "{p.en_last}.",
        ),
        (
            "{p.ru_last} находится под стражей с {datey.ru}, {p.ego} адвокат {p2.ru} "
            "заявил{p2.a}, что обжалует приговор.",
            "{p.en_last} has been in custody since {datey.en}, and {p.his} lawyer, {p2.en}, "
            "said {p2.he} would appeal against the sentence.",
        ),
    ),
    "case": (
        (
            "Ущерб оценивается в {mln2.ru}, сообщили {day2.ru} в управлении Следственного "
            "комитета {rcity.ru_in}.",
            "The damage is estimated at {mln2.en}, the Investigative Committee's office in "
            "{rcity.en} said {day2.en}.",
        ),
        (
            "{p.ru_last} задержан{p.a} {datey.ru}, {p.ego} адвокат {p2.ru} заявил{p2.a}, "
            "что {p.on} не признает вину.",
            "{p.en_last} was detained on {datey.en}, and {p.his} lawyer, {p2.en}, said "
            "{p.his} client denied the charges.",
        ),
    ),
    "project": (
        (
            "По словам {p.ru_last_gen}, ежедневно объектом будут пользоваться около {k.ru} "
            "человек.",
            "About {k.en} people a day are expected to use it, according to {p.en_last}.",
        ),
        (
            "Следующий объект, {project2.ru_nom}, планируется сдать {monthy.ru_by}, "
            "добавил{p.a} {p.ru_last}.",
            "The next project, {project2.en}, is due to be finished by {monthy.en}, "
            "{p.en_last} added.",
        ),
    ),
    "roads": (
        (
            "В этом году планируется отремонтировать {km} километров дорог и {nb.ru} "
            "мостов, добавил{p.a} {p.ru_last}.",
            "This year {km} kilometres of roads and {nb.en} bridges are to be repaired, "
            "{p.en_last} added.",
        ),
        (
            "В прошлом году на эти цели было потрачено {bn2.ru}, сообщили в администрации "
            "{rcity.ru_gen}.",
            "Last year {bn2.en} was spent on road repairs, the {rcity.en} city "
            "administration said.",
        ),
    ),
}

QUOTES: dict[str, tuple[Pair, ...]] = {
    "q_pol": (
        (
            "Мы рассчитываем подписать соглашение до конца {year3} года",
            "We expect to sign the agreement before the end of {year3}",
        ),
        (
            "Наши страны готовы увеличить товарооборот до {usd2.ru} уже в {year3} году",
            "Our countries are ready to increase trade to {usd2.en} as early as {year3}",
        ),
        (
            "Переговоры были сложными, но конструктивными",
            "The talks were difficult but constructive",
        ),
        (
            "Мы договорились встретиться снова {month2.ru}",
            "We have agreed to meet again in {month2.en}",
        ),
        (
            "Это соглашение откроет новые возможности для бизнеса в сфере {co2.ru}",
            "This agreement will open up new opportunities for businesses in {co2.en}",
        ),
    ),
    "q_eco": (
        (
            "Мы ожидаем, что рост цен замедлится до {pct3.ru} во втором полугодии",
            "We expect price growth to slow to {pct3.en} in the second half of the year",
        ),
        (
            "Бюджет на {year3} год будет сбалансированным",
            "The budget for {year3} will be balanced",
        ),
        (
            "Мы не планируем повышать налоги в {year3} году",
            "We have no plans to raise taxes in {year3}",
        ),
        (
            "Безработица остается на историческом минимуме в {pct3.ru}",
            "Unemployment remains at a record low of {pct3.en}",
        ),
        (
            "Экономика адаптировалась к новым условиям быстрее, чем мы ожидали",
            "The economy has adapted to the new conditions faster than we expected",
        ),
        (
            "Мы видим признаки охлаждения кредитования, особенно ипотечного",
            "We are seeing signs that lending is cooling, especially mortgage lending",
        ),
        (
            "Ставка останется высокой столько, сколько потребуется",
            "The rate will stay high for as long as necessary",
        ),
    ),
    "q_plan": (
        ("продолжит выплачивать дивиденды", "continue to pay dividends"),
        (
            "сократит капитальные затраты на {pct2.ru} в {year2} году",
            "cut capital expenditure by {pct2.en} in {year2}",
        ),
        (
            "увеличит производство на {pct2.ru} к {year2} году",
            "raise output by {pct2.en} by {year2}",
        ),
        (
            "выйдет на рынок {country.ru_gen} в {year2} году",
            "enter the market in {country.en} in {year2}",
        ),
        (
            "откроет исследовательский центр {city2.ru_in}",
            "open a research centre in {city2.en}",
        ),
        ("наймет еще {k2.ru} сотрудников", "hire another {k2.en} employees"),
    ),
    "q_sport": (
        (
            "Мы заслужили эту победу, ребята выложились полностью",
            "We deserved this win, and the players gave everything",
        ),
        ("Нам нужно лучше играть в обороне", "We need to defend better"),
        (
            "Команда провела лучший матч в сезоне",
            "The team played its best match of the season",
        ),
        (
            "До конца сезона осталось {nb.ru} матчей, и мы будем бороться в каждом",
            "There are {nb.en} matches left in the season, and we will fight in every one",
        ),
        (
            "Мы набрали {pts2} очков, но этого пока недостаточно",
            "We have {pts2} points, but that is not enough yet",
        ),
    ),
    "q_tennis": (
        ("Это был очень тяжелый матч", "It was a very tough match"),
        (
            "Я довольна своей подачей, особенно во втором сете",
            "I am happy with my serve, especially in the second set",
        ),
        (
            "Я впервые играю {city.ru_in} и очень рада, что прошла так далеко",
            "This is my first time playing in {city.en}, and I am very happy to have come this far",
        ),
    ),
    "q_sci": (
        (
            "Мы надеемся, что технология будет внедрена в промышленность в течение {n.ru_gen} лет",
            "We hope the technology will be adopted by industry within {n.en} years",
        ),
        (
            "Первые испытания прошли успешно, теперь нам нужны партнеры",
            "The first tests were successful, and now we need partners",
        ),
        (
            "Над проектом работали {nb.ru} лабораторий из {n2.ru_gen} стран",
            "{nb.en_cap} laboratories from {n2.en} countries worked on the project",
        ),
        (
            "Мы работали над этой задачей с {year2} года",
            "We have been working on this problem since {year2}",
        ),
    ),
}

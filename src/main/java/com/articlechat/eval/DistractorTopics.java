package com.articlechat.eval;

import java.util.List;
import java.util.Map;

/**
 * The sentence templates and slot fillers the {@link DistractorGenerator} writes articles from.
 *
 * <p>A template names slots in braces, {@code {city}}, {@code {person2}}; a slot keeps its value
 * for the whole article, so the sentences of one article agree on who, where and how much. A
 * slot's kind is its name without trailing digits ({@code person2} is a {@code person} different
 * from {@code person}); a topic's own pools are looked up before the shared ones, and numeric kinds
 * are drawn by the generator.
 *
 * <p>The hard topics share the seed article's vocabulary (presidents, state visits, Xi Jinping,
 * Seoul, Beijing, supply chains, semiconductors, tariffs, Northeast Asia) but none of its claims:
 * no South Korean president appears in them, no visit lasts four days, no trade figure is the
 * seed's, and nobody warns of unpredictable supply chains. That keeps the development set's gold
 * answers unique to the seed while the distractors compete for the same words. People, companies,
 * outlets and ministers are invented; only heads of state and places are real.
 */
final class DistractorTopics {

    /** A template family: how its articles open and the sentences their bodies are drawn from. */
    record Topic(String name, boolean hard, List<Opening> openings, List<String> body,
            Map<String, List<String>> pools) {
    }

    /** A title with the lead sentence that goes with it, so that the headline matches the story. */
    record Opening(String title, String lead) {
    }

    private DistractorTopics() {
    }

    static final List<String> FIRST_NAMES = List.of("Anna", "Tomasz", "Leila", "Marcus", "Ines", "Daniel", "Priya",
            "Jonas", "Fatima", "Oliver", "Chloe", "Mateo", "Hannah", "Samuel", "Aisha", "Lukas", "Elena", "Patrick",
            "Sofia", "Rafael", "Martha", "Niall", "Grace", "Victor", "Amara", "Henrik", "Julia", "Kwame", "Rosa",
            "Felix", "Nadia", "Hugo", "Clara", "Ibrahim", "Teresa", "Owen", "Maya", "Stefan", "Lucia", "Peter");

    static final List<String> LAST_NAMES = List.of("Kowalski", "Haddad", "Brennan", "Almeida", "Fischer", "Okoro",
            "Lindqvist", "Moreau", "Castillo", "Novak", "Fitzgerald", "Mensah", "Rossi", "Jansen", "Sandoval",
            "Whitaker", "Nakamura", "Petrov", "Duarte", "Holm", "Ferreira", "MacLeod", "Varga", "Osei", "Bauer",
            "Quinn", "Delgado", "Eriksen", "Marchetti", "Adeyemi", "Sorensen", "Walsh", "Kaplan", "Romero");

    static final Map<String, List<String>> SHARED_POOLS = Map.ofEntries(
            Map.entry("city", List.of("Porto", "Leeds", "Lyon", "Denver", "Adelaide", "Gdansk", "Valencia",
                    "Tampere", "Calgary", "Bristol", "Graz", "Utrecht", "Cork", "Halifax", "Brno", "Bergen",
                    "Dunedin", "Bologna", "Ghent", "Aarhus", "Malaga", "Winnipeg", "Toulouse", "Kraków")),
            Map.entry("country", List.of("Portugal", "Canada", "New Zealand", "Chile", "Poland", "Ireland", "Norway",
                    "Morocco", "Austria", "Finland", "Uruguay", "Kenya", "Denmark", "Greece")),
            Map.entry("weekday", List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")),
            Map.entry("month", List.of("January", "February", "March", "April", "May", "June", "July", "August",
                    "September", "October", "November", "December")),
            Map.entry("ordinal", List.of("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")),
            Map.entry("region", List.of("the southern coast", "the northern highlands", "the river valley",
                    "the eastern plains", "the western islands", "the lake district")),
            Map.entry("when", List.of("next week", "later this month", "in the coming days", "after the summer",
                    "before the end of the year")),
            Map.entry("outlet", List.of("The Eastern Ledger", "Harbour Daily", "Pacific Wire Service",
                    "The Metropolitan Courier", "Continental Business Journal", "Riverside Gazette",
                    "Northern Chronicle", "Asia Markets Bulletin")),
            Map.entry("research", List.of("Halden Research", "Mercer Street Analytics", "Bluepoint Insights",
                    "Larchmont Economics", "Kestrel Advisory")),
            Map.entry("thinktank", List.of("the Hanul Institute for Policy Studies", "the Eastbridge Forum",
                    "the Centre for Northeast Asian Affairs", "the Pacific Strategy Institute")),
            Map.entry("krminister", List.of("Park Ji-hoon", "Kim Soo-yeon", "Choi Min-jae", "Han Seung-woo",
                    "Yoon Ha-eun", "Jung Dae-sung", "Lim Ye-jin", "Kang Tae-ho", "Shin Hye-rin", "Oh Jae-won")),
            Map.entry("jpminister", List.of("Takeshi Morita", "Yuko Hayashida", "Kenji Arakawa", "Naomi Sugiura",
                    "Hiroshi Kanda", "Emi Tachibana", "Daisuke Onodera", "Mariko Ishiguro")),
            Map.entry("cnofficial", List.of("Wang Liqun", "Zhao Min", "Chen Haoran", "Liu Jiaxin", "Zhou Yanbin",
                    "Gao Shuyi", "Huang Zhiming", "Xu Lanfang")),
            Map.entry("usofficial", List.of("Daniel Whitcomb", "Sarah Okafor", "Michael Brandt", "Laura Castellano",
                    "Jason Albright", "Karen Lindgren")),
            Map.entry("krcompany", List.of("Hanbit Semiconductor", "Daejin Electronics", "Seongwon Batteries",
                    "Mirae Display", "Gwangmyeong Chemical")),
            Map.entry("jpcompany", List.of("Kogane Materials", "Shirasagi Precision", "Tsubame Electronics",
                    "Akebono Wafer")),
            Map.entry("cncity", List.of("Guangzhou", "Chengdu", "Xi'an", "Hangzhou", "Tianjin", "Shenzhen", "Wuhan",
                    "Shanghai")),
            Map.entry("forumcity", List.of("Busan", "Incheon", "Osaka", "Qingdao", "Dalian", "Fukuoka", "Yokohama",
                    "Jeju")),
            Map.entry("mineral", List.of("gallium", "germanium", "graphite", "rare earth magnets", "antimony",
                    "tungsten")),
            Map.entry("guestcountry", List.of("Vietnam", "Brazil", "Indonesia", "Kazakhstan", "Spain", "Egypt",
                    "Chile", "Malaysia", "Hungary", "Pakistan")),
            Map.entry("jpministry", List.of("foreign ministry", "trade ministry", "cabinet office",
                    "defence ministry")),
            Map.entry("techarea", List.of("chips to batteries", "artificial intelligence to quantum computing",
                    "electric vehicles to solar panels", "telecoms to satellites", "drones to robotics")),
            Map.entry("supplyitem", List.of("chips", "batteries", "critical minerals", "medicines", "food",
                    "fertiliser", "rare gases")),
            Map.entry("movedir", List.of("rose", "fell", "gained", "slipped")),
            Map.entry("bureau", List.of("Seoul", "Tokyo", "Beijing", "Washington", "Hong Kong")),
            Map.entry("kjcity", List.of("Busan", "Incheon", "Daegu", "Jeju", "Osaka", "Fukuoka", "Yokohama",
                    "Sapporo")),
            Map.entry("tricity", List.of("Tokyo", "Seoul", "Busan", "Osaka", "Nagoya")),
            Map.entry("score", List.of("2-1", "3-2", "1-0", "2-0", "3-1", "4-2")));

    /** Sentences that fit any everyday story; a few are mixed into the bodies of the easy topics. */
    static final List<String> EASY_GENERIC = List.of(
            "Further details of the plans for {city} are expected {when}.",
            "{person4}, who has lived in {city} for {n4} years, said the change would make a real difference.",
            "The announcement was welcomed by some residents of {city} and criticised by others.",
            "Officials in {city} did not say when a final decision would be made.",
            "It was not immediately clear how {city} would pay for the plan.",
            "{person8}, a spokesperson, declined to comment on the figures.",
            "The issue is expected to come up again at a meeting in {month2}.",
            "Similar measures have been introduced in {city2} with mixed results.",
            "A poll of {count2} residents found that {bigpct3} percent supported the idea.",
            "The figures will be reviewed again in {month3}.");

    /** Sentences that fit any story of Northeast Asian diplomacy and trade; a few are mixed into the hard topics. */
    static final List<String> HARD_GENERIC = List.of(
            "The foreign ministry in Seoul said on {weekday3} that it was following developments closely.",
            "{person8}, a spokesperson for Japan's {jpministry}, declined to comment on the talks.",
            "Diplomats in Beijing said further meetings were likely before {month3}.",
            "The talks come amid intense competition between Washington and Beijing over advanced technology,"
                    + " from {techarea}.",
            "Governments across the region are trying to shield supply chains for {supplyitem} from rising"
                    + " geopolitical tension.",
            "Analysts at {research} said the outcome would be watched closely by investors across Northeast Asia.",
            "{person4}, a researcher at {thinktank} in Seoul, said governments in the region were hedging their bets.",
            "{person9}, a former diplomat, said security issues, including North Korea's weapons programmes, remained"
                    + " a constant backdrop to economic diplomacy in the region.",
            "Tariffs and export controls have become regular tools of foreign policy, forcing companies such as"
                    + " {krcompany2} to rethink where they produce.",
            "The KOSPI index in Seoul {movedir} {smallpct4} percent on the day, while Tokyo's Nikkei was little"
                    + " changed.");

    /**
     * Endings that attribute a plain statement, appended to some body sentences as reporters do; each
     * use names its own source, so that boilerplate sentences do not repeat word for word.
     */
    static final List<String> EASY_ATTRIBUTIONS = List.of(", {person} told {outlet}.", ", according to {outlet}.",
            ", officials said on {weekday}.", ", local media reported on {weekday}.");

    /** The same for the hard topics, in the voice of diplomatic and business reporting. */
    static final List<String> HARD_ATTRIBUTIONS = List.of(", {person} told {outlet}.", ", according to {outlet}.",
            ", officials said on {weekday}.", ", {person} of {research} said.",
            ", according to a briefing in {bureau}.");

    static final List<Topic> EASY = List.of(
            new Topic("economy", false, List.of(
                    new Opening("Inflation in {country} eases to {pct} percent",
                            "Inflation in {country} eased to {pct} percent in {month}, according to figures"
                                    + " published by {org} on {weekday}."),
                    new Opening("{country}'s {sector} sector shrinks as borrowing costs bite",
                            "Output in {country}'s {sector} sector fell for the {ordinal} consecutive month in"
                                    + " {month}, weighed down by weaker orders and higher financing costs."),
                    new Opening("{city} businesses report their strongest quarter since {year}",
                            "Businesses in {city} reported their strongest quarter since {year}, helped by a busy"
                                    + " holiday season and a rebound in tourism.")),
                    List.of("Economists had expected a reading of about {pct2} percent.",
                            "{person}, chief economist at {research}, said households were still cautious about"
                                    + " large purchases.",
                            "\"We are seeing a slow turn rather than a sharp recovery,\" {person} said.",
                            "Unemployment held at {smallpct} percent, close to a record low.",
                            "The currency rose slightly against the euro after the data were released.",
                            "Retail sales in {city} rose {smallpct2} percent from a year earlier.",
                            "Small firms complain that loans now cost almost twice what they did {n} years ago.",
                            "The government expects growth of around {smallpct3} percent this year, a forecast many"
                                    + " private economists consider optimistic.",
                            "The central bank is due to announce its next interest rate decision in {month2}.",
                            "Analysts said wage growth remained the main risk to the outlook.",
                            "Exports of {good} rose {pct3} percent, offsetting a drop in tourism revenue.",
                            "Property prices in {city} have fallen for {n2} months in a row.",
                            "The {sector} industry employs about {big} people in the {city} area alone."),
                    Map.of("org", List.of("the central bank", "the statistics office", "the chamber of commerce",
                                    "the finance ministry"),
                            "sector", List.of("retail", "construction", "hospitality", "logistics", "manufacturing",
                                    "farming"),
                            "good", List.of("wine", "machinery", "timber", "fish", "furniture", "olive oil"))),
            new Topic("sports", false, List.of(
                    new Opening("{team} edge {team2} in late thriller",
                            "{team} beat {team2} {score} on {weekday} night in front of {big} fans at {stadium}."),
                    new Opening("{person} signs new contract with {team}",
                            "{person} has signed a new {n}-year contract with {team}, ending weeks of speculation"
                                    + " about a move abroad."),
                    new Opening("{team} sack coach after {n2} games without a win",
                            "{team} dismissed their head coach on {weekday} after a run of {n2} league games"
                                    + " without a win.")),
                    List.of("{person} scored the winner in the {minute} minute after a long run down the left.",
                            "The result lifts {team} to {ordinal} place in the table.",
                            "Coach {person2} said the squad had worked hard on set pieces during the break.",
                            "\"We were patient and it paid off in the end,\" {person2} told reporters.",
                            "{team2} had a goal disallowed for offside shortly before half-time.",
                            "The club confirmed that {person3} will miss the next {n3} weeks with a hamstring"
                                    + " injury.",
                            "Ticket prices for next season will rise by {smallpct} percent, the club said in a"
                                    + " statement.",
                            "{team2} have won only once in their last {n4} matches.",
                            "The two sides meet again in the cup quarter-finals in {month}.",
                            "Attendance at {stadium} has grown every season since the new stand opened in {year}.",
                            "Supporters' groups criticised the decision to move the kick-off to a weekday"
                                    + " afternoon.",
                            "The league's disciplinary panel will review a clash between two players in the second"
                                    + " half."),
                    Map.of("team", List.of("Riverside Rovers", "Northgate United", "the Harbour City Sharks",
                                    "Westfield Athletic", "the Valley Falcons", "Eastbrook Wanderers",
                                    "Kingsmoor Town", "the Bayside Mariners"),
                            "stadium", List.of("Millbank Park", "the Quayside Arena", "Foxhall Road",
                                    "the Municipal Stadium"))),
            new Topic("weather", false, List.of(
                    new Opening("Storm {stormname} brings flooding to {city}",
                            "Storm {stormname} brought winds of up to {speed} kilometres per hour to {city} on"
                                    + " {weekday}, forcing the closure of schools and several bridges."),
                    new Opening("Heatwave warning issued for {region}",
                            "A heatwave warning was issued for {region} on {weekday}, with temperatures expected to"
                                    + " reach {temp} degrees Celsius by the weekend."),
                    new Opening("Heavy snow closes roads around {city}",
                            "Heavy snow closed dozens of roads around {city} on {weekday} and left {count} drivers"
                                    + " stranded overnight.")),
                    List.of("The national weather service issued an amber warning for {region} until {weekday2}"
                                    + " morning.",
                            "About {big} homes lost power overnight, and crews were working to restore supplies.",
                            "Rainfall of {mm} millimetres was recorded in a single day, more than the usual total"
                                    + " for the whole of {month}.",
                            "{person}, a forecaster at the weather service, said temperatures would change sharply"
                                    + " once the front had passed.",
                            "Residents of low-lying streets were advised to move cars and valuables to higher"
                                    + " ground.",
                            "Train services between {city} and {city2} were suspended after a tree fell on the"
                                    + " line.",
                            "Emergency services rescued {n} people from vehicles trapped by water and snow.",
                            "Farmers in {region} said the extreme weather had damaged fruit crops.",
                            "The mayor of {city}, {person2}, thanked volunteers who worked through the night.",
                            "Climate scientists say extreme events of this kind have become more frequent in the"
                                    + " region over the past two decades.",
                            "Insurers said it was too early to estimate the cost of the damage.",
                            "Older people were urged to check on neighbours and to drink plenty of water."),
                    Map.of("stormname", List.of("Aldo", "Brenna", "Corin", "Delphine", "Evander", "Fenna",
                            "Gideon", "Hester"))),
            new Topic("health", false, List.of(
                    new Opening("{condition} cases rise in {city} as officials urge vaccination",
                            "Health officials in {city} reported {count} new cases of {condition} in the past week,"
                                    + " the highest weekly figure this year."),
                    new Opening("Waiting times at {hospital} reach record high",
                            "The average wait in the emergency department at {hospital} reached {hours} hours in"
                                    + " {month}, the longest since records began."),
                    new Opening("New clinic opens in {city} to ease pressure on emergency wards",
                            "A new walk-in clinic opened in {city} on {weekday}, aiming to treat minor injuries and"
                                    + " illnesses away from crowded emergency wards.")),
                    List.of("{authority} urged parents to check that children's vaccinations are up to date.",
                            "Dr {person}, an infectious disease specialist at {hospital}, said most patients were"
                                    + " recovering at home.",
                            "\"Early treatment makes a real difference,\" Dr {person} said.",
                            "Nurses' unions say staff shortages are the main cause of the delays.",
                            "The clinic will open seven days a week and employ {n} doctors.",
                            "Running the service will cost about {money} a year.",
                            "Pharmacies have been asked to stock extra supplies of antiviral medicines.",
                            "Hospital admissions for respiratory illness are {pct} percent higher than at the same"
                                    + " point last year.",
                            "{authority} said the risk to the wider public remained low.",
                            "Patients with mild symptoms are being asked to call a helpline before going to"
                                    + " hospital.",
                            "A study of {big} patients found that regular check-ups cut emergency admissions by a"
                                    + " third.",
                            "{person2}, who waited overnight with a sick child, said the staff had been kind but"
                                    + " exhausted."),
                    Map.of("hospital", List.of("St Brendan's Hospital", "the Royal Infirmary",
                                    "Northfield General Hospital", "the University Medical Centre"),
                            "condition", List.of("measles", "influenza", "dengue fever", "whooping cough",
                                    "norovirus"),
                            "authority", List.of("the regional health authority", "the health ministry",
                                    "the public health agency"))),
            new Topic("technology", false, List.of(
                    new Opening("{company} unveils {product} aimed at budget buyers",
                            "{company} unveiled a new {product} on {weekday}, priced at {price} and aimed at"
                                    + " buyers on a budget."),
                    new Opening("{company} to cut {count} jobs as sales slow",
                            "{company} said on {weekday} that it would cut {count} jobs, mostly in marketing and"
                                    + " sales, after a second year of falling revenue."),
                    new Opening("Data breach at {company} exposes customer records",
                            "A data breach at {company} exposed the email addresses and phone numbers of roughly"
                                    + " {big} customers, the company said on {weekday}.")),
                    List.of("The company said the {product} would go on sale in {city} and {city2} in {month}.",
                            "Chief executive {person} called the launch the company's most important in {n}"
                                    + " years.",
                            "Reviewers praised the battery life but said the software still felt unfinished.",
                            "Shares in {company} rose {pct} percent in early trading.",
                            "The firm employs about {big2} people and has offices in {n2} countries.",
                            "Regulators in {country} have opened an inquiry into how the data was stored.",
                            "\"Security is now the first question every customer asks,\" said {person2}, an"
                                    + " analyst at {research}.",
                            "The company plans to open a research centre in {city} focused on battery chemistry.",
                            "Competitors have already cut prices on similar devices ahead of the holiday season.",
                            "The {product} uses artificial intelligence to learn its owner's habits.",
                            "A software update will be available free of charge to existing users from {month2}.",
                            "Consumer groups advised customers to change their passwords as a precaution."),
                    Map.of("company", List.of("Lumora", "Quantix", "Brightwave Labs", "Nordent Systems",
                                    "Cobalt Pay", "Fernhill Robotics"),
                            "product", List.of("smartphone", "fitness tracker", "home battery", "delivery robot",
                                    "translation earpiece", "e-reader"))),
            new Topic("culture", false, List.of(
                    new Opening("{city} {art} draws record crowds",
                            "The {city} {art} closed on {weekday} after drawing more than {big} visitors, a record"
                                    + " for the event."),
                    new Opening("{person} wins top prize at {city} {art}",
                            "{person}, whose work explores family and migration, won the main prize at the {city}"
                                    + " {art} on {weekday}."),
                    new Opening("{venue} reopens after {n}-year renovation",
                            "{venue} in {city} reopened to the public on {weekday} after a renovation that took"
                                    + " {n} years and cost {money}.")),
                    List.of("Organisers said ticket sales were up {pct} percent on last year.",
                            "The jury described the winning entry as \"quiet, precise and deeply moving\".",
                            "The new galleries include a room dedicated to local textile design.",
                            "Admission will remain free for children and students.",
                            "Critics were divided over the decision to open the season with a modern staging.",
                            "{person2}, the festival's director, said the programme had been designed to attract"
                                    + " younger audiences.",
                            "\"Culture should feel like it belongs to everyone in the city,\" {person2} said.",
                            "The event is funded partly by the city council and partly by private sponsors.",
                            "Next year's edition will run for {n2} days in {month}.",
                            "More than {count} artists from {n3} countries took part.",
                            "A retrospective of {person3}'s photographs will open at {venue} in {month2}.",
                            "Local restaurants and hotels reported one of their busiest weeks of the year."),
                    Map.of("venue", List.of("the City Museum", "the Grand Theatre", "the Harbour Arts Centre",
                                    "the Old Customs House gallery"),
                            "art", List.of("film festival", "jazz festival", "book fair", "photography festival",
                                    "theatre festival"))),
            new Topic("local-politics", false, List.of(
                    new Opening("{city} council approves budget after heated debate",
                            "The council in {city} approved its budget for next year by {tally} votes on {weekday}"
                                    + " evening after a debate that lasted almost five hours."),
                    new Opening("Residents protest against {issue} in {city}",
                            "About {count} residents gathered outside the town hall in {city} on {weekday} to protest"
                                    + " against {issue}."),
                    new Opening("{person3} wins {city} by-election",
                            "{person3} of {party} won the by-election in {city} on {weekday} with {bigpct} percent"
                                    + " of the vote.")),
                    List.of("The budget includes {money} for road repairs and a freeze on most local fees.",
                            "Opposition members from {party2} argued that the plan relied on optimistic"
                                    + " forecasts.",
                            "{person}, who organised the protest, said the council had not listened to local"
                                    + " families.",
                            "Mayor {person2} said the decision had been difficult but necessary.",
                            "\"We cannot keep spending money we do not have,\" {person2} told the chamber.",
                            "A public consultation on {issue} will run until the end of {month}.",
                            "Turnout was {bigpct2} percent, slightly higher than at the last local election.",
                            "The council will hold an extra meeting in {month2} to discuss school transport.",
                            "Local businesses have asked for more time to adapt to the new rules.",
                            "Councillors also voted to review the contract for rubbish collection.",
                            "The proposal would affect about {big} households in the north of the city.",
                            "Critics said the meeting had been scheduled at a time when few residents could"
                                    + " attend."),
                    Map.of("party", List.of("the Civic Alliance", "the Green List", "the Community Party",
                                    "the Independent Group", "the Liberal Union"),
                            "issue", List.of("a new bus lane", "the closure of two libraries",
                                    "a rise in parking charges", "plans for a waste incinerator",
                                    "a housing development on former farmland"))),
            new Topic("science", false, List.of(
                    new Opening("Researchers discover {creature} in {country}",
                            "Researchers at {institute} have described {creature} that had never been recorded"
                                    + " before, found during fieldwork in {country}."),
                    new Opening("Astronomers track bright comet passing Earth",
                            "Astronomers at {institute} captured detailed images of a comet passing about {count}"
                                    + " million kilometres from Earth."),
                    new Opening("Study links soil health to crop yields in {country}",
                            "A study of {big} farm plots in {country} found that fields with more organic matter"
                                    + " produced higher yields in dry years.")),
                    List.of("The team made the discovery during a survey of {n} remote sites.",
                            "{person}, who led the study, said the work showed how much remained unknown.",
                            "The findings were published this week in a peer-reviewed journal.",
                            "The comet will be visible with binoculars in the early morning until mid-{month}.",
                            "The researchers now plan to repeat the experiment over a longer period.",
                            "\"Good data takes patience,\" {person} said.",
                            "The project was funded by a grant of {money} from the national research council.",
                            "Other scientists cautioned that the sample was small and the results need to be"
                                    + " confirmed.",
                            "Samples will be stored at {institute} and shared with other laboratories.",
                            "{person2}, a biologist who was not involved in the research, called the results"
                                    + " encouraging.",
                            "The work took {n2} years and involved volunteers from local schools.",
                            "Data from the project will be made freely available online."),
                    Map.of("institute", List.of("the Institute of Marine Biology", "the University of {city}",
                                    "the National Observatory", "the Centre for Soil Research"),
                            "creature", List.of("a species of freshwater snail", "a small nocturnal frog",
                                    "a deep-sea coral", "a burrowing beetle", "a flowering shrub"))),
            new Topic("energy", false, List.of(
                    new Opening("{energyco} gets approval for {plant} near {city}",
                            "{energyco} received planning approval on {weekday} for a {capacity}-megawatt {plant}"
                                    + " near {city}."),
                    new Opening("Household energy bills to fall by {smallpct} percent",
                            "The energy regulator said on {weekday} that average household bills would fall by"
                                    + " {smallpct} percent from {month}."),
                    new Opening("Grid operator warns of tight winter supply",
                            "The national grid operator warned on {weekday} that electricity supply could be tight"
                                    + " on cold, still evenings this winter, with spare capacity down to {smallpct2}"
                                    + " percent.")),
                    List.of("The project is expected to cost {money} and to supply about {big} homes.",
                            "Construction will begin in {month2} and take around {n} years.",
                            "Residents raised concerns about noise and traffic during the consultation.",
                            "Wholesale gas prices have dropped steadily since the start of the year.",
                            "{person}, chief executive of {energyco}, said the company was also investing in grid"
                                    + " connections.",
                            "Renewables provided a record {bigpct} percent of the country's electricity last"
                                    + " year.",
                            "Consumer groups said the cut did not go far enough for families already in debt.",
                            "\"We need to build faster and connect faster,\" {person} said.",
                            "The {plant} will be connected to the grid through a new substation outside {city2}.",
                            "Large industrial users have been asked to reduce demand during peak hours.",
                            "The operator said imports from neighbouring countries would help cover any gap.",
                            "Environmental groups welcomed the decision but called for faster permits."),
                    Map.of("energyco", List.of("Northwind Power", "Solent Energy", "Graniteview Utilities",
                                    "Bayline Renewables"),
                            "plant", List.of("offshore wind farm", "solar park", "battery storage site",
                                    "hydroelectric plant"))),
            new Topic("transport", false, List.of(
                    new Opening("New tram line opens in {city}",
                            "The new tram line in {city} opened to passengers on {weekday}, linking the city"
                                    + " centre with the eastern suburbs."),
                    new Opening("Rail strike disrupts services across {region}",
                            "A strike by train drivers over pay cancelled most services across {region} on"
                                    + " {weekday}."),
                    new Opening("{city} airport passenger numbers hit record",
                            "{city}'s airport handled {big} passengers last month, the busiest month in its"
                                    + " history.")),
                    List.of("The {km}-kilometre route has {n2} stops and cost {money} to build.",
                            "{operator} expects about {big2} passengers a day within the first year.",
                            "{person}, a spokesperson for the drivers' union, said further walkouts were planned"
                                    + " for {month}.",
                            "Passengers were advised to work from home where possible.",
                            "Delays on {line} have increased since the signalling system was upgraded.",
                            "Commuters complained of crowded platforms and poor information.",
                            "{operator} said it would add {n} extra trains at peak times from {month2}.",
                            "Fares will rise by {smallpct} percent in January.",
                            "\"Reliable services are what people care about most,\" {person2} of {operator}"
                                    + " said.",
                            "New routes to {city2} and {city3} will start in the spring.",
                            "Cycling groups asked for safer crossings along the route.",
                            "The operator apologised for the disruption and promised refunds."),
                    Map.of("operator", List.of("the regional rail company", "the city transport authority",
                                    "Coastline Buses", "the airport operator"),
                            "line", List.of("the Green Line", "Line 4", "the airport express",
                                    "the northern tram route"))),
            new Topic("education", false, List.of(
                    new Opening("Exam results improve at {school}",
                            "Pupils at {school} recorded their best exam results in a decade, with {bigpct}"
                                    + " percent achieving top grades in {subject}."),
                    new Opening("Teachers in {region} vote to strike over pay",
                            "Teachers in {region} voted to strike over pay on {weekday}, with {majority} percent"
                                    + " of union members in favour."),
                    new Opening("{city} to build {n} new schools",
                            "{city} will build {n} new schools over the next {n2} years to cope with a growing"
                                    + " population, the council said on {weekday}.")),
                    List.of("Headteacher {person} credited smaller classes and extra tutoring after school.",
                            "The education ministry said its offer of a {smallpct} percent rise was fair and"
                                    + " affordable.",
                            "The first of the new schools is due to open in {month}.",
                            "Parents have raised concerns about the distance some children travel to school.",
                            "\"Every child deserves a good school close to home,\" {person2} said.",
                            "A survey of {big} pupils found that most spent more than two hours a day on"
                                    + " homework.",
                            "Free school meals will be extended to all primary pupils from next autumn.",
                            "The college will offer new courses in nursing and engineering.",
                            "Inspectors rated the school as good in their most recent report.",
                            "Union leaders said classes of more than {count} pupils were no longer unusual.",
                            "The strike would close most schools in the region for {n3} days.",
                            "Exam boards said the results were in line with the national picture."),
                    Map.of("school", List.of("Hillcrest Secondary School", "Oakfield Primary",
                                    "the Technical College of {city}", "St Anne's Academy"),
                            "subject", List.of("mathematics", "reading", "science", "foreign languages"))),
            new Topic("housing", false, List.of(
                    new Opening("House prices in {city} fall for {ordinal} month",
                            "House prices in {city} fell {smallpct} percent in {month}, the {ordinal} monthly"
                                    + " decline in a row."),
                    new Opening("{city} approves {count} affordable homes",
                            "The council in {city} approved plans on {weekday} for {count} affordable homes on the"
                                    + " site of a former bus depot."),
                    new Opening("Rents in {city} climb as buyers wait for cheaper mortgages",
                            "Rents in {city} rose {pct} percent over the past year as would-be buyers held off"
                                    + " waiting for mortgage rates to fall.")),
                    List.of("{person}, an estate agent in {city}, said buyers were waiting for mortgage rates to"
                                    + " fall.",
                            "Developers say building costs have risen sharply since {year}.",
                            "Housing charities said the new homes were welcome but far from enough.",
                            "\"Young families are being priced out of the neighbourhoods they grew up in,\""
                                    + " {person2} said.",
                            "Construction is expected to start early next year.",
                            "Mortgage approvals rose slightly in {month2}, according to the banking association.",
                            "The city plans to convert empty offices in the centre into flats.",
                            "About {big} people are on the waiting list for social housing.",
                            "Tenants' groups called for limits on rent increases.",
                            "First-time buyers are older on average than at any point in the past two decades.",
                            "Landlords say higher taxes are pushing some of them to sell.",
                            "{n2} of the homes will be reserved for nurses, teachers and other key workers."),
                    Map.of()));

    static final List<Topic> HARD = List.of(
            new Topic("state-visit-beijing", true, List.of(
                    new Opening("Xi Jinping hosts {guestcountry}'s president as the two sides sign trade deals",
                            "Chinese President Xi Jinping welcomed {guestcountry}'s president to Beijing on"
                                    + " {weekday} at the start of a state visit focused on trade and"
                                    + " infrastructure."),
                    new Opening("{guestcountry} and China pledge closer ties during state visit",
                            "{guestcountry} and China pledged closer economic ties on {weekday}, signing {n}"
                                    + " agreements as the visiting president held talks with Xi Jinping in the Great"
                                    + " Hall of the People.")),
                    List.of("The two leaders signed {n} agreements covering agriculture, ports, electric vehicles"
                                    + " and customs procedures.",
                            "Xi told his guest that China was ready to import more {export} and to open its market"
                                    + " wider.",
                            "Officials in Beijing said bilateral trade had grown by {pct} percent in the first"
                                    + " {months} months of the year.",
                            "Chinese state media described the talks as candid and productive.",
                            "The two sides agreed to set up a joint working group on supply chains for critical"
                                    + " minerals.",
                            "Business delegations held a separate forum in Beijing on investment in"
                                    + " semiconductors and green energy.",
                            "{cnofficial}, a spokesperson for China's foreign ministry, said the visit showed that"
                                    + " cooperation between developing countries was gaining momentum.",
                            "Analysts said the government in {guestcountry} was trying to balance its relations"
                                    + " with Washington and Beijing.",
                            "The visiting president will also travel to {cncity} to tour an industrial park"
                                    + " before flying home on {weekday2}.",
                            "Xi said the two countries should oppose protectionism and keep markets open.",
                            "\"Our partnership has never been more important,\" the visiting president said at a"
                                    + " state banquet.",
                            "The president last came to China in {year}, before a long pause in high-level"
                                    + " exchanges."),
                    Map.of("export", List.of("farm products", "minerals", "seafood", "coffee", "timber",
                            "fruit"))),
            new Topic("us-korea-tariffs", true, List.of(
                    new Opening("South Korea and US resume tariff talks on semiconductors and cars",
                            "South Korea's trade minister, {krminister}, arrived in Washington on {weekday} for"
                                    + " a {ordinal} round of talks on US tariffs on semiconductors and cars."),
                    new Opening("Seoul seeks exemption from new US chip tariffs",
                            "Seoul is seeking an exemption from a {bigpct} percent levy that Washington has"
                                    + " threatened to impose on imported semiconductors, officials said on"
                                    + " {weekday}.")),
                    List.of("{krminister} told reporters in Seoul that Korean companies had already pledged large"
                                    + " investments in American factories.",
                            "{usofficial}, a senior US trade official, said any deal would have to narrow the US"
                                    + " trade deficit with South Korea.",
                            "Korean exports to the United States fell {pct} percent in {month}, with shipments of"
                                    + " cars hit hardest.",
                            "{krcompany} said it would delay a decision on a new plant in Texas until the talks"
                                    + " were concluded.",
                            "Business groups in Seoul warned that higher tariffs would disrupt supply chains that"
                                    + " link Korean chipmakers with American customers.",
                            "The two sides also discussed shipbuilding cooperation and purchases of American"
                                    + " liquefied natural gas.",
                            "Officials said a follow-up meeting of trade ministers would take place in {month2}.",
                            "\"We are negotiating in good faith, but we will protect our national interest,\""
                                    + " {krminister} said.",
                            "The won weakened slightly against the dollar as investors waited for the outcome.",
                            "Economists estimate the tariffs could cut South Korea's growth by {tenth} percentage"
                                    + " points this year.",
                            "Similar talks between Washington and Tokyo ended last month without an agreement.",
                            "Washington has also asked Seoul to tighten export controls on chipmaking tools sold"
                                    + " to China."),
                    Map.of()),
            new Topic("export-controls", true, List.of(
                    new Opening("China tightens export controls on {mineral}, unsettling chipmakers in Seoul and"
                                    + " Tokyo",
                            "China's commerce ministry announced new export controls on {mineral} on {weekday},"
                                    + " requiring companies to obtain a licence for every shipment from {month}."),
                    new Opening("Korean and Japanese firms scramble for {mineral} after Beijing curbs exports",
                            "Chipmakers and battery makers in South Korea and Japan, among them {krcompany} and"
                                    + " {jpcompany}, are scrambling to secure {mineral} after Beijing restricted"
                                    + " exports of the material.")),
                    List.of("The materials are used in semiconductors, batteries and defence equipment.",
                            "{cnofficial}, a commerce ministry spokesperson, said the measures were in line with"
                                    + " international practice and not aimed at any country.",
                            "Chipmakers in South Korea and Japan rely on China for most of their {mineral}.",
                            "Shares in {krcompany} fell {pct} percent in Seoul after the announcement.",
                            "South Korea's industry ministry said it had stockpiles that would last about {n}"
                                    + " months.",
                            "{jpcompany} said it was looking for alternative suppliers in Australia and Canada.",
                            "The move follows US export controls on advanced chipmaking equipment sold to Chinese"
                                    + " companies.",
                            "Trade ministers from Seoul and Tokyo are expected to discuss the issue at a meeting in"
                                    + " {forumcity}.",
                            "Analysts said Beijing was using its dominance of critical minerals as leverage in its"
                                    + " trade disputes with Washington.",
                            "\"No company can build a secure supply chain around a single supplier,\" said"
                                    + " {person}, an analyst at {research}.",
                            "Prices of {mineral} in Europe have more than doubled since the start of the year.",
                            "The Korean government set up a task force to monitor supplies of {n2} key"
                                    + " materials."),
                    Map.of()),
            new Topic("trilateral-talks", true, List.of(
                    new Opening("Foreign ministers of South Korea, Japan and China meet in {tricity}",
                            "The foreign ministers of South Korea, Japan and China met in {tricity} on {weekday},"
                                    + " the first such meeting in {n} years."),
                    new Opening("Seoul, Tokyo and Beijing revive talks on three-way free trade agreement",
                            "South Korea, Japan and China agreed in {tricity} on {weekday} to revive negotiations"
                                    + " on a three-way free trade agreement that stalled years ago.")),
                    List.of("They agreed to prepare a leaders' summit later this year.",
                            "{krminister}, South Korea's foreign minister, said the three countries shared"
                                    + " responsibility for prosperity in the region.",
                            "Japan's foreign minister, {jpminister}, raised concerns about Chinese military"
                                    + " activity near disputed islands.",
                            "China's foreign minister called on the other two countries to reject bloc"
                                    + " confrontation.",
                            "The three economies together account for more than a fifth of global output.",
                            "Officials said the ministers also discussed ageing populations, disaster response and"
                                    + " public health.",
                            "Talks on a free trade agreement began in 2012 but stalled after several rounds.",
                            "Diplomats said the meeting was a sign that the three neighbours wanted to manage"
                                    + " their differences.",
                            "North Korea's missile programme was discussed over a working lunch, according to a"
                                    + " Japanese official.",
                            "\"Dialogue is the only way to solve problems between neighbours,\" {krminister} said"
                                    + " at a joint news conference.",
                            "The next meeting of the three countries' trade ministers is scheduled for {month} in"
                                    + " {forumcity}.",
                            "Business leaders welcomed the talks, saying tariff cuts would help exporters of"
                                    + " machinery and chemicals."),
                    Map.of()),
            new Topic("denuclearisation", true, List.of(
                    new Opening("US, South Korea and Japan envoys urge North Korea to return to denuclearisation"
                                    + " talks",
                            "Nuclear envoys from the United States, South Korea and Japan met in {tricity} on"
                                    + " {weekday}, their {ordinal} meeting this year, and urged North Korea to return"
                                    + " to talks on denuclearisation."),
                    new Opening("North Korea fires ballistic missile as envoys meet in {tricity}",
                            "North Korea fired a ballistic missile into the sea off its east coast on {weekday},"
                                    + " hours before envoys from Washington, Seoul and Tokyo met in {tricity} to"
                                    + " discuss its weapons programmes.")),
                    List.of("{krminister}, Seoul's special representative for Korean Peninsula peace, said pressure"
                                    + " and dialogue had to go together.",
                            "The envoys called on Beijing to use its influence over Pyongyang.",
                            "China's foreign ministry said it supported the denuclearisation of the Korean"
                                    + " Peninsula and opposed any move that would raise tension.",
                            "{usofficial}, the US special envoy, said Washington remained open to meeting North"
                                    + " Korean officials without preconditions.",
                            "The missile flew about {range} kilometres before landing outside Japan's exclusive"
                                    + " economic zone.",
                            "Japan's chief cabinet secretary said Tokyo had lodged a protest through diplomatic"
                                    + " channels in Beijing.",
                            "Analysts said the launch was timed to send a message to Washington and Seoul.",
                            "Sanctions monitoring has weakened since a UN panel of experts was disbanded in 2024.",
                            "The three envoys agreed to meet again in Tokyo in {month}.",
                            "\"The door to diplomacy remains open,\" {usofficial} said.",
                            "South Korea and the United States will hold joint military exercises next month.",
                            "It was North Korea's {ordinal} ballistic missile launch this year."),
                    Map.of()),
            new Topic("chip-supply-chains", true, List.of(
                    new Opening("Chipmakers warn of supply chain risks at Northeast Asia forum in {forumcity}",
                            "Executives from {count} chipmakers and suppliers in South Korea, Japan and Taiwan"
                                    + " gathered in {forumcity} on {weekday} for a forum on semiconductor supply"
                                    + " chains in Northeast Asia."),
                    new Opening("{krcompany} to build new memory chip plant as demand for AI servers surges",
                            "South Korean chipmaker {krcompany} announced plans on {weekday} to invest {billions} in"
                                    + " a new memory chip plant in {forumcity}, citing strong demand from makers of AI"
                                    + " servers.")),
                    List.of("Speakers warned that export controls and tariffs were forcing companies to duplicate"
                                    + " factories in several countries.",
                            "{person}, a vice president at {jpcompany}, said customers now asked for two suppliers"
                                    + " for every critical component.",
                            "South Korea's exports of semiconductors rose {bigpct} percent from a year earlier in"
                                    + " {month}.",
                            "Shipments of memory chips to China fell, while sales to the United States and Vietnam"
                                    + " grew.",
                            "The industry ministry in Seoul plans to offer larger tax credits for new chip"
                                    + " investments.",
                            "Japanese officials at the forum promoted subsidies for chip plants in Kyushu and"
                                    + " Hokkaido.",
                            "Delegates from China's semiconductor association attended for the first time since"
                                    + " {year}.",
                            "\"Resilience now matters as much as cost,\" {person} told the forum.",
                            "The forum's final statement called for an early-warning system to share information"
                                    + " on shortages of key materials.",
                            "Logistics companies said shipping times between ports in Northeast Asia had become"
                                    + " more volatile.",
                            "Prices of high-bandwidth memory chips have risen sharply this year.",
                            "Construction of the plant is due to start in {month2}."),
                    Map.of()),
            new Topic("japan-china-relations", true, List.of(
                    new Opening("Japan and China hold talks on seafood imports and detained businessman",
                            "Senior diplomats from Japan and China met in Beijing on {weekday} to discuss Chinese"
                                    + " restrictions on imports of Japanese seafood, {n} months after their last"
                                    + " round of talks."),
                    new Opening("Tokyo protests after Chinese coast guard ships enter waters near disputed islands",
                            "Japan lodged a protest with China on {weekday} after {n2} Chinese coast guard ships"
                                    + " entered waters near disputed islands in the East China Sea.")),
                    List.of("China suspended imports of Japanese seafood after treated water began to be released"
                                    + " from the Fukushima nuclear plant in 2023.",
                            "{jpminister}, director general for Asian affairs at Japan's foreign ministry, also"
                                    + " raised the case of a Japanese businessman detained in Beijing.",
                            "It was the {ordinal} such incursion this month, according to Japan's coast guard.",
                            "Beijing said the ships were carrying out routine patrols in Chinese waters.",
                            "Trade between Japan and China has fallen for {n} consecutive quarters.",
                            "Japanese companies are moving some production from China to Southeast Asia and"
                                    + " India.",
                            "{cnofficial}, a spokesperson for China's foreign ministry, urged Tokyo to take a more"
                                    + " constructive approach.",
                            "The two sides agreed to keep in contact through diplomatic channels.",
                            "Chinese tourists are returning to Japan, although group tours remain below their"
                                    + " earlier levels.",
                            "\"Both sides know that a working relationship serves their interests,\" said {person},"
                                    + " a professor of international relations in Tokyo.",
                            "Japanese business groups in China called for clearer rules on data and espionage.",
                            "Fishing cooperatives in Japan said the import ban had cost them {money} so far."),
                    Map.of()),
            new Topic("korea-japan-ties", true, List.of(
                    new Opening("South Korea and Japan agree to expand youth exchanges",
                            "The foreign ministers of South Korea and Japan met in Tokyo on {weekday}, their"
                                    + " {ordinal} meeting this year, and agreed to expand exchanges for young people"
                                    + " and students."),
                    new Opening("Seoul and Tokyo hold economic dialogue on chip materials",
                            "Trade officials from Seoul and Tokyo held an economic dialogue in {kjcity} on"
                                    + " {weekday} focused on supply chains for chip materials and batteries.")),
                    List.of("{krminister} and {jpminister} also discussed history issues that have long strained"
                                    + " relations between the neighbours.",
                            "The two governments have restored each other to their lists of trusted trading"
                                    + " partners for export controls.",
                            "Business groups said closer ties would help secure materials such as hydrogen"
                                    + " fluoride and photoresists.",
                            "About {nmillion} million South Koreans visited Japan last year, more than from any"
                                    + " other country.",
                            "The two governments will hold a joint economic forum in {kjcity2} in {month}.",
                            "Opposition lawmakers in Seoul criticised the government for moving too quickly.",
                            "\"Our two countries face the same challenges, from ageing to energy security,\""
                                    + " {jpminister} said.",
                            "Seoul and Tokyo share real-time data on North Korean missile launches with"
                                    + " Washington.",
                            "Polls suggest public views of Japan in South Korea have improved over the past two"
                                    + " years.",
                            "The ministers agreed to meet again before the end of the year.",
                            "{krcompany} and {jpcompany} signed a deal to develop battery materials together.",
                            "Visa rules for working holidays will be relaxed from {month2}."),
                    Map.of()),
            new Topic("china-trade-data", true, List.of(
                    new Opening("China's exports rise {pct} percent as shipments to Southeast Asia surge",
                            "China's exports rose {pct} percent in {month} from a year earlier, customs data"
                                    + " showed on {weekday}."),
                    new Opening("South Korea's exports to China fall for {ordinal} month",
                            "South Korea's exports to China fell {smallpct} percent in {month}, the {ordinal}"
                                    + " monthly decline in a row, as Chinese companies bought fewer petrochemicals"
                                    + " and displays.")),
                    List.of("Shipments to Southeast Asia and Africa grew strongly, while exports to the United"
                                    + " States fell after higher tariffs took effect.",
                            "China's trade surplus for the month widened to {billions}.",
                            "Chinese purchases of Korean semiconductors rose, however, supported by demand for AI"
                                    + " data centres.",
                            "{cnofficial}, an official at China's customs administration, said foreign trade had"
                                    + " remained resilient.",
                            "Economists said the figures pointed to weak domestic demand in China.",
                            "Beijing has announced measures to support consumption, including subsidies for"
                                    + " household appliances and cars.",
                            "Analysts at {research} expect export growth to slow in the second half of the year.",
                            "The yuan was little changed against the dollar after the data.",
                            "\"The trade numbers show how quickly supply chains are being rerouted,\" said"
                                    + " {person}, an economist at {research}.",
                            "Japan's exports to China also declined, led by lower sales of machinery and"
                                    + " electronic components.",
                            "Imports of soybeans and iron ore rose as stockpiling resumed.",
                            "South Korea's trade ministry said it would expand export insurance for small firms."),
                    Map.of()),
            new Topic("xi-trade-speech", true, List.of(
                    new Opening("Xi Jinping pledges to open China's market wider",
                            "Chinese President Xi Jinping told a gathering of {count} foreign business leaders on"
                                    + " {weekday} that China would keep opening its economy to the world."),
                    new Opening("Xi calls for open trade and opposes unilateral tariffs",
                            "Xi Jinping called on {weekday} for open trade and criticised unilateral tariffs in a"
                                    + " speech to business leaders from {count} countries.")),
                    List.of("Xi said unilateral tariffs hurt all countries and that no one wins a trade war.",
                            "He promised to shorten the list of sectors closed to foreign investment and to"
                                    + " protect intellectual property.",
                            "Foreign chambers of commerce said companies still faced uneven treatment compared"
                                    + " with Chinese state-owned firms.",
                            "The speech came as Beijing and Washington prepared for a new round of trade"
                                    + " negotiations.",
                            "{person}, who heads a European business group in Beijing, said members wanted to see"
                                    + " the promises put into practice.",
                            "Xi also called for closer cooperation on the digital economy and green development.",
                            "The speech did not mention export controls, which have worried foreign"
                                    + " manufacturers.",
                            "The premier is expected to give details of new policies at a conference next month.",
                            "\"We heard the right words; now we need to see action,\" {person} said.",
                            "State media carried the full text of the speech on the front pages of major"
                                    + " newspapers.",
                            "Chinese officials said foreign direct investment had fallen for {n} quarters in a"
                                    + " row.",
                            "Executives from South Korea and Japan were among the largest delegations at the"
                                    + " event."),
                    Map.of()));
}

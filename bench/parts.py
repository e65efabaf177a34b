"""The parts that synthetic names and sentences are built from.

Every word here is ours: invented place names, common first names and surnames,
generic body names, and several wordings of each reference theme (so that the
matcher has to map different words to one concept).  Nothing is copied from a
real paper.
"""

from __future__ import annotations

__all__ = ["STREETS", "PLACE_HEADS", "PLACE_TAILS", "COUNTY_TAILS", "FIRST_NAMES", "SURNAMES", "TIERS",
           "THEME_WORDINGS", "AUDIT_ISSUES", "VCSE_NAMES", "THEMATIC_PARTNERSHIPS", "WORKING_GROUPS",
           "SCRUTINY_NAMES", "EXECUTIVE_NAMES", "AUDIT_COMMITTEE_NAMES", "PROVIDER_TAILS",
           "INITIATIVE_NAMES", "INDICATORS", "PORTFOLIOS", "TOPICS", "COMMENTS", "SAYINGS"]

PLACE_HEADS = (
    "Ash", "Bram", "Cald", "Dun", "Elm", "Fen", "Gold", "Har", "Ivy", "Kes", "Lang", "Mar", "Nor",
    "Oak", "Pen", "Quarn", "Rad", "Sel", "Thorn", "Ulver", "Wen", "Yar", "Brack", "Cray", "Dray",
    "Fal", "Glen", "Hollin", "Kirk", "Lind", "Mill", "Ness", "Orm", "Pil", "Rook", "Sand", "Tam",
    "Wey", "Whit", "Ember",
)
PLACE_TAILS = (
    "ford", "bury", "ton", "ham", "wick", "by", "field", "mouth", "stow", "ley", "chester", "bridge",
    "worth", "caster", "mere", "dale", "combe", "thorpe", "holm", "minster",
)
#: Street and district names for GP practices and schools.
STREETS = (
    "Abbey Road", "Beech Grove", "Castle Hill", "Church Lane", "Clifton", "Cross Street", "Eastgate",
    "Fairfield", "Foxhall", "Grange Park", "Greenway", "High Street", "Highfield", "Hillside", "Kingsway",
    "Langley", "Larkrise", "Market Square", "Meadowbank", "Mill Lane", "Moorside", "Northgate", "Oakwood",
    "Orchard", "Parkside", "Priory", "Queensway", "Riverside", "St Anne's", "St Mark's", "Southgate",
    "Station Road", "Victoria", "Westfield", "Willow Bank", "Woodlands",
)
COUNTY_TAILS = ("shire", "dale", "land", "vale", "mark")
TIERS = ("City Council", "Borough Council", "County Council", "District Council", "Council")

FIRST_NAMES = (
    "Alice", "Amrit", "Anna", "Ben", "Bola", "Carys", "Chen", "Claire", "Daniel", "Deepa", "Eleanor",
    "Emeka", "Farah", "Gareth", "Grace", "Hamid", "Helen", "Imran", "Isla", "James", "Joy", "Karen",
    "Kwame", "Laura", "Leon", "Maria", "Martin", "Nadia", "Neil", "Olu", "Owen", "Priya", "Rachel",
    "Rhys", "Ruth", "Sam", "Sarah", "Simon", "Tariq", "Tom", "Una", "Victor", "Wendy", "Yusuf", "Zara",
)
SURNAMES = (
    "Abbott", "Adeyemi", "Barker", "Bhatt", "Carver", "Chowdhury", "Dawson", "Ellison", "Fairley",
    "Fenwick", "Garside", "Hale", "Hussain", "Ingram", "Jarvis", "Kaur", "Kellett", "Lowther", "Malik",
    "Marsh", "Nolan", "Okafor", "Pearce", "Quayle", "Rahman", "Redfern", "Sowerby", "Thackray", "Turner",
    "Usher", "Varley", "Walsh", "Whitlock", "Yates", "Zielinski", "Ashdown", "Brindley", "Coulson",
)

SCRUTINY_NAMES = ("Scrutiny Committee", "Health Overview and Scrutiny Committee", "Overview and Scrutiny Committee",
                  "Health Scrutiny Panel")
EXECUTIVE_NAMES = ("City Executive Board", "Cabinet", "Executive Board", "Mayor and Cabinet")
AUDIT_COMMITTEE_NAMES = ("Audit and Governance Committee", "Audit and Standards Committee", "Audit Committee")
PROVIDER_TAILS = ("Hospitals NHS Foundation Trust", "University Hospitals NHS Trust",
                  "Community Health NHS Trust", "Teaching Hospitals NHS Foundation Trust")
THEMATIC_PARTNERSHIPS = ("Stronger Communities Partnership", "Children's Trust", "Community Safety Partnership",
                         "Health Improvement Board", "Economic Growth Board", "Housing Partnership Board",
                         "Active Lives Partnership", "Skills and Employment Board")
WORKING_GROUPS = ("Health Inequalities Steering Group", "Health Inequalities Implementation Group",
                  "Population Health Hub", "Mental Health Panel", "Healthy Weight Network",
                  "Data and Insight Working Group", "Tobacco Control Task and Finish Group")
VCSE_NAMES = ("Carers Centre", "Mind", "Age Concern", "Youth Trust", "Citizens Advice", "Women's Aid",
              "Foodbank", "Sports Trust", "Arts Trust", "Refugee Forum", "Community Transport",
              "Credit Union", "Family Hub Network", "Men's Sheds", "Befriending Service", "Disability Forum")

INITIATIVE_NAMES = ("Innovation Fund", "Income Maximisation Service", "Social Prescribing Pilot",
                    "Healthy New Town Programme", "Warm Homes Scheme", "Active Travel Programme",
                    "Family Support Pilot", "Community Champions Programme", "Good Work Charter",
                    "Health Inequalities Toolkit", "School Readiness Project", "Clean Air Zone")
INDICATORS = (("Infant mortality", "reduce by 10% by the end of the strategy"),
              ("Life expectancy at birth", "narrow the gap between wards by one year"),
              ("Healthy life expectancy", "increase by two years"),
              ("Children in low income families", "reduce to below the national rate"),
              ("Adults in employment", "raise to 75%"),
              ("Physically inactive adults", "reduce by a fifth"),
              ("School readiness at age five", "match the national average"),
              ("Households in fuel poverty", "halve within five years"))
PORTFOLIOS = ("Young People, Schools and Public Health", "Health and Social Care", "Communities and Equalities",
              "Housing and Neighbourhoods", "Adult Care and Wellbeing", "Economy and Skills")
TOPICS = ("Health Inequalities", "Healthy Weight", "Loneliness and Isolation", "Child Poverty",
          "Air Quality and Health", "Mental Wellbeing", "Access to Primary Care")

#: Wordings of the reference themes, as a paper might put them; each holds a word
#: of its concept so that a keyword matcher can find it.
THEME_WORDINGS: dict[str, tuple[str, ...]] = {
    "best-start-in-life": (
        "Give every child a good start in life", "Invest in our young people",
        "Support parents and families in the early years", "Improve school readiness for children",
        "Help children and young people thrive", "Offer early help to families under pressure",
        "Give babies and infants the best start", "Provide safer maternity care and a healthy childhood"),
    "skills-and-control": (
        "Raise educational attainment", "Encourage aspiration and ambition",
        "Support skills development and lifelong learning", "Help residents gain qualifications and training",
        "Empower people to take control over their lives", "Close the gap in school attainment"),
    "fair-employment": (
        "Create good work for local people", "Reduce unemployment and worklessness",
        "Grow a fair local economy", "Pay a living wage across the area", "Help people into jobs",
        "Work with employers on fair employment"),
    "healthy-standard-of-living": (
        "Tackle poverty and deprivation", "Maximise household income", "Reduce fuel poverty",
        "Promote social mobility", "Support families with the cost of living",
        "Improve financial inclusion and reduce debt"),
    "healthy-sustainable-places": (
        "Build stronger communities", "Improve housing and homes", "Make neighbourhoods safer",
        "Promote community cohesion and integration", "Plan a healthy new town",
        "Create green space and a healthy built environment", "Reduce crime and improve community safety"),
    "prevention": (
        "Promote physical activity", "Expand social prescribing", "Prevent ill health early",
        "Reduce smoking, obesity and alcohol harm", "Improve mental health and wellbeing",
        "Raise healthy life expectancy"),
    "tackle-discrimination": (
        "Tackle racism and discrimination", "Promote equality for ethnic minority residents",
        "Advance equality for people with protected characteristics",
        "Ensure an equitable distribution of assets"),
    "environmental-sustainability": (
        "Respond to climate change", "Improve air quality", "Reach net zero carbon",
        "Develop corporate social responsibility", "Deliver social value through procurement"),
    "data-and-intelligence": (
        "Refresh the joint strategic needs assessment", "Pool local data and intelligence",
        "Develop a basket of inequalities indicators", "Let data and intelligence steer decisions",
        "Strengthen policy development and research"),
    "partnership-and-governance": (
        "Engage consistently with key partnerships", "Strengthen cross-partnership working",
        "Agree a joint strategy across partners", "Work together as one system",
        "Review the partnership structure"),
    "community-voice": (
        "Ensure people have a voice in decision making", "Strengthen community engagement",
        "Coproduce services with residents", "Improve public engagement and consultation"),
    "workforce": (
        "Engage the whole workforce", "Develop the workforce of partner organisations",
        "Free staff time for prevention work", "Build workforce capacity"),
    "performance-and-accountability": (
        "Manage performance across the partnership", "Measure progress against targets",
        "Hold partners to account for outcomes", "Strengthen performance management"),
    "health-in-all-policies": (
        "Adopt a Health in All Policies approach", "Use the health inequalities toolkit",
        "Carry out health impact assessment of policies", "Mainstream health equity in every policy"),
}

#: The six questions of an audit review and the reference theme each one is about.
AUDIT_ISSUES = (
    ("How partners agree and carry out their objectives on {topic}", "partnership-and-governance"),
    ("How partners join forces on {topic}", "partnership-and-governance"),
    ("How partners turn data and intelligence into decisions", "data-and-intelligence"),
    ("How far partners' staff take part in {topic} work", "workforce"),
    ("How partners manage performance", "performance-and-accountability"),
    ("How partners are approaching corporate social responsibility", "environmental-sustainability"),
)

COMMENTS = (
    "This is already a priority for the Council, although several of the levers sit with partners.",
    "Officers will report back on progress within twelve months.",
    "The work will be taken forward within existing budgets and programmes.",
    "We do not hold the statutory duty here, so our role is to influence and convene.",
    "A small policy team supports this alongside many other issues.",
    "We will review what capacity and resources are needed before committing further.",
    "This has been discussed with partners, who support the approach.",
    "Funding for the first year has been identified, but the years after that are not yet secure.",
    "The data suggest that the gap between the most and least deprived wards has narrowed slightly.",
    "Residents told the consultation that they want services closer to home and easier to reach.",
    "The timetable has slipped by three months because of pressures on staff over the winter.",
    "A short report on lessons learnt will come back to the next meeting.",
    "Partners were reluctant to create new structures and preferred to use the plans they already have.",
    "The approach will be tested in two neighbourhoods before it is rolled out more widely.",
    "An equality impact assessment has been completed and no adverse effects were found.",
    "The figures will be refreshed once the latest national data are published in the spring.",
    "Members asked that the next update include the views of people with lived experience.",
    "The budget position remains difficult and choices will need to be made next year.",
)

SAYINGS = (
    "asked what information was available on the main areas of concern",
    "stressed the need to apply the questions to the delivery plan",
    "asked how the work would be measured and reported back",
    "welcomed the report and the progress made since the last meeting",
    "asked for clarification on how the priorities had been chosen",
    "stressed the need to work more collaboratively across the system",
    "noted that the voluntary sector should be involved from the start",
    "asked how residents would be able to shape the next stage",
)

"""Papers from councils and genres the rules were not written on, scored against a careful reading.

Each paper under ``tests/data/documents/unseen/`` is ours (modelled on how English
councils write, never copied) and has a YAML file beside it listing what a careful
reader finds: bodies (``org``), people, posts, themes (by identifying words),
strategies, initiatives, indicators, recommendations with their verdicts and action
owners.  Recall is measured over all of them, precision over the organisations
claimed; a body's name in the plural ("Area Boards") is the body.  A programme may be read as a strategy or an initiative (the ontology's
Strategy covers programmes, its Initiative projects and funds), so those two groups
score together.  Some papers are written as .docx and .html, and three text papers are
also converted to .docx and .html here and must score as well as their text.

How honest the figures are: the first six papers (Shropshire, Mid Devon, Stockport,
Lewisham, the ICB paper, Dorset) were written first and the rules were improved on
them.  Three pairs were then written as held-out papers and scored before any rule
was changed: Wiltshire 0.73 and Barnsley 0.71 recall; Cornwall 0.64 and Leicester
0.75; North Tyneside 0.73 and Haringey 0.86; Sandwell 0.60 and York 0.71, with York's
four verdicts all missed (a lettered table); Gloucestershire 0.52 (organisation
precision 0.60) and Hounslow 0.69.  Organisation precision before changes ranged
from 0.60 to 1.00.  Each pair was then read generally (no paper's names in a word
list) and all now pass.  That was batch 1: 16 papers, recall 0.96 (372/386),
organisation precision 0.99 (112/113), every verdict right (now 373/386 and 113/114).

Batch 2 (ten papers: Kirklees, Nottinghamshire, Suffolk, Southwark, Bradford as .docx,
Torbay, Warrington, Medway as a ModernGov .html page, Solihull as .docx, Northumberland)
was written before the rule code was read, and scored before any change: recall 0.66
(275/414), organisation precision 0.91 (102/112; 0.875 before 'NHS' was added where a
paper names the NHS as a body, as the Gloucestershire truth does), 7 of 31 verdicts
right.  Per paper: Bradford 0.56, Kirklees 0.79, Medway 0.67, Northumberland 0.48,
Nottinghamshire 0.73, Solihull 0.83, Southwark 0.60, Suffolk 0.67, Torbay 0.72,
Warrington 0.53.  After general rules for what they missed (layouts and cue words, see
the commits): recall 0.89 (367/414), precision 0.98 (119/122), every verdict right.

Batch 3 (five papers: Herefordshire JSNA, Bath & North East Somerset, Rochdale,
Plymouth, Coventry) was written after batch 2's tuning to measure it, and scored before
any change: recall 0.70 (112/159), precision 0.88 (37/42), none of 9 verdicts read
(BANES 0.44, Plymouth 0.58, Herefordshire 0.75, Rochdale 0.80, Coventry 0.82).  So
the batch-2 rules generalised only a little: the next unseen paper should be expected
near 0.70 recall, not the tuned figures.  After its own general rules batch 3 reads
0.91 (144/159), precision 1.00 (41/41), every verdict right.

Batch 4 (nine papers, by a different writer, from councils and partners not used
before: Tendring district scrutiny to Cabinet, Doncaster's response as "Recommendation
1 — ... / Cabinet Member response: Agree in part. / Action: / Officer: / By:" blocks,
Tower Hamlets as .docx with the verdict column before the recommendation and symbols
read through a key, Sunderland HWB minutes as a ModernGov .html page, a Wakefield
strategy of ambitions and outcomes, a Hampshire internal audit with "Risk accepted",
a Brent CQC improvement plan, a Bristol ICB place paper answering Healthwatch in a
"Supported?" column, a Cheshire East pharmaceutical needs assessment) was written
before the rule code was read and scored before any change: recall 0.66 (266/405),
organisation precision 0.85 (94/110), 9 of 25 verdicts right (Tower Hamlets 0/8 and
Bristol 0/6: a column order and verdict words never seen; Doncaster 4/6: "Agree in
part" read as agreed, "Already in place" not read).  Per paper: Brent 0.56, Bristol
0.55 (precision 0.69), Cheshire East 0.63 (0.70), Doncaster 0.69, Hampshire 0.68,
Sunderland 0.84 (0.76: posts in a "Representing" column taken for bodies), Tendring
0.56, Tower Hamlets 0.60, Wakefield 0.76.  So a third held-out batch again landed near
0.70, with most verdicts of new layouts missed.  After general rules (a response table
read by its heading row in any column order, the genre's verdict words and symbol keys
mapped to the verdict scheme, verdicts in a recommendation's heading or a bullet after
it; bodies listed among bodies or beside their kind; genre topics; see the commits):
recall 0.90 (363/405), precision 1.00 (111/111), every verdict right; the others
moved by at most one fact each way (batch 1 0.97, batch 2 0.90, batch 3 0.92).

Batch 5 (three papers: Milton Keynes's response as a ModernGov .html table with "Accept
with modification", Lancashire HWB minutes, an Essex peer challenge progress letter)
was written after batch 4's tuning and scored before any change: recall 0.75 (77/102;
0.745 with the rules as they stood before batch 4, so batch 4's rules gained one fact
on it), organisation precision 0.86 (24/28), 4 of 5 verdicts ("Accept with
modification" read as accepted).  After general rules for what it missed: recall
0.87 (89/102), precision 1.00 (27/27), every verdict right.  Held-out batches keep
landing near 0.70-0.75 before their own tuning; expect that of the next unseen paper.

Batch 6 (seven papers from EARLIER YEARS, by a writer who had not read the rule code,
from councils and partners not used before; every earlier batch was set in the 2020s):
a 2011 Stoke-on-Trent cabinet response with a plain-text grid laid out with spaces and
the PCT's answers in prose ("The PCT accepts recommendation 4"), 2012 Salford shadow
HWB minutes in the public health transition year (attendance in space-aligned columns),
a 2017 Southend internal audit of a Better Care Fund pool (.docx, a Word table), a 2014
Wirral joint HWB strategy, a 2016 Cumbria LGA health and wellbeing peer challenge
letter, a 2009 Walsall Local Strategic Partnership report on Local Area Agreement
national indicators, and a 2025 Calderdale place-based partnership paper on
Core20PLUS5 answering Healthwatch with "Will do / Will partly do / Cannot do".  Scored
before any change: recall 0.70 (242/347), organisation precision 0.81 (87/108), 8 of 18
verdicts.  Per paper: Stoke-on-Trent 0.65 (precision 0.71, verdicts 3/8), Salford 0.66
(0.73), Southend 0.84 (0.90, 5/5), Wirral 0.73 (0.93), Cumbria 0.79 (0.91), Walsall 0.65
(0.76), Calderdale 0.52 (0.69, 0/5).  So a paper from another decade lands where a
held-out paper of this one does (0.70), with older layouts (space-aligned tables and
attendance, PCT and SHA names in apposition, LAA indicator codes) costing most.  After
general rules (tables and lists laid out with spaces; plain-English verdicts; a kind of
body in apposition is the named body's kind; era words: LINk, NI codes, PCT-era plans;
see the commits): recall 0.89 (309/347), precision 0.95 (95/100), every verdict right
(Stoke-on-Trent 0.91, Salford 0.91, Southend 0.89, Wirral 0.88, Cumbria 0.91, Walsall
0.86, Calderdale 0.86).  The 43 earlier papers did not move, but for one fact gained
(batch 1 0.97, batch 2 0.90, batch 3 0.93, batch 4 0.90, batch 5 0.87; precision as
before); the seeds stay at 1.00 (120/120) and 1.00 (40/40).

Batch 7 (six papers by a writer who had not read the rule code, from councils not used
before, one per genre the judges name): a Dudley scrutiny review to Cabinet (hanging-indent
numbered paragraphs, "R1".."R9", a space-aligned NCMP table, "OFFICIAL" and page footers),
North Somerset's executive response (a Word table exported one cell a line, "Agreed /
Partly agreed / Not agreed / Agreed - already in place / Noted / Deferred"), a Bury HWB
report presenting a joint strategy (priorities as "Priority 1 - Name: ...", partner
commitments as bullets), an Isle of Wight LGA peer challenge ("3. Key recommendations"
over a list numbered from 1), a Swindon internal audit of a pooled health inequalities
programme, and Cambridgeshire and Peterborough joint HWB/ICP minutes (attendance and an
action log laid out with spaces, "It was resolved to: a) ...").  Scored before any change:
recall 0.74 (232/312), organisation precision 0.86 (83/97), verdicts 13 of 13 (Dudley 0.70
precision 0.82, North Somerset 0.84/0.93, Bury 0.71/0.82, Isle of Wight 0.68/0.82 with its
six recommendations unread, Swindon 0.86/0.91, Cambridgeshire 0.73/0.88).  A seventh held-out
batch again landed near 0.70-0.75.  After general rules (numbered section headings over lists,
"It was resolved to", a column row never long-wraps, Healthwatch places like "Isle of Wight",
short trust names, names and posts wrapped onto indented lines, director portfolios after a
comma, places after a post, "ACR (Long Name)", kinds in brackets, priorities cut at their
run-in colon; see the commits): recall 0.87 (272/312), precision 0.97 (90/93), every verdict
right (Dudley 0.87, North Somerset 0.91, Bury 0.86, Isle of Wight 0.86, Swindon 0.89,
Cambridgeshire 0.86).  The 50 earlier papers gained 11 facts and lost none (1668/1813, 0.92;
precision 507/515 as before); the seeds stay at 1.00 and 1.00.  The place of two batch-7
papers is not read (places.py: "Isle of Wight" and "Cambridgeshire and Peterborough"); see
test_places_are_read.

Batch 8 (seven papers by a writer who had not read the rule code, councils not used before): a Sefton joint
HWB strategy (.docx, priorities in Word tables), a Gateshead scrutiny review (recommendations in a box of
"RECOMMENDATION 1" headings with "Suggested lead:" lines), Wolverhampton's cabinet response as a ModernGov .html
page (each recommendation a heading over "Cabinet position / Response / Lead officer", positions like "Supported
in principle" and "Under consideration"), a Reading LGA peer challenge letter (recommendations "1)" .. "7)"),
a Norfolk internal audit (.docx), Trafford HWB minutes of 2017, and a Portsmouth Healthwatch Enter and View
report as a .pdf ("Trust response:" and "Status:" lines).  Scored before any change: recall 0.70 (303/431),
organisation precision 0.92 (94/102), 6 of 20 verdicts (Gateshead 0.45, Norfolk 0.93, Portsmouth 0.56 with its
six recommendations unread, Reading 0.76, Sefton 0.72, Trafford 0.86, Wolverhampton 0.61 with its eight unread).
With the rules as they stood before topics said once became themes (mentioned-topic), 0.67: that rule gained
14 facts on papers it was not written on.  An eighth held-out batch again landed at 0.70.
After general rules (a recommendation's heading over labelled fields, one a line or a label line over its value;
a list announced earlier in its paragraph; hanging-indented paragraphs and cells wrapped under their column joined
as plain text is read; people in a line of semicolon-separated entries; a body named by an acronym of its last
words; national programmes and statutory plans; a council at the end of a web page's title; see the commits):
recall 0.88 (378/431), precision 0.94 (97/103), every verdict right (Gateshead 0.88, Norfolk 0.93, Portsmouth
0.87, Reading 0.87, Sefton 0.86, Trafford 0.90, Wolverhampton 0.85).  The 56 earlier papers gained 6 facts and lost
none (three readings of a director's post were brought into line with the rest: the post keeps its portfolio,
"Assistant Director, Adult Social Care").  In the same round recommendations read twice (a table's row by its
columns and again as a list item) became one node, so the earlier papers read 242 recommendations for the 219 a
careful reader lists, where they read 282 (the rest are mostly RESOLVED clauses the readers did not list).

Batch 9 (six papers by a writer who had not read the rule code, written to be hard): a Somerset scrutiny task
group report (all-capitals headings, recommendations 1-9 and an appendix numbering three more from 1, footnotes),
a Camden cabinet member decision as .docx ("Accept / Accept in part / Do not accept / Already actioned / For the
ICB to decide"), a Bolton HWB annual report as .docx (members in a Word table, an indicator table split across a
page break), a Blackpool auditor's value-for-money report (management responses in prose, the verdict first or
last), Rotherham place board minutes as an .html page, and a Knowsley Healthwatch report whose responses are
letters in another order ("On your first recommendation: we accept it").  Scored before any change: recall 0.72
(292/406), organisation precision 0.87 (71/82), 7 of 22 verdicts (Blackpool 0.57, Bolton 0.80, Camden 0.80
with precision 0.64, Knowsley 0.60, Rotherham 0.70, Somerset 0.80).  With the rules as they stood before batch
8's round: 0.70, 0.81 and 8 of 22, so that round's general rules gained 8 facts and 2 points of precision on
papers they were not written on, and lost one verdict.  After a shorter round of general rules (Word's list
numbers written out; a response's verdict stated in its sentences, or in a letter that names the recommendation
by number or ordinal; "That recommendations 1 and 2 be approved"; people named before their bodies in brackets or
listed one a line; a "What we will do | Lead" table as an action log; NHS operational standards as measures; see
the commits): recall 0.83 (336/406), precision 0.89 (73/82), every verdict right (Blackpool 0.70, Bolton 0.90,
Camden 0.85 with precision 0.70, Knowsley 0.71, Rotherham 0.85, Somerset 0.89).  Three papers stay below the
target and are listed in BELOW_TARGET with what they miss; the 63 earlier papers gained 4 facts and lost none.

Batch 10 (six papers by a writer who had not read the rule code): a Worcestershire HWB strategy refresh as .docx
(recommendations in Word's numbered style, priorities in a table with a merged last row), a Stockton-on-Tees
scrutiny review (recommendations indented under a paragraph, "(Lead: ...)" lines, witnesses grouped in columns),
Barnet's cabinet response as a ModernGov .html page ("Cabinet's view: Agree in part" after each response), Hartlepool
HWB minutes (attendance as "Post - Name", "That recommendations 1 and 3 be approved"), a Telford & Wrekin internal
audit as a four-page .pdf (an action plan of wrapped cells, "Agreed in part"), and a Hull Healthwatch report whose
responses are rated by colour through a key.  Scored before any change, with the rules as this session began: recall
0.68 (333/490), organisation precision 0.80 (101/126), 3 of 24 verdicts; with this session's general rules (written
on the misses of batches 8 and 9: measures stated as shares, proportions and rows of figures; bodies named without a
head word where they stand; people after "From", a dash or a police rank; genre topics): recall 0.70 (345/490),
precision and verdicts as before.  Per paper then: Worcestershire 0.85, Stockton-on-Tees 0.69, Barnet 0.60 (0 of 8
verdicts), Hartlepool 0.75, Telford & Wrekin 0.56 (precision 0.64, 0 of 6), Hull 0.65 (0.65, 3 of 7).  A tenth
held-out batch landed at 0.70 again.  After general rules (numbered "That ..." paragraphs over "Response" and
"Cabinet's view: Agree"; a PDF action plan drawn without rules read with its layout; "Post, Body - Name"
attendance and membership groups; a post's field in brackets; a resolution answering its own item's recommendations;
a table of numbered recommendations with no verdict column, rated later through a key of colours; lettered parts and
"(Lead: ...)" of a recommendation; NHS bodies named from two or three places; a county and its town; see the
commits): recall 0.84 (413/490), precision 0.85 (102/120), every verdict right (Worcestershire 0.89, Stockton-on-Tees
0.86 with precision 0.89, Barnet 0.87, Hartlepool 0.84, Telford & Wrekin 0.76, Hull 0.78 with precision 0.65).  Four
papers stay below the target and are listed in BELOW_TARGET; the 69 earlier papers gained 53 facts over the session
and lost none.

Batch 11 (six papers by a writer who had not read the rule code): a Redbridge scrutiny review and the Cabinet's
answers in two parts ("Rec 1" ... "Rec 10", then "Rec 4 ~ title" over "NOT ACCEPTED." and "Lead: ...  Target: ..."),
Newcastle's Wellbeing for Life Board minutes as a ModernGov .html page ("R1 - ..." paragraphs, answers summed up as
"R1 accepted; R2 accepted in part"), a Lincolnshire joint strategy as .docx (an outcomes framework table), an East
Sussex internal audit as a five-page .pdf (an action plan drawn as one box of labelled values per recommendation), a
Halton LGA peer challenge with the board's action plan, and a Middlesbrough Healthwatch report (recommendations 1.1 to
4.1 grouped "For" each body, each followed by a quoted answer and "Our reading: PART-SUPPORTED").  Scored before any
change, with the rules as this session began: recall 0.67 (367/544), organisation precision 0.81 (106/131), 7 of 38
verdicts; with this session's rules written on batch 10's leftovers (services named for what they do, "Director:
Health & Wellbeing", names like "Atkinson-Reay", witness lists in columns): 0.68 (371/544).  Per paper then: East
Sussex 0.70 (0 of 7 verdicts), Halton 0.63 (precision 0.67), Lincolnshire 0.80, Middlesbrough 0.51 (0 of 8), Newcastle
0.77 (0 of 5), Redbridge 0.58 (0 of 10).  An eleventh held-out batch landed near 0.70 again, and again most verdicts
of new layouts were missed.  After general rules (recommendations numbered through a section of their own with other
text between them, and answers given by number: under their own heading, after each item, summed up in a line or a
row of dots, or in a box of labelled values, see ``rules_numbered``; paragraphs numbered "B1.2" and ">" or "o"
bullets wrapped as one line; portfolios after a dash; attendance bulleted name first; measures in years; see the
commits): recall 0.81 (440/544), precision 0.88 (109/124), 37 of 38 verdicts (East Sussex 0.86, Halton 0.73 with
precision 0.74, Lincolnshire 0.87, Middlesbrough 0.66, Newcastle 0.85, Redbridge 0.83 with precision 0.89).  Three
papers stay below the target and are listed in BELOW_TARGET; the 75 earlier papers gained 26 facts and lost none.

Later in the session, after a second look at batch 11's leftovers (genre words of engagement reports and housing,
bodies listed after saying what they are, a scheme named either side of a colon, themes in capitals after their
kind): batch 11 0.86 (470/544), precision 0.89 (113/127), 37 of 38 verdicts; Redbridge passes too.

Batch 12 (six papers by another writer who had not read the rule code, written after all of the above): an Oldham
Director of Public Health annual report as .docx (chapters ending "What I am asking of partners" over numbered
asks, last year's recommendations rated for progress), a Warwickshire scrutiny recommendations tracker (tables laid
out with spaces whose cells wrap over up to seven lines), Northamptonshire ICP minutes as a ModernGov .html page
(a report's recommendations in an ordered list answered "That a) recommendations 1 and 2 be approved"), a Bedford
SEND improvement plan as a six-page .pdf ("Area for improvement 1." items), an Islington executive response as .docx
grouping its answers by position through a table of numbers, and a St Helens internal audit follow-up ("Rec A
Priority: HIGH" records with each label beside its value).  Scored before any change, with the rules as this session
began: recall 0.67 (352/527), organisation precision 0.81 (95/118), 18 of 41 verdicts; with all of this session's
rules, including those written on batch 11: 0.68 (356/527), 18 of 41 (the Warwickshire reading first wrote its
numbers "R1".."R13"; read as every reading writes them, 1..13, before anything was scored at HEAD).  Per paper then:
Bedford 0.65, Islington 0.82 (0 of 12 verdicts), Northamptonshire 0.84 (5 of 8), Oldham 0.56, St Helens 0.52 (0 of
8), Warwickshire 0.62 (precision 0.61).  So a twelfth held-out batch landed at 0.68 again: the session's rules,
including a new module for numbered recommendations, gained four facts on it.  After one round of general rules
(answers by number in a table of positions, "has noted this recommendation" and "is under consideration", records with
labels beside their values, a report's asks of partners, an inspection's areas for improvement, a web page's ordered
list keeping its numbers, "RESOLVED: That" over a list): recall 0.73 (387/527), precision 0.81, every verdict right
(41 of 41).  Six papers stay below the target and are listed in BELOW_TARGET.

Session 7 wrote rules on the earlier batches' leftovers (schemes named beside what they are, "the CURE tobacco
dependence service", a "Lead partner(s)" column, portfolios after a comma, names in brackets after a post's body,
"Lead:" lines closing a numbered block) and widened the genre's vocabulary from a list a helper wrote from knowledge
of the field without seeing any test paper or reading (464 subjects, 200 measures, 150 programmes, 90 plans).  On
the 87 papers above: 0.90 -> 0.92.  Batch 13 (six papers by another writer who had not read the rule code, written
meanwhile: a Hertfordshire scrutiny review with the Cabinet's response as .docx, Leeds HWB minutes as a ModernGov
.html page, a Southampton auditor's annual report as a nine-page .pdf, a Derbyshire safeguarding children
partnership's yearly report with tables laid out with spaces, a Liverpool Healthwatch report on community pharmacy
as .docx, and a Cheshire West joint strategy as a web page), scored before anything was changed for it: recall 0.75
(480/639), precision 0.83 (126/152), 31 of 35 verdicts with the rules as the session began; 0.77 (491/639) with the
session's rules and vocabulary, precision unchanged.  So the vocabulary and rules written blind gained two points on
held-out papers where they gained two on the papers they were checked against.  After one round ("the NHS" alone no
longer a body, services named for what they do, a listed name ending on a whole word): 0.78 (496/639), precision 0.89.
Five papers of batch 13 stay below the target and are listed in BELOW_TARGET.

Session 8 read tables laid out with spaces under a rule of dashes by column (a wrapped cell is one cell again),
"For:" lines under a recommendation as its addressees, and an NHS body with its officer in brackets: the 93 papers
0.90 -> 0.90 (4636 -> 4662 facts), precision 0.95, verdicts 291 -> 294.  Batch 14 (six papers by another writer who had
not read the rule code: a Staffordshire scrutiny review with the Cabinet Member's response letter as .docx, County
Durham HWB minutes with wrapped tables laid out with spaces, a West Sussex internal audit as a seven-page .pdf, an
East Riding strategy as a web page, a Tameside peer challenge exported from PDF to text, a Barking and Dagenham DPH
annual report as .docx), scored before anything was changed for it: recall 0.58 (378/650), precision 0.82, 6 of 22
verdicts with the rules as the session began; 0.60 (389/650) with the session's earlier rules (Durham 0.77 -> 0.84
from the tables read by column).  East Riding's page read as its title alone (0.01): its layout wrapper named a
sidebar.  After one round (a page's <main> always read, a PDF table's heading bar cut into columns, a page of names
and posts in two columns read with its layout, verdicts in brackets after a response letter's headings, leads named
in a response's sentences, East Riding as one place): 0.77 (502/650), precision 0.87, every verdict right.  The six
stay below the target and are listed in BELOW_TARGET.

Session 9 read services named in lower case by what is done to them ("Commission a peer support group"), the body
after a person's post ("Tony Okoro, Chief Executive, Thrive Trafford"), bodies a paper works or delivers with, and an
ICB named by its initials: the 99 papers 5164 -> 5191 facts, precision 0.95.  Batch 15 (six papers by another writer
who had not read the rule code: a Lambeth scrutiny review's Cabinet response as a ModernGov web page, Wigan HWB
minutes as .docx, a Buckinghamshire internal audit as text with tables laid out with spaces, a North Yorkshire
Healthwatch report as an eight-page .pdf, a Croydon LGA peer challenge as .docx, a Surrey strategy refresh as text),
scored before anything was changed for it: recall 0.74 (515/700), precision 0.93, 18 of 34 verdicts with the rules as
the session began; 0.74 (517/700) with the session's earlier rules.  After one round (a web page's cell of several
paragraphs kept in its cell and a response row fitted to its columns, "Recommendation of the Commission" and
"Recommendation / agreed action" as column headings, a spaced table between section titles in capitals, a peer
team's table with each name over its post, bodies listed "in particular" over several lines): 0.79 (556/700),
precision 0.93, every verdict right; Croydon passes, five stay below the target and are listed in BELOW_TARGET.

Session 10 read the Chair of a named body as its Chair, subjects named inside a programme's, an alliance's or a post's
name as themes, an ICB called by its area's NHS name, and headings set in capitals: the 105 papers 5748 -> 5778 facts,
precision 0.94 -> 0.95 (ten wrong bodies fewer).  Batch 16 (six papers by another writer who had not read the rule
code: a Birmingham scrutiny inquiry with the Executive's tracker as .docx, Newham HWB minutes as a ModernGov page, a
Devon internal audit as a seven-page .pdf, a Brighton & Hove strategy as text with partners in two columns of spaces, a
Redcar and Cleveland Healthwatch report as .docx, a Leicestershire peer challenge letter as a web page), scored before
anything was changed for it: recall 0.65 (504/771), precision 0.87, 2 of 31 verdicts with the rules as the session
began, and the same with the session's earlier rules.  After one round (an audit's action plan of findings answered
by the verdict opening each agreed action, recommendations listed with each reply summed up after them, "Our
reading:" and "Response from Name, Post:" fields, a tracker's "What we asked" column numbered "R01", a peer team as
names over posts set apart by blank lines, names of bodies in two columns of spaces): 0.71 (551/771), precision 0.90,
every verdict right.  The six stay below the target and are listed in BELOW_TARGET; Wigan and St Helens now pass.

Session 11 read the owners and answers papers name: the body a recommendation is put to ("To:", "For:") owns the
work, "Response from Name, Post:" names who answered, "We will:" bullets are actions of the partners in brackets after
them; and laws by name ("Care Act 2014"), "Community Pharmacy <area>" and "University Hospitals <area>": the 111 papers
6329 -> 6369 facts (Brighton 0.68 -> 0.76, Redcar 0.61 -> 0.69, Liverpool 0.65 -> 0.74).  Batch 17 (six papers by
another writer who had not read the rule code, though it read this description: Nottingham City HWB minutes as a
four-page .pdf with attendance set side by side in two columns, a South Gloucestershire scrutiny review with the
Cabinet's response as a council web page, a Thurrock internal audit of the Better Care Fund as .docx, a Blackburn with
Darwen strategy as text with "Lead:" after each commitment, a Cumberland LGA peer challenge exported from PDF to
text, a 2019 Sutton HWB committee report on the PNA as .docx), scored before anything was changed for it: recall 0.70
(499/709), precision 0.85, 25 of 32 verdicts with the rules as the session began; 0.71 (503/709) with the session's
earlier rules.  After one round (a key of the paper's own decision words, recommendations agreed by their letters,
"Agreed:" replies after each listed recommendation, places joined by "&", "with" or "upon", "What we will do" with
"Lead:" after each bullet, columns side by side read one after the other): 0.75 (529/709), precision 0.89, every
verdict right.  The six stay below the target and are listed in BELOW_TARGET.

Session 12 read tables that run over a PDF's page break without their heading row (Nottingham's action log: 0.80 ->
0.84; a ruled response table too), a PDF page laid out with spaces with its wrapped cells joined up again, and posts
whose fields follow a comma ("Head of Policy, Strategy and Partnerships").  Batch 18 (six papers by another writer who
had not read the rule code or this description: Enfield HWB minutes of 2015 as a six-page .pdf with a three-column
attendance and a ruled action log over a page break, a Darlington scrutiny review with the Cabinet's response as a
ModernGov page, a North Lincolnshire internal audit of the outbreak fund as .docx, a Slough strategy of 2020 as text
with form feeds, an Ealing LGA peer challenge of 2017 as .pdf with the peer team in two columns, a Merton Cabinet
report of 2012 as .docx), scored before anything was changed for it: recall 0.72 (605/842), precision 0.83, 17 of 33
verdicts with the rules as the session began, and the same with the session's earlier rules.  After one round
(recommendations headed by a title over their text, a key of the response words that is no list of recommendations,
RESOLVED clauses that each decide a lettered recommendation, "Post:<tab>Name" lines, "former Chief Executive" in a peer
team, ranks before names, "Enfield Council" as the London Borough of Enfield): 0.75 (635/842), precision 0.86, every
verdict right.  The six stay below the target and are listed in BELOW_TARGET.

Session 13 read who leads a strategy's priorities ("Lead group:" or "Senior responsible officer:" under the
priority's heading, a "Lead:" paragraph closing a numbered priority, a table of leads per priority), a programme named
for two programmes joined by "and", a post's holder closed by a semicolon, and national charities and providers by
name.  Batch 19 (six papers by another writer who had not read the rule code or this description: Sheffield HWB
minutes of 2019 as a ModernGov page, a Kent select committee review of 2017 with the Cabinet's response table as an
18-page .pdf, a Wokingham internal audit of the Better Care Fund as .docx, a Havering LGA peer challenge of 2014 as
.pdf with justified text, a Central Bedfordshire strategy of 2013 as text with form feeds and two columns of prose, a
Wandsworth HWB report on the pharmaceutical needs assessment as .docx), scored before anything was changed for it:
recall 0.76 (614/806), precision 0.89, every verdict right (20/20) with the rules as the session began; 0.76
(616/806) with the session's earlier rules.  After one round (two columns of prose side by side read one after the
other, the stretched gaps of a PDF's justified lines, a "Lead:" paragraph closing a numbered priority, services named
for visiting or cessation): 0.78 (631/806), precision 0.90.  The six stay below the target and are listed in
BELOW_TARGET.

Session 14 began with a speed pass (patterns that scanned every character tried only where a match can start;
output unchanged).  Batch 20 (six papers by another writer who had not read the rule code or this description: a
Bromley task and finish group's loneliness review with the Executive's response table as .docx, Hillingdon HWB
minutes of 2022 as a CMIS-style page, a Greenwich Safeguarding Adults Board annual report of 2019-20 as a 10-page
.pdf, a Rutland internal audit of the public health grant of 2015 as .pdf, a Richmond upon Thames strategy of 2016
as a text export of two columns, a Bexley Cabinet report on the Better Care Fund and its section 75 agreement as
.docx), scored before anything was changed for it: recall 0.72 (603/835), precision 0.77, every verdict right
(23/23).  After one round (local branches of one-word charities, "Greenwich Mencap"; a review's recommendations in a
table read a cell a line; "Priority 1: ..." over "Lead: ..." in text with no blank lines; places joined by "upon";
attendance labels naming kinds of members; "the ICB board"; a role in brackets on an attendance line; two
departments joined by "and"; a law's title; "Royal Greenwich" and a London borough's paper naming London's bodies):
0.75 (623/835), precision 0.84.  The six stay below the target and are listed in BELOW_TARGET; they take the overall
recall below 0.85, so the target has its own strict xfail (test_unseen_papers_meet_the_target) and FLOOR guards
what is reached.

Session 15 began with rules from what the 135 earlier papers still missed (names with accents, "O'" or "van de";
a holder named after a bare post, a possessive or the area a post covers; a Chair of a board named with "&"; police
ranks; public bodies, national programmes and standards named without a head word; a programme's plan in lower case):
8849 -> 8972 facts found, none lost.  Batch 21 (six papers by another writer who had not read the rule code or this
description: a Westmorland and Furness HWB strategy as a 9-page .pdf, a Harrow Cabinet response to a scrutiny review
as .docx, Manchester HWB minutes as a ModernGov page, a Windsor and Maidenhead peer challenge as .pdf, a Hammersmith &
Fulham Cabinet procurement report as a cp1252 text export, a Kingston upon Thames place partnership's annual report as
.docx), scored before anything was changed for it: recall 0.74 (581/789), precision 0.90, every verdict right (19/19);
with the session's earlier rules 0.74 (586/789).  After one round (a priority headed far above its "Lead:" line in PDF
text, a charity's local branch named after it, "Mind in Kingston"; neighbourhood teams, impact assessments and terms of
reference by their lower-case names): 0.77 (604/789), precision 0.92.  The six stay below the target and are listed in
BELOW_TARGET; Ealing (batch 6) and Tameside (batch 14) now meet it and left the list.

Session 16 began with front matter from what the 141 papers showed (a front sheet's label/value rows without colons,
titles wrapped over two lines or after addresses and greetings, boroughs joined by "&" or "upon"): no fact gained or
lost, 40 titles and three places mended.  Batch 22 (six papers by another writer who had not read the rule code or
this description: an Oxfordshire Cabinet response to a scrutiny review as .docx, West Berkshire HWB minutes as a
ModernGov page, a Westminster HWB strategy as an 11-page .pdf, a South Tyneside internal audit of the public health
grant as a cp1252 text export, a North East Lincolnshire HWB peer challenge as .pdf, a Bournemouth, Christchurch and
Poole Cabinet report on the Better Care Fund as .docx), scored before anything was changed for it: recall 0.67
(620/919), precision 0.86, every verdict right (20/20); with the session's front matter rules the same.  After one
round ("Priority 1" alone over its words; a table headed "Indicator"; priorities between dashes; an agreed action's
responsible officer past blank lines; a portfolio holder's fields after a colon; a holder named after a post's body
or service; "Age UK BCP"; "North East Lincolnshire"; a post in sentence case under a name; an association of
directors; a table of schemes with a Lead column): 0.74 (677/919), precision 0.89.  The six stay below the target and
are listed in BELOW_TARGET; Southampton (batch 13) and Westmorland and Furness (batch 21) now meet it and left the
list.  Its places showed compass words opening a place's name ("North East Lincolnshire"; batch 15's North Yorkshire
is read since) and its covers a title set a few words a line.  The batch takes overall recall below 0.85 again, so
the target is a strict xfail once more and FLOOR guards what is reached.

Overall at the time of writing (147 papers): recall 0.846 (10308/12183), organisation precision 0.928
(2449/2640), verdicts 528 of 530; the 141 papers before batch 22: 0.855 (9631/11264) and 0.930 (2326/2502), up from
0.850 (9576/11264) as the session began.  Earlier (141 papers, session 15): recall 0.85 (9576/11264), organisation
precision 0.93 (2325/2502), verdicts 508 of 510; the 135 papers before batch 21: 0.86
(8972/10475) and 0.93 (2169/2332); before this session's rules they stood at 0.84 (8849/10475) and 0.93 (2164/2327),
verdicts 489 of 491; the 129 papers before batch 20: 0.85 (8226/9640) and 0.94 (2027/2164); the 123 papers before
batch 19: 0.86 (7595/8834) and 0.94 (1888/2010); the 75 papers before batch 11: 0.94 (3248/3452) and 0.98
(893/912).  A paper may number its own
recommendations and the ones it answers both from 1, so a verdict counts when any
recommendation with that number has it.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from partnergraph.graph import normal_name
from partnergraph.loaders.documents import extract_file

UNSEEN = Path(__file__).parent / "data" / "documents" / "unseen"
TRUTHS = sorted(UNSEEN.glob("*.yaml"))
ORG = ("Organisation", "Board", "Partnership")
TYPES = {"org": ORG, "Strategy": ("Strategy", "Initiative"), "Initiative": ("Strategy", "Initiative")}


def _names(ent) -> set[str]:
    return {normal_name(n) for n in (ent.label, *ent.aliases)}


def _matches(gold, ent) -> bool:
    if isinstance(gold, list):  # identifying words, all in one label or alias
        return any(all(normal_name(w) in n for w in gold) for n in _names(ent))
    g = normal_name(gold)
    return any(g in (n, n.removesuffix("s")) or (len(g.split()) > 1 and (
        n.endswith(" " + g) or g.endswith(" " + n) and len(n.split()) > 1)) for n in _names(ent))


def score(truth: dict, path: Path) -> dict[str, tuple[int, int]]:
    """(found, total) per group; ("org-precision", (right, claimed)); ("verdicts", (right, given))."""
    x = extract_file(path)
    out: dict[str, tuple[int, int]] = {}
    missed: list = []
    for group, items in truth.items():
        if group in ("paper", "place"):
            continue
        if group == "Recommendation":
            found = right = given = 0
            for number, verdict in items:
                recs = [e for e in x.of_type("Recommendation") if e.attributes.get("number") == str(number)]
                if recs:
                    found += 1
                else:
                    missed.append(("Recommendation", number))
                if verdict is not None:
                    given += 1
                    # A paper may number two lists from 1 (its own recommendations and the ones it answers).
                    keys = {r.key for r in recs}
                    responses = [x.entities[l.subject] for l in x.links
                                 if l.relation == "respondsTo" and l.object in keys]
                    right += any(r.attributes.get("verdict") == verdict for r in responses)
            out[group], out["verdicts"] = (found, len(items)), (right, given)
            continue
        if group == "Action":
            ents = [x.entities[l.object] for l in x.links if l.relation == "ownedBy"]
        else:
            ents = x.of_type(*TYPES.get(group, (group,)))
        hits = [g for g in items if any(_matches(g, e) for e in ents)]
        missed += [(group, g) for g in items if g not in hits]
        out[group] = (len(hits), len(items))
    orgs = x.of_type(*ORG)
    wrong = [e.label for e in orgs if not any(_matches(g, e) for g in truth["org"])]
    out["org-precision"] = (len(orgs) - len(wrong), len(orgs))
    out["missed"], out["wrong"] = missed, wrong  # type: ignore[assignment]
    return out


def _recall(s) -> float:
    pairs = [v for k, v in s.items() if k not in ("org-precision", "verdicts", "missed", "wrong")]
    return sum(f for f, _ in pairs) / sum(t for _, t in pairs)


def _truth(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


# Papers of batch 9 that are still below the target after their round of general rules, and what they miss.  Each is
# a strict expected failure: the day one passes, the test says so and it comes off this list.
BELOW_TARGET = {
    "blackpool-auditors-annual-report-vfm": "an auditor's themes, plans and measures named in prose ('financial "
    "sustainability', 'general fund reserves'), and prior-year recommendations A-C in a table whose cells wrap",
    # batch 10
    # batch 11
    # batch 12 (held out; one round of general rules so far)
    "bedford-send-strategic-improvement-plan": "recall 0.77, precision 0.79: sub-groups named in a box diagram whose "
    "names are split over three lines in side-by-side columns, posts in a members' table, SEND topics in lower case",
    "northamptonshire-icp-minutes": "organisation precision 0.85: pieces of names read as bodies ('University "
    "Hospitals', 'Leaving Hospital', 'Care Hub' of the Transfer of Care Hub)",
    "warwickshire-scrutiny-recommendations-tracker": "precision 0.82: 'Carers Trust' cut from 'Carers Trust Heart of "
    "England', a data source read as a body; people in a contact table laid out with spaces but no rule",
    "halton-hwb-peer-challenge-report-and-response": "precision 0.77, one verdict of eight: a peer team's roles before "
    "their posts ('Lead member peer; Cabinet Member ...'), capitals and cells read as bodies ('PEER Team', 'Review "
    "Board')",
    # batch 13 (held out: 0.75 with the rules as session 7 began, 0.77 with that session's rules; one round so far)
    "derbyshire-safeguarding-children-partnership-annual-report": "recall 0.78, precision 0.90: signatures set side "
    "by side in columns, police ranks and safeguarding posts, the statutory guidance and local pathways by name",
    "leeds-hwb-minutes": "precision 0.86, one verdict of six missed: 'Leeds and Forum' and 'Care Hub' read as bodies, "
    "people named by surname only",
    "liverpool-healthwatch-community-pharmacy-report": "recall 0.74, precision 0.81: pharmacy measures in prose "
    "('unplanned temporary closure'), posts in a reply's sign-off, pharmacy services in lower case",
    "middlesbrough-healthwatch-maternity-engagement-report": "recall 0.79: the bodies a part of the recommendations "
    "is 'For' as their actions' owners, a post wrapped inside a quoted reply ('Head of 0-19 Services'), 'MBRRACE-UK'",
    # batch 14 (held out: 0.58 with the rules as session 8 began, 0.60 with that session's earlier rules; one round)
    "staffordshire-scrutiny-youth-vaping-review-cabinet-response": "recall 0.80, precision 0.86: the review's "
    "subjects in lower case ('underage sales', 'proxy purchasing'), a Bill and national programmes by name, a town "
    "centre read as a body",
    "durham-hwb-minutes": "precision 0.83: pieces of hospital names in a table laid out with spaces read as bodies, "
    "'Office of the Durham Police, Crime and Victims' Commissioner' cut at its apostrophe",
    "west-sussex-internal-audit-wellbeing-programme": "recall 0.79, precision 0.82: the district hubs named as "
    "'Arun Wellbeing' (a place and a word), an assurance scale read as a body, policies in lower case",
    "east-riding-joint-hwb-strategy-2025-2030": "recall 0.78: people and posts in a foreword's <cite> lines, themes "
    "as priority names ('Healthy places', 'Tackling poverty'), local services by name",
    "barking-dagenham-dph-annual-report-2025": "recall 0.72, precision 0.89: council companies without a kind ('Be "
    "First', 'Reside'), a law named for a person (\"Awaab's Law\"), housing measures in prose",
    # batch 15 (held out: 0.74 with the rules as session 9 began and with that session's earlier rules; one round)
    "lambeth-scrutiny-temporary-accommodation-health-review-cabinet-response": "recall 0.76: the review's subjects "
    "and measures in prose ('GP registration', 'bed and breakfast beyond six weeks'), 'Lambeth Together'",
    "north-yorkshire-healthwatch-gp-access-report": "recall 0.73: what people said as subjects in lower case ('phone "
    "queue', 'care navigation'), national plans and the GP Patient Survey by name, measures quoted from a survey",
    "surrey-joint-hwb-strategy-refresh-2026": "recall 0.75: partners in two columns laid out with spaces, local "
    "programmes named in bullets before a dash ('Mindworks Surrey - the ... service'), outcomes' measures in tables "
    "split by '|'",
    "buckinghamshire-internal-audit-public-health-contracts": "precision 0.85 (11 of 13): 'Audit Team' and a "
    "commissioned service ('Integrated Sexual Health Service') read as bodies",
    # batch 16 (held out: 0.65 with the rules as session 10 began and with that session's earlier rules; one round)
    "birmingham-scrutiny-food-environment-inquiry-executive-tracker": "recall 0.74, precision 0.83: national "
    "programmes and standards by name ('School Food Standards', 'Birmingham Forward Steps'), a university's "
    "institute read as \"University of Birmingham's Institute\", the tracker's Cabinet Members as owners",
    "brighton-hove-joint-hwb-strategy-2026-2030-consultation-draft": "recall 0.76: local services in lower case in "
    "'We will' bullets ('carers' card', 'safe haven'), 'Chair' and 'Vice-Chair' in a signature block, measures in a "
    "table read cell by cell",
    "devon-internal-audit-household-support-fund": "recall 0.74, precision 0.83: lower-case teams ('Household "
    "Support Fund team'), an audit's subjects and measures in prose ('awards made', 'unredeemed'), laws by name",
    "leicestershire-hwb-peer-challenge-letter": "recall 0.75: the strategy's life-course themes ('staying healthy', "
    "'dying well'), a county's voluntary bodies with odd capitals ('Voluntary Action LeicesterShire')",
    "newham-hwb-minutes": "recall 0.76: waiting-list measures in prose ('waiting more than 52 weeks'), a replier "
    "named in a list item as the action's owner, a person's name with a Polish letter ('Wiśniewska')",
    "redcar-cleveland-healthwatch-care-home-visiting-report": "recall 0.69: care home subjects in lower case "
    "('essential care giver', 'visiting hours'), a regulation by its number ('Regulation 9A'), survey measures",
    # batch 17 (held out: 0.70 with the rules as session 11 began, 0.71 with that session's earlier rules; one round)
    "blackburn-with-darwen-joint-local-hwb-strategy-2026": "recall 0.74: measures in a table laid out with spaces "
    "whose cells wrap, local programmes in lower case in bullets ('free swimming', 'community connector')",
    "cumberland-lga-peer-challenge-report": "recall 0.73: the peer challenge's themes in lower case ('governance "
    "and culture'), posts with two titles ('Director of Finance and Section 151 Officer'), growth deals by name",
    "nottingham-city-hwb-minutes": "recall 0.84, precision 0.87: 'Local Authority' read inside a grant's name, a "
    "post qualified by its programme ('Programme Director, Changing Futures Nottingham'), the board's priorities "
    "named in prose",
    "south-gloucestershire-scrutiny-review-cabinet-response": "recall 0.75, precision 0.89: dental schemes in lower "
    "case ('lift the lip', 'new patient premium'), 'Sirona care & health', a witness list's posts in lower case",
    "sutton-hwb-committee-report-pna-2019": "recall 0.65: pharmacy services in lower case ('chlamydia screening', "
    "'needle and syringe exchange'), access measures in prose ('20-minute walk'), regulations with a bracket in "
    "their name",
    "thurrock-internal-audit-better-care-fund": "recall 0.78, precision 0.80: posts with a field after a comma "
    "('Strategic Lead, Private Sector Housing') read as bodies, an audit's subjects in lower case ('risk-share')",
    # batch 18 (held out: 0.72 with the rules as session 12 began and with that session's earlier rules; one round)
    "darlington-scrutiny-suicide-prevention-review-cabinet-response-2025": "recall 0.79: charities by one-word or "
    "odd names ('Papyrus', 'If U Care Share Foundation'), council teams in lower case ('Stronger Families team'), "
    "services in lower case ('small grants round', 'safe haven')",
    "enfield-hwb-minutes-2015": "recall 0.71, precision 0.76: names wrapped across lines in run-on attendance "
    "paragraphs, named services read as bodies ('Integrated Community Equipment Service'), local programmes",
    "merton-cabinet-report-health-and-wellbeing-board-2012": "recall 0.74, precision 0.77: 2012's bodies by their "
    "kind ('Local Healthwatch', 'Local Involvement Network'), public health services in lower case being transferred",
    "north-lincolnshire-internal-audit-covid-outbreak-fund-2021": "recall 0.70: an audit's subjects in lower case "
    "('self-isolation', 'reconciliation'), grant-funded services in lower case ('mobile testing units'), council "
    "teams named bare ('Audit and Assurance', 'Democratic Services')",
    "slough-joint-wellbeing-strategy-2020-2025": "recall 0.79: programmes in lower case ('outdoor gyms', "
    "'anti-idling'), a network named only by its acronym ('PCN')",
    # batch 19 (held out: 0.76 with the rules as session 13 began, 0.76 with that session's earlier rules)
    "central-bedfordshire-joint-health-wellbeing-strategy-2013-2016": "recall 0.79, precision 0.83: names cut by a "
    "line's end inside a row of partners on the cover ('Healthwatch Central' / 'Bedfordshire'), services in lower "
    "case, indicators named in a table's wrapped cells",
    "havering-lga-health-wellbeing-peer-challenge-2014": "recall 0.78: posts with a comma before their field ('Group "
    "Director, Social Care and Learning' read as a body), themes in prose, plans in lower case",
    "kent-select-committee-childhood-obesity-2017": "recall 0.72: programmes and standards named without a head word "
    "('One You Kent', 'School Games', 'School Food Standards'), a county sport partnership ('Active Kent and Medway'), "
    "themes in prose",
    "sheffield-health-and-wellbeing-board-minutes-2019-06": "recall 0.84, precision 0.86: services named without a "
    "head word ('People Keeping Well', 'Smokefree Sheffield'), a team named in mixed case ('Air Quality team')",
    "wandsworth-hwb-pharmaceutical-needs-assessment-2025": "recall 0.77: pharmacy services in lower case ('supervised "
    "consumption service'), owners of actions named in a table of background papers and consultees",
    "wokingham-internal-audit-better-care-fund-2023": "recall 0.81: providers named by one word ('Optalis', "
    "'Involve'), council teams in lower case, a post with its field after a comma",
    # batch 20 (held out: 0.72 with the rules as session 14 began)
    "bexley-cabinet-report-better-care-fund-section-75-2023": "recall 0.75: services and posts in lower case "
    "('reablement service', 'trusted assessor'), a place's programme named without a head word ('Bexley Our Place')",
    "bromley-pds-task-and-finish-loneliness-response-2016": "recall 0.72: local charities named without a head word "
    "('Carers Bromley', 'Bromley Healthcare'), concessions named bare ('Freedom Pass', 'Taxicard'), themes in prose",
    "greenwich-safeguarding-adults-board-annual-report-2019-20": "recall 0.72, precision 0.82: safeguarding "
    "procedures named without a head word ('Deprivation of Liberty Safeguards'), panels in lower case, an acronym "
    "glossary laid out with spaces read as names ('BCU Basic Command Unit')",
    "hillingdon-health-and-wellbeing-board-minutes-2022-12": "recall 0.74, precision 0.80: services in lower case "
    "('bridging service'), a programme named by one word ('Kooth'), bodies named by letters and digits ('H4All')",
    "richmond-joint-health-wellbeing-strategy-2016-2021": "recall 0.74, precision 0.75: names broken across two "
    "columns of a text export, themes in a life-course diagram, indicators in a table's wrapped cells",
    "rutland-internal-audit-public-health-grant-2015": "recall 0.80, precision 0.83: an audit's subjects in lower "
    "case ('contract monitoring', 'value for money'), a county sport partnership named with a hyphen",
    # batch 21 (held out: 0.74 with the rules as session 15 began)
    "hammersmith-and-fulham-cabinet-report-drug-alcohol-procurement-2023": "recall 0.64: a council's values and a "
    "service's parts in lower case ('recovery support and aftercare', 'alcohol detoxification'), measures in a table "
    "laid out with spaces, a national strategy named by its title alone ('From harm to hope')",
    "harrow-scrutiny-review-immunisation-cabinet-response-2021": "recall 0.78, precision 0.87: a review's themes "
    "('access and convenience', 'trust and communication') and programmes in lower case, teams read as bodies",
    "kingston-upon-thames-place-partnership-annual-report-2023": "recall 0.74: programmes in a table's cells in lower "
    "case ('integrated discharge hub', 'single front door'), providers named without a head word ('Staywell')",
    "manchester-health-and-wellbeing-board-minutes-2024-03": "recall 0.82, precision 0.86: a city's strategy named by "
    "its title ('Making Manchester Fairer') read as a body, local charities named bare ('Macc', '42nd Street')",
    "windsor-and-maidenhead-hwb-peer-challenge-2019": "recall 0.74: a peer challenge's themes in prose ('use of "
    "evidence', 'engaging residents'), local providers named bare ('Optalis', 'Achieving for Children')",
    # batch 22 (held out: 0.67 with the rules as session 16 began)
    "bcp-cabinet-report-better-care-fund-2023": "recall 0.66, precision 0.88: a fund's services and national plans "
    "in lower case in a table's cells ('integrated discharge hubs', 'capacity and demand plan'), a provider and an "
    "integrated care system named bare ('Tricuro', 'Our Dorset')",
    "north-east-lincolnshire-hwb-peer-challenge-2024": "recall 0.74: local charities named bare ('Centre4', 'East "
    "Marsh United'), candidate priorities in a sentence after a colon, programmes and plans in lower case",
    "oxfordshire-scrutiny-review-cabinet-response-2024": "recall 0.78, precision 0.89: a co-opted member in a table "
    "with her post in lower case, short forms of bodies read as others ('Oxford Health', 'BOB ICB'), measures in prose",
    "south-tyneside-internal-audit-public-health-grant-2024": "recall 0.64, precision 0.75: an audit's documents in "
    "lower case ('service level agreement', 'grant determination'), services in an action plan's wrapped grid cells, "
    "a distribution list's posts read as bodies ('External Auditor')",
    "west-berkshire-health-and-wellbeing-board-minutes-2023-11": "recall 0.77, precision 0.83: a strategy's risk "
    "groups and measures in prose ('middle-aged men', 'self-harm in those aged 10-24'), a PCN by its letters alone",
    "westminster-joint-health-wellbeing-strategy-2024": "recall 0.79: homelessness charities named bare ('St Mungo's', "
    "'The Passage', 'Groundswell'), programmes in lower case in a priority's commitments",
}


def _marked(path: Path):
    reason = BELOW_TARGET.get(path.stem)
    return pytest.param(path, id=path.stem, marks=pytest.mark.xfail(strict=True, reason=reason)) if reason else \
        pytest.param(path, id=path.stem)


@pytest.mark.parametrize("truth_file", [_marked(p) for p in TRUTHS])
def test_each_unseen_paper(truth_file):
    truth = _truth(truth_file)
    s = score(truth, UNSEEN / truth["paper"])
    right, claimed = s["org-precision"]
    assert _recall(s) >= 0.85, (s["missed"], s)
    assert claimed and right / claimed >= 0.9, (s["wrong"], s)
    vr, vg = s.get("verdicts", (0, 0))
    assert vr == vg, s


#: Overall recall and organisation precision as they stand: a change that lowers either fails
#: test_unseen_papers_hold_their_floor.  The issue's target (0.85 and 0.9) is test_unseen_papers_meet_the_target.
FLOOR = (0.846, 0.927)


@lru_cache(maxsize=1)
def _overall() -> tuple[int, int, int, int]:
    """``(facts found, facts, bodies right, bodies claimed)`` over every paper."""
    found = total = right = claimed = 0
    for truth_file in TRUTHS:
        truth = _truth(truth_file)
        s = score(truth, UNSEEN / truth["paper"])
        for k, (f, t) in ((k, v) for k, v in s.items() if k not in ("verdicts", "missed", "wrong")):
            if k == "org-precision":
                right, claimed = right + f, claimed + t
            else:
                found, total = found + f, total + t
    print(f"unseen recall {found / total:.2f} ({found}/{total}), "
          f"organisation precision {right / claimed:.2f} ({right}/{claimed})")
    return found, total, right, claimed


def test_unseen_papers_hold_their_floor():
    found, total, right, claimed = _overall()
    assert len(TRUTHS) >= 6
    assert found / total >= FLOOR[0] and right / claimed >= FLOOR[1]


@pytest.mark.xfail(strict=True, reason="batch 22 (six harder papers, held out) took overall recall from 0.855 to "
                                      "0.846 and organisation precision from 0.930 to 0.928")
def test_unseen_papers_meet_the_target():
    found, total, right, claimed = _overall()
    assert found / total >= 0.85 and right / claimed >= 0.9


# Places the place rule (rules_front.find_place) does not read yet.  Batch 7's two-place area whose first word is
# also a city's ("Cambridgeshire and Peterborough") is read since a county and its town count as whichever of the
# two a paper names more (batch 10: "Worcestershire", not "Worcester").  Listed so the test says when one is read.
# Batch 12's Northamptonshire ICP minutes, hosted on one of the county's two councils' sites, read as "West
# Northamptonshire" (the hosting council at the top); the partnership's place is the county the two councils share.
# "County Durham" is read as "Durham", the city.  Batch 15's North Yorkshire Healthwatch report gets no place: its
# ICB's area ("Humber and North Yorkshire") and the county's bodies name the county about as often as other places.
# Batch 20's Richmond strategy and batch 21's Kingston report, which write their boroughs short far more often than
# "... upon Thames", are read whole since session 16 (the council's full name settles a place "upon" its river), and
# batch 21's Hammersmith & Fulham report since its heading's "London Borough of Hammersmith & Fulham" is read.
# Batch 15's North Yorkshire report is read since session 16 (compass words open a place's name: "North East
# Lincolnshire", batch 22).  Batch 22's West Berkshire minutes are read as "Berkshire": the page never names the
# council, and Berkshire's NHS bodies name the county more often; its Bournemouth, Christchurch and Poole report gets no
# place: it writes the place by its letters ("BCP") and names Dorset's NHS bodies about as often.
PLACES_NOT_YET_READ: set[str] = {"northamptonshire-icp-minutes.html", "durham-hwb-minutes.txt",
                                 "west-berkshire-health-and-wellbeing-board-minutes-2023-11.html",
                                 "bcp-cabinet-report-better-care-fund-2023.docx"}


def test_places_are_read():
    wrong = set()
    for truth_file in TRUTHS:
        truth = _truth(truth_file)
        if truth.get("place") and extract_file(UNSEEN / truth["paper"]).front.place != truth["place"]:
            wrong.add(truth["paper"])
    assert wrong == PLACES_NOT_YET_READ, wrong


def _rows(text: str):
    """The paper's lines, with table rows (Markdown pipes or tabs) as lists of cells."""
    for line in text.splitlines():
        if line.strip().startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if not all(set(c) <= set("-: ") for c in cells):
                yield cells
        elif "\t" in line:
            yield [c.strip() for c in line.split("\t")]
        else:
            yield line


def _as_docx(src: Path, dest: Path) -> Path:
    import docx

    document = docx.Document()
    table = None
    for row in _rows(src.read_text(encoding="utf-8")):
        if isinstance(row, list):
            if table is None:
                table = document.add_table(rows=0, cols=len(row))
            cells = table.add_row().cells
            for cell, value in zip(cells, row):
                cell.text = value
            continue
        table = None
        if row.strip():
            document.add_paragraph(row.strip())
    document.save(dest)
    return dest


def _as_html(src: Path, dest: Path) -> Path:
    from html import escape

    out = ["<html><head><title>Committee papers</title></head><body>",
           "<nav><ul><li><a href='/'>Home</a></li><li><a href='/mgListCommittees.aspx'>Committees</a></li>"
           "<li><a href='/search'>Search the Planning Portal</a></li></ul></nav><main>"]
    in_table = False
    for row in _rows(src.read_text(encoding="utf-8")):
        if isinstance(row, list):
            if not in_table:
                out.append("<table>")
                in_table = True
            out.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>")
            continue
        if in_table:
            out.append("</table>")
            in_table = False
        if row.strip():
            out.append(f"<p>{escape(row.strip())}</p>")
    out.append("</table>" if in_table else "")
    out.append("</main><footer>Accessibility statement | Cookies</footer></body></html>")
    dest.write_text("\n".join(out), encoding="utf-8")
    return dest


@pytest.mark.parametrize("stem, suffix", [("mid-devon-task-and-finish", ".docx"), ("dorset-external-audit", ".html"),
                                          ("lewisham-cabinet-minutes", ".html")])
def test_the_same_paper_as_word_or_web_page_scores_as_well(tmp_path, stem, suffix):
    truth = _truth(UNSEEN / f"{stem}.yaml")
    src = UNSEEN / truth["paper"]
    made = (_as_docx if suffix == ".docx" else _as_html)(src, tmp_path / f"{stem}{suffix}")
    s = score(truth, made)
    right, claimed = s["org-precision"]
    assert _recall(s) >= 0.85, (s["missed"], s)
    assert claimed and right / claimed >= 0.9, (s["wrong"], s)
    vr, vg = s.get("verdicts", (0, 0))
    assert vr == vg, s
    assert extract_file(made).front.place == truth["place"]


def test_no_word_list_names_the_unseen_papers_bodies_or_people():
    """The lexicon holds genre words only: no body, person or programme of these papers is in it."""
    lexicon_text = normal_name((Path(__file__).parents[1] / "loaders" / "documents" / "data" / "lexicon.yaml")
                               .read_text(encoding="utf-8"))
    for truth_file in TRUTHS:
        truth = _truth(truth_file)
        for group in ("org", "Person", "Strategy", "Initiative"):
            for gold in truth.get(group, []):
                if isinstance(gold, str) and len(gold.split()) > 2 and truth.get("place", "@") in gold:
                    assert normal_name(gold) not in lexicon_text, gold


@pytest.mark.parametrize("stem, pairs", [
    ("lewisham-cabinet-minutes", [("LEWISHAM", "ENFIELD"), ("Lewisham", "Enfield"), ("Damien Egan", "Nesil Caliskan"),
                                  ("Catherine Mbema", "Dudu Sher-Arami"), ("Paul Bell", "Alev Cazimoglu")]),
    ("mid-devon-task-and-finish", [("MID DEVON", "NORTH KESTEVEN"), ("Mid Devon", "North Kesteven"),
                                   ("Devon", "Lincolnshire"), ("Tiverton", "Sleaford"), ("Simon Newcombe", "Ama Boateng")]),
    ("southwark-cabinet-response", [("Southwark", "Greenwich"), ("Evelyn Akoto", "Tariq Bennett"),
                                    ("Quay Health Solutions", "Riverside Health Solutions"), ("Sangeeta Leahy", "Ruth Okafor")]),
    ("warrington-internal-audit", [("WARRINGTON", "STOCKTON"), ("Warrington", "Stockton"), ("Halton", "Darlington"),
                                   ("Axess", "Brook"), ("Thara Raj", "Helen Mbeki"), ("Ian Hawkes", "Gareth Lowe")]),
])
def test_renamed_unseen_paper_extracts_the_new_names(tmp_path, stem, pairs):
    """The same paper with its place, people and towns renamed scores the same on the renamed truth."""
    truth = _truth(UNSEEN / f"{stem}.yaml")
    text = (UNSEEN / truth["paper"]).read_text(encoding="utf-8")
    dumped = yaml.safe_dump(truth, allow_unicode=True)
    for old, new in pairs:
        text, dumped = text.replace(old, new), dumped.replace(old, new)
    renamed = yaml.safe_load(dumped)
    (tmp_path / truth["paper"]).write_text(text, encoding="utf-8")
    before, after = score(truth, UNSEEN / truth["paper"]), score(renamed, tmp_path / truth["paper"])
    assert _recall(after) >= _recall(before) - 0.05, after["missed"]
    assert after["org-precision"][0] / after["org-precision"][1] >= 0.9, after["wrong"]
    assert extract_file(tmp_path / truth["paper"]).front.place == renamed["place"]

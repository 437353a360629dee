set -e
# Bouwt de drie fictieve trajecten van deze map opnieuw op, in ./trajecten van de huidige map.
V=${VISIELEER:-visieleer}
export VISIELEER_VANDAAG=2024-06-03
# 1. Zeewijk: afgerond, met afspraken en nazorg
$V nieuw zeewijk --gemeente Zeewijk --vraagstuk "Inwoners weten niet waar ze terecht kunnen met vragen over ondersteuning." --facilitator "A. de Vries" --datum 2024-01-08
$V aanmelding zeewijk --datum 2024-01-15
$V volgende zeewijk --datum 2024-01-15
$V sessie zeewijk kickoff --datum 2024-01-22
$V kernvraag zeewijk "Hoe maken we één herkenbare voordeur voor alle vragen over ondersteuning?"
$V expert zeewijk "B. Jansen" --expertise "lokale teams en toegang"
$V expert zeewijk "C. Bakker" --expertise "inwonersparticipatie"
$V volgende zeewijk --datum 2024-01-29
$V interview zeewijk --duo wijkcoach:uitvoering --duo beleidsadviseur:beleid --toestemming ja --datum 2024-02-01
$V interview zeewijk --duo bewoner:inwoner --duo wethouder:bestuur --toestemming ja --datum 2024-02-05
$V interview zeewijk --duo mantelzorger:inwoner --duo huisarts:partner --toestemming nee --datum 2024-02-07
$V citaat zeewijk 1 "De regels zijn nog van vorig jaar, maar de inwoner staat vandaag aan de balie." --van wijkcoach --tag rust-en-regie --tag handelingsruimte
$V citaat zeewijk 1 "Wij schrijven beleid voor *alle* wijken; de wijkcoach ziet het verschil per straat." --van beleidsadviseur --tag rust-en-regie
$V citaat zeewijk 1 "Ik wil één telefoonnummer kunnen noemen." --van wijkcoach --tag inwoner-centraal
$V citaat zeewijk 2 "Ik wist niet bij welk loket ik moest zijn. Drie keer doorverwezen." --van bewoner --tag inwoner-centraal --tag transparantie-en-eenvoud
$V citaat zeewijk 2 "Als wethouder hoor ik dit liever van de inwoner zelf dan uit een rapport." --van wethouder --tag inwoner-centraal --tag wethouder
$V citaat zeewijk 3 "Dit citaat is zonder toestemming en mag nergens verschijnen." --van mantelzorger --tag inwoner-centraal
$V volgende zeewijk --datum 2024-02-12
$V synthese zeewijk --stap moderatoren --soort dilemma "Regels lopen achter op de praktijk" --citaat 1.1 --citaat 1.2 --datum 2024-02-14
$V synthese zeewijk --stap moderatoren --soort werkzaam "Inwoners en wethouder willen hetzelfde: één deur" --citaat 2.1 --citaat 2.2 --datum 2024-02-14
$V synthese zeewijk --stap expertteam --soort dilemma "Eén deur vraagt mandaat voor de wijkcoach" --citaat 1.1 --citaat 3.1 --datum 2024-02-20
$V sessie zeewijk ontwerpsessie --datum 2024-02-26
printf 'kaartje,cluster\n1.3,Eén voordeur\n2.1,Eén voordeur\n1.1,Ruimte voor de uitvoering\n1.2,Ruimte voor de uitvoering\n' > clusters-zeewijk.csv
$V clusters zeewijk clusters-zeewijk.csv --datum 2024-02-26
$V richting zeewijk "Eén wijkteam per wijk met eigen mandaat"
$V richting zeewijk "Jaarlijks gesprek wethouder en uitvoering"
$V volgende zeewijk --datum 2024-03-04
$V sessie zeewijk borgingsessie --datum 2024-03-18
$V afspraak zeewijk "Eén telefoonnummer voor alle vragen" --eigenaar "teamleider toegang" --streefwaarde "Inwoners vertellen dat ze in één keer goed terechtkwamen" --datum 2024-05-01
$V afspraak zeewijk "Wethouder loopt elk kwartaal mee met een wijkcoach" --eigenaar "wethouder sociaal domein" --streefwaarde "Wijkcoaches merken dat de wethouder de wijken kent" --datum 2024-07-01
$V evaluatie zeewijk --proces "Strak gepland; de interviews gaven veel energie." --inzichten "Inwoners zoeken één deur." --vervolg "Pilot in twee wijken." --datum 2024-03-18
$V volgende zeewijk --datum 2024-03-25
$V nazorg zeewijk --afspraak 1 --stand loopt --volgende 2024-09 --perspectief inwoner --verhaal "In twee wijken werkt het nummer; een inwoner vertelde dat ze voor het eerst niet werd doorverwezen." --datum 2024-05-13
# 2. Bloemendorp en Kanaalstad: lopend, in ontwerpen
$V nieuw bloemendorp --gemeente Bloemendorp --gemeente Kanaalstad --vraagstuk "Hoe werken twee gemeenten samen aan jeugdhulp zonder de lokale toegang te verliezen?" --facilitator "D. Smit" --datum 2024-03-04
$V aanmelding bloemendorp --datum 2024-03-11
$V volgende bloemendorp --datum 2024-03-11
$V sessie bloemendorp kickoff --datum 2024-03-18
$V kernvraag bloemendorp "Wat regelen we regionaal en wat houden we lokaal?"
$V expert bloemendorp "E. Visser" --expertise "regionale samenwerking"
$V volgende bloemendorp --datum 2024-03-25
$V interview bloemendorp --duo jeugdconsulent:uitvoering --duo ouder:inwoner --toestemming ja --datum 2024-04-02
$V interview bloemendorp --duo regiocoördinator:beleid --duo raadslid:bestuur --toestemming ja --datum 2024-04-04
$V citaat bloemendorp 1 "Regionaal inkopen is prima, als ik lokaal maar mag beslissen." --van jeugdconsulent --tag lokaal-regionaal --tag handelingsruimte
$V citaat bloemendorp 1 "Ik wil gewoon iemand uit ons dorp aan tafel." --van ouder --tag lokaal-regionaal --tag inwoner-centraal
$V citaat bloemendorp 2 "De regio is geen aparte gemeente; wij zijn samen de regio." --van regiocoördinator --tag lokaal-regionaal
$V citaat bloemendorp 2 "# Dit begint met een hekje | en heeft een pipe <b>en html</b>" --van raadslid --tag rust-en-regie
$V volgende bloemendorp --datum 2024-04-15
$V synthese bloemendorp --stap moderatoren --soort dilemma "Regionaal inkopen versus lokaal beslissen" --citaat 1.1 --citaat 2.1 --datum 2024-04-22
$V synthese bloemendorp --stap expertteam --soort werkzaam "Lokale gezichten aan een regionale tafel" --citaat 1.2 --citaat 1.1 --datum 2024-04-29
# 3. Heidebeek: gestopt
$V nieuw heidebeek --gemeente Heidebeek --vraagstuk "Hoe bereiken we inwoners die nooit aankloppen?" --datum 2024-02-05
$V aanmelding heidebeek --datum 2024-02-12
$V volgende heidebeek --datum 2024-02-12
$V sessie heidebeek kickoff --datum 2024-02-19
$V kernvraag heidebeek "Wie missen we, en waarom?"
$V expert heidebeek "F. Mulder" --expertise "outreachend werken"
$V volgende heidebeek --datum 2024-02-26
$V interview heidebeek --duo buurtwerker:uitvoering --duo bewoner:inwoner --toestemming ja --datum 2024-03-01
$V citaat heidebeek 1 "Dit citaat komt uit een gestopt traject." --van buurtwerker --tag inwoner-centraal
$V stop heidebeek --reden "De gemeente koos voor een andere aanpak na de verkiezingen" --datum 2024-03-15
# The files are fiction; say so in their own notitie field (the place visieleer keeps free text).
python3 - <<'PY'
import glob
for p in glob.glob("trajecten/*.yaml"):
    s = open(p, encoding="utf-8").read()
    s = s.replace("\nhistorie:\n", "\nnotitie: Fictief voorbeeld. De gemeenten, mensen en citaten zijn verzonnen; gemaakt met visieleer (zie HANDLEIDING.md).\nhistorie:\n", 1)
    open(p, "w", encoding="utf-8").write(s)
PY

#!/usr/bin/env bash
# Bouwt het fictieve voorbeeldtraject examples/zeewaarde.yaml opnieuw op met visieleer zelf.
# Zeewaarde bestaat niet; alle namen en citaten zijn verzonnen.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet
export VISIELEER_VANDAAG=2024-04-08
export VISIELEER_MAP=examples
v() { ./target/debug/visieleer "$@" >/dev/null; }
rm -f examples/zeewaarde.yaml

v nieuw zeewaarde --gemeente Zeewaarde --facilitator "Mirjam de Vries" --datum 2024-01-08 \
  --vraagstuk "Inwoners van Zeewaarde weten niet waar ze met een hulpvraag terechtkunnen: er zijn drie loketten, een wijkteam en een digitaal formulier. Hoe maken we de toegang eenvoudiger zonder de kracht van de wijkteams te verliezen?"
v aanmelding zeewaarde --datum 2024-01-15
v volgende zeewaarde --datum 2024-01-15
v sessie zeewaarde kickoff --datum 2024-01-24
v kernvraag zeewaarde "Hoe zorgen we dat elke inwoner met een hulpvraag binnen één gesprek weet waar hij aan toe is?" --datum 2024-01-24
v expert zeewaarde "Karim Bouzid" --expertise "lokale teams en integraal werken" --datum 2024-01-24
v expert zeewaarde "Anneke Visser" --expertise "cliëntparticipatie en ervaringsdeskundigheid" --datum 2024-01-24
v volgende zeewaarde --datum 2024-01-29

v interview zeewaarde --duo wijkcoach:uitvoering --duo "beleidsadviseur Wmo:beleid" --toestemming ja --moderator "Mirjam de Vries" --datum 2024-02-01
v citaat zeewaarde 1 "Iedereen heeft het over maatwerk, maar de regels zijn nog van vorig jaar." --van wijkcoach --tag rust-en-regie --tag handelingsruimte --datum 2024-02-01
v citaat zeewaarde 1 "We schrijven beleid voor de inwoner, maar we spreken hem bijna nooit." --van "beleidsadviseur Wmo" --tag inwoner-centraal --datum 2024-02-01

v interview zeewaarde --duo "inwoner met mantelzorgtaak:inwoner" --duo "medewerker klantcontactcentrum:uitvoering" --toestemming ja --moderator "Karim Bouzid" --datum 2024-02-06
v citaat zeewaarde 2 "Ik heb drie keer mijn verhaal verteld voordat iemand zei: daarvoor moet u bij het wijkteam zijn." --van "inwoner met mantelzorgtaak" --tag inwoner-centraal --tag transparantie-en-eenvoud --datum 2024-02-06
v citaat zeewaarde 2 "Aan de telefoon wil je helpen, maar je mag alleen doorverbinden." --van "medewerker klantcontactcentrum" --tag handelingsruimte --datum 2024-02-06

v interview zeewaarde --duo wethouder:bestuur --duo "coördinator welzijnsorganisatie:partner" --toestemming ja --moderator "Mirjam de Vries" --datum 2024-02-08
v citaat zeewaarde 3 "De regio bepaalt de inkoop, maar de inwoner klopt hier aan." --van wethouder --tag lokaal-regionaal --datum 2024-02-08
v citaat zeewaarde 3 "Onze vrijwilligers zien de vragen als eerste; niemand vraagt ze wat ze zien." --van "coördinator welzijnsorganisatie" --tag voorkomen-en-signaleren --tag sociale-basis --datum 2024-02-08

v interview zeewaarde --duo "jongere met ervaring in jeugdhulp:inwoner" --duo "jeugdconsulent:uitvoering" --toestemming nee --moderator "Karim Bouzid" --datum 2024-02-12
v citaat zeewaarde 4 "Dit citaat is zonder toestemming en verschijnt in geen enkel document." --van jeugdconsulent --datum 2024-02-12

v volgende zeewaarde --datum 2024-02-19
v synthese zeewaarde --stap moderatoren --soort dilemma "Professionals willen maatwerk leveren, maar ervaren regels en mandaten als knellend." --citaat 1.1 --citaat 2.2 --datum 2024-02-20
v synthese zeewaarde --stap moderatoren --soort dilemma "Inwoners moeten hun verhaal meermaals vertellen omdat de loketten niet samenwerken." --citaat 2.1 --datum 2024-02-20
v synthese zeewaarde --stap expertteam --soort werkzaam "Een vaste contactpersoon die het verhaal één keer ophaalt en meeneemt." --citaat 2.1 --datum 2024-02-27
v synthese zeewaarde --stap expertteam --soort werkzaam "Signalen uit de sociale basis structureel ophalen." --citaat 3.2 --datum 2024-02-27
v sessie zeewaarde ontwerpsessie --datum 2024-03-04
v synthese zeewaarde --stap reflectie --soort dilemma "Regionale inkoop en lokale toegang vragen om heldere afspraken over wie beslist." --citaat 3.1 --datum 2024-03-04
v richting zeewaarde "Eén voordeur: het klantcontactcentrum mag een eerste gesprek voeren en direct een afspraak met het wijkteam maken." --inzicht 2 --inzicht 3 --datum 2024-03-04
v richting zeewaarde "Mandaat voor wijkcoaches om tot een vast bedrag zelf maatwerk toe te kennen." --inzicht 1 --datum 2024-03-04
v richting zeewaarde "Een kwartaaloverleg met de welzijnsorganisatie om signalen uit de sociale basis te bespreken." --inzicht 4 --datum 2024-03-04
v volgende zeewaarde --datum 2024-03-11

v sessie zeewaarde borgingsessie --datum 2024-04-02
v evaluatie zeewaarde --datum 2024-04-02 \
  --proces "De duo-interviews brachten mensen samen die elkaar zelden spreken; de planning liep uit door de voorjaarsvakantie." \
  --inzichten "De toegang is voor inwoners geen loket maar een route; de knelpunten zitten in de overdrachten." \
  --vervolg "Pilot met de nieuwe voordeur in twee wijken vanaf juni; nazorggesprek na de zomer."
v afspraak zeewaarde "Pilot met de nieuwe voordeur in twee wijken" --eigenaar "teamleider klantcontactcentrum" \
  --streefwaarde "Inwoners in de pilotwijken vertellen dat ze na het eerste gesprek wisten waar ze aan toe waren" --datum 2024-10-01
v afspraak zeewaarde "Mandaatregeling voor wijkcoaches in het college" --eigenaar "wethouder sociaal domein" \
  --streefwaarde "Wijkcoaches kennen maatwerk tot het vaste bedrag zelf toe" --datum 2024-10-01
v sessie zeewaarde nazorg --datum 2024-10-01 --gepland
v volgende zeewaarde --datum 2024-04-08
# The file is fiction; say so in its own notitie field (the place visieleer keeps free text).
python3 - <<'PY'
p = "examples/zeewaarde.yaml"
s = open(p, encoding="utf-8").read()
s = s.replace("\nhistorie:\n", "\nnotitie: Fictief voorbeeld. De gemeente Zeewaarde, alle namen en alle citaten zijn verzonnen.\nhistorie:\n", 1)
open(p, "w", encoding="utf-8").write(s)
PY
echo "examples/zeewaarde.yaml opnieuw gemaakt."

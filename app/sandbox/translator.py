"""A small offline translator for the sandbox's ``POST /v1/translate``: phrase tables, words, detection.

The real service sends chat text to a machine-translation engine. The sandbox has no engine and no
network, so it translates what a training session actually says: the simulated operator's canned
sentences and common workshop phrases (whole-sentence phrase tables in en, de, nl, fr and da, with
``{placeholders}`` for names, file names and numbers), and falls back to word-by-word translation of
common workshop words when most of a sentence is known. Anything else comes back unchanged; the source
language is still detected by scoring the text's words against each language's vocabulary. It never
decorates text it could not translate (no "[de] ..." prefixes), so the client shows what a real engine
would show for an untranslatable message: the original.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

#: The languages the sandbox translates between (ISO 639-1).
SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "de", "nl", "fr", "da")

#: What ``detect`` answers when no word of the text belongs to any supported language (BCP 47 "undetermined").
UNDETERMINED = "und"

# One entry per sentence, the same meaning in every language. {name}, {file_name} and {minutes} are carried
# over verbatim. Within one language no two entries may be equal, so a round trip lands on the same sentence.
_PHRASES: tuple[Mapping[str, str], ...] = (
    # the simulated operator's canned sentences (operator.py uses the English ones)
    {
        "en": "Hello, this is {name} from remote diagnostics.",
        "de": "Hallo, hier ist {name} von der Ferndiagnose.",
        "nl": "Hallo, met {name} van de diagnose op afstand.",
        "fr": "Bonjour, ici {name} du diagnostic à distance.",
        "da": "Hej, det er {name} fra fjerndiagnosen.",
    },
    {
        "en": "I am connected to the car now.",
        "de": "Ich bin jetzt mit dem Fahrzeug verbunden.",
        "nl": "Ik ben nu verbonden met de auto.",
        "fr": "Je suis maintenant connecté à la voiture.",
        "da": "Jeg er nu forbundet til bilen.",
    },
    {
        "en": "Could you please send a photo of the dashboard with the ignition on?",
        "de": "Könnten Sie bitte ein Foto vom Armaturenbrett bei eingeschalteter Zündung schicken?",
        "nl": "Kunt u een foto van het dashboard sturen met het contact aan?",
        "fr": "Pourriez-vous envoyer une photo du tableau de bord avec le contact mis ?",
        "da": "Kan du sende et billede af instrumentbrættet med tændingen slået til?",
    },
    {
        "en": "Thanks, I can see the warning lights.",
        "de": "Danke, ich kann die Warnleuchten sehen.",
        "nl": "Bedankt, ik zie de waarschuwingslampjes.",
        "fr": "Merci, je vois les voyants d'alerte.",
        "da": "Tak, jeg kan se advarselslamperne.",
    },
    {
        "en": "Thanks, I received {file_name}.",
        "de": "Danke, ich habe {file_name} erhalten.",
        "nl": "Bedankt, ik heb {file_name} ontvangen.",
        "fr": "Merci, j'ai bien reçu {file_name}.",
        "da": "Tak, jeg har modtaget {file_name}.",
    },
    {
        "en": "I'm still here — working on the control unit now.",
        "de": "Ich bin noch da \u2013 ich arbeite gerade am Steuergerät.",
        "nl": "Ik ben er nog — ik werk nu aan de regeleenheid.",
        "fr": "Je suis toujours là — je travaille sur le calculateur.",
        "da": "Jeg er her stadig — jeg arbejder på styreenheden nu.",
    },
    {
        "en": "The session has ended.",
        "de": "Die Sitzung ist beendet.",
        "nl": "De sessie is beëindigd.",
        "fr": "La session est terminée.",
        "da": "Sessionen er afsluttet.",
    },
    {
        "en": "Here is the diagnosis report.",
        "de": "Hier ist der Diagnosebericht.",
        "nl": "Hier is het diagnoserapport.",
        "fr": "Voici le rapport de diagnostic.",
        "da": "Her er diagnoserapporten.",
    },
    {
        "en": "It will take about {minutes} more minutes.",
        "de": "Es dauert noch etwa {minutes} Minuten.",
        "nl": "Het duurt nog ongeveer {minutes} minuten.",
        "fr": "Cela prendra encore environ {minutes} minutes.",
        "da": "Det tager omkring {minutes} minutter mere.",
    },
    {
        "en": "Great, thank you for letting me know.",
        "de": "Super, danke für die Rückmeldung.",
        "nl": "Top, bedankt voor het laten weten.",
        "fr": "Parfait, merci de m'avoir prévenu.",
        "da": "Godt, tak fordi du sagde til.",
    },
    {
        "en": "Understood, I will take a look.",
        "de": "Verstanden, ich sehe es mir an.",
        "nl": "Begrepen, ik kijk ernaar.",
        "fr": "Compris, je vais regarder.",
        "da": "Forstået, jeg kigger på det.",
    },
    {
        "en": "You're welcome.",
        "de": "Gern geschehen.",
        "nl": "Graag gedaan.",
        "fr": "Je vous en prie.",
        "da": "Selv tak.",
    },
    {
        "en": "Hello! How can I help?",
        "de": "Hallo! Wie kann ich helfen?",
        "nl": "Hallo! Waarmee kan ik helpen?",
        "fr": "Bonjour ! Comment puis-je vous aider ?",
        "da": "Hej! Hvordan kan jeg hjælpe?",
    },
    {
        "en": "Good question, I will check that for you.",
        "de": "Gute Frage, ich prüfe das für Sie.",
        "nl": "Goede vraag, ik zoek het voor u uit.",
        "fr": "Bonne question, je vérifie pour vous.",
        "da": "Godt spørgsmål, jeg undersøger det for dig.",
    },
    {
        "en": "Please keep the ignition on.",
        "de": "Bitte lassen Sie die Zündung eingeschaltet.",
        "nl": "Laat het contact alstublieft aan.",
        "fr": "Veuillez laisser le contact mis.",
        "da": "Lad venligst tændingen være slået til.",
    },
    {
        "en": "The ticket was cancelled.",
        "de": "Das Ticket wurde storniert.",
        "nl": "Het ticket is geannuleerd.",
        "fr": "Le ticket a été annulé.",
        "da": "Sagen er annulleret.",
    },
    # common workshop phrases
    {
        "en": "Hello world!",
        "de": "Hallo Welt!",
        "nl": "Hallo wereld!",
        "fr": "Bonjour le monde !",
        "da": "Hej verden!",
    },
    {
        "en": "Good morning.",
        "de": "Guten Morgen.",
        "nl": "Goedemorgen.",
        "fr": "Bonjour.",
        "da": "Godmorgen.",
    },
    {
        "en": "Good afternoon.",
        "de": "Guten Tag.",
        "nl": "Goedemiddag.",
        "fr": "Bon après-midi.",
        "da": "God eftermiddag.",
    },
    {
        "en": "Thank you.",
        "de": "Danke schön.",
        "nl": "Dank u wel.",
        "fr": "Merci beaucoup.",
        "da": "Mange tak.",
    },
    {"en": "Goodbye.", "de": "Auf Wiedersehen.", "nl": "Tot ziens.", "fr": "Au revoir.", "da": "Farvel."},
    {
        "en": "Please wait a moment.",
        "de": "Bitte warten Sie einen Moment.",
        "nl": "Een ogenblik geduld alstublieft.",
        "fr": "Veuillez patienter un instant.",
        "da": "Vent venligst et øjeblik.",
    },
    {
        "en": "One moment, please.",
        "de": "Einen Moment, bitte.",
        "nl": "Een moment, alstublieft.",
        "fr": "Un instant, s'il vous plaît.",
        "da": "Et øjeblik, tak.",
    },
    {
        "en": "The ignition is on.",
        "de": "Die Zündung ist eingeschaltet.",
        "nl": "Het contact staat aan.",
        "fr": "Le contact est mis.",
        "da": "Tændingen er slået til.",
    },
    {
        "en": "The ignition is off.",
        "de": "Die Zündung ist ausgeschaltet.",
        "nl": "Het contact staat uit.",
        "fr": "Le contact est coupé.",
        "da": "Tændingen er slået fra.",
    },
    {
        "en": "Please turn the ignition on.",
        "de": "Bitte schalten Sie die Zündung ein.",
        "nl": "Zet het contact alstublieft aan.",
        "fr": "Veuillez mettre le contact.",
        "da": "Slå venligst tændingen til.",
    },
    {
        "en": "Please turn the ignition off.",
        "de": "Bitte schalten Sie die Zündung aus.",
        "nl": "Zet het contact alstublieft uit.",
        "fr": "Veuillez couper le contact.",
        "da": "Slå venligst tændingen fra.",
    },
    {
        "en": "Please start the engine.",
        "de": "Bitte starten Sie den Motor.",
        "nl": "Start de motor alstublieft.",
        "fr": "Veuillez démarrer le moteur.",
        "da": "Start venligst motoren.",
    },
    {
        "en": "Please switch off the engine.",
        "de": "Bitte stellen Sie den Motor ab.",
        "nl": "Zet de motor alstublieft uit.",
        "fr": "Veuillez arrêter le moteur.",
        "da": "Sluk venligst motoren.",
    },
    {
        "en": "The engine is running.",
        "de": "Der Motor läuft.",
        "nl": "De motor draait.",
        "fr": "Le moteur tourne.",
        "da": "Motoren kører.",
    },
    {
        "en": "Is a battery charger connected?",
        "de": "Ist ein Batterieladegerät angeschlossen?",
        "nl": "Is er een acculader aangesloten?",
        "fr": "Un chargeur de batterie est-il branché ?",
        "da": "Er der tilsluttet en batterilader?",
    },
    {
        "en": "The battery charger is connected.",
        "de": "Das Batterieladegerät ist angeschlossen.",
        "nl": "De acculader is aangesloten.",
        "fr": "Le chargeur de batterie est branché.",
        "da": "Batteriladeren er tilsluttet.",
    },
    {
        "en": "Please connect a battery charger.",
        "de": "Bitte schließen Sie ein Batterieladegerät an.",
        "nl": "Sluit alstublieft een acculader aan.",
        "fr": "Veuillez brancher un chargeur de batterie.",
        "da": "Tilslut venligst en batterilader.",
    },
    {
        "en": "The battery voltage is too low.",
        "de": "Die Batteriespannung ist zu niedrig.",
        "nl": "De accuspanning is te laag.",
        "fr": "La tension de la batterie est trop faible.",
        "da": "Batterispændingen er for lav.",
    },
    {
        "en": "How long will it take?",
        "de": "Wie lange wird es dauern?",
        "nl": "Hoe lang gaat het duren?",
        "fr": "Combien de temps cela va-t-il prendre ?",
        "da": "Hvor lang tid vil det tage?",
    },
    {
        "en": "I am done.",
        "de": "Ich bin fertig.",
        "nl": "Ik ben klaar.",
        "fr": "J'ai terminé.",
        "da": "Jeg er færdig.",
    },
    {
        "en": "Are you finished?",
        "de": "Sind Sie fertig?",
        "nl": "Bent u klaar?",
        "fr": "Avez-vous terminé ?",
        "da": "Er du færdig?",
    },
    {
        "en": "Are you still there?",
        "de": "Sind Sie noch da?",
        "nl": "Bent u er nog?",
        "fr": "Êtes-vous toujours là ?",
        "da": "Er du der stadig?",
    },
    {
        "en": "Please clear the fault codes.",
        "de": "Bitte löschen Sie die Fehlercodes.",
        "nl": "Wis de foutcodes alstublieft.",
        "fr": "Veuillez effacer les codes défaut.",
        "da": "Slet venligst fejlkoderne.",
    },
    {
        "en": "Which fault codes did you find?",
        "de": "Welche Fehlercodes haben Sie gefunden?",
        "nl": "Welke foutcodes heeft u gevonden?",
        "fr": "Quels codes défaut avez-vous trouvés ?",
        "da": "Hvilke fejlkoder fandt du?",
    },
    {
        "en": "The warning light is still on.",
        "de": "Die Warnleuchte leuchtet noch.",
        "nl": "Het waarschuwingslampje brandt nog.",
        "fr": "Le voyant d'alerte est toujours allumé.",
        "da": "Advarselslampen lyser stadig.",
    },
    {
        "en": "The warning light is off now.",
        "de": "Die Warnleuchte ist jetzt aus.",
        "nl": "Het waarschuwingslampje is nu uit.",
        "fr": "Le voyant d'alerte est maintenant éteint.",
        "da": "Advarselslampen er slukket nu.",
    },
    {
        "en": "Please close all doors.",
        "de": "Bitte schließen Sie alle Türen.",
        "nl": "Sluit alstublieft alle deuren.",
        "fr": "Veuillez fermer toutes les portes.",
        "da": "Luk venligst alle døre.",
    },
    {
        "en": "I will send a photo.",
        "de": "Ich schicke ein Foto.",
        "nl": "Ik stuur een foto.",
        "fr": "Je vais envoyer une photo.",
        "da": "Jeg sender et billede.",
    },
    {
        "en": "The car is ready.",
        "de": "Das Fahrzeug ist bereit.",
        "nl": "De auto is klaar.",
        "fr": "La voiture est prête.",
        "da": "Bilen er klar.",
    },
    {
        "en": "Please do not disconnect the connector.",
        "de": "Bitte trennen Sie den Connector nicht.",
        "nl": "Koppel de connector alstublieft niet los.",
        "fr": "Veuillez ne pas débrancher le connecteur.",
        "da": "Frakobl venligst ikke connectoren.",
    },
    {
        "en": "The coding was successful.",
        "de": "Die Codierung war erfolgreich.",
        "nl": "De codering is gelukt.",
        "fr": "Le codage a réussi.",
        "da": "Kodningen lykkedes.",
    },
    {
        "en": "The update is in progress.",
        "de": "Das Update läuft.",
        "nl": "De update is bezig.",
        "fr": "La mise à jour est en cours.",
        "da": "Opdateringen er i gang.",
    },
    {
        "en": "Please restart the vehicle.",
        "de": "Bitte starten Sie das Fahrzeug neu.",
        "nl": "Start het voertuig alstublieft opnieuw.",
        "fr": "Veuillez redémarrer le véhicule.",
        "da": "Genstart venligst køretøjet.",
    },
    {
        "en": "Please check the fuses.",
        "de": "Bitte prüfen Sie die Sicherungen.",
        "nl": "Controleer alstublieft de zekeringen.",
        "fr": "Veuillez vérifier les fusibles.",
        "da": "Kontroller venligst sikringerne.",
    },
    {
        "en": "The problem is solved.",
        "de": "Das Problem ist behoben.",
        "nl": "Het probleem is opgelost.",
        "fr": "Le problème est résolu.",
        "da": "Problemet er løst.",
    },
)

# Word-level fallback: one concept per row; for each language the first form is what a translation into it
# writes, and every form is recognised when translating from it. Multi-word forms match before single words.
_WORDS: tuple[Mapping[str, tuple[str, ...]], ...] = (
    # vehicle and workshop nouns
    {"en": ("car",), "de": ("Auto",), "nl": ("auto",), "fr": ("voiture",), "da": ("bil",)},
    {"en": ("cars",), "de": ("Autos",), "nl": ("auto's",), "fr": ("voitures",), "da": ("biler",)},
    {"en": ("vehicle",), "de": ("Fahrzeug",), "nl": ("voertuig",), "fr": ("véhicule",), "da": ("køretøj",)},
    {"en": ("engine",), "de": ("Motor",), "nl": ("motor",), "fr": ("moteur",), "da": ("motor",)},
    {"en": ("ignition",), "de": ("Zündung",), "nl": ("contact",), "fr": ("contact",), "da": ("tænding",)},
    {"en": ("battery",), "de": ("Batterie",), "nl": ("accu",), "fr": ("batterie",), "da": ("batteri",)},
    {"en": ("charger",), "de": ("Ladegerät",), "nl": ("lader",), "fr": ("chargeur",), "da": ("lader",)},
    {"en": ("door",), "de": ("Tür",), "nl": ("deur",), "fr": ("porte",), "da": ("dør",)},
    {"en": ("doors",), "de": ("Türen",), "nl": ("deuren",), "fr": ("portes",), "da": ("døre",)},
    {
        "en": ("photo", "picture"),
        "de": ("Foto", "Bild"),
        "nl": ("foto",),
        "fr": ("photo",),
        "da": ("billede",),
    },
    {
        "en": ("dashboard",),
        "de": ("Armaturenbrett",),
        "nl": ("dashboard",),
        "fr": ("tableau de bord",),
        "da": ("instrumentbræt",),
    },
    {
        "en": ("warning light",),
        "de": ("Warnleuchte",),
        "nl": ("waarschuwingslampje",),
        "fr": ("voyant d'alerte",),
        "da": ("advarselslampe",),
    },
    {
        "en": ("warning lights",),
        "de": ("Warnleuchten",),
        "nl": ("waarschuwingslampjes",),
        "fr": ("voyants d'alerte",),
        "da": ("advarselslamper",),
    },
    {"en": ("warning",), "de": ("Warnung",), "nl": ("waarschuwing",), "fr": ("alerte",), "da": ("advarsel",)},
    {
        "en": ("light", "lamp"),
        "de": ("Leuchte", "Lampe"),
        "nl": ("lamp",),
        "fr": ("voyant",),
        "da": ("lampe",),
    },
    {
        "en": ("fault code", "error code"),
        "de": ("Fehlercode",),
        "nl": ("foutcode",),
        "fr": ("code défaut", "code d'erreur"),
        "da": ("fejlkode",),
    },
    {
        "en": ("fault codes", "error codes"),
        "de": ("Fehlercodes",),
        "nl": ("foutcodes",),
        "fr": ("codes défaut", "codes d'erreur"),
        "da": ("fejlkoder",),
    },
    {
        "en": ("fault", "error"),
        "de": ("Fehler",),
        "nl": ("fout",),
        "fr": ("défaut", "erreur"),
        "da": ("fejl",),
    },
    {"en": ("code",), "de": ("Code",), "nl": ("code",), "fr": ("code",), "da": ("kode",)},
    {
        "en": ("control unit", "ecu"),
        "de": ("Steuergerät",),
        "nl": ("regeleenheid",),
        "fr": ("calculateur",),
        "da": ("styreenhed",),
    },
    {"en": ("software",), "de": ("Software",), "nl": ("software",), "fr": ("logiciel",), "da": ("software",)},
    {"en": ("update",), "de": ("Update",), "nl": ("update",), "fr": ("mise à jour",), "da": ("opdatering",)},
    {"en": ("key",), "de": ("Schlüssel",), "nl": ("sleutel",), "fr": ("clé",), "da": ("nøgle",)},
    {"en": ("window",), "de": ("Fenster",), "nl": ("raam",), "fr": ("fenêtre",), "da": ("vindue",)},
    {"en": ("brake",), "de": ("Bremse",), "nl": ("rem",), "fr": ("frein",), "da": ("bremse",)},
    {"en": ("brakes",), "de": ("Bremsen",), "nl": ("remmen",), "fr": ("freins",), "da": ("bremser",)},
    {"en": ("tyre", "tire"), "de": ("Reifen",), "nl": ("band",), "fr": ("pneu",), "da": ("dæk",)},
    {"en": ("pressure",), "de": ("Druck",), "nl": ("druk",), "fr": ("pression",), "da": ("tryk",)},
    {"en": ("sensor",), "de": ("Sensor",), "nl": ("sensor",), "fr": ("capteur",), "da": ("sensor",)},
    {"en": ("mirror",), "de": ("Spiegel",), "nl": ("spiegel",), "fr": ("rétroviseur",), "da": ("spejl",)},
    {"en": ("seat",), "de": ("Sitz",), "nl": ("stoel",), "fr": ("siège",), "da": ("sæde",)},
    {"en": ("steering wheel",), "de": ("Lenkrad",), "nl": ("stuur",), "fr": ("volant",), "da": ("rat",)},
    {"en": ("wheel",), "de": ("Rad",), "nl": ("wiel",), "fr": ("roue",), "da": ("hjul",)},
    {"en": ("oil",), "de": ("Öl",), "nl": ("olie",), "fr": ("huile",), "da": ("olie",)},
    {
        "en": ("headlight",),
        "de": ("Scheinwerfer",),
        "nl": ("koplamp",),
        "fr": ("phare",),
        "da": ("forlygte",),
    },
    {"en": ("fuse",), "de": ("Sicherung",), "nl": ("zekering",), "fr": ("fusible",), "da": ("sikring",)},
    {"en": ("cable",), "de": ("Kabel",), "nl": ("kabel",), "fr": ("câble",), "da": ("kabel",)},
    {
        "en": ("connector",),
        "de": ("Connector",),
        "nl": ("connector",),
        "fr": ("connecteur",),
        "da": ("connector",),
    },
    {"en": ("voltage",), "de": ("Spannung",), "nl": ("spanning",), "fr": ("tension",), "da": ("spænding",)},
    {
        "en": ("workshop", "garage"),
        "de": ("Werkstatt",),
        "nl": ("werkplaats",),
        "fr": ("atelier",),
        "da": ("værksted",),
    },
    {"en": ("customer",), "de": ("Kunde",), "nl": ("klant",), "fr": ("client",), "da": ("kunde",)},
    {
        "en": ("operator",),
        "de": ("Operator",),
        "nl": ("operator",),
        "fr": ("opérateur",),
        "da": ("operatør",),
    },
    {"en": ("message",), "de": ("Nachricht",), "nl": ("bericht",), "fr": ("message",), "da": ("besked",)},
    {"en": ("report",), "de": ("Bericht",), "nl": ("rapport",), "fr": ("rapport",), "da": ("rapport",)},
    {"en": ("file",), "de": ("Datei",), "nl": ("bestand",), "fr": ("fichier",), "da": ("fil",)},
    {"en": ("problem",), "de": ("Problem",), "nl": ("probleem",), "fr": ("problème",), "da": ("problem",)},
    {"en": ("time",), "de": ("Zeit",), "nl": ("tijd",), "fr": ("temps",), "da": ("tid",)},
    {"en": ("minute",), "de": ("Minute",), "nl": ("minuut",), "fr": ("minute",), "da": ("minut",)},
    {"en": ("minutes",), "de": ("Minuten",), "nl": ("minuten",), "fr": ("minutes",), "da": ("minutter",)},
    {"en": ("hour",), "de": ("Stunde",), "nl": ("uur",), "fr": ("heure",), "da": ("time",)},
    {"en": ("hours",), "de": ("Stunden",), "nl": ("uren",), "fr": ("heures",), "da": ("timer",)},
    {"en": ("help",), "de": ("Hilfe",), "nl": ("hulp",), "fr": ("aide",), "da": ("hjælp",)},
    {"en": ("today",), "de": ("heute",), "nl": ("vandaag",), "fr": ("aujourd'hui",), "da": ("i dag",)},
    {"en": ("tomorrow",), "de": ("morgen",), "nl": ("morgen",), "fr": ("demain",), "da": ("i morgen",)},
    {"en": ("world",), "de": ("Welt",), "nl": ("wereld",), "fr": ("monde",), "da": ("verden",)},
    # greetings and small words
    {
        "en": ("hello", "hi"),
        "de": ("hallo",),
        "nl": ("hallo", "hoi"),
        "fr": ("bonjour", "salut"),
        "da": ("hej",),
    },
    {"en": ("goodbye", "bye"), "de": ("tschüss",), "nl": ("doei",), "fr": ("au revoir",), "da": ("farvel",)},
    {
        "en": ("please",),
        "de": ("bitte",),
        "nl": ("alstublieft", "alsjeblieft", "graag"),
        "fr": ("s'il vous plaît", "s'il te plaît"),
        "da": ("venligst",),
    },
    {
        "en": ("thank you", "thanks"),
        "de": ("danke",),
        "nl": ("bedankt", "dank u", "dank je"),
        "fr": ("merci",),
        "da": ("tak",),
    },
    {"en": ("yes",), "de": ("ja",), "nl": ("ja",), "fr": ("oui",), "da": ("ja",)},
    {"en": ("no",), "de": ("nein",), "nl": ("nee",), "fr": ("non",), "da": ("nej",)},
    {"en": ("not",), "de": ("nicht",), "nl": ("niet",), "fr": ("pas",), "da": ("ikke",)},
    {
        "en": ("ok", "okay"),
        "de": ("okay", "ok"),
        "nl": ("oké", "ok"),
        "fr": ("d'accord", "ok"),
        "da": ("okay", "ok"),
    },
    {
        "en": ("the",),
        "de": ("die", "der", "das", "den", "dem"),
        "nl": ("de", "het"),
        "fr": ("le", "la", "les", "l'"),
        "da": ("den", "det", "de"),
    },
    {
        "en": ("a", "an"),
        "de": ("ein", "eine", "einen"),
        "nl": ("een",),
        "fr": ("un", "une"),
        "da": ("en", "et"),
    },
    {"en": ("and",), "de": ("und",), "nl": ("en",), "fr": ("et",), "da": ("og",)},
    {"en": ("or",), "de": ("oder",), "nl": ("of",), "fr": ("ou",), "da": ("eller",)},
    {"en": ("with",), "de": ("mit",), "nl": ("met",), "fr": ("avec",), "da": ("med",)},
    {"en": ("without",), "de": ("ohne",), "nl": ("zonder",), "fr": ("sans",), "da": ("uden",)},
    {"en": ("in",), "de": ("in", "im"), "nl": ("in",), "fr": ("dans",), "da": ("i",)},
    {"en": ("of",), "de": ("von", "vom"), "nl": ("van",), "fr": ("de", "du", "des"), "da": ("af",)},
    {"en": ("to",), "de": ("zu", "nach"), "nl": ("naar",), "fr": ("à", "au"), "da": ("til",)},
    {"en": ("for",), "de": ("für",), "nl": ("voor",), "fr": ("pour",), "da": ("for",)},
    {"en": ("now",), "de": ("jetzt",), "nl": ("nu",), "fr": ("maintenant",), "da": ("nu",)},
    {"en": ("still",), "de": ("noch",), "nl": ("nog",), "fr": ("toujours",), "da": ("stadig",)},
    {"en": ("again",), "de": ("wieder",), "nl": ("opnieuw",), "fr": ("encore",), "da": ("igen",)},
    {"en": ("already",), "de": ("schon", "bereits"), "nl": ("al",), "fr": ("déjà",), "da": ("allerede",)},
    {"en": ("here",), "de": ("hier",), "nl": ("hier",), "fr": ("ici",), "da": ("her",)},
    {"en": ("there",), "de": ("dort",), "nl": ("daar",), "fr": ("là",), "da": ("der",)},
    {
        "en": ("done", "finished"),
        "de": ("fertig",),
        "nl": ("klaar",),
        "fr": ("terminé", "fini"),
        "da": ("færdig",),
    },
    {"en": ("ready",), "de": ("bereit",), "nl": ("gereed",), "fr": ("prêt",), "da": ("klar",)},
    {
        "en": ("broken", "defective"),
        "de": ("defekt", "kaputt"),
        "nl": ("kapot",),
        "fr": ("cassé",),
        "da": ("defekt",),
    },
    {"en": ("new",), "de": ("neu",), "nl": ("nieuw",), "fr": ("nouveau",), "da": ("ny",)},
    {"en": ("old",), "de": ("alt",), "nl": ("oud",), "fr": ("ancien",), "da": ("gammel",)},
    {"en": ("good",), "de": ("gut",), "nl": ("goed",), "fr": ("bon",), "da": ("god",)},
    {"en": ("bad",), "de": ("schlecht",), "nl": ("slecht",), "fr": ("mauvais",), "da": ("dårlig",)},
    {"en": ("all",), "de": ("alle",), "nl": ("alle",), "fr": ("tous", "toutes"), "da": ("alle",)},
    {"en": ("on",), "de": ("an",), "nl": ("aan",), "fr": ("allumé",), "da": ("tændt",)},
    {"en": ("off",), "de": ("aus",), "nl": ("uit",), "fr": ("éteint",), "da": ("slukket",)},
    {"en": ("how",), "de": ("wie",), "nl": ("hoe",), "fr": ("comment",), "da": ("hvordan",)},
    {"en": ("long",), "de": ("lange",), "nl": ("lang",), "fr": ("longtemps",), "da": ("længe",)},
    {"en": ("what",), "de": ("was",), "nl": ("wat",), "fr": ("quoi",), "da": ("hvad",)},
    {"en": ("when",), "de": ("wann",), "nl": ("wanneer",), "fr": ("quand",), "da": ("hvornår",)},
    {"en": ("why",), "de": ("warum",), "nl": ("waarom",), "fr": ("pourquoi",), "da": ("hvorfor",)},
    {"en": ("where",), "de": ("wo",), "nl": ("waar",), "fr": ("où",), "da": ("hvor",)},
    {"en": ("i",), "de": ("ich",), "nl": ("ik",), "fr": ("je", "j'"), "da": ("jeg",)},
    {"en": ("you",), "de": ("Sie",), "nl": ("u", "je", "jij"), "fr": ("vous", "tu"), "da": ("du", "I")},
    {"en": ("we",), "de": ("wir",), "nl": ("wij", "we"), "fr": ("nous",), "da": ("vi",)},
    {"en": ("it",), "de": ("es",), "nl": ("het",), "fr": ("il",), "da": ("det",)},
    {
        "en": ("my",),
        "de": ("mein", "meine"),
        "nl": ("mijn",),
        "fr": ("mon", "ma", "mes"),
        "da": ("min", "mit"),
    },
    {
        "en": ("your",),
        "de": ("Ihr", "Ihre"),
        "nl": ("uw", "jouw"),
        "fr": ("votre", "vos"),
        "da": ("din", "dit"),
    },
    {
        "en": ("this",),
        "de": ("dies", "diese", "dieser"),
        "nl": ("dit", "deze"),
        "fr": ("ce", "cette"),
        "da": ("denne", "dette"),
    },
    {"en": ("is",), "de": ("ist",), "nl": ("is",), "fr": ("est",), "da": ("er",)},
    {"en": ("are",), "de": ("sind",), "nl": ("zijn",), "fr": ("sont",), "da": ("er",)},
    {"en": ("was",), "de": ("war",), "nl": ("was",), "fr": ("était",), "da": ("var",)},
    {
        "en": ("can",),
        "de": ("kann", "können"),
        "nl": ("kan", "kunnen"),
        "fr": ("peux", "peut"),
        "da": ("kan",),
    },
    {
        "en": ("works", "working"),
        "de": ("funktioniert",),
        "nl": ("werkt",),
        "fr": ("fonctionne",),
        "da": ("virker",),
    },
    {"en": ("wait",), "de": ("warten",), "nl": ("wachten",), "fr": ("attendre",), "da": ("vente",)},
    {
        "en": ("send",),
        "de": ("senden", "schicken"),
        "nl": ("sturen", "versturen"),
        "fr": ("envoyer",),
        "da": ("sende",),
    },
    {
        "en": ("check",),
        "de": ("prüfen",),
        "nl": ("controleren",),
        "fr": ("vérifier",),
        "da": ("kontrollere",),
    },
    {"en": ("start",), "de": ("starten",), "nl": ("starten",), "fr": ("démarrer",), "da": ("starte",)},
    {"en": ("stop",), "de": ("stoppen",), "nl": ("stoppen",), "fr": ("arrêter",), "da": ("stoppe",)},
    {"en": ("see",), "de": ("sehen",), "nl": ("zien",), "fr": ("voir",), "da": ("se",)},
    {"en": ("very",), "de": ("sehr",), "nl": ("heel", "erg"), "fr": ("très",), "da": ("meget",)},
    {"en": ("too",), "de": ("zu",), "nl": ("te",), "fr": ("trop",), "da": ("for",)},
    {"en": ("low",), "de": ("niedrig",), "nl": ("laag",), "fr": ("faible", "bas"), "da": ("lav",)},
    {"en": ("high",), "de": ("hoch",), "nl": ("hoog",), "fr": ("élevé", "haut"), "da": ("høj",)},
)


# Words that say which language a text is in without being worth translating on their own (pronouns, verbs
# and particles that the tables above do not list). Used only by detection.
def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_EXTRA_VOCABULARY: Mapping[str, frozenset[str]] = {
    "en": _word_set(
        "be been have has had do does did will would could should that these those they he she me us them "
        "from at by about as but if then than so just also our their his her its am want need know"
    ),
    "de": _word_set(
        "auch aber nur noch schon kein keine keinen nichts wird wurde werden haben hat habe hatte bin bist "
        "sein seine dass auf aus bei über unter wenn dann weil sich uns euch mir mich dir dich ihm ihn sehr "
        "gibt geht gerade möchte brauche"
    ),
    "nl": _word_set(
        "ook maar alleen geen niets wordt werd worden hebben heeft heb had ben bent zijn dat op uit bij "
        "over onder als dan omdat zich ons jullie mij mijn me hem haar nog wel even gaat graag moet wil "
        "kunt"
    ),
    "fr": _word_set(
        "aussi mais seulement rien sera été être avoir ai as avons avez ont suis es sommes êtes que qui sur "
        "sous chez si alors parce nous vous lui leur elle ils elles ne plus bien fait faire veux voulez "
        "pouvez"
    ),
    "da": _word_set(
        "også men kun ingen intet bliver blev blive have har havde være jeg er var at på fra ved over under "
        "hvis så fordi sig os jer mig dig ham hende nogle noget skal vil kunne må gerne lige"
    ),
}

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]*)?", re.UNICODE)
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")
#: One sentence of a message: up to closing punctuation followed by a space, a line break, or the end.
_SENTENCE = re.compile(r"\S.*?(?:[.!?…]+(?=\s|$)|(?=\n)|$)", re.DOTALL)
_TRAILING_PUNCTUATION = re.compile(r"[\s.!?…]*$")
#: Share of a sentence's words that must be known before it is translated word by word.
_WORD_COVERAGE = 0.6


class UnsupportedLanguageError(ValueError):
    """A target or source language the sandbox cannot translate into or from."""

    def __init__(self, language: str) -> None:
        super().__init__(
            f"The language {language!r} is not supported; use one of {', '.join(SUPPORTED_LANGUAGES)}."
        )
        self.language = language


@dataclass(frozen=True, slots=True)
class Translation:
    """The outcome of one translation."""

    text: str
    source_language: str
    target_language: str
    #: True when every sentence was found in the phrase table or known well enough word by word.
    complete: bool


def normalize_language(tag: str) -> str:
    """The supported primary language of a BCP 47 tag (``"de-AT"`` gives ``"de"``).

    Raises:
        UnsupportedLanguageError: the primary subtag is not one of :data:`SUPPORTED_LANGUAGES`.
    """
    primary = tag.strip().replace("_", "-").split("-", 1)[0].casefold()
    if primary not in SUPPORTED_LANGUAGES:
        raise UnsupportedLanguageError(tag.strip()[:35])
    return primary


def _clean(text: str) -> str:
    """Unify the typographic variants people type: curly apostrophes, dash kinds, odd and repeated spaces."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "\u2014")
    text = text.replace(" - ", " \u2014 ")
    return " ".join(text.split())


def _fold(text: str) -> str:
    """:func:`_clean`, lower-cased (``lower`` rather than ``casefold``: it keeps "ß", so lengths stay)."""
    return _clean(text).lower()


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A regex matching a folded sentence against one phrase, placeholders as named groups."""
    body = _TRAILING_PUNCTUATION.sub("", _fold(phrase))
    parts: list[str] = []
    position = 0
    for match in _PLACEHOLDER.finditer(body):
        parts.append(re.escape(body[position : match.start()]))
        parts.append(f"(?P<{match.group(1)}>.+?)")
        position = match.end()
    parts.append(re.escape(body[position:]))
    # French puts a space before "?" and "!"; the tables and the typist may not agree on it.
    pattern = "".join(parts).replace(r"\ \?", r"\s?\?").replace(r"\ !", r"\s?!")
    return re.compile(rf"^{pattern}[\s.!?…]*$", re.DOTALL)


@dataclass(frozen=True, slots=True)
class _CompiledPhrase:
    texts: Mapping[str, str]
    patterns: Mapping[str, re.Pattern[str]]


class Translator:
    """Translate and detect between :data:`SUPPORTED_LANGUAGES` with the module's tables."""

    def __init__(
        self,
        phrases: Iterable[Mapping[str, str]] = _PHRASES,
        words: Iterable[Mapping[str, tuple[str, ...]]] = _WORDS,
        extra_vocabulary: Mapping[str, frozenset[str]] = _EXTRA_VOCABULARY,
    ) -> None:
        self._phrases = tuple(
            _CompiledPhrase(texts=dict(p), patterns={lang: _phrase_pattern(text) for lang, text in p.items()})
            for p in phrases
        )
        # language -> folded form -> (concept index, number of words in the form)
        self._lexicon: dict[str, dict[str, int]] = {lang: {} for lang in SUPPORTED_LANGUAGES}
        self._concepts = tuple(words)
        self._longest_form = 1
        for index, concept in enumerate(self._concepts):
            for lang, forms in concept.items():
                for form in forms:
                    folded = _fold(form)
                    # The first concept listing a form wins, so table order settles ambiguous words.
                    self._lexicon[lang].setdefault(folded, index)
                    self._longest_form = max(self._longest_form, len(_WORD.findall(folded)))
        self._vocabulary: dict[str, frozenset[str]] = {}
        for lang in SUPPORTED_LANGUAGES:
            words_of_lang: set[str] = set(extra_vocabulary.get(lang, frozenset()))
            for form in self._lexicon[lang]:
                words_of_lang.update(_WORD.findall(form))
            for phrase in self._phrases:
                if lang in phrase.texts:
                    words_of_lang.update(_WORD.findall(_fold(_PLACEHOLDER.sub(" ", phrase.texts[lang]))))
            self._vocabulary[lang] = frozenset(words_of_lang)

    @property
    def phrase_count(self) -> int:
        """How many sentences the phrase table holds."""
        return len(self._phrases)

    def phrases(self, language: str) -> tuple[str, ...]:
        """Every phrase of the table in ``language`` (placeholders unfilled)."""
        return tuple(p.texts[language] for p in self._phrases if language in p.texts)

    def detect(self, text: str) -> str:
        """The most likely language of ``text``, or :data:`UNDETERMINED` when none of its words is known.

        A whole-sentence phrase match decides at once; otherwise each word scores for every language whose
        vocabulary holds it, split evenly between them, so words shared by several languages ("is", "de",
        "en") count for little and distinctive ones decide.
        """
        for sentence in self._sentences(text):
            for phrase in self._phrases:
                for lang, pattern in phrase.patterns.items():
                    if pattern.match(_fold(sentence)):
                        return lang
        scores = dict.fromkeys(SUPPORTED_LANGUAGES, 0.0)
        for word in _WORD.findall(_fold(text)):
            holders = [lang for lang in SUPPORTED_LANGUAGES if word in self._vocabulary[lang]]
            for lang in holders:
                scores[lang] += 1.0 / len(holders)
        best = max(SUPPORTED_LANGUAGES, key=lambda lang: scores[lang])
        return best if scores[best] > 0 else UNDETERMINED

    def translate(
        self, text: str, target_language: str, *, source_language: str | None = None
    ) -> Translation:
        """Translate ``text`` into ``target_language``; unknown sentences stay as they are.

        Raises:
            UnsupportedLanguageError: the target (or a given source) is not supported.
        """
        target = normalize_language(target_language)
        source = normalize_language(source_language) if source_language else self.detect(text)
        if source in {target, UNDETERMINED} or not text.strip():
            return Translation(text, source, target, complete=source == target)
        whole = self._translate_phrase(text, source, target)
        if whole is not None:
            return Translation(whole, source, target, complete=True)
        pieces: list[str] = []
        complete = True
        position = 0
        for sentence_match in _SENTENCE.finditer(text):
            pieces.append(text[position : sentence_match.start()])
            sentence = sentence_match.group(0)
            translated = self._translate_phrase(sentence, source, target)
            if translated is None:
                translated = self._translate_words(sentence, source, target)
            if translated is None:
                complete = False
                translated = sentence
            pieces.append(translated)
            position = sentence_match.end()
        pieces.append(text[position:])
        return Translation("".join(pieces), source, target, complete=complete)

    def _sentences(self, text: str) -> list[str]:
        stripped = text.strip()
        if not stripped:
            return []
        return [stripped, *(s for s in _SENTENCE_END.split(stripped) if s != stripped)]

    def _translate_phrase(self, sentence: str, source: str, target: str) -> str | None:
        folded = _fold(sentence)
        for phrase in self._phrases:
            pattern = phrase.patterns.get(source)
            if pattern is None or target not in phrase.texts:
                continue
            match = pattern.match(folded)
            if match is None:
                continue
            values = _original_values(sentence, folded, match)
            return _fill(phrase.texts[target], values)
        return None

    def _translate_words(self, sentence: str, source: str, target: str) -> str | None:
        tokens = list(_WORD.finditer(sentence))
        if not tokens:
            return None
        lexicon = self._lexicon[source]
        out: list[str] = []
        position = 0
        known = 0
        index = 0
        while index < len(tokens):
            for size in range(min(self._longest_form, len(tokens) - index), 0, -1):
                group = tokens[index : index + size]
                if any(sentence[a.end() : b.start()].strip() for a, b in itertools.pairwise(group)):
                    continue  # only words separated by spaces form a multi-word entry
                surface = sentence[group[0].start() : group[-1].end()]
                concept = lexicon.get(_fold(surface))
                if concept is None:
                    continue
                forms = self._concepts[concept].get(target)
                if not forms:
                    continue
                out.append(sentence[position : group[0].start()])
                out.append(_match_case(surface, forms[0], first=group[0].start() == tokens[0].start()))
                position = group[-1].end()
                known += size
                index += size
                break
            else:
                index += 1
        if known / len(tokens) < _WORD_COVERAGE:
            return None
        out.append(sentence[position:])
        return "".join(out)


def _fill(template: str, values: Mapping[str, str]) -> str:
    """The template with each ``{placeholder}`` replaced by its value (unknown ones left as written)."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def _original_values(sentence: str, folded: str, match: re.Match[str]) -> dict[str, str]:
    """The placeholder values of a match on folded text, cut from the sentence in its original case."""
    cleaned = _clean(sentence)
    if len(cleaned) != len(folded):  # a rare letter whose lower case is longer: keep the folded value
        return {name: value for name, value in match.groupdict().items() if value is not None}
    return {
        name: cleaned[match.start(name) : match.end(name)]
        for name, value in match.groupdict().items()
        if value is not None
    }


def _match_case(surface: str, replacement: str, *, first: bool) -> str:
    """Carry the source word's capitalisation over: ALL CAPS stays, a capital at the sentence start stays."""
    if replacement == "i":  # English writes its first person upper case wherever it stands
        return "I"
    if len(surface) > 1 and surface.isupper():
        return replacement.upper()
    if first and surface[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


@cache
def default_translator() -> Translator:
    """The translator built from the module's tables (built once, then shared; it is immutable)."""
    return Translator()

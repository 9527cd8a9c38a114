<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>BatchDialog</name>
        <message>
            <location filename="../batch_dialog.py" />
            <source>(no profile)</source>
            <translation>(sans profil)</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" />
            <source>Each country&apos;s own</source>
            <translation>Celle de chaque pays</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" />
            <source>Every language</source>
            <translation>Toutes les langues</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="182" />
            <source>Batch: many packs at once</source>
            <translation>Par lots : plusieurs dossiers à la fois</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="198" />
            <location filename="../batch_dialog.py" line="301" />
            <source>Audiences</source>
            <translation>Publics</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="200" />
            <location filename="../batch_dialog.py" line="305" />
            <source>Countries</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="202" />
            <location filename="../batch_dialog.py" line="312" />
            <source>Organisations</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="204" />
            <location filename="../batch_dialog.py" line="313" />
            <location filename="../batch_dialog.py" line="387" />
            <source>Output folder</source>
            <translation>Dossier de sortie</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="205" />
            <source>Folder for the packs and the manifest</source>
            <translation>Dossier des documents et du manifeste</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="209" />
            <location filename="../batch_dialog.py" line="318" />
            <source>Worker processes</source>
            <translation>Processus de travail</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="217" />
            <source>Sections to leave out</source>
            <translation>Sections à omettre</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="219" />
            <source>Also one combined PDF per organisation and audience</source>
            <translation>Aussi un PDF combiné par organisation et public</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="220" />
            <source>Also one zip of the output folder</source>
            <translation>Aussi une archive zip du dossier de sortie</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="225" />
            <source>Choose what to make, then Start.</source>
            <translation>Choisissez quoi produire, puis Démarrer.</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="229" />
            <source>Batch report</source>
            <translation>Rapport du lot</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="235" />
            <source>Start</source>
            <translation>Démarrer</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="238" />
            <location filename="../batch_dialog.py" line="521" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="240" />
            <source>Open output folder</source>
            <translation>Ouvrir le dossier de sortie</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="281" />
            <source>All</source>
            <translation>Tous</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="282" />
            <source>With a profile</source>
            <translation>Avec un profil</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="283" />
            <source>None</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="289" />
            <source>Add profile file…</source>
            <translation>Ajouter un fichier de profil…</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="290" />
            <source>Add folder of member profiles…</source>
            <translation>Ajouter un dossier de profils membres…</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="295" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="314" />
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="315" />
            <source>Safety mode</source>
            <translation>Mode sécurité</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="316" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="317" />
            <source>Leave out</source>
            <translation>Omettre</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="361" />
            <source>Organisation profile</source>
            <translation>Profil de l’organisation</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="370" />
            <source>Folder of member profiles</source>
            <translation>Dossier de profils membres</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="431" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="433" />
            <location filename="../batch_dialog.py" line="487" />
            <source>Planning…</source>
            <translation>Planification…</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="459" />
            <source>Stopping after the packs in progress…</source>
            <translation>Arrêt après les dossiers en cours…</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="488" />
            <source>Merging…</source>
            <translation>Fusion…</translation>
        </message>
        <message>
            <location filename="../batch_dialog.py" line="489" />
            <source>Writing the manifest…</source>
            <translation>Écriture du manifeste…</translation>
        </message>
    </context>
    <context>
        <name>ChoicesPanel</name>
        <message>
            <location filename="../side_panel.py" />
            <source>Country&apos;s language (%1)</source>
            <translation>Langue du pays (%1)</translation>
        </message>
        <message>
            <location filename="../side_panel.py" />
            <source>Country&apos;s language</source>
            <translation>Langue du pays</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="46" />
            <source>Audience</source>
            <translation>Public</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="56" />
            <source>Organisation profile</source>
            <translation>Profil de l’organisation</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="57" />
            <source>Whose name, logo and contacts the pack carries</source>
            <translation>Dont le dossier porte le nom, le logo et les coordonnées</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="67" />
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="70" />
            <source>Safety mode</source>
            <translation>Mode sécurité</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="77" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="85" />
            <source>&amp;Paper</source>
            <translation>&amp;Papier</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="86" />
            <source>Sa&amp;fety</source>
            <translation>Sé&amp;curité</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="87" />
            <source>La&amp;nguage</source>
            <translation>La&amp;ngue</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="93" />
            <source>&amp;Audience</source>
            <translation>&amp;Public</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="97" />
            <source>&amp;Country</source>
            <translation>Pa&amp;ys</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="100" />
            <source>Or&amp;ganisation</source>
            <translation>Or&amp;ganisation</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="103" />
            <source>Optional sections</source>
            <translation>Sections facultatives</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="125" />
            <source>No organisation</source>
            <translation>Aucune organisation</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="129" />
            <source>Open profile file…</source>
            <translation>Ouvrir un fichier de profil…</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="164" />
            <source>This audience's pack has no optional sections.</source>
            <translation>Le dossier de ce public n’a pas de section facultative.</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="181" />
            <location filename="../side_panel.py" line="191" />
            <source>Letter</source>
            <translation>Lettre US</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="185" />
            <source>Country default (%1)</source>
            <translation>Par défaut du pays (%1)</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="187" />
            <source>Country default</source>
            <translation>Par défaut du pays</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="196" />
            <source>Automatic (on: high-risk country)</source>
            <translation>Automatique (activé : pays à haut risque)</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="198" />
            <source>Automatic (off)</source>
            <translation>Automatique (désactivé)</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="201" />
            <source>On</source>
            <translation>Activé</translation>
        </message>
        <message>
            <location filename="../side_panel.py" line="202" />
            <source>Off</source>
            <translation>Désactivé</translation>
        </message>
    </context>
    <context>
        <name>CountryPicker</name>
        <message>
            <location filename="../country_picker.py" line="144" />
            <source>Search by name or code</source>
            <translation>Rechercher par nom ou code</translation>
        </message>
        <message>
            <location filename="../country_picker.py" line="146" />
            <source>Search countries</source>
            <translation>Rechercher un pays</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../main_window.py" line="57" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../main_window.py" line="59" />
            <source>safety mode</source>
            <translation>mode sécurité</translation>
        </message>
        <message numerus="yes">
            <location filename="../main_window.py" line="61" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n avertissement</numerusform>
                <numerusform>%n avertissements</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../main_window.py" line="63" />
            <source>no warnings</source>
            <translation>aucun avertissement</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="144" />
            <source>&amp;Open content…</source>
            <translation>&amp;Ouvrir un contenu…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="147" />
            <source>Choose another campaign folder</source>
            <translation>Choisir un autre dossier de campagne</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="150" />
            <source>Use a &amp;templates folder…</source>
            <translation>Utiliser un dossier de &amp;modèles…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="153" />
            <source>Override the shipped templates file by file, as --templates DIR does</source>
            <translation>Remplacer les modèles fournis fichier par fichier, comme --templates DIR</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="156" />
            <source>Use the shipped templates</source>
            <translation>Utiliser les modèles fournis</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="159" />
            <source>Open the &amp;shipped campaign</source>
            <translation>Ouvrir la campagne &amp;fournie</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="163" />
            <source>Show content &amp;folder</source>
            <translation>Afficher le dossier de &amp;contenu</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="165" />
            <source>Open the content folder in the file manager</source>
            <translation>Ouvrir le dossier de contenu dans le gestionnaire de fichiers</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="168" />
            <source>&amp;Reload content</source>
            <translation>&amp;Recharger le contenu</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="168" />
            <source>Read the content folder again</source>
            <translation>Relire le dossier de contenu</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="171" />
            <source>&amp;Save as PDF…</source>
            <translation>&amp;Enregistrer en PDF…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="174" />
            <source>Save the pack shown as a PDF file</source>
            <translation>Enregistrer le dossier affiché en PDF</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="177" />
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="177" />
            <source>Print the pack shown</source>
            <translation>Imprimer le dossier affiché</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="180" />
            <source>&amp;Batch…</source>
            <translation>Par &amp;lots…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="180" />
            <source>Make many packs at once</source>
            <translation>Produire plusieurs dossiers à la fois</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="182" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="184" />
            <source>Zoom &amp;in</source>
            <translation>Zoom &amp;avant</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="188" />
            <source>Zoom &amp;out</source>
            <translation>Zoom a&amp;rrière</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="191" />
            <source>Fit &amp;width</source>
            <translation>Ajuster à la &amp;largeur</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="194" />
            <source>Fit &amp;page</source>
            <translation>Ajuster à la &amp;page</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="196" />
            <source>&amp;About briefgen</source>
            <translation>À &amp;propos de briefgen</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="204" />
            <source>Save PDF…</source>
            <translation>Enregistrer le PDF…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="205" />
            <source>Print…</source>
            <translation>Imprimer…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="244" />
            <source>Problems</source>
            <translation>Problèmes</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="262" />
            <source>Pack information</source>
            <translation>Informations sur le dossier</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="283" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="285" />
            <source>Open &amp;recent</source>
            <translation>Ouvrir un fichier &amp;récent</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="297" />
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="299" />
            <source>&amp;Problems</source>
            <translation>&amp;Problèmes</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="306" />
            <source>&amp;Settings</source>
            <translation>&amp;Paramètres</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="307" />
            <source>&amp;Editor for problems…</source>
            <translation>Éditeur pour les &amp;problèmes…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="309" />
            <source>&amp;Interface language…</source>
            <translation>&amp;Langue de l’interface…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="311" />
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="381" />
            <source>No recent folders</source>
            <translation>Aucun dossier récent</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="487" />
            <source>Problems — %1</source>
            <translation>Problèmes — %1</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="503" />
            <source>Finishing the preview first…</source>
            <translation>Finalisation de l’aperçu…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="539" />
            <source>Could not save the pack</source>
            <translation>Impossible d’enregistrer le dossier</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="573" />
            <source>Sending the pack to the printer…</source>
            <translation>Envoi du dossier à l’imprimante…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="573" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="575" />
            <source>Printing</source>
            <translation>Impression</translation>
        </message>
        <message numerus="yes">
            <location filename="../main_window.py" line="600" />
            <source>Sent %n page(s) to %1</source>
            <translation>
                <numerusform>%n page envoyée à %1</numerusform>
                <numerusform>%n pages envoyées à %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../main_window.py" line="605" />
            <source>Could not print the pack</source>
            <translation>Impossible d’imprimer le dossier</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="609" />
            <source>Printing cancelled.</source>
            <translation>Impression annulée.</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="639" />
            <source>Batch is not available in this build.</source>
            <translation>Le mode par lots n’est pas disponible dans cette version.</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="673" />
            <source>This profile cannot be used</source>
            <translation>Ce profil est inutilisable</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="702" />
            <source>Editor for problems</source>
            <translation>Éditeur pour les problèmes</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="714" />
            <source>System</source>
            <translation>Système</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="719" />
            <source>Interface language</source>
            <translation>Langue de l’interface</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="720" />
            <source>Language of the menus and buttons (the pack's language is chosen apart):</source>
            <translation>Langue des menus et des boutons (celle du dossier se choisit à part) :</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="728" />
            <source>The interface language applies when briefgen starts again.</source>
            <translation>La langue de l’interface s’appliquera au prochain démarrage de briefgen.</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="502" />
            <source>an undated source</source>
            <translation>une source non datée</translation>
        </message>
        <message numerus="yes">
            <location filename="../main_window.py" line="506" />
            <source>Re-check before you use this pack: the evidence for its status under %1 is more than %n day(s) old today.</source>
            <translation>
                <numerusform>À revérifier avant d’utiliser ce dossier : les preuves de son statut au titre de %1 datent de plus de %n jour.</numerusform>
                <numerusform>À revérifier avant d’utiliser ce dossier : les preuves de son statut au titre de %1 datent de plus de %n jours.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreviewPane</name>
        <message>
            <location filename="../preview.py" line="49" />
            <source>Preview of the pack</source>
            <translation>Aperçu du dossier</translation>
        </message>
        <message>
            <location filename="../preview.py" line="92" />
            <source>Choose an audience and a country: the pack appears here.</source>
            <translation>Choisissez un public et un pays : le dossier s’affiche ici.</translation>
        </message>
        <message>
            <location filename="../preview.py" line="123" />
            <source>Previous page (Page Up)</source>
            <translation>Page précédente (Pg Préc)</translation>
        </message>
        <message>
            <location filename="../preview.py" line="130" />
            <source>Next page (Page Down)</source>
            <translation>Page suivante (Pg Suiv)</translation>
        </message>
        <message>
            <location filename="../preview.py" line="136" />
            <source>Page</source>
            <translation>Page</translation>
        </message>
        <message>
            <location filename="../preview.py" line="140" />
            <location filename="../preview.py" line="192" />
            <source>of %1</source>
            <translation>sur %1</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message numerus="yes">
            <location filename="../problems_panel.py" line="50" />
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n erreur</numerusform>
                <numerusform>%n erreurs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../problems_panel.py" line="53" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n avertissement</numerusform>
                <numerusform>%n avertissements</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../problems_panel.py" line="54" />
            <source>no problems</source>
            <translation>aucun problème</translation>
        </message>
        <message>
            <location filename="../problems_panel.py" line="66" />
            <source>Content problems</source>
            <translation>Problèmes du contenu</translation>
        </message>
        <message>
            <location filename="../problems_panel.py" line="68" />
            <source>Severity</source>
            <translation>Gravité</translation>
        </message>
        <message>
            <location filename="../problems_panel.py" line="68" />
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <location filename="../problems_panel.py" line="68" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../problems_panel.py" line="73" />
            <source>Double-click or press Enter to open the file</source>
            <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir le fichier</translation>
        </message>
        <message>
            <location filename="../problems_panel.py" line="98" />
            <source>error</source>
            <translation>erreur</translation>
        </message>
        <message>
            <location filename="../problems_panel.py" line="99" />
            <source>warning</source>
            <translation>avertissement</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <location filename="../printing.py" line="184" />
            <source>Print pack</source>
            <translation>Imprimer le dossier</translation>
        </message>
    </context>
    <context>
        <name>sections</name>
        <message>
            <location filename="../../content/sections.py" />
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <location filename="../../content/sections.py" />
            <source>Key facts</source>
            <translation>Faits essentiels</translation>
        </message>
        <message>
            <location filename="../../content/sections.py" />
            <source>Timeline</source>
            <translation>Chronologie</translation>
        </message>
        <message>
            <location filename="../../content/sections.py" />
            <source>Treaty status</source>
            <translation>État des traités</translation>
        </message>
        <message>
            <location filename="../../content/sections.py" />
            <source>Concerns</source>
            <translation>Préoccupations</translation>
        </message>
        <message>
            <location filename="../../content/sections.py" />
            <source>Examples</source>
            <translation>Exemples</translation>
        </message>
        <message>
            <location filename="../../content/sections.py" />
            <source>Asks</source>
            <translation>Demandes</translation>
        </message>
        <message>
            <location filename="../../content/sections.py" />
            <source>Country profile</source>
            <translation>Profil du pays</translation>
        </message>
        <message>
            <location filename="../../content/sections.py" />
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
    </context>
</TS>

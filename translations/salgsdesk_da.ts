<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>AddLine</name>
    <message>
        <location filename="../ui/editors/editcommands.cpp" line="107"/>
        <source>Add heading</source>
        <translation>Tilføj overskrift</translation>
    </message>
    <message>
        <location filename="../ui/editors/editcommands.cpp" line="107"/>
        <source>Add line</source>
        <translation>Tilføj linje</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <location filename="../core/services/backupservice.cpp" line="139"/>
        <source>A file cannot be restored over itself.</source>
        <translation>En fil kan ikke gendannes oven i sig selv.</translation>
    </message>
    <message>
        <location filename="../core/services/backupservice.cpp" line="150"/>
        <source>The backup “%1” could not be copied.</source>
        <translation>Sikkerhedskopien »%1« kunne ikke kopieres.</translation>
    </message>
    <message>
        <location filename="../core/services/backupservice.cpp" line="172"/>
        <source>The company file “%1” is in use by another program; close it there before restoring.</source>
        <translation>Firmafilen »%1« bruges af et andet program; luk den der, før du gendanner.</translation>
    </message>
    <message>
        <location filename="../core/services/backupservice.cpp" line="182"/>
        <source>The current file could not be kept as “%1”; nothing was restored.</source>
        <translation>Den aktuelle fil kunne ikke gemmes som »%1«; intet blev gendannet.</translation>
    </message>
    <message>
        <location filename="../core/services/backupservice.cpp" line="193"/>
        <source>The company file “%1” could not be replaced; it is unchanged and a copy is in “%2”.</source>
        <translation>Firmafilen »%1« kunne ikke erstattes; den er uændret, og en kopi ligger i »%2«.</translation>
    </message>
</context>
<context>
    <name>Barcode</name>
    <message>
        <location filename="../core/print/barcode.cpp" line="22"/>
        <source>A barcode needs something to encode.</source>
        <translation>En stregkode skal have noget at kode.</translation>
    </message>
    <message>
        <location filename="../core/print/barcode.cpp" line="26"/>
        <source>“%1” cannot be printed as a Code 128 barcode.</source>
        <translation>»%1« kan ikke udskrives som en Code 128-stregkode.</translation>
    </message>
    <message>
        <location filename="../core/print/barcode.cpp" line="30"/>
        <source>The barcode library could not start.</source>
        <translation>Stregkodebiblioteket kunne ikke startes.</translation>
    </message>
    <message>
        <location filename="../core/print/barcode.cpp" line="40"/>
        <source>The barcode for “%1” could not be made.</source>
        <translation>Stregkoden for »%1« kunne ikke laves.</translation>
    </message>
</context>
<context>
    <name>ChangeCustomer</name>
    <message>
        <location filename="../ui/editors/editcommands.cpp" line="327"/>
        <source>Change customer</source>
        <translation>Ændr kunde</translation>
    </message>
</context>
<context>
    <name>ChangeHeaderField</name>
    <message>
        <location filename="../ui/editors/editcommands.cpp" line="239"/>
        <source>Change header</source>
        <translation>Ændr dokumenthoved</translation>
    </message>
</context>
<context>
    <name>ChangeLineDiscount</name>
    <message>
        <location filename="../ui/editors/editcommands.cpp" line="90"/>
        <source>Change discount</source>
        <translation>Ændr rabat</translation>
    </message>
</context>
<context>
    <name>ChangeLinePrice</name>
    <message>
        <location filename="../ui/editors/editcommands.cpp" line="80"/>
        <source>Change price</source>
        <translation>Ændr pris</translation>
    </message>
</context>
<context>
    <name>ChangeLineQuantity</name>
    <message>
        <location filename="../ui/editors/editcommands.cpp" line="70"/>
        <source>Change quantity</source>
        <translation>Ændr antal</translation>
    </message>
</context>
<context>
    <name>ChangeLineText</name>
    <message>
        <location filename="../ui/editors/editcommands.cpp" line="100"/>
        <source>Change text</source>
        <translation>Ændr tekst</translation>
    </message>
</context>
<context>
    <name>CompanyService</name>
    <message>
        <location filename="../core/services/companyservice.cpp" line="47"/>
        <source>Domestic customers</source>
        <translation>Indenlandske kunder</translation>
    </message>
    <message>
        <location filename="../core/services/companyservice.cpp" line="48"/>
        <source>Foreign customers</source>
        <translation>Udenlandske kunder</translation>
    </message>
    <message>
        <location filename="../core/services/companyservice.cpp" line="49"/>
        <source>Goods</source>
        <translation>Varer</translation>
    </message>
    <message>
        <location filename="../core/services/companyservice.cpp" line="50"/>
        <source>Services</source>
        <translation>Tjenesteydelser</translation>
    </message>
    <message>
        <location filename="../core/services/companyservice.cpp" line="88"/>
        <location filename="../core/services/companyservice.cpp" line="92"/>
        <location filename="../core/services/companyservice.cpp" line="121"/>
        <source>“%1” is not a setting.</source>
        <translation>»%1« er ikke en indstilling.</translation>
    </message>
    <message>
        <location filename="../core/services/companyservice.cpp" line="126"/>
        <source>The next number must be a whole number from 1 to 999999999.</source>
        <translation>Næste nummer skal være et heltal fra 1 til 999999999.</translation>
    </message>
    <message>
        <location filename="../core/services/companyservice.cpp" line="134"/>
        <source>Documents are already booked in the %1 series; its numbers must stay gapless, so the next number cannot be changed.</source>
        <translation>Der er allerede bogført dokumenter i nummerserien %1; numrene skal være uden huller, så næste nummer kan ikke ændres.</translation>
    </message>
    <message>
        <location filename="../core/services/companyservice.cpp" line="148"/>
        <source>The setting %1 is chosen when the company file is created and can never be changed.</source>
        <translation>Indstillingen %1 vælges, når firmafilen oprettes, og kan aldrig ændres.</translation>
    </message>
    <message>
        <location filename="../core/services/companyservice.cpp" line="152"/>
        <source>The company name is required.</source>
        <translation>Firmanavn skal udfyldes.</translation>
    </message>
    <message>
        <location filename="../core/services/companyservice.cpp" line="190"/>
        <source>A group code has 1–32 letters, digits, - or _.</source>
        <translation>En gruppekode har 1–32 bogstaver, cifre, - eller _.</translation>
    </message>
    <message>
        <location filename="../core/services/companyservice.cpp" line="192"/>
        <source>The group needs a name.</source>
        <translation>Gruppen skal have et navn.</translation>
    </message>
    <message>
        <location filename="../core/services/companyservice.cpp" line="214"/>
        <source>There is no product group “%1”.</source>
        <translation>Der findes ingen varegruppe »%1«.</translation>
    </message>
</context>
<context>
    <name>CompanySettings</name>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="116"/>
        <source>“%1” is not a setting.</source>
        <translation>»%1« er ikke en indstilling.</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="118"/>
        <source>Invalid value for %1: %2</source>
        <translation>Ugyldig værdi for %1: %2</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="123"/>
        <source>the text is too long.</source>
        <translation>teksten er for lang.</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="130"/>
        <source>use true or false.</source>
        <translation>brug true eller false.</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="135"/>
        <source>a number of days from 0 to 365 is expected.</source>
        <translation>der forventes et antal dage fra 0 til 365.</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="142"/>
        <source>a port number from 1 to 65535 is expected.</source>
        <translation>der forventes et portnummer fra 1 til 65535.</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="150"/>
        <source>the amount cannot be negative.</source>
        <translation>beløbet kan ikke være negativt.</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="155"/>
        <source>choose one of %1.</source>
        <translation>vælg en af %1.</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="161"/>
        <source>“%1” is not a valid organisation number (9 digits, MOD11).</source>
        <translation>»%1« er ikke et gyldigt organisationsnummer (9 cifre, MOD11).</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="168"/>
        <source>“%1” is not a valid bank account number (11 digits, MOD11).</source>
        <translation>»%1« er ikke et gyldigt kontonummer (11 cifre, MOD11).</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="176"/>
        <source>“%1” is not a valid IBAN.</source>
        <translation>»%1« er ikke en gyldig IBAN.</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="183"/>
        <source>a BIC has 8 or 11 letters and digits.</source>
        <translation>en BIC har 8 eller 11 bogstaver og cifre.</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="189"/>
        <source>“%1” is not an e-mail address.</source>
        <translation>»%1« er ikke en e-mailadresse.</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="195"/>
        <source>an account number has 4 to 8 digits.</source>
        <translation>et kontonummer har 4 til 8 cifre.</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="201"/>
        <source>use a three-letter ISO 4217 code such as NOK.</source>
        <translation>brug en ISO 4217-kode på tre bogstaver, f.eks. NOK.</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="211"/>
        <source>The company name is required.</source>
        <translation>Firmanavn skal udfyldes.</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="213"/>
        <source>The organisation number is required.</source>
        <translation>Organisationsnummer skal udfyldes.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/export/csvreader.cpp" line="112"/>
        <source>Line %1: text after a closing quote; a quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>Linje %1: tekst efter et afsluttende anførselstegn; et anførselstegn inde i et felt i anførselstegn skal fordobles (&quot;&quot;).</translation>
    </message>
    <message>
        <location filename="../core/export/csvreader.cpp" line="118"/>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Linje %1: et felt i anførselstegn afsluttes aldrig.</translation>
    </message>
    <message>
        <location filename="../core/export/csvreader.cpp" line="122"/>
        <source>The file is empty: a header row is expected.</source>
        <translation>Filen er tom: der forventes en overskriftsrække.</translation>
    </message>
</context>
<context>
    <name>CustomerCsvImporter</name>
    <message>
        <location filename="../core/export/customercsvimporter.cpp" line="61"/>
        <source>Two columns mean “%1”: “%2” and “%3”.</source>
        <translation>To kolonner betyder »%1«: »%2« og »%3«.</translation>
    </message>
    <message>
        <location filename="../core/export/customercsvimporter.cpp" line="66"/>
        <source>The required column “name” (navn) is missing.</source>
        <translation>Den påkrævede kolonne »name« (navn) mangler.</translation>
    </message>
    <message>
        <location filename="../core/export/customercsvimporter.cpp" line="79"/>
        <source>The row has %1 fields, the header %2.</source>
        <translation>Rækken har %1 felter, overskriftsrækken %2.</translation>
    </message>
    <message>
        <location filename="../core/export/customercsvimporter.cpp" line="92"/>
        <source>“%1” is not a customer number.</source>
        <translation>»%1« er ikke et kundenummer.</translation>
    </message>
    <message>
        <location filename="../core/export/customercsvimporter.cpp" line="103"/>
        <source>Customer number %1 is also on line %2.</source>
        <translation>Kundenummer %1 står også på linje %2.</translation>
    </message>
</context>
<context>
    <name>CustomerRules</name>
    <message>
        <location filename="../core/domain/customer.cpp" line="79"/>
        <source>Payment days must be a number from 0 to 365, not “%1”.</source>
        <translation>Betalingsfristen skal være et antal dage fra 0 til 365, ikke »%1«.</translation>
    </message>
    <message>
        <location filename="../core/domain/customer.cpp" line="86"/>
        <source>EHF must be true or false.</source>
        <translation>EHF skal være true eller false.</translation>
    </message>
    <message>
        <location filename="../core/domain/customer.cpp" line="90"/>
        <source>“%1” is not a customer field.</source>
        <translation>»%1« er ikke et kundefelt.</translation>
    </message>
    <message>
        <location filename="../core/domain/customer.cpp" line="98"/>
        <source>The customer name is required.</source>
        <translation>Kundenavn skal udfyldes.</translation>
    </message>
    <message>
        <location filename="../core/domain/customer.cpp" line="100"/>
        <source>The customer name is longer than 200 characters.</source>
        <translation>Kundenavnet er længere end 200 tegn.</translation>
    </message>
    <message>
        <location filename="../core/domain/customer.cpp" line="105"/>
        <source>“%1” is not a valid organisation number (9 digits, MOD11).</source>
        <translation>»%1« er ikke et gyldigt organisationsnummer (9 cifre, MOD11).</translation>
    </message>
    <message>
        <location filename="../core/domain/customer.cpp" line="109"/>
        <source>“%1” is not a valid GLN (13 digits with a GS1 check digit).</source>
        <translation>»%1« er ikke et gyldigt GLN (13 cifre med et GS1-kontrolciffer).</translation>
    </message>
    <message>
        <location filename="../core/domain/customer.cpp" line="112"/>
        <source>“%1” is not an e-mail address.</source>
        <translation>»%1« er ikke en e-mailadresse.</translation>
    </message>
    <message>
        <location filename="../core/domain/customer.cpp" line="116"/>
        <source>The country must be a two-letter code such as NO, not “%1”.</source>
        <translation>Landet skal være en kode på to bogstaver, f.eks. NO, ikke »%1«.</translation>
    </message>
    <message>
        <location filename="../core/domain/customer.cpp" line="119"/>
        <source>The delivery country must be a two-letter code such as NO.</source>
        <translation>Leveringslandet skal være en kode på to bogstaver, f.eks. NO.</translation>
    </message>
    <message>
        <location filename="../core/domain/customer.cpp" line="123"/>
        <source>The currency must be a three-letter code such as NOK.</source>
        <translation>Valutaen skal være en kode på tre bogstaver, f.eks. NOK.</translation>
    </message>
    <message>
        <location filename="../core/domain/customer.cpp" line="127"/>
        <source>A PEPPOL id is written scheme:identifier, e.g. 0192:923609016.</source>
        <translation>Et PEPPOL-id skrives skema:identifikator, f.eks. 0192:923609016.</translation>
    </message>
    <message>
        <location filename="../core/domain/customer.cpp" line="129"/>
        <source>Payment days must be from 0 to 365.</source>
        <translation>Betalingsfristen skal være fra 0 til 365 dage.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="101"/>
        <source>The company file “%1” does not exist.</source>
        <translation>Firmafilen »%1« findes ikke.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="104"/>
        <location filename="../core/storage/database.cpp" line="108"/>
        <source>The company file “%1” cannot be read.</source>
        <translation>Firmafilen »%1« kan ikke læses.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="115"/>
        <location filename="../core/storage/database.cpp" line="246"/>
        <source>“%1” is not a Salgsdesk company file.</source>
        <translation>»%1« er ikke en Salgsdesk-firmafil.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="118"/>
        <source>The company file “%1” is damaged and cannot be opened. Restore it from a backup.</source>
        <translation>Firmafilen »%1« er beskadiget og kan ikke åbnes. Gendan den fra en sikkerhedskopi.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="172"/>
        <source>Opening the company file</source>
        <translation>Åbner firmafilen</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="191"/>
        <location filename="../core/storage/database.cpp" line="458"/>
        <source>The file “%1” already exists; choose another name.</source>
        <translation>Filen »%1« findes allerede; vælg et andet navn.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="197"/>
        <source>The company file “%1” cannot be created.</source>
        <translation>Firmafilen »%1« kan ikke oprettes.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="258"/>
        <source>The company file “%1” was made by a newer version of Salgsdesk (file version %2, this program understands up to %3). Update Salgsdesk to open it.</source>
        <translation>Firmafilen »%1« er lavet af en nyere version af Salgsdesk (filversion %2, dette program forstår op til %3). Opdater Salgsdesk for at åbne den.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="266"/>
        <source>The company file “%1” must be upgraded to this version of Salgsdesk, but it is read-only.</source>
        <translation>Firmafilen »%1« skal opgraderes til denne version af Salgsdesk, men den er skrivebeskyttet.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="420"/>
        <source>The company file is in use by another program (it stayed busy for %1 seconds). Try again when that program has finished.</source>
        <translation>Firmafilen bruges af et andet program (den var optaget i %1 sekunder). Prøv igen, når det program er færdigt.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="426"/>
        <source>The company file is read-only; nothing can be changed.</source>
        <translation>Firmafilen er skrivebeskyttet; intet kan ændres.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="429"/>
        <source>The disk is full; the change was not saved. Free some space and try again.</source>
        <translation>Disken er fuld; ændringen blev ikke gemt. Frigør noget plads, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="435"/>
        <source>The company file “%1” is damaged. Restore it from a backup.</source>
        <translation>Firmafilen »%1« er beskadiget. Gendan den fra en sikkerhedskopi.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="440"/>
        <source>The company file “%1” could not be read or written.</source>
        <translation>Firmafilen »%1« kunne ikke læses eller skrives.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="445"/>
        <source>A booked document cannot be changed; use a credit note.</source>
        <translation>Et bogført dokument kan ikke ændres; brug en kreditnota.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="447"/>
        <source>The change breaks a rule of the company file and was not saved.</source>
        <translation>Ændringen bryder en regel i firmafilen og blev ikke gemt.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="450"/>
        <source>A database operation failed.</source>
        <translation>En databasehandling mislykkedes.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="461"/>
        <source>The folder “%1” cannot be created.</source>
        <translation>Mappen »%1« kan ikke oprettes.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="466"/>
        <source>The backup “%1” could not be written: %2</source>
        <translation>Sikkerhedskopien »%1« kunne ikke skrives: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/transaction.cpp" line="33"/>
        <source>The company file “%1” is open read-only; nothing can be changed.</source>
        <translation>Firmafilen »%1« er åbnet skrivebeskyttet; intet kan ændres.</translation>
    </message>
    <message>
        <location filename="../core/storage/transaction.cpp" line="64"/>
        <source>A step of this batch failed, so none of its changes since the last save were kept.</source>
        <translation>Et trin i denne kørsel mislykkedes, så ingen af ændringerne siden sidste gemning blev bevaret.</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="69"/>
        <source>A schema upgrade step is missing.</source>
        <translation>Et trin i skemaopgraderingen mangler.</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="76"/>
        <source>Upgrading the company file to version %1 failed; the file was left unchanged.</source>
        <translation>Opgraderingen af firmafilen til version %1 mislykkedes; filen er uændret.</translation>
    </message>
    <message>
        <location filename="../core/storage/settingsrepository.cpp" line="52"/>
        <location filename="../core/storage/settingsrepository.cpp" line="75"/>
        <source>There is no number series “%1”.</source>
        <translation>Der findes ingen nummerserie »%1«.</translation>
    </message>
    <message>
        <location filename="../core/storage/settingsrepository.cpp" line="137"/>
        <source>There is no VAT code “%1”.</source>
        <translation>Der findes ingen momskode »%1«.</translation>
    </message>
    <message>
        <location filename="../core/storage/customerrepository.cpp" line="108"/>
        <source>There is no customer number %1.</source>
        <translation>Der findes intet kundenummer %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/customerrepository.cpp" line="121"/>
        <source>The customer does not exist.</source>
        <translation>Kunden findes ikke.</translation>
    </message>
    <message>
        <location filename="../core/storage/productrepository.cpp" line="114"/>
        <source>There is no product with SKU “%1”.</source>
        <translation>Der findes ingen vare med varenr. »%1«.</translation>
    </message>
    <message>
        <location filename="../core/storage/productrepository.cpp" line="125"/>
        <source>No product has the barcode “%1”.</source>
        <translation>Ingen vare har stregkoden »%1«.</translation>
    </message>
    <message>
        <location filename="../core/storage/productrepository.cpp" line="139"/>
        <source>The product does not exist.</source>
        <translation>Varen findes ikke.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentrepository.cpp" line="301"/>
        <location filename="../core/storage/documentrepository.cpp" line="361"/>
        <source>There is no document with id %1.</source>
        <translation>Der findes intet dokument med id %1.</translation>
    </message>
</context>
<context>
    <name>DocumentListQuery</name>
    <message>
        <location filename="../core/storage/documentliststatements.cpp" line="160"/>
        <location filename="../core/storage/documentliststatements.cpp" line="263"/>
        <source>A document list needs at least one type.</source>
        <translation>En dokumentliste skal have mindst én dokumenttype.</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <location filename="../core/print/documentrenderer.cpp" line="190"/>
        <source>The document header does not fit on a page; shorten the addresses or the footer.</source>
        <translation>Dokumenthovedet kan ikke være på én side; forkort adresserne eller sidefoden.</translation>
    </message>
    <message>
        <location filename="../core/print/documentrenderer.cpp" line="197"/>
        <source>The printout could not be started.</source>
        <translation>Udskriften kunne ikke startes.</translation>
    </message>
    <message>
        <location filename="../core/print/documentrenderer.cpp" line="202"/>
        <source>A new page could not be started.</source>
        <translation>En ny side kunne ikke startes.</translation>
    </message>
    <message>
        <location filename="../core/print/documentrenderer.cpp" line="212"/>
        <source>The printout could not be finished.</source>
        <translation>Udskriften kunne ikke afsluttes.</translation>
    </message>
    <message>
        <location filename="../core/print/documentrenderer.cpp" line="223"/>
        <location filename="../core/print/documentrenderer.cpp" line="238"/>
        <source>The PDF could not be written to %1.</source>
        <translation>PDF-filen kunne ikke skrives til %1.</translation>
    </message>
</context>
<context>
    <name>DocumentSteps</name>
    <message>
        <location filename="../ui/actions/documentsteps.cpp" line="50"/>
        <source>Everything on this order has been shipped.</source>
        <translation>Alt på denne ordre er leveret.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentsteps.cpp" line="56"/>
        <source>The order is fully invoiced.</source>
        <translation>Ordren er fuldt faktureret.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentsteps.cpp" line="58"/>
        <source>Nothing on this order has been shipped yet.</source>
        <translation>Intet på denne ordre er leveret endnu.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentsteps.cpp" line="64"/>
        <source>Only a partly shipped order can be split into a backorder.</source>
        <translation>Kun en delvist leveret ordre kan deles i en restordre.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentsteps.cpp" line="69"/>
        <source>Something has been shipped; create a backorder for the rest instead.</source>
        <translation>Noget er allerede leveret; opret i stedet en restordre for resten.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentsteps.cpp" line="88"/>
        <source>Everything is picked.</source>
        <translation>Alt er plukket.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentsteps.cpp" line="93"/>
        <source>Pick something before sending the shipment.</source>
        <translation>Pluk noget, før du sender forsendelsen.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentsteps.cpp" line="118"/>
        <location filename="../ui/actions/documentsteps.cpp" line="123"/>
        <source>The invoice is paid.</source>
        <translation>Fakturaen er betalt.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentsteps.cpp" line="126"/>
        <source>The invoice is not overdue yet (due %1).</source>
        <translation>Fakturaen er ikke forfalden endnu (forfald %1).</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentsteps.cpp" line="135"/>
        <source>Book the document before exporting it as EHF.</source>
        <translation>Bogfør dokumentet, før du eksporterer det som EHF.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentsteps.cpp" line="196"/>
        <source>Select a document in one of the lists.</source>
        <translation>Vælg et dokument i en af listerne.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentsteps.cpp" line="218"/>
        <source>The document has an unknown status “%1”.</source>
        <translation>Dokumentet har en ukendt status »%1«.</translation>
    </message>
</context>
<context>
    <name>EhfInvoiceWriter</name>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="78"/>
        <source>Exempt from VAT</source>
        <translation>Momsfritaget</translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="79"/>
        <source>Export of goods and services, VAT-free</source>
        <translation>Eksport af varer og tjenesteydelser, momsfri</translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="80"/>
        <source>Reverse charge</source>
        <translation>Omvendt betalingspligt</translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="81"/>
        <source>Intra-community supply</source>
        <translation>Levering inden for EU</translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="82"/>
        <source>Not subject to VAT</source>
        <translation>Ikke momspligtig</translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="167"/>
        <source>The booked totals of %1 %2 do not add up; it cannot be exported.</source>
        <translation>De bogførte totaler for %1 %2 stemmer ikke; dokumentet kan ikke eksporteres.</translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="194"/>
        <source>Discount</source>
        <translation>Rabat</translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="209"/>
        <source>Item</source>
        <translation>Vare</translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="269"/>
        <source>Customer %1 has no electronic address PEPPOL accepts: give it an organisation number, a GLN, a VAT number or a PEPPOL id (an e-mail address is not enough).</source>
        <translation>Kunde %1 har ingen elektronisk adresse, som PEPPOL accepterer: angiv et CVR-nummer, et GLN, et momsnummer eller et PEPPOL-id (en e-mailadresse er ikke nok).</translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="280"/>
        <source>Only booked invoices and credit notes can be exported as EHF.</source>
        <translation>Kun bogførte fakturaer og kreditnotaer kan eksporteres som EHF.</translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="285"/>
        <source>Set a valid company organisation number (company.orgnr) before exporting EHF.</source>
        <translation>Angiv et gyldigt organisationsnummer for firmaet (company.orgnr), før du eksporterer EHF.</translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="289"/>
        <source>Line %1 charges VAT, but the company is not VAT-registered (company.vat_registered).</source>
        <translation>Linje %1 har moms, men firmaet er ikke momsregistreret (company.vat_registered).</translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="298"/>
        <source>Set company.bank_account or company.iban: an EHF invoice must say where to pay.</source>
        <translation>Angiv company.bank_account eller company.iban: en EHF-faktura skal oplyse, hvor der skal betales.</translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="349"/>
        <source>Credit note %1</source>
        <translation>Kreditnota %1</translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="349"/>
        <source>Invoice %1</source>
        <translation>Faktura %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/export/ehfinvoicewriter.cpp" line="460"/>
        <source>Payment within %n day(s)</source>
        <translation>
            <numerusform>Betaling inden %n dag</numerusform>
            <numerusform>Betaling inden %n dage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="489"/>
        <source>The EHF file could not be written.</source>
        <translation>EHF-filen kunne ikke skrives.</translation>
    </message>
</context>
<context>
    <name>ImportExportService</name>
    <message>
        <location filename="../core/services/importexportservice.cpp" line="56"/>
        <location filename="../core/services/importexportservice.cpp" line="64"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <location filename="../core/services/importexportservice.cpp" line="78"/>
        <source>Only invoices and credit notes can be exported as EHF.</source>
        <translation>Kun fakturaer og kreditnotaer kan eksporteres som EHF.</translation>
    </message>
    <message>
        <location filename="../core/services/importexportservice.cpp" line="130"/>
        <source>The folder %1 could not be created.</source>
        <translation>Mappen %1 kunne ikke oprettes.</translation>
    </message>
    <message>
        <location filename="../core/services/importexportservice.cpp" line="135"/>
        <source>Cannot write in %1: %2</source>
        <translation>Kan ikke skrive i %1: %2</translation>
    </message>
    <message>
        <location filename="../core/services/importexportservice.cpp" line="145"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location filename="../core/services/importexportservice.cpp" line="169"/>
        <source>Cannot write %1; no EHF file of the period was kept.</source>
        <translation>Kan ikke skrive %1; ingen EHF-fil for perioden blev gemt.</translation>
    </message>
    <message>
        <location filename="../core/services/importexportservice.cpp" line="180"/>
        <source>The period must run from a date to the same or a later date.</source>
        <translation>Perioden skal gå fra en dato til samme eller en senere dato.</translation>
    </message>
    <message>
        <location filename="../core/services/importexportservice.cpp" line="379"/>
        <source>Line %1: %2</source>
        <translation>Linje %1: %2</translation>
    </message>
</context>
<context>
    <name>JournalCsvWriter</name>
    <message>
        <location filename="../core/export/journalcsvwriter.cpp" line="61"/>
        <source>Credit note %1, %2</source>
        <translation>Kreditnota %1, %2</translation>
    </message>
    <message>
        <location filename="../core/export/journalcsvwriter.cpp" line="61"/>
        <source>Invoice %1, %2</source>
        <translation>Faktura %1, %2</translation>
    </message>
    <message>
        <location filename="../core/export/journalcsvwriter.cpp" line="75"/>
        <source>No revenue account for VAT code %1: set accounts.revenue.</source>
        <translation>Ingen omsætningskonto for momskode %1: angiv accounts.revenue.</translation>
    </message>
    <message>
        <location filename="../core/export/journalcsvwriter.cpp" line="98"/>
        <source>No output VAT account for VAT code %1: set accounts.vat.%1.</source>
        <translation>Ingen konto for udgående moms for momskode %1: angiv accounts.vat.%1.</translation>
    </message>
    <message>
        <location filename="../core/export/journalcsvwriter.cpp" line="113"/>
        <source>Payment of invoice %1</source>
        <translation>Betaling af faktura %1</translation>
    </message>
    <message>
        <location filename="../core/export/journalcsvwriter.cpp" line="128"/>
        <source>Reminder fee, invoice %1</source>
        <translation>Rykkergebyr, faktura %1</translation>
    </message>
    <message>
        <location filename="../core/export/journalcsvwriter.cpp" line="143"/>
        <source>Voucher %1 does not balance (off by %2); nothing was exported.</source>
        <translation>Bilag %1 balancerer ikke (difference %2); intet blev eksporteret.</translation>
    </message>
</context>
<context>
    <name>LayoutRules</name>
    <message>
        <location filename="../core/print/layoutprofile.cpp" line="18"/>
        <source>Invalid value for %1: use true or false.</source>
        <translation>Ugyldig værdi for %1: brug true eller false.</translation>
    </message>
    <message>
        <location filename="../core/print/layoutprofile.cpp" line="65"/>
        <source>A layout name must have 1 to 60 characters.</source>
        <translation>Et layoutnavn skal have 1 til 60 tegn.</translation>
    </message>
    <message>
        <location filename="../core/print/layoutprofile.cpp" line="73"/>
        <source>Invalid value for %1: %2</source>
        <translation>Ugyldig værdi for %1: %2</translation>
    </message>
    <message>
        <location filename="../core/print/layoutprofile.cpp" line="80"/>
        <source>use a colour as #RRGGBB.</source>
        <translation>angiv en farve som #RRGGBB.</translation>
    </message>
    <message>
        <location filename="../core/print/layoutprofile.cpp" line="84"/>
        <source>a font family is needed.</source>
        <translation>der skal angives en skrifttype.</translation>
    </message>
    <message>
        <location filename="../core/print/layoutprofile.cpp" line="90"/>
        <source>a size from 6 to 16 points is expected.</source>
        <translation>der forventes en størrelse fra 6 til 16 punkter.</translation>
    </message>
    <message>
        <location filename="../core/print/layoutprofile.cpp" line="95"/>
        <source>the footer can have at most 8 lines and 1000 characters.</source>
        <translation>sidefoden kan højst have 8 linjer og 1000 tegn.</translation>
    </message>
    <message>
        <location filename="../core/print/layoutprofile.cpp" line="99"/>
        <source>the text is too long.</source>
        <translation>teksten er for lang.</translation>
    </message>
    <message>
        <location filename="../core/print/layoutprofile.cpp" line="103"/>
        <source>use one of %1.</source>
        <translation>brug en af %1.</translation>
    </message>
    <message>
        <location filename="../core/print/layoutprofile.cpp" line="112"/>
        <source>use A4 or Letter.</source>
        <translation>brug A4 eller Letter.</translation>
    </message>
    <message>
        <location filename="../core/print/layoutprofile.cpp" line="117"/>
        <source>a margin from 5 to 40 mm is expected.</source>
        <translation>der forventes en margen fra 5 til 40 mm.</translation>
    </message>
    <message>
        <location filename="../core/print/layoutprofile.cpp" line="135"/>
        <source>“%1” is not a layout field.</source>
        <translation>»%1« er ikke et felt i layoutet.</translation>
    </message>
</context>
<context>
    <name>MasterDataService</name>
    <message>
        <location filename="../core/services/masterdataservice.cpp" line="22"/>
        <source>A customer number must be from 1 to 999999999.</source>
        <translation>Et kundenummer skal være fra 1 til 999999999.</translation>
    </message>
    <message>
        <location filename="../core/services/masterdataservice.cpp" line="27"/>
        <source>Customer number %1 is already taken.</source>
        <translation>Kundenummer %1 er allerede i brug.</translation>
    </message>
    <message>
        <location filename="../core/services/masterdataservice.cpp" line="34"/>
        <source>There is no customer group “%1”.</source>
        <translation>Der findes ingen kundegruppe »%1«.</translation>
    </message>
    <message>
        <location filename="../core/services/masterdataservice.cpp" line="119"/>
        <source>The SKU “%1” is already used by another product.</source>
        <translation>Varenr. »%1« bruges allerede af en anden vare.</translation>
    </message>
    <message>
        <location filename="../core/services/masterdataservice.cpp" line="126"/>
        <source>The barcode %1 is already used by another product.</source>
        <translation>Stregkoden %1 bruges allerede af en anden vare.</translation>
    </message>
    <message>
        <location filename="../core/services/masterdataservice.cpp" line="136"/>
        <source>There is no product group “%1”.</source>
        <translation>Der findes ingen varegruppe »%1«.</translation>
    </message>
    <message>
        <location filename="../core/services/masterdataservice.cpp" line="173"/>
        <source>“%1” is a bundle itself; a bundle&apos;s components must be products.</source>
        <translation>»%1« er selv et varesæt; komponenterne i et varesæt skal være varer.</translation>
    </message>
    <message>
        <location filename="../core/services/masterdataservice.cpp" line="176"/>
        <source>The component “%1” is listed twice.</source>
        <translation>Komponenten »%1« står der to gange.</translation>
    </message>
    <message>
        <location filename="../core/services/masterdataservice.cpp" line="242"/>
        <source>No VAT code has the rate %1 % on %2; use --vat-code.</source>
        <translation>Ingen momskode har satsen %1 % pr. %2; brug --vat-code.</translation>
    </message>
</context>
<context>
    <name>MoveLine</name>
    <message>
        <location filename="../ui/editors/editcommands.cpp" line="205"/>
        <source>Move line</source>
        <translation>Flyt linje</translation>
    </message>
</context>
<context>
    <name>PrintService</name>
    <message>
        <location filename="../core/services/printservice.cpp" line="33"/>
        <source>There is no layout “%1”.</source>
        <translation>Der findes intet layout »%1«.</translation>
    </message>
    <message>
        <location filename="../core/services/printservice.cpp" line="53"/>
        <source>A layout named “%1” already exists.</source>
        <translation>Der findes allerede et layout med navnet »%1«.</translation>
    </message>
    <message>
        <location filename="../core/services/printservice.cpp" line="151"/>
        <source>Invoice %1 has no reminder registered; register one first (invoice remind).</source>
        <translation>Faktura %1 har ingen registreret rykker; registrer en først (invoice remind).</translation>
    </message>
    <message>
        <location filename="../core/services/printservice.cpp" line="201"/>
        <source>The layout “%1” hides the payment terms, so they will be missing on this invoice. Choose another layout or turn payment terms on in it.</source>
        <translation>Layoutet »%1« skjuler betalingsbetingelserne, så de vil mangle på denne faktura. Vælg et andet layout, eller slå betalingsbetingelser til i det.</translation>
    </message>
    <message>
        <location filename="../core/services/printservice.cpp" line="208"/>
        <source>No bank account is set (settings company.bank_account), so the printout has no payment information.</source>
        <translation>Der er ikke angivet nogen bankkonto (indstillingen company.bank_account), så udskriften har ingen betalingsoplysninger.</translation>
    </message>
    <message>
        <location filename="../core/services/printservice.cpp" line="213"/>
        <source>No organisation number is set (settings company.orgnr), so the seller&apos;s org.nr is missing on this printout; invoices and credit notes must show it.</source>
        <translation>Der er ikke angivet noget CVR-nummer (indstillingen company.orgnr), så sælgerens CVR-nr. mangler på denne udskrift; fakturaer og kreditnotaer skal vise det.</translation>
    </message>
</context>
<context>
    <name>ProductCsvImporter</name>
    <message>
        <location filename="../core/export/productcsvimporter.cpp" line="63"/>
        <source>Two columns mean “%1”: “%2” and “%3”.</source>
        <translation>To kolonner betyder »%1«: »%2« og »%3«.</translation>
    </message>
    <message>
        <location filename="../core/export/productcsvimporter.cpp" line="68"/>
        <source>Give either a VAT rate column or a VAT code column, not both.</source>
        <translation>Angiv enten en kolonne med momssats eller en med momskode, ikke begge.</translation>
    </message>
    <message>
        <location filename="../core/export/productcsvimporter.cpp" line="71"/>
        <source>The required column “%1” is missing.</source>
        <translation>Den påkrævede kolonne »%1« mangler.</translation>
    </message>
    <message>
        <location filename="../core/export/productcsvimporter.cpp" line="87"/>
        <source>The row has %1 fields, the header %2.</source>
        <translation>Rækken har %1 felter, overskriftsrækken %2.</translation>
    </message>
    <message>
        <location filename="../core/export/productcsvimporter.cpp" line="112"/>
        <source>No VAT code has the rate %1 %.</source>
        <translation>Ingen momskode har satsen %1 %.</translation>
    </message>
    <message>
        <location filename="../core/export/productcsvimporter.cpp" line="124"/>
        <source>The SKU “%1” is also on line %2.</source>
        <translation>Varenr. »%1« står også på linje %2.</translation>
    </message>
    <message>
        <location filename="../core/export/productcsvimporter.cpp" line="131"/>
        <source>The barcode %1 is also on line %2.</source>
        <translation>Stregkoden %1 står også på linje %2.</translation>
    </message>
</context>
<context>
    <name>ProductRules</name>
    <message>
        <location filename="../core/domain/product.cpp" line="49"/>
        <source>stock-tracked must be true or false.</source>
        <translation>stock-tracked skal være true eller false.</translation>
    </message>
    <message>
        <location filename="../core/domain/product.cpp" line="53"/>
        <source>“%1” is not a product field.</source>
        <translation>»%1« er ikke et varefelt.</translation>
    </message>
    <message>
        <location filename="../core/domain/product.cpp" line="62"/>
        <source>The SKU (product number) is required.</source>
        <translation>Varenr. skal udfyldes.</translation>
    </message>
    <message>
        <location filename="../core/domain/product.cpp" line="64"/>
        <source>The SKU is longer than 64 characters.</source>
        <translation>Varenummeret er længere end 64 tegn.</translation>
    </message>
    <message>
        <location filename="../core/domain/product.cpp" line="68"/>
        <source>The SKU “%1” may not contain spaces or colons.</source>
        <translation>Varenr. »%1« må ikke indeholde mellemrum eller kolon.</translation>
    </message>
    <message>
        <location filename="../core/domain/product.cpp" line="70"/>
        <source>The product name is required.</source>
        <translation>Varenavn skal udfyldes.</translation>
    </message>
    <message>
        <location filename="../core/domain/product.cpp" line="74"/>
        <source>The sales price cannot be negative.</source>
        <translation>Salgsprisen kan ikke være negativ.</translation>
    </message>
    <message>
        <location filename="../core/domain/product.cpp" line="76"/>
        <source>The cost price cannot be negative.</source>
        <translation>Kostprisen kan ikke være negativ.</translation>
    </message>
    <message>
        <location filename="../core/domain/product.cpp" line="79"/>
        <source>“%1” is not a valid EAN-13 or EAN-8 barcode (check digit).</source>
        <translation>»%1« er ikke en gyldig EAN-13- eller EAN-8-stregkode (kontrolciffer).</translation>
    </message>
    <message>
        <location filename="../core/domain/product.cpp" line="83"/>
        <source>A bundle needs at least one component.</source>
        <translation>Et varesæt skal have mindst én komponent.</translation>
    </message>
    <message>
        <location filename="../core/domain/product.cpp" line="87"/>
        <source>Component quantities must be greater than zero.</source>
        <translation>Antal pr. komponent skal være større end nul.</translation>
    </message>
</context>
<context>
    <name>RemoveLine</name>
    <message>
        <location filename="../ui/editors/editcommands.cpp" line="139"/>
        <source>Remove line</source>
        <translation>Fjern linje</translation>
    </message>
</context>
<context>
    <name>SalesService</name>
    <message>
        <location filename="../core/services/salesservice.cpp" line="33"/>
        <location filename="../core/services/salesservicelines.cpp" line="115"/>
        <source>Shipments are made from orders and credit notes from invoices.</source>
        <translation>Forsendelser laves ud fra ordrer og kreditnotaer ud fra fakturaer.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="59"/>
        <location filename="../core/services/salesservice.cpp" line="135"/>
        <source>Customer %1 is deleted.</source>
        <translation>Kunde %1 er slettet.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="86"/>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="99"/>
        <source>date</source>
        <translation>dato</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="100"/>
        <source>your reference</source>
        <translation>Deres reference</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="101"/>
        <source>our reference</source>
        <translation>vores reference</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="102"/>
        <source>heading</source>
        <translation>overskrift</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="103"/>
        <source>note</source>
        <translation>bemærkning</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="104"/>
        <source>delivery date</source>
        <translation>leveringsdato</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="107"/>
        <source>Only quotes have a valid-until date.</source>
        <translation>Kun tilbud har en gyldig til-dato.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="109"/>
        <source>valid until</source>
        <translation>gyldig til</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="111"/>
        <source>discount</source>
        <translation>rabat</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="112"/>
        <source>layout</source>
        <translation>layout</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="116"/>
        <source>Changed %1</source>
        <translation>Ændrede %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicelines.cpp" line="148"/>
        <source>Credit-note lines come from the invoice; change their quantities instead.</source>
        <translation>Linjerne på en kreditnota kommer fra fakturaen; ret i stedet antallet.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicelines.cpp" line="66"/>
        <source>A priced text line needs a VAT code (--vat or --vat-code).</source>
        <translation>En tekstlinje med pris skal have en momskode (--vat eller --vat-code).</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicelines.cpp" line="72"/>
        <source>A text line or heading needs a text.</source>
        <translation>En tekstlinje eller overskrift skal have en tekst.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicelines.cpp" line="89"/>
        <source>Line %1 of the %2 to add: %3</source>
        <translation>Linje %1 af de %2, der skal tilføjes: %3</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicelines.cpp" line="105"/>
        <source>Added line %1: %2</source>
        <translation>Tilføjede linje %1: %2</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicelines.cpp" line="106"/>
        <source>Added lines %1–%2</source>
        <translation>Tilføjede linje %1–%2</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicelines.cpp" line="176"/>
        <location filename="../core/services/salesservicelines.cpp" line="210"/>
        <location filename="../core/services/salesservicelines.cpp" line="233"/>
        <location filename="../core/services/salesservicelines.cpp" line="240"/>
        <source>There is no line %1.</source>
        <translation>Der findes ingen linje %1.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicelines.cpp" line="179"/>
        <location filename="../core/services/salesservicefulfilment.cpp" line="144"/>
        <source>The quantity must be greater than zero.</source>
        <translation>Antallet skal være større end nul.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicelines.cpp" line="188"/>
        <source>A credit note keeps the invoice&apos;s prices.</source>
        <translation>En kreditnota beholder fakturaens priser.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicelines.cpp" line="196"/>
        <source>Changed line %1</source>
        <translation>Ændrede linje %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicelines.cpp" line="216"/>
        <source>Removed line %1</source>
        <translation>Fjernede linje %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicelines.cpp" line="247"/>
        <source>Moved line %1</source>
        <translation>Flyttede linje %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="128"/>
        <source>Only a draft can change customer.</source>
        <translation>Kun en kladde kan skifte kunde.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="130"/>
        <source>A credit note or shipment keeps the customer of its source.</source>
        <translation>En kreditnota eller forsendelse beholder kunden fra det dokument, den er lavet ud fra.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="144"/>
        <source>Customer changed to %1 %2</source>
        <translation>Kunde ændret til %1 %2</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="156"/>
        <source>Only drafts can be deleted; this document is %1.</source>
        <translation>Kun kladder kan slettes; dette dokument har status %1.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="169"/>
        <source>Shipments and credit notes cannot be duplicated.</source>
        <translation>Forsendelser og kreditnotaer kan ikke duplikeres.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="189"/>
        <source>Duplicated from %1</source>
        <translation>Duplikeret fra %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="203"/>
        <source>Archived</source>
        <translation>Arkiveret</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="203"/>
        <source>Unarchived</source>
        <translation>Hentet fra arkivet</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="210"/>
        <source>A comment needs a text.</source>
        <translation>En kommentar skal have en tekst.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="221"/>
        <source>Attachments are limited to 50 MB.</source>
        <translation>Vedhæftede filer må højst fylde 50 MB.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="230"/>
        <source>Attached %1</source>
        <translation>Vedhæftede %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="249"/>
        <source>Add at least one line before sending the quote.</source>
        <translation>Tilføj mindst én linje, før du sender tilbuddet.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="254"/>
        <location filename="../core/services/salesservicefulfilment.cpp" line="278"/>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="272"/>
        <source>Rejected</source>
        <translation>Afvist</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="279"/>
        <source>A quote becomes an order or an invoice.</source>
        <translation>Et tilbud bliver til en ordre eller en faktura.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="288"/>
        <source>The quote has no lines to convert.</source>
        <translation>Tilbuddet har ingen linjer at konvertere.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="307"/>
        <source>Accepted; converted to %1</source>
        <translation>Accepteret; konverteret til %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="308"/>
        <location filename="../core/services/salesservicefulfilment.cpp" line="116"/>
        <location filename="../core/services/salesservicefulfilment.cpp" line="330"/>
        <source>Made from %1</source>
        <translation>Lavet ud fra %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="326"/>
        <source>Add at least one line before confirming the order.</source>
        <translation>Tilføj mindst én linje, før du bekræfter ordren.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="331"/>
        <source>The customer of this order is deleted.</source>
        <translation>Kunden på denne ordre er slettet.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="336"/>
        <source>Confirmed</source>
        <translation>Bekræftet</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="357"/>
        <source>The order has shipments or invoices; make a backorder or credit note instead of cancelling.</source>
        <translation>Ordren har forsendelser eller fakturaer; lav en restordre eller kreditnota i stedet for at annullere.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="360"/>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="381"/>
        <source>Send or delete the open shipment before making a backorder.</source>
        <translation>Send eller slet den åbne forsendelse, før du laver en restordre.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="389"/>
        <source>A backorder needs a partly shipped order: something shipped and something left.</source>
        <translation>En restordre kræver en delvist leveret ordre: noget leveret og noget tilbage.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="421"/>
        <source>Rest moved to backorder %1</source>
        <translation>Resten flyttet til restordre %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="422"/>
        <source>Backorder of %1</source>
        <translation>Restordre af %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="435"/>
        <source>There is no %1 number %2.</source>
        <translation>Der findes ingen %1 med nummer %2.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="113"/>
        <source>Nothing remains to ship on %1.</source>
        <translation>Der er intet tilbage at levere på %1.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="117"/>
        <source>Shipment %1 created</source>
        <translation>Forsendelse %1 oprettet</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="131"/>
        <source>Picked all lines</source>
        <translation>Plukkede alle linjer</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="165"/>
        <source>%1 is not on shipment %2.</source>
        <translation>%1 er ikke på forsendelse %2.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="168"/>
        <source>Cannot pick %1 of %2: only %3 left to pick on this shipment.</source>
        <translation>Kan ikke plukke %1 af %2: kun %3 tilbage at plukke på denne forsendelse.</translation>
    </message>
    <message>
        <source>Picked %1 × %2</source>
        <translation type="vanished">Plukkede %1 × %2</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="180"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="189"/>
        <source>Picked %1</source>
        <translation>Plukkede %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="197"/>
        <source>Unknown barcode %1: no product has it.</source>
        <translation>Ukendt stregkode %1: ingen vare har den.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="214"/>
        <source>Nothing is picked; pick the goods before sending the shipment.</source>
        <translation>Intet er plukket; pluk varerne, før du sender forsendelsen.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="238"/>
        <source>The components of %1 are picked unevenly; a bundle ships in whole sets.</source>
        <translation>Komponenterne i %1 er plukket ujævnt; et varesæt sendes i hele sæt.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="326"/>
        <source>Nothing shipped is waiting to be invoiced on %1.</source>
        <translation>Intet leveret venter på fakturering på %1.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="327"/>
        <source>Nothing is left to invoice on %1.</source>
        <translation>Der er intet tilbage at fakturere på %1.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="343"/>
        <source>Only invoices and credit notes are booked.</source>
        <translation>Kun fakturaer og kreditnotaer bogføres.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="346"/>
        <source>An empty %1 cannot be booked; add a line first.</source>
        <translation>Et tomt dokument (%1) kan ikke bogføres; tilføj først en linje.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="371"/>
        <source>Booked as number %1</source>
        <translation>Bogført som nummer %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="461"/>
        <source>Line %1: a credited quantity must be greater than zero.</source>
        <translation>Linje %1: et krediteret antal skal være større end nul.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="464"/>
        <source>Line %1: at most %2 can be credited (invoiced %3, credited %4).</source>
        <translation>Linje %1: højst %2 kan krediteres (faktureret %3, krediteret %4).</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="480"/>
        <source>Invoice %1 has no line %2 to credit.</source>
        <translation>Faktura %1 har ingen linje %2 at kreditere.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="483"/>
        <source>Invoice %1 is fully credited already.</source>
        <translation>Faktura %1 er allerede krediteret fuldt ud.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="487"/>
        <source>Credits invoice %1</source>
        <translation>Krediterer faktura %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="488"/>
        <source>Credit note draft created</source>
        <translation>Kladde til kreditnota oprettet</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicepayments.cpp" line="20"/>
        <source>A payment must be greater than zero.</source>
        <translation>En betaling skal være større end nul.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicepayments.cpp" line="39"/>
        <source>The payment %1 is more than the %2 due on invoice %3.</source>
        <translation>Betalingen %1 er mere end de %2, der skyldes på faktura %3.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicepayments.cpp" line="56"/>
        <source>The payment %1 would pay part of a reminder fee on invoice %2; pay %3 or the full fees.</source>
        <translation>Betalingen %1 ville betale en del af et rykkergebyr på faktura %2; betal %3 eller hele gebyrerne.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicepayments.cpp" line="61"/>
        <source>Payment of %1 registered</source>
        <translation>Betaling på %1 registreret</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicepayments.cpp" line="85"/>
        <source>Invoice %1 is paid; there is nothing to remind.</source>
        <translation>Faktura %1 er betalt; der er intet at rykke for.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicepayments.cpp" line="88"/>
        <source>Invoice %1 is not overdue yet (due %2).</source>
        <translation>Faktura %1 er ikke forfalden endnu (forfald %2).</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicepayments.cpp" line="109"/>
        <source>Reminder registered, fee %1</source>
        <translation>Rykker registreret, gebyr %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicepayments.cpp" line="132"/>
        <source>Invoice %1 has no open reminder fees.</source>
        <translation>Faktura %1 har ingen åbne rykkergebyrer.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicepayments.cpp" line="133"/>
        <source>Reminder fees of %1 written off</source>
        <translation>Rykkergebyrer på %1 afskrevet</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicepayments.cpp" line="155"/>
        <source>Marked as sent</source>
        <translation>Markeret som sendt</translation>
    </message>
</context>
<context>
    <name>StockService</name>
    <message>
        <location filename="../core/services/stockservice.cpp" line="47"/>
        <source>%1 already has stock movements up to %2; a movement dated %3 would change their cost. Use a date on or after %2.</source>
        <translation>%1 har allerede lagerbevægelser frem til %2; en bevægelse dateret %3 ville ændre deres kostpris. Brug en dato fra og med %2.</translation>
    </message>
    <message>
        <location filename="../core/services/stockservice.cpp" line="55"/>
        <source>Not enough stock of %1 (%2): %3 on hand, %4 needed, %5 short.</source>
        <translation>Ikke nok på lager af %1 (%2): %3 på lager, %4 nødvendige, %5 mangler.</translation>
    </message>
    <message>
        <location filename="../core/services/stockservice.cpp" line="82"/>
        <source>The received quantity must be greater than zero.</source>
        <translation>Det modtagne antal skal være større end nul.</translation>
    </message>
    <message>
        <location filename="../core/services/stockservice.cpp" line="84"/>
        <source>The cost price cannot be negative.</source>
        <translation>Kostprisen kan ikke være negativ.</translation>
    </message>
    <message>
        <location filename="../core/services/stockservice.cpp" line="91"/>
        <location filename="../core/services/stockservice.cpp" line="117"/>
        <source>%1 is not a stock item.</source>
        <translation>%1 er ikke en lagervare.</translation>
    </message>
    <message>
        <location filename="../core/services/stockservice.cpp" line="94"/>
        <source>The value of the receipt is out of range.</source>
        <translation>Værdien af varemodtagelsen er uden for det tilladte område.</translation>
    </message>
    <message>
        <location filename="../core/services/stockservice.cpp" line="108"/>
        <source>An adjustment needs a quantity other than zero.</source>
        <translation>En lagerregulering skal have et antal, der ikke er nul.</translation>
    </message>
    <message>
        <location filename="../core/services/stockservice.cpp" line="110"/>
        <source>An adjustment needs a reason.</source>
        <translation>En lagerregulering skal have en begrundelse.</translation>
    </message>
    <message>
        <location filename="../core/services/stockservice.cpp" line="131"/>
        <source>A counted quantity cannot be negative.</source>
        <translation>Et optalt antal kan ikke være negativt.</translation>
    </message>
    <message>
        <location filename="../core/services/stockservice.cpp" line="147"/>
        <source>Counted %1</source>
        <translation>Optalt %1</translation>
    </message>
</context>
<context>
    <name>sd::Batch</name>
    <message>
        <location filename="../core/services/batch.cpp" line="62"/>
        <source>A batch cannot start inside another transaction.</source>
        <translation>En samlet kørsel kan ikke starte inde i en anden transaktion.</translation>
    </message>
</context>
<context>
    <name>sd::DerivedStatus</name>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="17"/>
        <source>Not shipped</source>
        <translation>Ikke leveret</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="18"/>
        <source>Ready for delivery</source>
        <translation>Klar til levering</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="21"/>
        <source>Partially shipped</source>
        <translation>Delvist leveret</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="22"/>
        <source>Delivered</source>
        <translation>Leveret</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="28"/>
        <source>Not invoiced</source>
        <translation>Ikke faktureret</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="29"/>
        <source>Ready to invoice</source>
        <translation>Klar til fakturering</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="32"/>
        <source>Partially invoiced</source>
        <translation>Delvist faktureret</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="33"/>
        <source>Invoiced</source>
        <translation>Faktureret</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="37"/>
        <source>Not picked</source>
        <translation>Ikke plukket</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="38"/>
        <source>Partially picked</source>
        <translation>Delvist plukket</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="39"/>
        <source>Picked</source>
        <translation>Plukket</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="43"/>
        <source>Unpaid</source>
        <translation>Ubetalt</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="44"/>
        <source>Partially paid</source>
        <translation>Delvist betalt</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="45"/>
        <source>Overdue</source>
        <translation>Forfalden</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="46"/>
        <source>Reminded</source>
        <translation>Rykket</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="47"/>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="175"/>
        <source>“%1” is not a delivery status.</source>
        <translation>»%1« er ikke en leveringsstatus.</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="194"/>
        <source>“%1” is not an invoicing status.</source>
        <translation>»%1« er ikke en faktureringsstatus.</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="212"/>
        <source>“%1” is not a picked status.</source>
        <translation>»%1« er ikke en plukstatus.</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="230"/>
        <source>“%1” is not a payment status.</source>
        <translation>»%1« er ikke en betalingsstatus.</translation>
    </message>
</context>
<context>
    <name>sd::DocumentLine</name>
    <message>
        <location filename="../core/documents/documentline.cpp" line="17"/>
        <source>Line %1: %2</source>
        <translation>Linje %1: %2</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="33"/>
        <source>The quantity must be more than 0.</source>
        <translation>Antallet skal være mere end 0.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="38"/>
        <source>The quantity cannot be more than %L1.</source>
        <translation>Antallet kan ikke være mere end %L1.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="45"/>
        <source>The unit price is out of range.</source>
        <translation>Enhedsprisen er uden for det tilladte område.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="50"/>
        <source>A bundle line must name its bundle.</source>
        <translation>En linje med et varesæt skal angive varesættet.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="54"/>
        <source>Choose a VAT code.</source>
        <translation>Vælg en momskode.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="58"/>
        <source>A VAT rate must be between 0 and 100 %.</source>
        <translation>En momssats skal være mellem 0 og 100 %.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="67"/>
        <source>A standard-rated VAT code needs a rate above 0 %.</source>
        <translation>En momskode med standardsats skal have en sats over 0 %.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="72"/>
        <source>VAT category %1 must have a rate of 0 %.</source>
        <translation>Momskategori %1 skal have satsen 0 %.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="80"/>
        <source>The line amount is out of range.</source>
        <translation>Linjebeløbet er uden for det tilladte område.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="91"/>
        <source>A discount must be between 0 and 100 %.</source>
        <translation>En rabat skal være mellem 0 og 100 %.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="103"/>
        <source>The quantity is out of range.</source>
        <translation>Antallet er uden for det tilladte område.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="107"/>
        <source>A text line cannot carry a price or discount; use a product line for anything that should be charged.</source>
        <translation>En tekstlinje kan ikke have pris eller rabat; brug en varelinje til alt, der skal faktureres.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="117"/>
        <source>A group heading needs a title.</source>
        <translation>En gruppeoverskrift skal have en titel.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="121"/>
        <source>A group heading cannot carry a quantity, price or discount.</source>
        <translation>En gruppeoverskrift kan ikke have antal, pris eller rabat.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="128"/>
        <source>Unknown kind of document line.</source>
        <translation>Ukendt type dokumentlinje.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="140"/>
        <source>Line number %1 is used twice.</source>
        <translation>Linjenummer %1 er brugt to gange.</translation>
    </message>
</context>
<context>
    <name>sd::DocumentTotals</name>
    <message>
        <location filename="../core/documents/documenttotals.cpp" line="11"/>
        <source>A discount must be between 0 and 100 %.</source>
        <translation>En rabat skal være mellem 0 og 100 %.</translation>
    </message>
    <message>
        <location filename="../core/documents/documenttotals.cpp" line="31"/>
        <source>The document total is out of range.</source>
        <translation>Dokumentets total er uden for det tilladte område.</translation>
    </message>
</context>
<context>
    <name>sd::DocumentType</name>
    <message>
        <location filename="../core/documents/documenttypes.cpp" line="9"/>
        <source>Quote</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <location filename="../core/documents/documenttypes.cpp" line="10"/>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <location filename="../core/documents/documenttypes.cpp" line="11"/>
        <source>Shipment</source>
        <translation>Forsendelse</translation>
    </message>
    <message>
        <location filename="../core/documents/documenttypes.cpp" line="12"/>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location filename="../core/documents/documenttypes.cpp" line="13"/>
        <source>Credit note</source>
        <translation>Kreditnota</translation>
    </message>
    <message>
        <location filename="../core/documents/documenttypes.cpp" line="35"/>
        <source>“%1” is not a document type.</source>
        <translation>»%1« er ikke en dokumenttype.</translation>
    </message>
</context>
<context>
    <name>sd::InvoiceLifecycle</name>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="13"/>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="14"/>
        <source>Booked</source>
        <translation>Bogført</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="18"/>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="19"/>
        <source>Book</source>
        <translation>Bogfør</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="20"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="21"/>
        <source>Credit</source>
        <translation>Krediter</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="24"/>
        <source>Register payment</source>
        <translation>Registrer betaling</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="25"/>
        <source>Send reminder</source>
        <translation>Send rykker</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="26"/>
        <source>Create shipment</source>
        <translation>Opret forsendelse</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="27"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="28"/>
        <source>Duplicate</source>
        <translation>Dupliker</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="38"/>
        <source>A booked invoice cannot be changed; credit it instead.</source>
        <translation>En bogført faktura kan ikke ændres; krediter den i stedet.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="41"/>
        <source>The invoice is already booked.</source>
        <translation>Fakturaen er allerede bogført.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="43"/>
        <source>Book the invoice before sending it.</source>
        <translation>Bogfør fakturaen, før du sender den.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="46"/>
        <source>Only a booked invoice can be credited; edit or delete the draft instead.</source>
        <translation>Kun en bogført faktura kan krediteres; ret eller slet kladden i stedet.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="49"/>
        <source>Book the invoice before registering a payment.</source>
        <translation>Bogfør fakturaen, før du registrerer en betaling.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="52"/>
        <source>A draft invoice cannot be reminded; it has not been booked.</source>
        <translation>Der kan ikke rykkes for en fakturakladde; den er ikke bogført.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="55"/>
        <source>Book the invoice before creating a shipment from it.</source>
        <translation>Bogfør fakturaen, før du opretter en forsendelse fra den.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="59"/>
        <source>A booked invoice cannot be deleted; credit it instead.</source>
        <translation>En bogført faktura kan ikke slettes; krediter den i stedet.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="70"/>
        <source>A booked credit note cannot be changed.</source>
        <translation>En bogført kreditnota kan ikke ændres.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="73"/>
        <source>The credit note is already booked.</source>
        <translation>Kreditnotaen er allerede bogført.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="75"/>
        <source>Book the credit note before sending it.</source>
        <translation>Bogfør kreditnotaen, før du sender den.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="78"/>
        <location filename="../core/documents/invoicelifecycle.cpp" line="79"/>
        <source>A credit note cannot itself be credited.</source>
        <translation>En kreditnota kan ikke selv krediteres.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="81"/>
        <location filename="../core/documents/invoicelifecycle.cpp" line="82"/>
        <source>A credit note takes no payments; it settles its invoice.</source>
        <translation>En kreditnota modtager ingen betalinger; den udligner sin faktura.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="84"/>
        <location filename="../core/documents/invoicelifecycle.cpp" line="85"/>
        <source>A credit note cannot be reminded.</source>
        <translation>Der kan ikke rykkes for en kreditnota.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="87"/>
        <location filename="../core/documents/invoicelifecycle.cpp" line="88"/>
        <source>A credit note cannot be shipped; returned goods come back when it is booked.</source>
        <translation>En kreditnota kan ikke sendes som forsendelse; returnerede varer kommer tilbage på lager, når den bogføres.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="91"/>
        <source>A booked credit note cannot be deleted.</source>
        <translation>En bogført kreditnota kan ikke slettes.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="93"/>
        <location filename="../core/documents/invoicelifecycle.cpp" line="94"/>
        <source>A credit note cannot be duplicated; credit the invoice again instead.</source>
        <translation>En kreditnota kan ikke duplikeres; krediter fakturaen igen i stedet.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="104"/>
        <location filename="../core/documents/invoicelifecycle.cpp" line="115"/>
        <source>“%1” is not an invoice status.</source>
        <translation>»%1« er ikke en fakturastatus.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="105"/>
        <location filename="../core/documents/invoicelifecycle.cpp" line="116"/>
        <source>“%1” is not an invoice action.</source>
        <translation>»%1« er ikke en fakturahandling.</translation>
    </message>
</context>
<context>
    <name>sd::LineKind</name>
    <message>
        <location filename="../core/documents/documenttypes.cpp" line="17"/>
        <source>Product</source>
        <translation>Vare</translation>
    </message>
    <message>
        <location filename="../core/documents/documenttypes.cpp" line="18"/>
        <source>Bundle</source>
        <translation>Varesæt</translation>
    </message>
    <message>
        <location filename="../core/documents/documenttypes.cpp" line="19"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../core/documents/documenttypes.cpp" line="20"/>
        <source>Group heading</source>
        <translation>Gruppeoverskrift</translation>
    </message>
    <message>
        <location filename="../core/documents/documenttypes.cpp" line="58"/>
        <source>“%1” is not a kind of document line.</source>
        <translation>»%1« er ikke en type dokumentlinje.</translation>
    </message>
</context>
<context>
    <name>sd::Money</name>
    <message>
        <location filename="../core/money/money.cpp" line="12"/>
        <source>amount</source>
        <translation>beløb</translation>
    </message>
</context>
<context>
    <name>sd::OrderLifecycle</name>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="13"/>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="14"/>
        <source>Confirmed</source>
        <translation>Bekræftet</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="15"/>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="19"/>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="20"/>
        <source>Confirm</source>
        <translation>Bekræft</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="21"/>
        <source>Cancel order</source>
        <translation>Annuller ordre</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="22"/>
        <source>Create shipment</source>
        <translation>Opret forsendelse</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="23"/>
        <source>Create invoice</source>
        <translation>Opret faktura</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="24"/>
        <source>Create backorder</source>
        <translation>Opret restordre</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="25"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="26"/>
        <source>Duplicate</source>
        <translation>Dupliker</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="39"/>
        <source>A cancelled order cannot be edited.</source>
        <translation>En annulleret ordre kan ikke redigeres.</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="42"/>
        <source>The order is already confirmed.</source>
        <translation>Ordren er allerede bekræftet.</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="43"/>
        <source>A cancelled order cannot be confirmed.</source>
        <translation>En annulleret ordre kan ikke bekræftes.</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="47"/>
        <source>The order is already cancelled.</source>
        <translation>Ordren er allerede annulleret.</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="49"/>
        <source>Confirm the order before creating a shipment.</source>
        <translation>Bekræft ordren, før du opretter en forsendelse.</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="51"/>
        <source>A cancelled order cannot be shipped.</source>
        <translation>En annulleret ordre kan ikke leveres.</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="53"/>
        <source>Confirm the order before invoicing it.</source>
        <translation>Bekræft ordren, før du fakturerer den.</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="57"/>
        <source>Only a confirmed, partly shipped order can be split into a backorder.</source>
        <translation>Kun en bekræftet, delvist leveret ordre kan deles i en restordre.</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="59"/>
        <source>A cancelled order cannot be split into a backorder.</source>
        <translation>En annulleret ordre kan ikke deles i en restordre.</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="62"/>
        <source>A confirmed order cannot be deleted; cancel it instead.</source>
        <translation>En bekræftet ordre kan ikke slettes; annuller den i stedet.</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="63"/>
        <source>A cancelled order cannot be deleted; it stays for the record.</source>
        <translation>En annulleret ordre kan ikke slettes; den bevares som dokumentation.</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="77"/>
        <source>“%1” is not an order status.</source>
        <translation>»%1« er ikke en ordrestatus.</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="78"/>
        <source>“%1” is not an order action.</source>
        <translation>»%1« er ikke en ordrehandling.</translation>
    </message>
</context>
<context>
    <name>sd::Percent</name>
    <message>
        <location filename="../core/money/percent.cpp" line="11"/>
        <source>percentage</source>
        <translation>procentsats</translation>
    </message>
    <message>
        <location filename="../core/money/percent.cpp" line="17"/>
        <source>A percentage must be between 0 and 100.</source>
        <translation>En procentsats skal være mellem 0 og 100.</translation>
    </message>
</context>
<context>
    <name>sd::Quantity</name>
    <message>
        <location filename="../core/money/quantity.cpp" line="12"/>
        <source>quantity</source>
        <translation>antal</translation>
    </message>
    <message>
        <location filename="../core/money/quantity.cpp" line="25"/>
        <source>The quantity must be greater than zero.</source>
        <translation>Antallet skal være større end nul.</translation>
    </message>
</context>
<context>
    <name>sd::QuoteLifecycle</name>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="13"/>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="14"/>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="15"/>
        <source>Accepted</source>
        <translation>Accepteret</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="16"/>
        <source>Rejected</source>
        <translation>Afvist</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="20"/>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="21"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="22"/>
        <source>Mark as accepted</source>
        <translation>Markér som accepteret</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="23"/>
        <source>Mark as rejected</source>
        <translation>Markér som afvist</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="24"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="25"/>
        <source>Duplicate</source>
        <translation>Dupliker</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="28"/>
        <source>Convert to order</source>
        <translation>Konverter til ordre</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="31"/>
        <source>Convert to invoice</source>
        <translation>Konverter til faktura</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="41"/>
        <source>A sent quote cannot be edited; duplicate it to make a new version.</source>
        <translation>Et sendt tilbud kan ikke redigeres; duplikér det for at lave en ny version.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="42"/>
        <source>An accepted quote cannot be edited.</source>
        <translation>Et accepteret tilbud kan ikke redigeres.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="43"/>
        <source>A rejected quote cannot be edited; duplicate it to make a new offer.</source>
        <translation>Et afvist tilbud kan ikke redigeres; duplikér det for at lave et nyt tilbud.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="47"/>
        <source>An accepted quote has already been answered and cannot be sent again.</source>
        <translation>Et accepteret tilbud er allerede besvaret og kan ikke sendes igen.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="48"/>
        <source>A rejected quote cannot be sent; duplicate it to make a new offer.</source>
        <translation>Et afvist tilbud kan ikke sendes; duplikér det for at lave et nyt tilbud.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="52"/>
        <source>The quote is already accepted.</source>
        <translation>Tilbuddet er allerede accepteret.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="53"/>
        <source>A rejected quote cannot be accepted; duplicate it to make a new offer.</source>
        <translation>Et afvist tilbud kan ikke accepteres; duplikér det for at lave et nyt tilbud.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="57"/>
        <source>An accepted quote cannot be rejected.</source>
        <translation>Et accepteret tilbud kan ikke afvises.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="58"/>
        <source>The quote is already rejected.</source>
        <translation>Tilbuddet er allerede afvist.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="61"/>
        <source>Only draft quotes can be deleted; this one has been sent.</source>
        <translation>Kun tilbud, der er kladder, kan slettes; dette er sendt.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="62"/>
        <source>Only draft quotes can be deleted; this one has been accepted.</source>
        <translation>Kun tilbud, der er kladder, kan slettes; dette er accepteret.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="63"/>
        <source>Only draft quotes can be deleted; this one has been rejected.</source>
        <translation>Kun tilbud, der er kladder, kan slettes; dette er afvist.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="73"/>
        <location filename="../core/documents/quotelifecycle.cpp" line="78"/>
        <source>A rejected quote cannot be converted.</source>
        <translation>Et afvist tilbud kan ikke konverteres.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="88"/>
        <source>“%1” is not a quote status.</source>
        <translation>»%1« er ikke en tilbudsstatus.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="89"/>
        <source>“%1” is not a quote action.</source>
        <translation>»%1« er ikke en tilbudshandling.</translation>
    </message>
</context>
<context>
    <name>sd::ReminderRules</name>
    <message>
        <location filename="../core/documents/reminderrules.cpp" line="18"/>
        <source>The invoice date, due date and reminder date are all needed to work out a reminder fee.</source>
        <translation>Fakturadato, forfaldsdato og rykkerdato skal alle kendes for at beregne et rykkergebyr.</translation>
    </message>
    <message>
        <location filename="../core/documents/reminderrules.cpp" line="22"/>
        <source>Set this year&apos;s inkassosats in the company settings before adding reminder fees.</source>
        <translation>Angiv årets inkassosats i firmaindstillingerne, før du tilføjer rykkergebyrer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/documents/reminderrules.cpp" line="27"/>
        <source>No reminder fee may be charged: the invoice gave less than %n day(s) to pay.</source>
        <translation>
            <numerusform>Der må ikke opkræves rykkergebyr: fakturaen gav mindre end %n dag til at betale.</numerusform>
            <numerusform>Der må ikke opkræves rykkergebyr: fakturaen gav mindre end %n dage til at betale.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/documents/reminderrules.cpp" line="33"/>
        <source>No further reminder fee may be charged: at most %n fee(s) per invoice are allowed.</source>
        <translation>
            <numerusform>Der må ikke opkræves flere rykkergebyrer: højst %n gebyr pr. faktura er tilladt.</numerusform>
            <numerusform>Der må ikke opkræves flere rykkergebyrer: højst %n gebyrer pr. faktura er tilladt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/documents/reminderrules.cpp" line="40"/>
        <source>No reminder fee may be charged before %1, 14 days after the due date.</source>
        <translation>Der må ikke opkræves rykkergebyr før %1, 14 dage efter forfaldsdatoen.</translation>
    </message>
    <message>
        <location filename="../core/documents/reminderrules.cpp" line="52"/>
        <source>A reminder fee cannot be negative.</source>
        <translation>Et rykkergebyr kan ikke være negativt.</translation>
    </message>
    <message>
        <location filename="../core/documents/reminderrules.cpp" line="60"/>
        <source>A reminder fee of %1 is more than the legal maximum of %2.</source>
        <translation>Et rykkergebyr på %1 er mere end lovens maksimum på %2.</translation>
    </message>
</context>
<context>
    <name>sd::SalesService</name>
    <message>
        <location filename="../core/services/salesservicehelpers.cpp" line="35"/>
        <source>%1 is booked and cannot be changed; correct it with a credit note.</source>
        <translation>%1 er bogført og kan ikke ændres; ret den med en kreditnota.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicehelpers.cpp" line="40"/>
        <source>A shipment&apos;s lines come from its order; pick them instead.</source>
        <translation>Linjerne på en forsendelse kommer fra ordren; pluk dem i stedet.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicehelpers.cpp" line="63"/>
        <source>Document %1 is a %2, not a %3.</source>
        <translation>Dokument %1 er af typen %2, ikke %3.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicehelpers.cpp" line="81"/>
        <source>%1 draft (id %2)</source>
        <translation>%1 (kladde, id %2)</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicehelpers.cpp" line="106"/>
        <source>VAT code %1 has no rate on %2.</source>
        <translation>Momskode %1 har ingen sats pr. %2.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicehelpers.cpp" line="205"/>
        <source>Line %1 has %2 shipped or invoiced; it cannot go below that.</source>
        <translation>Linje %1 har %2 leveret eller faktureret; antallet kan ikke komme under det.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicehelpers.cpp" line="227"/>
        <source>Line %1: at most %2 can be credited (invoiced %3, credited %4).</source>
        <translation>Linje %1: højst %2 kan krediteres (faktureret %3, krediteret %4).</translation>
    </message>
</context>
<context>
    <name>sd::ShipmentLifecycle</name>
    <message>
        <location filename="../core/documents/shipmentlifecycle.cpp" line="13"/>
        <source>Not sent</source>
        <translation>Ikke sendt</translation>
    </message>
    <message>
        <location filename="../core/documents/shipmentlifecycle.cpp" line="14"/>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <location filename="../core/documents/shipmentlifecycle.cpp" line="18"/>
        <source>Pick</source>
        <translation>Pluk</translation>
    </message>
    <message>
        <location filename="../core/documents/shipmentlifecycle.cpp" line="19"/>
        <source>Send shipment</source>
        <translation>Send forsendelse</translation>
    </message>
    <message>
        <location filename="../core/documents/shipmentlifecycle.cpp" line="20"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../core/documents/shipmentlifecycle.cpp" line="30"/>
        <source>A sent shipment cannot be picked any more.</source>
        <translation>En sendt forsendelse kan ikke længere plukkes.</translation>
    </message>
    <message>
        <location filename="../core/documents/shipmentlifecycle.cpp" line="33"/>
        <source>The shipment has already been sent.</source>
        <translation>Forsendelsen er allerede sendt.</translation>
    </message>
    <message>
        <location filename="../core/documents/shipmentlifecycle.cpp" line="36"/>
        <source>A sent shipment cannot be deleted; register a return instead.</source>
        <translation>En sendt forsendelse kan ikke slettes; registrer en returnering i stedet.</translation>
    </message>
    <message>
        <location filename="../core/documents/shipmentlifecycle.cpp" line="46"/>
        <source>“%1” is not a shipment status.</source>
        <translation>»%1« er ikke en forsendelsesstatus.</translation>
    </message>
    <message>
        <location filename="../core/documents/shipmentlifecycle.cpp" line="47"/>
        <source>“%1” is not a shipment action.</source>
        <translation>»%1« er ikke en forsendelseshandling.</translation>
    </message>
</context>
<context>
    <name>sd::UnitPrice</name>
    <message>
        <location filename="../core/money/unitprice.cpp" line="12"/>
        <source>price</source>
        <translation>pris</translation>
    </message>
</context>
<context>
    <name>sd::VatCalculator</name>
    <message>
        <location filename="../core/money/vatcalculator.cpp" line="46"/>
        <source>“%1” is not a VAT category.</source>
        <translation>»%1« er ikke en momskategori.</translation>
    </message>
    <message>
        <location filename="../core/money/vatcalculator.cpp" line="59"/>
        <source>The line amount is out of range.</source>
        <translation>Linjebeløbet er uden for det tilladte område.</translation>
    </message>
</context>
<context>
    <name>sd::VatCode</name>
    <message>
        <location filename="../core/domain/vatcode.cpp" line="20"/>
        <source>Output VAT, standard rate</source>
        <translation>Udgående moms, standardsats</translation>
    </message>
    <message>
        <location filename="../core/domain/vatcode.cpp" line="22"/>
        <source>Output VAT, medium rate (food)</source>
        <translation>Udgående moms, mellemsats (fødevarer)</translation>
    </message>
    <message>
        <location filename="../core/domain/vatcode.cpp" line="25"/>
        <source>Output VAT, low rate</source>
        <translation>Udgående moms, lav sats</translation>
    </message>
    <message>
        <location filename="../core/domain/vatcode.cpp" line="31"/>
        <source>Zero-rated domestic sale</source>
        <translation>Indenlandsk salg, nulsats</translation>
    </message>
    <message>
        <location filename="../core/domain/vatcode.cpp" line="33"/>
        <source>Exempt / outside the scope of VAT</source>
        <translation>Momsfritaget / uden for momsloven</translation>
    </message>
    <message>
        <location filename="../core/domain/vatcode.cpp" line="35"/>
        <source>Export of goods and services</source>
        <translation>Eksport af varer og tjenesteydelser</translation>
    </message>
</context>
<context>
    <name>sd::decimal</name>
    <message>
        <location filename="../core/money/decimal.cpp" line="21"/>
        <source>“%1” is not a valid %2.</source>
        <translation>»%1« er ikke en gyldig værdi for %2.</translation>
    </message>
    <message>
        <location filename="../core/money/decimal.cpp" line="26"/>
        <source>The %1 is empty.</source>
        <translation>Der mangler %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/money/decimal.cpp" line="55"/>
        <source>The %1 “%2” has more than %n decimal(s).</source>
        <translation>
            <numerusform>Værdien »%2« (%1) har mere end %n decimal.</numerusform>
            <numerusform>Værdien »%2« (%1) har mere end %n decimaler.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/money/decimal.cpp" line="68"/>
        <source>The %1 “%2” is out of range.</source>
        <translation>Værdien »%2« (%1) er uden for det tilladte område.</translation>
    </message>
</context>
<context>
    <name>sd::storage::IntegrityChecker</name>
    <message>
        <location filename="../core/storage/integritychecker.cpp" line="35"/>
        <source>The number series “%1” has an invalid next number.</source>
        <translation>Nummerserien »%1« har et ugyldigt næste nummer.</translation>
    </message>
    <message>
        <location filename="../core/storage/integritychecker.cpp" line="38"/>
        <source>The number series are missing.</source>
        <translation>Nummerserierne mangler.</translation>
    </message>
    <message>
        <location filename="../core/storage/integritychecker.cpp" line="48"/>
        <source>The stock principle is missing or invalid.</source>
        <translation>Lagerprincippet mangler eller er ugyldigt.</translation>
    </message>
    <message>
        <location filename="../core/storage/integritychecker.cpp" line="53"/>
        <source>The company name is missing.</source>
        <translation>Firmanavnet mangler.</translation>
    </message>
    <message>
        <location filename="../core/storage/integritychecker.cpp" line="65"/>
        <source>Customer numbers exist at or above the next customer number.</source>
        <translation>Der findes kundenumre lig med eller over næste kundenummer.</translation>
    </message>
    <message>
        <location filename="../core/storage/integritychecker.cpp" line="77"/>
        <source>A bundle has no components.</source>
        <translation>Et varesæt har ingen komponenter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/integritychecker.cpp" line="93"/>
        <source>%n document(s) changed outside Salgsdesk wait to be indexed for search.</source>
        <translation>
            <numerusform>%n dokument ændret uden for Salgsdesk venter på at blive indekseret til søgning.</numerusform>
            <numerusform>%n dokumenter ændret uden for Salgsdesk venter på at blive indekseret til søgning.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/storage/integritychecker.cpp" line="127"/>
        <source>A row in “%1” refers to a missing row in “%2”.</source>
        <translation>En række i »%1« henviser til en manglende række i »%2«.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="21"/>
        <source>A booked %1 has no number.</source>
        <translation>Et bogført dokument (%1) har intet nummer.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="29"/>
        <source>The %1 numbers jump from %2 to %3.</source>
        <translation>Numrene for %1 springer fra %2 til %3.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="35"/>
        <source>The next %1 number is %2 but the last booked is %3.</source>
        <translation>Næste nummer for %1 er %2, men det sidst bogførte er %3.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="40"/>
        <source>A draft %1 carries a number.</source>
        <translation>En kladde af typen %1 har fået et nummer.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="57"/>
        <source>The guard “%1” that protects booked documents is missing.</source>
        <translation>Beskyttelsen »%1«, der beskytter bogførte dokumenter, mangler.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="101"/>
        <source>Line %1 of %2 has a net that does not match its quantity and price.</source>
        <translation>Linje %1 i %2 har et nettobeløb, der ikke stemmer med antal og pris.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="113"/>
        <source>The stored totals of %1 do not match its lines.</source>
        <translation>De gemte totaler for %1 stemmer ikke med linjerne.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="131"/>
        <source>Order %1 line %2 has more on shipments than ordered.</source>
        <translation>Ordre %1 linje %2 har mere på forsendelser end bestilt.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="147"/>
        <source>Order %1 line %2 is invoiced beyond what was ordered.</source>
        <translation>Ordre %1 linje %2 er faktureret ud over det bestilte.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="159"/>
        <source>Invoice %1 line %2 is credited beyond what was invoiced.</source>
        <translation>Faktura %1 linje %2 er krediteret ud over det fakturerede.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="178"/>
        <source>Shipment %1 line %2 shipped %3 but the stock ledger has %4.</source>
        <translation>Forsendelse %1 linje %2 sendte %3, men lagerposteringerne viser %4.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="190"/>
        <source>An unsent shipment has stock movements.</source>
        <translation>En forsendelse, der ikke er sendt, har lagerbevægelser.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="207"/>
        <source>The stock balance of %1 does not match its stock ledger.</source>
        <translation>Lagersaldoen for %1 stemmer ikke med lagerposteringerne.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="222"/>
        <source>%1 has negative stock (%2) although the company does not allow it.</source>
        <translation>%1 har negativ beholdning (%2), selv om firmaet ikke tillader det.</translation>
    </message>
</context>
<context>
    <name>sd::ui::AcceptQuoteDialog</name>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="38"/>
        <source>Create an &amp;order (deliver first, invoice later)</source>
        <translation>Opret en &amp;ordre (lever først, fakturer senere)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="39"/>
        <source>Create an &amp;invoice directly</source>
        <translation>Opret en &amp;faktura direkte</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="42"/>
        <source>Accept %1</source>
        <translation>Accepter %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="47"/>
        <source>The customer accepted the quote. What should it become?</source>
        <translation>Kunden har accepteret tilbuddet. Hvad skal det blive til?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="50"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
</context>
<context>
    <name>sd::ui::ActionCollection</name>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="14"/>
        <source>New &amp;quote</source>
        <translation>Nyt &amp;tilbud</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="16"/>
        <source>New &amp;order</source>
        <translation>Ny &amp;ordre</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="17"/>
        <source>Ctrl+Shift+O</source>
        <comment>New order</comment>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="18"/>
        <source>New &amp;invoice</source>
        <translation>Ny &amp;faktura</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="19"/>
        <source>Ctrl+Shift+I</source>
        <comment>New invoice</comment>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="20"/>
        <source>New &amp;company…</source>
        <translation>Nyt fir&amp;ma…</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="23"/>
        <source>&amp;Open company file…</source>
        <translation>Å&amp;bn firmafil…</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="26"/>
        <source>Open &amp;demo company</source>
        <translation>Åbn &amp;demofirma</translation>
    </message>
    <message>
        <source>Import &amp;customers (CSV)…</source>
        <translation type="vanished">Importer &amp;kunder (CSV)…</translation>
    </message>
    <message>
        <source>Import &amp;products (CSV)…</source>
        <translation type="vanished">Importer &amp;varer (CSV)…</translation>
    </message>
    <message>
        <source>Export &amp;journal (CSV)…</source>
        <translation type="vanished">Eksporter &amp;posteringer (CSV)…</translation>
    </message>
    <message>
        <source>Export invoice &amp;list (CSV)…</source>
        <translation type="vanished">Eksporter faktura&amp;liste (CSV)…</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="27"/>
        <source>&amp;Import customers or products…</source>
        <translation>&amp;Importer kunder eller varer…</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="28"/>
        <source>&amp;Export for the bookkeeper…</source>
        <translation>&amp;Eksporter til bogholderen…</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="29"/>
        <source>Restore from &amp;backup…</source>
        <translation>&amp;Gendan fra sikkerhedskopi…</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="30"/>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="34"/>
        <source>Print pre&amp;view…</source>
        <translation>Vis uds&amp;krift…</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="36"/>
        <source>Ctrl+Shift+P</source>
        <comment>Print preview</comment>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="38"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="39"/>
        <source>&amp;Redo</source>
        <translation>&amp;Annuller fortryd</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="42"/>
        <source>&amp;Find</source>
        <translation>&amp;Søg</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="43"/>
        <source>&amp;Reset layout</source>
        <translation>&amp;Nulstil vinduer</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="44"/>
        <source>&amp;About Salgsdesk</source>
        <translation>&amp;Om Salgsdesk</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="45"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="48"/>
        <source>Ctrl+Q</source>
        <comment>Quit</comment>
        <translation>Ctrl+Q</translation>
    </message>
</context>
<context>
    <name>sd::ui::BookInvoiceDialog</name>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="184"/>
        <source>Also create a &amp;shipment for the goods</source>
        <translation>Opret også en &amp;forsendelse for varerne</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="185"/>
        <source>&amp;Deduct stock at the invoice date</source>
        <translation>&amp;Træk fra lageret på fakturadatoen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="188"/>
        <source>Book %1</source>
        <translation>Bogfør %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="196"/>
        <source>Booking gives the invoice its number; after that it cannot be changed, only credited.</source>
        <translation>Bogføring giver fakturaen dens nummer; derefter kan den ikke ændres, kun krediteres.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="199"/>
        <source>Invoice &amp;date:</source>
        <translation>Faktura&amp;dato:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="212"/>
        <source>Book</source>
        <translation>Bogfør</translation>
    </message>
</context>
<context>
    <name>sd::ui::BookkeeperActions</name>
    <message>
        <source>Import products</source>
        <translation type="vanished">Importer varer</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation type="vanished">Importer kunder</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="vanished">CSV-filer (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="vanished">Importer</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="vanished">Kunne ikke læse %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/actions/bookkeeperactions.cpp" line="31"/>
        <source>Imported %Ln row(s).</source>
        <translation>
            <numerusform>Importerede %Ln række.</numerusform>
            <numerusform>Importerede %Ln rækker.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="vanished">Linje %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported; %Ln row(s) need fixing:</source>
        <translation type="vanished">
            <numerusform>Intet blev importeret; %Ln række skal rettes:</numerusform>
            <numerusform>Intet blev importeret; %Ln rækker skal rettes:</numerusform>
        </translation>
    </message>
    <message>
        <source>Export journal</source>
        <translation type="vanished">Eksporter posteringer</translation>
    </message>
    <message>
        <source>Export invoice list</source>
        <translation type="vanished">Eksporter fakturaliste</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="vanished">CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="vanished">Eksporter</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="vanished">Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="vanished">Eksporteret til %1.</translation>
    </message>
</context>
<context>
    <name>sd::ui::CreateInvoiceDialog</name>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="65"/>
        <source>&amp;All lines of the order</source>
        <translation>&amp;Alle linjer på ordren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="66"/>
        <source>&amp;Only what has been shipped</source>
        <translation>&amp;Kun det, der er leveret</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="69"/>
        <source>Invoice %1</source>
        <translation>Fakturer %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="74"/>
        <source>What should the invoice contain?</source>
        <translation>Hvad skal fakturaen indeholde?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="77"/>
        <source>Create invoice</source>
        <translation>Opret faktura</translation>
    </message>
</context>
<context>
    <name>sd::ui::CreditNoteDialog</name>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="93"/>
        <source>&amp;Return the goods to stock</source>
        <translation>&amp;Returner varerne til lageret</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="94"/>
        <source>The credited quantity can be &amp;invoiced again</source>
        <translation>Det krediterede antal kan &amp;faktureres igen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="98"/>
        <source>Credit %1</source>
        <translation>Krediter %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="108"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="108"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="108"/>
        <source>Invoiced</source>
        <translation>Faktureret</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="108"/>
        <source>Credit</source>
        <translation>Krediteres</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="129"/>
        <source>Quantities to credit (0 leaves a line out):</source>
        <translation>Antal, der skal krediteres (0 udelader linjen):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="134"/>
        <source>Create credit note</source>
        <translation>Opret kreditnota</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="145"/>
        <source>Line %1: %2</source>
        <translation>Linje %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="150"/>
        <source>Choose at least one line to credit.</source>
        <translation>Vælg mindst én linje at kreditere.</translation>
    </message>
</context>
<context>
    <name>sd::ui::CustomerCompleter</name>
    <message>
        <location filename="../ui/widgets/customercompleter.cpp" line="40"/>
        <source>%1 (org.nr %2)</source>
        <translation>%1 (CVR %2)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/customercompleter.cpp" line="61"/>
        <source>No customer matches “%1”.</source>
        <translation>Ingen kunde matcher »%1«.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/customercompleter.cpp" line="62"/>
        <source>Several customers match “%1”; choose one from the list.</source>
        <translation>Flere kunder matcher »%1«; vælg en fra listen.</translation>
    </message>
</context>
<context>
    <name>sd::ui::CustomerEditor</name>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="37"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="38"/>
        <source>&amp;Org.nr:</source>
        <translation>&amp;CVR-nr.:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="39"/>
        <source>Foreign &amp;VAT no:</source>
        <translation>Udenlandsk &amp;momsnr.:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="40"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="41"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="42"/>
        <source>Con&amp;tact:</source>
        <translation>&amp;Kontaktperson:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="43"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="44"/>
        <source>Post&amp;code:</source>
        <translation>Postn&amp;r.:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="45"/>
        <source>C&amp;ity:</source>
        <translation>&amp;By:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="46"/>
        <source>Co&amp;untry:</source>
        <translation>Lan&amp;d:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="47"/>
        <source>&amp;Delivery address:</source>
        <translation>Le&amp;veringsadresse:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="48"/>
        <source>Delivery postcode:</source>
        <translation>Leveringspostnr.:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="49"/>
        <source>Delivery city:</source>
        <translation>Leveringsby:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="50"/>
        <source>&amp;GLN:</source>
        <translation>&amp;GLN:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="51"/>
        <source>PEPPOL &amp;id:</source>
        <translation>PEPPOL-&amp;id:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="52"/>
        <source>E&amp;HF (true/false):</source>
        <translation>E&amp;HF (true/false):</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="53"/>
        <source>Pa&amp;yment days:</source>
        <translation>Betalings&amp;frist (dage):</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="54"/>
        <source>Cu&amp;rrency:</source>
        <translation>Val&amp;uta:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="55"/>
        <source>&amp;Language:</source>
        <translation>S&amp;prog:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="56"/>
        <source>Customer &amp;group:</source>
        <translation>Kunde&amp;gruppe:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="57"/>
        <source>La&amp;yout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="58"/>
        <source>Notes:</source>
        <translation>Noter:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="69"/>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="103"/>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="103"/>
        <source>New customer</source>
        <translation>Ny kunde</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="131"/>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
</context>
<context>
    <name>sd::ui::CustomerListModel</name>
    <message>
        <location filename="../ui/models/customerlistmodel.cpp" line="70"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../ui/models/customerlistmodel.cpp" line="72"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../ui/models/customerlistmodel.cpp" line="74"/>
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../ui/models/customerlistmodel.cpp" line="76"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>sd::ui::CustomersDock</name>
    <message>
        <location filename="../ui/docks/customersdock.cpp" line="44"/>
        <source>Search name, number, org.nr…</source>
        <translation>Søg navn, nummer, CVR…</translation>
    </message>
    <message>
        <location filename="../ui/docks/customersdock.cpp" line="145"/>
        <source>&lt;i&gt;Select a customer to see their data and documents.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Vælg en kunde for at se kundens data og dokumenter.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/docks/customersdock.cpp" line="158"/>
        <source>Org.nr %1</source>
        <translation>CVR %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/customersdock.cpp" line="171"/>
        <source>Balance due: %1</source>
        <translation>Udestående: %1</translation>
    </message>
</context>
<context>
    <name>sd::ui::DocumentActions</name>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="30"/>
        <location filename="../ui/actions/documentactions.cpp" line="189"/>
        <source>Salgsdesk</source>
        <translation>Salgsdesk</translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="vanished">Send</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="43"/>
        <source>Accept → order</source>
        <translation>Accepter → ordre</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="46"/>
        <source>Accept → invoice</source>
        <translation>Accepter → faktura</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="48"/>
        <source>Reject</source>
        <translation>Afvis</translation>
    </message>
    <message>
        <source>Confirm order</source>
        <translation type="vanished">Bekræft ordre</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="42"/>
        <source>Preview and send…</source>
        <translation>Forhåndsvis og send…</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="49"/>
        <source>Confirm order…</source>
        <translation>Bekræft ordre…</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="50"/>
        <source>Create shipment</source>
        <translation>Opret forsendelse</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="51"/>
        <source>Pick all</source>
        <translation>Pluk alt</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="52"/>
        <source>Send shipment</source>
        <translation>Send forsendelse</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="53"/>
        <source>Create invoice</source>
        <translation>Opret faktura</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="56"/>
        <source>Create invoice (shipped only)</source>
        <translation>Opret faktura (kun leveret)</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="58"/>
        <source>Book</source>
        <translation>Bogfør</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="59"/>
        <source>Credit…</source>
        <translation>Krediter…</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="62"/>
        <source>Register payment…</source>
        <translation>Registrer betaling…</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="64"/>
        <source>Remind</source>
        <translation>Ryk</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="65"/>
        <source>Create backorder</source>
        <translation>Opret restordre</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="66"/>
        <source>Cancel order…</source>
        <translation>Annuller ordre…</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="67"/>
        <source>Duplicate</source>
        <translation>Dupliker</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="68"/>
        <source>Delete draft…</source>
        <translation>Slet kladde…</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="69"/>
        <location filename="../ui/actions/documentactions.cpp" line="146"/>
        <source>Archive</source>
        <translation>Arkiver</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="70"/>
        <source>Print…</source>
        <translation>Udskriv…</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="73"/>
        <source>Print preview…</source>
        <translation>Vis udskrift…</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="75"/>
        <source>Export EHF…</source>
        <translation>Eksporter EHF…</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="77"/>
        <source>Select a document in one of the lists to see its next steps.</source>
        <translation>Vælg et dokument i en af listerne for at se de næste trin.</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation type="vanished">Markér som sendt</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="146"/>
        <source>Unarchive</source>
        <translation>Hent fra arkivet</translation>
    </message>
    <message>
        <source>Send anyway?</source>
        <translation type="vanished">Send alligevel?</translation>
    </message>
    <message>
        <source>Marked as sent.</source>
        <translation type="vanished">Markeret som sendt.</translation>
    </message>
    <message>
        <source>Quote %1 sent.</source>
        <translation type="vanished">Tilbud %1 er sendt.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="222"/>
        <source>Quote %1 accepted.</source>
        <translation>Tilbud %1 er accepteret.</translation>
    </message>
    <message>
        <source>Order %1 confirmed.</source>
        <translation type="vanished">Ordre %1 er bekræftet.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="242"/>
        <source>Shipment %1 sent.</source>
        <translation>Forsendelse %1 er sendt.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="255"/>
        <source>Booked as number %1.</source>
        <translation>Bogført som nummer %1.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="260"/>
        <source>Credit invoice %1</source>
        <translation>Krediter faktura %1</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="261"/>
        <source>Credit everything not yet credited on invoice %1. Do the goods come back to stock?</source>
        <translation>Krediter alt, der endnu ikke er krediteret på faktura %1. Kommer varerne tilbage på lager?</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="279"/>
        <source>Reminder registered, fee %1.</source>
        <translation>Rykker registreret, gebyr %1.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="295"/>
        <source>Cancel order %1? This cannot be undone.</source>
        <translation>Annuller ordre %1? Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="307"/>
        <source>Delete this draft? This cannot be undone.</source>
        <translation>Slet denne kladde? Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="330"/>
        <source>Register payment</source>
        <translation>Registrer betaling</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="331"/>
        <source>Amount paid on invoice %1:</source>
        <translation>Indbetalt beløb på faktura %1:</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="341"/>
        <source>Payment of %1 registered on invoice %2.</source>
        <translation>Betaling på %1 registreret på faktura %2.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="350"/>
        <source>Print anyway?</source>
        <translation>Udskriv alligevel?</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="357"/>
        <source>Sent to the printer.</source>
        <translation>Sendt til printeren.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="377"/>
        <location filename="../ui/actions/documentactions.cpp" line="388"/>
        <source>Export EHF</source>
        <translation>Eksporter EHF</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="379"/>
        <source>EHF invoice (*.xml)</source>
        <translation>EHF-faktura (*.xml)</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="388"/>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="391"/>
        <source>EHF written to %1.</source>
        <translation>EHF skrevet til %1.</translation>
    </message>
</context>
<context>
    <name>sd::ui::DocumentDock</name>
    <message>
        <source>Search number or customer…</source>
        <translation type="vanished">Søg nummer eller kunde…</translation>
    </message>
    <message>
        <location filename="../ui/docks/documentdock.cpp" line="87"/>
        <source>Search number, customer, reference, line text…</source>
        <translation>Søg nummer, kunde, reference, linjetekst…</translation>
    </message>
    <message>
        <location filename="../ui/docks/documentdock.cpp" line="88"/>
        <source>Finds documents with words starting with what you type, in any order: the number, the customer&apos;s name and number, your and our reference, heading, note, and the lines&apos; SKUs and descriptions.</source>
        <translation>Finder dokumenter med ord, der begynder med det, du skriver, i vilkårlig rækkefølge: nummeret, kundens navn og nummer, Deres og Vores reference, overskrift, bemærkning samt linjernes varenumre og beskrivelser.</translation>
    </message>
    <message>
        <location filename="../ui/docks/documentdock.cpp" line="95"/>
        <source>All statuses</source>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <location filename="../ui/docks/documentdock.cpp" line="101"/>
        <source>Hide archived</source>
        <translation>Skjul arkiverede</translation>
    </message>
    <message>
        <location filename="../ui/docks/documentdock.cpp" line="102"/>
        <source>Show archived</source>
        <translation>Vis arkiverede</translation>
    </message>
    <message>
        <location filename="../ui/docks/documentdock.cpp" line="103"/>
        <source>Only archived</source>
        <translation>Kun arkiverede</translation>
    </message>
    <message>
        <location filename="../ui/docks/documentdock.cpp" line="109"/>
        <source>Any date</source>
        <translation>Alle datoer</translation>
    </message>
    <message>
        <location filename="../ui/docks/documentdock.cpp" line="116"/>
        <source>From date (inclusive)</source>
        <translation>Fra og med dato</translation>
    </message>
    <message>
        <location filename="../ui/docks/documentdock.cpp" line="117"/>
        <source>To date (inclusive)</source>
        <translation>Til og med dato</translation>
    </message>
    <message>
        <location filename="../ui/docks/documentdock.cpp" line="143"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../ui/docks/documentdock.cpp" line="208"/>
        <source>show</source>
        <translation>vis</translation>
    </message>
    <message>
        <location filename="../ui/docks/documentdock.cpp" line="212"/>
        <source>%1+ archived hidden — %2</source>
        <translation>%1+ arkiverede skjult — %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/documentdock.cpp" line="215"/>
        <source>%Ln archived hidden — %1</source>
        <translation>
            <numerusform>%Ln arkiveret skjult — %1</numerusform>
            <numerusform>%Ln arkiverede skjult — %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::DocumentEditor</name>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="77"/>
        <source>New %1</source>
        <translation>%1 (ny)</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="79"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="80"/>
        <source>%1 (draft)</source>
        <translation>%1 (kladde)</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="108"/>
        <source>Name, number or org.nr</source>
        <translation>Navn, nummer eller CVR</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="134"/>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="137"/>
        <source>&amp;Your reference:</source>
        <translation>&amp;Deres ref.:</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="138"/>
        <source>&amp;Our reference:</source>
        <translation>&amp;Vores ref.:</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="139"/>
        <source>&amp;Heading:</source>
        <translation>&amp;Overskrift:</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="141"/>
        <source>&amp;Date:</source>
        <translation>Da&amp;to:</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="142"/>
        <source>&amp;Valid until:</source>
        <translation>&amp;Gyldig til:</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="143"/>
        <source>De&amp;livery:</source>
        <translation>&amp;Levering:</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="144"/>
        <source>Due:</source>
        <translation>Forfald:</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="158"/>
        <source>SKU, name or EAN — or text for a text line or heading</source>
        <translation>Varenr., navn eller EAN — eller tekst til en tekstlinje eller overskrift</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="162"/>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="164"/>
        <source>&amp;Add line</source>
        <translation>Tilføj li&amp;nje</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="166"/>
        <source>&amp;Text line</source>
        <translation>Tek&amp;stlinje</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="168"/>
        <source>&amp;Group heading</source>
        <translation>Gr&amp;uppeoverskrift</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="170"/>
        <source>&amp;Remove line</source>
        <translation>&amp;Fjern linje</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="200"/>
        <source>Note to the customer</source>
        <translation>Bemærkning til kunden</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="206"/>
        <source>Note:</source>
        <translation>Bemærkning:</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="212"/>
        <source>A&amp;ccept quote…</source>
        <translation>Acce&amp;pter tilbud…</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="214"/>
        <source>Create &amp;invoice…</source>
        <translation>Opret faktu&amp;ra…</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="216"/>
        <source>&amp;Book…</source>
        <translation>&amp;Bogfør…</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="218"/>
        <source>Cr&amp;edit…</source>
        <translation>Kr&amp;editer…</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="257"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="260"/>
        <source>&amp;Redo</source>
        <translation>&amp;Annuller fortryd</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="336"/>
        <source>Choose the customer and press Enter to start the %1.</source>
        <translation>Vælg kunden og tryk Enter for at starte (%1).</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="345"/>
        <source>Read-only: %1</source>
        <translation>Skrivebeskyttet: %1</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="358"/>
        <source>Org.nr %1</source>
        <translation>CVR %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editors/documenteditor.cpp" line="376"/>
        <source>%n day(s) after the invoice date</source>
        <translation>
            <numerusform>%n dag efter fakturadatoen</numerusform>
            <numerusform>%n dage efter fakturadatoen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="428"/>
        <source>The customer cannot be changed: %1</source>
        <translation>Kunden kan ikke ændres: %1</translation>
    </message>
</context>
<context>
    <name>sd::ui::DocumentLinesModel</name>
    <message>
        <location filename="../ui/models/documentlinesmodel.cpp" line="91"/>
        <source>%1 of %2 available</source>
        <translation>%1 af %2 disponibel</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlinesmodel.cpp" line="158"/>
        <location filename="../ui/models/documentlinesmodel.cpp" line="160"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlinesmodel.cpp" line="178"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlinesmodel.cpp" line="180"/>
        <source>Product</source>
        <translation>Vare</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlinesmodel.cpp" line="182"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlinesmodel.cpp" line="184"/>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlinesmodel.cpp" line="186"/>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlinesmodel.cpp" line="188"/>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlinesmodel.cpp" line="190"/>
        <source>Discount</source>
        <translation>Rabat</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlinesmodel.cpp" line="192"/>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlinesmodel.cpp" line="194"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlinesmodel.cpp" line="196"/>
        <source>Stock</source>
        <translation>Lager</translation>
    </message>
</context>
<context>
    <name>sd::ui::DocumentListModel</name>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="176"/>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="178"/>
        <source>%1 (credit note)</source>
        <translation>%1 (kreditnota)</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="188"/>
        <source>%1 (archived)</source>
        <translation>%1 (arkiveret)</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="201"/>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="215"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="217"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="219"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="221"/>
        <source>Valid until</source>
        <translation>Gyldig til</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="222"/>
        <source>Due</source>
        <translation>Forfald</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="224"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="226"/>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
</context>
<context>
    <name>sd::ui::DocumentPreviewDialog</name>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="63"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="64"/>
        <source>%1 (draft)</source>
        <translation>%1 (kladde)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="69"/>
        <source>Before sending: %1</source>
        <translation>Før afsendelse: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="70"/>
        <source>Payment reminder for invoice %1</source>
        <translation>Rykker for faktura %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="71"/>
        <source>Print preview: %1</source>
        <translation>Vis udskrift: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="77"/>
        <source>This is the document as your customer will get it. Salgsdesk does not e-mail it: save it as PDF or print it, send it the way you usually do, then mark it as sent.</source>
        <translation>Sådan får kunden dokumentet. Salgsdesk sender det ikke med e-mail: gem det som PDF eller udskriv det, send det, som du plejer, og markér det derefter som sendt.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="80"/>
        <source>The reminder is registered. Save the letter as PDF or print it and send it to the customer; Salgsdesk does not e-mail it.</source>
        <translation>Rykkeren er registreret. Gem brevet som PDF eller udskriv det, og send det til kunden; Salgsdesk sender det ikke med e-mail.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="89"/>
        <source>This is a draft: it gets its number when it is booked, which is a step of its own (Book).</source>
        <translation>Dette er en kladde: den får sit nummer, når den bogføres, hvilket er et trin for sig (Bogfør).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="121"/>
        <source>The layout of this printout only. The customer&apos;s layout and the company default stay as they are (change them in Settings).</source>
        <translation>Layout kun for denne udskrift. Kundens layout og firmaets standard forbliver, som de er (ret dem under Indstillinger).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="126"/>
        <source>%1 (this document&apos;s)</source>
        <translation>%1 (dette dokuments)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="130"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="149"/>
        <source>Zoom out</source>
        <translation>Zoom ud</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="150"/>
        <source>Zoom in</source>
        <translation>Zoom ind</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="152"/>
        <source>Fit width</source>
        <translation>Tilpas bredde</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="152"/>
        <source>Fit the page to the width of the window</source>
        <translation>Tilpas siden til vinduets bredde</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="166"/>
        <source>Save &amp;PDF…</source>
        <translation>Gem &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="168"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="176"/>
        <source>Confirm and &amp;mark as sent</source>
        <translation>Bekræft og &amp;markér som sendt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="176"/>
        <source>&amp;Mark as sent</source>
        <translation>&amp;Markér som sendt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="179"/>
        <source>Records that the customer has the document. Nothing is e-mailed.</source>
        <translation>Registrerer, at kunden har fået dokumentet. Intet sendes med e-mail.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="182"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="191"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="208"/>
        <source>Pages: %1</source>
        <translation>Sider: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="267"/>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="283"/>
        <source>Save PDF</source>
        <translation>Gem PDF</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="273"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="286"/>
        <source>PDF saved to %1.</source>
        <translation>PDF gemt i %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="289"/>
        <source>Check before sending: %1</source>
        <translation>Kontrollér før afsendelse: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="302"/>
        <source>Sent to the printer.</source>
        <translation>Sendt til printeren.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="303"/>
        <source>%1 sent to the printer.</source>
        <translation>%1 er sendt til printeren.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="330"/>
        <source>Order %1 confirmed and marked as sent.</source>
        <translation>Ordre %1 er bekræftet og markeret som sendt.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="331"/>
        <source>%1 marked as sent.</source>
        <translation>%1 er markeret som sendt.</translation>
    </message>
</context>
<context>
    <name>sd::ui::DocumentSession</name>
    <message>
        <location filename="../ui/editors/documentsession.cpp" line="55"/>
        <source>Shipments are changed by picking, in the pick view.</source>
        <translation>Forsendelser ændres ved at plukke i plukvisningen.</translation>
    </message>
</context>
<context>
    <name>sd::ui::DocumentSidePanel</name>
    <message>
        <location filename="../ui/editors/documentsidepanel.cpp" line="22"/>
        <source>&amp;Comment</source>
        <translation>&amp;Kommenter</translation>
    </message>
    <message>
        <location filename="../ui/editors/documentsidepanel.cpp" line="24"/>
        <source>A&amp;ttach file…</source>
        <translation>Vedhæ&amp;ft fil…</translation>
    </message>
    <message>
        <location filename="../ui/editors/documentsidepanel.cpp" line="31"/>
        <source>Write a comment and press Enter</source>
        <translation>Skriv en kommentar og tryk Enter</translation>
    </message>
    <message>
        <location filename="../ui/editors/documentsidepanel.cpp" line="43"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../ui/editors/documentsidepanel.cpp" line="49"/>
        <source>Attachments</source>
        <translation>Bilag</translation>
    </message>
    <message>
        <location filename="../ui/editors/documentsidepanel.cpp" line="69"/>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/editors/documentsidepanel.cpp" line="80"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/editors/documentsidepanel.cpp" line="83"/>
        <source>Attachments (%1)</source>
        <translation>Bilag (%1)</translation>
    </message>
    <message>
        <location filename="../ui/editors/documentsidepanel.cpp" line="103"/>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke læse %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/editors/documentsidepanel.cpp" line="117"/>
        <source>Attach a file</source>
        <translation>Vedhæft en fil</translation>
    </message>
</context>
<context>
    <name>sd::ui::EditorTabs</name>
    <message>
        <location filename="../ui/editors/editortabs.cpp" line="71"/>
        <source>Salgsdesk</source>
        <translation>Salgsdesk</translation>
    </message>
</context>
<context>
    <name>sd::ui::ExportDialog</name>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="34"/>
        <location filename="../ui/dialogs/exportdialog.cpp" line="222"/>
        <location filename="../ui/dialogs/exportdialog.cpp" line="226"/>
        <location filename="../ui/dialogs/exportdialog.cpp" line="277"/>
        <location filename="../ui/dialogs/exportdialog.cpp" line="282"/>
        <location filename="../ui/dialogs/exportdialog.cpp" line="302"/>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="39"/>
        <source>EHF files of booked invoices and credit notes</source>
        <translation>EHF-filer for bogførte fakturaer og kreditnotaer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="40"/>
        <source>Journal for the bookkeeper (CSV)</source>
        <translation>Posteringer til bogholderen (CSV)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="41"/>
        <source>Invoice list (CSV)</source>
        <translation>Fakturaliste (CSV)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="42"/>
        <source>&amp;Export:</source>
        <translation>&amp;Eksporter:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="46"/>
        <source>This month</source>
        <translation>Denne måned</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="47"/>
        <source>Last month</source>
        <translation>Sidste måned</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="48"/>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="49"/>
        <source>Last year</source>
        <translation>Sidste år</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="50"/>
        <source>From – to</source>
        <translation>Fra – til</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="51"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="63"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="66"/>
        <source>Dates:</source>
        <translation>Datoer:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="71"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="80"/>
        <source>E&amp;xport</source>
        <translation>Eksp&amp;orter</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="141"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Mappe:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="141"/>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="168"/>
        <source>Export EHF files to</source>
        <translation>Eksporter EHF-filer til</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="170"/>
        <source>Export to</source>
        <translation>Eksporter til</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="170"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="222"/>
        <source>Choose where to export to.</source>
        <translation>Vælg, hvor der skal eksporteres til.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="226"/>
        <source>The period ends before it begins.</source>
        <translation>Perioden slutter, før den begynder.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="229"/>
        <source>Exporting…</source>
        <translation>Eksporterer…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="229"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="281"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Eksporten blev annulleret; ingen fil blev skrevet.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="286"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/exportdialog.cpp" line="289"/>
        <source>%n invoice(s) and credit note(s) of %1 exported as EHF to %2.</source>
        <translation>
            <numerusform>%n faktura eller kreditnota for %1 eksporteret som EHF til %2.</numerusform>
            <numerusform>%n fakturaer og kreditnotaer for %1 eksporteret som EHF til %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/exportdialog.cpp" line="293"/>
        <source>Journal of %1 (%n invoice(s) and credit note(s), %2 rows) exported to %3.</source>
        <translation>
            <numerusform>Posteringer for %1 (%n faktura eller kreditnota, %2 rækker) eksporteret til %3.</numerusform>
            <numerusform>Posteringer for %1 (%n fakturaer og kreditnotaer, %2 rækker) eksporteret til %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/exportdialog.cpp" line="299"/>
        <source>%n invoice(s) and credit note(s) of %1 exported to %2.</source>
        <translation>
            <numerusform>%n faktura eller kreditnota for %1 eksporteret til %2.</numerusform>
            <numerusform>%n fakturaer og kreditnotaer for %1 eksporteret til %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::FileDialog</name>
    <message>
        <location filename="../ui/common/filedialog.cpp" line="30"/>
        <source>Salgsdesk company files (*.sdk)</source>
        <translation>Salgsdesk-firmafiler (*.sdk)</translation>
    </message>
</context>
<context>
    <name>sd::ui::ImportDialog</name>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="31"/>
        <location filename="../ui/dialogs/importdialog.cpp" line="71"/>
        <location filename="../ui/dialogs/importdialog.cpp" line="160"/>
        <location filename="../ui/dialogs/importdialog.cpp" line="214"/>
        <location filename="../ui/dialogs/importdialog.cpp" line="218"/>
        <location filename="../ui/dialogs/importdialog.cpp" line="227"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="35"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="36"/>
        <source>Products</source>
        <translation>Varer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="38"/>
        <source>&amp;Import:</source>
        <translation>&amp;Importer:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="42"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="46"/>
        <source>CSV &amp;file:</source>
        <translation>CSV-&amp;fil:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="50"/>
        <source>Choose a CSV file with a header row (UTF-8 or Windows-1252, “;” or “,”). It is checked first; nothing is imported until every row is valid.</source>
        <translation>Vælg en CSV-fil med en overskriftsrække (UTF-8 eller Windows-1252, »;« eller »,«). Den kontrolleres først; intet importeres, før alle rækker er gyldige.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="61"/>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="61"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="116"/>
        <source>Import products</source>
        <translation>Importer varer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="116"/>
        <source>Import customers</source>
        <translation>Importer kunder</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="118"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-filer (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="128"/>
        <source>Could not read %1: %2</source>
        <translation>Kunne ikke læse %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="130"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="161"/>
        <source>Checking the file…</source>
        <translation>Kontrollerer filen…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="189"/>
        <source>Columns not imported (no field of that name): %1</source>
        <translation>Kolonner, der ikke importeres (intet felt med det navn): %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="191"/>
        <source>The check was cancelled.</source>
        <translation>Kontrollen blev annulleret.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importdialog.cpp" line="193"/>
        <source>%n row(s) must be fixed before anything can be imported (%1 rows read, %2, “%3”):</source>
        <translation>
            <numerusform>%n række skal rettes, før noget kan importeres (%1 rækker læst, %2, »%3«):</numerusform>
            <numerusform>%n rækker skal rettes, før noget kan importeres (%1 rækker læst, %2, »%3«):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="198"/>
        <source>The file has no rows below its header.</source>
        <translation>Filen har ingen rækker under overskriftsrækken.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="200"/>
        <source>All %1 rows are valid (%2, “%3”).</source>
        <translation>Alle %1 rækker er gyldige (%2, »%3«).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importdialog.cpp" line="201"/>
        <source>Import %n product(s)</source>
        <translation>
            <numerusform>Importer %n vare</numerusform>
            <numerusform>Importer %n varer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importdialog.cpp" line="202"/>
        <source>Import %n customer(s)</source>
        <translation>
            <numerusform>Importer %n kunde</numerusform>
            <numerusform>Importer %n kunder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="212"/>
        <source>Importing…</source>
        <translation>Importerer…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="218"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Importen blev annulleret; intet blev importeret.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importdialog.cpp" line="228"/>
        <source>%n product(s) imported.</source>
        <translation>
            <numerusform>%n vare importeret.</numerusform>
            <numerusform>%n varer importeret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importdialog.cpp" line="229"/>
        <source>%n customer(s) imported.</source>
        <translation>
            <numerusform>%n kunde importeret.</numerusform>
            <numerusform>%n kunder importeret.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::MainMenus</name>
    <message>
        <location filename="../ui/actions/mainmenus.cpp" line="28"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../ui/actions/mainmenus.cpp" line="33"/>
        <source>Open &amp;recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="vanished">&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="vanished">&amp;Eksporter</translation>
    </message>
    <message>
        <location filename="../ui/actions/mainmenus.cpp" line="46"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../ui/actions/mainmenus.cpp" line="52"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../ui/actions/mainmenus.cpp" line="61"/>
        <source>&amp;Document</source>
        <translation>&amp;Dokument</translation>
    </message>
    <message>
        <location filename="../ui/actions/mainmenus.cpp" line="70"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../ui/actions/mainmenus.cpp" line="74"/>
        <source>Main</source>
        <translation>Hoved</translation>
    </message>
    <message>
        <location filename="../ui/actions/mainmenus.cpp" line="84"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../ui/actions/mainmenus.cpp" line="134"/>
        <source>No recent files</source>
        <translation>Ingen seneste filer</translation>
    </message>
</context>
<context>
    <name>sd::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="46"/>
        <location filename="../ui/mainwindow.cpp" line="206"/>
        <location filename="../ui/mainwindow.cpp" line="346"/>
        <source>Salgsdesk</source>
        <translation>Salgsdesk</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="60"/>
        <source>Double-click a document in a list to open it here.</source>
        <translation>Dobbeltklik på et dokument i en liste for at åbne det her.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="102"/>
        <source>Automatic backup: %1</source>
        <translation>Automatisk sikkerhedskopi: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="116"/>
        <source>Quotes</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>Orders</source>
        <translation>Ordrer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="118"/>
        <source>Shipments</source>
        <translation>Forsendelser</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="120"/>
        <source>Invoices</source>
        <translation>Fakturaer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="125"/>
        <source>No company file open.</source>
        <translation>Ingen firmafil er åben.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Products &amp; stock</source>
        <translation type="vanished">Varer &amp; lager</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="153"/>
        <source>Products and stock</source>
        <translation>Varer og lager</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192"/>
        <source>About Salgsdesk</source>
        <translation>Om Salgsdesk</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>&lt;b&gt;Salgsdesk&lt;/b&gt; %1&lt;br&gt;Sales and inventory for Nordic small businesses.&lt;br&gt;Licensed under the GNU GPL, version 3 or later.</source>
        <translation>&lt;b&gt;Salgsdesk&lt;/b&gt; %1&lt;br&gt;Salg og lager til nordiske småvirksomheder.&lt;br&gt;Licenseret under GNU GPL, version 3 eller senere.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="199"/>
        <source>Open company file</source>
        <translation>Åbn firmafil</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="268"/>
        <source>No company file open</source>
        <translation>Ingen firmafil åben</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="281"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="283"/>
        <source> (read-only)</source>
        <translation> (skrivebeskyttet)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="286"/>
        <source>%1 — Salgsdesk</source>
        <translation>%1 — Salgsdesk</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="299"/>
        <source>New document</source>
        <translation>Nyt dokument</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="299"/>
        <source>Customer number:</source>
        <translation>Kundenummer:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="393"/>
        <location filename="../ui/mainwindow.cpp" line="395"/>
        <source>Restore from backup</source>
        <translation>Gendan fra sikkerhedskopi</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="396"/>
        <source>The company file was restored from “%1”. The file as it was before is kept as “%2”.</source>
        <translation>Firmafilen blev gendannet fra »%1«. Filen, som den var før, er gemt som »%2«.</translation>
    </message>
</context>
<context>
    <name>sd::ui::NewCompanyDialog</name>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="29"/>
        <source>Welcome to Salgsdesk</source>
        <translation>Velkommen til Salgsdesk</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="32"/>
        <source>Create a company file to start, or look around in the demo company first.</source>
        <translation>Opret en firmafil for at begynde, eller se dig først omkring i demofirmaet.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="37"/>
        <source>Bryggen Kafé AS</source>
        <translation>Bryggen Kafé AS</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="40"/>
        <source>9 digits</source>
        <translation>9 cifre</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="50"/>
        <source>Registered for VAT (MVA)</source>
        <translation>Momsregistreret (MVA)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="54"/>
        <source>Average cost</source>
        <translation>Gennemsnitlig kostpris</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="55"/>
        <source>FIFO (first in, first out)</source>
        <translation>FIFO (først ind, først ud)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="57"/>
        <source>How stock is valued. It cannot be changed after the company is created.</source>
        <translation>Hvordan lageret værdiansættes. Det kan ikke ændres, efter at firmaet er oprettet.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="60"/>
        <source>Chosen when you press Create</source>
        <translation>Vælges, når du trykker Opret</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="61"/>
        <source>Browse…</source>
        <translation>Gennemse…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="68"/>
        <source>Company &amp;name:</source>
        <translation>Firma&amp;navn:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="69"/>
        <source>&amp;Org.nr:</source>
        <translation>&amp;CVR-nr.:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="70"/>
        <source>Legal &amp;form:</source>
        <translation>&amp;Selskabsform:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="72"/>
        <source>&amp;Stock valuation:</source>
        <translation>&amp;Lagerværdiansættelse:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="73"/>
        <source>Company &amp;file:</source>
        <translation>Firma&amp;fil:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="76"/>
        <source>&amp;Create company</source>
        <translation>&amp;Opret firma</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="78"/>
        <source>Open &amp;demo company</source>
        <translation>Åbn &amp;demofirma</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="80"/>
        <source>&amp;Open existing…</source>
        <translation>Åbn &amp;eksisterende…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="93"/>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="137"/>
        <source>New company file</source>
        <translation>Ny firmafil</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="177"/>
        <source>Open company file</source>
        <translation>Åbn firmafil</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="185"/>
        <source>Salgsdesk</source>
        <translation>Salgsdesk</translation>
    </message>
</context>
<context>
    <name>sd::ui::PickView</name>
    <message>
        <location filename="../ui/editors/pickview.cpp" line="38"/>
        <source>Pick &amp;all</source>
        <translation>Pluk &amp;alt</translation>
    </message>
    <message>
        <location filename="../ui/editors/pickview.cpp" line="39"/>
        <source>&amp;Send + print packing slip</source>
        <translation>&amp;Send + udskriv følgeseddel</translation>
    </message>
    <message>
        <location filename="../ui/editors/pickview.cpp" line="69"/>
        <source>Scan or type an EAN and press Enter</source>
        <translation>Scan eller skriv en EAN, og tryk Enter</translation>
    </message>
    <message>
        <location filename="../ui/editors/pickview.cpp" line="72"/>
        <source>Product</source>
        <translation>Vare</translation>
    </message>
    <message>
        <location filename="../ui/editors/pickview.cpp" line="72"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../ui/editors/pickview.cpp" line="72"/>
        <source>Ordered</source>
        <translation>Bestilt</translation>
    </message>
    <message>
        <location filename="../ui/editors/pickview.cpp" line="72"/>
        <source>Picked</source>
        <translation>Plukket</translation>
    </message>
    <message>
        <location filename="../ui/editors/pickview.cpp" line="72"/>
        <source>Remaining</source>
        <translation>Resterende</translation>
    </message>
    <message>
        <location filename="../ui/editors/pickview.cpp" line="122"/>
        <source>Shipment %1</source>
        <translation>Forsendelse %1</translation>
    </message>
    <message>
        <location filename="../ui/editors/pickview.cpp" line="134"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/editors/pickview.cpp" line="138"/>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <location filename="../ui/editors/pickview.cpp" line="201"/>
        <source>Picked 1 × %1</source>
        <translation>Plukket 1 × %1</translation>
    </message>
    <message>
        <location filename="../ui/editors/pickview.cpp" line="213"/>
        <source>Everything is picked.</source>
        <translation>Alt er plukket.</translation>
    </message>
    <message>
        <location filename="../ui/editors/pickview.cpp" line="230"/>
        <source>packing-slip-%1.pdf</source>
        <translation>foelgeseddel-%1.pdf</translation>
    </message>
    <message>
        <location filename="../ui/editors/pickview.cpp" line="233"/>
        <source>The shipment was sent, but the packing slip could not be made: %1</source>
        <translation>Forsendelsen blev sendt, men følgesedlen kunne ikke laves: %1</translation>
    </message>
    <message>
        <location filename="../ui/editors/pickview.cpp" line="237"/>
        <source>Sent. The packing slip is opening.</source>
        <translation>Sendt. Følgesedlen åbnes.</translation>
    </message>
</context>
<context>
    <name>sd::ui::ProductCompleter</name>
    <message>
        <location filename="../ui/widgets/customercompleter.cpp" line="90"/>
        <source> (bundle)</source>
        <translation> (varesæt)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/customercompleter.cpp" line="111"/>
        <source>No product matches “%1”.</source>
        <translation>Ingen vare matcher »%1«.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/customercompleter.cpp" line="112"/>
        <source>Several products match “%1”; choose one from the list.</source>
        <translation>Flere varer matcher »%1«; vælg en fra listen.</translation>
    </message>
</context>
<context>
    <name>sd::ui::ProductEditor</name>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="42"/>
        <source>This product is a &amp;bundle of other products</source>
        <translation>Denne vare er et vare&amp;sæt af andre varer</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="47"/>
        <source>Add &amp;component</source>
        <translation>Tilføj &amp;komponent</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="49"/>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="68"/>
        <source>S&amp;KU:</source>
        <translation>&amp;Varenr.:</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="69"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="70"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhed:</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="71"/>
        <source>Sales &amp;price:</source>
        <translation>Salgs&amp;pris:</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="72"/>
        <source>C&amp;ost price:</source>
        <translation>K&amp;ostpris:</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="73"/>
        <source>&amp;VAT code:</source>
        <translation>&amp;Momskode:</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="74"/>
        <source>Product &amp;group:</source>
        <translation>Vare&amp;gruppe:</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="75"/>
        <source>&amp;EAN barcode:</source>
        <translation>EAN-st&amp;regkode:</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="76"/>
        <source>S&amp;tock-tracked (true/false):</source>
        <translation>Lager&amp;ført (true/false):</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="77"/>
        <source>&amp;Location:</source>
        <translation>Lagerpl&amp;ads:</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="86"/>
        <source>Component</source>
        <translation>Komponent</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="86"/>
        <source>Quantity per bundle</source>
        <translation>Antal pr. sæt</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="90"/>
        <source>SKU, name or EAN</source>
        <translation>Varenr., navn eller EAN</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="91"/>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="145"/>
        <source>New product</source>
        <translation>Ny vare</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="145"/>
        <source>Product %1</source>
        <translation>Vare %1</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="212"/>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
</context>
<context>
    <name>sd::ui::ProductListModel</name>
    <message>
        <location filename="../ui/models/productlistmodel.cpp" line="56"/>
        <source>%1 (bundle)</source>
        <translation>%1 (varesæt)</translation>
    </message>
    <message>
        <location filename="../ui/models/productlistmodel.cpp" line="72"/>
        <source>SKU</source>
        <translation>Varenr.</translation>
    </message>
    <message>
        <location filename="../ui/models/productlistmodel.cpp" line="74"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../ui/models/productlistmodel.cpp" line="76"/>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../ui/models/productlistmodel.cpp" line="78"/>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
</context>
<context>
    <name>sd::ui::ProductsDock</name>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="37"/>
        <source>Receipt</source>
        <translation>Varemodtagelse</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="39"/>
        <source>Shipment</source>
        <translation>Forsendelse</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="41"/>
        <source>Adjustment</source>
        <translation>Regulering</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="43"/>
        <source>Count</source>
        <translation>Optælling</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="45"/>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="60"/>
        <source>Search SKU, name, barcode…</source>
        <translation>Søg varenr., navn, stregkode…</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="85"/>
        <source>On hand</source>
        <translation>Beholdning</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="86"/>
        <source>Reserved</source>
        <translation>Reserveret</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="87"/>
        <source>Available</source>
        <translation>Disponibel</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="96"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="96"/>
        <source>Movement</source>
        <translation>Bevægelse</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="96"/>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="96"/>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="156"/>
        <source>&lt;i&gt;Select a product to see its stock.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Vælg en vare for at se beholdningen.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="167"/>
        <source> (not stock-tracked)</source>
        <translation> (ikke lagerført)</translation>
    </message>
</context>
<context>
    <name>sd::ui::RestoreBackupDialog</name>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="33"/>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="189"/>
        <source>Restore from backup</source>
        <translation>Gendan fra sikkerhedskopi</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="35"/>
        <source>Restoring replaces the open company file “%1” by the backup you choose. The file as it is now is kept as a backup first, so a restore can itself be undone.</source>
        <translation>Gendannelse erstatter den åbne firmafil »%1« med den sikkerhedskopi, du vælger. Filen, som den er nu, gemmes først som en sikkerhedskopi, så også en gendannelse kan fortrydes.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="43"/>
        <source>Taken</source>
        <translation>Taget</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="43"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="43"/>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="43"/>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="62"/>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Gendan denne sikkerhedskopi…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="91"/>
        <source>%1 (cannot be restored)</source>
        <translation>%1 (kan ikke gendannes)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="94"/>
        <source>Beside the file</source>
        <translation>Ved siden af filen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="101"/>
        <source>There are no backups of this file yet. Salgsdesk makes one each time the file is opened and once a day.</source>
        <translation>Der er endnu ingen sikkerhedskopier af denne fil. Salgsdesk laver en, hver gang filen åbnes, og en gang om dagen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="115"/>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="117"/>
        <source>Made by hand</source>
        <translation>Lavet manuelt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="119"/>
        <source>Before a restore</source>
        <translation>Før en gendannelse</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="121"/>
        <source>Before an upgrade</source>
        <translation>Før en opgradering</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="157"/>
        <source>This backup cannot be restored.</source>
        <translation>Denne sikkerhedskopi kan ikke gendannes.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="167"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="168"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="169"/>
        <source>Products</source>
        <translation>Varer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="170"/>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="175"/>
        <source>Last booked invoice</source>
        <translation>Sidste bogførte faktura</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="175"/>
        <source>%1 of %2</source>
        <translation>%1 dateret %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="176"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="177"/>
        <source>File version</source>
        <translation>Filversion</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="190"/>
        <source>Replace the company file by the backup taken %1?

Everything entered since then is no longer in the file; the file as it is now is kept as a backup first.</source>
        <translation>Erstat firmafilen med sikkerhedskopien taget %1?

Alt, hvad der er indtastet siden da, er ikke længere i filen; filen, som den er nu, gemmes først som en sikkerhedskopi.</translation>
    </message>
</context>
<context>
    <name>sd::ui::SalesOverviewWidget</name>
    <message>
        <location filename="../ui/widgets/salesoverviewwidget.cpp" line="61"/>
        <source>Invoiced in %1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Faktureret i %1: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/salesoverviewwidget.cpp" line="64"/>
        <source>Booked invoices less credit notes dated this month</source>
        <translation>Bogførte fakturaer minus kreditnotaer dateret denne måned</translation>
    </message>
    <message>
        <location filename="../ui/widgets/salesoverviewwidget.cpp" line="65"/>
        <source>Open orders: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Åbne ordrer: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/salesoverviewwidget.cpp" line="66"/>
        <source>Confirmed orders not yet delivered and invoiced</source>
        <translation>Bekræftede ordrer, der endnu ikke er leveret og faktureret</translation>
    </message>
    <message>
        <location filename="../ui/widgets/salesoverviewwidget.cpp" line="69"/>
        <source>&lt;span style=&quot;color:#c0392b&quot;&gt;Overdue: &lt;b&gt;%1&lt;/b&gt; (%2)&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#c0392b&quot;&gt;Forfalden: &lt;b&gt;%1&lt;/b&gt; (%2)&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/salesoverviewwidget.cpp" line="72"/>
        <source>Overdue: &lt;b&gt;0&lt;/b&gt;</source>
        <translation>Forfalden: &lt;b&gt;0&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/salesoverviewwidget.cpp" line="74"/>
        <source>Booked invoices past their due date with something still to pay</source>
        <translation>Bogførte fakturaer efter forfaldsdato med et restbeløb</translation>
    </message>
</context>
<context>
    <name>sd::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="37"/>
        <source>Company name:</source>
        <translation>Firmanavn:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="38"/>
        <source>Org.nr:</source>
        <translation>CVR-nr.:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="39"/>
        <source>Legal form:</source>
        <translation>Selskabsform:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="40"/>
        <source>VAT registered (true/false):</source>
        <translation>Momsregistreret (true/false):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="41"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="42"/>
        <source>Postcode:</source>
        <translation>Postnr.:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="43"/>
        <source>City:</source>
        <translation>By:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="44"/>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="45"/>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="46"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="47"/>
        <source>Website:</source>
        <translation>Hjemmeside:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="48"/>
        <source>Bank account:</source>
        <translation>Bankkonto:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="49"/>
        <source>IBAN:</source>
        <translation>IBAN:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="50"/>
        <source>BIC:</source>
        <translation>BIC:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="51"/>
        <source>Logo file:</source>
        <translation>Logofil:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="52"/>
        <source>Default payment days:</source>
        <translation>Standard betalingsfrist (dage):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="53"/>
        <source>KID (none, mod10, mod11):</source>
        <translation>KID (none, mod10, mod11):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="54"/>
        <source>Quotes valid for (days):</source>
        <translation>Tilbud gyldige i (dage):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="55"/>
        <source>Reminder fee:</source>
        <translation>Rykkergebyr:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="56"/>
        <source>Default layout:</source>
        <translation>Standardlayout:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="61"/>
        <source>Next %1 number:</source>
        <translation>Næste nummer, %1:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="71"/>
        <source>Allow &amp;negative stock (send even when the shelf count says no)</source>
        <translation>Tillad &amp;negativ beholdning (send, selv om lagertallet siger nej)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="75"/>
        <source>Company settings</source>
        <translation>Firmaindstillinger</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="114"/>
        <source>&amp;Company</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="115"/>
        <source>N&amp;umbering</source>
        <translation>&amp;Nummerering</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="116"/>
        <source>&amp;Invoicing</source>
        <translation>F&amp;akturering</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="117"/>
        <source>&amp;VAT codes</source>
        <translation>&amp;Momskoder</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="118"/>
        <source>Acc&amp;ounts</source>
        <translation>&amp;Konti</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="119"/>
        <source>&amp;Groups</source>
        <translation>&amp;Grupper</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="125"/>
        <source>Stock principle: %1 (chosen when the company was created; it cannot change).</source>
        <translation>Lagerprincip: %1 (valgt da firmaet blev oprettet; kan ikke ændres).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="129"/>
        <source>&amp;Stock</source>
        <translation>&amp;Lager</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="130"/>
        <source>&amp;Layouts</source>
        <translation>La&amp;youts</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="162"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="162"/>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="194"/>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="199"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="162"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="162"/>
        <source>Rate today</source>
        <translation>Sats i dag</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="175"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="175"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="194"/>
        <source>Customer group</source>
        <translation>Kundegruppe</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="194"/>
        <source>Receivables account</source>
        <translation>Debitorkonto</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="199"/>
        <source>Product group</source>
        <translation>Varegruppe</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="199"/>
        <source>VAT code</source>
        <translation>Momskode</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="199"/>
        <source>Revenue account</source>
        <translation>Omsætningskonto</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="256"/>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="256"/>
        <source>Font</source>
        <translation>Skrifttype</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="256"/>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="265"/>
        <source>%1, %2 pt</source>
        <translation>%1, %2 pt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="300"/>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="302"/>
        <source>Some settings were not saved; see the messages beside them.</source>
        <translation>Nogle indstillinger blev ikke gemt; se beskederne ved siden af dem.</translation>
    </message>
</context>
<context>
    <name>sd::ui::TotalsPanel</name>
    <message>
        <location filename="../ui/widgets/totalspanel.cpp" line="39"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location filename="../ui/widgets/totalspanel.cpp" line="41"/>
        <source>VAT %1 % of %2</source>
        <translation>Moms %1 % af %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/totalspanel.cpp" line="45"/>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/totalspanel.cpp" line="48"/>
        <source>Credited</source>
        <translation>Krediteret</translation>
    </message>
    <message>
        <location filename="../ui/widgets/totalspanel.cpp" line="49"/>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/totalspanel.cpp" line="50"/>
        <source>Amount due</source>
        <translation>At betale</translation>
    </message>
</context>
</TS>

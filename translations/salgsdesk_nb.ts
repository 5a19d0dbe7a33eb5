<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name>AddLine</name>
    <message>
        <location filename="../ui/editors/editcommands.cpp" line="107"/>
        <source>Add heading</source>
        <translation>Legg til overskrift</translation>
    </message>
    <message>
        <location filename="../ui/editors/editcommands.cpp" line="107"/>
        <source>Add line</source>
        <translation>Legg til linje</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <location filename="../core/services/backupservice.cpp" line="139"/>
        <source>A file cannot be restored over itself.</source>
        <translation>En fil kan ikke gjenopprettes over seg selv.</translation>
    </message>
    <message>
        <location filename="../core/services/backupservice.cpp" line="150"/>
        <source>The backup “%1” could not be copied.</source>
        <translation>Sikkerhetskopien «%1» kunne ikke kopieres.</translation>
    </message>
    <message>
        <location filename="../core/services/backupservice.cpp" line="172"/>
        <source>The company file “%1” is in use by another program; close it there before restoring.</source>
        <translation>Firmafilen «%1» er i bruk av et annet program; lukk den der før du gjenoppretter.</translation>
    </message>
    <message>
        <location filename="../core/services/backupservice.cpp" line="182"/>
        <source>The current file could not be kept as “%1”; nothing was restored.</source>
        <translation>Den gjeldende filen kunne ikke tas vare på som «%1»; ingenting ble gjenopprettet.</translation>
    </message>
    <message>
        <location filename="../core/services/backupservice.cpp" line="193"/>
        <source>The company file “%1” could not be replaced; it is unchanged and a copy is in “%2”.</source>
        <translation>Firmafilen «%1» kunne ikke erstattes; den er uendret, og en kopi ligger i «%2».</translation>
    </message>
</context>
<context>
    <name>Barcode</name>
    <message>
        <location filename="../core/print/barcode.cpp" line="22"/>
        <source>A barcode needs something to encode.</source>
        <translation>En strekkode trenger noe å kode.</translation>
    </message>
    <message>
        <location filename="../core/print/barcode.cpp" line="26"/>
        <source>“%1” cannot be printed as a Code 128 barcode.</source>
        <translation>«%1» kan ikke skrives ut som en Code 128-strekkode.</translation>
    </message>
    <message>
        <location filename="../core/print/barcode.cpp" line="30"/>
        <source>The barcode library could not start.</source>
        <translation>Strekkodebiblioteket kunne ikke startes.</translation>
    </message>
    <message>
        <location filename="../core/print/barcode.cpp" line="40"/>
        <source>The barcode for “%1” could not be made.</source>
        <translation>Strekkoden for «%1» kunne ikke lages.</translation>
    </message>
</context>
<context>
    <name>ChangeCustomer</name>
    <message>
        <location filename="../ui/editors/editcommands.cpp" line="327"/>
        <source>Change customer</source>
        <translation>Endre kunde</translation>
    </message>
</context>
<context>
    <name>ChangeHeaderField</name>
    <message>
        <location filename="../ui/editors/editcommands.cpp" line="239"/>
        <source>Change header</source>
        <translation>Endre hode</translation>
    </message>
</context>
<context>
    <name>ChangeLineDiscount</name>
    <message>
        <location filename="../ui/editors/editcommands.cpp" line="90"/>
        <source>Change discount</source>
        <translation>Endre rabatt</translation>
    </message>
</context>
<context>
    <name>ChangeLinePrice</name>
    <message>
        <location filename="../ui/editors/editcommands.cpp" line="80"/>
        <source>Change price</source>
        <translation>Endre pris</translation>
    </message>
</context>
<context>
    <name>ChangeLineQuantity</name>
    <message>
        <location filename="../ui/editors/editcommands.cpp" line="70"/>
        <source>Change quantity</source>
        <translation>Endre antall</translation>
    </message>
</context>
<context>
    <name>ChangeLineText</name>
    <message>
        <location filename="../ui/editors/editcommands.cpp" line="100"/>
        <source>Change text</source>
        <translation>Endre tekst</translation>
    </message>
</context>
<context>
    <name>CompanyService</name>
    <message>
        <location filename="../core/services/companyservice.cpp" line="47"/>
        <source>Domestic customers</source>
        <translation>Innenlandske kunder</translation>
    </message>
    <message>
        <location filename="../core/services/companyservice.cpp" line="48"/>
        <source>Foreign customers</source>
        <translation>Utenlandske kunder</translation>
    </message>
    <message>
        <location filename="../core/services/companyservice.cpp" line="49"/>
        <source>Goods</source>
        <translation>Varer</translation>
    </message>
    <message>
        <location filename="../core/services/companyservice.cpp" line="50"/>
        <source>Services</source>
        <translation>Tjenester</translation>
    </message>
    <message>
        <location filename="../core/services/companyservice.cpp" line="88"/>
        <location filename="../core/services/companyservice.cpp" line="92"/>
        <location filename="../core/services/companyservice.cpp" line="121"/>
        <source>“%1” is not a setting.</source>
        <translation>«%1» er ikke en innstilling.</translation>
    </message>
    <message>
        <location filename="../core/services/companyservice.cpp" line="126"/>
        <source>The next number must be a whole number from 1 to 999999999.</source>
        <translation>Neste nummer må være et heltall fra 1 til 999999999.</translation>
    </message>
    <message>
        <location filename="../core/services/companyservice.cpp" line="134"/>
        <source>Documents are already booked in the %1 series; its numbers must stay gapless, so the next number cannot be changed.</source>
        <translation>Det er allerede bokført dokumenter i nummerserien %1; numrene må være uten hull, så neste nummer kan ikke endres.</translation>
    </message>
    <message>
        <location filename="../core/services/companyservice.cpp" line="148"/>
        <source>The setting %1 is chosen when the company file is created and can never be changed.</source>
        <translation>Innstillingen %1 velges når firmafilen opprettes, og kan aldri endres.</translation>
    </message>
    <message>
        <location filename="../core/services/companyservice.cpp" line="152"/>
        <source>The company name is required.</source>
        <translation>Firmanavn må fylles ut.</translation>
    </message>
    <message>
        <location filename="../core/services/companyservice.cpp" line="190"/>
        <source>A group code has 1–32 letters, digits, - or _.</source>
        <translation>En gruppekode har 1–32 bokstaver, sifre, - eller _.</translation>
    </message>
    <message>
        <location filename="../core/services/companyservice.cpp" line="192"/>
        <source>The group needs a name.</source>
        <translation>Gruppen må ha et navn.</translation>
    </message>
    <message>
        <location filename="../core/services/companyservice.cpp" line="214"/>
        <source>There is no product group “%1”.</source>
        <translation>Det finnes ingen varegruppe «%1».</translation>
    </message>
</context>
<context>
    <name>CompanySettings</name>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="116"/>
        <source>“%1” is not a setting.</source>
        <translation>«%1» er ikke en innstilling.</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="118"/>
        <source>Invalid value for %1: %2</source>
        <translation>Ugyldig verdi for %1: %2</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="123"/>
        <source>the text is too long.</source>
        <translation>teksten er for lang.</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="130"/>
        <source>use true or false.</source>
        <translation>bruk true eller false.</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="135"/>
        <source>a number of days from 0 to 365 is expected.</source>
        <translation>antall dager fra 0 til 365 forventes.</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="142"/>
        <source>a port number from 1 to 65535 is expected.</source>
        <translation>et portnummer fra 1 til 65535 forventes.</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="150"/>
        <source>the amount cannot be negative.</source>
        <translation>beløpet kan ikke være negativt.</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="155"/>
        <source>choose one of %1.</source>
        <translation>velg én av %1.</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="161"/>
        <source>“%1” is not a valid organisation number (9 digits, MOD11).</source>
        <translation>«%1» er ikke et gyldig organisasjonsnummer (9 sifre, MOD11).</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="168"/>
        <source>“%1” is not a valid bank account number (11 digits, MOD11).</source>
        <translation>«%1» er ikke et gyldig kontonummer (11 sifre, MOD11).</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="176"/>
        <source>“%1” is not a valid IBAN.</source>
        <translation>«%1» er ikke en gyldig IBAN.</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="183"/>
        <source>a BIC has 8 or 11 letters and digits.</source>
        <translation>en BIC har 8 eller 11 bokstaver og sifre.</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="189"/>
        <source>“%1” is not an e-mail address.</source>
        <translation>«%1» er ikke en e-postadresse.</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="195"/>
        <source>an account number has 4 to 8 digits.</source>
        <translation>et kontonummer har 4 til 8 sifre.</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="201"/>
        <source>use a three-letter ISO 4217 code such as NOK.</source>
        <translation>bruk en ISO 4217-kode på tre bokstaver, for eksempel NOK.</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="211"/>
        <source>The company name is required.</source>
        <translation>Firmanavn må fylles ut.</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="213"/>
        <source>The organisation number is required.</source>
        <translation>Organisasjonsnummer må fylles ut.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/export/csvreader.cpp" line="112"/>
        <source>Line %1: text after a closing quote; a quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>Linje %1: tekst etter et avsluttende anførselstegn; et anførselstegn inne i et felt i anførselstegn må dobles (&quot;&quot;).</translation>
    </message>
    <message>
        <location filename="../core/export/csvreader.cpp" line="118"/>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Linje %1: et felt i anførselstegn blir aldri avsluttet.</translation>
    </message>
    <message>
        <location filename="../core/export/csvreader.cpp" line="122"/>
        <source>The file is empty: a header row is expected.</source>
        <translation>Filen er tom: en overskriftsrad forventes.</translation>
    </message>
</context>
<context>
    <name>CustomerCsvImporter</name>
    <message>
        <location filename="../core/export/customercsvimporter.cpp" line="61"/>
        <source>Two columns mean “%1”: “%2” and “%3”.</source>
        <translation>To kolonner betyr «%1»: «%2» og «%3».</translation>
    </message>
    <message>
        <location filename="../core/export/customercsvimporter.cpp" line="66"/>
        <source>The required column “name” (navn) is missing.</source>
        <translation>Den påkrevde kolonnen «name» (navn) mangler.</translation>
    </message>
    <message>
        <location filename="../core/export/customercsvimporter.cpp" line="79"/>
        <source>The row has %1 fields, the header %2.</source>
        <translation>Raden har %1 felt, overskriftsraden %2.</translation>
    </message>
    <message>
        <location filename="../core/export/customercsvimporter.cpp" line="92"/>
        <source>“%1” is not a customer number.</source>
        <translation>«%1» er ikke et kundenummer.</translation>
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
        <translation>Betalingsfrist må være et antall dager fra 0 til 365, ikke «%1».</translation>
    </message>
    <message>
        <location filename="../core/domain/customer.cpp" line="86"/>
        <source>EHF must be true or false.</source>
        <translation>EHF må være true eller false.</translation>
    </message>
    <message>
        <location filename="../core/domain/customer.cpp" line="90"/>
        <source>“%1” is not a customer field.</source>
        <translation>«%1» er ikke et kundefelt.</translation>
    </message>
    <message>
        <location filename="../core/domain/customer.cpp" line="98"/>
        <source>The customer name is required.</source>
        <translation>Kundenavn må fylles ut.</translation>
    </message>
    <message>
        <location filename="../core/domain/customer.cpp" line="100"/>
        <source>The customer name is longer than 200 characters.</source>
        <translation>Kundenavnet er lengre enn 200 tegn.</translation>
    </message>
    <message>
        <location filename="../core/domain/customer.cpp" line="105"/>
        <source>“%1” is not a valid organisation number (9 digits, MOD11).</source>
        <translation>«%1» er ikke et gyldig organisasjonsnummer (9 sifre, MOD11).</translation>
    </message>
    <message>
        <location filename="../core/domain/customer.cpp" line="109"/>
        <source>“%1” is not a valid GLN (13 digits with a GS1 check digit).</source>
        <translation>«%1» er ikke et gyldig GLN (13 sifre med GS1-kontrollsiffer).</translation>
    </message>
    <message>
        <location filename="../core/domain/customer.cpp" line="112"/>
        <source>“%1” is not an e-mail address.</source>
        <translation>«%1» er ikke en e-postadresse.</translation>
    </message>
    <message>
        <location filename="../core/domain/customer.cpp" line="116"/>
        <source>The country must be a two-letter code such as NO, not “%1”.</source>
        <translation>Landet må være en kode på to bokstaver, for eksempel NO, ikke «%1».</translation>
    </message>
    <message>
        <location filename="../core/domain/customer.cpp" line="119"/>
        <source>The delivery country must be a two-letter code such as NO.</source>
        <translation>Leveringslandet må være en kode på to bokstaver, for eksempel NO.</translation>
    </message>
    <message>
        <location filename="../core/domain/customer.cpp" line="123"/>
        <source>The currency must be a three-letter code such as NOK.</source>
        <translation>Valutaen må være en kode på tre bokstaver, for eksempel NOK.</translation>
    </message>
    <message>
        <location filename="../core/domain/customer.cpp" line="127"/>
        <source>A PEPPOL id is written scheme:identifier, e.g. 0192:923609016.</source>
        <translation>En PEPPOL-ID skrives skjema:identifikator, f.eks. 0192:923609016.</translation>
    </message>
    <message>
        <location filename="../core/domain/customer.cpp" line="129"/>
        <source>Payment days must be from 0 to 365.</source>
        <translation>Betalingsfrist må være fra 0 til 365 dager.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="101"/>
        <source>The company file “%1” does not exist.</source>
        <translation>Firmafilen «%1» finnes ikke.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="104"/>
        <location filename="../core/storage/database.cpp" line="108"/>
        <source>The company file “%1” cannot be read.</source>
        <translation>Firmafilen «%1» kan ikke leses.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="115"/>
        <location filename="../core/storage/database.cpp" line="246"/>
        <source>“%1” is not a Salgsdesk company file.</source>
        <translation>«%1» er ikke en firmafil for Salgsdesk.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="118"/>
        <source>The company file “%1” is damaged and cannot be opened. Restore it from a backup.</source>
        <translation>Firmafilen «%1» er skadet og kan ikke åpnes. Gjenopprett den fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="172"/>
        <source>Opening the company file</source>
        <translation>Åpner firmafilen</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="191"/>
        <location filename="../core/storage/database.cpp" line="458"/>
        <source>The file “%1” already exists; choose another name.</source>
        <translation>Filen «%1» finnes allerede; velg et annet navn.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="197"/>
        <source>The company file “%1” cannot be created.</source>
        <translation>Firmafilen «%1» kan ikke opprettes.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="258"/>
        <source>The company file “%1” was made by a newer version of Salgsdesk (file version %2, this program understands up to %3). Update Salgsdesk to open it.</source>
        <translation>Firmafilen «%1» er laget av en nyere versjon av Salgsdesk (filversjon %2, dette programmet forstår opptil %3). Oppdater Salgsdesk for å åpne den.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="266"/>
        <source>The company file “%1” must be upgraded to this version of Salgsdesk, but it is read-only.</source>
        <translation>Firmafilen «%1» må oppgraderes til denne versjonen av Salgsdesk, men den er skrivebeskyttet.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="420"/>
        <source>The company file is in use by another program (it stayed busy for %1 seconds). Try again when that program has finished.</source>
        <translation>Firmafilen er i bruk av et annet program (den var opptatt i %1 sekunder). Prøv igjen når det programmet er ferdig.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="426"/>
        <source>The company file is read-only; nothing can be changed.</source>
        <translation>Firmafilen er skrivebeskyttet; ingenting kan endres.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="429"/>
        <source>The disk is full; the change was not saved. Free some space and try again.</source>
        <translation>Disken er full; endringen ble ikke lagret. Frigjør plass og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="435"/>
        <source>The company file “%1” is damaged. Restore it from a backup.</source>
        <translation>Firmafilen «%1» er skadet. Gjenopprett den fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="440"/>
        <source>The company file “%1” could not be read or written.</source>
        <translation>Firmafilen «%1» kunne ikke leses eller skrives.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="445"/>
        <source>A booked document cannot be changed; use a credit note.</source>
        <translation>Et bokført dokument kan ikke endres; bruk en kreditnota.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="447"/>
        <source>The change breaks a rule of the company file and was not saved.</source>
        <translation>Endringen bryter en regel i firmafilen og ble ikke lagret.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="450"/>
        <source>A database operation failed.</source>
        <translation>En databaseoperasjon mislyktes.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="461"/>
        <source>The folder “%1” cannot be created.</source>
        <translation>Mappen «%1» kan ikke opprettes.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="466"/>
        <source>The backup “%1” could not be written: %2</source>
        <translation>Sikkerhetskopien «%1» kunne ikke skrives: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/transaction.cpp" line="33"/>
        <source>The company file “%1” is open read-only; nothing can be changed.</source>
        <translation>Firmafilen «%1» er åpnet skrivebeskyttet; ingenting kan endres.</translation>
    </message>
    <message>
        <location filename="../core/storage/transaction.cpp" line="64"/>
        <source>A step of this batch failed, so none of its changes since the last save were kept.</source>
        <translation>Et steg i denne satsen feilet, så ingen av endringene siden siste lagring ble beholdt.</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="69"/>
        <source>A schema upgrade step is missing.</source>
        <translation>Et trinn i skjemaoppgraderingen mangler.</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="76"/>
        <source>Upgrading the company file to version %1 failed; the file was left unchanged.</source>
        <translation>Oppgradering av firmafilen til versjon %1 mislyktes; filen er uendret.</translation>
    </message>
    <message>
        <location filename="../core/storage/settingsrepository.cpp" line="52"/>
        <location filename="../core/storage/settingsrepository.cpp" line="75"/>
        <source>There is no number series “%1”.</source>
        <translation>Det finnes ingen nummerserie «%1».</translation>
    </message>
    <message>
        <location filename="../core/storage/settingsrepository.cpp" line="137"/>
        <source>There is no VAT code “%1”.</source>
        <translation>Det finnes ingen MVA-kode «%1».</translation>
    </message>
    <message>
        <location filename="../core/storage/customerrepository.cpp" line="108"/>
        <source>There is no customer number %1.</source>
        <translation>Det finnes ikke noe kundenummer %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/customerrepository.cpp" line="121"/>
        <source>The customer does not exist.</source>
        <translation>Kunden finnes ikke.</translation>
    </message>
    <message>
        <location filename="../core/storage/productrepository.cpp" line="114"/>
        <source>There is no product with SKU “%1”.</source>
        <translation>Det finnes ingen vare med varenr. «%1».</translation>
    </message>
    <message>
        <location filename="../core/storage/productrepository.cpp" line="125"/>
        <source>No product has the barcode “%1”.</source>
        <translation>Ingen vare har strekkoden «%1».</translation>
    </message>
    <message>
        <location filename="../core/storage/productrepository.cpp" line="139"/>
        <source>The product does not exist.</source>
        <translation>Varen finnes ikke.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentrepository.cpp" line="301"/>
        <location filename="../core/storage/documentrepository.cpp" line="361"/>
        <source>There is no document with id %1.</source>
        <translation>Det finnes ikke noe dokument med ID %1.</translation>
    </message>
</context>
<context>
    <name>DocumentListQuery</name>
    <message>
        <location filename="../core/storage/documentliststatements.cpp" line="160"/>
        <location filename="../core/storage/documentliststatements.cpp" line="263"/>
        <source>A document list needs at least one type.</source>
        <translation>En dokumentliste trenger minst én dokumenttype.</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <location filename="../core/print/documentrenderer.cpp" line="190"/>
        <source>The document header does not fit on a page; shorten the addresses or the footer.</source>
        <translation>Dokumenthodet får ikke plass på én side; forkort adressene eller bunnteksten.</translation>
    </message>
    <message>
        <location filename="../core/print/documentrenderer.cpp" line="197"/>
        <source>The printout could not be started.</source>
        <translation>Utskriften kunne ikke startes.</translation>
    </message>
    <message>
        <location filename="../core/print/documentrenderer.cpp" line="202"/>
        <source>A new page could not be started.</source>
        <translation>En ny side kunne ikke startes.</translation>
    </message>
    <message>
        <location filename="../core/print/documentrenderer.cpp" line="212"/>
        <source>The printout could not be finished.</source>
        <translation>Utskriften kunne ikke fullføres.</translation>
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
        <translation>Alt på denne ordren er levert.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentsteps.cpp" line="56"/>
        <source>The order is fully invoiced.</source>
        <translation>Ordren er ferdig fakturert.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentsteps.cpp" line="58"/>
        <source>Nothing on this order has been shipped yet.</source>
        <translation>Ingenting på denne ordren er levert ennå.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentsteps.cpp" line="64"/>
        <source>Only a partly shipped order can be split into a backorder.</source>
        <translation>Bare en delvis levert ordre kan deles i en restordre.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentsteps.cpp" line="69"/>
        <source>Something has been shipped; create a backorder for the rest instead.</source>
        <translation>Noe er allerede levert; opprett heller en restordre for resten.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentsteps.cpp" line="88"/>
        <source>Everything is picked.</source>
        <translation>Alt er plukket.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentsteps.cpp" line="93"/>
        <source>Pick something before sending the shipment.</source>
        <translation>Plukk noe før du sender forsendelsen.</translation>
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
        <translation>Fakturaen har ikke forfalt ennå (forfall %1).</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentsteps.cpp" line="135"/>
        <source>Book the document before exporting it as EHF.</source>
        <translation>Bokfør dokumentet før du eksporterer det som EHF.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentsteps.cpp" line="196"/>
        <source>Select a document in one of the lists.</source>
        <translation>Velg et dokument i en av listene.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentsteps.cpp" line="218"/>
        <source>The document has an unknown status “%1”.</source>
        <translation>Dokumentet har en ukjent status «%1».</translation>
    </message>
</context>
<context>
    <name>EhfInvoiceWriter</name>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="78"/>
        <source>Exempt from VAT</source>
        <translation>Unntatt MVA</translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="79"/>
        <source>Export of goods and services, VAT-free</source>
        <translation>Utførsel av varer og tjenester, fritatt for MVA</translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="80"/>
        <source>Reverse charge</source>
        <translation>Omvendt avgiftsplikt</translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="81"/>
        <source>Intra-community supply</source>
        <translation>Leveranse innen EU</translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="82"/>
        <source>Not subject to VAT</source>
        <translation>Utenfor MVA-loven</translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="167"/>
        <source>The booked totals of %1 %2 do not add up; it cannot be exported.</source>
        <translation>De bokførte totalene for %1 %2 stemmer ikke; dokumentet kan ikke eksporteres.</translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="194"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="209"/>
        <source>Item</source>
        <translation>Vare</translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="269"/>
        <source>Customer %1 has no electronic address PEPPOL accepts: give it an organisation number, a GLN, a VAT number or a PEPPOL id (an e-mail address is not enough).</source>
        <translation>Kunde %1 har ingen elektronisk adresse som PEPPOL godtar: legg inn et organisasjonsnummer, et GLN, et MVA-nummer eller en PEPPOL-ID (en e-postadresse er ikke nok).</translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="280"/>
        <source>Only booked invoices and credit notes can be exported as EHF.</source>
        <translation>Bare bokførte fakturaer og kreditnotaer kan eksporteres som EHF.</translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="285"/>
        <source>Set a valid company organisation number (company.orgnr) before exporting EHF.</source>
        <translation>Legg inn et gyldig organisasjonsnummer for firmaet (company.orgnr) før du eksporterer EHF.</translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="289"/>
        <source>Line %1 charges VAT, but the company is not VAT-registered (company.vat_registered).</source>
        <translation>Linje %1 har MVA, men firmaet er ikke MVA-registrert (company.vat_registered).</translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="298"/>
        <source>Set company.bank_account or company.iban: an EHF invoice must say where to pay.</source>
        <translation>Sett company.bank_account eller company.iban: en EHF-faktura må oppgi hvor det skal betales.</translation>
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
            <numerusform>Betaling innen %n dag</numerusform>
            <numerusform>Betaling innen %n dager</numerusform>
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
        <translation>Bare fakturaer og kreditnotaer kan eksporteres som EHF.</translation>
    </message>
    <message>
        <location filename="../core/services/importexportservice.cpp" line="130"/>
        <source>The folder %1 could not be created.</source>
        <translation>Mappen %1 kunne ikke opprettes.</translation>
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
        <translation>Kan ikke skrive %1; ingen EHF-fil for perioden ble beholdt.</translation>
    </message>
    <message>
        <location filename="../core/services/importexportservice.cpp" line="180"/>
        <source>The period must run from a date to the same or a later date.</source>
        <translation>Perioden må gå fra en dato til samme eller en senere dato.</translation>
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
        <translation>Ingen inntektskonto for MVA-kode %1: sett accounts.revenue.</translation>
    </message>
    <message>
        <location filename="../core/export/journalcsvwriter.cpp" line="98"/>
        <source>No output VAT account for VAT code %1: set accounts.vat.%1.</source>
        <translation>Ingen konto for utgående MVA for MVA-kode %1: sett accounts.vat.%1.</translation>
    </message>
    <message>
        <location filename="../core/export/journalcsvwriter.cpp" line="113"/>
        <source>Payment of invoice %1</source>
        <translation>Innbetaling på faktura %1</translation>
    </message>
    <message>
        <location filename="../core/export/journalcsvwriter.cpp" line="128"/>
        <source>Reminder fee, invoice %1</source>
        <translation>Purregebyr, faktura %1</translation>
    </message>
    <message>
        <location filename="../core/export/journalcsvwriter.cpp" line="143"/>
        <source>Voucher %1 does not balance (off by %2); nothing was exported.</source>
        <translation>Bilag %1 går ikke i balanse (differanse %2); ingenting ble eksportert.</translation>
    </message>
</context>
<context>
    <name>LayoutRules</name>
    <message>
        <location filename="../core/print/layoutprofile.cpp" line="18"/>
        <source>Invalid value for %1: use true or false.</source>
        <translation>Ugyldig verdi for %1: bruk true eller false.</translation>
    </message>
    <message>
        <location filename="../core/print/layoutprofile.cpp" line="65"/>
        <source>A layout name must have 1 to 60 characters.</source>
        <translation>Et malnavn må ha 1 til 60 tegn.</translation>
    </message>
    <message>
        <location filename="../core/print/layoutprofile.cpp" line="73"/>
        <source>Invalid value for %1: %2</source>
        <translation>Ugyldig verdi for %1: %2</translation>
    </message>
    <message>
        <location filename="../core/print/layoutprofile.cpp" line="80"/>
        <source>use a colour as #RRGGBB.</source>
        <translation>bruk en farge på formen #RRGGBB.</translation>
    </message>
    <message>
        <location filename="../core/print/layoutprofile.cpp" line="84"/>
        <source>a font family is needed.</source>
        <translation>en skrifttype må angis.</translation>
    </message>
    <message>
        <location filename="../core/print/layoutprofile.cpp" line="90"/>
        <source>a size from 6 to 16 points is expected.</source>
        <translation>en størrelse fra 6 til 16 punkter forventes.</translation>
    </message>
    <message>
        <location filename="../core/print/layoutprofile.cpp" line="95"/>
        <source>the footer can have at most 8 lines and 1000 characters.</source>
        <translation>bunnteksten kan ha høyst 8 linjer og 1000 tegn.</translation>
    </message>
    <message>
        <location filename="../core/print/layoutprofile.cpp" line="99"/>
        <source>the text is too long.</source>
        <translation>teksten er for lang.</translation>
    </message>
    <message>
        <location filename="../core/print/layoutprofile.cpp" line="103"/>
        <source>use one of %1.</source>
        <translation>bruk én av %1.</translation>
    </message>
    <message>
        <location filename="../core/print/layoutprofile.cpp" line="112"/>
        <source>use A4 or Letter.</source>
        <translation>bruk A4 eller Letter.</translation>
    </message>
    <message>
        <location filename="../core/print/layoutprofile.cpp" line="117"/>
        <source>a margin from 5 to 40 mm is expected.</source>
        <translation>en marg fra 5 til 40 mm forventes.</translation>
    </message>
    <message>
        <location filename="../core/print/layoutprofile.cpp" line="135"/>
        <source>“%1” is not a layout field.</source>
        <translation>«%1» er ikke et felt i utskriftsmalen.</translation>
    </message>
</context>
<context>
    <name>MasterDataService</name>
    <message>
        <location filename="../core/services/masterdataservice.cpp" line="22"/>
        <source>A customer number must be from 1 to 999999999.</source>
        <translation>Et kundenummer må være fra 1 til 999999999.</translation>
    </message>
    <message>
        <location filename="../core/services/masterdataservice.cpp" line="27"/>
        <source>Customer number %1 is already taken.</source>
        <translation>Kundenummer %1 er allerede i bruk.</translation>
    </message>
    <message>
        <location filename="../core/services/masterdataservice.cpp" line="34"/>
        <source>There is no customer group “%1”.</source>
        <translation>Det finnes ingen kundegruppe «%1».</translation>
    </message>
    <message>
        <location filename="../core/services/masterdataservice.cpp" line="119"/>
        <source>The SKU “%1” is already used by another product.</source>
        <translation>Varenr. «%1» brukes allerede av en annen vare.</translation>
    </message>
    <message>
        <location filename="../core/services/masterdataservice.cpp" line="126"/>
        <source>The barcode %1 is already used by another product.</source>
        <translation>Strekkoden %1 brukes allerede av en annen vare.</translation>
    </message>
    <message>
        <location filename="../core/services/masterdataservice.cpp" line="136"/>
        <source>There is no product group “%1”.</source>
        <translation>Det finnes ingen varegruppe «%1».</translation>
    </message>
    <message>
        <location filename="../core/services/masterdataservice.cpp" line="173"/>
        <source>“%1” is a bundle itself; a bundle&apos;s components must be products.</source>
        <translation>«%1» er selv en varesamling; komponentene i en varesamling må være varer.</translation>
    </message>
    <message>
        <location filename="../core/services/masterdataservice.cpp" line="176"/>
        <source>The component “%1” is listed twice.</source>
        <translation>Komponenten «%1» står oppført to ganger.</translation>
    </message>
    <message>
        <location filename="../core/services/masterdataservice.cpp" line="242"/>
        <source>No VAT code has the rate %1 % on %2; use --vat-code.</source>
        <translation>Ingen MVA-kode har satsen %1 % per %2; bruk --vat-code.</translation>
    </message>
</context>
<context>
    <name>MoveLine</name>
    <message>
        <location filename="../ui/editors/editcommands.cpp" line="205"/>
        <source>Move line</source>
        <translation>Flytt linje</translation>
    </message>
</context>
<context>
    <name>PrintService</name>
    <message>
        <location filename="../core/services/printservice.cpp" line="33"/>
        <source>There is no layout “%1”.</source>
        <translation>Det finnes ingen utskriftsmal «%1».</translation>
    </message>
    <message>
        <location filename="../core/services/printservice.cpp" line="53"/>
        <source>A layout named “%1” already exists.</source>
        <translation>En utskriftsmal med navnet «%1» finnes allerede.</translation>
    </message>
    <message>
        <location filename="../core/services/printservice.cpp" line="151"/>
        <source>Invoice %1 has no reminder registered; register one first (invoice remind).</source>
        <translation>Faktura %1 har ingen registrert purring; registrer en først (invoice remind).</translation>
    </message>
    <message>
        <location filename="../core/services/printservice.cpp" line="201"/>
        <source>The layout “%1” hides the payment terms, so they will be missing on this invoice. Choose another layout or turn payment terms on in it.</source>
        <translation>Utskriftsmalen «%1» skjuler betalingsbetingelsene, så de vil mangle på denne fakturaen. Velg en annen mal eller slå på betalingsbetingelser i den.</translation>
    </message>
    <message>
        <location filename="../core/services/printservice.cpp" line="208"/>
        <source>No bank account is set (settings company.bank_account), so the printout has no payment information.</source>
        <translation>Ingen bankkonto er satt (innstillingen company.bank_account), så utskriften har ingen betalingsinformasjon.</translation>
    </message>
    <message>
        <location filename="../core/services/printservice.cpp" line="213"/>
        <source>No organisation number is set (settings company.orgnr), so the seller&apos;s org.nr is missing on this printout; invoices and credit notes must show it.</source>
        <translation>Ingen organisasjonsnummer er satt (innstillingen company.orgnr), så selgerens org.nr. mangler på denne utskriften; fakturaer og kreditnotaer må vise det.</translation>
    </message>
</context>
<context>
    <name>ProductCsvImporter</name>
    <message>
        <location filename="../core/export/productcsvimporter.cpp" line="63"/>
        <source>Two columns mean “%1”: “%2” and “%3”.</source>
        <translation>To kolonner betyr «%1»: «%2» og «%3».</translation>
    </message>
    <message>
        <location filename="../core/export/productcsvimporter.cpp" line="68"/>
        <source>Give either a VAT rate column or a VAT code column, not both.</source>
        <translation>Oppgi enten en kolonne for MVA-sats eller en for MVA-kode, ikke begge.</translation>
    </message>
    <message>
        <location filename="../core/export/productcsvimporter.cpp" line="71"/>
        <source>The required column “%1” is missing.</source>
        <translation>Den påkrevde kolonnen «%1» mangler.</translation>
    </message>
    <message>
        <location filename="../core/export/productcsvimporter.cpp" line="87"/>
        <source>The row has %1 fields, the header %2.</source>
        <translation>Raden har %1 felt, overskriftsraden %2.</translation>
    </message>
    <message>
        <location filename="../core/export/productcsvimporter.cpp" line="112"/>
        <source>No VAT code has the rate %1 %.</source>
        <translation>Ingen MVA-kode har satsen %1 %.</translation>
    </message>
    <message>
        <location filename="../core/export/productcsvimporter.cpp" line="124"/>
        <source>The SKU “%1” is also on line %2.</source>
        <translation>Varenr. «%1» står også på linje %2.</translation>
    </message>
    <message>
        <location filename="../core/export/productcsvimporter.cpp" line="131"/>
        <source>The barcode %1 is also on line %2.</source>
        <translation>Strekkoden %1 står også på linje %2.</translation>
    </message>
</context>
<context>
    <name>ProductRules</name>
    <message>
        <location filename="../core/domain/product.cpp" line="49"/>
        <source>stock-tracked must be true or false.</source>
        <translation>stock-tracked må være true eller false.</translation>
    </message>
    <message>
        <location filename="../core/domain/product.cpp" line="53"/>
        <source>“%1” is not a product field.</source>
        <translation>«%1» er ikke et varefelt.</translation>
    </message>
    <message>
        <location filename="../core/domain/product.cpp" line="62"/>
        <source>The SKU (product number) is required.</source>
        <translation>Varenr. må fylles ut.</translation>
    </message>
    <message>
        <location filename="../core/domain/product.cpp" line="64"/>
        <source>The SKU is longer than 64 characters.</source>
        <translation>Varenummeret er lengre enn 64 tegn.</translation>
    </message>
    <message>
        <location filename="../core/domain/product.cpp" line="68"/>
        <source>The SKU “%1” may not contain spaces or colons.</source>
        <translation>Varenr. «%1» kan ikke inneholde mellomrom eller kolon.</translation>
    </message>
    <message>
        <location filename="../core/domain/product.cpp" line="70"/>
        <source>The product name is required.</source>
        <translation>Varenavn må fylles ut.</translation>
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
        <translation>«%1» er ikke en gyldig EAN-13- eller EAN-8-strekkode (kontrollsiffer).</translation>
    </message>
    <message>
        <location filename="../core/domain/product.cpp" line="83"/>
        <source>A bundle needs at least one component.</source>
        <translation>En varesamling trenger minst én komponent.</translation>
    </message>
    <message>
        <location filename="../core/domain/product.cpp" line="87"/>
        <source>Component quantities must be greater than zero.</source>
        <translation>Antall per komponent må være større enn null.</translation>
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
        <translation>Forsendelser lages fra ordrer, og kreditnotaer fra fakturaer.</translation>
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
        <translation>Opprettet</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="99"/>
        <source>date</source>
        <translation>dato</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="100"/>
        <source>your reference</source>
        <translation>deres referanse</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="101"/>
        <source>our reference</source>
        <translation>vår referanse</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="102"/>
        <source>heading</source>
        <translation>overskrift</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="103"/>
        <source>note</source>
        <translation>merknad</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="104"/>
        <source>delivery date</source>
        <translation>leveringsdato</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="107"/>
        <source>Only quotes have a valid-until date.</source>
        <translation>Bare tilbud har en gyldig til-dato.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="109"/>
        <source>valid until</source>
        <translation>gyldig til</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="111"/>
        <source>discount</source>
        <translation>rabatt</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="112"/>
        <source>layout</source>
        <translation>utskriftsmal</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="116"/>
        <source>Changed %1</source>
        <translation>Endret %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicelines.cpp" line="148"/>
        <source>Credit-note lines come from the invoice; change their quantities instead.</source>
        <translation>Linjene på en kreditnota kommer fra fakturaen; endre heller antallet.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicelines.cpp" line="66"/>
        <source>A priced text line needs a VAT code (--vat or --vat-code).</source>
        <translation>En tekstlinje med pris trenger en MVA-kode (--vat eller --vat-code).</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicelines.cpp" line="72"/>
        <source>A text line or heading needs a text.</source>
        <translation>En tekstlinje eller overskrift må ha en tekst.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicelines.cpp" line="89"/>
        <source>Line %1 of the %2 to add: %3</source>
        <translation>Linje %1 av de %2 som skal legges til: %3</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicelines.cpp" line="105"/>
        <source>Added line %1: %2</source>
        <translation>La til linje %1: %2</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicelines.cpp" line="106"/>
        <source>Added lines %1–%2</source>
        <translation>La til linje %1–%2</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicelines.cpp" line="176"/>
        <location filename="../core/services/salesservicelines.cpp" line="210"/>
        <location filename="../core/services/salesservicelines.cpp" line="233"/>
        <location filename="../core/services/salesservicelines.cpp" line="240"/>
        <source>There is no line %1.</source>
        <translation>Det finnes ingen linje %1.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicelines.cpp" line="179"/>
        <location filename="../core/services/salesservicefulfilment.cpp" line="144"/>
        <source>The quantity must be greater than zero.</source>
        <translation>Antallet må være større enn null.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicelines.cpp" line="188"/>
        <source>A credit note keeps the invoice&apos;s prices.</source>
        <translation>En kreditnota beholder fakturaens priser.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicelines.cpp" line="196"/>
        <source>Changed line %1</source>
        <translation>Endret linje %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicelines.cpp" line="216"/>
        <source>Removed line %1</source>
        <translation>Fjernet linje %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicelines.cpp" line="247"/>
        <source>Moved line %1</source>
        <translation>Flyttet linje %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="128"/>
        <source>Only a draft can change customer.</source>
        <translation>Bare et utkast kan bytte kunde.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="130"/>
        <source>A credit note or shipment keeps the customer of its source.</source>
        <translation>En kreditnota eller forsendelse beholder kunden fra dokumentet den er laget fra.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="144"/>
        <source>Customer changed to %1 %2</source>
        <translation>Kunde endret til %1 %2</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="156"/>
        <source>Only drafts can be deleted; this document is %1.</source>
        <translation>Bare utkast kan slettes; dette dokumentet har status %1.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="169"/>
        <source>Shipments and credit notes cannot be duplicated.</source>
        <translation>Forsendelser og kreditnotaer kan ikke dupliseres.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="189"/>
        <source>Duplicated from %1</source>
        <translation>Duplisert fra %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="203"/>
        <source>Archived</source>
        <translation>Arkivert</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="203"/>
        <source>Unarchived</source>
        <translation>Hentet fra arkivet</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="210"/>
        <source>A comment needs a text.</source>
        <translation>En kommentar må ha en tekst.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="221"/>
        <source>Attachments are limited to 50 MB.</source>
        <translation>Vedlegg kan være på høyst 50 MB.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="230"/>
        <source>Attached %1</source>
        <translation>Vedla %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="249"/>
        <source>Add at least one line before sending the quote.</source>
        <translation>Legg til minst én linje før du sender tilbudet.</translation>
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
        <translation>Avvist</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="279"/>
        <source>A quote becomes an order or an invoice.</source>
        <translation>Et tilbud blir til en ordre eller en faktura.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="288"/>
        <source>The quote has no lines to convert.</source>
        <translation>Tilbudet har ingen linjer å konvertere.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="307"/>
        <source>Accepted; converted to %1</source>
        <translation>Akseptert; konvertert til %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="308"/>
        <location filename="../core/services/salesservicefulfilment.cpp" line="116"/>
        <location filename="../core/services/salesservicefulfilment.cpp" line="330"/>
        <source>Made from %1</source>
        <translation>Laget fra %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="326"/>
        <source>Add at least one line before confirming the order.</source>
        <translation>Legg til minst én linje før du bekrefter ordren.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="331"/>
        <source>The customer of this order is deleted.</source>
        <translation>Kunden på denne ordren er slettet.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="336"/>
        <source>Confirmed</source>
        <translation>Bekreftet</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="357"/>
        <source>The order has shipments or invoices; make a backorder or credit note instead of cancelling.</source>
        <translation>Ordren har forsendelser eller fakturaer; lag en restordre eller kreditnota i stedet for å annullere.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="360"/>
        <source>Cancelled</source>
        <translation>Annullert</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="381"/>
        <source>Send or delete the open shipment before making a backorder.</source>
        <translation>Send eller slett den åpne forsendelsen før du lager en restordre.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="389"/>
        <source>A backorder needs a partly shipped order: something shipped and something left.</source>
        <translation>En restordre krever en delvis levert ordre: noe levert og noe igjen.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="421"/>
        <source>Rest moved to backorder %1</source>
        <translation>Resten flyttet til restordre %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="422"/>
        <source>Backorder of %1</source>
        <translation>Restordre av %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="435"/>
        <source>There is no %1 number %2.</source>
        <translation>Finner ikke %1 nummer %2.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="113"/>
        <source>Nothing remains to ship on %1.</source>
        <translation>Ingenting gjenstår å levere på %1.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="117"/>
        <source>Shipment %1 created</source>
        <translation>Forsendelse %1 opprettet</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="131"/>
        <source>Picked all lines</source>
        <translation>Plukket alle linjer</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="165"/>
        <source>%1 is not on shipment %2.</source>
        <translation>%1 er ikke på forsendelse %2.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="168"/>
        <source>Cannot pick %1 of %2: only %3 left to pick on this shipment.</source>
        <translation>Kan ikke plukke %1 av %2: bare %3 igjen å plukke på denne forsendelsen.</translation>
    </message>
    <message>
        <source>Picked %1 × %2</source>
        <translation type="vanished">Plukket %1 × %2</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="180"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="189"/>
        <source>Picked %1</source>
        <translation>Plukket %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="197"/>
        <source>Unknown barcode %1: no product has it.</source>
        <translation>Ukjent strekkode %1: ingen vare har den.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="214"/>
        <source>Nothing is picked; pick the goods before sending the shipment.</source>
        <translation>Ingenting er plukket; plukk varene før du sender forsendelsen.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="238"/>
        <source>The components of %1 are picked unevenly; a bundle ships in whole sets.</source>
        <translation>Komponentene i %1 er plukket ujevnt; en varesamling sendes i hele sett.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="326"/>
        <source>Nothing shipped is waiting to be invoiced on %1.</source>
        <translation>Ingenting levert venter på fakturering på %1.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="327"/>
        <source>Nothing is left to invoice on %1.</source>
        <translation>Ingenting gjenstår å fakturere på %1.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="343"/>
        <source>Only invoices and credit notes are booked.</source>
        <translation>Bare fakturaer og kreditnotaer bokføres.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="346"/>
        <source>An empty %1 cannot be booked; add a line first.</source>
        <translation>Et tomt dokument (%1) kan ikke bokføres; legg til en linje først.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="371"/>
        <source>Booked as number %1</source>
        <translation>Bokført som nummer %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="461"/>
        <source>Line %1: a credited quantity must be greater than zero.</source>
        <translation>Linje %1: et kreditert antall må være større enn null.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="464"/>
        <source>Line %1: at most %2 can be credited (invoiced %3, credited %4).</source>
        <translation>Linje %1: høyst %2 kan krediteres (fakturert %3, kreditert %4).</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="480"/>
        <source>Invoice %1 has no line %2 to credit.</source>
        <translation>Faktura %1 har ingen linje %2 å kreditere.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="483"/>
        <source>Invoice %1 is fully credited already.</source>
        <translation>Faktura %1 er allerede kreditert fullt ut.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="487"/>
        <source>Credits invoice %1</source>
        <translation>Krediterer faktura %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="488"/>
        <source>Credit note draft created</source>
        <translation>Utkast til kreditnota opprettet</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicepayments.cpp" line="20"/>
        <source>A payment must be greater than zero.</source>
        <translation>En innbetaling må være større enn null.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicepayments.cpp" line="39"/>
        <source>The payment %1 is more than the %2 due on invoice %3.</source>
        <translation>Innbetalingen %1 er mer enn de %2 som gjenstår på faktura %3.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicepayments.cpp" line="56"/>
        <source>The payment %1 would pay part of a reminder fee on invoice %2; pay %3 or the full fees.</source>
        <translation>Betalingen %1 ville betale en del av et purregebyr på faktura %2; betal %3 eller hele gebyrene.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicepayments.cpp" line="61"/>
        <source>Payment of %1 registered</source>
        <translation>Innbetaling på %1 registrert</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicepayments.cpp" line="85"/>
        <source>Invoice %1 is paid; there is nothing to remind.</source>
        <translation>Faktura %1 er betalt; det er ingenting å purre på.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicepayments.cpp" line="88"/>
        <source>Invoice %1 is not overdue yet (due %2).</source>
        <translation>Faktura %1 har ikke forfalt ennå (forfall %2).</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicepayments.cpp" line="109"/>
        <source>Reminder registered, fee %1</source>
        <translation>Purring registrert, gebyr %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicepayments.cpp" line="132"/>
        <source>Invoice %1 has no open reminder fees.</source>
        <translation>Faktura %1 har ingen åpne purregebyrer.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicepayments.cpp" line="133"/>
        <source>Reminder fees of %1 written off</source>
        <translation>Purregebyrer på %1 avskrevet</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicepayments.cpp" line="155"/>
        <source>Marked as sent</source>
        <translation>Merket som sendt</translation>
    </message>
</context>
<context>
    <name>StockService</name>
    <message>
        <location filename="../core/services/stockservice.cpp" line="47"/>
        <source>%1 already has stock movements up to %2; a movement dated %3 would change their cost. Use a date on or after %2.</source>
        <translation>%1 har allerede lagerbevegelser fram til %2; en bevegelse datert %3 ville endre kostprisen deres. Bruk en dato fra og med %2.</translation>
    </message>
    <message>
        <location filename="../core/services/stockservice.cpp" line="55"/>
        <source>Not enough stock of %1 (%2): %3 on hand, %4 needed, %5 short.</source>
        <translation>Ikke nok på lager av %1 (%2): %3 på lager, %4 trengs, %5 mangler.</translation>
    </message>
    <message>
        <location filename="../core/services/stockservice.cpp" line="82"/>
        <source>The received quantity must be greater than zero.</source>
        <translation>Mottatt antall må være større enn null.</translation>
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
        <translation>Verdien av varemottaket er utenfor tillatt område.</translation>
    </message>
    <message>
        <location filename="../core/services/stockservice.cpp" line="108"/>
        <source>An adjustment needs a quantity other than zero.</source>
        <translation>En lagerjustering må ha et antall som ikke er null.</translation>
    </message>
    <message>
        <location filename="../core/services/stockservice.cpp" line="110"/>
        <source>An adjustment needs a reason.</source>
        <translation>En lagerjustering må ha en begrunnelse.</translation>
    </message>
    <message>
        <location filename="../core/services/stockservice.cpp" line="131"/>
        <source>A counted quantity cannot be negative.</source>
        <translation>Et opptalt antall kan ikke være negativt.</translation>
    </message>
    <message>
        <location filename="../core/services/stockservice.cpp" line="147"/>
        <source>Counted %1</source>
        <translation>Talt opp %1</translation>
    </message>
</context>
<context>
    <name>sd</name>
    <message>
        <source>Output VAT, standard rate</source>
        <translation type="vanished">Utgående MVA, alminnelig sats</translation>
    </message>
    <message>
        <source>Output VAT, medium rate (food)</source>
        <translation type="vanished">Utgående MVA, middels sats (næringsmidler)</translation>
    </message>
    <message>
        <source>Output VAT, low rate</source>
        <translation type="vanished">Utgående MVA, lav sats</translation>
    </message>
    <message>
        <source>Zero-rated domestic sale</source>
        <translation type="vanished">Innenlands omsetning, fritatt for MVA</translation>
    </message>
    <message>
        <source>Exempt / outside the scope of VAT</source>
        <translation type="vanished">Unntatt / utenfor MVA-loven</translation>
    </message>
    <message>
        <source>Export of goods and services</source>
        <translation type="vanished">Utførsel av varer og tjenester</translation>
    </message>
</context>
<context>
    <name>sd::Batch</name>
    <message>
        <location filename="../core/services/batch.cpp" line="62"/>
        <source>A batch cannot start inside another transaction.</source>
        <translation>En samlekjøring kan ikke starte inne i en annen transaksjon.</translation>
    </message>
</context>
<context>
    <name>sd::DerivedStatus</name>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="17"/>
        <source>Not shipped</source>
        <translation>Ikke levert</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="18"/>
        <source>Ready for delivery</source>
        <translation>Klar for levering</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="21"/>
        <source>Partially shipped</source>
        <translation>Delvis levert</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="22"/>
        <source>Delivered</source>
        <translation>Levert</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="28"/>
        <source>Not invoiced</source>
        <translation>Ikke fakturert</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="29"/>
        <source>Ready to invoice</source>
        <translation>Klar til fakturering</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="32"/>
        <source>Partially invoiced</source>
        <translation>Delvis fakturert</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="33"/>
        <source>Invoiced</source>
        <translation>Fakturert</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="37"/>
        <source>Not picked</source>
        <translation>Ikke plukket</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="38"/>
        <source>Partially picked</source>
        <translation>Delvis plukket</translation>
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
        <translation>Delvis betalt</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="45"/>
        <source>Overdue</source>
        <translation>Forfalt</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="46"/>
        <source>Reminded</source>
        <translation>Purret</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="47"/>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="175"/>
        <source>“%1” is not a delivery status.</source>
        <translation>«%1» er ikke en leveringsstatus.</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="194"/>
        <source>“%1” is not an invoicing status.</source>
        <translation>«%1» er ikke en faktureringsstatus.</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="212"/>
        <source>“%1” is not a picked status.</source>
        <translation>«%1» er ikke en plukkstatus.</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="230"/>
        <source>“%1” is not a payment status.</source>
        <translation>«%1» er ikke en betalingsstatus.</translation>
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
        <translation>Antallet må være mer enn 0.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="38"/>
        <source>The quantity cannot be more than %L1.</source>
        <translation>Antallet kan ikke være mer enn %L1.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="45"/>
        <source>The unit price is out of range.</source>
        <translation>Enhetsprisen er utenfor tillatt område.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="50"/>
        <source>A bundle line must name its bundle.</source>
        <translation>En linje med varesamling må angi varesamlingen.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="54"/>
        <source>Choose a VAT code.</source>
        <translation>Velg en MVA-kode.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="58"/>
        <source>A VAT rate must be between 0 and 100 %.</source>
        <translation>En MVA-sats må være mellom 0 og 100 %.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="67"/>
        <source>A standard-rated VAT code needs a rate above 0 %.</source>
        <translation>En MVA-kode med alminnelig sats må ha en sats over 0 %.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="72"/>
        <source>VAT category %1 must have a rate of 0 %.</source>
        <translation>MVA-kategori %1 må ha sats 0 %.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="80"/>
        <source>The line amount is out of range.</source>
        <translation>Linjebeløpet er utenfor tillatt område.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="91"/>
        <source>A discount must be between 0 and 100 %.</source>
        <translation>En rabatt må være mellom 0 og 100 %.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="103"/>
        <source>The quantity is out of range.</source>
        <translation>Antallet er utenfor tillatt område.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="107"/>
        <source>A text line cannot carry a price or discount; use a product line for anything that should be charged.</source>
        <translation>En tekstlinje kan ikke ha pris eller rabatt; bruk en varelinje for alt som skal faktureres.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="117"/>
        <source>A group heading needs a title.</source>
        <translation>En gruppeoverskrift må ha en tittel.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="121"/>
        <source>A group heading cannot carry a quantity, price or discount.</source>
        <translation>En gruppeoverskrift kan ikke ha antall, pris eller rabatt.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="128"/>
        <source>Unknown kind of document line.</source>
        <translation>Ukjent type dokumentlinje.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="140"/>
        <source>Line number %1 is used twice.</source>
        <translation>Linjenummer %1 er brukt to ganger.</translation>
    </message>
</context>
<context>
    <name>sd::DocumentTotals</name>
    <message>
        <location filename="../core/documents/documenttotals.cpp" line="11"/>
        <source>A discount must be between 0 and 100 %.</source>
        <translation>En rabatt må være mellom 0 og 100 %.</translation>
    </message>
    <message>
        <location filename="../core/documents/documenttotals.cpp" line="31"/>
        <source>The document total is out of range.</source>
        <translation>Dokumentets totalbeløp er utenfor tillatt område.</translation>
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
        <translation>«%1» er ikke en dokumenttype.</translation>
    </message>
</context>
<context>
    <name>sd::InvoiceLifecycle</name>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="13"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="14"/>
        <source>Booked</source>
        <translation>Bokført</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="18"/>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="19"/>
        <source>Book</source>
        <translation>Bokfør</translation>
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
        <translation>Send purring</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="26"/>
        <source>Create shipment</source>
        <translation>Opprett forsendelse</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="27"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="28"/>
        <source>Duplicate</source>
        <translation>Dupliser</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="38"/>
        <source>A booked invoice cannot be changed; credit it instead.</source>
        <translation>En bokført faktura kan ikke endres; krediter den i stedet.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="41"/>
        <source>The invoice is already booked.</source>
        <translation>Fakturaen er allerede bokført.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="43"/>
        <source>Book the invoice before sending it.</source>
        <translation>Bokfør fakturaen før du sender den.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="46"/>
        <source>Only a booked invoice can be credited; edit or delete the draft instead.</source>
        <translation>Bare en bokført faktura kan krediteres; rediger eller slett utkastet i stedet.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="49"/>
        <source>Book the invoice before registering a payment.</source>
        <translation>Bokfør fakturaen før du registrerer en betaling.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="52"/>
        <source>A draft invoice cannot be reminded; it has not been booked.</source>
        <translation>Et fakturautkast kan ikke purres; det er ikke bokført.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="55"/>
        <source>Book the invoice before creating a shipment from it.</source>
        <translation>Bokfør fakturaen før du oppretter en forsendelse fra den.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="59"/>
        <source>A booked invoice cannot be deleted; credit it instead.</source>
        <translation>En bokført faktura kan ikke slettes; krediter den i stedet.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="70"/>
        <source>A booked credit note cannot be changed.</source>
        <translation>En bokført kreditnota kan ikke endres.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="73"/>
        <source>The credit note is already booked.</source>
        <translation>Kreditnotaen er allerede bokført.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="75"/>
        <source>Book the credit note before sending it.</source>
        <translation>Bokfør kreditnotaen før du sender den.</translation>
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
        <translation>En kreditnota tar ikke imot betalinger; den gjør opp fakturaen sin.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="84"/>
        <location filename="../core/documents/invoicelifecycle.cpp" line="85"/>
        <source>A credit note cannot be reminded.</source>
        <translation>En kreditnota kan ikke purres.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="87"/>
        <location filename="../core/documents/invoicelifecycle.cpp" line="88"/>
        <source>A credit note cannot be shipped; returned goods come back when it is booked.</source>
        <translation>En kreditnota kan ikke sendes som forsendelse; returnerte varer kommer tilbake på lager når den bokføres.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="91"/>
        <source>A booked credit note cannot be deleted.</source>
        <translation>En bokført kreditnota kan ikke slettes.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="93"/>
        <location filename="../core/documents/invoicelifecycle.cpp" line="94"/>
        <source>A credit note cannot be duplicated; credit the invoice again instead.</source>
        <translation>En kreditnota kan ikke dupliseres; krediter fakturaen på nytt i stedet.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="104"/>
        <location filename="../core/documents/invoicelifecycle.cpp" line="115"/>
        <source>“%1” is not an invoice status.</source>
        <translation>«%1» er ikke en fakturastatus.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="105"/>
        <location filename="../core/documents/invoicelifecycle.cpp" line="116"/>
        <source>“%1” is not an invoice action.</source>
        <translation>«%1» er ikke en fakturahandling.</translation>
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
        <translation>Varesamling</translation>
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
        <translation>«%1» er ikke en type dokumentlinje.</translation>
    </message>
</context>
<context>
    <name>sd::Money</name>
    <message>
        <location filename="../core/money/money.cpp" line="12"/>
        <source>amount</source>
        <translation>beløp</translation>
    </message>
</context>
<context>
    <name>sd::OrderLifecycle</name>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="13"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="14"/>
        <source>Confirmed</source>
        <translation>Bekreftet</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="15"/>
        <source>Cancelled</source>
        <translation>Annullert</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="19"/>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="20"/>
        <source>Confirm</source>
        <translation>Bekreft</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="21"/>
        <source>Cancel order</source>
        <translation>Annuller ordre</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="22"/>
        <source>Create shipment</source>
        <translation>Opprett forsendelse</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="23"/>
        <source>Create invoice</source>
        <translation>Opprett faktura</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="24"/>
        <source>Create backorder</source>
        <translation>Opprett restordre</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="25"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="26"/>
        <source>Duplicate</source>
        <translation>Dupliser</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="39"/>
        <source>A cancelled order cannot be edited.</source>
        <translation>En annullert ordre kan ikke redigeres.</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="42"/>
        <source>The order is already confirmed.</source>
        <translation>Ordren er allerede bekreftet.</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="43"/>
        <source>A cancelled order cannot be confirmed.</source>
        <translation>En annullert ordre kan ikke bekreftes.</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="47"/>
        <source>The order is already cancelled.</source>
        <translation>Ordren er allerede annullert.</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="49"/>
        <source>Confirm the order before creating a shipment.</source>
        <translation>Bekreft ordren før du oppretter en forsendelse.</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="51"/>
        <source>A cancelled order cannot be shipped.</source>
        <translation>En annullert ordre kan ikke leveres.</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="53"/>
        <source>Confirm the order before invoicing it.</source>
        <translation>Bekreft ordren før du fakturerer den.</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="57"/>
        <source>Only a confirmed, partly shipped order can be split into a backorder.</source>
        <translation>Bare en bekreftet, delvis levert ordre kan deles i en restordre.</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="59"/>
        <source>A cancelled order cannot be split into a backorder.</source>
        <translation>En annullert ordre kan ikke deles i en restordre.</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="62"/>
        <source>A confirmed order cannot be deleted; cancel it instead.</source>
        <translation>En bekreftet ordre kan ikke slettes; annuller den i stedet.</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="63"/>
        <source>A cancelled order cannot be deleted; it stays for the record.</source>
        <translation>En annullert ordre kan ikke slettes; den beholdes som dokumentasjon.</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="77"/>
        <source>“%1” is not an order status.</source>
        <translation>«%1» er ikke en ordrestatus.</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="78"/>
        <source>“%1” is not an order action.</source>
        <translation>«%1» er ikke en ordrehandling.</translation>
    </message>
</context>
<context>
    <name>sd::Percent</name>
    <message>
        <location filename="../core/money/percent.cpp" line="11"/>
        <source>percentage</source>
        <translation>prosentsats</translation>
    </message>
    <message>
        <location filename="../core/money/percent.cpp" line="17"/>
        <source>A percentage must be between 0 and 100.</source>
        <translation>En prosentsats må være mellom 0 og 100.</translation>
    </message>
</context>
<context>
    <name>sd::Quantity</name>
    <message>
        <location filename="../core/money/quantity.cpp" line="12"/>
        <source>quantity</source>
        <translation>antall</translation>
    </message>
    <message>
        <location filename="../core/money/quantity.cpp" line="25"/>
        <source>The quantity must be greater than zero.</source>
        <translation>Antallet må være større enn null.</translation>
    </message>
</context>
<context>
    <name>sd::QuoteLifecycle</name>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="13"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="14"/>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="15"/>
        <source>Accepted</source>
        <translation>Akseptert</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="16"/>
        <source>Rejected</source>
        <translation>Avvist</translation>
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
        <translation>Merk som akseptert</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="23"/>
        <source>Mark as rejected</source>
        <translation>Merk som avvist</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="24"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="25"/>
        <source>Duplicate</source>
        <translation>Dupliser</translation>
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
        <translation>Et sendt tilbud kan ikke redigeres; dupliser det for å lage en ny versjon.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="42"/>
        <source>An accepted quote cannot be edited.</source>
        <translation>Et akseptert tilbud kan ikke redigeres.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="43"/>
        <source>A rejected quote cannot be edited; duplicate it to make a new offer.</source>
        <translation>Et avvist tilbud kan ikke redigeres; dupliser det for å lage et nytt tilbud.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="47"/>
        <source>An accepted quote has already been answered and cannot be sent again.</source>
        <translation>Et akseptert tilbud er allerede besvart og kan ikke sendes på nytt.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="48"/>
        <source>A rejected quote cannot be sent; duplicate it to make a new offer.</source>
        <translation>Et avvist tilbud kan ikke sendes; dupliser det for å lage et nytt tilbud.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="52"/>
        <source>The quote is already accepted.</source>
        <translation>Tilbudet er allerede akseptert.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="53"/>
        <source>A rejected quote cannot be accepted; duplicate it to make a new offer.</source>
        <translation>Et avvist tilbud kan ikke aksepteres; dupliser det for å lage et nytt tilbud.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="57"/>
        <source>An accepted quote cannot be rejected.</source>
        <translation>Et akseptert tilbud kan ikke avvises.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="58"/>
        <source>The quote is already rejected.</source>
        <translation>Tilbudet er allerede avvist.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="61"/>
        <source>Only draft quotes can be deleted; this one has been sent.</source>
        <translation>Bare tilbud som er utkast kan slettes; dette er sendt.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="62"/>
        <source>Only draft quotes can be deleted; this one has been accepted.</source>
        <translation>Bare tilbud som er utkast kan slettes; dette er akseptert.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="63"/>
        <source>Only draft quotes can be deleted; this one has been rejected.</source>
        <translation>Bare tilbud som er utkast kan slettes; dette er avvist.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="73"/>
        <location filename="../core/documents/quotelifecycle.cpp" line="78"/>
        <source>A rejected quote cannot be converted.</source>
        <translation>Et avvist tilbud kan ikke konverteres.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="88"/>
        <source>“%1” is not a quote status.</source>
        <translation>«%1» er ikke en tilbudsstatus.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="89"/>
        <source>“%1” is not a quote action.</source>
        <translation>«%1» er ikke en tilbudshandling.</translation>
    </message>
</context>
<context>
    <name>sd::ReminderRules</name>
    <message>
        <location filename="../core/documents/reminderrules.cpp" line="18"/>
        <source>The invoice date, due date and reminder date are all needed to work out a reminder fee.</source>
        <translation>Fakturadato, forfallsdato og purredato trengs alle for å beregne et purregebyr.</translation>
    </message>
    <message>
        <location filename="../core/documents/reminderrules.cpp" line="22"/>
        <source>Set this year&apos;s inkassosats in the company settings before adding reminder fees.</source>
        <translation>Legg inn årets inkassosats i firmainnstillingene før du legger til purregebyr.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/documents/reminderrules.cpp" line="27"/>
        <source>No reminder fee may be charged: the invoice gave less than %n day(s) to pay.</source>
        <translation>
            <numerusform>Purregebyr kan ikke kreves: fakturaen ga mindre enn %n dag til å betale.</numerusform>
            <numerusform>Purregebyr kan ikke kreves: fakturaen ga mindre enn %n dager til å betale.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/documents/reminderrules.cpp" line="33"/>
        <source>No further reminder fee may be charged: at most %n fee(s) per invoice are allowed.</source>
        <translation>
            <numerusform>Flere purregebyr kan ikke kreves: høyst %n gebyr per faktura er tillatt.</numerusform>
            <numerusform>Flere purregebyr kan ikke kreves: høyst %n gebyr per faktura er tillatt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/documents/reminderrules.cpp" line="40"/>
        <source>No reminder fee may be charged before %1, 14 days after the due date.</source>
        <translation>Purregebyr kan ikke kreves før %1, 14 dager etter forfallsdato.</translation>
    </message>
    <message>
        <location filename="../core/documents/reminderrules.cpp" line="52"/>
        <source>A reminder fee cannot be negative.</source>
        <translation>Et purregebyr kan ikke være negativt.</translation>
    </message>
    <message>
        <location filename="../core/documents/reminderrules.cpp" line="60"/>
        <source>A reminder fee of %1 is more than the legal maximum of %2.</source>
        <translation>Et purregebyr på %1 er mer enn lovens maksimum på %2.</translation>
    </message>
</context>
<context>
    <name>sd::SalesService</name>
    <message>
        <location filename="../core/services/salesservicehelpers.cpp" line="35"/>
        <source>%1 is booked and cannot be changed; correct it with a credit note.</source>
        <translation>%1 er bokført og kan ikke endres; korriger med en kreditnota.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicehelpers.cpp" line="40"/>
        <source>A shipment&apos;s lines come from its order; pick them instead.</source>
        <translation>Linjene på en forsendelse kommer fra ordren; plukk dem i stedet.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicehelpers.cpp" line="63"/>
        <source>Document %1 is a %2, not a %3.</source>
        <translation>Dokument %1 er av typen %2, ikke %3.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicehelpers.cpp" line="81"/>
        <source>%1 draft (id %2)</source>
        <translation>%1 (utkast, ID %2)</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicehelpers.cpp" line="106"/>
        <source>VAT code %1 has no rate on %2.</source>
        <translation>MVA-kode %1 har ingen sats per %2.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicehelpers.cpp" line="205"/>
        <source>Line %1 has %2 shipped or invoiced; it cannot go below that.</source>
        <translation>Linje %1 har %2 levert eller fakturert; antallet kan ikke bli lavere enn det.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicehelpers.cpp" line="227"/>
        <source>Line %1: at most %2 can be credited (invoiced %3, credited %4).</source>
        <translation>Linje %1: høyst %2 kan krediteres (fakturert %3, kreditert %4).</translation>
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
        <translation>Plukk</translation>
    </message>
    <message>
        <location filename="../core/documents/shipmentlifecycle.cpp" line="19"/>
        <source>Send shipment</source>
        <translation>Send forsendelse</translation>
    </message>
    <message>
        <location filename="../core/documents/shipmentlifecycle.cpp" line="20"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../core/documents/shipmentlifecycle.cpp" line="30"/>
        <source>A sent shipment cannot be picked any more.</source>
        <translation>En sendt forsendelse kan ikke plukkes lenger.</translation>
    </message>
    <message>
        <location filename="../core/documents/shipmentlifecycle.cpp" line="33"/>
        <source>The shipment has already been sent.</source>
        <translation>Forsendelsen er allerede sendt.</translation>
    </message>
    <message>
        <location filename="../core/documents/shipmentlifecycle.cpp" line="36"/>
        <source>A sent shipment cannot be deleted; register a return instead.</source>
        <translation>En sendt forsendelse kan ikke slettes; registrer en retur i stedet.</translation>
    </message>
    <message>
        <location filename="../core/documents/shipmentlifecycle.cpp" line="46"/>
        <source>“%1” is not a shipment status.</source>
        <translation>«%1» er ikke en forsendelsesstatus.</translation>
    </message>
    <message>
        <location filename="../core/documents/shipmentlifecycle.cpp" line="47"/>
        <source>“%1” is not a shipment action.</source>
        <translation>«%1» er ikke en forsendelseshandling.</translation>
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
        <translation>«%1» er ikke en MVA-kategori.</translation>
    </message>
    <message>
        <location filename="../core/money/vatcalculator.cpp" line="59"/>
        <source>The line amount is out of range.</source>
        <translation>Linjebeløpet er utenfor tillatt område.</translation>
    </message>
</context>
<context>
    <name>sd::VatCode</name>
    <message>
        <location filename="../core/domain/vatcode.cpp" line="20"/>
        <source>Output VAT, standard rate</source>
        <translation>Utgående MVA, alminnelig sats</translation>
    </message>
    <message>
        <location filename="../core/domain/vatcode.cpp" line="22"/>
        <source>Output VAT, medium rate (food)</source>
        <translation>Utgående MVA, middels sats (næringsmidler)</translation>
    </message>
    <message>
        <location filename="../core/domain/vatcode.cpp" line="25"/>
        <source>Output VAT, low rate</source>
        <translation>Utgående MVA, lav sats</translation>
    </message>
    <message>
        <location filename="../core/domain/vatcode.cpp" line="31"/>
        <source>Zero-rated domestic sale</source>
        <translation>Innenlands omsetning, fritatt for MVA</translation>
    </message>
    <message>
        <location filename="../core/domain/vatcode.cpp" line="33"/>
        <source>Exempt / outside the scope of VAT</source>
        <translation>Unntatt / utenfor MVA-loven</translation>
    </message>
    <message>
        <location filename="../core/domain/vatcode.cpp" line="35"/>
        <source>Export of goods and services</source>
        <translation>Utførsel av varer og tjenester</translation>
    </message>
</context>
<context>
    <name>sd::decimal</name>
    <message>
        <location filename="../core/money/decimal.cpp" line="21"/>
        <source>“%1” is not a valid %2.</source>
        <translation>Ugyldig %2: «%1».</translation>
    </message>
    <message>
        <location filename="../core/money/decimal.cpp" line="26"/>
        <source>The %1 is empty.</source>
        <translation>Det mangler %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/money/decimal.cpp" line="55"/>
        <source>The %1 “%2” has more than %n decimal(s).</source>
        <translation>
            <numerusform>Verdien «%2» (%1) har mer enn %n desimal.</numerusform>
            <numerusform>Verdien «%2» (%1) har mer enn %n desimaler.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/money/decimal.cpp" line="68"/>
        <source>The %1 “%2” is out of range.</source>
        <translation>Verdien «%2» (%1) er utenfor tillatt område.</translation>
    </message>
</context>
<context>
    <name>sd::detail</name>
    <message>
        <source>A shipment&apos;s lines come from its order; pick them instead.</source>
        <translation type="vanished">Linjene på en forsendelse kommer fra ordren; plukk dem i stedet.</translation>
    </message>
</context>
<context>
    <name>sd::storage::IntegrityChecker</name>
    <message>
        <location filename="../core/storage/integritychecker.cpp" line="35"/>
        <source>The number series “%1” has an invalid next number.</source>
        <translation>Nummerserien «%1» har et ugyldig neste nummer.</translation>
    </message>
    <message>
        <location filename="../core/storage/integritychecker.cpp" line="38"/>
        <source>The number series are missing.</source>
        <translation>Nummerseriene mangler.</translation>
    </message>
    <message>
        <location filename="../core/storage/integritychecker.cpp" line="48"/>
        <source>The stock principle is missing or invalid.</source>
        <translation>Lagerprinsippet mangler eller er ugyldig.</translation>
    </message>
    <message>
        <location filename="../core/storage/integritychecker.cpp" line="53"/>
        <source>The company name is missing.</source>
        <translation>Firmanavnet mangler.</translation>
    </message>
    <message>
        <location filename="../core/storage/integritychecker.cpp" line="65"/>
        <source>Customer numbers exist at or above the next customer number.</source>
        <translation>Det finnes kundenumre lik eller over neste kundenummer.</translation>
    </message>
    <message>
        <location filename="../core/storage/integritychecker.cpp" line="77"/>
        <source>A bundle has no components.</source>
        <translation>En varesamling har ingen komponenter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/integritychecker.cpp" line="93"/>
        <source>%n document(s) changed outside Salgsdesk wait to be indexed for search.</source>
        <translation>
            <numerusform>%n dokument endret utenfor Salgsdesk venter på å bli indeksert for søk.</numerusform>
            <numerusform>%n dokumenter endret utenfor Salgsdesk venter på å bli indeksert for søk.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/storage/integritychecker.cpp" line="127"/>
        <source>A row in “%1” refers to a missing row in “%2”.</source>
        <translation>En rad i «%1» viser til en rad som mangler i «%2».</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="21"/>
        <source>A booked %1 has no number.</source>
        <translation>En bokført %1 mangler nummer.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="29"/>
        <source>The %1 numbers jump from %2 to %3.</source>
        <translation>Numrene for %1 hopper fra %2 til %3.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="35"/>
        <source>The next %1 number is %2 but the last booked is %3.</source>
        <translation>Neste nummer for %1 er %2, men det siste bokførte er %3.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="40"/>
        <source>A draft %1 carries a number.</source>
        <translation>Et utkast av typen %1 har fått nummer.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="57"/>
        <source>The guard “%1” that protects booked documents is missing.</source>
        <translation>Vernet «%1» som beskytter bokførte dokumenter, mangler.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="101"/>
        <source>Line %1 of %2 has a net that does not match its quantity and price.</source>
        <translation>Linje %1 i %2 har et nettobeløp som ikke stemmer med antall og pris.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="113"/>
        <source>The stored totals of %1 do not match its lines.</source>
        <translation>De lagrede summene for %1 stemmer ikke med linjene.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="131"/>
        <source>Order %1 line %2 has more on shipments than ordered.</source>
        <translation>Ordre %1 linje %2 har mer på forsendelser enn bestilt.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="147"/>
        <source>Order %1 line %2 is invoiced beyond what was ordered.</source>
        <translation>Ordre %1 linje %2 er fakturert ut over det som ble bestilt.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="159"/>
        <source>Invoice %1 line %2 is credited beyond what was invoiced.</source>
        <translation>Faktura %1 linje %2 er kreditert ut over det som ble fakturert.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="178"/>
        <source>Shipment %1 line %2 shipped %3 but the stock ledger has %4.</source>
        <translation>Forsendelse %1 linje %2 sendte %3, men lagerposteringene viser %4.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="190"/>
        <source>An unsent shipment has stock movements.</source>
        <translation>En forsendelse som ikke er sendt, har lagerbevegelser.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="207"/>
        <source>The stock balance of %1 does not match its stock ledger.</source>
        <translation>Lagersaldoen for %1 stemmer ikke med lagerposteringene.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="222"/>
        <source>%1 has negative stock (%2) although the company does not allow it.</source>
        <translation>%1 har negativ beholdning (%2) selv om firmaet ikke tillater det.</translation>
    </message>
</context>
<context>
    <name>sd::ui::AcceptQuoteDialog</name>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="38"/>
        <source>Create an &amp;order (deliver first, invoice later)</source>
        <translation>Opprett en &amp;ordre (lever først, fakturer senere)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="39"/>
        <source>Create an &amp;invoice directly</source>
        <translation>Opprett en &amp;faktura direkte</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="42"/>
        <source>Accept %1</source>
        <translation>Aksepter %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="47"/>
        <source>The customer accepted the quote. What should it become?</source>
        <translation>Kunden har akseptert tilbudet. Hva skal det bli til?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="50"/>
        <source>Accept</source>
        <translation>Aksepter</translation>
    </message>
</context>
<context>
    <name>sd::ui::ActionCollection</name>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="14"/>
        <source>New &amp;quote</source>
        <translation>Nytt &amp;tilbud</translation>
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
        <translation>Nytt fir&amp;ma…</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="23"/>
        <source>&amp;Open company file…</source>
        <translation>&amp;Åpne firmafil…</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="26"/>
        <source>Open &amp;demo company</source>
        <translation>Åpne &amp;demofirma</translation>
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
        <translation type="vanished">Eksporter &amp;bilagsjournal (CSV)…</translation>
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
        <translation>&amp;Eksporter til regnskapsfører…</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="29"/>
        <source>Restore from &amp;backup…</source>
        <translation>&amp;Gjenopprett fra sikkerhetskopi…</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="30"/>
        <source>&amp;Print…</source>
        <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="34"/>
        <source>Print pre&amp;view…</source>
        <translation>Forhånds&amp;visning…</translation>
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
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="39"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="42"/>
        <source>&amp;Find</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="43"/>
        <source>&amp;Reset layout</source>
        <translation>&amp;Tilbakestill vindusoppsett</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="44"/>
        <source>&amp;About Salgsdesk</source>
        <translation>&amp;Om Salgsdesk</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="45"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
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
        <translation>Opprett også en &amp;forsendelse for varene</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="185"/>
        <source>&amp;Deduct stock at the invoice date</source>
        <translation>&amp;Trekk fra lager på fakturadatoen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="188"/>
        <source>Book %1</source>
        <translation>Bokfør %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="196"/>
        <source>Booking gives the invoice its number; after that it cannot be changed, only credited.</source>
        <translation>Bokføring gir fakturaen nummer; deretter kan den ikke endres, bare krediteres.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="199"/>
        <source>Invoice &amp;date:</source>
        <translation>Faktura&amp;dato:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="212"/>
        <source>Book</source>
        <translation>Bokfør</translation>
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
        <translation type="vanished">Kunne ikke lese %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/actions/bookkeeperactions.cpp" line="31"/>
        <source>Imported %Ln row(s).</source>
        <translation>
            <numerusform>Importerte %Ln rad.</numerusform>
            <numerusform>Importerte %Ln rader.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="vanished">Linje %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported; %Ln row(s) need fixing:</source>
        <translation type="vanished">
            <numerusform>Ingenting ble importert; %Ln rad må rettes:</numerusform>
            <numerusform>Ingenting ble importert; %Ln rader må rettes:</numerusform>
        </translation>
    </message>
    <message>
        <source>Export journal</source>
        <translation type="vanished">Eksporter bilagsjournal</translation>
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
        <translation type="vanished">Eksportert til %1.</translation>
    </message>
</context>
<context>
    <name>sd::ui::CreateInvoiceDialog</name>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="65"/>
        <source>&amp;All lines of the order</source>
        <translation>&amp;Alle linjene på ordren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="66"/>
        <source>&amp;Only what has been shipped</source>
        <translation>&amp;Bare det som er levert</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="69"/>
        <source>Invoice %1</source>
        <translation>Fakturer %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="74"/>
        <source>What should the invoice contain?</source>
        <translation>Hva skal fakturaen inneholde?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="77"/>
        <source>Create invoice</source>
        <translation>Opprett faktura</translation>
    </message>
</context>
<context>
    <name>sd::ui::CreditNoteDialog</name>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="93"/>
        <source>&amp;Return the goods to stock</source>
        <translation>&amp;Returner varene til lager</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="94"/>
        <source>The credited quantity can be &amp;invoiced again</source>
        <translation>Kreditert antall kan &amp;faktureres på nytt</translation>
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
        <translation>Fakturert</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="108"/>
        <source>Credit</source>
        <translation>Krediteres</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="129"/>
        <source>Quantities to credit (0 leaves a line out):</source>
        <translation>Antall som skal krediteres (0 utelater linjen):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="134"/>
        <source>Create credit note</source>
        <translation>Opprett kreditnota</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="145"/>
        <source>Line %1: %2</source>
        <translation>Linje %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="150"/>
        <source>Choose at least one line to credit.</source>
        <translation>Velg minst én linje å kreditere.</translation>
    </message>
</context>
<context>
    <name>sd::ui::CustomerCompleter</name>
    <message>
        <location filename="../ui/widgets/customercompleter.cpp" line="40"/>
        <source>%1 (org.nr %2)</source>
        <translation>%1 (org.nr. %2)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/customercompleter.cpp" line="61"/>
        <source>No customer matches “%1”.</source>
        <translation>Ingen kunde passer med «%1».</translation>
    </message>
    <message>
        <location filename="../ui/widgets/customercompleter.cpp" line="62"/>
        <source>Several customers match “%1”; choose one from the list.</source>
        <translation>Flere kunder passer med «%1»; velg en fra listen.</translation>
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
        <translation>&amp;Org.nr.:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="39"/>
        <source>Foreign &amp;VAT no:</source>
        <translation>Utenlandsk &amp;MVA-nr.:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="40"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
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
        <translation>Post&amp;sted:</translation>
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
        <translation>Leveringspoststed:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="50"/>
        <source>&amp;GLN:</source>
        <translation>&amp;GLN:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="51"/>
        <source>PEPPOL &amp;id:</source>
        <translation>PEPPOL-&amp;ID:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="52"/>
        <source>E&amp;HF (true/false):</source>
        <translation>E&amp;HF (true/false):</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="53"/>
        <source>Pa&amp;yment days:</source>
        <translation>&amp;Betalingsfrist (dager):</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="54"/>
        <source>Cu&amp;rrency:</source>
        <translation>Val&amp;uta:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="55"/>
        <source>&amp;Language:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="56"/>
        <source>Customer &amp;group:</source>
        <translation>Kunde&amp;gruppe:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="57"/>
        <source>La&amp;yout:</source>
        <translation>Utskri&amp;ftsmal:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="58"/>
        <source>Notes:</source>
        <translation>Notater:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="69"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
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
        <translation>Lagret.</translation>
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
        <translation>Poststed</translation>
    </message>
    <message>
        <location filename="../ui/models/customerlistmodel.cpp" line="76"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
</context>
<context>
    <name>sd::ui::CustomersDock</name>
    <message>
        <location filename="../ui/docks/customersdock.cpp" line="44"/>
        <source>Search name, number, org.nr…</source>
        <translation>Søk navn, nummer, org.nr…</translation>
    </message>
    <message>
        <location filename="../ui/docks/customersdock.cpp" line="145"/>
        <source>&lt;i&gt;Select a customer to see their data and documents.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Velg en kunde for å se kundedata og dokumenter.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/docks/customersdock.cpp" line="158"/>
        <source>Org.nr %1</source>
        <translation>Org.nr. %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/customersdock.cpp" line="171"/>
        <source>Balance due: %1</source>
        <translation>Utestående: %1</translation>
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
        <translation>Aksepter → ordre</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="46"/>
        <source>Accept → invoice</source>
        <translation>Aksepter → faktura</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="48"/>
        <source>Reject</source>
        <translation>Avvis</translation>
    </message>
    <message>
        <source>Confirm order</source>
        <translation type="vanished">Bekreft ordre</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="42"/>
        <source>Preview and send…</source>
        <translation>Forhåndsvis og send…</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="49"/>
        <source>Confirm order…</source>
        <translation>Bekreft ordre…</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="50"/>
        <source>Create shipment</source>
        <translation>Opprett forsendelse</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="51"/>
        <source>Pick all</source>
        <translation>Plukk alt</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="52"/>
        <source>Send shipment</source>
        <translation>Send forsendelse</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="53"/>
        <source>Create invoice</source>
        <translation>Opprett faktura</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="56"/>
        <source>Create invoice (shipped only)</source>
        <translation>Opprett faktura (bare levert)</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="58"/>
        <source>Book</source>
        <translation>Bokfør</translation>
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
        <translation>Purr</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="65"/>
        <source>Create backorder</source>
        <translation>Opprett restordre</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="66"/>
        <source>Cancel order…</source>
        <translation>Annuller ordre…</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="67"/>
        <source>Duplicate</source>
        <translation>Dupliser</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="68"/>
        <source>Delete draft…</source>
        <translation>Slett utkast…</translation>
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
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="73"/>
        <source>Print preview…</source>
        <translation>Forhåndsvisning…</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="75"/>
        <source>Export EHF…</source>
        <translation>Eksporter EHF…</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="77"/>
        <source>Select a document in one of the lists to see its next steps.</source>
        <translation>Velg et dokument i en av listene for å se neste steg.</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation type="vanished">Merk som sendt</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="146"/>
        <source>Unarchive</source>
        <translation>Hent fra arkivet</translation>
    </message>
    <message>
        <source>Send anyway?</source>
        <translation type="vanished">Sende likevel?</translation>
    </message>
    <message>
        <source>Marked as sent.</source>
        <translation type="vanished">Merket som sendt.</translation>
    </message>
    <message>
        <source>Quote %1 sent.</source>
        <translation type="vanished">Tilbud %1 er sendt.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="222"/>
        <source>Quote %1 accepted.</source>
        <translation>Tilbud %1 er akseptert.</translation>
    </message>
    <message>
        <source>Order %1 confirmed.</source>
        <translation type="vanished">Ordre %1 er bekreftet.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="242"/>
        <source>Shipment %1 sent.</source>
        <translation>Forsendelse %1 er sendt.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="255"/>
        <source>Booked as number %1.</source>
        <translation>Bokført som nummer %1.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="260"/>
        <source>Credit invoice %1</source>
        <translation>Krediter faktura %1</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="261"/>
        <source>Credit everything not yet credited on invoice %1. Do the goods come back to stock?</source>
        <translation>Krediter alt som ikke er kreditert på faktura %1. Kommer varene tilbake på lager?</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="279"/>
        <source>Reminder registered, fee %1.</source>
        <translation>Purring registrert, gebyr %1.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="295"/>
        <source>Cancel order %1? This cannot be undone.</source>
        <translation>Annullere ordre %1? Dette kan ikke angres.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="307"/>
        <source>Delete this draft? This cannot be undone.</source>
        <translation>Slette dette utkastet? Dette kan ikke angres.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="330"/>
        <source>Register payment</source>
        <translation>Registrer betaling</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="331"/>
        <source>Amount paid on invoice %1:</source>
        <translation>Innbetalt beløp på faktura %1:</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="341"/>
        <source>Payment of %1 registered on invoice %2.</source>
        <translation>Innbetaling på %1 registrert på faktura %2.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="350"/>
        <source>Print anyway?</source>
        <translation>Skrive ut likevel?</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="357"/>
        <source>Sent to the printer.</source>
        <translation>Sendt til skriveren.</translation>
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
        <translation type="vanished">Søk nummer eller kunde…</translation>
    </message>
    <message>
        <location filename="../ui/docks/documentdock.cpp" line="87"/>
        <source>Search number, customer, reference, line text…</source>
        <translation>Søk nummer, kunde, referanse, linjetekst…</translation>
    </message>
    <message>
        <location filename="../ui/docks/documentdock.cpp" line="88"/>
        <source>Finds documents with words starting with what you type, in any order: the number, the customer&apos;s name and number, your and our reference, heading, note, and the lines&apos; SKUs and descriptions.</source>
        <translation>Finner dokumenter med ord som begynner med det du skriver, i vilkårlig rekkefølge: nummeret, kundens navn og nummer, Deres og Vår referanse, overskrift, merknad og linjenes varenumre og beskrivelser.</translation>
    </message>
    <message>
        <location filename="../ui/docks/documentdock.cpp" line="95"/>
        <source>All statuses</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <location filename="../ui/docks/documentdock.cpp" line="101"/>
        <source>Hide archived</source>
        <translation>Skjul arkiverte</translation>
    </message>
    <message>
        <location filename="../ui/docks/documentdock.cpp" line="102"/>
        <source>Show archived</source>
        <translation>Vis arkiverte</translation>
    </message>
    <message>
        <location filename="../ui/docks/documentdock.cpp" line="103"/>
        <source>Only archived</source>
        <translation>Bare arkiverte</translation>
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
        <translation>%1+ arkiverte skjult — %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/documentdock.cpp" line="215"/>
        <source>%Ln archived hidden — %1</source>
        <translation>
            <numerusform>%Ln arkivert skjult — %1</numerusform>
            <numerusform>%Ln arkiverte skjult — %1</numerusform>
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
        <translation>%1 (utkast)</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="108"/>
        <source>Name, number or org.nr</source>
        <translation>Navn, nummer eller org.nr.</translation>
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
        <translation>&amp;Vår ref.:</translation>
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
        <translation>Forfall:</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="158"/>
        <source>SKU, name or EAN — or text for a text line or heading</source>
        <translation>Varenr., navn eller EAN — eller tekst for tekstlinje eller overskrift</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="162"/>
        <source>Qty</source>
        <translation>Ant.</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="164"/>
        <source>&amp;Add line</source>
        <translation>Legg til li&amp;nje</translation>
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
        <translation>Merknad til kunden</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="206"/>
        <source>Note:</source>
        <translation>Merknad:</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="212"/>
        <source>A&amp;ccept quote…</source>
        <translation>Akse&amp;pter tilbud…</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="214"/>
        <source>Create &amp;invoice…</source>
        <translation>Opprett faktu&amp;ra…</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="216"/>
        <source>&amp;Book…</source>
        <translation>&amp;Bokfør…</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="218"/>
        <source>Cr&amp;edit…</source>
        <translation>Kr&amp;editer…</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="257"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="260"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="336"/>
        <source>Choose the customer and press Enter to start the %1.</source>
        <translation>Velg kunden og trykk Enter for å starte (%1).</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="345"/>
        <source>Read-only: %1</source>
        <translation>Skrivebeskyttet: %1</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="358"/>
        <source>Org.nr %1</source>
        <translation>Org.nr. %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editors/documenteditor.cpp" line="376"/>
        <source>%n day(s) after the invoice date</source>
        <translation>
            <numerusform>%n dag etter fakturadato</numerusform>
            <numerusform>%n dager etter fakturadato</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="428"/>
        <source>The customer cannot be changed: %1</source>
        <translation>Kunden kan ikke endres: %1</translation>
    </message>
</context>
<context>
    <name>sd::ui::DocumentLinesModel</name>
    <message>
        <location filename="../ui/models/documentlinesmodel.cpp" line="91"/>
        <source>%1 of %2 available</source>
        <translation>%1 av %2 disponibelt</translation>
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
        <translation>Antall</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlinesmodel.cpp" line="186"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlinesmodel.cpp" line="188"/>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlinesmodel.cpp" line="190"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlinesmodel.cpp" line="192"/>
        <source>VAT</source>
        <translation>MVA</translation>
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
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="178"/>
        <source>%1 (credit note)</source>
        <translation>%1 (kreditnota)</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="188"/>
        <source>%1 (archived)</source>
        <translation>%1 (arkivert)</translation>
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
        <translation>Forfall</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="224"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="226"/>
        <source>Amount</source>
        <translation>Beløp</translation>
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
        <translation>%1 (utkast)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="69"/>
        <source>Before sending: %1</source>
        <translation>Før sending: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="70"/>
        <source>Payment reminder for invoice %1</source>
        <translation>Purring for faktura %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="71"/>
        <source>Print preview: %1</source>
        <translation>Forhåndsvisning: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="77"/>
        <source>This is the document as your customer will get it. Salgsdesk does not e-mail it: save it as PDF or print it, send it the way you usually do, then mark it as sent.</source>
        <translation>Slik får kunden dokumentet. Salgsdesk sender det ikke på e-post: lagre det som PDF eller skriv det ut, send det slik du pleier, og merk det deretter som sendt.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="80"/>
        <source>The reminder is registered. Save the letter as PDF or print it and send it to the customer; Salgsdesk does not e-mail it.</source>
        <translation>Purringen er registrert. Lagre brevet som PDF eller skriv det ut, og send det til kunden; Salgsdesk sender det ikke på e-post.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="89"/>
        <source>This is a draft: it gets its number when it is booked, which is a step of its own (Book).</source>
        <translation>Dette er et utkast: det får nummeret sitt når det bokføres, som er et eget steg (Bokfør).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="121"/>
        <source>The layout of this printout only. The customer&apos;s layout and the company default stay as they are (change them in Settings).</source>
        <translation>Utskriftsmal bare for denne utskriften. Kundens utskriftsmal og firmaets standard forblir som de er (endre dem i Innstillinger).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="126"/>
        <source>%1 (this document&apos;s)</source>
        <translation>%1 (dette dokumentets)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="130"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Utskriftsmal:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="149"/>
        <source>Zoom out</source>
        <translation>Zoom ut</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="150"/>
        <source>Zoom in</source>
        <translation>Zoom inn</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="152"/>
        <source>Fit width</source>
        <translation>Tilpass bredde</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="152"/>
        <source>Fit the page to the width of the window</source>
        <translation>Tilpass siden til vindusbredden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="166"/>
        <source>Save &amp;PDF…</source>
        <translation>Lagre &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="168"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="176"/>
        <source>Confirm and &amp;mark as sent</source>
        <translation>Bekreft og &amp;merk som sendt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="176"/>
        <source>&amp;Mark as sent</source>
        <translation>&amp;Merk som sendt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="179"/>
        <source>Records that the customer has the document. Nothing is e-mailed.</source>
        <translation>Registrerer at kunden har fått dokumentet. Ingenting sendes på e-post.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="182"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="191"/>
        <source>Close</source>
        <translation>Lukk</translation>
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
        <translation>Lagre PDF</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="273"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="286"/>
        <source>PDF saved to %1.</source>
        <translation>PDF lagret i %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="289"/>
        <source>Check before sending: %1</source>
        <translation>Kontroller før sending: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="302"/>
        <source>Sent to the printer.</source>
        <translation>Sendt til skriveren.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="303"/>
        <source>%1 sent to the printer.</source>
        <translation>%1 er sendt til skriveren.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="330"/>
        <source>Order %1 confirmed and marked as sent.</source>
        <translation>Ordre %1 er bekreftet og merket som sendt.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="331"/>
        <source>%1 marked as sent.</source>
        <translation>%1 er merket som sendt.</translation>
    </message>
</context>
<context>
    <name>sd::ui::DocumentSession</name>
    <message>
        <location filename="../ui/editors/documentsession.cpp" line="55"/>
        <source>Shipments are changed by picking, in the pick view.</source>
        <translation>Forsendelser endres ved å plukke, i plukkvisningen.</translation>
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
        <translation>Legg &amp;ved fil…</translation>
    </message>
    <message>
        <location filename="../ui/editors/documentsidepanel.cpp" line="31"/>
        <source>Write a comment and press Enter</source>
        <translation>Skriv en kommentar og trykk Enter</translation>
    </message>
    <message>
        <location filename="../ui/editors/documentsidepanel.cpp" line="43"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../ui/editors/documentsidepanel.cpp" line="49"/>
        <source>Attachments</source>
        <translation>Vedlegg</translation>
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
        <translation>Vedlegg (%1)</translation>
    </message>
    <message>
        <location filename="../ui/editors/documentsidepanel.cpp" line="103"/>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/editors/documentsidepanel.cpp" line="117"/>
        <source>Attach a file</source>
        <translation>Legg ved en fil</translation>
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
        <translation>EHF-filer for bokførte fakturaer og kreditnotaer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="40"/>
        <source>Journal for the bookkeeper (CSV)</source>
        <translation>Bilagsjournal til regnskapsfører (CSV)</translation>
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
        <translation>Denne måneden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="47"/>
        <source>Last month</source>
        <translation>Forrige måned</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="48"/>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="49"/>
        <source>Last year</source>
        <translation>I fjor</translation>
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
        <translation>&amp;Bla gjennom…</translation>
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
        <translation>Velg hvor det skal eksporteres til.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="226"/>
        <source>The period ends before it begins.</source>
        <translation>Perioden slutter før den begynner.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="229"/>
        <source>Exporting…</source>
        <translation>Eksporterer…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="229"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="281"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Eksporten ble avbrutt; ingen fil ble skrevet.</translation>
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
            <numerusform>%n faktura eller kreditnota for %1 eksportert som EHF til %2.</numerusform>
            <numerusform>%n fakturaer og kreditnotaer for %1 eksportert som EHF til %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/exportdialog.cpp" line="293"/>
        <source>Journal of %1 (%n invoice(s) and credit note(s), %2 rows) exported to %3.</source>
        <translation>
            <numerusform>Bilagsjournal for %1 (%n faktura eller kreditnota, %2 rader) eksportert til %3.</numerusform>
            <numerusform>Bilagsjournal for %1 (%n fakturaer og kreditnotaer, %2 rader) eksportert til %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/exportdialog.cpp" line="299"/>
        <source>%n invoice(s) and credit note(s) of %1 exported to %2.</source>
        <translation>
            <numerusform>%n faktura eller kreditnota for %1 eksportert til %2.</numerusform>
            <numerusform>%n fakturaer og kreditnotaer for %1 eksportert til %2.</numerusform>
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
        <translation>&amp;Bla gjennom…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="46"/>
        <source>CSV &amp;file:</source>
        <translation>CSV-&amp;fil:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="50"/>
        <source>Choose a CSV file with a header row (UTF-8 or Windows-1252, “;” or “,”). It is checked first; nothing is imported until every row is valid.</source>
        <translation>Velg en CSV-fil med overskriftsrad (UTF-8 eller Windows-1252, «;» eller «,»). Den kontrolleres først; ingenting importeres før alle radene er gyldige.</translation>
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
        <translation>Kunne ikke lese %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="130"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="161"/>
        <source>Checking the file…</source>
        <translation>Kontrollerer filen…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="189"/>
        <source>Columns not imported (no field of that name): %1</source>
        <translation>Kolonner som ikke importeres (ingen felt med det navnet): %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="191"/>
        <source>The check was cancelled.</source>
        <translation>Kontrollen ble avbrutt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importdialog.cpp" line="193"/>
        <source>%n row(s) must be fixed before anything can be imported (%1 rows read, %2, “%3”):</source>
        <translation>
            <numerusform>%n rad må rettes før noe kan importeres (%1 rader lest, %2, «%3»):</numerusform>
            <numerusform>%n rader må rettes før noe kan importeres (%1 rader lest, %2, «%3»):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="198"/>
        <source>The file has no rows below its header.</source>
        <translation>Filen har ingen rader under overskriftsraden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="200"/>
        <source>All %1 rows are valid (%2, “%3”).</source>
        <translation>Alle %1 radene er gyldige (%2, «%3»).</translation>
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
        <translation>Importen ble avbrutt; ingenting ble importert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importdialog.cpp" line="228"/>
        <source>%n product(s) imported.</source>
        <translation>
            <numerusform>%n vare importert.</numerusform>
            <numerusform>%n varer importert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importdialog.cpp" line="229"/>
        <source>%n customer(s) imported.</source>
        <translation>
            <numerusform>%n kunde importert.</numerusform>
            <numerusform>%n kunder importert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::MainMenus</name>
    <message>
        <location filename="../ui/actions/mainmenus.cpp" line="28"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../ui/actions/mainmenus.cpp" line="33"/>
        <source>Open &amp;recent</source>
        <translation>Åpne &amp;nylige</translation>
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
        <translation>&amp;Hjelp</translation>
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
        <translation>Ingen nylige filer</translation>
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
        <translation>Dobbeltklikk på et dokument i en liste for å åpne det her.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="102"/>
        <source>Automatic backup: %1</source>
        <translation>Automatisk sikkerhetskopi: %1</translation>
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
        <translation>Ingen firmafil er åpen.</translation>
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
        <translation>&lt;b&gt;Salgsdesk&lt;/b&gt; %1&lt;br&gt;Salg og lager for små bedrifter i Norden.&lt;br&gt;Lisensiert under GNU GPL, versjon 3 eller nyere.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="199"/>
        <source>Open company file</source>
        <translation>Åpne firmafil</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="268"/>
        <source>No company file open</source>
        <translation>Ingen firmafil åpen</translation>
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
        <translation>Nytt dokument</translation>
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
        <translation>Gjenopprett fra sikkerhetskopi</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="396"/>
        <source>The company file was restored from “%1”. The file as it was before is kept as “%2”.</source>
        <translation>Firmafilen ble gjenopprettet fra «%1». Filen slik den var før, er tatt vare på som «%2».</translation>
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
        <translation>Opprett en firmafil for å begynne, eller se deg først rundt i demofirmaet.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="37"/>
        <source>Bryggen Kafé AS</source>
        <translation>Bryggen Kafé AS</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="40"/>
        <source>9 digits</source>
        <translation>9 sifre</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="50"/>
        <source>Registered for VAT (MVA)</source>
        <translation>Registrert i Merverdiavgiftsregisteret (MVA)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="54"/>
        <source>Average cost</source>
        <translation>Gjennomsnittlig kostpris</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="55"/>
        <source>FIFO (first in, first out)</source>
        <translation>FIFO (først inn, først ut)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="57"/>
        <source>How stock is valued. It cannot be changed after the company is created.</source>
        <translation>Hvordan lageret verdsettes. Dette kan ikke endres etter at firmaet er opprettet.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="60"/>
        <source>Chosen when you press Create</source>
        <translation>Velges når du trykker Opprett</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="61"/>
        <source>Browse…</source>
        <translation>Bla gjennom…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="68"/>
        <source>Company &amp;name:</source>
        <translation>Firma&amp;navn:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="69"/>
        <source>&amp;Org.nr:</source>
        <translation>O&amp;rg.nr.:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="70"/>
        <source>Legal &amp;form:</source>
        <translation>&amp;Selskapsform:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="72"/>
        <source>&amp;Stock valuation:</source>
        <translation>&amp;Lagerverdsettelse:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="73"/>
        <source>Company &amp;file:</source>
        <translation>Firma&amp;fil:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="76"/>
        <source>&amp;Create company</source>
        <translation>&amp;Opprett firma</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="78"/>
        <source>Open &amp;demo company</source>
        <translation>Åpne &amp;demofirma</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="80"/>
        <source>&amp;Open existing…</source>
        <translation>Åpne &amp;eksisterende…</translation>
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
        <translation>Åpne firmafil</translation>
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
        <translation>Plukk &amp;alt</translation>
    </message>
    <message>
        <location filename="../ui/editors/pickview.cpp" line="39"/>
        <source>&amp;Send + print packing slip</source>
        <translation>&amp;Send + skriv ut pakkseddel</translation>
    </message>
    <message>
        <location filename="../ui/editors/pickview.cpp" line="69"/>
        <source>Scan or type an EAN and press Enter</source>
        <translation>Skann eller skriv en EAN og trykk Enter</translation>
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
        <translation>Gjenstår</translation>
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
        <translation>pakkseddel-%1.pdf</translation>
    </message>
    <message>
        <location filename="../ui/editors/pickview.cpp" line="233"/>
        <source>The shipment was sent, but the packing slip could not be made: %1</source>
        <translation>Forsendelsen ble sendt, men pakkseddelen kunne ikke lages: %1</translation>
    </message>
    <message>
        <location filename="../ui/editors/pickview.cpp" line="237"/>
        <source>Sent. The packing slip is opening.</source>
        <translation>Sendt. Pakkseddelen åpnes.</translation>
    </message>
</context>
<context>
    <name>sd::ui::ProductCompleter</name>
    <message>
        <location filename="../ui/widgets/customercompleter.cpp" line="90"/>
        <source> (bundle)</source>
        <translation> (varesamling)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/customercompleter.cpp" line="111"/>
        <source>No product matches “%1”.</source>
        <translation>Ingen vare passer med «%1».</translation>
    </message>
    <message>
        <location filename="../ui/widgets/customercompleter.cpp" line="112"/>
        <source>Several products match “%1”; choose one from the list.</source>
        <translation>Flere varer passer med «%1»; velg en fra listen.</translation>
    </message>
</context>
<context>
    <name>sd::ui::ProductEditor</name>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="42"/>
        <source>This product is a &amp;bundle of other products</source>
        <translation>Denne varen er en vare&amp;samling av andre varer</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="47"/>
        <source>Add &amp;component</source>
        <translation>Legg til &amp;komponent</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="49"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
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
        <translation>&amp;Enhet:</translation>
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
        <translation>&amp;MVA-kode:</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="74"/>
        <source>Product &amp;group:</source>
        <translation>Vare&amp;gruppe:</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="75"/>
        <source>&amp;EAN barcode:</source>
        <translation>EAN-st&amp;rekkode:</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="76"/>
        <source>S&amp;tock-tracked (true/false):</source>
        <translation>Lager&amp;ført (true/false):</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="77"/>
        <source>&amp;Location:</source>
        <translation>Lagerpl&amp;ass:</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="86"/>
        <source>Component</source>
        <translation>Komponent</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="86"/>
        <source>Quantity per bundle</source>
        <translation>Antall per samling</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="90"/>
        <source>SKU, name or EAN</source>
        <translation>Varenr., navn eller EAN</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="91"/>
        <source>Qty</source>
        <translation>Ant.</translation>
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
        <translation>Lagret.</translation>
    </message>
</context>
<context>
    <name>sd::ui::ProductListModel</name>
    <message>
        <location filename="../ui/models/productlistmodel.cpp" line="56"/>
        <source>%1 (bundle)</source>
        <translation>%1 (varesamling)</translation>
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
        <translation>Enhet</translation>
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
        <translation>Varemottak</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="39"/>
        <source>Shipment</source>
        <translation>Forsendelse</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="41"/>
        <source>Adjustment</source>
        <translation>Justering</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="43"/>
        <source>Count</source>
        <translation>Varetelling</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="45"/>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="60"/>
        <source>Search SKU, name, barcode…</source>
        <translation>Søk varenr., navn, strekkode…</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="85"/>
        <source>On hand</source>
        <translation>Beholdning</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="86"/>
        <source>Reserved</source>
        <translation>Reservert</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="87"/>
        <source>Available</source>
        <translation>Disponibelt</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="96"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="96"/>
        <source>Movement</source>
        <translation>Bevegelse</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="96"/>
        <source>Quantity</source>
        <translation>Antall</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="96"/>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="156"/>
        <source>&lt;i&gt;Select a product to see its stock.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Velg en vare for å se beholdningen.&lt;/i&gt;</translation>
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
        <translation>Gjenopprett fra sikkerhetskopi</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="35"/>
        <source>Restoring replaces the open company file “%1” by the backup you choose. The file as it is now is kept as a backup first, so a restore can itself be undone.</source>
        <translation>Gjenoppretting erstatter den åpne firmafilen «%1» med sikkerhetskopien du velger. Filen slik den er nå, tas først vare på som en sikkerhetskopi, så også en gjenoppretting kan angres.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="43"/>
        <source>Taken</source>
        <translation>Tatt</translation>
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
        <translation>&amp;Gjenopprett denne sikkerhetskopien…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="91"/>
        <source>%1 (cannot be restored)</source>
        <translation>%1 (kan ikke gjenopprettes)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="94"/>
        <source>Beside the file</source>
        <translation>Ved siden av filen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="101"/>
        <source>There are no backups of this file yet. Salgsdesk makes one each time the file is opened and once a day.</source>
        <translation>Det finnes ingen sikkerhetskopier av denne filen ennå. Salgsdesk lager én hver gang filen åpnes, og én gang om dagen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="115"/>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="117"/>
        <source>Made by hand</source>
        <translation>Laget manuelt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="119"/>
        <source>Before a restore</source>
        <translation>Før en gjenoppretting</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="121"/>
        <source>Before an upgrade</source>
        <translation>Før en oppgradering</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="157"/>
        <source>This backup cannot be restored.</source>
        <translation>Denne sikkerhetskopien kan ikke gjenopprettes.</translation>
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
        <translation>Siste bokførte faktura</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="175"/>
        <source>%1 of %2</source>
        <translation>%1 datert %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="176"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="177"/>
        <source>File version</source>
        <translation>Filversjon</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="190"/>
        <source>Replace the company file by the backup taken %1?

Everything entered since then is no longer in the file; the file as it is now is kept as a backup first.</source>
        <translation>Erstatte firmafilen med sikkerhetskopien tatt %1?

Alt som er lagt inn siden da, vil ikke lenger være i filen; filen slik den er nå, tas først vare på som en sikkerhetskopi.</translation>
    </message>
</context>
<context>
    <name>sd::ui::SalesOverviewWidget</name>
    <message>
        <location filename="../ui/widgets/salesoverviewwidget.cpp" line="61"/>
        <source>Invoiced in %1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Fakturert i %1: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/salesoverviewwidget.cpp" line="64"/>
        <source>Booked invoices less credit notes dated this month</source>
        <translation>Bokførte fakturaer minus kreditnotaer datert denne måneden</translation>
    </message>
    <message>
        <location filename="../ui/widgets/salesoverviewwidget.cpp" line="65"/>
        <source>Open orders: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Åpne ordrer: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/salesoverviewwidget.cpp" line="66"/>
        <source>Confirmed orders not yet delivered and invoiced</source>
        <translation>Bekreftede ordrer som ikke er ferdig levert og fakturert</translation>
    </message>
    <message>
        <location filename="../ui/widgets/salesoverviewwidget.cpp" line="69"/>
        <source>&lt;span style=&quot;color:#c0392b&quot;&gt;Overdue: &lt;b&gt;%1&lt;/b&gt; (%2)&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#c0392b&quot;&gt;Forfalt: &lt;b&gt;%1&lt;/b&gt; (%2)&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/salesoverviewwidget.cpp" line="72"/>
        <source>Overdue: &lt;b&gt;0&lt;/b&gt;</source>
        <translation>Forfalt: &lt;b&gt;0&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/salesoverviewwidget.cpp" line="74"/>
        <source>Booked invoices past their due date with something still to pay</source>
        <translation>Bokførte fakturaer over forfallsdato med noe igjen å betale</translation>
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
        <translation>Org.nr.:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="39"/>
        <source>Legal form:</source>
        <translation>Selskapsform:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="40"/>
        <source>VAT registered (true/false):</source>
        <translation>MVA-registrert (true/false):</translation>
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
        <translation>Poststed:</translation>
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
        <translation>E-post:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="47"/>
        <source>Website:</source>
        <translation>Nettsted:</translation>
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
        <translation>Standard betalingsfrist (dager):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="53"/>
        <source>KID (none, mod10, mod11):</source>
        <translation>KID (none, mod10, mod11):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="54"/>
        <source>Quotes valid for (days):</source>
        <translation>Tilbud gyldig i (dager):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="55"/>
        <source>Reminder fee:</source>
        <translation>Purregebyr:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="56"/>
        <source>Default layout:</source>
        <translation>Standard utskriftsmal:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="61"/>
        <source>Next %1 number:</source>
        <translation>Neste nummer, %1:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="71"/>
        <source>Allow &amp;negative stock (send even when the shelf count says no)</source>
        <translation>Tillat &amp;negativ beholdning (send selv om lagertallet sier nei)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="75"/>
        <source>Company settings</source>
        <translation>Firmainnstillinger</translation>
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
        <translation>&amp;MVA-koder</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="118"/>
        <source>Acc&amp;ounts</source>
        <translation>&amp;Kontoer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="119"/>
        <source>&amp;Groups</source>
        <translation>&amp;Grupper</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="125"/>
        <source>Stock principle: %1 (chosen when the company was created; it cannot change).</source>
        <translation>Lagerprinsipp: %1 (valgt da firmaet ble opprettet; kan ikke endres).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="129"/>
        <source>&amp;Stock</source>
        <translation>&amp;Lager</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="130"/>
        <source>&amp;Layouts</source>
        <translation>&amp;Utskriftsmaler</translation>
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
        <translation>Kundefordringskonto</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="199"/>
        <source>Product group</source>
        <translation>Varegruppe</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="199"/>
        <source>VAT code</source>
        <translation>MVA-kode</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="199"/>
        <source>Revenue account</source>
        <translation>Inntektskonto</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="256"/>
        <source>Layout</source>
        <translation>Utskriftsmal</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="256"/>
        <source>Font</source>
        <translation>Skrift</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="256"/>
        <source>Colour</source>
        <translation>Farge</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="265"/>
        <source>%1, %2 pt</source>
        <translation>%1, %2 pt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="300"/>
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="302"/>
        <source>Some settings were not saved; see the messages beside them.</source>
        <translation>Noen innstillinger ble ikke lagret; se meldingene ved siden av dem.</translation>
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
        <translation>MVA %1 % av %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/totalspanel.cpp" line="45"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/totalspanel.cpp" line="48"/>
        <source>Credited</source>
        <translation>Kreditert</translation>
    </message>
    <message>
        <location filename="../ui/widgets/totalspanel.cpp" line="49"/>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/totalspanel.cpp" line="50"/>
        <source>Amount due</source>
        <translation>Å betale</translation>
    </message>
</context>
</TS>

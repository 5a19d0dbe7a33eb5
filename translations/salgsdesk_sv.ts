<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>AddLine</name>
    <message>
        <location filename="../ui/editors/editcommands.cpp" line="107"/>
        <source>Add heading</source>
        <translation>Lägg till rubrik</translation>
    </message>
    <message>
        <location filename="../ui/editors/editcommands.cpp" line="107"/>
        <source>Add line</source>
        <translation>Lägg till rad</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <location filename="../core/services/backupservice.cpp" line="139"/>
        <source>A file cannot be restored over itself.</source>
        <translation>En fil kan inte återställas över sig själv.</translation>
    </message>
    <message>
        <location filename="../core/services/backupservice.cpp" line="150"/>
        <source>The backup “%1” could not be copied.</source>
        <translation>Säkerhetskopian ”%1” kunde inte kopieras.</translation>
    </message>
    <message>
        <location filename="../core/services/backupservice.cpp" line="172"/>
        <source>The company file “%1” is in use by another program; close it there before restoring.</source>
        <translation>Företagsfilen ”%1” används av ett annat program; stäng den där innan du återställer.</translation>
    </message>
    <message>
        <location filename="../core/services/backupservice.cpp" line="182"/>
        <source>The current file could not be kept as “%1”; nothing was restored.</source>
        <translation>Den aktuella filen kunde inte sparas som ”%1”; inget återställdes.</translation>
    </message>
    <message>
        <location filename="../core/services/backupservice.cpp" line="193"/>
        <source>The company file “%1” could not be replaced; it is unchanged and a copy is in “%2”.</source>
        <translation>Företagsfilen ”%1” kunde inte ersättas; den är oförändrad och en kopia finns i ”%2”.</translation>
    </message>
</context>
<context>
    <name>Barcode</name>
    <message>
        <location filename="../core/print/barcode.cpp" line="22"/>
        <source>A barcode needs something to encode.</source>
        <translation>En streckkod behöver något att koda.</translation>
    </message>
    <message>
        <location filename="../core/print/barcode.cpp" line="26"/>
        <source>“%1” cannot be printed as a Code 128 barcode.</source>
        <translation>”%1” kan inte skrivas ut som en Code 128-streckkod.</translation>
    </message>
    <message>
        <location filename="../core/print/barcode.cpp" line="30"/>
        <source>The barcode library could not start.</source>
        <translation>Streckkodsbiblioteket kunde inte startas.</translation>
    </message>
    <message>
        <location filename="../core/print/barcode.cpp" line="40"/>
        <source>The barcode for “%1” could not be made.</source>
        <translation>Streckkoden för ”%1” kunde inte skapas.</translation>
    </message>
</context>
<context>
    <name>ChangeCustomer</name>
    <message>
        <location filename="../ui/editors/editcommands.cpp" line="327"/>
        <source>Change customer</source>
        <translation>Ändra kund</translation>
    </message>
</context>
<context>
    <name>ChangeHeaderField</name>
    <message>
        <location filename="../ui/editors/editcommands.cpp" line="239"/>
        <source>Change header</source>
        <translation>Ändra dokumenthuvud</translation>
    </message>
</context>
<context>
    <name>ChangeLineDiscount</name>
    <message>
        <location filename="../ui/editors/editcommands.cpp" line="90"/>
        <source>Change discount</source>
        <translation>Ändra rabatt</translation>
    </message>
</context>
<context>
    <name>ChangeLinePrice</name>
    <message>
        <location filename="../ui/editors/editcommands.cpp" line="80"/>
        <source>Change price</source>
        <translation>Ändra pris</translation>
    </message>
</context>
<context>
    <name>ChangeLineQuantity</name>
    <message>
        <location filename="../ui/editors/editcommands.cpp" line="70"/>
        <source>Change quantity</source>
        <translation>Ändra antal</translation>
    </message>
</context>
<context>
    <name>ChangeLineText</name>
    <message>
        <location filename="../ui/editors/editcommands.cpp" line="100"/>
        <source>Change text</source>
        <translation>Ändra text</translation>
    </message>
</context>
<context>
    <name>CompanyService</name>
    <message>
        <location filename="../core/services/companyservice.cpp" line="47"/>
        <source>Domestic customers</source>
        <translation>Inhemska kunder</translation>
    </message>
    <message>
        <location filename="../core/services/companyservice.cpp" line="48"/>
        <source>Foreign customers</source>
        <translation>Utländska kunder</translation>
    </message>
    <message>
        <location filename="../core/services/companyservice.cpp" line="49"/>
        <source>Goods</source>
        <translation>Varor</translation>
    </message>
    <message>
        <location filename="../core/services/companyservice.cpp" line="50"/>
        <source>Services</source>
        <translation>Tjänster</translation>
    </message>
    <message>
        <location filename="../core/services/companyservice.cpp" line="88"/>
        <location filename="../core/services/companyservice.cpp" line="92"/>
        <location filename="../core/services/companyservice.cpp" line="121"/>
        <source>“%1” is not a setting.</source>
        <translation>”%1” är inte en inställning.</translation>
    </message>
    <message>
        <location filename="../core/services/companyservice.cpp" line="126"/>
        <source>The next number must be a whole number from 1 to 999999999.</source>
        <translation>Nästa nummer måste vara ett heltal från 1 till 999999999.</translation>
    </message>
    <message>
        <location filename="../core/services/companyservice.cpp" line="134"/>
        <source>Documents are already booked in the %1 series; its numbers must stay gapless, so the next number cannot be changed.</source>
        <translation>Det finns redan bokförda dokument i nummerserien %1; numren måste vara obrutna, så nästa nummer kan inte ändras.</translation>
    </message>
    <message>
        <location filename="../core/services/companyservice.cpp" line="148"/>
        <source>The setting %1 is chosen when the company file is created and can never be changed.</source>
        <translation>Inställningen %1 väljs när företagsfilen skapas och kan aldrig ändras.</translation>
    </message>
    <message>
        <location filename="../core/services/companyservice.cpp" line="152"/>
        <source>The company name is required.</source>
        <translation>Företagsnamn måste anges.</translation>
    </message>
    <message>
        <location filename="../core/services/companyservice.cpp" line="190"/>
        <source>A group code has 1–32 letters, digits, - or _.</source>
        <translation>En gruppkod har 1–32 bokstäver, siffror, - eller _.</translation>
    </message>
    <message>
        <location filename="../core/services/companyservice.cpp" line="192"/>
        <source>The group needs a name.</source>
        <translation>Gruppen måste ha ett namn.</translation>
    </message>
    <message>
        <location filename="../core/services/companyservice.cpp" line="214"/>
        <source>There is no product group “%1”.</source>
        <translation>Det finns ingen artikelgrupp ”%1”.</translation>
    </message>
</context>
<context>
    <name>CompanySettings</name>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="116"/>
        <source>“%1” is not a setting.</source>
        <translation>”%1” är inte en inställning.</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="118"/>
        <source>Invalid value for %1: %2</source>
        <translation>Ogiltigt värde för %1: %2</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="123"/>
        <source>the text is too long.</source>
        <translation>texten är för lång.</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="130"/>
        <source>use true or false.</source>
        <translation>använd true eller false.</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="135"/>
        <source>a number of days from 0 to 365 is expected.</source>
        <translation>ett antal dagar från 0 till 365 förväntas.</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="142"/>
        <source>a port number from 1 to 65535 is expected.</source>
        <translation>ett portnummer från 1 till 65535 förväntas.</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="150"/>
        <source>the amount cannot be negative.</source>
        <translation>beloppet kan inte vara negativt.</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="155"/>
        <source>choose one of %1.</source>
        <translation>välj en av %1.</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="161"/>
        <source>“%1” is not a valid organisation number (9 digits, MOD11).</source>
        <translation>”%1” är inte ett giltigt organisationsnummer (9 siffror, MOD11).</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="168"/>
        <source>“%1” is not a valid bank account number (11 digits, MOD11).</source>
        <translation>”%1” är inte ett giltigt kontonummer (11 siffror, MOD11).</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="176"/>
        <source>“%1” is not a valid IBAN.</source>
        <translation>”%1” är inte ett giltigt IBAN.</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="183"/>
        <source>a BIC has 8 or 11 letters and digits.</source>
        <translation>en BIC har 8 eller 11 bokstäver och siffror.</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="189"/>
        <source>“%1” is not an e-mail address.</source>
        <translation>”%1” är inte en e-postadress.</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="195"/>
        <source>an account number has 4 to 8 digits.</source>
        <translation>ett kontonummer har 4 till 8 siffror.</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="201"/>
        <source>use a three-letter ISO 4217 code such as NOK.</source>
        <translation>använd en ISO 4217-kod med tre bokstäver, t.ex. NOK.</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="211"/>
        <source>The company name is required.</source>
        <translation>Företagsnamn måste anges.</translation>
    </message>
    <message>
        <location filename="../core/domain/companysettings.cpp" line="213"/>
        <source>The organisation number is required.</source>
        <translation>Organisationsnummer måste anges.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/export/csvreader.cpp" line="112"/>
        <source>Line %1: text after a closing quote; a quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>Rad %1: text efter ett avslutande citattecken; ett citattecken inuti ett fält inom citattecken måste dubbleras (&quot;&quot;).</translation>
    </message>
    <message>
        <location filename="../core/export/csvreader.cpp" line="118"/>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Rad %1: ett fält inom citattecken avslutas aldrig.</translation>
    </message>
    <message>
        <location filename="../core/export/csvreader.cpp" line="122"/>
        <source>The file is empty: a header row is expected.</source>
        <translation>Filen är tom: en rubrikrad förväntas.</translation>
    </message>
</context>
<context>
    <name>CustomerCsvImporter</name>
    <message>
        <location filename="../core/export/customercsvimporter.cpp" line="61"/>
        <source>Two columns mean “%1”: “%2” and “%3”.</source>
        <translation>Två kolumner betyder ”%1”: ”%2” och ”%3”.</translation>
    </message>
    <message>
        <location filename="../core/export/customercsvimporter.cpp" line="66"/>
        <source>The required column “name” (navn) is missing.</source>
        <translation>Den obligatoriska kolumnen ”name” (navn) saknas.</translation>
    </message>
    <message>
        <location filename="../core/export/customercsvimporter.cpp" line="79"/>
        <source>The row has %1 fields, the header %2.</source>
        <translation>Raden har %1 fält, rubrikraden %2.</translation>
    </message>
    <message>
        <location filename="../core/export/customercsvimporter.cpp" line="92"/>
        <source>“%1” is not a customer number.</source>
        <translation>”%1” är inte ett kundnummer.</translation>
    </message>
    <message>
        <location filename="../core/export/customercsvimporter.cpp" line="103"/>
        <source>Customer number %1 is also on line %2.</source>
        <translation>Kundnummer %1 finns även på rad %2.</translation>
    </message>
</context>
<context>
    <name>CustomerRules</name>
    <message>
        <location filename="../core/domain/customer.cpp" line="79"/>
        <source>Payment days must be a number from 0 to 365, not “%1”.</source>
        <translation>Betalningsvillkoret måste vara ett antal dagar från 0 till 365, inte ”%1”.</translation>
    </message>
    <message>
        <location filename="../core/domain/customer.cpp" line="86"/>
        <source>EHF must be true or false.</source>
        <translation>EHF måste vara true eller false.</translation>
    </message>
    <message>
        <location filename="../core/domain/customer.cpp" line="90"/>
        <source>“%1” is not a customer field.</source>
        <translation>”%1” är inte ett kundfält.</translation>
    </message>
    <message>
        <location filename="../core/domain/customer.cpp" line="98"/>
        <source>The customer name is required.</source>
        <translation>Kundnamn måste anges.</translation>
    </message>
    <message>
        <location filename="../core/domain/customer.cpp" line="100"/>
        <source>The customer name is longer than 200 characters.</source>
        <translation>Kundnamnet är längre än 200 tecken.</translation>
    </message>
    <message>
        <location filename="../core/domain/customer.cpp" line="105"/>
        <source>“%1” is not a valid organisation number (9 digits, MOD11).</source>
        <translation>”%1” är inte ett giltigt organisationsnummer (9 siffror, MOD11).</translation>
    </message>
    <message>
        <location filename="../core/domain/customer.cpp" line="109"/>
        <source>“%1” is not a valid GLN (13 digits with a GS1 check digit).</source>
        <translation>”%1” är inte ett giltigt GLN (13 siffror med en GS1-kontrollsiffra).</translation>
    </message>
    <message>
        <location filename="../core/domain/customer.cpp" line="112"/>
        <source>“%1” is not an e-mail address.</source>
        <translation>”%1” är inte en e-postadress.</translation>
    </message>
    <message>
        <location filename="../core/domain/customer.cpp" line="116"/>
        <source>The country must be a two-letter code such as NO, not “%1”.</source>
        <translation>Landet måste vara en kod med två bokstäver, t.ex. NO, inte ”%1”.</translation>
    </message>
    <message>
        <location filename="../core/domain/customer.cpp" line="119"/>
        <source>The delivery country must be a two-letter code such as NO.</source>
        <translation>Leveranslandet måste vara en kod med två bokstäver, t.ex. NO.</translation>
    </message>
    <message>
        <location filename="../core/domain/customer.cpp" line="123"/>
        <source>The currency must be a three-letter code such as NOK.</source>
        <translation>Valutan måste vara en kod med tre bokstäver, t.ex. NOK.</translation>
    </message>
    <message>
        <location filename="../core/domain/customer.cpp" line="127"/>
        <source>A PEPPOL id is written scheme:identifier, e.g. 0192:923609016.</source>
        <translation>Ett PEPPOL-id skrivs schema:identifierare, t.ex. 0192:923609016.</translation>
    </message>
    <message>
        <location filename="../core/domain/customer.cpp" line="129"/>
        <source>Payment days must be from 0 to 365.</source>
        <translation>Betalningsvillkoret måste vara från 0 till 365 dagar.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="101"/>
        <source>The company file “%1” does not exist.</source>
        <translation>Företagsfilen ”%1” finns inte.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="104"/>
        <location filename="../core/storage/database.cpp" line="108"/>
        <source>The company file “%1” cannot be read.</source>
        <translation>Företagsfilen ”%1” kan inte läsas.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="115"/>
        <location filename="../core/storage/database.cpp" line="246"/>
        <source>“%1” is not a Salgsdesk company file.</source>
        <translation>”%1” är inte en företagsfil för Salgsdesk.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="118"/>
        <source>The company file “%1” is damaged and cannot be opened. Restore it from a backup.</source>
        <translation>Företagsfilen ”%1” är skadad och kan inte öppnas. Återställ den från en säkerhetskopia.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="172"/>
        <source>Opening the company file</source>
        <translation>Öppnar företagsfilen</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="191"/>
        <location filename="../core/storage/database.cpp" line="458"/>
        <source>The file “%1” already exists; choose another name.</source>
        <translation>Filen ”%1” finns redan; välj ett annat namn.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="197"/>
        <source>The company file “%1” cannot be created.</source>
        <translation>Företagsfilen ”%1” kan inte skapas.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="258"/>
        <source>The company file “%1” was made by a newer version of Salgsdesk (file version %2, this program understands up to %3). Update Salgsdesk to open it.</source>
        <translation>Företagsfilen ”%1” har skapats av en nyare version av Salgsdesk (filversion %2, det här programmet förstår upp till %3). Uppdatera Salgsdesk för att öppna den.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="266"/>
        <source>The company file “%1” must be upgraded to this version of Salgsdesk, but it is read-only.</source>
        <translation>Företagsfilen ”%1” måste uppgraderas till den här versionen av Salgsdesk, men den är skrivskyddad.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="420"/>
        <source>The company file is in use by another program (it stayed busy for %1 seconds). Try again when that program has finished.</source>
        <translation>Företagsfilen används av ett annat program (den var upptagen i %1 sekunder). Försök igen när det programmet är klart.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="426"/>
        <source>The company file is read-only; nothing can be changed.</source>
        <translation>Företagsfilen är skrivskyddad; inget kan ändras.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="429"/>
        <source>The disk is full; the change was not saved. Free some space and try again.</source>
        <translation>Disken är full; ändringen sparades inte. Frigör lite utrymme och försök igen.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="435"/>
        <source>The company file “%1” is damaged. Restore it from a backup.</source>
        <translation>Företagsfilen ”%1” är skadad. Återställ den från en säkerhetskopia.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="440"/>
        <source>The company file “%1” could not be read or written.</source>
        <translation>Företagsfilen ”%1” kunde inte läsas eller skrivas.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="445"/>
        <source>A booked document cannot be changed; use a credit note.</source>
        <translation>Ett bokfört dokument kan inte ändras; använd en kreditfaktura.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="447"/>
        <source>The change breaks a rule of the company file and was not saved.</source>
        <translation>Ändringen bryter mot en regel i företagsfilen och sparades inte.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="450"/>
        <source>A database operation failed.</source>
        <translation>En databasåtgärd misslyckades.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="461"/>
        <source>The folder “%1” cannot be created.</source>
        <translation>Mappen ”%1” kan inte skapas.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="466"/>
        <source>The backup “%1” could not be written: %2</source>
        <translation>Säkerhetskopian ”%1” kunde inte skrivas: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/transaction.cpp" line="33"/>
        <source>The company file “%1” is open read-only; nothing can be changed.</source>
        <translation>Företagsfilen ”%1” är öppnad skrivskyddad; inget kan ändras.</translation>
    </message>
    <message>
        <location filename="../core/storage/transaction.cpp" line="64"/>
        <source>A step of this batch failed, so none of its changes since the last save were kept.</source>
        <translation>Ett steg i den här körningen misslyckades, så inga av ändringarna sedan senaste sparningen behölls.</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="69"/>
        <source>A schema upgrade step is missing.</source>
        <translation>Ett steg i schemauppgraderingen saknas.</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="76"/>
        <source>Upgrading the company file to version %1 failed; the file was left unchanged.</source>
        <translation>Uppgraderingen av företagsfilen till version %1 misslyckades; filen är oförändrad.</translation>
    </message>
    <message>
        <location filename="../core/storage/settingsrepository.cpp" line="52"/>
        <location filename="../core/storage/settingsrepository.cpp" line="75"/>
        <source>There is no number series “%1”.</source>
        <translation>Det finns ingen nummerserie ”%1”.</translation>
    </message>
    <message>
        <location filename="../core/storage/settingsrepository.cpp" line="137"/>
        <source>There is no VAT code “%1”.</source>
        <translation>Det finns ingen momskod ”%1”.</translation>
    </message>
    <message>
        <location filename="../core/storage/customerrepository.cpp" line="108"/>
        <source>There is no customer number %1.</source>
        <translation>Det finns inget kundnummer %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/customerrepository.cpp" line="121"/>
        <source>The customer does not exist.</source>
        <translation>Kunden finns inte.</translation>
    </message>
    <message>
        <location filename="../core/storage/productrepository.cpp" line="114"/>
        <source>There is no product with SKU “%1”.</source>
        <translation>Det finns ingen artikel med artikelnr ”%1”.</translation>
    </message>
    <message>
        <location filename="../core/storage/productrepository.cpp" line="125"/>
        <source>No product has the barcode “%1”.</source>
        <translation>Ingen artikel har streckkoden ”%1”.</translation>
    </message>
    <message>
        <location filename="../core/storage/productrepository.cpp" line="139"/>
        <source>The product does not exist.</source>
        <translation>Artikeln finns inte.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentrepository.cpp" line="301"/>
        <location filename="../core/storage/documentrepository.cpp" line="361"/>
        <source>There is no document with id %1.</source>
        <translation>Det finns inget dokument med id %1.</translation>
    </message>
</context>
<context>
    <name>DocumentListQuery</name>
    <message>
        <location filename="../core/storage/documentliststatements.cpp" line="160"/>
        <location filename="../core/storage/documentliststatements.cpp" line="263"/>
        <source>A document list needs at least one type.</source>
        <translation>En dokumentlista måste ha minst en dokumenttyp.</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <location filename="../core/print/documentrenderer.cpp" line="190"/>
        <source>The document header does not fit on a page; shorten the addresses or the footer.</source>
        <translation>Dokumenthuvudet får inte plats på en sida; korta adresserna eller sidfoten.</translation>
    </message>
    <message>
        <location filename="../core/print/documentrenderer.cpp" line="197"/>
        <source>The printout could not be started.</source>
        <translation>Utskriften kunde inte startas.</translation>
    </message>
    <message>
        <location filename="../core/print/documentrenderer.cpp" line="202"/>
        <source>A new page could not be started.</source>
        <translation>En ny sida kunde inte påbörjas.</translation>
    </message>
    <message>
        <location filename="../core/print/documentrenderer.cpp" line="212"/>
        <source>The printout could not be finished.</source>
        <translation>Utskriften kunde inte slutföras.</translation>
    </message>
    <message>
        <location filename="../core/print/documentrenderer.cpp" line="223"/>
        <location filename="../core/print/documentrenderer.cpp" line="238"/>
        <source>The PDF could not be written to %1.</source>
        <translation>PDF-filen kunde inte skrivas till %1.</translation>
    </message>
</context>
<context>
    <name>DocumentSteps</name>
    <message>
        <location filename="../ui/actions/documentsteps.cpp" line="50"/>
        <source>Everything on this order has been shipped.</source>
        <translation>Allt på denna order har levererats.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentsteps.cpp" line="56"/>
        <source>The order is fully invoiced.</source>
        <translation>Ordern är helt fakturerad.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentsteps.cpp" line="58"/>
        <source>Nothing on this order has been shipped yet.</source>
        <translation>Inget på denna order har levererats ännu.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentsteps.cpp" line="64"/>
        <source>Only a partly shipped order can be split into a backorder.</source>
        <translation>Bara en dellevererad order kan delas upp i en restorder.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentsteps.cpp" line="69"/>
        <source>Something has been shipped; create a backorder for the rest instead.</source>
        <translation>Något har redan levererats; skapa i stället en restorder för resten.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentsteps.cpp" line="88"/>
        <source>Everything is picked.</source>
        <translation>Allt är plockat.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentsteps.cpp" line="93"/>
        <source>Pick something before sending the shipment.</source>
        <translation>Plocka något innan du skickar försändelsen.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentsteps.cpp" line="118"/>
        <location filename="../ui/actions/documentsteps.cpp" line="123"/>
        <source>The invoice is paid.</source>
        <translation>Fakturan är betald.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentsteps.cpp" line="126"/>
        <source>The invoice is not overdue yet (due %1).</source>
        <translation>Fakturan har inte förfallit ännu (förfaller %1).</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentsteps.cpp" line="135"/>
        <source>Book the document before exporting it as EHF.</source>
        <translation>Bokför dokumentet innan du exporterar det som EHF.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentsteps.cpp" line="196"/>
        <source>Select a document in one of the lists.</source>
        <translation>Välj ett dokument i någon av listorna.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentsteps.cpp" line="218"/>
        <source>The document has an unknown status “%1”.</source>
        <translation>Dokumentet har en okänd status ”%1”.</translation>
    </message>
</context>
<context>
    <name>EhfInvoiceWriter</name>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="78"/>
        <source>Exempt from VAT</source>
        <translation>Undantaget från moms</translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="79"/>
        <source>Export of goods and services, VAT-free</source>
        <translation>Export av varor och tjänster, momsfri</translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="80"/>
        <source>Reverse charge</source>
        <translation>Omvänd betalningsskyldighet</translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="81"/>
        <source>Intra-community supply</source>
        <translation>Leverans inom EU</translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="82"/>
        <source>Not subject to VAT</source>
        <translation>Ej momspliktig</translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="167"/>
        <source>The booked totals of %1 %2 do not add up; it cannot be exported.</source>
        <translation>De bokförda totalbeloppen för %1 %2 stämmer inte; dokumentet kan inte exporteras.</translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="194"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="209"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="269"/>
        <source>Customer %1 has no electronic address PEPPOL accepts: give it an organisation number, a GLN, a VAT number or a PEPPOL id (an e-mail address is not enough).</source>
        <translation>Kund %1 har ingen elektronisk adress som PEPPOL godtar: ange ett organisationsnummer, ett GLN, ett momsregistreringsnummer eller ett PEPPOL-id (en e-postadress räcker inte).</translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="280"/>
        <source>Only booked invoices and credit notes can be exported as EHF.</source>
        <translation>Bara bokförda fakturor och kreditfakturor kan exporteras som EHF.</translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="285"/>
        <source>Set a valid company organisation number (company.orgnr) before exporting EHF.</source>
        <translation>Ange ett giltigt organisationsnummer för företaget (company.orgnr) innan du exporterar EHF.</translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="289"/>
        <source>Line %1 charges VAT, but the company is not VAT-registered (company.vat_registered).</source>
        <translation>Rad %1 har moms, men företaget är inte momsregistrerat (company.vat_registered).</translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="298"/>
        <source>Set company.bank_account or company.iban: an EHF invoice must say where to pay.</source>
        <translation>Ange company.bank_account eller company.iban: en EHF-faktura måste ange vart betalningen ska göras.</translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="349"/>
        <source>Credit note %1</source>
        <translation>Kreditfaktura %1</translation>
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
            <numerusform>Betalning inom %n dag</numerusform>
            <numerusform>Betalning inom %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/export/ehfinvoicewriter.cpp" line="489"/>
        <source>The EHF file could not be written.</source>
        <translation>EHF-filen kunde inte skrivas.</translation>
    </message>
</context>
<context>
    <name>ImportExportService</name>
    <message>
        <location filename="../core/services/importexportservice.cpp" line="56"/>
        <location filename="../core/services/importexportservice.cpp" line="64"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <location filename="../core/services/importexportservice.cpp" line="78"/>
        <source>Only invoices and credit notes can be exported as EHF.</source>
        <translation>Bara fakturor och kreditfakturor kan exporteras som EHF.</translation>
    </message>
    <message>
        <location filename="../core/services/importexportservice.cpp" line="130"/>
        <source>The folder %1 could not be created.</source>
        <translation>Mappen %1 kunde inte skapas.</translation>
    </message>
    <message>
        <location filename="../core/services/importexportservice.cpp" line="135"/>
        <source>Cannot write in %1: %2</source>
        <translation>Kan inte skriva i %1: %2</translation>
    </message>
    <message>
        <location filename="../core/services/importexportservice.cpp" line="145"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location filename="../core/services/importexportservice.cpp" line="169"/>
        <source>Cannot write %1; no EHF file of the period was kept.</source>
        <translation>Kan inte skriva %1; ingen EHF-fil för perioden sparades.</translation>
    </message>
    <message>
        <location filename="../core/services/importexportservice.cpp" line="180"/>
        <source>The period must run from a date to the same or a later date.</source>
        <translation>Perioden måste gå från ett datum till samma eller ett senare datum.</translation>
    </message>
    <message>
        <location filename="../core/services/importexportservice.cpp" line="379"/>
        <source>Line %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
</context>
<context>
    <name>JournalCsvWriter</name>
    <message>
        <location filename="../core/export/journalcsvwriter.cpp" line="61"/>
        <source>Credit note %1, %2</source>
        <translation>Kreditfaktura %1, %2</translation>
    </message>
    <message>
        <location filename="../core/export/journalcsvwriter.cpp" line="61"/>
        <source>Invoice %1, %2</source>
        <translation>Faktura %1, %2</translation>
    </message>
    <message>
        <location filename="../core/export/journalcsvwriter.cpp" line="75"/>
        <source>No revenue account for VAT code %1: set accounts.revenue.</source>
        <translation>Inget intäktskonto för momskod %1: ange accounts.revenue.</translation>
    </message>
    <message>
        <location filename="../core/export/journalcsvwriter.cpp" line="98"/>
        <source>No output VAT account for VAT code %1: set accounts.vat.%1.</source>
        <translation>Inget konto för utgående moms för momskod %1: ange accounts.vat.%1.</translation>
    </message>
    <message>
        <location filename="../core/export/journalcsvwriter.cpp" line="113"/>
        <source>Payment of invoice %1</source>
        <translation>Betalning av faktura %1</translation>
    </message>
    <message>
        <location filename="../core/export/journalcsvwriter.cpp" line="128"/>
        <source>Reminder fee, invoice %1</source>
        <translation>Påminnelseavgift, faktura %1</translation>
    </message>
    <message>
        <location filename="../core/export/journalcsvwriter.cpp" line="143"/>
        <source>Voucher %1 does not balance (off by %2); nothing was exported.</source>
        <translation>Verifikation %1 balanserar inte (differens %2); inget exporterades.</translation>
    </message>
</context>
<context>
    <name>LayoutRules</name>
    <message>
        <location filename="../core/print/layoutprofile.cpp" line="18"/>
        <source>Invalid value for %1: use true or false.</source>
        <translation>Ogiltigt värde för %1: använd true eller false.</translation>
    </message>
    <message>
        <location filename="../core/print/layoutprofile.cpp" line="65"/>
        <source>A layout name must have 1 to 60 characters.</source>
        <translation>Ett layoutnamn måste ha 1 till 60 tecken.</translation>
    </message>
    <message>
        <location filename="../core/print/layoutprofile.cpp" line="73"/>
        <source>Invalid value for %1: %2</source>
        <translation>Ogiltigt värde för %1: %2</translation>
    </message>
    <message>
        <location filename="../core/print/layoutprofile.cpp" line="80"/>
        <source>use a colour as #RRGGBB.</source>
        <translation>ange en färg som #RRGGBB.</translation>
    </message>
    <message>
        <location filename="../core/print/layoutprofile.cpp" line="84"/>
        <source>a font family is needed.</source>
        <translation>ett typsnitt måste anges.</translation>
    </message>
    <message>
        <location filename="../core/print/layoutprofile.cpp" line="90"/>
        <source>a size from 6 to 16 points is expected.</source>
        <translation>en storlek från 6 till 16 punkter förväntas.</translation>
    </message>
    <message>
        <location filename="../core/print/layoutprofile.cpp" line="95"/>
        <source>the footer can have at most 8 lines and 1000 characters.</source>
        <translation>sidfoten får ha högst 8 rader och 1000 tecken.</translation>
    </message>
    <message>
        <location filename="../core/print/layoutprofile.cpp" line="99"/>
        <source>the text is too long.</source>
        <translation>texten är för lång.</translation>
    </message>
    <message>
        <location filename="../core/print/layoutprofile.cpp" line="103"/>
        <source>use one of %1.</source>
        <translation>använd en av %1.</translation>
    </message>
    <message>
        <location filename="../core/print/layoutprofile.cpp" line="112"/>
        <source>use A4 or Letter.</source>
        <translation>använd A4 eller Letter.</translation>
    </message>
    <message>
        <location filename="../core/print/layoutprofile.cpp" line="117"/>
        <source>a margin from 5 to 40 mm is expected.</source>
        <translation>en marginal från 5 till 40 mm förväntas.</translation>
    </message>
    <message>
        <location filename="../core/print/layoutprofile.cpp" line="135"/>
        <source>“%1” is not a layout field.</source>
        <translation>”%1” är inte ett fält i layouten.</translation>
    </message>
</context>
<context>
    <name>MasterDataService</name>
    <message>
        <location filename="../core/services/masterdataservice.cpp" line="22"/>
        <source>A customer number must be from 1 to 999999999.</source>
        <translation>Ett kundnummer måste vara från 1 till 999999999.</translation>
    </message>
    <message>
        <location filename="../core/services/masterdataservice.cpp" line="27"/>
        <source>Customer number %1 is already taken.</source>
        <translation>Kundnummer %1 används redan.</translation>
    </message>
    <message>
        <location filename="../core/services/masterdataservice.cpp" line="34"/>
        <source>There is no customer group “%1”.</source>
        <translation>Det finns ingen kundgrupp ”%1”.</translation>
    </message>
    <message>
        <location filename="../core/services/masterdataservice.cpp" line="119"/>
        <source>The SKU “%1” is already used by another product.</source>
        <translation>Artikelnr ”%1” används redan av en annan artikel.</translation>
    </message>
    <message>
        <location filename="../core/services/masterdataservice.cpp" line="126"/>
        <source>The barcode %1 is already used by another product.</source>
        <translation>Streckkoden %1 används redan av en annan artikel.</translation>
    </message>
    <message>
        <location filename="../core/services/masterdataservice.cpp" line="136"/>
        <source>There is no product group “%1”.</source>
        <translation>Det finns ingen artikelgrupp ”%1”.</translation>
    </message>
    <message>
        <location filename="../core/services/masterdataservice.cpp" line="173"/>
        <source>“%1” is a bundle itself; a bundle&apos;s components must be products.</source>
        <translation>”%1” är själv ett artikelpaket; komponenterna i ett artikelpaket måste vara artiklar.</translation>
    </message>
    <message>
        <location filename="../core/services/masterdataservice.cpp" line="176"/>
        <source>The component “%1” is listed twice.</source>
        <translation>Komponenten ”%1” finns med två gånger.</translation>
    </message>
    <message>
        <location filename="../core/services/masterdataservice.cpp" line="242"/>
        <source>No VAT code has the rate %1 % on %2; use --vat-code.</source>
        <translation>Ingen momskod har satsen %1 % per %2; använd --vat-code.</translation>
    </message>
</context>
<context>
    <name>MoveLine</name>
    <message>
        <location filename="../ui/editors/editcommands.cpp" line="205"/>
        <source>Move line</source>
        <translation>Flytta rad</translation>
    </message>
</context>
<context>
    <name>PrintService</name>
    <message>
        <location filename="../core/services/printservice.cpp" line="33"/>
        <source>There is no layout “%1”.</source>
        <translation>Det finns ingen layout ”%1”.</translation>
    </message>
    <message>
        <location filename="../core/services/printservice.cpp" line="53"/>
        <source>A layout named “%1” already exists.</source>
        <translation>Det finns redan en layout med namnet ”%1”.</translation>
    </message>
    <message>
        <location filename="../core/services/printservice.cpp" line="151"/>
        <source>Invoice %1 has no reminder registered; register one first (invoice remind).</source>
        <translation>Faktura %1 har ingen registrerad påminnelse; registrera en först (invoice remind).</translation>
    </message>
    <message>
        <location filename="../core/services/printservice.cpp" line="201"/>
        <source>The layout “%1” hides the payment terms, so they will be missing on this invoice. Choose another layout or turn payment terms on in it.</source>
        <translation>Layouten ”%1” döljer betalningsvillkoren, så de kommer att saknas på denna faktura. Välj en annan layout eller slå på betalningsvillkor i den.</translation>
    </message>
    <message>
        <location filename="../core/services/printservice.cpp" line="208"/>
        <source>No bank account is set (settings company.bank_account), so the printout has no payment information.</source>
        <translation>Inget bankkonto är angivet (inställningen company.bank_account), så utskriften saknar betalningsinformation.</translation>
    </message>
    <message>
        <location filename="../core/services/printservice.cpp" line="213"/>
        <source>No organisation number is set (settings company.orgnr), so the seller&apos;s org.nr is missing on this printout; invoices and credit notes must show it.</source>
        <translation>Inget organisationsnummer är angivet (inställningen company.orgnr), så säljarens org.nr saknas på denna utskrift; fakturor och kreditfakturor måste visa det.</translation>
    </message>
</context>
<context>
    <name>ProductCsvImporter</name>
    <message>
        <location filename="../core/export/productcsvimporter.cpp" line="63"/>
        <source>Two columns mean “%1”: “%2” and “%3”.</source>
        <translation>Två kolumner betyder ”%1”: ”%2” och ”%3”.</translation>
    </message>
    <message>
        <location filename="../core/export/productcsvimporter.cpp" line="68"/>
        <source>Give either a VAT rate column or a VAT code column, not both.</source>
        <translation>Ange antingen en kolumn för momssats eller en för momskod, inte båda.</translation>
    </message>
    <message>
        <location filename="../core/export/productcsvimporter.cpp" line="71"/>
        <source>The required column “%1” is missing.</source>
        <translation>Den obligatoriska kolumnen ”%1” saknas.</translation>
    </message>
    <message>
        <location filename="../core/export/productcsvimporter.cpp" line="87"/>
        <source>The row has %1 fields, the header %2.</source>
        <translation>Raden har %1 fält, rubrikraden %2.</translation>
    </message>
    <message>
        <location filename="../core/export/productcsvimporter.cpp" line="112"/>
        <source>No VAT code has the rate %1 %.</source>
        <translation>Ingen momskod har satsen %1 %.</translation>
    </message>
    <message>
        <location filename="../core/export/productcsvimporter.cpp" line="124"/>
        <source>The SKU “%1” is also on line %2.</source>
        <translation>Artikelnr ”%1” finns även på rad %2.</translation>
    </message>
    <message>
        <location filename="../core/export/productcsvimporter.cpp" line="131"/>
        <source>The barcode %1 is also on line %2.</source>
        <translation>Streckkoden %1 finns även på rad %2.</translation>
    </message>
</context>
<context>
    <name>ProductRules</name>
    <message>
        <location filename="../core/domain/product.cpp" line="49"/>
        <source>stock-tracked must be true or false.</source>
        <translation>stock-tracked måste vara true eller false.</translation>
    </message>
    <message>
        <location filename="../core/domain/product.cpp" line="53"/>
        <source>“%1” is not a product field.</source>
        <translation>”%1” är inte ett artikelfält.</translation>
    </message>
    <message>
        <location filename="../core/domain/product.cpp" line="62"/>
        <source>The SKU (product number) is required.</source>
        <translation>Artikelnr måste anges.</translation>
    </message>
    <message>
        <location filename="../core/domain/product.cpp" line="64"/>
        <source>The SKU is longer than 64 characters.</source>
        <translation>Artikelnumret är längre än 64 tecken.</translation>
    </message>
    <message>
        <location filename="../core/domain/product.cpp" line="68"/>
        <source>The SKU “%1” may not contain spaces or colons.</source>
        <translation>Artikelnr ”%1” får inte innehålla mellanslag eller kolon.</translation>
    </message>
    <message>
        <location filename="../core/domain/product.cpp" line="70"/>
        <source>The product name is required.</source>
        <translation>Artikelnamn måste anges.</translation>
    </message>
    <message>
        <location filename="../core/domain/product.cpp" line="74"/>
        <source>The sales price cannot be negative.</source>
        <translation>Försäljningspriset kan inte vara negativt.</translation>
    </message>
    <message>
        <location filename="../core/domain/product.cpp" line="76"/>
        <source>The cost price cannot be negative.</source>
        <translation>Självkostnadspriset kan inte vara negativt.</translation>
    </message>
    <message>
        <location filename="../core/domain/product.cpp" line="79"/>
        <source>“%1” is not a valid EAN-13 or EAN-8 barcode (check digit).</source>
        <translation>”%1” är inte en giltig EAN-13- eller EAN-8-streckkod (kontrollsiffra).</translation>
    </message>
    <message>
        <location filename="../core/domain/product.cpp" line="83"/>
        <source>A bundle needs at least one component.</source>
        <translation>Ett artikelpaket måste ha minst en komponent.</translation>
    </message>
    <message>
        <location filename="../core/domain/product.cpp" line="87"/>
        <source>Component quantities must be greater than zero.</source>
        <translation>Antal per komponent måste vara större än noll.</translation>
    </message>
</context>
<context>
    <name>RemoveLine</name>
    <message>
        <location filename="../ui/editors/editcommands.cpp" line="139"/>
        <source>Remove line</source>
        <translation>Ta bort rad</translation>
    </message>
</context>
<context>
    <name>SalesService</name>
    <message>
        <location filename="../core/services/salesservice.cpp" line="33"/>
        <location filename="../core/services/salesservicelines.cpp" line="115"/>
        <source>Shipments are made from orders and credit notes from invoices.</source>
        <translation>Försändelser skapas från order och kreditfakturor från fakturor.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="59"/>
        <location filename="../core/services/salesservice.cpp" line="135"/>
        <source>Customer %1 is deleted.</source>
        <translation>Kund %1 är borttagen.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="86"/>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="99"/>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="100"/>
        <source>your reference</source>
        <translation>er referens</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="101"/>
        <source>our reference</source>
        <translation>vår referens</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="102"/>
        <source>heading</source>
        <translation>rubrik</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="103"/>
        <source>note</source>
        <translation>meddelande</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="104"/>
        <source>delivery date</source>
        <translation>leveransdatum</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="107"/>
        <source>Only quotes have a valid-until date.</source>
        <translation>Bara offerter har ett giltig till-datum.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="109"/>
        <source>valid until</source>
        <translation>giltig till</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="111"/>
        <source>discount</source>
        <translation>rabatt</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="112"/>
        <source>layout</source>
        <translation>layout</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="116"/>
        <source>Changed %1</source>
        <translation>Ändrade %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicelines.cpp" line="148"/>
        <source>Credit-note lines come from the invoice; change their quantities instead.</source>
        <translation>Raderna på en kreditfaktura kommer från fakturan; ändra antalet i stället.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicelines.cpp" line="66"/>
        <source>A priced text line needs a VAT code (--vat or --vat-code).</source>
        <translation>En textrad med pris måste ha en momskod (--vat eller --vat-code).</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicelines.cpp" line="72"/>
        <source>A text line or heading needs a text.</source>
        <translation>En textrad eller rubrik måste ha en text.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicelines.cpp" line="89"/>
        <source>Line %1 of the %2 to add: %3</source>
        <translation>Rad %1 av de %2 som ska läggas till: %3</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicelines.cpp" line="105"/>
        <source>Added line %1: %2</source>
        <translation>Lade till rad %1: %2</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicelines.cpp" line="106"/>
        <source>Added lines %1–%2</source>
        <translation>Lade till rad %1–%2</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicelines.cpp" line="176"/>
        <location filename="../core/services/salesservicelines.cpp" line="210"/>
        <location filename="../core/services/salesservicelines.cpp" line="233"/>
        <location filename="../core/services/salesservicelines.cpp" line="240"/>
        <source>There is no line %1.</source>
        <translation>Det finns ingen rad %1.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicelines.cpp" line="179"/>
        <location filename="../core/services/salesservicefulfilment.cpp" line="144"/>
        <source>The quantity must be greater than zero.</source>
        <translation>Antalet måste vara större än noll.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicelines.cpp" line="188"/>
        <source>A credit note keeps the invoice&apos;s prices.</source>
        <translation>En kreditfaktura behåller fakturans priser.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicelines.cpp" line="196"/>
        <source>Changed line %1</source>
        <translation>Ändrade rad %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicelines.cpp" line="216"/>
        <source>Removed line %1</source>
        <translation>Tog bort rad %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicelines.cpp" line="247"/>
        <source>Moved line %1</source>
        <translation>Flyttade rad %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="128"/>
        <source>Only a draft can change customer.</source>
        <translation>Bara ett utkast kan byta kund.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="130"/>
        <source>A credit note or shipment keeps the customer of its source.</source>
        <translation>En kreditfaktura eller försändelse behåller kunden från dokumentet den skapades från.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="144"/>
        <source>Customer changed to %1 %2</source>
        <translation>Kund ändrad till %1 %2</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="156"/>
        <source>Only drafts can be deleted; this document is %1.</source>
        <translation>Bara utkast kan tas bort; detta dokument har status %1.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="169"/>
        <source>Shipments and credit notes cannot be duplicated.</source>
        <translation>Försändelser och kreditfakturor kan inte dupliceras.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="189"/>
        <source>Duplicated from %1</source>
        <translation>Duplicerad från %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="203"/>
        <source>Archived</source>
        <translation>Arkiverad</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="203"/>
        <source>Unarchived</source>
        <translation>Återställd från arkivet</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="210"/>
        <source>A comment needs a text.</source>
        <translation>En kommentar måste ha en text.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="221"/>
        <source>Attachments are limited to 50 MB.</source>
        <translation>Bilagor får vara högst 50 MB.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="230"/>
        <source>Attached %1</source>
        <translation>Bifogade %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="249"/>
        <source>Add at least one line before sending the quote.</source>
        <translation>Lägg till minst en rad innan du skickar offerten.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="254"/>
        <location filename="../core/services/salesservicefulfilment.cpp" line="278"/>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="272"/>
        <source>Rejected</source>
        <translation>Avvisad</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="279"/>
        <source>A quote becomes an order or an invoice.</source>
        <translation>En offert blir en order eller en faktura.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="288"/>
        <source>The quote has no lines to convert.</source>
        <translation>Offerten har inga rader att konvertera.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="307"/>
        <source>Accepted; converted to %1</source>
        <translation>Accepterad; konverterad till %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="308"/>
        <location filename="../core/services/salesservicefulfilment.cpp" line="116"/>
        <location filename="../core/services/salesservicefulfilment.cpp" line="330"/>
        <source>Made from %1</source>
        <translation>Skapad från %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="326"/>
        <source>Add at least one line before confirming the order.</source>
        <translation>Lägg till minst en rad innan du bekräftar ordern.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="331"/>
        <source>The customer of this order is deleted.</source>
        <translation>Kunden på denna order är borttagen.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="336"/>
        <source>Confirmed</source>
        <translation>Bekräftad</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="357"/>
        <source>The order has shipments or invoices; make a backorder or credit note instead of cancelling.</source>
        <translation>Ordern har försändelser eller fakturor; gör en restorder eller kreditfaktura i stället för att makulera.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="360"/>
        <source>Cancelled</source>
        <translation>Makulerad</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="381"/>
        <source>Send or delete the open shipment before making a backorder.</source>
        <translation>Skicka eller ta bort den öppna försändelsen innan du gör en restorder.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="389"/>
        <source>A backorder needs a partly shipped order: something shipped and something left.</source>
        <translation>En restorder kräver en dellevererad order: något levererat och något kvar.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="421"/>
        <source>Rest moved to backorder %1</source>
        <translation>Resten flyttad till restorder %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="422"/>
        <source>Backorder of %1</source>
        <translation>Restorder av %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservice.cpp" line="435"/>
        <source>There is no %1 number %2.</source>
        <translation>Det finns ingen %1 med nummer %2.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="113"/>
        <source>Nothing remains to ship on %1.</source>
        <translation>Inget återstår att leverera på %1.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="117"/>
        <source>Shipment %1 created</source>
        <translation>Försändelse %1 skapad</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="131"/>
        <source>Picked all lines</source>
        <translation>Plockade alla rader</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="165"/>
        <source>%1 is not on shipment %2.</source>
        <translation>%1 finns inte på försändelse %2.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="168"/>
        <source>Cannot pick %1 of %2: only %3 left to pick on this shipment.</source>
        <translation>Kan inte plocka %1 av %2: bara %3 kvar att plocka på denna försändelse.</translation>
    </message>
    <message>
        <source>Picked %1 × %2</source>
        <translation type="vanished">Plockade %1 × %2</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="180"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="189"/>
        <source>Picked %1</source>
        <translation>Plockade %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="197"/>
        <source>Unknown barcode %1: no product has it.</source>
        <translation>Okänd streckkod %1: ingen artikel har den.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="214"/>
        <source>Nothing is picked; pick the goods before sending the shipment.</source>
        <translation>Inget är plockat; plocka varorna innan du skickar försändelsen.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="238"/>
        <source>The components of %1 are picked unevenly; a bundle ships in whole sets.</source>
        <translation>Komponenterna i %1 är ojämnt plockade; ett artikelpaket skickas i hela satser.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="326"/>
        <source>Nothing shipped is waiting to be invoiced on %1.</source>
        <translation>Inget levererat väntar på fakturering på %1.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="327"/>
        <source>Nothing is left to invoice on %1.</source>
        <translation>Inget återstår att fakturera på %1.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="343"/>
        <source>Only invoices and credit notes are booked.</source>
        <translation>Bara fakturor och kreditfakturor bokförs.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="346"/>
        <source>An empty %1 cannot be booked; add a line first.</source>
        <translation>Ett tomt dokument (%1) kan inte bokföras; lägg först till en rad.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="371"/>
        <source>Booked as number %1</source>
        <translation>Bokförd som nummer %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="461"/>
        <source>Line %1: a credited quantity must be greater than zero.</source>
        <translation>Rad %1: ett krediterat antal måste vara större än noll.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="464"/>
        <source>Line %1: at most %2 can be credited (invoiced %3, credited %4).</source>
        <translation>Rad %1: högst %2 kan krediteras (fakturerat %3, krediterat %4).</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="480"/>
        <source>Invoice %1 has no line %2 to credit.</source>
        <translation>Faktura %1 har ingen rad %2 att kreditera.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="483"/>
        <source>Invoice %1 is fully credited already.</source>
        <translation>Faktura %1 är redan helt krediterad.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="487"/>
        <source>Credits invoice %1</source>
        <translation>Krediterar faktura %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicefulfilment.cpp" line="488"/>
        <source>Credit note draft created</source>
        <translation>Utkast till kreditfaktura skapat</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicepayments.cpp" line="20"/>
        <source>A payment must be greater than zero.</source>
        <translation>En betalning måste vara större än noll.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicepayments.cpp" line="39"/>
        <source>The payment %1 is more than the %2 due on invoice %3.</source>
        <translation>Betalningen %1 är mer än de %2 som återstår på faktura %3.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicepayments.cpp" line="56"/>
        <source>The payment %1 would pay part of a reminder fee on invoice %2; pay %3 or the full fees.</source>
        <translation>Betalningen %1 skulle betala en del av en påminnelseavgift på faktura %2; betala %3 eller hela avgifterna.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicepayments.cpp" line="61"/>
        <source>Payment of %1 registered</source>
        <translation>Betalning på %1 registrerad</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicepayments.cpp" line="85"/>
        <source>Invoice %1 is paid; there is nothing to remind.</source>
        <translation>Faktura %1 är betald; det finns inget att påminna om.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicepayments.cpp" line="88"/>
        <source>Invoice %1 is not overdue yet (due %2).</source>
        <translation>Faktura %1 har inte förfallit ännu (förfaller %2).</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicepayments.cpp" line="109"/>
        <source>Reminder registered, fee %1</source>
        <translation>Påminnelse registrerad, avgift %1</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicepayments.cpp" line="132"/>
        <source>Invoice %1 has no open reminder fees.</source>
        <translation>Faktura %1 har inga öppna påminnelseavgifter.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicepayments.cpp" line="133"/>
        <source>Reminder fees of %1 written off</source>
        <translation>Påminnelseavgifter på %1 avskrivna</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicepayments.cpp" line="155"/>
        <source>Marked as sent</source>
        <translation>Markerad som skickad</translation>
    </message>
</context>
<context>
    <name>StockService</name>
    <message>
        <location filename="../core/services/stockservice.cpp" line="47"/>
        <source>%1 already has stock movements up to %2; a movement dated %3 would change their cost. Use a date on or after %2.</source>
        <translation>%1 har redan lagerrörelser fram till %2; en rörelse daterad %3 skulle ändra deras kostnad. Använd ett datum från och med %2.</translation>
    </message>
    <message>
        <location filename="../core/services/stockservice.cpp" line="55"/>
        <source>Not enough stock of %1 (%2): %3 on hand, %4 needed, %5 short.</source>
        <translation>Inte tillräckligt i lager av %1 (%2): %3 i lager, %4 behövs, %5 saknas.</translation>
    </message>
    <message>
        <location filename="../core/services/stockservice.cpp" line="82"/>
        <source>The received quantity must be greater than zero.</source>
        <translation>Det mottagna antalet måste vara större än noll.</translation>
    </message>
    <message>
        <location filename="../core/services/stockservice.cpp" line="84"/>
        <source>The cost price cannot be negative.</source>
        <translation>Självkostnadspriset kan inte vara negativt.</translation>
    </message>
    <message>
        <location filename="../core/services/stockservice.cpp" line="91"/>
        <location filename="../core/services/stockservice.cpp" line="117"/>
        <source>%1 is not a stock item.</source>
        <translation>%1 är inte en lagerartikel.</translation>
    </message>
    <message>
        <location filename="../core/services/stockservice.cpp" line="94"/>
        <source>The value of the receipt is out of range.</source>
        <translation>Värdet av inleveransen är utanför det tillåtna intervallet.</translation>
    </message>
    <message>
        <location filename="../core/services/stockservice.cpp" line="108"/>
        <source>An adjustment needs a quantity other than zero.</source>
        <translation>En lagerjustering måste ha ett antal som inte är noll.</translation>
    </message>
    <message>
        <location filename="../core/services/stockservice.cpp" line="110"/>
        <source>An adjustment needs a reason.</source>
        <translation>En lagerjustering måste ha en orsak.</translation>
    </message>
    <message>
        <location filename="../core/services/stockservice.cpp" line="131"/>
        <source>A counted quantity cannot be negative.</source>
        <translation>Ett inventerat antal kan inte vara negativt.</translation>
    </message>
    <message>
        <location filename="../core/services/stockservice.cpp" line="147"/>
        <source>Counted %1</source>
        <translation>Inventerat %1</translation>
    </message>
</context>
<context>
    <name>sd::Batch</name>
    <message>
        <location filename="../core/services/batch.cpp" line="62"/>
        <source>A batch cannot start inside another transaction.</source>
        <translation>En batchkörning kan inte starta inuti en annan transaktion.</translation>
    </message>
</context>
<context>
    <name>sd::DerivedStatus</name>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="17"/>
        <source>Not shipped</source>
        <translation>Ej levererad</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="18"/>
        <source>Ready for delivery</source>
        <translation>Klar för leverans</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="21"/>
        <source>Partially shipped</source>
        <translation>Dellevererad</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="22"/>
        <source>Delivered</source>
        <translation>Levererad</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="28"/>
        <source>Not invoiced</source>
        <translation>Ej fakturerad</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="29"/>
        <source>Ready to invoice</source>
        <translation>Klar att fakturera</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="32"/>
        <source>Partially invoiced</source>
        <translation>Delfakturerad</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="33"/>
        <source>Invoiced</source>
        <translation>Fakturerad</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="37"/>
        <source>Not picked</source>
        <translation>Ej plockad</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="38"/>
        <source>Partially picked</source>
        <translation>Delvis plockad</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="39"/>
        <source>Picked</source>
        <translation>Plockad</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="43"/>
        <source>Unpaid</source>
        <translation>Obetald</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="44"/>
        <source>Partially paid</source>
        <translation>Delvis betald</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="45"/>
        <source>Overdue</source>
        <translation>Förfallen</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="46"/>
        <source>Reminded</source>
        <translation>Påmind</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="47"/>
        <source>Paid</source>
        <translation>Betald</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="175"/>
        <source>“%1” is not a delivery status.</source>
        <translation>”%1” är inte en leveransstatus.</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="194"/>
        <source>“%1” is not an invoicing status.</source>
        <translation>”%1” är inte en faktureringsstatus.</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="212"/>
        <source>“%1” is not a picked status.</source>
        <translation>”%1” är inte en plockstatus.</translation>
    </message>
    <message>
        <location filename="../core/documents/derivedstatus.cpp" line="230"/>
        <source>“%1” is not a payment status.</source>
        <translation>”%1” är inte en betalningsstatus.</translation>
    </message>
</context>
<context>
    <name>sd::DocumentLine</name>
    <message>
        <location filename="../core/documents/documentline.cpp" line="17"/>
        <source>Line %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="33"/>
        <source>The quantity must be more than 0.</source>
        <translation>Antalet måste vara mer än 0.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="38"/>
        <source>The quantity cannot be more than %L1.</source>
        <translation>Antalet kan inte vara mer än %L1.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="45"/>
        <source>The unit price is out of range.</source>
        <translation>Styckpriset är utanför det tillåtna intervallet.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="50"/>
        <source>A bundle line must name its bundle.</source>
        <translation>En rad med ett artikelpaket måste ange artikelpaketet.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="54"/>
        <source>Choose a VAT code.</source>
        <translation>Välj en momskod.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="58"/>
        <source>A VAT rate must be between 0 and 100 %.</source>
        <translation>En momssats måste vara mellan 0 och 100 %.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="67"/>
        <source>A standard-rated VAT code needs a rate above 0 %.</source>
        <translation>En momskod med normalskattesats måste ha en sats över 0 %.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="72"/>
        <source>VAT category %1 must have a rate of 0 %.</source>
        <translation>Momskategori %1 måste ha satsen 0 %.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="80"/>
        <source>The line amount is out of range.</source>
        <translation>Radbeloppet är utanför det tillåtna intervallet.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="91"/>
        <source>A discount must be between 0 and 100 %.</source>
        <translation>En rabatt måste vara mellan 0 och 100 %.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="103"/>
        <source>The quantity is out of range.</source>
        <translation>Antalet är utanför det tillåtna intervallet.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="107"/>
        <source>A text line cannot carry a price or discount; use a product line for anything that should be charged.</source>
        <translation>En textrad kan inte ha pris eller rabatt; använd en artikelrad för allt som ska debiteras.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="117"/>
        <source>A group heading needs a title.</source>
        <translation>En grupprubrik måste ha en titel.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="121"/>
        <source>A group heading cannot carry a quantity, price or discount.</source>
        <translation>En grupprubrik kan inte ha antal, pris eller rabatt.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="128"/>
        <source>Unknown kind of document line.</source>
        <translation>Okänd typ av dokumentrad.</translation>
    </message>
    <message>
        <location filename="../core/documents/documentline.cpp" line="140"/>
        <source>Line number %1 is used twice.</source>
        <translation>Radnummer %1 används två gånger.</translation>
    </message>
</context>
<context>
    <name>sd::DocumentTotals</name>
    <message>
        <location filename="../core/documents/documenttotals.cpp" line="11"/>
        <source>A discount must be between 0 and 100 %.</source>
        <translation>En rabatt måste vara mellan 0 och 100 %.</translation>
    </message>
    <message>
        <location filename="../core/documents/documenttotals.cpp" line="31"/>
        <source>The document total is out of range.</source>
        <translation>Dokumentets totalbelopp är utanför det tillåtna intervallet.</translation>
    </message>
</context>
<context>
    <name>sd::DocumentType</name>
    <message>
        <location filename="../core/documents/documenttypes.cpp" line="9"/>
        <source>Quote</source>
        <translation>Offert</translation>
    </message>
    <message>
        <location filename="../core/documents/documenttypes.cpp" line="10"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../core/documents/documenttypes.cpp" line="11"/>
        <source>Shipment</source>
        <translation>Försändelse</translation>
    </message>
    <message>
        <location filename="../core/documents/documenttypes.cpp" line="12"/>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location filename="../core/documents/documenttypes.cpp" line="13"/>
        <source>Credit note</source>
        <translation>Kreditfaktura</translation>
    </message>
    <message>
        <location filename="../core/documents/documenttypes.cpp" line="35"/>
        <source>“%1” is not a document type.</source>
        <translation>”%1” är inte en dokumenttyp.</translation>
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
        <translation>Bokförd</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="18"/>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="19"/>
        <source>Book</source>
        <translation>Bokför</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="20"/>
        <source>Send</source>
        <translation>Skicka</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="21"/>
        <source>Credit</source>
        <translation>Kreditera</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="24"/>
        <source>Register payment</source>
        <translation>Registrera betalning</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="25"/>
        <source>Send reminder</source>
        <translation>Skicka påminnelse</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="26"/>
        <source>Create shipment</source>
        <translation>Skapa försändelse</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="27"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="28"/>
        <source>Duplicate</source>
        <translation>Duplicera</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="38"/>
        <source>A booked invoice cannot be changed; credit it instead.</source>
        <translation>En bokförd faktura kan inte ändras; kreditera den i stället.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="41"/>
        <source>The invoice is already booked.</source>
        <translation>Fakturan är redan bokförd.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="43"/>
        <source>Book the invoice before sending it.</source>
        <translation>Bokför fakturan innan du skickar den.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="46"/>
        <source>Only a booked invoice can be credited; edit or delete the draft instead.</source>
        <translation>Bara en bokförd faktura kan krediteras; redigera eller ta bort utkastet i stället.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="49"/>
        <source>Book the invoice before registering a payment.</source>
        <translation>Bokför fakturan innan du registrerar en betalning.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="52"/>
        <source>A draft invoice cannot be reminded; it has not been booked.</source>
        <translation>Ett fakturautkast kan inte påminnas; det är inte bokfört.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="55"/>
        <source>Book the invoice before creating a shipment from it.</source>
        <translation>Bokför fakturan innan du skapar en försändelse från den.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="59"/>
        <source>A booked invoice cannot be deleted; credit it instead.</source>
        <translation>En bokförd faktura kan inte tas bort; kreditera den i stället.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="70"/>
        <source>A booked credit note cannot be changed.</source>
        <translation>En bokförd kreditfaktura kan inte ändras.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="73"/>
        <source>The credit note is already booked.</source>
        <translation>Kreditfakturan är redan bokförd.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="75"/>
        <source>Book the credit note before sending it.</source>
        <translation>Bokför kreditfakturan innan du skickar den.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="78"/>
        <location filename="../core/documents/invoicelifecycle.cpp" line="79"/>
        <source>A credit note cannot itself be credited.</source>
        <translation>En kreditfaktura kan inte själv krediteras.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="81"/>
        <location filename="../core/documents/invoicelifecycle.cpp" line="82"/>
        <source>A credit note takes no payments; it settles its invoice.</source>
        <translation>En kreditfaktura tar inte emot betalningar; den reglerar sin faktura.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="84"/>
        <location filename="../core/documents/invoicelifecycle.cpp" line="85"/>
        <source>A credit note cannot be reminded.</source>
        <translation>En kreditfaktura kan inte påminnas.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="87"/>
        <location filename="../core/documents/invoicelifecycle.cpp" line="88"/>
        <source>A credit note cannot be shipped; returned goods come back when it is booked.</source>
        <translation>En kreditfaktura kan inte skickas som försändelse; returnerade varor kommer tillbaka till lagret när den bokförs.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="91"/>
        <source>A booked credit note cannot be deleted.</source>
        <translation>En bokförd kreditfaktura kan inte tas bort.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="93"/>
        <location filename="../core/documents/invoicelifecycle.cpp" line="94"/>
        <source>A credit note cannot be duplicated; credit the invoice again instead.</source>
        <translation>En kreditfaktura kan inte dupliceras; kreditera fakturan igen i stället.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="104"/>
        <location filename="../core/documents/invoicelifecycle.cpp" line="115"/>
        <source>“%1” is not an invoice status.</source>
        <translation>”%1” är inte en fakturastatus.</translation>
    </message>
    <message>
        <location filename="../core/documents/invoicelifecycle.cpp" line="105"/>
        <location filename="../core/documents/invoicelifecycle.cpp" line="116"/>
        <source>“%1” is not an invoice action.</source>
        <translation>”%1” är inte en fakturaåtgärd.</translation>
    </message>
</context>
<context>
    <name>sd::LineKind</name>
    <message>
        <location filename="../core/documents/documenttypes.cpp" line="17"/>
        <source>Product</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../core/documents/documenttypes.cpp" line="18"/>
        <source>Bundle</source>
        <translation>Artikelpaket</translation>
    </message>
    <message>
        <location filename="../core/documents/documenttypes.cpp" line="19"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../core/documents/documenttypes.cpp" line="20"/>
        <source>Group heading</source>
        <translation>Grupprubrik</translation>
    </message>
    <message>
        <location filename="../core/documents/documenttypes.cpp" line="58"/>
        <source>“%1” is not a kind of document line.</source>
        <translation>”%1” är inte en typ av dokumentrad.</translation>
    </message>
</context>
<context>
    <name>sd::Money</name>
    <message>
        <location filename="../core/money/money.cpp" line="12"/>
        <source>amount</source>
        <translation>belopp</translation>
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
        <translation>Bekräftad</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="15"/>
        <source>Cancelled</source>
        <translation>Makulerad</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="19"/>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="20"/>
        <source>Confirm</source>
        <translation>Bekräfta</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="21"/>
        <source>Cancel order</source>
        <translation>Makulera order</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="22"/>
        <source>Create shipment</source>
        <translation>Skapa försändelse</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="23"/>
        <source>Create invoice</source>
        <translation>Skapa faktura</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="24"/>
        <source>Create backorder</source>
        <translation>Skapa restorder</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="25"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="26"/>
        <source>Duplicate</source>
        <translation>Duplicera</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="39"/>
        <source>A cancelled order cannot be edited.</source>
        <translation>En makulerad order kan inte redigeras.</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="42"/>
        <source>The order is already confirmed.</source>
        <translation>Ordern är redan bekräftad.</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="43"/>
        <source>A cancelled order cannot be confirmed.</source>
        <translation>En makulerad order kan inte bekräftas.</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="47"/>
        <source>The order is already cancelled.</source>
        <translation>Ordern är redan makulerad.</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="49"/>
        <source>Confirm the order before creating a shipment.</source>
        <translation>Bekräfta ordern innan du skapar en försändelse.</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="51"/>
        <source>A cancelled order cannot be shipped.</source>
        <translation>En makulerad order kan inte levereras.</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="53"/>
        <source>Confirm the order before invoicing it.</source>
        <translation>Bekräfta ordern innan du fakturerar den.</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="57"/>
        <source>Only a confirmed, partly shipped order can be split into a backorder.</source>
        <translation>Bara en bekräftad, dellevererad order kan delas upp i en restorder.</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="59"/>
        <source>A cancelled order cannot be split into a backorder.</source>
        <translation>En makulerad order kan inte delas upp i en restorder.</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="62"/>
        <source>A confirmed order cannot be deleted; cancel it instead.</source>
        <translation>En bekräftad order kan inte tas bort; makulera den i stället.</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="63"/>
        <source>A cancelled order cannot be deleted; it stays for the record.</source>
        <translation>En makulerad order kan inte tas bort; den sparas som dokumentation.</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="77"/>
        <source>“%1” is not an order status.</source>
        <translation>”%1” är inte en orderstatus.</translation>
    </message>
    <message>
        <location filename="../core/documents/orderlifecycle.cpp" line="78"/>
        <source>“%1” is not an order action.</source>
        <translation>”%1” är inte en orderåtgärd.</translation>
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
        <translation>En procentsats måste vara mellan 0 och 100.</translation>
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
        <translation>Antalet måste vara större än noll.</translation>
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
        <translation>Skickad</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="15"/>
        <source>Accepted</source>
        <translation>Accepterad</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="16"/>
        <source>Rejected</source>
        <translation>Avvisad</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="20"/>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="21"/>
        <source>Send</source>
        <translation>Skicka</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="22"/>
        <source>Mark as accepted</source>
        <translation>Markera som accepterad</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="23"/>
        <source>Mark as rejected</source>
        <translation>Markera som avvisad</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="24"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="25"/>
        <source>Duplicate</source>
        <translation>Duplicera</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="28"/>
        <source>Convert to order</source>
        <translation>Konvertera till order</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="31"/>
        <source>Convert to invoice</source>
        <translation>Konvertera till faktura</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="41"/>
        <source>A sent quote cannot be edited; duplicate it to make a new version.</source>
        <translation>En skickad offert kan inte redigeras; duplicera den för att göra en ny version.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="42"/>
        <source>An accepted quote cannot be edited.</source>
        <translation>En accepterad offert kan inte redigeras.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="43"/>
        <source>A rejected quote cannot be edited; duplicate it to make a new offer.</source>
        <translation>En avvisad offert kan inte redigeras; duplicera den för att göra en ny offert.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="47"/>
        <source>An accepted quote has already been answered and cannot be sent again.</source>
        <translation>En accepterad offert är redan besvarad och kan inte skickas igen.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="48"/>
        <source>A rejected quote cannot be sent; duplicate it to make a new offer.</source>
        <translation>En avvisad offert kan inte skickas; duplicera den för att göra en ny offert.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="52"/>
        <source>The quote is already accepted.</source>
        <translation>Offerten är redan accepterad.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="53"/>
        <source>A rejected quote cannot be accepted; duplicate it to make a new offer.</source>
        <translation>En avvisad offert kan inte accepteras; duplicera den för att göra en ny offert.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="57"/>
        <source>An accepted quote cannot be rejected.</source>
        <translation>En accepterad offert kan inte avvisas.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="58"/>
        <source>The quote is already rejected.</source>
        <translation>Offerten är redan avvisad.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="61"/>
        <source>Only draft quotes can be deleted; this one has been sent.</source>
        <translation>Bara offerter som är utkast kan tas bort; den här har skickats.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="62"/>
        <source>Only draft quotes can be deleted; this one has been accepted.</source>
        <translation>Bara offerter som är utkast kan tas bort; den här har accepterats.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="63"/>
        <source>Only draft quotes can be deleted; this one has been rejected.</source>
        <translation>Bara offerter som är utkast kan tas bort; den här har avvisats.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="73"/>
        <location filename="../core/documents/quotelifecycle.cpp" line="78"/>
        <source>A rejected quote cannot be converted.</source>
        <translation>En avvisad offert kan inte konverteras.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="88"/>
        <source>“%1” is not a quote status.</source>
        <translation>”%1” är inte en offertstatus.</translation>
    </message>
    <message>
        <location filename="../core/documents/quotelifecycle.cpp" line="89"/>
        <source>“%1” is not a quote action.</source>
        <translation>”%1” är inte en offertåtgärd.</translation>
    </message>
</context>
<context>
    <name>sd::ReminderRules</name>
    <message>
        <location filename="../core/documents/reminderrules.cpp" line="18"/>
        <source>The invoice date, due date and reminder date are all needed to work out a reminder fee.</source>
        <translation>Fakturadatum, förfallodatum och påminnelsedatum behövs alla för att beräkna en påminnelseavgift.</translation>
    </message>
    <message>
        <location filename="../core/documents/reminderrules.cpp" line="22"/>
        <source>Set this year&apos;s inkassosats in the company settings before adding reminder fees.</source>
        <translation>Ange årets inkassosats i företagsinställningarna innan du lägger till påminnelseavgifter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/documents/reminderrules.cpp" line="27"/>
        <source>No reminder fee may be charged: the invoice gave less than %n day(s) to pay.</source>
        <translation>
            <numerusform>Ingen påminnelseavgift får tas ut: fakturan gav mindre än %n dag att betala.</numerusform>
            <numerusform>Ingen påminnelseavgift får tas ut: fakturan gav mindre än %n dagar att betala.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/documents/reminderrules.cpp" line="33"/>
        <source>No further reminder fee may be charged: at most %n fee(s) per invoice are allowed.</source>
        <translation>
            <numerusform>Inga fler påminnelseavgifter får tas ut: högst %n avgift per faktura är tillåten.</numerusform>
            <numerusform>Inga fler påminnelseavgifter får tas ut: högst %n avgifter per faktura är tillåtna.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/documents/reminderrules.cpp" line="40"/>
        <source>No reminder fee may be charged before %1, 14 days after the due date.</source>
        <translation>Ingen påminnelseavgift får tas ut före %1, 14 dagar efter förfallodatumet.</translation>
    </message>
    <message>
        <location filename="../core/documents/reminderrules.cpp" line="52"/>
        <source>A reminder fee cannot be negative.</source>
        <translation>En påminnelseavgift kan inte vara negativ.</translation>
    </message>
    <message>
        <location filename="../core/documents/reminderrules.cpp" line="60"/>
        <source>A reminder fee of %1 is more than the legal maximum of %2.</source>
        <translation>En påminnelseavgift på %1 är mer än lagens maximum på %2.</translation>
    </message>
</context>
<context>
    <name>sd::SalesService</name>
    <message>
        <location filename="../core/services/salesservicehelpers.cpp" line="35"/>
        <source>%1 is booked and cannot be changed; correct it with a credit note.</source>
        <translation>%1 är bokförd och kan inte ändras; rätta den med en kreditfaktura.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicehelpers.cpp" line="40"/>
        <source>A shipment&apos;s lines come from its order; pick them instead.</source>
        <translation>Raderna på en försändelse kommer från ordern; plocka dem i stället.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicehelpers.cpp" line="63"/>
        <source>Document %1 is a %2, not a %3.</source>
        <translation>Dokument %1 är av typen %2, inte %3.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicehelpers.cpp" line="81"/>
        <source>%1 draft (id %2)</source>
        <translation>%1 (utkast, id %2)</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicehelpers.cpp" line="106"/>
        <source>VAT code %1 has no rate on %2.</source>
        <translation>Momskod %1 har ingen sats per %2.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicehelpers.cpp" line="205"/>
        <source>Line %1 has %2 shipped or invoiced; it cannot go below that.</source>
        <translation>Rad %1 har %2 levererat eller fakturerat; antalet kan inte bli lägre än så.</translation>
    </message>
    <message>
        <location filename="../core/services/salesservicehelpers.cpp" line="227"/>
        <source>Line %1: at most %2 can be credited (invoiced %3, credited %4).</source>
        <translation>Rad %1: högst %2 kan krediteras (fakturerat %3, krediterat %4).</translation>
    </message>
</context>
<context>
    <name>sd::ShipmentLifecycle</name>
    <message>
        <location filename="../core/documents/shipmentlifecycle.cpp" line="13"/>
        <source>Not sent</source>
        <translation>Ej skickad</translation>
    </message>
    <message>
        <location filename="../core/documents/shipmentlifecycle.cpp" line="14"/>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <location filename="../core/documents/shipmentlifecycle.cpp" line="18"/>
        <source>Pick</source>
        <translation>Plocka</translation>
    </message>
    <message>
        <location filename="../core/documents/shipmentlifecycle.cpp" line="19"/>
        <source>Send shipment</source>
        <translation>Skicka försändelse</translation>
    </message>
    <message>
        <location filename="../core/documents/shipmentlifecycle.cpp" line="20"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../core/documents/shipmentlifecycle.cpp" line="30"/>
        <source>A sent shipment cannot be picked any more.</source>
        <translation>En skickad försändelse kan inte längre plockas.</translation>
    </message>
    <message>
        <location filename="../core/documents/shipmentlifecycle.cpp" line="33"/>
        <source>The shipment has already been sent.</source>
        <translation>Försändelsen har redan skickats.</translation>
    </message>
    <message>
        <location filename="../core/documents/shipmentlifecycle.cpp" line="36"/>
        <source>A sent shipment cannot be deleted; register a return instead.</source>
        <translation>En skickad försändelse kan inte tas bort; registrera en retur i stället.</translation>
    </message>
    <message>
        <location filename="../core/documents/shipmentlifecycle.cpp" line="46"/>
        <source>“%1” is not a shipment status.</source>
        <translation>”%1” är inte en försändelsestatus.</translation>
    </message>
    <message>
        <location filename="../core/documents/shipmentlifecycle.cpp" line="47"/>
        <source>“%1” is not a shipment action.</source>
        <translation>”%1” är inte en försändelseåtgärd.</translation>
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
        <translation>”%1” är inte en momskategori.</translation>
    </message>
    <message>
        <location filename="../core/money/vatcalculator.cpp" line="59"/>
        <source>The line amount is out of range.</source>
        <translation>Radbeloppet är utanför det tillåtna intervallet.</translation>
    </message>
</context>
<context>
    <name>sd::VatCode</name>
    <message>
        <location filename="../core/domain/vatcode.cpp" line="20"/>
        <source>Output VAT, standard rate</source>
        <translation>Utgående moms, normalskattesats</translation>
    </message>
    <message>
        <location filename="../core/domain/vatcode.cpp" line="22"/>
        <source>Output VAT, medium rate (food)</source>
        <translation>Utgående moms, mellansats (livsmedel)</translation>
    </message>
    <message>
        <location filename="../core/domain/vatcode.cpp" line="25"/>
        <source>Output VAT, low rate</source>
        <translation>Utgående moms, låg sats</translation>
    </message>
    <message>
        <location filename="../core/domain/vatcode.cpp" line="31"/>
        <source>Zero-rated domestic sale</source>
        <translation>Inhemsk försäljning, nollsats</translation>
    </message>
    <message>
        <location filename="../core/domain/vatcode.cpp" line="33"/>
        <source>Exempt / outside the scope of VAT</source>
        <translation>Momsfri / utanför momslagen</translation>
    </message>
    <message>
        <location filename="../core/domain/vatcode.cpp" line="35"/>
        <source>Export of goods and services</source>
        <translation>Export av varor och tjänster</translation>
    </message>
</context>
<context>
    <name>sd::decimal</name>
    <message>
        <location filename="../core/money/decimal.cpp" line="21"/>
        <source>“%1” is not a valid %2.</source>
        <translation>”%1” är inte ett giltigt värde för %2.</translation>
    </message>
    <message>
        <location filename="../core/money/decimal.cpp" line="26"/>
        <source>The %1 is empty.</source>
        <translation>Det saknas %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/money/decimal.cpp" line="55"/>
        <source>The %1 “%2” has more than %n decimal(s).</source>
        <translation>
            <numerusform>Värdet ”%2” (%1) har mer än %n decimal.</numerusform>
            <numerusform>Värdet ”%2” (%1) har mer än %n decimaler.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/money/decimal.cpp" line="68"/>
        <source>The %1 “%2” is out of range.</source>
        <translation>Värdet ”%2” (%1) är utanför det tillåtna intervallet.</translation>
    </message>
</context>
<context>
    <name>sd::storage::IntegrityChecker</name>
    <message>
        <location filename="../core/storage/integritychecker.cpp" line="35"/>
        <source>The number series “%1” has an invalid next number.</source>
        <translation>Nummerserien ”%1” har ett ogiltigt nästa nummer.</translation>
    </message>
    <message>
        <location filename="../core/storage/integritychecker.cpp" line="38"/>
        <source>The number series are missing.</source>
        <translation>Nummerserierna saknas.</translation>
    </message>
    <message>
        <location filename="../core/storage/integritychecker.cpp" line="48"/>
        <source>The stock principle is missing or invalid.</source>
        <translation>Lagerprincipen saknas eller är ogiltig.</translation>
    </message>
    <message>
        <location filename="../core/storage/integritychecker.cpp" line="53"/>
        <source>The company name is missing.</source>
        <translation>Företagsnamnet saknas.</translation>
    </message>
    <message>
        <location filename="../core/storage/integritychecker.cpp" line="65"/>
        <source>Customer numbers exist at or above the next customer number.</source>
        <translation>Det finns kundnummer som är lika med eller större än nästa kundnummer.</translation>
    </message>
    <message>
        <location filename="../core/storage/integritychecker.cpp" line="77"/>
        <source>A bundle has no components.</source>
        <translation>Ett artikelpaket har inga komponenter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/integritychecker.cpp" line="93"/>
        <source>%n document(s) changed outside Salgsdesk wait to be indexed for search.</source>
        <translation>
            <numerusform>%n dokument som ändrats utanför Salgsdesk väntar på att indexeras för sökning.</numerusform>
            <numerusform>%n dokument som ändrats utanför Salgsdesk väntar på att indexeras för sökning.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/storage/integritychecker.cpp" line="127"/>
        <source>A row in “%1” refers to a missing row in “%2”.</source>
        <translation>En rad i ”%1” hänvisar till en saknad rad i ”%2”.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="21"/>
        <source>A booked %1 has no number.</source>
        <translation>Ett bokfört dokument (%1) saknar nummer.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="29"/>
        <source>The %1 numbers jump from %2 to %3.</source>
        <translation>Numren för %1 hoppar från %2 till %3.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="35"/>
        <source>The next %1 number is %2 but the last booked is %3.</source>
        <translation>Nästa nummer för %1 är %2, men det senast bokförda är %3.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="40"/>
        <source>A draft %1 carries a number.</source>
        <translation>Ett utkast av typen %1 har fått ett nummer.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="57"/>
        <source>The guard “%1” that protects booked documents is missing.</source>
        <translation>Skyddet ”%1” som skyddar bokförda dokument saknas.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="101"/>
        <source>Line %1 of %2 has a net that does not match its quantity and price.</source>
        <translation>Rad %1 i %2 har ett nettobelopp som inte stämmer med antal och pris.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="113"/>
        <source>The stored totals of %1 do not match its lines.</source>
        <translation>De sparade totalbeloppen för %1 stämmer inte med raderna.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="131"/>
        <source>Order %1 line %2 has more on shipments than ordered.</source>
        <translation>Order %1 rad %2 har mer på försändelser än beställt.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="147"/>
        <source>Order %1 line %2 is invoiced beyond what was ordered.</source>
        <translation>Order %1 rad %2 är fakturerad utöver det som beställdes.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="159"/>
        <source>Invoice %1 line %2 is credited beyond what was invoiced.</source>
        <translation>Faktura %1 rad %2 är krediterad utöver det som fakturerades.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="178"/>
        <source>Shipment %1 line %2 shipped %3 but the stock ledger has %4.</source>
        <translation>Försändelse %1 rad %2 skickade %3, men lagerbokföringen visar %4.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="190"/>
        <source>An unsent shipment has stock movements.</source>
        <translation>En försändelse som inte har skickats har lagerrörelser.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="207"/>
        <source>The stock balance of %1 does not match its stock ledger.</source>
        <translation>Lagersaldot för %1 stämmer inte med lagerbokföringen.</translation>
    </message>
    <message>
        <location filename="../core/storage/documentchecks.cpp" line="222"/>
        <source>%1 has negative stock (%2) although the company does not allow it.</source>
        <translation>%1 har negativt lagersaldo (%2) trots att företaget inte tillåter det.</translation>
    </message>
</context>
<context>
    <name>sd::ui::AcceptQuoteDialog</name>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="38"/>
        <source>Create an &amp;order (deliver first, invoice later)</source>
        <translation>Skapa en &amp;order (leverera först, fakturera senare)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="39"/>
        <source>Create an &amp;invoice directly</source>
        <translation>Skapa en &amp;faktura direkt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="42"/>
        <source>Accept %1</source>
        <translation>Acceptera %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="47"/>
        <source>The customer accepted the quote. What should it become?</source>
        <translation>Kunden har accepterat offerten. Vad ska den bli?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="50"/>
        <source>Accept</source>
        <translation>Acceptera</translation>
    </message>
</context>
<context>
    <name>sd::ui::ActionCollection</name>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="14"/>
        <source>New &amp;quote</source>
        <translation>Ny &amp;offert</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="16"/>
        <source>New &amp;order</source>
        <translation>Ny &amp;order</translation>
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
        <translation>Nytt före&amp;tag…</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="23"/>
        <source>&amp;Open company file…</source>
        <translation>&amp;Öppna företagsfil…</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="26"/>
        <source>Open &amp;demo company</source>
        <translation>Öppna &amp;demoföretag</translation>
    </message>
    <message>
        <source>Import &amp;customers (CSV)…</source>
        <translation type="vanished">Importera &amp;kunder (CSV)…</translation>
    </message>
    <message>
        <source>Import &amp;products (CSV)…</source>
        <translation type="vanished">Importera &amp;artiklar (CSV)…</translation>
    </message>
    <message>
        <source>Export &amp;journal (CSV)…</source>
        <translation type="vanished">Exportera &amp;verifikationer (CSV)…</translation>
    </message>
    <message>
        <source>Export invoice &amp;list (CSV)…</source>
        <translation type="vanished">Exportera faktura&amp;lista (CSV)…</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="27"/>
        <source>&amp;Import customers or products…</source>
        <translation>&amp;Importera kunder eller artiklar…</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="28"/>
        <source>&amp;Export for the bookkeeper…</source>
        <translation>&amp;Exportera till redovisningskonsulten…</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="29"/>
        <source>Restore from &amp;backup…</source>
        <translation>&amp;Återställ från säkerhetskopia…</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="30"/>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="34"/>
        <source>Print pre&amp;view…</source>
        <translation>Förhands&amp;granska…</translation>
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
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="39"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="42"/>
        <source>&amp;Find</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="43"/>
        <source>&amp;Reset layout</source>
        <translation>&amp;Återställ fönsterlayout</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="44"/>
        <source>&amp;About Salgsdesk</source>
        <translation>&amp;Om Salgsdesk</translation>
    </message>
    <message>
        <location filename="../ui/actions/actioncollection.cpp" line="45"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
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
        <translation>Skapa också en &amp;försändelse för varorna</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="185"/>
        <source>&amp;Deduct stock at the invoice date</source>
        <translation>&amp;Dra av från lagret på fakturadatumet</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="188"/>
        <source>Book %1</source>
        <translation>Bokför %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="196"/>
        <source>Booking gives the invoice its number; after that it cannot be changed, only credited.</source>
        <translation>Bokföring ger fakturan dess nummer; därefter kan den inte ändras, bara krediteras.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="199"/>
        <source>Invoice &amp;date:</source>
        <translation>Faktura&amp;datum:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="212"/>
        <source>Book</source>
        <translation>Bokför</translation>
    </message>
</context>
<context>
    <name>sd::ui::BookkeeperActions</name>
    <message>
        <source>Import products</source>
        <translation type="vanished">Importera artiklar</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation type="vanished">Importera kunder</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="vanished">CSV-filer (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="vanished">Importera</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="vanished">Kunde inte läsa %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/actions/bookkeeperactions.cpp" line="31"/>
        <source>Imported %Ln row(s).</source>
        <translation>
            <numerusform>Importerade %Ln rad.</numerusform>
            <numerusform>Importerade %Ln rader.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="vanished">Rad %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported; %Ln row(s) need fixing:</source>
        <translation type="vanished">
            <numerusform>Inget importerades; %Ln rad behöver rättas:</numerusform>
            <numerusform>Inget importerades; %Ln rader behöver rättas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Export journal</source>
        <translation type="vanished">Exportera verifikationer</translation>
    </message>
    <message>
        <source>Export invoice list</source>
        <translation type="vanished">Exportera fakturalista</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="vanished">CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="vanished">Exportera</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="vanished">Kunde inte skriva %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="vanished">Exporterat till %1.</translation>
    </message>
</context>
<context>
    <name>sd::ui::CreateInvoiceDialog</name>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="65"/>
        <source>&amp;All lines of the order</source>
        <translation>&amp;Alla rader i ordern</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="66"/>
        <source>&amp;Only what has been shipped</source>
        <translation>&amp;Bara det som har levererats</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="69"/>
        <source>Invoice %1</source>
        <translation>Fakturera %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="74"/>
        <source>What should the invoice contain?</source>
        <translation>Vad ska fakturan innehålla?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="77"/>
        <source>Create invoice</source>
        <translation>Skapa faktura</translation>
    </message>
</context>
<context>
    <name>sd::ui::CreditNoteDialog</name>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="93"/>
        <source>&amp;Return the goods to stock</source>
        <translation>&amp;Returnera varorna till lagret</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="94"/>
        <source>The credited quantity can be &amp;invoiced again</source>
        <translation>Den krediterade kvantiteten kan &amp;faktureras igen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="98"/>
        <source>Credit %1</source>
        <translation>Kreditera %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="108"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="108"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="108"/>
        <source>Invoiced</source>
        <translation>Fakturerad</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="108"/>
        <source>Credit</source>
        <translation>Krediteras</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="129"/>
        <source>Quantities to credit (0 leaves a line out):</source>
        <translation>Antal att kreditera (0 utelämnar raden):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="134"/>
        <source>Create credit note</source>
        <translation>Skapa kreditfaktura</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="145"/>
        <source>Line %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversiondialogs.cpp" line="150"/>
        <source>Choose at least one line to credit.</source>
        <translation>Välj minst en rad att kreditera.</translation>
    </message>
</context>
<context>
    <name>sd::ui::CustomerCompleter</name>
    <message>
        <location filename="../ui/widgets/customercompleter.cpp" line="40"/>
        <source>%1 (org.nr %2)</source>
        <translation>%1 (org.nr %2)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/customercompleter.cpp" line="61"/>
        <source>No customer matches “%1”.</source>
        <translation>Ingen kund matchar ”%1”.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/customercompleter.cpp" line="62"/>
        <source>Several customers match “%1”; choose one from the list.</source>
        <translation>Flera kunder matchar ”%1”; välj en i listan.</translation>
    </message>
</context>
<context>
    <name>sd::ui::CustomerEditor</name>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="37"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="38"/>
        <source>&amp;Org.nr:</source>
        <translation>&amp;Org.nr:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="39"/>
        <source>Foreign &amp;VAT no:</source>
        <translation>Utländskt &amp;momsnr:</translation>
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
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="44"/>
        <source>Post&amp;code:</source>
        <translation>Postn&amp;r:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="45"/>
        <source>C&amp;ity:</source>
        <translation>Post&amp;ort:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="46"/>
        <source>Co&amp;untry:</source>
        <translation>Lan&amp;d:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="47"/>
        <source>&amp;Delivery address:</source>
        <translation>Le&amp;veransadress:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="48"/>
        <source>Delivery postcode:</source>
        <translation>Leveranspostnr:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="49"/>
        <source>Delivery city:</source>
        <translation>Leveransort:</translation>
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
        <translation>Betalnings&amp;villkor (dagar):</translation>
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
        <translation>Kund&amp;grupp:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="57"/>
        <source>La&amp;yout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="58"/>
        <source>Notes:</source>
        <translation>Anteckningar:</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="69"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="103"/>
        <source>Customer %1</source>
        <translation>Kund %1</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="103"/>
        <source>New customer</source>
        <translation>Ny kund</translation>
    </message>
    <message>
        <location filename="../ui/editors/customereditor.cpp" line="131"/>
        <source>Saved.</source>
        <translation>Sparat.</translation>
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
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../ui/models/customerlistmodel.cpp" line="74"/>
        <source>City</source>
        <translation>Ort</translation>
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
        <translation>Sök namn, nummer, org.nr…</translation>
    </message>
    <message>
        <location filename="../ui/docks/customersdock.cpp" line="145"/>
        <source>&lt;i&gt;Select a customer to see their data and documents.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Välj en kund för att se kunddata och dokument.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/docks/customersdock.cpp" line="158"/>
        <source>Org.nr %1</source>
        <translation>Org.nr %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/customersdock.cpp" line="171"/>
        <source>Balance due: %1</source>
        <translation>Att betala: %1</translation>
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
        <translation type="vanished">Skicka</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="43"/>
        <source>Accept → order</source>
        <translation>Acceptera → order</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="46"/>
        <source>Accept → invoice</source>
        <translation>Acceptera → faktura</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="48"/>
        <source>Reject</source>
        <translation>Avvisa</translation>
    </message>
    <message>
        <source>Confirm order</source>
        <translation type="vanished">Bekräfta order</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="42"/>
        <source>Preview and send…</source>
        <translation>Förhandsgranska och skicka…</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="49"/>
        <source>Confirm order…</source>
        <translation>Bekräfta order…</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="50"/>
        <source>Create shipment</source>
        <translation>Skapa försändelse</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="51"/>
        <source>Pick all</source>
        <translation>Plocka allt</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="52"/>
        <source>Send shipment</source>
        <translation>Skicka försändelse</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="53"/>
        <source>Create invoice</source>
        <translation>Skapa faktura</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="56"/>
        <source>Create invoice (shipped only)</source>
        <translation>Skapa faktura (bara levererat)</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="58"/>
        <source>Book</source>
        <translation>Bokför</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="59"/>
        <source>Credit…</source>
        <translation>Kreditera…</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="62"/>
        <source>Register payment…</source>
        <translation>Registrera betalning…</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="64"/>
        <source>Remind</source>
        <translation>Påminn</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="65"/>
        <source>Create backorder</source>
        <translation>Skapa restorder</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="66"/>
        <source>Cancel order…</source>
        <translation>Makulera order…</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="67"/>
        <source>Duplicate</source>
        <translation>Duplicera</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="68"/>
        <source>Delete draft…</source>
        <translation>Ta bort utkast…</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="69"/>
        <location filename="../ui/actions/documentactions.cpp" line="146"/>
        <source>Archive</source>
        <translation>Arkivera</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="70"/>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="73"/>
        <source>Print preview…</source>
        <translation>Förhandsgranska…</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="75"/>
        <source>Export EHF…</source>
        <translation>Exportera EHF…</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="77"/>
        <source>Select a document in one of the lists to see its next steps.</source>
        <translation>Välj ett dokument i någon av listorna för att se nästa steg.</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation type="vanished">Markera som skickad</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="146"/>
        <source>Unarchive</source>
        <translation>Återställ från arkivet</translation>
    </message>
    <message>
        <source>Send anyway?</source>
        <translation type="vanished">Skicka ändå?</translation>
    </message>
    <message>
        <source>Marked as sent.</source>
        <translation type="vanished">Markerad som skickad.</translation>
    </message>
    <message>
        <source>Quote %1 sent.</source>
        <translation type="vanished">Offert %1 har skickats.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="222"/>
        <source>Quote %1 accepted.</source>
        <translation>Offert %1 har accepterats.</translation>
    </message>
    <message>
        <source>Order %1 confirmed.</source>
        <translation type="vanished">Order %1 har bekräftats.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="242"/>
        <source>Shipment %1 sent.</source>
        <translation>Försändelse %1 har skickats.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="255"/>
        <source>Booked as number %1.</source>
        <translation>Bokförd som nummer %1.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="260"/>
        <source>Credit invoice %1</source>
        <translation>Kreditera faktura %1</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="261"/>
        <source>Credit everything not yet credited on invoice %1. Do the goods come back to stock?</source>
        <translation>Kreditera allt som ännu inte krediterats på faktura %1. Kommer varorna tillbaka till lagret?</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="279"/>
        <source>Reminder registered, fee %1.</source>
        <translation>Påminnelse registrerad, avgift %1.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="295"/>
        <source>Cancel order %1? This cannot be undone.</source>
        <translation>Makulera order %1? Det går inte att ångra.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="307"/>
        <source>Delete this draft? This cannot be undone.</source>
        <translation>Ta bort detta utkast? Det går inte att ångra.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="330"/>
        <source>Register payment</source>
        <translation>Registrera betalning</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="331"/>
        <source>Amount paid on invoice %1:</source>
        <translation>Inbetalt belopp på faktura %1:</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="341"/>
        <source>Payment of %1 registered on invoice %2.</source>
        <translation>Betalning på %1 registrerad på faktura %2.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="350"/>
        <source>Print anyway?</source>
        <translation>Skriva ut ändå?</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="357"/>
        <source>Sent to the printer.</source>
        <translation>Skickat till skrivaren.</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="377"/>
        <location filename="../ui/actions/documentactions.cpp" line="388"/>
        <source>Export EHF</source>
        <translation>Exportera EHF</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="379"/>
        <source>EHF invoice (*.xml)</source>
        <translation>EHF-faktura (*.xml)</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="388"/>
        <source>Could not write %1: %2</source>
        <translation>Kunde inte skriva %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/actions/documentactions.cpp" line="391"/>
        <source>EHF written to %1.</source>
        <translation>EHF skriven till %1.</translation>
    </message>
</context>
<context>
    <name>sd::ui::DocumentDock</name>
    <message>
        <source>Search number or customer…</source>
        <translation type="vanished">Sök nummer eller kund…</translation>
    </message>
    <message>
        <location filename="../ui/docks/documentdock.cpp" line="87"/>
        <source>Search number, customer, reference, line text…</source>
        <translation>Sök nummer, kund, referens, radtext…</translation>
    </message>
    <message>
        <location filename="../ui/docks/documentdock.cpp" line="88"/>
        <source>Finds documents with words starting with what you type, in any order: the number, the customer&apos;s name and number, your and our reference, heading, note, and the lines&apos; SKUs and descriptions.</source>
        <translation>Hittar dokument med ord som börjar med det du skriver, i valfri ordning: numret, kundens namn och nummer, er och vår referens, rubrik, meddelande samt radernas artikelnummer och beskrivningar.</translation>
    </message>
    <message>
        <location filename="../ui/docks/documentdock.cpp" line="95"/>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location filename="../ui/docks/documentdock.cpp" line="101"/>
        <source>Hide archived</source>
        <translation>Dölj arkiverade</translation>
    </message>
    <message>
        <location filename="../ui/docks/documentdock.cpp" line="102"/>
        <source>Show archived</source>
        <translation>Visa arkiverade</translation>
    </message>
    <message>
        <location filename="../ui/docks/documentdock.cpp" line="103"/>
        <source>Only archived</source>
        <translation>Bara arkiverade</translation>
    </message>
    <message>
        <location filename="../ui/docks/documentdock.cpp" line="109"/>
        <source>Any date</source>
        <translation>Alla datum</translation>
    </message>
    <message>
        <location filename="../ui/docks/documentdock.cpp" line="116"/>
        <source>From date (inclusive)</source>
        <translation>Från och med datum</translation>
    </message>
    <message>
        <location filename="../ui/docks/documentdock.cpp" line="117"/>
        <source>To date (inclusive)</source>
        <translation>Till och med datum</translation>
    </message>
    <message>
        <location filename="../ui/docks/documentdock.cpp" line="143"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../ui/docks/documentdock.cpp" line="208"/>
        <source>show</source>
        <translation>visa</translation>
    </message>
    <message>
        <location filename="../ui/docks/documentdock.cpp" line="212"/>
        <source>%1+ archived hidden — %2</source>
        <translation>%1+ arkiverade dolda — %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/documentdock.cpp" line="215"/>
        <source>%Ln archived hidden — %1</source>
        <translation>
            <numerusform>%Ln arkiverad dold — %1</numerusform>
            <numerusform>%Ln arkiverade dolda — %1</numerusform>
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
        <translation>Namn, nummer eller org.nr</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="134"/>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Kund:</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="137"/>
        <source>&amp;Your reference:</source>
        <translation>&amp;Er referens:</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="138"/>
        <source>&amp;Our reference:</source>
        <translation>&amp;Vår referens:</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="139"/>
        <source>&amp;Heading:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="141"/>
        <source>&amp;Date:</source>
        <translation>Da&amp;tum:</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="142"/>
        <source>&amp;Valid until:</source>
        <translation>&amp;Giltig till:</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="143"/>
        <source>De&amp;livery:</source>
        <translation>&amp;Leverans:</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="144"/>
        <source>Due:</source>
        <translation>Förfaller:</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="158"/>
        <source>SKU, name or EAN — or text for a text line or heading</source>
        <translation>Artikelnr, namn eller EAN — eller text för en textrad eller rubrik</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="162"/>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="164"/>
        <source>&amp;Add line</source>
        <translation>Lägg till ra&amp;d</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="166"/>
        <source>&amp;Text line</source>
        <translation>Te&amp;xtrad</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="168"/>
        <source>&amp;Group heading</source>
        <translation>Gr&amp;upprubrik</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="170"/>
        <source>&amp;Remove line</source>
        <translation>Ta &amp;bort rad</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="200"/>
        <source>Note to the customer</source>
        <translation>Meddelande till kunden</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="206"/>
        <source>Note:</source>
        <translation>Meddelande:</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="212"/>
        <source>A&amp;ccept quote…</source>
        <translation>Acce&amp;ptera offert…</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="214"/>
        <source>Create &amp;invoice…</source>
        <translation>Skapa faktu&amp;ra…</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="216"/>
        <source>&amp;Book…</source>
        <translation>B&amp;okför…</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="218"/>
        <source>Cr&amp;edit…</source>
        <translation>Kr&amp;editera…</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="257"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="260"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="336"/>
        <source>Choose the customer and press Enter to start the %1.</source>
        <translation>Välj kund och tryck Enter för att börja (%1).</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="345"/>
        <source>Read-only: %1</source>
        <translation>Skrivskyddad: %1</translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="358"/>
        <source>Org.nr %1</source>
        <translation>Org.nr %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editors/documenteditor.cpp" line="376"/>
        <source>%n day(s) after the invoice date</source>
        <translation>
            <numerusform>%n dag efter fakturadatum</numerusform>
            <numerusform>%n dagar efter fakturadatum</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editors/documenteditor.cpp" line="428"/>
        <source>The customer cannot be changed: %1</source>
        <translation>Kunden kan inte ändras: %1</translation>
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
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlinesmodel.cpp" line="182"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlinesmodel.cpp" line="184"/>
        <source>Quantity</source>
        <translation>Antal</translation>
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
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="178"/>
        <source>%1 (credit note)</source>
        <translation>%1 (kreditfaktura)</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="188"/>
        <source>%1 (archived)</source>
        <translation>%1 (arkiverad)</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="201"/>
        <source>Customer %1</source>
        <translation>Kund %1</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="215"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="217"/>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="219"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="221"/>
        <source>Valid until</source>
        <translation>Giltig till</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="222"/>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="224"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="226"/>
        <source>Amount</source>
        <translation>Belopp</translation>
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
        <translation>Innan du skickar: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="70"/>
        <source>Payment reminder for invoice %1</source>
        <translation>Betalningspåminnelse för faktura %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="71"/>
        <source>Print preview: %1</source>
        <translation>Förhandsgranskning: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="77"/>
        <source>This is the document as your customer will get it. Salgsdesk does not e-mail it: save it as PDF or print it, send it the way you usually do, then mark it as sent.</source>
        <translation>Så här får kunden dokumentet. Salgsdesk skickar det inte med e-post: spara det som PDF eller skriv ut det, skicka det som du brukar och markera det sedan som skickat.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="80"/>
        <source>The reminder is registered. Save the letter as PDF or print it and send it to the customer; Salgsdesk does not e-mail it.</source>
        <translation>Påminnelsen är registrerad. Spara brevet som PDF eller skriv ut det och skicka det till kunden; Salgsdesk skickar det inte med e-post.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="89"/>
        <source>This is a draft: it gets its number when it is booked, which is a step of its own (Book).</source>
        <translation>Detta är ett utkast: det får sitt nummer när det bokförs, vilket är ett eget steg (Bokför).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="121"/>
        <source>The layout of this printout only. The customer&apos;s layout and the company default stay as they are (change them in Settings).</source>
        <translation>Layout endast för denna utskrift. Kundens layout och företagets standard förblir som de är (ändra dem under Inställningar).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="126"/>
        <source>%1 (this document&apos;s)</source>
        <translation>%1 (detta dokuments)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="130"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="149"/>
        <source>Zoom out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="150"/>
        <source>Zoom in</source>
        <translation>Zooma in</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="152"/>
        <source>Fit width</source>
        <translation>Anpassa till bredd</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="152"/>
        <source>Fit the page to the width of the window</source>
        <translation>Anpassa sidan till fönstrets bredd</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="166"/>
        <source>Save &amp;PDF…</source>
        <translation>Spara &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="168"/>
        <source>P&amp;rint…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="176"/>
        <source>Confirm and &amp;mark as sent</source>
        <translation>Bekräfta och &amp;markera som skickad</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="176"/>
        <source>&amp;Mark as sent</source>
        <translation>&amp;Markera som skickad</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="179"/>
        <source>Records that the customer has the document. Nothing is e-mailed.</source>
        <translation>Registrerar att kunden har fått dokumentet. Inget skickas med e-post.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="182"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="191"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="208"/>
        <source>Pages: %1</source>
        <translation>Sidor: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="267"/>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="283"/>
        <source>Save PDF</source>
        <translation>Spara PDF</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="273"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="286"/>
        <source>PDF saved to %1.</source>
        <translation>PDF sparad i %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="289"/>
        <source>Check before sending: %1</source>
        <translation>Kontrollera innan du skickar: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="302"/>
        <source>Sent to the printer.</source>
        <translation>Skickat till skrivaren.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="303"/>
        <source>%1 sent to the printer.</source>
        <translation>%1 har skickats till skrivaren.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="330"/>
        <source>Order %1 confirmed and marked as sent.</source>
        <translation>Order %1 har bekräftats och markerats som skickad.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/documentpreviewdialog.cpp" line="331"/>
        <source>%1 marked as sent.</source>
        <translation>%1 har markerats som skickad.</translation>
    </message>
</context>
<context>
    <name>sd::ui::DocumentSession</name>
    <message>
        <location filename="../ui/editors/documentsession.cpp" line="55"/>
        <source>Shipments are changed by picking, in the pick view.</source>
        <translation>Försändelser ändras genom plockning i plockvyn.</translation>
    </message>
</context>
<context>
    <name>sd::ui::DocumentSidePanel</name>
    <message>
        <location filename="../ui/editors/documentsidepanel.cpp" line="22"/>
        <source>&amp;Comment</source>
        <translation>&amp;Kommentera</translation>
    </message>
    <message>
        <location filename="../ui/editors/documentsidepanel.cpp" line="24"/>
        <source>A&amp;ttach file…</source>
        <translation>Bi&amp;foga fil…</translation>
    </message>
    <message>
        <location filename="../ui/editors/documentsidepanel.cpp" line="31"/>
        <source>Write a comment and press Enter</source>
        <translation>Skriv en kommentar och tryck Enter</translation>
    </message>
    <message>
        <location filename="../ui/editors/documentsidepanel.cpp" line="43"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../ui/editors/documentsidepanel.cpp" line="49"/>
        <source>Attachments</source>
        <translation>Bilagor</translation>
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
        <translation>Bilagor (%1)</translation>
    </message>
    <message>
        <location filename="../ui/editors/documentsidepanel.cpp" line="103"/>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/editors/documentsidepanel.cpp" line="117"/>
        <source>Attach a file</source>
        <translation>Bifoga en fil</translation>
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
        <translation>Exportera</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="39"/>
        <source>EHF files of booked invoices and credit notes</source>
        <translation>EHF-filer för bokförda fakturor och kreditfakturor</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="40"/>
        <source>Journal for the bookkeeper (CSV)</source>
        <translation>Verifikationer till redovisningskonsulten (CSV)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="41"/>
        <source>Invoice list (CSV)</source>
        <translation>Fakturalista (CSV)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="42"/>
        <source>&amp;Export:</source>
        <translation>&amp;Exportera:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="46"/>
        <source>This month</source>
        <translation>Denna månad</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="47"/>
        <source>Last month</source>
        <translation>Förra månaden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="48"/>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="49"/>
        <source>Last year</source>
        <translation>Förra året</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="50"/>
        <source>From – to</source>
        <translation>Från – till</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="51"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="63"/>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="66"/>
        <source>Dates:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="71"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="80"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportera</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="141"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Mapp:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="141"/>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="168"/>
        <source>Export EHF files to</source>
        <translation>Exportera EHF-filer till</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="170"/>
        <source>Export to</source>
        <translation>Exportera till</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="170"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="222"/>
        <source>Choose where to export to.</source>
        <translation>Välj vart exporten ska göras.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="226"/>
        <source>The period ends before it begins.</source>
        <translation>Perioden slutar innan den börjar.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="229"/>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="229"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="281"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Exporten avbröts; ingen fil skrevs.</translation>
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
            <numerusform>%n faktura eller kreditfaktura för %1 exporterad som EHF till %2.</numerusform>
            <numerusform>%n fakturor och kreditfakturor för %1 exporterade som EHF till %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/exportdialog.cpp" line="293"/>
        <source>Journal of %1 (%n invoice(s) and credit note(s), %2 rows) exported to %3.</source>
        <translation>
            <numerusform>Verifikationer för %1 (%n faktura eller kreditfaktura, %2 rader) exporterade till %3.</numerusform>
            <numerusform>Verifikationer för %1 (%n fakturor och kreditfakturor, %2 rader) exporterade till %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/exportdialog.cpp" line="299"/>
        <source>%n invoice(s) and credit note(s) of %1 exported to %2.</source>
        <translation>
            <numerusform>%n faktura eller kreditfaktura för %1 exporterad till %2.</numerusform>
            <numerusform>%n fakturor och kreditfakturor för %1 exporterade till %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::FileDialog</name>
    <message>
        <location filename="../ui/common/filedialog.cpp" line="30"/>
        <source>Salgsdesk company files (*.sdk)</source>
        <translation>Salgsdesk-företagsfiler (*.sdk)</translation>
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
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="35"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="36"/>
        <source>Products</source>
        <translation>Artiklar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="38"/>
        <source>&amp;Import:</source>
        <translation>&amp;Importera:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="42"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="46"/>
        <source>CSV &amp;file:</source>
        <translation>CSV-&amp;fil:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="50"/>
        <source>Choose a CSV file with a header row (UTF-8 or Windows-1252, “;” or “,”). It is checked first; nothing is imported until every row is valid.</source>
        <translation>Välj en CSV-fil med rubrikrad (UTF-8 eller Windows-1252, ”;” eller ”,”). Den kontrolleras först; inget importeras förrän alla rader är giltiga.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="61"/>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="61"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="116"/>
        <source>Import products</source>
        <translation>Importera artiklar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="116"/>
        <source>Import customers</source>
        <translation>Importera kunder</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="118"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-filer (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="128"/>
        <source>Could not read %1: %2</source>
        <translation>Kunde inte läsa %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="130"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="161"/>
        <source>Checking the file…</source>
        <translation>Kontrollerar filen…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="189"/>
        <source>Columns not imported (no field of that name): %1</source>
        <translation>Kolumner som inte importeras (inget fält med det namnet): %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="191"/>
        <source>The check was cancelled.</source>
        <translation>Kontrollen avbröts.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importdialog.cpp" line="193"/>
        <source>%n row(s) must be fixed before anything can be imported (%1 rows read, %2, “%3”):</source>
        <translation>
            <numerusform>%n rad måste rättas innan något kan importeras (%1 rader lästa, %2, ”%3”):</numerusform>
            <numerusform>%n rader måste rättas innan något kan importeras (%1 rader lästa, %2, ”%3”):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="198"/>
        <source>The file has no rows below its header.</source>
        <translation>Filen har inga rader under rubrikraden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="200"/>
        <source>All %1 rows are valid (%2, “%3”).</source>
        <translation>Alla %1 rader är giltiga (%2, ”%3”).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importdialog.cpp" line="201"/>
        <source>Import %n product(s)</source>
        <translation>
            <numerusform>Importera %n artikel</numerusform>
            <numerusform>Importera %n artiklar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importdialog.cpp" line="202"/>
        <source>Import %n customer(s)</source>
        <translation>
            <numerusform>Importera %n kund</numerusform>
            <numerusform>Importera %n kunder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="212"/>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="218"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Importen avbröts; inget importerades.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importdialog.cpp" line="228"/>
        <source>%n product(s) imported.</source>
        <translation>
            <numerusform>%n artikel importerad.</numerusform>
            <numerusform>%n artiklar importerade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importdialog.cpp" line="229"/>
        <source>%n customer(s) imported.</source>
        <translation>
            <numerusform>%n kund importerad.</numerusform>
            <numerusform>%n kunder importerade.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::MainMenus</name>
    <message>
        <location filename="../ui/actions/mainmenus.cpp" line="28"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../ui/actions/mainmenus.cpp" line="33"/>
        <source>Open &amp;recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="vanished">&amp;Importera</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="vanished">&amp;Exportera</translation>
    </message>
    <message>
        <location filename="../ui/actions/mainmenus.cpp" line="46"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../ui/actions/mainmenus.cpp" line="52"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../ui/actions/mainmenus.cpp" line="61"/>
        <source>&amp;Document</source>
        <translation>&amp;Dokument</translation>
    </message>
    <message>
        <location filename="../ui/actions/mainmenus.cpp" line="70"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../ui/actions/mainmenus.cpp" line="74"/>
        <source>Main</source>
        <translation>Huvud</translation>
    </message>
    <message>
        <location filename="../ui/actions/mainmenus.cpp" line="84"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../ui/actions/mainmenus.cpp" line="134"/>
        <source>No recent files</source>
        <translation>Inga senaste filer</translation>
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
        <translation>Dubbelklicka på ett dokument i en lista för att öppna det här.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="102"/>
        <source>Automatic backup: %1</source>
        <translation>Automatisk säkerhetskopiering: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="116"/>
        <source>Quotes</source>
        <translation>Offerter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>Orders</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="118"/>
        <source>Shipments</source>
        <translation>Försändelser</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="120"/>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="125"/>
        <source>No company file open.</source>
        <translation>Ingen företagsfil är öppen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Products &amp; stock</source>
        <translation type="vanished">Artiklar &amp; lager</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="153"/>
        <source>Products and stock</source>
        <translation>Artiklar och lager</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192"/>
        <source>About Salgsdesk</source>
        <translation>Om Salgsdesk</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>&lt;b&gt;Salgsdesk&lt;/b&gt; %1&lt;br&gt;Sales and inventory for Nordic small businesses.&lt;br&gt;Licensed under the GNU GPL, version 3 or later.</source>
        <translation>&lt;b&gt;Salgsdesk&lt;/b&gt; %1&lt;br&gt;Försäljning och lager för nordiska småföretag.&lt;br&gt;Licensierat under GNU GPL, version 3 eller senare.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="199"/>
        <source>Open company file</source>
        <translation>Öppna företagsfil</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="268"/>
        <source>No company file open</source>
        <translation>Ingen företagsfil öppen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="281"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="283"/>
        <source> (read-only)</source>
        <translation> (skrivskyddad)</translation>
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
        <translation>Kundnummer:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="393"/>
        <location filename="../ui/mainwindow.cpp" line="395"/>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="396"/>
        <source>The company file was restored from “%1”. The file as it was before is kept as “%2”.</source>
        <translation>Företagsfilen återställdes från ”%1”. Filen som den var innan har sparats som ”%2”.</translation>
    </message>
</context>
<context>
    <name>sd::ui::NewCompanyDialog</name>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="29"/>
        <source>Welcome to Salgsdesk</source>
        <translation>Välkommen till Salgsdesk</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="32"/>
        <source>Create a company file to start, or look around in the demo company first.</source>
        <translation>Skapa en företagsfil för att börja, eller titta först runt i demoföretaget.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="37"/>
        <source>Bryggen Kafé AS</source>
        <translation>Bryggen Kafé AS</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="40"/>
        <source>9 digits</source>
        <translation>9 siffror</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="50"/>
        <source>Registered for VAT (MVA)</source>
        <translation>Momsregistrerad (MVA)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="54"/>
        <source>Average cost</source>
        <translation>Genomsnittligt inköpspris</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="55"/>
        <source>FIFO (first in, first out)</source>
        <translation>FIFU (först in, först ut)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="57"/>
        <source>How stock is valued. It cannot be changed after the company is created.</source>
        <translation>Hur lagret värderas. Det kan inte ändras efter att företaget har skapats.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="60"/>
        <source>Chosen when you press Create</source>
        <translation>Väljs när du trycker Skapa</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="61"/>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="68"/>
        <source>Company &amp;name:</source>
        <translation>Företags&amp;namn:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="69"/>
        <source>&amp;Org.nr:</source>
        <translation>&amp;Org.nr:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="70"/>
        <source>Legal &amp;form:</source>
        <translation>Bolags&amp;form:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="72"/>
        <source>&amp;Stock valuation:</source>
        <translation>&amp;Lagervärdering:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="73"/>
        <source>Company &amp;file:</source>
        <translation>Företags&amp;fil:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="76"/>
        <source>&amp;Create company</source>
        <translation>&amp;Skapa företag</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="78"/>
        <source>Open &amp;demo company</source>
        <translation>Öppna &amp;demoföretag</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="80"/>
        <source>&amp;Open existing…</source>
        <translation>Öppna &amp;befintlig…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="93"/>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="137"/>
        <source>New company file</source>
        <translation>Ny företagsfil</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newcompanydialog.cpp" line="177"/>
        <source>Open company file</source>
        <translation>Öppna företagsfil</translation>
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
        <translation>Plocka &amp;allt</translation>
    </message>
    <message>
        <location filename="../ui/editors/pickview.cpp" line="39"/>
        <source>&amp;Send + print packing slip</source>
        <translation>&amp;Skicka + skriv ut följesedel</translation>
    </message>
    <message>
        <location filename="../ui/editors/pickview.cpp" line="69"/>
        <source>Scan or type an EAN and press Enter</source>
        <translation>Skanna eller skriv en EAN och tryck Enter</translation>
    </message>
    <message>
        <location filename="../ui/editors/pickview.cpp" line="72"/>
        <source>Product</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../ui/editors/pickview.cpp" line="72"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../ui/editors/pickview.cpp" line="72"/>
        <source>Ordered</source>
        <translation>Beställt</translation>
    </message>
    <message>
        <location filename="../ui/editors/pickview.cpp" line="72"/>
        <source>Picked</source>
        <translation>Plockad</translation>
    </message>
    <message>
        <location filename="../ui/editors/pickview.cpp" line="72"/>
        <source>Remaining</source>
        <translation>Återstår</translation>
    </message>
    <message>
        <location filename="../ui/editors/pickview.cpp" line="122"/>
        <source>Shipment %1</source>
        <translation>Försändelse %1</translation>
    </message>
    <message>
        <location filename="../ui/editors/pickview.cpp" line="134"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/editors/pickview.cpp" line="138"/>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <location filename="../ui/editors/pickview.cpp" line="201"/>
        <source>Picked 1 × %1</source>
        <translation>Plockade 1 × %1</translation>
    </message>
    <message>
        <location filename="../ui/editors/pickview.cpp" line="213"/>
        <source>Everything is picked.</source>
        <translation>Allt är plockat.</translation>
    </message>
    <message>
        <location filename="../ui/editors/pickview.cpp" line="230"/>
        <source>packing-slip-%1.pdf</source>
        <translation>foljesedel-%1.pdf</translation>
    </message>
    <message>
        <location filename="../ui/editors/pickview.cpp" line="233"/>
        <source>The shipment was sent, but the packing slip could not be made: %1</source>
        <translation>Försändelsen skickades, men följesedeln kunde inte skapas: %1</translation>
    </message>
    <message>
        <location filename="../ui/editors/pickview.cpp" line="237"/>
        <source>Sent. The packing slip is opening.</source>
        <translation>Skickad. Följesedeln öppnas.</translation>
    </message>
</context>
<context>
    <name>sd::ui::ProductCompleter</name>
    <message>
        <location filename="../ui/widgets/customercompleter.cpp" line="90"/>
        <source> (bundle)</source>
        <translation> (artikelpaket)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/customercompleter.cpp" line="111"/>
        <source>No product matches “%1”.</source>
        <translation>Ingen artikel matchar ”%1”.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/customercompleter.cpp" line="112"/>
        <source>Several products match “%1”; choose one from the list.</source>
        <translation>Flera artiklar matchar ”%1”; välj en i listan.</translation>
    </message>
</context>
<context>
    <name>sd::ui::ProductEditor</name>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="42"/>
        <source>This product is a &amp;bundle of other products</source>
        <translation>Denna artikel är ett artikel&amp;paket av andra artiklar</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="47"/>
        <source>Add &amp;component</source>
        <translation>Lägg till &amp;komponent</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="49"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="68"/>
        <source>S&amp;KU:</source>
        <translation>&amp;Artikelnr:</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="69"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="70"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="71"/>
        <source>Sales &amp;price:</source>
        <translation>Försäljnings&amp;pris:</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="72"/>
        <source>C&amp;ost price:</source>
        <translation>&amp;Inköpspris:</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="73"/>
        <source>&amp;VAT code:</source>
        <translation>&amp;Momskod:</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="74"/>
        <source>Product &amp;group:</source>
        <translation>Artikel&amp;grupp:</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="75"/>
        <source>&amp;EAN barcode:</source>
        <translation>EAN-stre&amp;ckkod:</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="76"/>
        <source>S&amp;tock-tracked (true/false):</source>
        <translation>Lager&amp;förd (true/false):</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="77"/>
        <source>&amp;Location:</source>
        <translation>Lagerpl&amp;ats:</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="86"/>
        <source>Component</source>
        <translation>Komponent</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="86"/>
        <source>Quantity per bundle</source>
        <translation>Antal per paket</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="90"/>
        <source>SKU, name or EAN</source>
        <translation>Artikelnr, namn eller EAN</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="91"/>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="145"/>
        <source>New product</source>
        <translation>Ny artikel</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="145"/>
        <source>Product %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <location filename="../ui/editors/producteditor.cpp" line="212"/>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
</context>
<context>
    <name>sd::ui::ProductListModel</name>
    <message>
        <location filename="../ui/models/productlistmodel.cpp" line="56"/>
        <source>%1 (bundle)</source>
        <translation>%1 (artikelpaket)</translation>
    </message>
    <message>
        <location filename="../ui/models/productlistmodel.cpp" line="72"/>
        <source>SKU</source>
        <translation>Artikelnr</translation>
    </message>
    <message>
        <location filename="../ui/models/productlistmodel.cpp" line="74"/>
        <source>Name</source>
        <translation>Namn</translation>
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
        <translation>Inleverans</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="39"/>
        <source>Shipment</source>
        <translation>Försändelse</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="41"/>
        <source>Adjustment</source>
        <translation>Justering</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="43"/>
        <source>Count</source>
        <translation>Inventering</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="45"/>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="60"/>
        <source>Search SKU, name, barcode…</source>
        <translation>Sök artikelnr, namn, streckkod…</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="85"/>
        <source>On hand</source>
        <translation>I lager</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="86"/>
        <source>Reserved</source>
        <translation>Reserverat</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="87"/>
        <source>Available</source>
        <translation>Disponibelt</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="96"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="96"/>
        <source>Movement</source>
        <translation>Rörelse</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="96"/>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="96"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="156"/>
        <source>&lt;i&gt;Select a product to see its stock.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Välj en artikel för att se lagersaldot.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/docks/productsdock.cpp" line="167"/>
        <source> (not stock-tracked)</source>
        <translation> (ej lagerförd)</translation>
    </message>
</context>
<context>
    <name>sd::ui::RestoreBackupDialog</name>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="33"/>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="189"/>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="35"/>
        <source>Restoring replaces the open company file “%1” by the backup you choose. The file as it is now is kept as a backup first, so a restore can itself be undone.</source>
        <translation>Återställning ersätter den öppna företagsfilen ”%1” med den säkerhetskopia du väljer. Filen som den är nu sparas först som en säkerhetskopia, så att även en återställning kan ångras.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="43"/>
        <source>Taken</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="43"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="43"/>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="43"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="62"/>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Återställ denna säkerhetskopia…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="91"/>
        <source>%1 (cannot be restored)</source>
        <translation>%1 (kan inte återställas)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="94"/>
        <source>Beside the file</source>
        <translation>Bredvid filen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="101"/>
        <source>There are no backups of this file yet. Salgsdesk makes one each time the file is opened and once a day.</source>
        <translation>Det finns inga säkerhetskopior av denna fil ännu. Salgsdesk gör en varje gång filen öppnas och en gång om dagen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="115"/>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="117"/>
        <source>Made by hand</source>
        <translation>Gjord manuellt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="119"/>
        <source>Before a restore</source>
        <translation>Före en återställning</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="121"/>
        <source>Before an upgrade</source>
        <translation>Före en uppgradering</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="157"/>
        <source>This backup cannot be restored.</source>
        <translation>Denna säkerhetskopia kan inte återställas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="167"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="168"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="169"/>
        <source>Products</source>
        <translation>Artiklar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="170"/>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="175"/>
        <source>Last booked invoice</source>
        <translation>Senast bokförda faktura</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restorebackupdialog.cpp" line="175"/>
        <source>%1 of %2</source>
        <translation>%1 daterad %2</translation>
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
        <translation>Ersätta företagsfilen med säkerhetskopian tagen %1?

Allt som har registrerats sedan dess finns inte längre i filen; filen som den är nu sparas först som en säkerhetskopia.</translation>
    </message>
</context>
<context>
    <name>sd::ui::SalesOverviewWidget</name>
    <message>
        <location filename="../ui/widgets/salesoverviewwidget.cpp" line="61"/>
        <source>Invoiced in %1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Fakturerat i %1: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/salesoverviewwidget.cpp" line="64"/>
        <source>Booked invoices less credit notes dated this month</source>
        <translation>Bokförda fakturor minus kreditfakturor daterade denna månad</translation>
    </message>
    <message>
        <location filename="../ui/widgets/salesoverviewwidget.cpp" line="65"/>
        <source>Open orders: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Öppna order: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/salesoverviewwidget.cpp" line="66"/>
        <source>Confirmed orders not yet delivered and invoiced</source>
        <translation>Bekräftade order som ännu inte levererats och fakturerats</translation>
    </message>
    <message>
        <location filename="../ui/widgets/salesoverviewwidget.cpp" line="69"/>
        <source>&lt;span style=&quot;color:#c0392b&quot;&gt;Overdue: &lt;b&gt;%1&lt;/b&gt; (%2)&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#c0392b&quot;&gt;Förfallet: &lt;b&gt;%1&lt;/b&gt; (%2)&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/salesoverviewwidget.cpp" line="72"/>
        <source>Overdue: &lt;b&gt;0&lt;/b&gt;</source>
        <translation>Förfallet: &lt;b&gt;0&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/salesoverviewwidget.cpp" line="74"/>
        <source>Booked invoices past their due date with something still to pay</source>
        <translation>Bokförda fakturor efter förfallodagen med kvar att betala</translation>
    </message>
</context>
<context>
    <name>sd::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="37"/>
        <source>Company name:</source>
        <translation>Företagsnamn:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="38"/>
        <source>Org.nr:</source>
        <translation>Org.nr:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="39"/>
        <source>Legal form:</source>
        <translation>Bolagsform:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="40"/>
        <source>VAT registered (true/false):</source>
        <translation>Momsregistrerad (true/false):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="41"/>
        <source>Address:</source>
        <translation>Adress:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="42"/>
        <source>Postcode:</source>
        <translation>Postnr:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="43"/>
        <source>City:</source>
        <translation>Ort:</translation>
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
        <translation>Webbplats:</translation>
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
        <translation>Logotypfil:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="52"/>
        <source>Default payment days:</source>
        <translation>Standard betalningsvillkor (dagar):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="53"/>
        <source>KID (none, mod10, mod11):</source>
        <translation>KID (none, mod10, mod11):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="54"/>
        <source>Quotes valid for (days):</source>
        <translation>Offerter giltiga i (dagar):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="55"/>
        <source>Reminder fee:</source>
        <translation>Påminnelseavgift:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="56"/>
        <source>Default layout:</source>
        <translation>Standardlayout:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="61"/>
        <source>Next %1 number:</source>
        <translation>Nästa nummer, %1:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="71"/>
        <source>Allow &amp;negative stock (send even when the shelf count says no)</source>
        <translation>Tillåt &amp;negativt lagersaldo (skicka även när lagret säger nej)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="75"/>
        <source>Company settings</source>
        <translation>Företagsinställningar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="114"/>
        <source>&amp;Company</source>
        <translation>&amp;Företag</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="115"/>
        <source>N&amp;umbering</source>
        <translation>&amp;Numrering</translation>
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
        <translation>&amp;Konton</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="119"/>
        <source>&amp;Groups</source>
        <translation>&amp;Grupper</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="125"/>
        <source>Stock principle: %1 (chosen when the company was created; it cannot change).</source>
        <translation>Lagerprincip: %1 (valdes när företaget skapades; kan inte ändras).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="129"/>
        <source>&amp;Stock</source>
        <translation>&amp;Lager</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="130"/>
        <source>&amp;Layouts</source>
        <translation>La&amp;youter</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="162"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="162"/>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="194"/>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="199"/>
        <source>Name</source>
        <translation>Namn</translation>
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
        <translation>Kundgrupp</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="194"/>
        <source>Receivables account</source>
        <translation>Kundfordringskonto</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="199"/>
        <source>Product group</source>
        <translation>Artikelgrupp</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="199"/>
        <source>VAT code</source>
        <translation>Momskod</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="199"/>
        <source>Revenue account</source>
        <translation>Intäktskonto</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="256"/>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="256"/>
        <source>Font</source>
        <translation>Typsnitt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="256"/>
        <source>Colour</source>
        <translation>Färg</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="265"/>
        <source>%1, %2 pt</source>
        <translation>%1, %2 pt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="300"/>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="302"/>
        <source>Some settings were not saved; see the messages beside them.</source>
        <translation>Vissa inställningar sparades inte; se meddelandena bredvid dem.</translation>
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
        <translation>Moms %1 % av %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/totalspanel.cpp" line="45"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/totalspanel.cpp" line="48"/>
        <source>Credited</source>
        <translation>Krediterat</translation>
    </message>
    <message>
        <location filename="../ui/widgets/totalspanel.cpp" line="49"/>
        <source>Paid</source>
        <translation>Betald</translation>
    </message>
    <message>
        <location filename="../ui/widgets/totalspanel.cpp" line="50"/>
        <source>Amount due</source>
        <translation>Att betala</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Accounts</name>
    <message numerus="yes">
        <source>1 to %n characters: lower-case letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>
            <numerusform>1 to %n character: lower-case letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</numerusform>
            <numerusform>1 to %n characters: lower-case letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{least} to %n characters of Unicode text, not the username</source>
        <translation>
            <numerusform>{least} to %n character of Unicode text, not the username</numerusform>
            <numerusform>{least} to %n characters of Unicode text, not the username</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The username or password is wrong. %n more failed log-ins lock this account; then an administrator, or whoever holds the database file (`mesolog user unlock --as-file-owner {username}`), can unlock it.</source>
        <translation>
            <numerusform>The username or password is wrong. %n more failed log-in locks this account; then an administrator, or whoever holds the database file (`mesolog user unlock --as-file-owner {username}`), can unlock it.</numerusform>
            <numerusform>The username or password is wrong. %n more failed log-ins lock this account; then an administrator, or whoever holds the database file (`mesolog user unlock --as-file-owner {username}`), can unlock it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed log-ins: wait %Ln seconds before trying again.</source>
        <translation>
            <numerusform>Too many failed log-ins: wait %Ln second before trying again.</numerusform>
            <numerusform>Too many failed log-ins: wait %Ln seconds before trying again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddPhotosDialog</name>
    <message numerus="yes">
        <source>&amp;Add %n photos</source>
        <translation>
            <numerusform>&amp;Add %n photo</numerusform>
            <numerusform>&amp;Add %n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnchorFindings</name>
    <message numerus="yes">
        <source>%1 of %Ln anchors held; %2 replaced by a restore.</source>
        <translation>
            <numerusform>%1 of %Ln anchor held; %2 replaced by a restore.</numerusform>
            <numerusform>%1 of %Ln anchors held; %2 replaced by a restore.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln anchors held.</source>
        <translation>
            <numerusform>%1 of %Ln anchor held.</numerusform>
            <numerusform>%1 of %Ln anchors held.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>held: today&apos;s log extends it, and %n entries follow it.</source>
        <translation>
            <numerusform>held: today&apos;s log extends it, and %n entry follows it.</numerusform>
            <numerusform>held: today&apos;s log extends it, and %n entries follow it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries have hashes that start so: type more of its digits, or its entry number.</source>
        <translation>
            <numerusform>%Ln entry has a hash that starts so: type more of its digits, or its entry number.</numerusform>
            <numerusform>%Ln entries have hashes that start so: type more of its digits, or its entry number.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) left out</source>
        <translation>
            <numerusform>%n photo left out</numerusform>
            <numerusform>%n photos left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n course</numerusform>
            <numerusform>%n courses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s)</source>
        <translation>
            <numerusform>%n lot</numerusform>
            <numerusform>%n lots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n template</numerusform>
            <numerusform>%n templates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message numerus="yes">
        <source>Showing the newest %Ln entries, newest first. Older ones match too: narrow the filters (a patient, a user or a first day) to see them.</source>
        <translation>
            <numerusform>Showing the newest %Ln entry, newest first. Older ones match too: narrow the filters (a patient, a user or a first day) to see them.</numerusform>
            <numerusform>Showing the newest %Ln entries, newest first. Older ones match too: narrow the filters (a patient, a user or a first day) to see them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditVerificationBox</name>
    <message numerus="yes">
        <source>The chain of all %Ln entries is intact.</source>
        <translation>
            <numerusform>The chain of %Ln entry is intact.</numerusform>
            <numerusform>The chain of all %Ln entries is intact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audited records</source>
        <translation>
            <numerusform>%Ln audited record</numerusform>
            <numerusform>%Ln audited records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupCounts</name>
    <message numerus="yes">
        <source>%Ln patient(s)</source>
        <translation>
            <numerusform>%Ln patient</numerusform>
            <numerusform>%Ln patients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChainAnchor</name>
    <message numerus="yes">
        <source>a text of %n characters</source>
        <translation>
            <numerusform>a text of %n character</numerusform>
            <numerusform>a text of %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;a text of %n characters&apos;</source>
        <extracomment>a typed text too long to repeat, quoted where the text itself would be</extracomment>
        <translation>
            <numerusform>&apos;a text of %n character&apos;</numerusform>
            <numerusform>&apos;a text of %n characters&apos;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message numerus="yes">
        <source>the position of one of the line&apos;s %n products (from 0)</source>
        <translation>
            <numerusform>the position of the line&apos;s %n product (from 0)</numerusform>
            <numerusform>the position of one of the line&apos;s %n products (from 0)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n decimal places</source>
        <translation>
            <numerusform>at most %n decimal place</numerusform>
            <numerusform>at most %n decimal places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CourseCard</name>
    <message numerus="yes">
        <source>%n unsigned drafts</source>
        <translation>
            <numerusform>%n unsigned draft</numerusform>
            <numerusform>%n unsigned drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CourseMapView</name>
    <message numerus="yes">
        <source>%n signed sessions</source>
        <translation>
            <numerusform>%n signed session</numerusform>
            <numerusform>%n signed sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: treated in %2 of %n signed sessions</source>
        <translation>
            <numerusform>%1: treated in %2 of %n signed session</numerusform>
            <numerusform>%1: treated in %2 of %n signed sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoursePanel</name>
    <message numerus="yes">
        <source>Mark “%1” complete after %2 of %n sessions? It will no longer be due.</source>
        <translation>
            <numerusform>Mark “%1” complete after %2 of %n session? It will no longer be due.</numerusform>
            <numerusform>Mark “%1” complete after %2 of %n sessions? It will no longer be due.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message numerus="yes">
        <source>%n problems:</source>
        <translation>
            <numerusform>%n problem:</numerusform>
            <numerusform>%n problems:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCounts</name>
    <message numerus="yes">
        <source>Exported %n patient(s) to %1.</source>
        <translation>
            <numerusform>Exported %n patient to %1.</numerusform>
            <numerusform>Exported %n patients to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file holds their %n photo(s).</source>
        <translation>
            <numerusform>The file holds their %n photo.</numerusform>
            <numerusform>The file holds their %n photos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) were left out: export with photos (zip) to take them along.</source>
        <translation>
            <numerusform>%n photo was left out: export with photos (zip) to take it along.</numerusform>
            <numerusform>%n photos were left out: export with photos (zip) to take them along.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GtinField</name>
    <message numerus="yes">
        <source>A GTIN is digits only: 8, 12, 13 or 14 of them, as printed under the barcode (%n characters typed, not all digits).</source>
        <translation>
            <numerusform>A GTIN is digits only: 8, 12, 13 or 14 of them, as printed under the barcode (%n character typed, not all digits).</numerusform>
            <numerusform>A GTIN is digits only: 8, 12, 13 or 14 of them, as printed under the barcode (%n characters typed, not all digits).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n digits: a GTIN has 8, 12, 13 or 14.</source>
        <translation>
            <numerusform>%1 has %n digit: a GTIN has 8, 12, 13 or 14.</numerusform>
            <numerusform>%1 has %n digits: a GTIN has 8, 12, 13 or 14.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sessions</source>
        <translation>
            <numerusform>%1 of %n session</numerusform>
            <numerusform>%1 of %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportBanner</name>
    <message numerus="yes">
        <source>%n new photos in the import folder</source>
        <translation>
            <numerusform>%n new photo in the import folder</numerusform>
            <numerusform>%n new photos in the import folder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message numerus="yes">
        <source>Nothing was imported. %1 breaks the rules of the mesolog format in %n place(s); each line below names where and what is allowed.</source>
        <translation>
            <numerusform>Nothing was imported. %1 breaks the rules of the mesolog format in %n place; each line below names where and what is allowed.</numerusform>
            <numerusform>Nothing was imported. %1 breaks the rules of the mesolog format in %n places; each line below names where and what is allowed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n characters)</source>
        <comment>a value too long to show</comment>
        <translation>
            <numerusform>(%n character)</numerusform>
            <numerusform>(%n characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterBox</name>
    <message numerus="yes">
        <source>%n letters in Greek</source>
        <translation>
            <numerusform>%n letter in Greek</numerusform>
            <numerusform>%n letters in Greek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in English</source>
        <comment>letters, after those in Greek</comment>
        <translation>
            <numerusform>%n in English</numerusform>
            <numerusform>%n in English</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letters in English</source>
        <translation>
            <numerusform>%n letter in English</numerusform>
            <numerusform>%n letters in English</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message numerus="yes">
        <source>%1 is more than %n years ago: a date of birth is on or after %2.</source>
        <translation>
            <numerusform>%1 is more than %n year ago: a date of birth is on or after %2.</numerusform>
            <numerusform>%1 is more than %n years ago: a date of birth is on or after %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years old</source>
        <translation>
            <numerusform>%n year old</numerusform>
            <numerusform>%n years old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NSAID (%1): bruising risk; ask about a %n-day pause before sessions.</source>
        <translation>
            <numerusform>NSAID (%1): bruising risk; ask about a %n-day pause before sessions.</numerusform>
            <numerusform>NSAID (%1): bruising risk; ask about a %n-day pause before sessions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientHeader</name>
    <message numerus="yes">
        <source>%n years old</source>
        <translation>
            <numerusform>%n year old</numerusform>
            <numerusform>%n years old</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientLists</name>
    <message numerus="yes">
        <source>%n patients shown</source>
        <translation>
            <numerusform>%n patient shown</numerusform>
            <numerusform>%n patients shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message numerus="yes">
        <source>⚠ overdue %n days</source>
        <translation>
            <numerusform>⚠ overdue %n day</numerusform>
            <numerusform>⚠ overdue %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message numerus="yes">
        <source>a few words saying what a free view shows (1 to %n characters)</source>
        <translation>
            <numerusform>a few words saying what a free view shows (1 to %n character)</numerusform>
            <numerusform>a few words saying what a free view shows (1 to %n characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PictureTexts</name>
    <message numerus="yes">
        <source>%n zones</source>
        <translation>
            <numerusform>%n zone</numerusform>
            <numerusform>%n zones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Products</name>
    <message numerus="yes">
        <source>the product&apos;s name (1 to %n characters)</source>
        <translation>
            <numerusform>the product&apos;s name (1 to %n character)</numerusform>
            <numerusform>the product&apos;s name (1 to %n characters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{range} with at most %n decimals</source>
        <translation>
            <numerusform>{range} with at most %n decimal</numerusform>
            <numerusform>{range} with at most %n decimals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatesChart</name>
    <message numerus="yes">
        <source>The first %n ranked rows.</source>
        <translation>
            <numerusform>The first %n ranked row.</numerusform>
            <numerusform>The first %n ranked rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n ranked rows.</source>
        <translation>
            <numerusform>The %n ranked row.</numerusform>
            <numerusform>The %n ranked rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReactionsDialog</name>
    <message numerus="yes">
        <source>%1 by %2, %3: %Ln signed sessions, %5 with the reaction (%6). Rows are ranked by the low end of their 95% interval; rows with fewer than %7 sessions are listed last, not ranked.</source>
        <translation>
            <numerusform>%1 by %2, %3: %Ln signed session, %5 with the reaction (%6). Rows are ranked by the low end of their 95% interval; rows with fewer than %7 sessions are listed last, not ranked.</numerusform>
            <numerusform>%1 by %2, %3: %Ln signed sessions, %5 with the reaction (%6). Rows are ranked by the low end of their 95% interval; rows with fewer than %7 sessions are listed last, not ranked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows written to %1</source>
        <translation>
            <numerusform>%Ln row written to %1</numerusform>
            <numerusform>%Ln rows written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecallLetter</name>
    <message numerus="yes">
        <source>Recall letters to %n patients</source>
        <translation>
            <numerusform>Recall letter to %n patient</numerusform>
            <numerusform>Recall letters to %n patients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecallTableModel</name>
    <message numerus="yes">
        <source>%n uses without units</source>
        <translation>
            <numerusform>%n use without units</numerusform>
            <numerusform>%n uses without units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecallWindow</name>
    <message numerus="yes">
        <source>%n patients</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list of %n patients</source>
        <translation>
            <numerusform>The list of %n patient</numerusform>
            <numerusform>The list of %n patients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letters</source>
        <translation>
            <numerusform>%n letter</numerusform>
            <numerusform>%n letters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordNumbers</name>
    <message numerus="yes">
        <source>an example record number whose last digits count up, like MC-0001 (at most %n characters), or nothing to follow the clinic&apos;s numbers</source>
        <translation>
            <numerusform>an example record number whose last digits count up, like MC-0001 (at most %n character), or nothing to follow the clinic&apos;s numbers</numerusform>
            <numerusform>an example record number whose last digits count up, like MC-0001 (at most %n characters), or nothing to follow the clinic&apos;s numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RowTexts</name>
    <message numerus="yes">
        <source>%n needles</source>
        <translation>
            <numerusform>%n needle</numerusform>
            <numerusform>%n needles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passes</source>
        <translation>
            <numerusform>%n pass</numerusform>
            <numerusform>%n passes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionCounts</name>
    <message numerus="yes">
        <source>&amp;Sign with %n warnings</source>
        <translation>
            <numerusform>&amp;Sign with %n warning</numerusform>
            <numerusform>&amp;Sign with %n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n value(s) to correct, marked in red.</source>
        <translation>
            <numerusform>Not saved: %n value to correct, marked in red.</numerusform>
            <numerusform>Not saved: %n values to correct, marked in red.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 keeps its mark: it holds %n injection points; delete them first.</source>
        <translation>
            <numerusform>%1 keeps its mark: it holds %n injection point; delete it first.</numerusform>
            <numerusform>%1 keeps its mark: it holds %n injection points; delete them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sum of this product&apos;s %n injection points on the chart; delete them there to type the volume.</source>
        <translation>
            <numerusform>The sum of this product&apos;s %n injection point on the chart; delete it there to type the volume.</numerusform>
            <numerusform>The sum of this product&apos;s %n injection points on the chart; delete them there to type the volume.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>how long before a session the last aspirin/NSAID was</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <comment>when the last aspirin/NSAID was taken</comment>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n needles</source>
        <comment>of a micro-needling pen</comment>
        <translation>
            <numerusform>%n needle</numerusform>
            <numerusform>%n needles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passes</source>
        <comment>of a micro-needling pen over the area</comment>
        <translation>
            <numerusform>%n pass</numerusform>
            <numerusform>%n passes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionTiming</name>
    <message numerus="yes">
        <source>Early for this course: its last session was %n days before, on {last}. The next session is due from {start} to {end}.</source>
        <translation>
            <numerusform>Early for this course: its last session was %n day before, on {last}. The next session is due from {start} to {end}.</numerusform>
            <numerusform>Early for this course: its last session was %n days before, on {last}. The next session is due from {start} to {end}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryTables</name>
    <message numerus="yes">
        <source>Pen, %n needles</source>
        <translation>
            <numerusform>Pen, %n needle</numerusform>
            <numerusform>Pen, %n needles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateCounts</name>
    <message numerus="yes">
        <source>%Ln days</source>
        <comment>an interval between two sessions</comment>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, then %Ln days</source>
        <comment>the first interval, then the maintenance one</comment>
        <translation>
            <numerusform>%1, then %Ln day</numerusform>
            <numerusform>%1, then %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimate for %Ln sessions: %1 of products (no session fee).</source>
        <translation>
            <numerusform>Estimate for %Ln session: %1 of products (no session fee).</numerusform>
            <numerusform>Estimate for %Ln sessions: %1 of products (no session fee).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimate for %Ln sessions: %1 (session fees %2, products %3).</source>
        <translation>
            <numerusform>Estimate for %Ln session: %1 (session fees %2, products %3).</numerusform>
            <numerusform>Estimate for %Ln sessions: %1 (session fees %2, products %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message numerus="yes">
        <source>the template&apos;s name (1 to %n characters)</source>
        <translation>
            <numerusform>the template&apos;s name (1 to %n character)</numerusform>
            <numerusform>the template&apos;s name (1 to %n characters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n lines</source>
        <translation>
            <numerusform>at most %n line</numerusform>
            <numerusform>at most %n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message numerus="yes">
        <source>at most %n characters</source>
        <translation>
            <numerusform>at most %n character</numerusform>
            <numerusform>at most %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a name is required (1 to %n characters)</source>
        <translation>
            <numerusform>a name is required (1 to %n character)</numerusform>
            <numerusform>a name is required (1 to %n characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message numerus="yes">
        <source>The database holds %n patient(s) already.</source>
        <translation>
            <numerusform>The database holds %n patient already.</numerusform>
            <numerusform>The database holds %n patients already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file left out %n photo(s) (exported without them): import the export with photos (.mesolog.zip) to have them.</source>
        <translation>
            <numerusform>The file left out %n photo (exported without it): import the export with photos (.mesolog.zip) to have it.</numerusform>
            <numerusform>The file left out %n photos (exported without them): import the export with photos (.mesolog.zip) to have them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n course</numerusform>
            <numerusform>%n courses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s)</source>
        <translation>
            <numerusform>%n lot</numerusform>
            <numerusform>%n lots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message numerus="yes">
        <source>at most %n characters with the warnings given anyway and their reasons, which the export file carries in the notes</source>
        <translation>
            <numerusform>at most %n character with the warnings given anyway and their reasons, which the export file carries in the notes</numerusform>
            <numerusform>at most %n characters with the warnings given anyway and their reasons, which the export file carries in the notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a reason for going on despite each &apos;{kind}&apos; warning (1 to %n characters)</source>
        <translation>
            <numerusform>a reason for going on despite each &apos;{kind}&apos; warning (1 to %n character)</numerusform>
            <numerusform>a reason for going on despite each &apos;{kind}&apos; warning (1 to %n characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Violations</name>
    <message numerus="yes">
        <source>{allowed} (%n characters)</source>
        <extracomment>what a field allows, and the length of the value typed, too long to show here</extracomment>
        <translation>
            <numerusform>{allowed} (%n character)</numerusform>
            <numerusform>{allowed} (%n characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message numerus="yes">
        <source>Aspirin or another NSAID taken %n day(s) ago, less than {least}: higher risk of bruising.</source>
        <translation>
            <numerusform>Aspirin or another NSAID taken %n day ago, less than {least}: higher risk of bruising.</numerusform>
            <numerusform>Aspirin or another NSAID taken %n days ago, less than {least}: higher risk of bruising.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WrittenMessage</name>
    <message numerus="yes">
        <source>%n photos, %1</source>
        <translation>
            <numerusform>%n photo, %1</numerusform>
            <numerusform>%n photos, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.audit</name>
    <message numerus="yes">
        <source>chain intact: %n entries, newest hash {hash}</source>
        <translation>
            <numerusform>chain intact: %n entry, newest hash {hash}</numerusform>
            <numerusform>chain intact: %n entries, newest hash {hash}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>records intact: %n match their newest entry, and an entry wrote every record</source>
        <translation>
            <numerusform>records intact: %n matches its newest entry, and an entry wrote every record</numerusform>
            <numerusform>records intact: %n match their newest entry, and an entry wrote every record</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.audit_anchors</name>
    <message numerus="yes">
        <source>anchors log {file}: {held} of %n anchors held ({replaced} replaced by restores); the newest anchored entry is {newest}</source>
        <translation>
            <numerusform>anchors log {file}: {held} of %n anchor held ({replaced} replaced by restores); the newest anchored entry is {newest}</numerusform>
            <numerusform>anchors log {file}: {held} of %n anchors held ({replaced} replaced by restores); the newest anchored entry is {newest}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>anchors log {file}: {held} of %n anchors held; the newest anchored entry is {newest}</source>
        <translation>
            <numerusform>anchors log {file}: {held} of %n anchor held; the newest anchored entry is {newest}</numerusform>
            <numerusform>anchors log {file}: {held} of %n anchors held; the newest anchored entry is {newest}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ANCHORS NOT HELD: {failed} of %n anchors in {file}</source>
        <translation>
            <numerusform>ANCHORS NOT HELD: {failed} of %n anchor in {file}</numerusform>
            <numerusform>ANCHORS NOT HELD: {failed} of %n anchors in {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.counts</name>
    <message numerus="yes">
        <source>%n patients</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n courses</source>
        <translation>
            <numerusform>%n course</numerusform>
            <numerusform>%n courses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n products</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lots</source>
        <translation>
            <numerusform>%n lot</numerusform>
            <numerusform>%n lots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.reactions</name>
    <message numerus="yes">
        <source>%n rows written to {file}</source>
        <translation>
            <numerusform>%n row written to {file}</numerusform>
            <numerusform>%n rows written to {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.records</name>
    <message numerus="yes">
        <source>%n protocol templates added (Settings &gt; Templates)</source>
        <translation>
            <numerusform>%n protocol template added (Settings &gt; Templates)</numerusform>
            <numerusform>%n protocol templates added (Settings &gt; Templates)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all is well but for %n warning(s)</source>
        <translation>
            <numerusform>all is well but for %n warning</numerusform>
            <numerusform>all is well but for %n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.transfer</name>
    <message numerus="yes">
        <source>%n photo(s) left out: export with --with-photos for a bundle that carries them (FILE.mesolog.zip)</source>
        <translation>
            <numerusform>%n photo left out: export with --with-photos for a bundle that carries it (FILE.mesolog.zip)</numerusform>
            <numerusform>%n photos left out: export with --with-photos for a bundle that carries them (FILE.mesolog.zip)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) written to {file}</source>
        <translation>
            <numerusform>%n patient written to {file}</numerusform>
            <numerusform>%n patients written to {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) and {photos} written to {file}</source>
        <translation>
            <numerusform>%n patient and {photos} written to {file}</numerusform>
            <numerusform>%n patients and {photos} written to {file}</numerusform>
        </translation>
    </message>
</context>
</TS>

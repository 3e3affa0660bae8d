<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el_GR">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Username</source>
        <translation>Όνομα χρήστη</translation>
    </message>
    <message>
        <source>1 to 60 characters: lower-case letters a–z, digits, “.”, “_” or “-”, starting with a letter or digit.</source>
        <translation>1 έως 60 χαρακτήρες: πεζά λατινικά γράμματα a–z, ψηφία, «.», «_» ή «-», με πρώτο χαρακτήρα γράμμα ή ψηφίο.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Όνομα &amp;χρήστη:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ονοματεπώνυμο</translation>
    </message>
    <message>
        <source>e.g. Dr Eleni Markou</source>
        <translation>π.χ. Δρ Ελένη Μάρκου</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Ονοματε&amp;πώνυμο:</translation>
    </message>
    <message>
        <source>As the records this account logs will name it.</source>
        <translation>Όπως θα αναγράφεται στις καταχωρίσεις που κάνει αυτός ο λογαριασμός.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Το πολύ %1 χαρακτήρες.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ρόλος</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ρόλος:</translation>
    </message>
    <message>
        <source>A clinician logs and signs sessions; an assistant logs drafts for a clinician to sign; an administrator also manages accounts and settings.</source>
        <translation>Ο θεράπων ιατρός καταχωρίζει και υπογράφει συνεδρίες· ο βοηθός καταχωρίζει πρόχειρες συνεδρίες, τις οποίες υπογράφει ένας θεράπων ιατρός· ο διαχειριστής, επιπλέον, διαχειρίζεται λογαριασμούς και ρυθμίσεις.</translation>
    </message>
    <message>
        <source>the name the records print</source>
        <translation>το όνομα που αναγράφεται στους φακέλους</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>mesolog — the first account</source>
        <translation>mesolog — ο πρώτος λογαριασμός</translation>
    </message>
    <message>
        <source>&amp;Create and log in</source>
        <translation>&amp;Δημιουργία και σύνδεση</translation>
    </message>
    <message>
        <source>mesolog — log in</source>
        <translation>mesolog — σύνδεση</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Σύνδεση</translation>
    </message>
    <message>
        <source>mesolog — switch user</source>
        <translation>mesolog — αλλαγή χρήστη</translation>
    </message>
    <message>
        <source>&amp;Switch</source>
        <translation>&amp;Αλλαγή</translation>
    </message>
    <message>
        <source>About this dialog</source>
        <translation>Σχετικά με αυτό το παράθυρο</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Σφάλμα</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Υπόδειξη</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Κωδικός πρόσβασης</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Επανάληψη κωδικού πρόσβασης</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Κωδικός πρόσβασης:</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>&amp;Επανάληψη κωδικού πρόσβασης:</translation>
    </message>
    <message>
        <source>%1 characters: too long. %2</source>
        <translation>%1 χαρακτήρες: είναι πάρα πολλοί. %2</translation>
    </message>
    <message>
        <source>the same password typed again</source>
        <translation>ο ίδιος κωδικός πρόσβασης, πληκτρολογημένος ξανά</translation>
    </message>
    <message>
        <source>Something went wrong inside mesolog (a bug). Nothing was saved.

%1</source>
        <translation>Παρουσιάστηκε πρόβλημα μέσα στο mesolog (σφάλμα λογισμικού). Δεν αποθηκεύτηκε τίποτα.

%1</translation>
    </message>
    <message>
        <source>%1 to %2 characters, any characters; not the username.</source>
        <translation>%1 έως %2 χαρακτήρες, οποιοιδήποτε· όχι το όνομα χρήστη.</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Αλλαγή κωδικού πρόσβασης</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Αλλαγή</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Ορισμός νέου κωδικού πρόσβασης</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>&amp;Ορισμός κωδικού πρόσβασης</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message numerus="yes">
        <source>1 to %n characters: lower-case letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>
            <numerusform>1 έως %n χαρακτήρας: πεζά λατινικά γράμματα a-z, ψηφία, «.», «_» ή «-», με πρώτο χαρακτήρα γράμμα ή ψηφίο</numerusform>
            <numerusform>1 έως %n χαρακτήρες: πεζά λατινικά γράμματα a-z, ψηφία, «.», «_» ή «-», με πρώτο χαρακτήρα γράμμα ή ψηφίο</numerusform>
        </translation>
    </message>
    <message>
        <source>record patients, courses and session drafts</source>
        <comment>what a permission allows</comment>
        <translation>την καταχώριση ασθενών, θεραπευτικών προγραμμάτων και πρόχειρων συνεδριών</translation>
    </message>
    <message>
        <source>sign, amend or void records</source>
        <comment>what a permission allows</comment>
        <translation>την υπογραφή, διόρθωση ή ακύρωση καταχωρίσεων του φακέλου</translation>
    </message>
    <message>
        <source>export records</source>
        <comment>what a permission allows</comment>
        <translation>την εξαγωγή φακέλων</translation>
    </message>
    <message>
        <source>manage the product catalogue</source>
        <comment>what a permission allows</comment>
        <translation>τη διαχείριση του καταλόγου προϊόντων</translation>
    </message>
    <message>
        <source>manage accounts, clinic settings or restores</source>
        <comment>what a permission allows</comment>
        <translation>τη διαχείριση λογαριασμών, των ρυθμίσεων του ιατρείου ή επαναφορών</translation>
    </message>
    <message numerus="yes">
        <source>{least} to %n characters of Unicode text, not the username</source>
        <translation>
            <numerusform>{least} έως %n χαρακτήρας κειμένου Unicode, όχι το όνομα χρήστη</numerusform>
            <numerusform>{least} έως %n χαρακτήρες κειμένου Unicode, όχι το όνομα χρήστη</numerusform>
        </translation>
    </message>
    <message>
        <source>the operating-system user running mesolog may not write to {path}</source>
        <translation>ο χρήστης του λειτουργικού συστήματος που εκτελεί το mesolog δεν έχει δικαίωμα εγγραφής στο {path}</translation>
    </message>
    <message>
        <source>the database role {role} mesolog connects as is not a superuser of the PostgreSQL server (on PostgreSQL only a superuser, such as postgres, may: owning the tables is not enough)</source>
        <translation>ο ρόλος βάσης δεδομένων {role} με τον οποίο συνδέεται το mesolog δεν είναι υπερχρήστης (superuser) του διακομιστή PostgreSQL (στην PostgreSQL αυτό το μπορεί μόνο ένας υπερχρήστης, όπως ο postgres: δεν αρκεί να είναι κάτοχος των πινάκων)</translation>
    </message>
    <message>
        <source>The account {username} cannot be used: its record was changed outside mesolog (it is not what the audit log recorded). An administrator should run `mesolog audit verify`.</source>
        <translation>Ο λογαριασμός {username} δεν μπορεί να χρησιμοποιηθεί: τα στοιχεία του άλλαξαν εκτός του mesolog (δεν συμφωνούν με όσα κατέγραψε το αρχείο ελέγχου). Ένας διαχειριστής πρέπει να εκτελέσει την εντολή `mesolog audit verify`.</translation>
    </message>
    <message>
        <source>The account {username} is now locked after {limit} failed log-ins. An administrator can unlock it (Users, or `mesolog user unlock {name} --user ADMIN`); if no administrator can log in, whoever holds the database file can: `mesolog user unlock --as-file-owner {name}`.</source>
        <translation>Ο λογαριασμός {username} κλειδώθηκε μετά από {limit} αποτυχημένες συνδέσεις. Ένας διαχειριστής μπορεί να τον ξεκλειδώσει (Χρήστες ή `mesolog user unlock {name} --user ADMIN`)· αν κανένας διαχειριστής δεν μπορεί να συνδεθεί, μπορεί να τον ξεκλειδώσει όποιος κατέχει το αρχείο της βάσης δεδομένων: `mesolog user unlock --as-file-owner {name}`.</translation>
    </message>
    <message>
        <source>The account {username} is locked after {limit} failed log-ins. An administrator can unlock it (Users, or `mesolog user unlock {name} --user ADMIN`); if no administrator can log in, whoever holds the database file can: `mesolog user unlock --as-file-owner {name}`.</source>
        <translation>Ο λογαριασμός {username} είναι κλειδωμένος μετά από {limit} αποτυχημένες συνδέσεις. Ένας διαχειριστής μπορεί να τον ξεκλειδώσει (Χρήστες ή `mesolog user unlock {name} --user ADMIN`)· αν κανένας διαχειριστής δεν μπορεί να συνδεθεί, μπορεί να τον ξεκλειδώσει όποιος κατέχει το αρχείο της βάσης δεδομένων: `mesolog user unlock --as-file-owner {name}`.</translation>
    </message>
    <message>
        <source>No account has the username {username}.</source>
        <translation>Κανένας λογαριασμός δεν έχει το όνομα χρήστη {username}.</translation>
    </message>
    <message>
        <source>The account {username} is neither locked nor disabled; nothing was changed. To give it a new password: `mesolog user passwd --as-file-owner {name}`.</source>
        <translation>Ο λογαριασμός {username} δεν είναι ούτε κλειδωμένος ούτε απενεργοποιημένος· δεν άλλαξε τίποτα. Για να του ορίσετε νέο κωδικό πρόσβασης: `mesolog user passwd --as-file-owner {name}`.</translation>
    </message>
    <message>
        <source>{username} is logged in: an administrator unlocks accounts in Users. Recovery as the database&apos;s holder acts as no account (leave out --user).</source>
        <translation>Ο χρήστης {username} είναι συνδεδεμένος: τους λογαριασμούς τούς ξεκλειδώνει ένας διαχειριστής από το παράθυρο «Χρήστες». Η ανάκτηση από τον κάτοχο της βάσης δεδομένων γίνεται χωρίς λογαριασμό (παραλείψτε το --user).</translation>
    </message>
    <message>
        <source>Only whoever holds the database may recover an account this way, and {why}.</source>
        <translation>Μόνο όποιος κατέχει τη βάση δεδομένων μπορεί να ανακτήσει λογαριασμό με αυτόν τον τρόπο, και {why}.</translation>
    </message>
    <message>
        <source>{others} can log in as an administrator: ask them to unlock or enable {username} (Users, or `mesolog user unlock {name} --user ADMIN`). Recovery as the database&apos;s holder is for when no administrator can log in.</source>
        <translation>Μπορούν να συνδεθούν ως διαχειριστές: {others}. Ζητήστε τους να ξεκλειδώσουν ή να ενεργοποιήσουν τον λογαριασμό {username} (Χρήστες ή `mesolog user unlock {name} --user ADMIN`). Η ανάκτηση από τον κάτοχο της βάσης δεδομένων προορίζεται για όταν κανένας διαχειριστής δεν μπορεί να συνδεθεί.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>κανένας</translation>
    </message>
    <message>
        <source>{username} is not an administrator&apos;s account. Recover an administrator&apos;s account (the administrators: {names}); they then manage the others.</source>
        <translation>Ο λογαριασμός {username} δεν είναι λογαριασμός διαχειριστή. Ανακτήστε τον λογαριασμό ενός διαχειριστή (διαχειριστές: {names})· εκείνος διαχειρίζεται στη συνέχεια τους υπόλοιπους.</translation>
    </message>
    <message>
        <source>the account&apos;s password</source>
        <translation>ο κωδικός πρόσβασης του λογαριασμού</translation>
    </message>
    <message>
        <source>The database has accounts already; an admin adds the others.</source>
        <translation>Η βάση δεδομένων έχει ήδη λογαριασμούς· τους υπόλοιπους τους προσθέτει ένας διαχειριστής.</translation>
    </message>
    <message>
        <source>An admin cannot disable their own account.</source>
        <translation>Ένας διαχειριστής δεν μπορεί να απενεργοποιήσει τον δικό του λογαριασμό.</translation>
    </message>
    <message>
        <source>Nobody is logged in to switch from: log in instead.</source>
        <translation>Δεν είναι συνδεδεμένος κανείς, ώστε να γίνει εναλλαγή χρήστη: συνδεθείτε κανονικά.</translation>
    </message>
    <message>
        <source>another account&apos;s username ({username} is logged in already)</source>
        <translation>όνομα χρήστη άλλου λογαριασμού (ο χρήστης {username} είναι ήδη συνδεδεμένος)</translation>
    </message>
    <message>
        <source>a username no other account has</source>
        <translation>όνομα χρήστη που δεν έχει κανένας άλλος λογαριασμός</translation>
    </message>
    <message>
        <source>a name no other account has ({username} has it)</source>
        <translation>όνομα που δεν έχει κανένας άλλος λογαριασμός (το έχει ο λογαριασμός {username})</translation>
    </message>
    <message>
        <source>This database has accounts: log in to {action}.</source>
        <translation>Αυτή η βάση δεδομένων έχει λογαριασμούς: συνδεθείτε για {action}.</translation>
    </message>
    <message>
        <source>The account {username} was disabled or locked; log in again.</source>
        <translation>Ο λογαριασμός {username} απενεργοποιήθηκε ή κλειδώθηκε· συνδεθείτε ξανά.</translation>
    </message>
    <message>
        <source>The account {username} cannot act: its record was changed outside mesolog (it is not what the audit log recorded, or not the role it logged in with). An administrator should run `mesolog audit verify`.</source>
        <translation>Ο λογαριασμός {username} δεν μπορεί να ενεργήσει: τα στοιχεία του άλλαξαν εκτός του mesolog (δεν συμφωνούν με όσα κατέγραψε το αρχείο ελέγχου ή με τον ρόλο με τον οποίο συνδέθηκε). Ένας διαχειριστής πρέπει να εκτελέσει την εντολή `mesolog audit verify`.</translation>
    </message>
    <message>
        <source>{name} has the role {role}, which may not {action}.</source>
        <translation>{name}: ο ρόλος «{role}» δεν επιτρέπει {action}.</translation>
    </message>
    <message>
        <source>The username or password is wrong.</source>
        <translation>Το όνομα χρήστη ή ο κωδικός πρόσβασης είναι λάθος.</translation>
    </message>
    <message>
        <source>The username or password is wrong. The failed log-in could not be recorded (the database&apos;s disk is full): each wrong try waits {seconds} seconds before its answer.</source>
        <translation>Το όνομα χρήστη ή ο κωδικός πρόσβασης είναι λάθος. Η αποτυχημένη σύνδεση δεν μπόρεσε να καταγραφεί (ο δίσκος της βάσης δεδομένων είναι γεμάτος): κάθε λανθασμένη προσπάθεια περιμένει {seconds} δευτερόλεπτα πριν από την απάντηση.</translation>
    </message>
    <message>
        <source>The username or password is wrong. 1 more failed log-in locks this account; then an administrator, or whoever holds the database file (`mesolog user unlock --as-file-owner {username}`), can unlock it.</source>
        <translation>Το όνομα χρήστη ή ο κωδικός πρόσβασης είναι λάθος. Ακόμη 1 αποτυχημένη σύνδεση κλειδώνει αυτόν τον λογαριασμό· στη συνέχεια μπορεί να τον ξεκλειδώσει ένας διαχειριστής ή όποιος κατέχει το αρχείο της βάσης δεδομένων (`mesolog user unlock --as-file-owner {username}`).</translation>
    </message>
    <message numerus="yes">
        <source>The username or password is wrong. %n more failed log-ins lock this account; then an administrator, or whoever holds the database file (`mesolog user unlock --as-file-owner {username}`), can unlock it.</source>
        <translation>
            <numerusform>Το όνομα χρήστη ή ο κωδικός πρόσβασης είναι λάθος. Ακόμη %n αποτυχημένη σύνδεση κλειδώνει αυτόν τον λογαριασμό· στη συνέχεια μπορεί να τον ξεκλειδώσει ένας διαχειριστής ή όποιος κατέχει το αρχείο της βάσης δεδομένων (`mesolog user unlock --as-file-owner {username}`).</numerusform>
            <numerusform>Το όνομα χρήστη ή ο κωδικός πρόσβασης είναι λάθος. Ακόμη %n αποτυχημένες συνδέσεις κλειδώνουν αυτόν τον λογαριασμό· στη συνέχεια μπορεί να τον ξεκλειδώσει ένας διαχειριστής ή όποιος κατέχει το αρχείο της βάσης δεδομένων (`mesolog user unlock --as-file-owner {username}`).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed log-ins: wait %Ln seconds before trying again.</source>
        <translation>
            <numerusform>Πάρα πολλές αποτυχημένες συνδέσεις: περιμένετε %Ln δευτερόλεπτο πριν δοκιμάσετε ξανά.</numerusform>
            <numerusform>Πάρα πολλές αποτυχημένες συνδέσεις: περιμένετε %Ln δευτερόλεπτα πριν δοκιμάσετε ξανά.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many failed log-ins: wait {seconds} seconds before trying again.</source>
        <translation type="vanished">Πάρα πολλές αποτυχημένες συνδέσεις: περιμένετε {seconds} δευτερόλεπτα πριν δοκιμάσετε ξανά.</translation>
    </message>
    <message>
        <source>The account {username} is disabled; an administrator can enable it.</source>
        <translation>Ο λογαριασμός {username} είναι απενεργοποιημένος· ένας διαχειριστής μπορεί να τον ενεργοποιήσει.</translation>
    </message>
</context>
<context>
    <name>AddPhotosDialog</name>
    <message>
        <source>Label</source>
        <translation>Περιγραφή</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Συνεδρία</translation>
    </message>
    <message>
        <source>Add photos — %1</source>
        <translation>Προσθήκη φωτογραφιών — %1</translation>
    </message>
    <message>
        <source>Say what each photo shows and the session it was taken at, then Add: they go into the record of %1.</source>
        <translation>Δηλώστε τι δείχνει κάθε φωτογραφία και σε ποια συνεδρία τραβήχτηκε και πατήστε «Προσθήκη»: οι φωτογραφίες καταχωρίζονται στον φάκελο του ασθενούς %1.</translation>
    </message>
    <message>
        <source>View of every file</source>
        <translation>Όψη όλων των αρχείων</translation>
    </message>
    <message>
        <source>Moment of every file</source>
        <translation>Χρονική στιγμή όλων των αρχείων</translation>
    </message>
    <message>
        <source>Session of every file</source>
        <translation>Συνεδρία όλων των αρχείων</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Αποτέλεσμα</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Αρχείο</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Όψη</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Χρονική στιγμή</translation>
    </message>
    <message>
        <source>Every file:</source>
        <translation>Όλα τα αρχεία:</translation>
    </message>
    <message>
        <source>&amp;Add 1 photo</source>
        <translation>&amp;Προσθήκη 1 φωτογραφίας</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n photos</source>
        <translation>
            <numerusform>&amp;Προσθήκη %n φωτογραφίας</numerusform>
            <numerusform>&amp;Προσθήκη %n φωτογραφιών</numerusform>
        </translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Προσθήκη φωτογραφιών</translation>
    </message>
    <message>
        <source>Adding photos…</source>
        <translation>Προσθήκη φωτογραφιών…</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Προστέθηκε.</translation>
    </message>
    <message>
        <source>%1 added, %2 not added: each says why.</source>
        <translation>Προστέθηκαν: %1, δεν προστέθηκαν: %2· σε καθεμία αναγράφεται ο λόγος.</translation>
    </message>
</context>
<context>
    <name>Aftercare</name>
    <message>
        <source>Mesotherapy needs no recovery time: almost everyone goes back to their usual activities straight away.</source>
        <translation>Η μεσοθεραπεία δεν απαιτεί χρόνο ανάρρωσης: σχεδόν όλοι επιστρέφουν αμέσως στις συνηθισμένες δραστηριότητές τους.</translation>
    </message>
    <message>
        <source>Make-up, and touching or rubbing the treated skin</source>
        <translation>Μακιγιάζ, καθώς και άγγιγμα ή τρίψιμο του δέρματος στην περιοχή της θεραπείας</translation>
    </message>
    <message>
        <source>the first 12 hours (24 hours after the micro-needling pen)</source>
        <translation>τις πρώτες 12 ώρες (24 ώρες μετά από θεραπεία με πένα μικροβελονισμού)</translation>
    </message>
    <message>
        <source>the tiny needle marks close in that time</source>
        <translation>τα μικροσκοπικά σημάδια από τη βελόνα κλείνουν σε αυτό το διάστημα</translation>
    </message>
    <message>
        <source>Hard exercise, sauna, steam room, hot baths and swimming pools</source>
        <translation>Έντονη άσκηση, σάουνα, ατμόλουτρο (χαμάμ), ζεστά μπάνια και πισίνες</translation>
    </message>
    <message>
        <source>48 hours</source>
        <comment>how long to avoid heat after a session</comment>
        <translation>48 ώρες</translation>
    </message>
    <message>
        <source>heat and sweat make swelling and infection more likely</source>
        <translation>η ζέστη και ο ιδρώτας αυξάνουν την πιθανότητα οιδήματος (πρηξίματος) και λοίμωξης</translation>
    </message>
    <message>
        <source>Sunbathing and sunbeds</source>
        <translation>Ηλιοθεραπεία και σολάριουμ</translation>
    </message>
    <message>
        <source>48 hours; after that, sunscreen (SPF 30 or higher) on the treated skin</source>
        <translation>48 ώρες· μετά από αυτό, αντηλιακό (SPF 30 ή υψηλότερο) στο δέρμα της περιοχής της θεραπείας</translation>
    </message>
    <message>
        <source>treated skin burns and darkens more easily</source>
        <translation>το δέρμα στην περιοχή της θεραπείας καίγεται και σκουραίνει πιο εύκολα</translation>
    </message>
    <message>
        <source>Peels, scrubs, retinol and acid creams on the treated skin</source>
        <translation>Πίλινγκ, απολεπιστικά, ρετινόλη και κρέμες με οξέα στο δέρμα της περιοχής της θεραπείας</translation>
    </message>
    <message>
        <source>3 days</source>
        <comment>how long to avoid peels after a session</comment>
        <translation>3 ημέρες</translation>
    </message>
    <message>
        <source>they irritate skin that is healing</source>
        <translation>ερεθίζουν το δέρμα που επουλώνεται</translation>
    </message>
    <message>
        <source>Aspirin and other anti-inflammatory painkillers (NSAIDs such as ibuprofen)</source>
        <translation>Ασπιρίνη και άλλα αντιφλεγμονώδη παυσίπονα (μη στεροειδή αντιφλεγμονώδη, ΜΣΑΦ, όπως η ιβουπροφαίνη)</translation>
    </message>
    <message>
        <source>{days} days before each session</source>
        <translation>{days} ημέρες πριν από κάθε συνεδρία</translation>
    </message>
    <message>
        <source>they make bruising more likely. Never stop a medicine a doctor prescribed for you (for example aspirin for the heart) without asking that doctor first</source>
        <translation>αυξάνουν την πιθανότητα εκχυμώσεων (μελανιών). Μη διακόψετε ποτέ φάρμακο που σας έχει συνταγογραφήσει γιατρός (για παράδειγμα ασπιρίνη για την καρδιά) χωρίς να ρωτήσετε πρώτα αυτόν τον γιατρό</translation>
    </message>
    <message>
        <source>Redness, slight swelling, tenderness, itching and small bumps where the needle went in</source>
        <translation>Ερυθρότητα, ελαφρύ οίδημα (πρήξιμο), ευαισθησία στο άγγιγμα, κνησμός (φαγούρα) και μικρά εξογκώματα στα σημεία όπου μπήκε η βελόνα</translation>
    </message>
    <message>
        <source>usually fade within 1 to 2 days</source>
        <translation>συνήθως υποχωρούν μέσα σε 1 έως 2 ημέρες</translation>
    </message>
    <message>
        <source>Small bruises</source>
        <translation>Μικρές εκχυμώσεις (μελανιές)</translation>
    </message>
    <message>
        <source>fade within 1 to 2 weeks</source>
        <translation>υποχωρούν μέσα σε 1 έως 2 εβδομάδες</translation>
    </message>
    <message>
        <source>redness, swelling, warmth or pain that grows after the second day, pus, or a fever (signs of an infection)</source>
        <translation>ερυθρότητα, οίδημα (πρήξιμο), θερμότητα ή πόνος που αυξάνεται μετά τη δεύτερη ημέρα, πύον ή πυρετός (σημάδια λοίμωξης)</translation>
    </message>
    <message>
        <source>a bruise, a lump or a change of skin colour still there after 2 weeks</source>
        <translation>εκχύμωση (μελανιά), εξόγκωμα ή αλλαγή στο χρώμα του δέρματος που εξακολουθεί να υπάρχει μετά από 2 εβδομάδες</translation>
    </message>
    <message>
        <source>anything else about the treated skin that worries you</source>
        <translation>οτιδήποτε άλλο σας ανησυχεί σχετικά με το δέρμα στην περιοχή της θεραπείας</translation>
    </message>
    <message>
        <source>Swelling of the lips, tongue or throat, difficulty breathing or feeling faint: call the emergency services at once.</source>
        <translation>Πρήξιμο στα χείλη, τη γλώσσα ή τον λαιμό, δυσκολία στην αναπνοή ή αίσθημα λιποθυμίας: καλέστε αμέσως τις υπηρεσίες έκτακτης ανάγκης.</translation>
    </message>
    <message>
        <source>Avoid</source>
        <comment>a column: what to avoid after a session</comment>
        <translation>Αποφύγετε</translation>
    </message>
    <message>
        <source>For how long</source>
        <translation>Για πόσο</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Γιατί</translation>
    </message>
    <message>
        <source>Call {clinic} on {phone} if you notice:</source>
        <translation>Τηλεφωνήστε στο ιατρείο ({clinic}, {phone}) αν παρατηρήσετε:</translation>
    </message>
    <message>
        <source>Call {clinic} if you notice:</source>
        <translation>Τηλεφωνήστε στο ιατρείο ({clinic}) αν παρατηρήσετε:</translation>
    </message>
    <message>
        <source>Call the clinic on {phone} if you notice:</source>
        <translation>Τηλεφωνήστε στο ιατρείο ({phone}) αν παρατηρήσετε:</translation>
    </message>
    <message>
        <source>Call the clinic if you notice:</source>
        <translation>Τηλεφωνήστε στο ιατρείο αν παρατηρήσετε:</translation>
    </message>
    <message>
        <source>After your session</source>
        <translation>Μετά τη συνεδρία σας</translation>
    </message>
    <message>
        <source>What to avoid, and for how long</source>
        <translation>Τι να αποφύγετε και για πόσο</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>Τι να περιμένετε</translation>
    </message>
    <message>
        <source>{what}: {passes}.</source>
        <comment>a reaction to expect, and when it passes</comment>
        <translation>{what}: {passes}.</translation>
    </message>
    <message>
        <source>When to call us</source>
        <translation>Πότε να μας καλέσετε</translation>
    </message>
</context>
<context>
    <name>AnchorCheckDialog</name>
    <message>
        <source>Verify against a backup or summary</source>
        <translation>Επαλήθευση με βάση αντίγραφο ασφαλείας ή σύνοψη θεραπείας</translation>
    </message>
    <message>
        <source>A backup, an export and a printed summary each recorded the audit log&apos;s newest entry and its hash. If today&apos;s log still holds that entry with that hash, nothing up to it has been rewritten since.</source>
        <translation>Κάθε αντίγραφο ασφαλείας, κάθε εξαγωγή και κάθε τυπωμένη σύνοψη θεραπείας κατέγραψε τη νεότερη εγγραφή του αρχείου ελέγχου και τη σύνοψη ελέγχου της. Αν το σημερινό αρχείο ελέγχου περιέχει ακόμη αυτή την εγγραφή με αυτή τη σύνοψη ελέγχου, τίποτα μέχρι εκείνη την εγγραφή δεν έχει ξαναγραφτεί από τότε.</translation>
    </message>
    <message>
        <source>A &amp;file: a backup, an export or the anchors log</source>
        <translation>&amp;Αρχείο: αντίγραφο ασφαλείας, εξαγωγή ή το αρχείο αγκυρών</translation>
    </message>
    <message>
        <source>Verify against a file</source>
        <translation>Επαλήθευση με βάση αρχείο</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Αρχείο</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Επι&amp;λογή…</translation>
    </message>
    <message>
        <source>A &amp;hash printed on a summary</source>
        <translation>Σύ&amp;νοψη ελέγχου τυπωμένη σε σύνοψη θεραπείας</translation>
    </message>
    <message>
        <source>Verify against a hash typed from a summary</source>
        <translation>Επαλήθευση με βάση σύνοψη ελέγχου που πληκτρολογήθηκε από σύνοψη θεραπείας</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Σύνοψη ελέγχου</translation>
    </message>
    <message>
        <source>at least 12 of its digits, e.g. 3f2a 9b1c 0d4e</source>
        <translation>τουλάχιστον 12 από τα ψηφία της, π.χ. 3f2a 9b1c 0d4e</translation>
    </message>
    <message>
        <source>Entry number</source>
        <translation>Αριθμός εγγραφής</translation>
    </message>
    <message>
        <source>printed beside the hash</source>
        <translation>τυπωμένος δίπλα στη σύνοψη ελέγχου</translation>
    </message>
    <message>
        <source>Ha&amp;sh:</source>
        <translation>&amp;Σύνοψη ελέγχου:</translation>
    </message>
    <message>
        <source>&amp;Entry:</source>
        <translation>&amp;Εγγραφή:</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>Έλεγ&amp;χος</translation>
    </message>
    <message>
        <source>Backups, exports and anchors logs (*.sqlite *.enc *.json *.jsonl);;All (*)</source>
        <translation>Αντίγραφα ασφαλείας, εξαγωγές και αρχεία αγκυρών (*.sqlite *.enc *.json *.jsonl);;Όλα (*)</translation>
    </message>
    <message>
        <source>Choose the file to verify against.</source>
        <translation>Επιλέξτε το αρχείο με βάση το οποίο θα γίνει η επαλήθευση.</translation>
    </message>
    <message>
        <source>Checking every entry of the audit log…</source>
        <translation>Έλεγχος κάθε εγγραφής του αρχείου ελέγχου…</translation>
    </message>
    <message>
        <source>Not held: the audit log was cut or rewritten since</source>
        <translation>Δεν ισχύει: το αρχείο ελέγχου περικόπηκε ή ξαναγράφτηκε από τότε</translation>
    </message>
    <message>
        <source>Held: nothing up to the anchored entry was rewritten since</source>
        <translation>Ισχύει: τίποτα μέχρι την αγκυρωμένη εγγραφή δεν έχει ξαναγραφτεί από τότε</translation>
    </message>
</context>
<context>
    <name>AnchorFindings</name>
    <message>
        <source>What was found</source>
        <translation>Τι βρέθηκε</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln anchors held; %2 replaced by a restore.</source>
        <translation>
            <numerusform>Άγκυρες που ισχύουν: %1 από %Ln· που αντικαταστάθηκαν από επαναφορά: %2.</numerusform>
            <numerusform>Άγκυρες που ισχύουν: %1 από %Ln· που αντικαταστάθηκαν από επαναφορά: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln anchors held.</source>
        <translation>
            <numerusform>Άγκυρες που ισχύουν: %1 από %Ln.</numerusform>
            <numerusform>Άγκυρες που ισχύουν: %1 από %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: its own audit log is broken at entry %2, so it anchors nothing.</source>
        <translation>%1: η αλυσίδα του δικού του αρχείου ελέγχου σπάει στην εγγραφή %2, οπότε δεν αγκυρώνει τίποτα.</translation>
    </message>
    <message>
        <source>Today&apos;s audit log breaks at entry %1.</source>
        <translation>Η αλυσίδα του σημερινού αρχείου ελέγχου σπάει στην εγγραφή %1.</translation>
    </message>
    <message>
        <source>Line %1 of %2 is not an anchor: it is not a JSON object.</source>
        <translation>Η γραμμή %1 του %2 δεν είναι άγκυρα: δεν είναι αντικείμενο JSON.</translation>
    </message>
    <message>
        <source>entry number</source>
        <translation>αριθμός εγγραφής</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>σύνοψη ελέγχου</translation>
    </message>
    <message>
        <source>time</source>
        <translation>ώρα</translation>
    </message>
    <message>
        <source>event</source>
        <translation>συμβάν</translation>
    </message>
    <message>
        <source>backup file</source>
        <translation>αρχείο αντιγράφου ασφαλείας</translation>
    </message>
    <message>
        <source>last entry kept</source>
        <translation>τελευταία εγγραφή που διατηρήθηκε</translation>
    </message>
    <message>
        <source>Line %1 of %2 is not an anchor: its %3 is not as mesolog writes one.</source>
        <translation>Η γραμμή %1 του %2 δεν είναι άγκυρα: το πεδίο «%3» δεν είναι όπως το γράφει το mesolog.</translation>
    </message>
    <message>
        <source>The database was restored in entry %1 (%2): if this anchor was taken before that restore, it describes the log the restore replaced.</source>
        <translation>Η βάση δεδομένων επαναφέρθηκε στην εγγραφή %1 (%2): αν αυτή η άγκυρα λήφθηκε πριν από εκείνη την επαναφορά, περιγράφει το αρχείο ελέγχου που αντικαταστάθηκε από την επαναφορά.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>An entry with hash %1</source>
        <translation>Μια εγγραφή με σύνοψη ελέγχου %1</translation>
    </message>
    <message>
        <source>Entry %1 with hash %2</source>
        <translation>Η εγγραφή %1 με σύνοψη ελέγχου %2</translation>
    </message>
    <message>
        <source>the hash typed</source>
        <translation>η σύνοψη ελέγχου που πληκτρολογήθηκε</translation>
    </message>
    <message>
        <source>%1, line %2, backup %3</source>
        <translation>%1, γραμμή %2, αντίγραφο ασφαλείας %3</translation>
    </message>
    <message>
        <source>%1, line %2, restore from %3</source>
        <translation>%1, γραμμή %2, επαναφορά από %3</translation>
    </message>
    <message>
        <source>held: today&apos;s log extends it, and it is the newest entry.</source>
        <translation>ισχύει: το σημερινό αρχείο ελέγχου τη συνεχίζει, και είναι η νεότερη εγγραφή.</translation>
    </message>
    <message>
        <source>held: today&apos;s log extends it, and 1 entry follows it.</source>
        <translation>ισχύει: το σημερινό αρχείο ελέγχου τη συνεχίζει, και ακολουθεί 1 εγγραφή.</translation>
    </message>
    <message numerus="yes">
        <source>held: today&apos;s log extends it, and %n entries follow it.</source>
        <translation>
            <numerusform>ισχύει: το σημερινό αρχείο ελέγχου τη συνεχίζει, και ακολουθεί %n εγγραφή.</numerusform>
            <numerusform>ισχύει: το σημερινό αρχείο ελέγχου τη συνεχίζει, και ακολουθούν %n εγγραφές.</numerusform>
        </translation>
    </message>
    <message>
        <source>replaced by the restore from %1 in entry %2 (%3), which kept the entries up to %4.</source>
        <translation>αντικαταστάθηκε από την επαναφορά από το %1 στην εγγραφή %2 (%3), η οποία διατήρησε τις εγγραφές μέχρι την %4.</translation>
    </message>
    <message>
        <source>no entry of today&apos;s log has that hash: the log was rewritten or cut since, or the hash was mistyped.</source>
        <translation>καμία εγγραφή του σημερινού αρχείου ελέγχου δεν έχει αυτή τη σύνοψη ελέγχου: το αρχείο ελέγχου ξαναγράφτηκε ή περικόπηκε από τότε, ή η σύνοψη ελέγχου πληκτρολογήθηκε λάθος.</translation>
    </message>
    <message>
        <source>today&apos;s log ends at entry %1, before entry %2: entries were cut off its end.</source>
        <translation>το σημερινό αρχείο ελέγχου τελειώνει στην εγγραφή %1, πριν από την εγγραφή %2: αφαιρέθηκαν εγγραφές από το τέλος του.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries have hashes that start so: type more of its digits, or its entry number.</source>
        <translation>
            <numerusform>%Ln εγγραφή έχει σύνοψη ελέγχου που αρχίζει έτσι: πληκτρολογήστε περισσότερα ψηφία της ή τον αριθμό της εγγραφής.</numerusform>
            <numerusform>%Ln εγγραφές έχουν σύνοψη ελέγχου που αρχίζει έτσι: πληκτρολογήστε περισσότερα ψηφία της ή τον αριθμό της εγγραφής.</numerusform>
        </translation>
    </message>
    <message>
        <source>entry %1 now has another hash, %2: the log was rewritten at or before it.</source>
        <translation>η εγγραφή %1 έχει πλέον άλλη σύνοψη ελέγχου, %2: το αρχείο ελέγχου ξαναγράφτηκε σε αυτή ή πριν από αυτή.</translation>
    </message>
    <message>
        <source>entry %1 still has that hash, but today&apos;s log breaks at entry %2, so it does not extend it whole.</source>
        <translation>η εγγραφή %1 έχει ακόμη αυτή τη σύνοψη ελέγχου, αλλά η αλυσίδα του σημερινού αρχείου ελέγχου σπάει στην εγγραφή %2, οπότε δεν συνεχίζει ακέραιη την αγκυρωμένη αλυσίδα.</translation>
    </message>
    <message>
        <source>entry %1 is dated %2, before the anchor was taken (%3), yet comes after entry %4: it was written later and back-dated.</source>
        <translation>η εγγραφή %1 φέρει ημερομηνία %2, πριν από τη λήψη της άγκυρας (%3), όμως έρχεται μετά την εγγραφή %4: γράφτηκε αργότερα με αναδρομική ημερομηνία.</translation>
    </message>
    <message>
        <source>entry %1 is dated %2, before entry %3 (%4) that comes before it: it was written later and back-dated, or a workstation&apos;s clock was wrong.</source>
        <translation>η εγγραφή %1 φέρει ημερομηνία %2, πριν από την εγγραφή %3 (%4) που προηγείται: γράφτηκε αργότερα με αναδρομική ημερομηνία, ή το ρολόι κάποιου σταθμού εργασίας ήταν λάθος.</translation>
    </message>
</context>
<context>
    <name>Area</name>
    <message>
        <source>Forehead</source>
        <translation>Μέτωπο</translation>
    </message>
    <message>
        <source>Eye area (periorbital)</source>
        <translation>Περιοφθαλμική περιοχή (γύρω από τα μάτια)</translation>
    </message>
    <message>
        <source>Cheeks</source>
        <translation>Παρειές (μάγουλα)</translation>
    </message>
    <message>
        <source>Around the mouth (perioral)</source>
        <translation>Περιστοματική περιοχή (γύρω από το στόμα)</translation>
    </message>
    <message>
        <source>Jawline</source>
        <translation>Γραμμή της κάτω γνάθου (περίγραμμα προσώπου)</translation>
    </message>
    <message>
        <source>Full face</source>
        <translation>Ολόκληρο το πρόσωπο</translation>
    </message>
    <message>
        <source>Scalp</source>
        <translation>Τριχωτό της κεφαλής</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Τράχηλος (λαιμός)</translation>
    </message>
    <message>
        <source>Décolletage</source>
        <translation>Ντεκολτέ (άνω θωρακική περιοχή)</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Ράχη των χεριών (χέρια)</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>Βραχίονες (μπράτσα)</translation>
    </message>
    <message>
        <source>Abdomen</source>
        <translation>Κοιλιά</translation>
    </message>
    <message>
        <source>Flanks</source>
        <translation>Λαγόνιες χώρες (πλάγια της μέσης)</translation>
    </message>
    <message>
        <source>Back</source>
        <comment>the body area, not the verb</comment>
        <translation>Πλάτη</translation>
    </message>
    <message>
        <source>Buttocks</source>
        <translation>Γλουτοί</translation>
    </message>
    <message>
        <source>Thighs</source>
        <translation>Μηροί</translation>
    </message>
    <message>
        <source>Knees</source>
        <translation>Γόνατα</translation>
    </message>
    <message>
        <source>Scar site</source>
        <translation>Σημείο ουλής</translation>
    </message>
    <message>
        <source>Other area</source>
        <translation>Άλλη περιοχή</translation>
    </message>
    <message>
        <source>Periorbital</source>
        <comment>short, in a printed summary&apos;s tables</comment>
        <translation>Περιοφθαλμική</translation>
    </message>
    <message>
        <source>Perioral</source>
        <comment>short, in a printed summary&apos;s tables</comment>
        <translation>Περιστοματική</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>There is no file at {path}.</source>
        <translation>Δεν υπάρχει αρχείο στη θέση {path}.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του {path}: {reason}</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text (byte {start}): neither an export, an anchors log nor a backup.</source>
        <translation>Το αρχείο {name} δεν είναι κείμενο UTF-8 (byte {start}): δεν είναι ούτε εξαγωγή, ούτε αρχείο αγκυρών, ούτε αντίγραφο ασφαλείας.</translation>
    </message>
    <message>
        <source>{name} is a backup, which anchors an SQLite database: this database is not one. Verify against an export or a hash printed on a summary.</source>
        <translation>Το αρχείο {name} είναι αντίγραφο ασφαλείας, το οποίο αγκυρώνει βάση δεδομένων SQLite· αυτή η βάση δεδομένων δεν είναι SQLite. Κάντε την επαλήθευση με βάση μια εξαγωγή ή μια σύνοψη ελέγχου (hash) τυπωμένη σε σύνοψη θεραπείας.</translation>
    </message>
    <message>
        <source>{name} holds no audit chain (schema {revision}, from before the chain): it anchors nothing.</source>
        <translation>Το αρχείο {name} δεν περιέχει αλυσίδα ελέγχου (σχήμα {revision}, προγενέστερο της αλυσίδας): δεν αγκυρώνει τίποτα.</translation>
    </message>
    <message>
        <source>{name} holds no audit entry yet: it anchors nothing.</source>
        <translation>Το αρχείο {name} δεν περιέχει ακόμη καμία εγγραφή ελέγχου: δεν αγκυρώνει τίποτα.</translation>
    </message>
    <message>
        <source>{name} is text that holds no chain anchor: it is neither an export, an anchors log nor a backup.</source>
        <translation>Το αρχείο {name} είναι κείμενο χωρίς άγκυρα αλυσίδας: δεν είναι ούτε εξαγωγή, ούτε αρχείο αγκυρών, ούτε αντίγραφο ασφαλείας.</translation>
    </message>
    <message>
        <source>{name} is an export without a chain anchor (format version {version}); exports of format version 2 carry one.</source>
        <translation>Το αρχείο {name} είναι εξαγωγή χωρίς άγκυρα αλυσίδας (έκδοση μορφής {version})· οι εξαγωγές με έκδοση μορφής 2 περιέχουν άγκυρα.</translation>
    </message>
    <message>
        <source>the chain&apos;s head is missing</source>
        <translation>λείπει η κεφαλή της αλυσίδας</translation>
    </message>
    <message>
        <source>the chain ends at entry {last} but its head names entry {named}: entries after {last} are missing or the head was altered</source>
        <translation>η αλυσίδα τελειώνει στην εγγραφή {last}, αλλά η κεφαλή της αναφέρει την εγγραφή {named}: λείπουν εγγραφές μετά την {last} ή η κεφαλή έχει τροποποιηθεί</translation>
    </message>
    <message>
        <source>its stored text was altered (not as mesolog writes it)</source>
        <translation>το αποθηκευμένο κείμενό της έχει τροποποιηθεί (δεν είναι όπως το γράφει το mesolog)</translation>
    </message>
    <message>
        <source>entries {first}–{last} are missing before it</source>
        <translation>λείπουν οι εγγραφές {first}–{last} πριν από αυτήν</translation>
    </message>
    <message>
        <source>its id repeats or runs backwards (expected {expected})</source>
        <translation>ο αριθμός της επαναλαμβάνεται ή πηγαίνει προς τα πίσω (αναμενόταν {expected})</translation>
    </message>
    <message>
        <source>it does not hold the hash of the entry before it (an entry before it was inserted, removed or changed)</source>
        <translation>δεν περιέχει τη σύνοψη ελέγχου της προηγούμενης εγγραφής (μια προηγούμενη εγγραφή προστέθηκε, αφαιρέθηκε ή τροποποιήθηκε)</translation>
    </message>
    <message>
        <source>its content does not match its hash (the entry was altered)</source>
        <translation>το περιεχόμενό της δεν αντιστοιχεί στη σύνοψη ελέγχου της (η εγγραφή έχει τροποποιηθεί)</translation>
    </message>
    <message>
        <source>it cannot be read ({error})</source>
        <translation>δεν είναι δυνατή η ανάγνωσή της ({error})</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n ασθενής</numerusform>
            <numerusform>%n ασθενείς</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n συνεδρία</numerusform>
            <numerusform>%n συνεδρίες</numerusform>
        </translation>
    </message>
    <message>
        <source>lot &quot;{lot}&quot;</source>
        <translation>παρτίδα «{lot}»</translation>
    </message>
    <message>
        <source>lot &quot;{lot}&quot; ({length} characters)</source>
        <translation>παρτίδα «{lot}» ({length} χαρακτήρες)</translation>
    </message>
    <message>
        <source>product &quot;{product}&quot;</source>
        <translation>προϊόν «{product}»</translation>
    </message>
    <message>
        <source>product &quot;{product}&quot; ({length} characters)</source>
        <translation>προϊόν «{product}» ({length} χαρακτήρες)</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <comment>the days a recall searched</comment>
        <translation>{first} έως {last}</translation>
    </message>
    <message>
        <source>any date</source>
        <comment>a recall&apos;s first or last day, not set</comment>
        <translation>οποιαδήποτε ημερομηνία</translation>
    </message>
    <message>
        <source>recall search: {query}; {patients}; reason: {reason}</source>
        <translation>αναζήτηση ανάκλησης: {query}· {patients}· αιτιολογία: {reason}</translation>
    </message>
    <message>
        <source>recall csv: {patients}, {sessions}; {query}</source>
        <translation>CSV ανάκλησης: {patients}, {sessions}· {query}</translation>
    </message>
    <message>
        <source>recall letters pdf: {patients}, {sessions}; {query}</source>
        <translation>PDF επιστολών ανάκλησης: {patients}, {sessions}· {query}</translation>
    </message>
    <message>
        <source>backup: {file}</source>
        <comment>a backup made by hand</comment>
        <translation>αντίγραφο ασφαλείας: {file}</translation>
    </message>
    <message>
        <source>daily: {file}</source>
        <comment>the day&apos;s automatic backup</comment>
        <translation>ημερήσιο: {file}</translation>
    </message>
    <message>
        <source>before-restore: {file}</source>
        <comment>the copy kept before a restore</comment>
        <translation>πριν από την επαναφορά: {file}</translation>
    </message>
    <message>
        <source>SQLCipher with the database passphrase</source>
        <translation>SQLCipher με τη φράση πρόσβασης της βάσης δεδομένων</translation>
    </message>
    <message>
        <source>encrypted</source>
        <comment>a backup</comment>
        <translation>κρυπτογραφημένο</translation>
    </message>
    <message>
        <source>from {file} (encrypted)</source>
        <comment>a restore</comment>
        <translation>από το {file} (κρυπτογραφημένο)</translation>
    </message>
    <message>
        <source>from {file}</source>
        <comment>a restore</comment>
        <translation>από το {file}</translation>
    </message>
    <message>
        <source>from {file} (encrypted), upgraded from schema {revision}</source>
        <translation>από το {file} (κρυπτογραφημένο), με αναβάθμιση από το σχήμα {revision}</translation>
    </message>
    <message>
        <source>from {file}, upgraded from schema {revision}</source>
        <translation>από το {file}, με αναβάθμιση από το σχήμα {revision}</translation>
    </message>
    <message>
        <source>kept entries up to {entry} of the chain it replaced</source>
        <comment>a restore</comment>
        <translation>διατήρησε τις εγγραφές μέχρι την {entry} της αλυσίδας που αντικατέστησε</translation>
    </message>
    <message>
        <source>safety copy {file}</source>
        <comment>kept by a restore</comment>
        <translation>αντίγραφο προστασίας {file}</translation>
    </message>
    <message>
        <source>encrypted at rest (SQLCipher)</source>
        <comment>the database</comment>
        <translation>κρυπτογραφημένη στον δίσκο (SQLCipher)</translation>
    </message>
    <message>
        <source>the unencrypted original kept as {file}</source>
        <translation>το μη κρυπτογραφημένο πρωτότυπο διατηρήθηκε ως {file}</translation>
    </message>
    <message>
        <source>database passphrase changed</source>
        <translation>η φράση πρόσβασης της βάσης δεδομένων άλλαξε</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n φωτογραφία</numerusform>
            <numerusform>%n φωτογραφίες</numerusform>
        </translation>
    </message>
    <message>
        <source>pdf summary, patient copy</source>
        <translation>σύνοψη θεραπείας PDF, αντίγραφο ασθενούς</translation>
    </message>
    <message>
        <source>pdf summary, clinical copy</source>
        <translation>σύνοψη θεραπείας PDF, κλινικό αντίγραφο</translation>
    </message>
    <message>
        <source>pdf summary, patient copy, {photos}</source>
        <translation>σύνοψη θεραπείας PDF, αντίγραφο ασθενούς, {photos}</translation>
    </message>
    <message>
        <source>pdf summary, clinical copy, {photos}</source>
        <translation>σύνοψη θεραπείας PDF, κλινικό αντίγραφο, {photos}</translation>
    </message>
    <message>
        <source>json, {patients}</source>
        <translation>JSON, {patients}</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) left out</source>
        <translation>
            <numerusform>%n φωτογραφία παραλείφθηκε</numerusform>
            <numerusform>%n φωτογραφίες παραλείφθηκαν</numerusform>
        </translation>
    </message>
    <message>
        <source>json, {patients}, {left_out}</source>
        <translation>JSON, {patients}, {left_out}</translation>
    </message>
    <message>
        <source>csv, by {dimension}, reaction {reaction}, {first} to {last}</source>
        <translation>CSV, ανά {dimension}, αντίδραση {reaction}, {first} έως {last}</translation>
    </message>
    <message>
        <source>table, by {dimension}, reaction {reaction}, {first} to {last}</source>
        <translation>πίνακας, ανά {dimension}, αντίδραση {reaction}, {first} έως {last}</translation>
    </message>
    <message>
        <source>any</source>
        <comment>a reaction of any kind</comment>
        <translation>οποιαδήποτε</translation>
    </message>
    <message>
        <source>bundle, {patients}, {photos}</source>
        <translation>πακέτο, {patients}, {photos}</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n θεραπευτικό πρόγραμμα</numerusform>
            <numerusform>%n θεραπευτικά προγράμματα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n προϊόν</numerusform>
            <numerusform>%n προϊόντα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s)</source>
        <translation>
            <numerusform>%n παρτίδα</numerusform>
            <numerusform>%n παρτίδες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n πρότυπο</numerusform>
            <numerusform>%n πρότυπα</numerusform>
        </translation>
    </message>
    <message>
        <source>{records} added as the file has them</source>
        <translation>προστέθηκαν {records}, όπως υπάρχουν στο αρχείο</translation>
    </message>
    <message>
        <source>file sha256 {hash}</source>
        <translation>SHA-256 του αρχείου {hash}</translation>
    </message>
    <message>
        <source>no chain anchor (format version 1)</source>
        <translation>χωρίς άγκυρα αλυσίδας (έκδοση μορφής 1)</translation>
    </message>
    <message>
        <source>chain anchor entry {entry} hash {hash} at {at}</source>
        <translation>άγκυρα αλυσίδας: εγγραφή {entry}, σύνοψη ελέγχου {hash}, στις {at}</translation>
    </message>
    <message>
        <source>from file sha256 {hash}</source>
        <translation>από αρχείο με SHA-256 {hash}</translation>
    </message>
    <message>
        <source>voided in the file</source>
        <translation>ακυρώθηκε στο αρχείο</translation>
    </message>
    <message>
        <source>retired in the file</source>
        <translation>αποσυρμένο στο αρχείο</translation>
    </message>
    <message>
        <source>signed by {name} at {at} as the file says</source>
        <translation>υπογράφηκε από {name} στις {at}, όπως αναφέρει το αρχείο</translation>
    </message>
    <message>
        <source>added by {name} at {at} as the file says</source>
        <comment>a photo</comment>
        <translation>προστέθηκε από {name} στις {at}, όπως αναφέρει το αρχείο</translation>
    </message>
    <message>
        <source>password set</source>
        <translation>ορίστηκε κωδικός πρόσβασης</translation>
    </message>
    <message>
        <source>enabled</source>
        <comment>an account: an administrator enabled it</comment>
        <translation>ενεργοποιήθηκε</translation>
    </message>
    <message>
        <source>unlocked</source>
        <comment>an account, locked after failed log-ins</comment>
        <translation>ξεκλειδώθηκε</translation>
    </message>
    <message>
        <source>{changes} by the database&apos;s holder, operating-system user {user}</source>
        <translation>{changes} από τον κάτοχο της βάσης δεδομένων, χρήστη λειτουργικού συστήματος {user}</translation>
    </message>
    <message>
        <source>disabled</source>
        <comment>an account: an administrator disabled it</comment>
        <translation>απενεργοποιήθηκε</translation>
    </message>
    <message>
        <source>locked after failed log-ins</source>
        <translation>κλειδώθηκε μετά από αποτυχημένες συνδέσεις</translation>
    </message>
    <message>
        <source>password hash upgraded</source>
        <translation>η σύνοψη ελέγχου (hash) του κωδικού πρόσβασης αναβαθμίστηκε</translation>
    </message>
    <message>
        <source>from {before} to {after}</source>
        <comment>a switch from one account to another</comment>
        <translation>από {before} σε {after}</translation>
    </message>
    <message>
        <source>account added, role {role}</source>
        <translation>προστέθηκε λογαριασμός, ρόλος {role}</translation>
    </message>
    <message>
        <source>unknown username</source>
        <translation>άγνωστο όνομα χρήστη</translation>
    </message>
    <message>
        <source>too soon</source>
        <comment>a log-in tried before the wait after failed ones</comment>
        <translation>πολύ νωρίς</translation>
    </message>
    <message>
        <source>record changed outside mesolog</source>
        <comment>the account&apos;s record</comment>
        <translation>η καταχώριση άλλαξε εκτός mesolog</translation>
    </message>
    <message>
        <source>locked</source>
        <comment>why a log-in failed: the account is</comment>
        <translation>ο λογαριασμός είναι κλειδωμένος</translation>
    </message>
    <message>
        <source>disabled</source>
        <comment>why a log-in failed: the account is</comment>
        <translation>ο λογαριασμός είναι απενεργοποιημένος</translation>
    </message>
    <message>
        <source>wrong password ({count} in a row)</source>
        <translation>λανθασμένος κωδικός πρόσβασης ({count} συνεχόμενες αποτυχίες)</translation>
    </message>
    <message>
        <source>wrong password, {count}th: locked</source>
        <comment>the account is locked now</comment>
        <translation>λανθασμένος κωδικός πρόσβασης, {count}η αποτυχία: ο λογαριασμός κλειδώθηκε</translation>
    </message>
    <message>
        <source>merged, keeping a newer change of {fields}</source>
        <translation>συγχώνευση, με διατήρηση νεότερης αλλαγής σε: {fields}</translation>
    </message>
    <message>
        <source>plan</source>
        <comment>what of a course was changed</comment>
        <translation>σχεδιασμός</translation>
    </message>
    <message>
        <source>plan, merged, keeping a newer change of {fields}</source>
        <translation>σχεδιασμός, συγχώνευση, με διατήρηση νεότερης αλλαγής σε: {fields}</translation>
    </message>
    <message>
        <source>amends {uuid}</source>
        <translation>διορθώνει την {uuid}</translation>
    </message>
    <message>
        <source>consent on file from signed session {uuid}</source>
        <translation>συγκατάθεση στον φάκελο από την υπογεγραμμένη συνεδρία {uuid}</translation>
    </message>
    <message>
        <source>retired</source>
        <comment>a product or a template</comment>
        <translation>αποσυρμένο</translation>
    </message>
    <message>
        <source>reinstated</source>
        <comment>a product or a template</comment>
        <translation>επανενεργοποιημένο</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>the clinic&apos;s logo</comment>
        <translation>αφαιρέθηκε</translation>
    </message>
    <message>
        <source>{type}, {size} B</source>
        <comment>the clinic&apos;s logo: its image type and size</comment>
        <translation>{type}, {size} B</translation>
    </message>
    <message>
        <source>recall letter</source>
        <comment>what of the settings changed</comment>
        <translation>επιστολή ανάκλησης</translation>
    </message>
    <message>
        <source>adopted from sessions</source>
        <comment>a product or a lot, into the catalogue</comment>
        <translation>προστέθηκε στον κατάλογο από τις συνεδρίες</translation>
    </message>
    <message>
        <source>adopted from sessions on the upgrade to schema {revision}</source>
        <translation>προστέθηκε στον κατάλογο από τις συνεδρίες κατά την αναβάθμιση στο σχήμα {revision}</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Created</source>
        <translation>Δημιουργία</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Αλλαγή</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Υπογραφή</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Διόρθωση</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Εισαγωγή</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Εξαγωγή</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Δημιουργία αντιγράφου ασφαλείας</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Επαναφορά</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Σύνδεση</translation>
    </message>
    <message>
        <source>Log-in failed</source>
        <translation>Αποτυχία σύνδεσης</translation>
    </message>
    <message>
        <source>Switched user</source>
        <translation>Αλλαγή χρήστη</translation>
    </message>
    <message>
        <source>Searched for a recall</source>
        <translation>Αναζήτηση για ανάκληση</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Ασθενής</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Θεραπευτικό πρόγραμμα</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Συνεδρία</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Θεράπων ιατρός</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Φωτογραφία</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Προϊόν</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Παρτίδα</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Πρότυπο</translation>
    </message>
    <message>
        <source>Clinic settings</source>
        <translation>Ρυθμίσεις ιατρείου</translation>
    </message>
    <message>
        <source>Clinic logo</source>
        <translation>Λογότυπο ιατρείου</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Ιατρείο</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Βάση δεδομένων</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Αρχείο</translation>
    </message>
    <message>
        <source>Reaction rates</source>
        <translation>Ποσοστά αντιδράσεων</translation>
    </message>
    <message>
        <source>Recall search</source>
        <translation>Αναζήτηση ανάκλησης</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Αρχείο ελέγχου</translation>
    </message>
    <message>
        <source>Only an administrator may read the audit log: it shows who changed, signed or exported which record. Ask an administrator to look into it for you.</source>
        <translation>Μόνο ο διαχειριστής μπορεί να διαβάσει το αρχείο ελέγχου: δείχνει ποιος άλλαξε, υπέγραψε ή εξήγαγε ποια καταχώριση. Ζητήστε από έναν διαχειριστή να το εξετάσει για εσάς.</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Εγγραφές ελέγχου</translation>
    </message>
    <message>
        <source>&amp;Verify Chain</source>
        <translation>&amp;Επαλήθευση αλυσίδας</translation>
    </message>
    <message>
        <source>Verify the chain of entries, the records and the locks on signed records</source>
        <translation>Επαλήθευση της αλυσίδας των εγγραφών, των καταχωρίσεων και των κλειδωμάτων στις υπογεγραμμένες καταχωρίσεις</translation>
    </message>
    <message>
        <source>Verify &amp;Against…</source>
        <translation>Επαλήθευση &amp;με βάση…</translation>
    </message>
    <message>
        <source>No entries shown.</source>
        <translation>Δεν εμφανίζονται εγγραφές.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %Ln entries, newest first. Older ones match too: narrow the filters (a patient, a user or a first day) to see them.</source>
        <translation>
            <numerusform>Εμφανίζεται μόνο η νεότερη εγγραφή. Ταιριάζουν και παλαιότερες: περιορίστε τα φίλτρα (ασθενής, χρήστης ή πρώτη ημέρα) για να τις δείτε.</numerusform>
            <numerusform>Εμφανίζονται οι %Ln νεότερες εγγραφές, από τη νεότερη. Ταιριάζουν και παλαιότερες: περιορίστε τα φίλτρα (ασθενής, χρήστης ή πρώτη ημέρα) για να τις δείτε.</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Καμία εγγραφή δεν ταιριάζει με αυτά τα φίλτρα.</translation>
    </message>
    <message>
        <source>Entries: %1, newest first.</source>
        <translation>Εγγραφές: %1, από τη νεότερη.</translation>
    </message>
    <message>
        <source>Verify the audit log</source>
        <translation>Επαλήθευση του αρχείου ελέγχου</translation>
    </message>
    <message>
        <source>Checking every entry of the audit log, every record and the database&apos;s locks on signed records…</source>
        <translation>Έλεγχος κάθε εγγραφής του αρχείου ελέγχου, κάθε καταχώρισης και των κλειδωμάτων της βάσης δεδομένων στις υπογεγραμμένες καταχωρίσεις…</translation>
    </message>
</context>
<context>
    <name>AuditEntriesModel</name>
    <message>
        <source>No.</source>
        <translation>Α/Α</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Χρήστης</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ενέργεια</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Καταχώριση</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Λεπτομέρειες</translation>
    </message>
    <message>
        <source>Record id: %1</source>
        <translation>Αναγνωριστικό καταχώρισης: %1</translation>
    </message>
    <message>
        <source>Patient id: %1</source>
        <translation>Αναγνωριστικό ασθενούς: %1</translation>
    </message>
    <message>
        <source>Entry hash: %1</source>
        <translation>Σύνοψη ελέγχου εγγραφής: %1</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <source>Patient, by record number or id</source>
        <translation>Ασθενής, με αριθμό φακέλου ή αναγνωριστικό</translation>
    </message>
    <message>
        <source>record number or id</source>
        <translation>αριθμός φακέλου ή αναγνωριστικό</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Χρήστης</translation>
    </message>
    <message>
        <source>any user</source>
        <translation>οποιοσδήποτε χρήστης</translation>
    </message>
    <message>
        <source>From this day on</source>
        <translation>Από αυτή την ημέρα και μετά</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>οποιαδήποτε ημερομηνία</translation>
    </message>
    <message>
        <source>A&amp;ny Date</source>
        <translation>&amp;Οποιαδήποτε ημερομηνία</translation>
    </message>
    <message>
        <source>From any date</source>
        <translation>Από οποιαδήποτε ημερομηνία</translation>
    </message>
    <message>
        <source>&amp;Show Entries</source>
        <translation>Εμ&amp;φάνιση εγγραφών</translation>
    </message>
    <message>
        <source>Show entries</source>
        <translation>Εμφάνιση εγγραφών</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Ασθενής:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Χρήστης:</translation>
    </message>
    <message>
        <source>S&amp;ince:</source>
        <translation>Α&amp;πό:</translation>
    </message>
</context>
<context>
    <name>AuditVerificationBox</name>
    <message>
        <source>Check of the audit log</source>
        <translation>Έλεγχος του αρχείου ελέγχου</translation>
    </message>
    <message>
        <source>Hash of the newest entry</source>
        <translation>Σύνοψη ελέγχου της νεότερης εγγραφής</translation>
    </message>
    <message>
        <source>Newest &amp;hash:</source>
        <translation>Νεότερη &amp;σύνοψη ελέγχου:</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Προβλήματα που βρέθηκαν</translation>
    </message>
    <message>
        <source>P&amp;roblems:</source>
        <translation>&amp;Προβλήματα:</translation>
    </message>
    <message>
        <source>Checked %1.</source>
        <translation>Ελέγχθηκε: %1.</translation>
    </message>
    <message>
        <source>Broken at entry %1</source>
        <translation>Η αλυσίδα σπάει στην εγγραφή %1</translation>
    </message>
    <message>
        <source>The audit log was changed outside mesolog: entry %1 and those after it cannot be trusted. Keep this database file as it is, for whoever looks into it.</source>
        <translation>Το αρχείο ελέγχου άλλαξε εκτός mesolog: η εγγραφή %1 και όσες ακολουθούν δεν είναι αξιόπιστες. Διατηρήστε αυτό το αρχείο της βάσης δεδομένων ως έχει, για όποιον θα το διερευνήσει.</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>Εγγραφή %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The chain of all %Ln entries is intact.</source>
        <translation>
            <numerusform>Η αλυσίδα ελέγχου (%Ln εγγραφή) είναι ακέραιη.</numerusform>
            <numerusform>Η αλυσίδα ελέγχου όλων των %Ln εγγραφών είναι ακέραιη.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep this database file as it is, for whoever looks into it.</source>
        <translation>Διατηρήστε αυτό το αρχείο της βάσης δεδομένων ως έχει, για όποιον θα το διερευνήσει.</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Ακέραιο</translation>
    </message>
    <message>
        <source>All %1 link up from the first to the newest, and all %2 match their newest entry; an entry wrote every record, and the locks on signed records are as mesolog made them. Write down or print the hash of the newest entry (%3): a later check must find the same hash at entry %3.</source>
        <extracomment>%1: the entries counted (&quot;5 entries&quot;); %2: the audited records counted</extracomment>
        <translation>Όλες οι %1 συνδέονται αλυσιδωτά από την πρώτη ως τη νεότερη, και όλες οι %2 συμφωνούν με τη νεότερη εγγραφή τους· κάθε καταχώριση καταγράφηκε από μια εγγραφή ελέγχου, και τα κλειδώματα στις υπογεγραμμένες καταχωρίσεις είναι όπως τα δημιούργησε το mesolog. Σημειώστε ή εκτυπώστε τη σύνοψη ελέγχου της νεότερης εγγραφής (%3): ένας μεταγενέστερος έλεγχος πρέπει να βρει την ίδια σύνοψη ελέγχου στην εγγραφή %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln εγγραφή</numerusform>
            <numerusform>%Ln εγγραφές</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audited records</source>
        <translation>
            <numerusform>%Ln ελεγχόμενη καταχώριση</numerusform>
            <numerusform>%Ln ελεγχόμενες καταχωρίσεις</numerusform>
        </translation>
    </message>
    <message>
        <source>Others on this computer may read the database files listed below: ask whoever looks after this computer to make them readable by you alone.</source>
        <translation>Άλλοι χρήστες αυτού του υπολογιστή μπορούν να διαβάσουν τα αρχεία της βάσης δεδομένων που αναφέρονται παρακάτω: ζητήστε από τον υπεύθυνο αυτού του υπολογιστή να τα κάνει αναγνώσιμα μόνο από εσάς.</translation>
    </message>
    <message>
        <source>Rewritten since the last check</source>
        <translation>Ξαναγράφτηκε μετά τον τελευταίο έλεγχο</translation>
    </message>
    <message>
        <source>The %1 after entry %2 link up to the newest, entry %2 still holds the hash the check of %3 found, and a seventh of the older entries link up too; %4 of %5 match their newest entry (those the new entries wrote and a seventh of the others); an entry wrote every record, and the locks on signed records are as mesolog made them. Write down or print the hash of the newest entry (%6): a later check must find the same hash at entry %6.</source>
        <extracomment>%1: the new entries counted (&quot;5 entries&quot;); %2: the entry an earlier check marked; %3: when that check was made; %4: the records compared (&quot;5 audited records&quot;); %5: all the audited records (a number); %6: the newest entry&apos;s number</extracomment>
        <translation>Οι %1 μετά την εγγραφή %2 συνδέονται αλυσιδωτά ως τη νεότερη, η εγγραφή %2 έχει ακόμη τη σύνοψη ελέγχου που βρήκε ο έλεγχος της %3, και ένα έβδομο των παλαιότερων εγγραφών συνδέεται επίσης· %4 από %5 συμφωνούν με τη νεότερη εγγραφή τους (όσες έγραψαν οι νέες εγγραφές και ένα έβδομο των υπολοίπων)· κάθε καταχώριση καταγράφηκε από μια εγγραφή ελέγχου, και τα κλειδώματα στις υπογεγραμμένες καταχωρίσεις είναι όπως τα δημιούργησε το mesolog. Σημειώστε ή εκτυπώστε τη σύνοψη ελέγχου της νεότερης εγγραφής (%6): ένας μεταγενέστερος έλεγχος πρέπει να βρει την ίδια σύνοψη ελέγχου στην εγγραφή %6.</translation>
    </message>
    <message>
        <source>The audit log is not as the check of %1 left it: entry %2 no longer holds the hash it held then, or entries up to it were removed or slipped in. Keep this database file as it is, for whoever looks into it.</source>
        <translation>Το αρχείο ελέγχου δεν είναι όπως το άφησε ο έλεγχος της %1: η εγγραφή %2 δεν έχει πια τη σύνοψη ελέγχου που είχε τότε, ή εγγραφές ως αυτήν αφαιρέθηκαν ή παρεμβλήθηκαν. Κρατήστε αυτό το αρχείο βάσης δεδομένων όπως είναι, για όποιον το εξετάσει.</translation>
    </message>
    <message>
        <source>Entry %1: not as the check of %2 left it (its hash was %3)</source>
        <translation>Εγγραφή %1: δεν είναι όπως την άφησε ο έλεγχος της %2 (η σύνοψη ελέγχου της ήταν %3)</translation>
    </message>
    <message>
        <source>Incremental check in %1 s (%2 entries a second). A record changed behind mesolog&apos;s back between two checks, with its locks removed and put back, is found within seven checks, or by a full check (mesolog audit verify --full).</source>
        <translation>Αυξητικός έλεγχος σε %1 s (%2 εγγραφές το δευτερόλεπτο). Μια καταχώριση που άλλαξε εν αγνοία του mesolog ανάμεσα σε δύο ελέγχους, με τα κλειδώματά της αφαιρεμένα και ξαναβαλμένα, εντοπίζεται μέσα σε επτά ελέγχους, ή με πλήρη έλεγχο (mesolog audit verify --full).</translation>
    </message>
    <message>
        <source>Full check in %1 s (%2 entries a second).</source>
        <translation>Πλήρης έλεγχος σε %1 s (%2 εγγραφές το δευτερόλεπτο).</translation>
    </message>
    <message>
        <source>The database was restored since the last check.</source>
        <translation>Η βάση δεδομένων επαναφέρθηκε μετά τον τελευταίο έλεγχο.</translation>
    </message>
    <message>
        <source>This computer kept no mark of an earlier check of this database.</source>
        <translation>Αυτός ο υπολογιστής δεν κράτησε σημάδι προηγούμενου ελέγχου αυτής της βάσης δεδομένων.</translation>
    </message>
    <message>
        <source>This check&apos;s mark could not be kept in %1 (%2).</source>
        <translation>Το σημάδι αυτού του ελέγχου δεν μπόρεσε να φυλαχτεί στο %1 (%2).</translation>
    </message>
    <message>
        <source>Changed outside mesolog</source>
        <translation>Αλλαγές εκτός mesolog</translation>
    </message>
    <message>
        <source>Records changed outside mesolog</source>
        <translation>Καταχωρίσεις που άλλαξαν εκτός mesolog</translation>
    </message>
    <message>
        <source>Records added outside mesolog</source>
        <translation>Καταχωρίσεις που προστέθηκαν εκτός mesolog</translation>
    </message>
    <message>
        <source>Locks changed outside mesolog</source>
        <translation>Κλειδώματα που άλλαξαν εκτός mesolog</translation>
    </message>
    <message>
        <source>The records listed below as changed were changed behind mesolog&apos;s back after their newest audit entry.</source>
        <translation>Οι καταχωρίσεις που αναφέρονται παρακάτω ως αλλαγμένες άλλαξαν χωρίς τη γνώση του mesolog, μετά τη νεότερη εγγραφή ελέγχου τους.</translation>
    </message>
    <message>
        <source>The records listed below as added were added behind mesolog&apos;s back: no audit entry wrote them, so nothing says who added them or when.</source>
        <translation>Οι καταχωρίσεις που αναφέρονται παρακάτω ως προστιθέμενες προστέθηκαν χωρίς τη γνώση του mesolog: καμία εγγραφή ελέγχου δεν τις κατέγραψε, οπότε τίποτα δεν δείχνει ποιος τις πρόσθεσε ή πότε.</translation>
    </message>
    <message>
        <source>The database&apos;s locks listed below, which stop signed records from being changed or removed, are not as mesolog made them: signed records could be changed without the database refusing it.</source>
        <translation>Τα κλειδώματα της βάσης δεδομένων που αναφέρονται παρακάτω, τα οποία εμποδίζουν την αλλαγή ή τη διαγραφή υπογεγραμμένων καταχωρίσεων, δεν είναι όπως τα δημιούργησε το mesolog: υπογεγραμμένες καταχωρίσεις θα μπορούσαν να αλλάξουν χωρίς να το αρνηθεί η βάση δεδομένων.</translation>
    </message>
    <message>
        <source>%1 (last audited in entry %2): %3</source>
        <translation>%1 (τελευταία εγγραφή ελέγχου: %2): %3</translation>
    </message>
    <message>
        <source>%1 (row %2): added or changed outside mesolog; its id is not stored as mesolog stores ids</source>
        <translation>%1 (γραμμή %2): προστέθηκε ή άλλαξε εκτός mesolog· το αναγνωριστικό δεν είναι αποθηκευμένο όπως αποθηκεύει τα αναγνωριστικά το mesolog</translation>
    </message>
    <message>
        <source>%1: added outside mesolog, as part of %2</source>
        <translation>%1: προστέθηκε εκτός mesolog, ως μέρος της καταχώρισης %2</translation>
    </message>
    <message>
        <source>%1: added outside mesolog; no audit entry wrote it</source>
        <translation>%1: προστέθηκε εκτός mesolog· καμία εγγραφή ελέγχου δεν κατέγραψε την προσθήκη</translation>
    </message>
    <message>
        <source>Treatment line</source>
        <translation>Γραμμή θεραπείας</translation>
    </message>
    <message>
        <source>Product used</source>
        <translation>Προϊόν που χρησιμοποιήθηκε</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Αντίδραση</translation>
    </message>
    <message>
        <source>The lock function %1 is missing</source>
        <translation>Η συνάρτηση κλειδώματος %1 λείπει</translation>
    </message>
    <message>
        <source>The lock function %1 is not as mesolog made it</source>
        <translation>Η συνάρτηση κλειδώματος %1 δεν είναι όπως τη δημιούργησε το mesolog</translation>
    </message>
    <message>
        <source>The lock %1 on the table %2 is missing</source>
        <translation>Το κλείδωμα %1 στον πίνακα %2 λείπει</translation>
    </message>
    <message>
        <source>The lock %1 on the table %2 is not as mesolog made it</source>
        <translation>Το κλείδωμα %1 στον πίνακα %2 δεν είναι όπως το δημιούργησε το mesolog</translation>
    </message>
    <message>
        <source>The lock %1 on the table %2 is switched off</source>
        <translation>Το κλείδωμα %1 στον πίνακα %2 είναι απενεργοποιημένο</translation>
    </message>
    <message>
        <source>The trigger %1 on the table %2 is not mesolog&apos;s: it was added outside mesolog</source>
        <translation>Το έναυσμα (trigger) %1 στον πίνακα %2 δεν είναι του mesolog: προστέθηκε εκτός mesolog</translation>
    </message>
    <message>
        <source>Others may open the folder %1 (permissions %2)</source>
        <translation>Άλλοι μπορούν να ανοίξουν τον φάκελο αρχείων %1 (δικαιώματα %2)</translation>
    </message>
    <message>
        <source>Others may read the file %1 (permissions %2)</source>
        <translation>Άλλοι μπορούν να διαβάσουν το αρχείο %1 (δικαιώματα %2)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Δεν ελέγχθηκε</translation>
    </message>
    <message>
        <source>The audit log could not be checked: %1</source>
        <translation>Δεν ήταν δυνατός ο έλεγχος του αρχείου ελέγχου: %1</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>This database is not an SQLite file on this computer: mesolog backs up and restores SQLite files only. Use the database server&apos;s own backup tools (for PostgreSQL, pg_dump and pg_restore).</source>
        <translation type="vanished">Αυτή η βάση δεδομένων δεν είναι αρχείο SQLite σε αυτόν τον υπολογιστή: το mesolog δημιουργεί αντίγραφα ασφαλείας και κάνει επαναφορά μόνο για αρχεία SQLite. Χρησιμοποιήστε τα εργαλεία αντιγράφων ασφαλείας του ίδιου του διακομιστή της βάσης δεδομένων (για PostgreSQL, τα pg_dump και pg_restore).</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Επαναφορά από αντίγραφο ασφαλείας</translation>
    </message>
    <message>
        <source>Only an administrator may restore a backup: it replaces every record in the database. Log in as an administrator to restore one.</source>
        <translation>Μόνο ο διαχειριστής μπορεί να κάνει επαναφορά αντιγράφου ασφαλείας: αντικαθιστά όλες τις καταχωρίσεις της βάσης δεδομένων. Συνδεθείτε ως διαχειριστής για να κάνετε επαναφορά.</translation>
    </message>
    <message>
        <source>mesolog backups (*.sqlite *.sqlite.enc);;All files (*)</source>
        <translation>Αντίγραφα ασφαλείας mesolog (*.sqlite *.sqlite.enc);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Αντίγραφο ασφαλείας</translation>
    </message>
    <message>
        <source>The backup is written and checked.</source>
        <translation>Το αντίγραφο ασφαλείας γράφτηκε και ελέγχθηκε.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Αρχείο: %1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Μέγεθος: %1</translation>
    </message>
    <message>
        <source>It holds %1.</source>
        <translation>Περιέχει %1.</translation>
    </message>
    <message>
        <source>It is encrypted: keep the passphrase safe; without it the backup cannot be read.</source>
        <translation>Είναι κρυπτογραφημένο: φυλάξτε με ασφάλεια τη φράση πρόσβασης· χωρίς αυτήν το αντίγραφο ασφαλείας δεν μπορεί να διαβαστεί.</translation>
    </message>
    <message>
        <source>Backing up the database to %1…</source>
        <translation>Δημιουργία αντιγράφου ασφαλείας της βάσης δεδομένων στον φάκελο %1…</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Ημερήσιο αντίγραφο ασφαλείας</translation>
    </message>
    <message>
        <source>Something went wrong inside mesolog (a bug): %1.</source>
        <translation>Παρουσιάστηκε πρόβλημα μέσα στο mesolog (σφάλμα λογισμικού): %1.</translation>
    </message>
    <message>
        <source>Daily backup written: %1 (%2).</source>
        <translation>Γράφτηκε το ημερήσιο αντίγραφο ασφαλείας: %1 (%2).</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be written:
%1

mesolog works on as usual. Solve the problem, then back up by hand (Back Up Now).</source>
        <translation>Το σημερινό αυτόματο αντίγραφο ασφαλείας δεν ήταν δυνατό να γραφτεί:
%1

Το mesolog συνεχίζει να λειτουργεί κανονικά. Λύστε το πρόβλημα και, στη συνέχεια, δημιουργήστε αντίγραφο ασφαλείας χειροκίνητα («Αντίγραφο ασφαλείας τώρα»).</translation>
    </message>
    <message>
        <source>Daily backup…</source>
        <translation>Ημερήσιο αντίγραφο ασφαλείας…</translation>
    </message>
    <message>
        <source>This database is on a database server, not in a file on this computer, and is backed up there: a PostgreSQL database on the server&apos;s schedule with `mesolog backup` (pg_dump, each dump checked) and restored with `mesolog restore`, as the roles of docs/clinic-server.md (this workstation&apos;s role may not make the scratch database a check needs).</source>
        <translation>Αυτή η βάση δεδομένων βρίσκεται σε διακομιστή βάσεων δεδομένων, όχι σε αρχείο αυτού του υπολογιστή, και τα αντίγραφα ασφαλείας της λαμβάνονται εκεί: για μια βάση PostgreSQL, με το πρόγραμμα του διακομιστή μέσω `mesolog backup` (pg_dump, με έλεγχο κάθε αντιγράφου) και η επαναφορά με `mesolog restore`, με τους ρόλους του docs/clinic-server.md (ο ρόλος αυτού του σταθμού εργασίας δεν επιτρέπεται να δημιουργήσει την προσωρινή βάση δεδομένων που χρειάζεται ο έλεγχος).</translation>
    </message>
</context>
<context>
    <name>BackupCounts</name>
    <message>
        <source>%1 and %2</source>
        <comment>a database&apos;s patients and sessions, counted</comment>
        <translation>%1 και %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln patient(s)</source>
        <translation>
            <numerusform>%Ln ασθενής</numerusform>
            <numerusform>%Ln ασθενείς</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln συνεδρία</numerusform>
            <numerusform>%Ln συνεδρίες</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the database</source>
        <translation>Αντίγραφο ασφαλείας της βάσης δεδομένων</translation>
    </message>
    <message>
        <source>A copy of the whole database, checked before it counts. Work can go on meanwhile, here and on other workstations.</source>
        <translation>Ένα αντίγραφο ολόκληρης της βάσης δεδομένων, που ελέγχεται πριν θεωρηθεί έγκυρο. Η εργασία μπορεί να συνεχιστεί στο μεταξύ, εδώ και σε άλλους σταθμούς εργασίας.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Φάκελος αντιγράφων ασφαλείας</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Επι&amp;λογή…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Επιλέξτε τον φάκελο αντιγράφων ασφαλείας</translation>
    </message>
    <message>
        <source>&amp;Encrypt the backup with a passphrase</source>
        <translation>&amp;Κρυπτογράφηση του αντιγράφου ασφαλείας με φράση πρόσβασης</translation>
    </message>
    <message>
        <source>Encrypt the backup</source>
        <translation>Κρυπτογράφηση του αντιγράφου ασφαλείας</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Φράση πρόσβασης</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Επανάληψη φράσης πρόσβασης</translation>
    </message>
    <message>
        <source>Nobody can read an encrypted backup without its passphrase, not even with mesolog: a lost passphrase means a lost backup. Write it down and keep it apart from the backup drive.</source>
        <translation>Κανείς δεν μπορεί να διαβάσει ένα κρυπτογραφημένο αντίγραφο ασφαλείας χωρίς τη φράση πρόσβασής του, ούτε καν με το mesolog: αν χαθεί η φράση πρόσβασης, χάνεται και το αντίγραφο ασφαλείας. Σημειώστε τη και φυλάξτε τη χωριστά από τον δίσκο των αντιγράφων ασφαλείας.</translation>
    </message>
    <message>
        <source>&amp;Back Up</source>
        <translation>&amp;Αντίγραφο ασφαλείας</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Φάκελος:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Φ&amp;ράση πρόσβασης:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Επανάληψη:</translation>
    </message>
    <message>
        <source>choose a folder for the backup</source>
        <translation>επιλέξτε φάκελο για το αντίγραφο ασφαλείας</translation>
    </message>
    <message>
        <source>type a passphrase, or untick encryption</source>
        <translation>πληκτρολογήστε φράση πρόσβασης ή καταργήστε την επιλογή κρυπτογράφησης</translation>
    </message>
    <message>
        <source>type the same passphrase twice; these two differ</source>
        <translation>πληκτρολογήστε την ίδια φράση πρόσβασης δύο φορές· αυτές οι δύο διαφέρουν</translation>
    </message>
</context>
<context>
    <name>BackupFolderRow</name>
    <message>
        <source>Backup folder</source>
        <translation>Φάκελος αντιγράφων ασφαλείας</translation>
    </message>
    <message>
        <source>beside the database</source>
        <translation>δίπλα στη βάση δεδομένων</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Επι&amp;λογή…</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Επιλογή</translation>
    </message>
    <message>
        <source>Backups are taken of SQLite database files only.</source>
        <translation>Αντίγραφα ασφαλείας δημιουργούνται μόνο για αρχεία βάσης δεδομένων SQLite.</translation>
    </message>
    <message>
        <source>Empty: a “backups” folder beside the database (%1).</source>
        <translation>Κενό: ένας φάκελος «backups» δίπλα στη βάση δεδομένων (%1).</translation>
    </message>
    <message>
        <source>Folder for the backups</source>
        <translation>Φάκελος για τα αντίγραφα ασφαλείας</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>scrypt parameters out of range (log2 N={log2_n}, r={r}, p={p})</source>
        <translation>παράμετροι scrypt εκτός ορίων (log2 N={log2_n}, r={r}, p={p})</translation>
    </message>
    <message>
        <source>scrypt parameters asking for more than 1 GiB of memory</source>
        <translation>παράμετροι scrypt που απαιτούν περισσότερο από 1 GiB μνήμης</translation>
    </message>
    <message>
        <source>{label} is cut short: its last part is missing.</source>
        <translation>Το αρχείο {label} είναι ελλιπές: λείπει το τελευταίο του τμήμα.</translation>
    </message>
    <message>
        <source>{label} is damaged or cut short: the part that starts at byte {offset} does not match what was encrypted.</source>
        <translation>Το αρχείο {label} είναι κατεστραμμένο ή ελλιπές: το τμήμα που αρχίζει στο byte {offset} δεν αντιστοιχεί σε αυτό που κρυπτογραφήθηκε.</translation>
    </message>
    <message>
        <source>{label} is not an encrypted mesolog backup.</source>
        <translation>Το αρχείο {label} δεν είναι κρυπτογραφημένο αντίγραφο ασφαλείας του mesolog.</translation>
    </message>
    <message>
        <source>{label} was encrypted by a newer mesolog (format {version}, key derivation {kdf}); this version reads format {format_version}. Update mesolog.</source>
        <translation>Το αρχείο {label} κρυπτογραφήθηκε από νεότερη έκδοση του mesolog (μορφή {version}, παραγωγή κλειδιού {kdf})· αυτή η έκδοση διαβάζει τη μορφή {format_version}. Ενημερώστε το mesolog.</translation>
    </message>
    <message>
        <source>{label} has a damaged header ({problem}).</source>
        <translation>Το αρχείο {label} έχει κατεστραμμένη κεφαλίδα ({problem}).</translation>
    </message>
    <message>
        <source>chunk size {size}</source>
        <translation>μέγεθος τμήματος {size}</translation>
    </message>
    <message>
        <source>The passphrase does not open {label} (or the file&apos;s header is damaged).</source>
        <translation>Η φράση πρόσβασης δεν ανοίγει το αρχείο {label} (ή η κεφαλίδα του αρχείου είναι κατεστραμμένη).</translation>
    </message>
    <message>
        <source>The file is too large for the backup format.</source>
        <translation>Το αρχείο είναι πολύ μεγάλο για τη μορφή του αντιγράφου ασφαλείας.</translation>
    </message>
    <message>
        <source>foreign_key_check: {count} broken references</source>
        <translation>foreign_key_check: {count} σπασμένες αναφορές</translation>
    </message>
    <message>
        <source>Cannot open {source}: {reason}.</source>
        <translation>Δεν είναι δυνατό το άνοιγμα του {source}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {target}: {strerror}.</source>
        <translation>Δεν είναι δυνατή η εγγραφή του {target}: {strerror}.</translation>
    </message>
    <message>
        <source>Cannot write {target}: {reason}.</source>
        <translation>Δεν είναι δυνατή η εγγραφή του {target}: {reason}.</translation>
    </message>
    <message>
        <source>{source_name} stayed locked by another connection; no copy was taken.</source>
        <translation>Το αρχείο {source_name} παρέμεινε κλειδωμένο από άλλη σύνδεση· δεν δημιουργήθηκε αντίγραφο.</translation>
    </message>
    <message>
        <source>{source_name} is damaged or not an SQLite database: {reason}.</source>
        <translation>Το αρχείο {source_name} είναι κατεστραμμένο ή δεν είναι βάση δεδομένων SQLite: {reason}.</translation>
    </message>
    <message>
        <source>Another window or workstation kept writing to the database; nothing was restored. Try again when it is idle.</source>
        <translation>Άλλο παράθυρο ή σταθμός εργασίας συνέχιζε να γράφει στη βάση δεδομένων· δεν έγινε επαναφορά. Δοκιμάστε ξανά όταν η βάση δεδομένων δεν χρησιμοποιείται.</translation>
    </message>
    <message>
        <source>Restoring into the database failed and was rolled back: {reason}.</source>
        <translation>Η επαναφορά στη βάση δεδομένων απέτυχε και αναιρέθηκε: {reason}.</translation>
    </message>
    <message>
        <source>{label} is damaged or not an SQLite database: {reason}.</source>
        <translation>Το αρχείο {label} είναι κατεστραμμένο ή δεν είναι βάση δεδομένων SQLite: {reason}.</translation>
    </message>
    <message>
        <source>The database fails its checks: {reason}.</source>
        <translation>Η βάση δεδομένων δεν περνά τους ελέγχους της: {reason}.</translation>
    </message>
    <message>
        <source>{name} is being written already.</source>
        <translation>Το αρχείο {name} γράφεται ήδη.</translation>
    </message>
    <message>
        <source>{target} exists already; a backup never overwrites a file.</source>
        <translation>Το αρχείο {target} υπάρχει ήδη· ένα αντίγραφο ασφαλείας δεν αντικαθιστά ποτέ υπάρχον αρχείο.</translation>
    </message>
    <message>
        <source>Cannot read {source}: {strerror}</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του {source}: {strerror}</translation>
    </message>
    <message>
        <source>There is no backup file at {source}.</source>
        <translation>Δεν υπάρχει αρχείο αντιγράφου ασφαλείας στη θέση {source}.</translation>
    </message>
    <message>
        <source>{label} is empty.</source>
        <translation>Το αρχείο {label} είναι κενό.</translation>
    </message>
    <message>
        <source>{label} is encrypted: give its passphrase.</source>
        <translation>Το αρχείο {label} είναι κρυπτογραφημένο: δώστε τη φράση πρόσβασής του.</translation>
    </message>
    <message>
        <source>{label} is encrypted by SQLCipher but does not open with this database&apos;s passphrase: it is a copy of another database, was taken before the passphrase was changed, or is damaged or no database at all.</source>
        <translation>Το αρχείο {label} είναι κρυπτογραφημένο με SQLCipher αλλά δεν ανοίγει με τη φράση πρόσβασης αυτής της βάσης δεδομένων: είναι αντίγραφο άλλης βάσης δεδομένων, δημιουργήθηκε πριν αλλάξει η φράση πρόσβασης, ή είναι κατεστραμμένο ή δεν είναι καθόλου βάση δεδομένων.</translation>
    </message>
    <message>
        <source>{label} is damaged and cannot be restored ({problems}).</source>
        <translation>Το αρχείο {label} είναι κατεστραμμένο και δεν μπορεί να χρησιμοποιηθεί για επαναφορά ({problems}).</translation>
    </message>
    <message>
        <source>{label} is an SQLite database but not a mesolog one (it has no schema revision).</source>
        <translation>Το αρχείο {label} είναι βάση δεδομένων SQLite αλλά όχι του mesolog (δεν έχει αναθεώρηση σχήματος).</translation>
    </message>
    <message>
        <source>{label} holds no mesolog schema (its revision is empty).</source>
        <translation>Το αρχείο {label} δεν περιέχει σχήμα του mesolog (η αναθεώρησή του είναι κενή).</translation>
    </message>
    <message>
        <source>{label} was written by a newer mesolog (schema {revision}); this version knows schemas up to {head_revision}. Update mesolog to restore it.</source>
        <translation>Το αρχείο {label} γράφτηκε από νεότερη έκδοση του mesolog (σχήμα {revision})· αυτή η έκδοση γνωρίζει σχήματα έως το {head_revision}. Ενημερώστε το mesolog για να το επαναφέρετε.</translation>
    </message>
    <message>
        <source>Cannot read {label}: {error}</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του {label}: {error}</translation>
    </message>
    <message>
        <source>{label} is a copy of an encrypted database (SQLCipher) or no database at all, and this database is not encrypted. To restore it, first encrypt this database with the backup&apos;s passphrase (`mesolog encrypt`).</source>
        <translation>Το αρχείο {label} είναι αντίγραφο κρυπτογραφημένης βάσης δεδομένων (SQLCipher) ή δεν είναι καθόλου βάση δεδομένων, και αυτή η βάση δεδομένων δεν είναι κρυπτογραφημένη. Για να το επαναφέρετε, κρυπτογραφήστε πρώτα αυτή τη βάση δεδομένων με τη φράση πρόσβασης του αντιγράφου ασφαλείας (`mesolog encrypt`).</translation>
    </message>
    <message>
        <source>{name} holds the older schema {revision}, and upgrading it to {head_revision} failed; nothing was restored. ({error})</source>
        <translation>Το αρχείο {name} έχει το παλαιότερο σχήμα {revision} και η αναβάθμισή του στο {head_revision} απέτυχε· δεν έγινε επαναφορά. ({error})</translation>
    </message>
    <message>
        <source>{name} fails its checks after the upgrade to schema {revision} ({problems}).</source>
        <translation>Το αρχείο {name} δεν περνά τους ελέγχους του μετά την αναβάθμιση στο σχήμα {revision} ({problems}).</translation>
    </message>
    <message>
        <source>The copy of the database fails its checks ({problems}): the database itself may be damaged; run `mesolog check`. No backup was written.</source>
        <translation>Το αντίγραφο της βάσης δεδομένων δεν περνά τους ελέγχους του ({problems}): η ίδια η βάση δεδομένων μπορεί να είναι κατεστραμμένη· εκτελέστε `mesolog check`. Δεν γράφτηκε αντίγραφο ασφαλείας.</translation>
    </message>
    <message>
        <source>Cannot write the backup {target}: {strerror}</source>
        <translation>Δεν είναι δυνατή η εγγραφή του αντιγράφου ασφαλείας {target}: {strerror}</translation>
    </message>
    <message>
        <source>Cannot read {path}: {strerror}.</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του {path}: {strerror}.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the current database in {folder} ({reason}); nothing was restored.</source>
        <translation>Δεν είναι δυνατή η διατήρηση αντιγράφου της τρέχουσας βάσης δεδομένων στον φάκελο {folder} ({reason})· δεν έγινε επαναφορά.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder {folder}: {reason}. No backup was written; choose another folder or drive.</source>
        <translation>Δεν είναι δυνατή η δημιουργία του φακέλου αντιγράφων ασφαλείας {folder}: {reason}. Δεν γράφτηκε αντίγραφο ασφαλείας· επιλέξτε άλλο φάκελο ή άλλη μονάδα δίσκου.</translation>
    </message>
    <message>
        <source>Cannot read the backup folder {folder}: {strerror}</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του φακέλου αντιγράφων ασφαλείας {folder}: {strerror}</translation>
    </message>
    <message>
        <source>The passphrase is empty; choose one to encrypt the backup with.</source>
        <translation>Η φράση πρόσβασης είναι κενή· επιλέξτε μια φράση πρόσβασης για την κρυπτογράφηση του αντιγράφου ασφαλείας.</translation>
    </message>
    <message>
        <source>{source} is the open database itself; nothing to restore.</source>
        <translation>Το {source} είναι η ίδια η ανοιχτή βάση δεδομένων· δεν υπάρχει τίποτα για επαναφορά.</translation>
    </message>
    <message>
        <source>The restored database fails its checks ({found}). The database as it was before is at {safety}: restore that file.</source>
        <translation>Η βάση δεδομένων που επαναφέρθηκε δεν περνά τους ελέγχους της ({found}). Η βάση δεδομένων όπως ήταν πριν βρίσκεται στο {safety}: επαναφέρετε εκείνο το αρχείο.</translation>
    </message>
    <message>
        <source>An in-memory database has no file to back up or restore.</source>
        <translation>Μια βάση δεδομένων στη μνήμη δεν έχει αρχείο για αντίγραφο ασφαλείας ή επαναφορά.</translation>
    </message>
    <message>
        <source>{where} is a PostgreSQL database: mesolog copies SQLite files only; `mesolog backup` and `mesolog restore` use pg_dump and pg_restore for it.</source>
        <translation>Η βάση δεδομένων {where} είναι PostgreSQL: το mesolog αντιγράφει μόνο αρχεία SQLite· οι εντολές `mesolog backup` και `mesolog restore` χρησιμοποιούν γι&apos; αυτήν τα pg_dump και pg_restore.</translation>
    </message>
    <message>
        <source>{where} is a PostgreSQL database: mesolog backs up and restores SQLite files only. Back it up with pg_dump and restore it with pg_restore.</source>
        <translation type="vanished">Η βάση δεδομένων {where} είναι PostgreSQL: το mesolog δημιουργεί αντίγραφα ασφαλείας και κάνει επαναφορά μόνο για αρχεία SQLite. Δημιουργήστε αντίγραφο ασφαλείας της με το pg_dump και επαναφέρετέ τη με το pg_restore.</translation>
    </message>
    <message>
        <source>{where} is a {backend_name} database: mesolog backs up and restores SQLite files only; use the server&apos;s own backup tools.</source>
        <translation>Η βάση δεδομένων {where} είναι {backend_name}: το mesolog δημιουργεί αντίγραφα ασφαλείας και κάνει επαναφορά μόνο για αρχεία SQLite· χρησιμοποιήστε τα εργαλεία αντιγράφων ασφαλείας του ίδιου του διακομιστή.</translation>
    </message>
    <message>
        <source>Another restore or check of a backup into {name} is under way (in another window or program); nothing was changed. Try again once it has ended.</source>
        <translation>Μια άλλη επαναφορά ή ένας άλλος έλεγχος αντιγράφου ασφαλείας στο {name} βρίσκεται σε εξέλιξη (σε άλλο παράθυρο ή πρόγραμμα)· δεν άλλαξε τίποτα. Δοκιμάστε ξανά όταν ολοκληρωθεί.</translation>
    </message>
    <message>
        <source>Cannot rename {pending}: {reason}</source>
        <translation>Δεν είναι δυνατή η μετονομασία του {pending}: {reason}</translation>
    </message>
    <message>
        <source>Cannot remove {pending}: {reason}</source>
        <translation>Δεν είναι δυνατή η διαγραφή του {pending}: {reason}</translation>
    </message>
    <message>
        <source>Cannot remove what a killed restore left in {filename}: {strerror}</source>
        <translation>Δεν είναι δυνατή η διαγραφή όσων άφησε στο {filename} μια επαναφορά που τερματίστηκε βίαια: {strerror}</translation>
    </message>
    <message>
        <source>{label} is not a whole PostgreSQL dump (pg_dump&apos;s custom format) that pg_restore can read: a PostgreSQL database restores only the dumps `mesolog backup` writes.</source>
        <translation>Το {label} δεν είναι ακέραιο αντίγραφο PostgreSQL (στη μορφή custom του pg_dump) που μπορεί να διαβάσει το pg_restore: σε βάση PostgreSQL γίνεται επαναφορά μόνο των αντιγράφων που γράφει το `mesolog backup`.</translation>
    </message>
    <message>
        <source>{label} was refused: its audit chain is broken at entry {entry} ({reason}).</source>
        <translation>Το {label} απορρίφθηκε: η αλυσίδα ελέγχου του σπάει στην εγγραφή {entry} ({reason}).</translation>
    </message>
    <message>
        <source>{label} was refused: {count} of its records are not what the audit log recorded (changed, removed or added outside mesolog).</source>
        <translation>Το {label} απορρίφθηκε: καταχωρίσεις του ({count}) δεν είναι όπως τις κατέγραψε το αρχείο ελέγχου (αλλάχθηκαν, αφαιρέθηκαν ή προστέθηκαν εκτός mesolog).</translation>
    </message>
    <message>
        <source>{label} was refused: the guards that lock its signed records are not as mesolog made them ({name}: {fault}).</source>
        <translation>Το {label} απορρίφθηκε: οι προστασίες που κλειδώνουν τις υπογεγραμμένες καταχωρίσεις του δεν είναι όπως τις δημιούργησε το mesolog ({name}: {fault}).</translation>
    </message>
    <message>
        <source>{label} is not a mesolog database this version can restore (schema {revision}).</source>
        <translation>Το {label} δεν είναι βάση δεδομένων του mesolog που μπορεί να επαναφέρει αυτή η έκδοση (σχήμα {revision}).</translation>
    </message>
    <message>
        <source>{label} holds an older schema ({revision}) than the database it was taken of.</source>
        <translation>Το {label} έχει παλαιότερο σχήμα ({revision}) από τη βάση δεδομένων από την οποία λήφθηκε.</translation>
    </message>
    <message>
        <source>{label} was refused: its audit entry {entry} is not the database&apos;s entry {entry}. Run `mesolog audit verify` on the database.</source>
        <translation>Το {label} απορρίφθηκε: η εγγραφή του {entry} στο αρχείο ελέγχου δεν είναι η εγγραφή {entry} της βάσης δεδομένων. Εκτελέστε `mesolog audit verify` στη βάση δεδομένων.</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Only clinicians and administrators change the catalogue; you may read it.</source>
        <translation>Μόνο οι θεράποντες ιατροί και οι διαχειριστές αλλάζουν τον κατάλογο· εσείς μπορείτε να τον διαβάσετε.</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <source>units</source>
        <translation>μονάδες</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>μονάδα</translation>
    </message>
    <message>
        <source>%1 per ml</source>
        <translation>%1 ανά ml</translation>
    </message>
    <message>
        <source>%1 per unit</source>
        <translation>%1 ανά μονάδα</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>έληξε στις %1</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>χωρίς καταμέτρηση</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Παρασκευαστής</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Διάλυμα</translation>
    </message>
    <message>
        <source>Concentration</source>
        <translation>Συγκέντρωση</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Μονάδα</translation>
    </message>
    <message>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <source>Default amount</source>
        <translation>Προεπιλεγμένη ποσότητα</translation>
    </message>
    <message>
        <source>Price per unit</source>
        <translation>Τιμή ανά μονάδα</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Προϊόν</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Αριθμός παρτίδας</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Ημερομηνία λήξης</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ημερομηνία παραλαβής</translation>
    </message>
    <message>
        <source>Quantity received</source>
        <translation>Παραληφθείσα ποσότητα</translation>
    </message>
</context>
<context>
    <name>CatalogueLink</name>
    <message>
        <source>“%1” and its lot %2 are not in the catalogue.</source>
        <translation>Το προϊόν «%1» και η παρτίδα του %2 δεν υπάρχουν στον κατάλογο.</translation>
    </message>
    <message>
        <source>“%1” is not in the catalogue.</source>
        <translation>Το προϊόν «%1» δεν υπάρχει στον κατάλογο.</translation>
    </message>
    <message>
        <source>The lot %1 of %2 is not in the catalogue.</source>
        <translation>Η παρτίδα %1 του προϊόντος %2 δεν υπάρχει στον κατάλογο.</translation>
    </message>
    <message>
        <source>Type the lot&apos;s expiry date to add it to the catalogue</source>
        <translation>Πληκτρολογήστε την ημερομηνία λήξης της παρτίδας για να την προσθέσετε στον κατάλογο</translation>
    </message>
    <message>
        <source>Added to the catalogue.</source>
        <translation>Προστέθηκε στον κατάλογο.</translation>
    </message>
</context>
<context>
    <name>CatalogueOffer</name>
    <message>
        <source>Add to catalogue</source>
        <translation>Προσθήκη στον κατάλογο</translation>
    </message>
    <message>
        <source>Add to the catalogue</source>
        <translation>Προσθήκη στον κατάλογο</translation>
    </message>
    <message>
        <source>Adds the product as this row has it (name, solution, concentration, its volume as the usual one) and the lot (number, expiry date) to the clinic&apos;s catalogue, to be completed from then on</source>
        <translation>Προσθέτει στον κατάλογο του ιατρείου το προϊόν όπως είναι σε αυτή τη γραμμή (όνομα, διάλυμα, συγκέντρωση, ο όγκος του ως ο συνήθης) και την παρτίδα (αριθμός, ημερομηνία λήξης), ώστε να συμπληρώνονται αυτόματα από εδώ και πέρα</translation>
    </message>
</context>
<context>
    <name>ChainAnchor</name>
    <message>
        <source>{where}: {value} is not a chain anchor; an anchor is {shape}.</source>
        <translation>{where}: {value} δεν είναι άγκυρα αλυσίδας· μια άγκυρα έχει τη μορφή {shape}.</translation>
    </message>
    <message>
        <source>{where}.entry: {value} is not allowed; an entry number is a whole number from 0.</source>
        <translation>{where}.entry: {value} δεν επιτρέπεται· ο αριθμός εγγραφής είναι ακέραιος αριθμός από το 0 και πάνω.</translation>
    </message>
    <message>
        <source>{where}.hash: {value} is not allowed; a hash is 64 lowercase hex digits.</source>
        <translation>{where}.hash: {value} δεν επιτρέπεται· η σύνοψη ελέγχου (hash) αποτελείται από 64 πεζά δεκαεξαδικά ψηφία.</translation>
    </message>
    <message>
        <source>{where}.at: {value} is not allowed; a time is RFC 3339 in UTC, such as 2026-03-10T16:00:00Z.</source>
        <translation>{where}.at: {value} δεν επιτρέπεται· η ώρα γράφεται κατά RFC 3339 σε UTC, π.χ. 2026-03-10T16:00:00Z.</translation>
    </message>
    <message numerus="yes">
        <source>a text of %n characters</source>
        <translation>
            <numerusform>κείμενο %n χαρακτήρα</numerusform>
            <numerusform>κείμενο %n χαρακτήρων</numerusform>
        </translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>αντικείμενο JSON</translation>
    </message>
    <message>
        <source>a JSON array</source>
        <translation>πίνακας JSON</translation>
    </message>
    <message>
        <source>The entry number {entry} is not allowed; entries are numbered from 1.</source>
        <translation>Ο αριθμός εγγραφής {entry} δεν επιτρέπεται· οι εγγραφές αριθμούνται από το 1.</translation>
    </message>
    <message numerus="yes">
        <source>&apos;a text of %n characters&apos;</source>
        <extracomment>a typed text too long to repeat, quoted where the text itself would be</extracomment>
        <translation>
            <numerusform>«κείμενο %n χαρακτήρα»</numerusform>
            <numerusform>«κείμενο %n χαρακτήρων»</numerusform>
        </translation>
    </message>
    <message>
        <source>{field}: {typed} is not a hash; a hash is {shortest} to {longest} hex digits (0–9, a–f), spaces ignored, as printed on a summary.</source>
        <translation>{field}: {typed} δεν είναι σύνοψη ελέγχου (hash)· μια σύνοψη ελέγχου αποτελείται από {shortest} έως {longest} δεκαεξαδικά ψηφία (0–9, a–f), χωρίς να μετρούν τα κενά, όπως είναι τυπωμένη σε μια σύνοψη θεραπείας.</translation>
    </message>
    <message>
        <source>{where}: not JSON ({error})</source>
        <translation>{where}: δεν είναι JSON ({error})</translation>
    </message>
    <message>
        <source>{where}: {kind} is not allowed; a line is an object.</source>
        <translation>{where}: {kind} δεν επιτρέπεται· κάθε γραμμή είναι αντικείμενο.</translation>
    </message>
    <message>
        <source>{where}.event: {value} is not allowed; it is &apos;backup&apos; or &apos;restore&apos;.</source>
        <translation>{where}.event: {value} δεν επιτρέπεται· η τιμή είναι &apos;backup&apos; ή &apos;restore&apos;.</translation>
    </message>
    <message>
        <source>{where}.file: {value} is not allowed; it names a backup file.</source>
        <translation>{where}.file: {value} δεν επιτρέπεται· η τιμή είναι το όνομα ενός αρχείου αντιγράφου ασφαλείας.</translation>
    </message>
    <message>
        <source>{where}.kept_up_to: {value} is not allowed; a restore names the last entry kept.</source>
        <translation>{where}.kept_up_to: {value} δεν επιτρέπεται· μια επαναφορά αναφέρει την τελευταία εγγραφή που διατηρήθηκε.</translation>
    </message>
    <message>
        <source>{where}.restore_entry: {value} is not allowed; a restore names its own entry, after the last entry kept ({kept}).</source>
        <translation>{where}.restore_entry: {value} δεν επιτρέπεται· μια επαναφορά αναφέρει τη δική της εγγραφή, μετά την τελευταία εγγραφή που διατηρήθηκε ({kept}).</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>The password of %1 (%2).</source>
        <translation>Κωδικός πρόσβασης: %1 (%2).</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Τρέχων κωδικός πρόσβασης</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>&amp;Τρέχων κωδικός πρόσβασης:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Νέος κωδικός πρόσβασης:</translation>
    </message>
    <message>
        <source>your current password</source>
        <translation>ο τρέχων κωδικός πρόσβασής σας</translation>
    </message>
</context>
<context>
    <name>ChangeTexts</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 changed (both versions in the tooltip)</source>
        <translation>%1: άλλαξε (και οι δύο εκδοχές στην αναδυόμενη επεξήγηση)</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 με %2</translation>
    </message>
    <message>
        <source>line added: %1</source>
        <translation>προστέθηκε γραμμή: %1</translation>
    </message>
    <message>
        <source>line removed: %1</source>
        <translation>αφαιρέθηκε γραμμή: %1</translation>
    </message>
    <message>
        <source>product added: %1</source>
        <translation>προστέθηκε προϊόν: %1</translation>
    </message>
    <message>
        <source>product removed: %1</source>
        <translation>αφαιρέθηκε προϊόν: %1</translation>
    </message>
    <message>
        <source>reaction added: %1</source>
        <translation>προστέθηκε αντίδραση: %1</translation>
    </message>
    <message>
        <source>reaction removed: %1</source>
        <translation>αφαιρέθηκε αντίδραση: %1</translation>
    </message>
    <message>
        <source>warning given anyway added: %1</source>
        <translation>προστέθηκε προειδοποίηση που παρακάμφθηκε: %1</translation>
    </message>
    <message>
        <source>warning given anyway removed: %1</source>
        <translation>αφαιρέθηκε προειδοποίηση που παρακάμφθηκε: %1</translation>
    </message>
    <message>
        <source>a warning given anyway added (below)</source>
        <translation>προστέθηκε προειδοποίηση που παρακάμφθηκε (βλ. παρακάτω)</translation>
    </message>
    <message>
        <source>a warning given anyway removed (in the tooltip)</source>
        <translation>αφαιρέθηκε προειδοποίηση που παρακάμφθηκε (βλ. αναδυόμενη επεξήγηση)</translation>
    </message>
    <message>
        <source>date</source>
        <translation>ημερομηνία</translation>
    </message>
    <message>
        <source>clinician</source>
        <translation>θεράπων ιατρός</translation>
    </message>
    <message>
        <source>course</source>
        <translation>θεραπευτικό πρόγραμμα</translation>
    </message>
    <message>
        <source>improvement</source>
        <translation>βελτίωση</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>σημειώσεις</translation>
    </message>
    <message>
        <source>last aspirin/NSAID</source>
        <translation>τελευταία λήψη ασπιρίνης/ΜΣΑΦ</translation>
    </message>
    <message>
        <source>topical anaesthetic</source>
        <translation>τοπικό αναισθητικό</translation>
    </message>
    <message>
        <source>consent confirmed</source>
        <translation>επιβεβαίωση συγκατάθεσης</translation>
    </message>
    <message>
        <source>area</source>
        <translation>περιοχή</translation>
    </message>
    <message>
        <source>area detail</source>
        <translation>λεπτομέρεια περιοχής</translation>
    </message>
    <message>
        <source>technique</source>
        <translation>τεχνική</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>βάθος</translation>
    </message>
    <message>
        <source>needle gauge</source>
        <translation>διάμετρος βελόνας</translation>
    </message>
    <message>
        <source>needle length</source>
        <translation>μήκος βελόνας</translation>
    </message>
    <message>
        <source>method</source>
        <translation>μέθοδος</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>ταχύτητα</translation>
    </message>
    <message>
        <source>needles</source>
        <translation>βελόνες</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>περάσματα</translation>
    </message>
    <message>
        <source>solution of %1</source>
        <translation>διάλυμα του προϊόντος %1</translation>
    </message>
    <message>
        <source>volume of %1</source>
        <translation>όγκος του προϊόντος %1</translation>
    </message>
    <message>
        <source>units of %1</source>
        <translation>μονάδες του προϊόντος %1</translation>
    </message>
    <message>
        <source>name of %1</source>
        <translation>όνομα του προϊόντος %1</translation>
    </message>
    <message>
        <source>concentration of %1</source>
        <translation>συγκέντρωση του προϊόντος %1</translation>
    </message>
    <message>
        <source>lot of %1</source>
        <translation>παρτίδα του προϊόντος %1</translation>
    </message>
    <message>
        <source>expiry of %1</source>
        <translation>λήξη του προϊόντος %1</translation>
    </message>
    <message>
        <source>reaction %1</source>
        <translation>αντίδραση %1</translation>
    </message>
    <message>
        <source>severity of %1</source>
        <translation>βαρύτητα της αντίδρασης %1</translation>
    </message>
    <message>
        <source>onset of %1</source>
        <translation>έναρξη της αντίδρασης %1</translation>
    </message>
    <message>
        <source>%1 resolved on</source>
        <translation>ημερομηνία υποχώρησης της αντίδρασης %1</translation>
    </message>
    <message>
        <source>reason for going ahead</source>
        <translation>αιτιολογία χορήγησης παρά την προειδοποίηση</translation>
    </message>
    <message>
        <source>warning given anyway</source>
        <translation>προειδοποίηση που παρακάμφθηκε</translation>
    </message>
    <message>
        <source>a course not listed</source>
        <translation>θεραπευτικό πρόγραμμα εκτός λίστας</translation>
    </message>
    <message>
        <source>outside courses</source>
        <translation>εκτός θεραπευτικού προγράμματος</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>δεν ρωτήθηκε</translation>
    </message>
    <message>
        <source>none</source>
        <translation>κανένα</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ναι</translation>
    </message>
    <message>
        <source>no</source>
        <translation>όχι</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>%1 ml</source>
        <translation>%1 ml</translation>
    </message>
    <message>
        <source>%1G</source>
        <translation>%1G</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <source>%1 days before</source>
        <translation>%1 ημέρες πριν</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <source>Chart</source>
        <translation>Διάγραμμα</translation>
    </message>
    <message>
        <source>Click a zone to mark it on its area&apos;s line, again to unmark it.
P: points mode, where a click in a marked zone drops a point.
Page Down, Page Up: pick a point; arrows move it (Shift: further); Delete removes it.</source>
        <translation>Κάντε κλικ σε μια ζώνη για να τη σημειώσετε στη γραμμή της περιοχής της, και ξανά για να αφαιρέσετε τη σήμανση.
P: λειτουργία σημείων, όπου ένα κλικ σε σημειωμένη ζώνη τοποθετεί σημείο.
Page Down, Page Up: επιλογή σημείου· τα βέλη το μετακινούν (Shift: περισσότερο)· το Delete το διαγράφει.</translation>
    </message>
    <message>
        <source>Delete point %1</source>
        <translation>Διαγραφή σημείου %1</translation>
    </message>
</context>
<context>
    <name>ChartChangeTexts</name>
    <message>
        <source>zone added: %1</source>
        <translation>προστέθηκε ζώνη: %1</translation>
    </message>
    <message>
        <source>zone removed: %1</source>
        <translation>αφαιρέθηκε ζώνη: %1</translation>
    </message>
    <message>
        <source>point %1 moved</source>
        <translation>το σημείο %1 μετακινήθηκε</translation>
    </message>
    <message>
        <source>point %1: amount %2 → %3</source>
        <translation>σημείο %1: ποσότητα %2 → %3</translation>
    </message>
    <message>
        <source>point %1: product %2 → %3</source>
        <translation>σημείο %1: προϊόν %2 → %3</translation>
    </message>
    <message>
        <source>%1 · %2 of %3</source>
        <translation>%1 · %2 από %3</translation>
    </message>
    <message>
        <source>point %1 added: %2</source>
        <translation>προστέθηκε το σημείο %1: %2</translation>
    </message>
    <message>
        <source>point %1 removed: %2</source>
        <translation>αφαιρέθηκε το σημείο %1: %2</translation>
    </message>
    <message>
        <source>%1 ml</source>
        <translation>%1 ml</translation>
    </message>
    <message>
        <source>product %1</source>
        <translation>προϊόν %1</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Click inside a zone to mark it on its area&apos;s line.</source>
        <translation>Κάντε κλικ μέσα σε μια ζώνη για να τη σημειώσετε στη γραμμή της περιοχής της.</translation>
    </message>
    <message>
        <source>Line %1 added for %2, marked on the chart.</source>
        <translation>Προστέθηκε η γραμμή %1 για τη ζώνη %2, η οποία σημειώθηκε στο διάγραμμα.</translation>
    </message>
    <message>
        <source>%1 unmarked on line %2.</source>
        <translation>%1: αφαιρέθηκε η σήμανση από τη γραμμή %2.</translation>
    </message>
    <message>
        <source>%1 marked on line %2.</source>
        <translation>%1: σημειώθηκε στη γραμμή %2.</translation>
    </message>
    <message>
        <source>No point there: a point goes inside a zone its line marks. Leave points mode (P) and click the zone to mark it first.</source>
        <translation>Δεν μπορεί να μπει σημείο εκεί: ένα σημείο μπαίνει μέσα σε ζώνη που έχει σημειώσει η γραμμή του. Βγείτε από τη λειτουργία σημείων (P) και κάντε πρώτα κλικ στη ζώνη για να τη σημειώσετε.</translation>
    </message>
    <message>
        <source>No point there: %1 is not marked. Leave points mode (P) and click it first.</source>
        <translation>Δεν μπορεί να μπει σημείο εκεί: η ζώνη %1 δεν είναι σημειωμένη. Βγείτε από τη λειτουργία σημείων (P) και κάντε πρώτα κλικ σε αυτήν.</translation>
    </message>
    <message>
        <source>No point added: line %1 has no product yet; add the product first.</source>
        <translation>Δεν προστέθηκε σημείο: η γραμμή %1 δεν έχει ακόμη προϊόν· προσθέστε πρώτα το προϊόν.</translation>
    </message>
    <message>
        <source>No point added: type the amount of the point first.</source>
        <translation>Δεν προστέθηκε σημείο: πληκτρολογήστε πρώτα την ποσότητα του σημείου.</translation>
    </message>
    <message>
        <source>No point added: a line holds at most %1 points.</source>
        <translation>Δεν προστέθηκε σημείο: μια γραμμή έχει το πολύ %1 σημεία.</translation>
    </message>
    <message>
        <source>Point %1 added in %2.</source>
        <translation>Προστέθηκε το σημείο %1 στη ζώνη %2.</translation>
    </message>
    <message>
        <source>Point %1 selected: its product and amount are shown to change them.</source>
        <translation>Επιλέχθηκε το σημείο %1: το προϊόν και η ποσότητά του εμφανίζονται για να τα αλλάξετε.</translation>
    </message>
    <message>
        <source>Point %1 stays where it was: a point moves only within its zone (%2).</source>
        <translation>Το σημείο %1 μένει όπου ήταν: ένα σημείο μετακινείται μόνο μέσα στη ζώνη του (%2).</translation>
    </message>
    <message>
        <source>Point %1 moved.</source>
        <translation>Το σημείο %1 μετακινήθηκε.</translation>
    </message>
    <message>
        <source>Point %1 deleted.</source>
        <translation>Το σημείο %1 διαγράφηκε.</translation>
    </message>
    <message>
        <source>Line %1 stays %2: its points in %3 would be lost; delete them first.</source>
        <translation>Η γραμμή %1 παραμένει στην περιοχή «%2»: θα χάνονταν τα σημεία της (%3)· διαγράψτε τα πρώτα.</translation>
    </message>
    <message>
        <source>Unmarked on line %1, no longer its area: %2.</source>
        <translation>Αφαιρέθηκε η σήμανση από τη γραμμή %1, καθώς δεν ανήκουν πλέον στην περιοχή της: %2.</translation>
    </message>
    <message>
        <source>≤ %1 mm</source>
        <translation>≤ %1 mm</translation>
    </message>
    <message>
        <source>&gt; %1 mm</source>
        <translation>&gt; %1 mm</translation>
    </message>
    <message>
        <source>%1–%2 mm</source>
        <translation>%1–%2 mm</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Βάθος</translation>
    </message>
    <message>
        <source>Needle</source>
        <translation>Βελόνα</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>Πένα</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Μικτό</translation>
    </message>
    <message>
        <source>A zone takes its line&apos;s colour, darker deeper; mixed where two lines differ.</source>
        <translation>Μια ζώνη παίρνει το χρώμα της γραμμής της, πιο σκούρο όσο βαθύτερα· μικτό όπου δύο γραμμές διαφέρουν.</translation>
    </message>
    <message>
        <source>Line the chart shows</source>
        <translation>Γραμμή που δείχνει το διάγραμμα</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Σχεδιάγραμμα</translation>
    </message>
    <message>
        <source>Injection points mode</source>
        <translation>Λειτουργία σημείων έγχυσης</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Σημεία</translation>
    </message>
    <message>
        <source>Injection points (%1, or P on the chart): a click in a marked zone drops a point of the product and amount beside</source>
        <translation>Σημεία έγχυσης (%1 ή P στο διάγραμμα): ένα κλικ σε σημειωμένη ζώνη τοποθετεί σημείο με το προϊόν και την ποσότητα που φαίνονται δίπλα</translation>
    </message>
    <message>
        <source>Product of the point</source>
        <translation>Προϊόν του σημείου</translation>
    </message>
    <message>
        <source>Amount of the point in millilitres</source>
        <translation>Ποσότητα του σημείου σε χιλιοστόλιτρα</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>ποσότητα</translation>
    </message>
    <message>
        <source>Chart message</source>
        <translation>Μήνυμα διαγράμματος</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Υπόμνημα</translation>
    </message>
    <message>
        <source>This chart is read-only: click a zone to see the line that marks it, a point to see its product and amount.</source>
        <translation>Αυτό το διάγραμμα είναι μόνο για ανάγνωση: κάντε κλικ σε μια ζώνη για να δείτε τη γραμμή που τη σημειώνει ή σε ένα σημείο για να δείτε το προϊόν και την ποσότητά του.</translation>
    </message>
    <message>
        <source>Click a zone to mark it; Points (%1) places injection points.</source>
        <translation>Κάντε κλικ σε μια ζώνη για να τη σημειώσετε· με τα Σημεία (%1) τοποθετείτε σημεία έγχυσης.</translation>
    </message>
    <message>
        <source>Click a zone to see the line that marks it, a point to see its product and amount.
Page Down, Page Up: pick a point.</source>
        <translation>Κάντε κλικ σε μια ζώνη για να δείτε τη γραμμή που τη σημειώνει ή σε ένα σημείο για να δείτε το προϊόν και την ποσότητά του.
Page Down, Page Up: επιλογή σημείου.</translation>
    </message>
    <message>
        <source>No line</source>
        <translation>Καμία γραμμή</translation>
    </message>
    <message>
        <source>Chart of line %1 · %2</source>
        <translation>Διάγραμμα γραμμής %1 · %2</translation>
    </message>
    <message>
        <source>Nothing changed: this chart is read-only, as the session is locked.</source>
        <translation>Δεν άλλαξε τίποτα: αυτό το διάγραμμα είναι μόνο για ανάγνωση, καθώς η συνεδρία είναι κλειδωμένη.</translation>
    </message>
    <message>
        <source>line %1, %2</source>
        <translation>γραμμή %1, %2</translation>
    </message>
    <message>
        <source>%1, depth %2</source>
        <translation>%1, βάθος %2</translation>
    </message>
    <message>
        <source>Click inside a zone to see the line that marks it.</source>
        <translation>Κάντε κλικ μέσα σε μια ζώνη για να δείτε τη γραμμή που τη σημειώνει.</translation>
    </message>
    <message>
        <source>%1: no line marks it.</source>
        <translation>%1: δεν τη σημειώνει καμία γραμμή.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Point %1: %2, %3 (%4, line %5).</source>
        <translation>Σημείο %1: %2, %3 (%4, γραμμή %5).</translation>
    </message>
    <message>
        <source>This product has injection points on the chart: delete them first.</source>
        <translation>Αυτό το προϊόν έχει σημεία έγχυσης στο διάγραμμα: διαγράψτε τα πρώτα.</translation>
    </message>
    <message>
        <source>Product %1&apos;s volume is now the sum of its points, %2 ml (%3 before; it comes back when its last point is deleted).</source>
        <translation>Ο όγκος του προϊόντος %1 είναι τώρα το άθροισμα των σημείων του, %2 ml (πριν: %3· επανέρχεται όταν διαγραφεί το τελευταίο σημείο του).</translation>
    </message>
    <message>
        <source>Product %1 has no points left: its volume is %2 again, as before.</source>
        <translation>Το προϊόν %1 δεν έχει πλέον σημεία: ο όγκος του είναι ξανά %2, όπως πριν.</translation>
    </message>
    <message>
        <source>%1 ml</source>
        <translation>%1 ml</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>κενό</translation>
    </message>
</context>
<context>
    <name>ChartSection</name>
    <message>
        <source>Face, from the front</source>
        <comment>a diagram</comment>
        <translation>Πρόσωπο, πρόσθια όψη</translation>
    </message>
    <message>
        <source>Face, left profile</source>
        <comment>a diagram</comment>
        <translation>Πρόσωπο, αριστερό προφίλ</translation>
    </message>
    <message>
        <source>Face, right profile</source>
        <comment>a diagram</comment>
        <translation>Πρόσωπο, δεξί προφίλ</translation>
    </message>
    <message>
        <source>Neck and décolletage</source>
        <comment>a diagram</comment>
        <translation>Τράχηλος και ντεκολτέ</translation>
    </message>
    <message>
        <source>Body, from the front</source>
        <comment>a diagram</comment>
        <translation>Σώμα, πρόσθια όψη</translation>
    </message>
    <message>
        <source>Body, from behind</source>
        <comment>a diagram</comment>
        <translation>Σώμα, οπίσθια όψη</translation>
    </message>
    <message>
        <source>Scalp, from above</source>
        <comment>a diagram</comment>
        <translation>Τριχωτό της κεφαλής, άνω όψη</translation>
    </message>
    <message>
        <source>{zone}, left</source>
        <comment>a zone on the patient&apos;s own left side</comment>
        <translation>{zone}, αριστερά</translation>
    </message>
    <message>
        <source>{zone}, right</source>
        <comment>a zone on the patient&apos;s own right side</comment>
        <translation>{zone}, δεξιά</translation>
    </message>
    <message>
        <source>Point</source>
        <comment>an injection point</comment>
        <translation>Σημείο</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Ζώνη</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Προϊόν</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Παρτίδα</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Ποσότητα</translation>
    </message>
    <message>
        <source>{date} (draft)</source>
        <comment>a session</comment>
        <translation>{date} (πρόχειρη)</translation>
    </message>
    <message>
        <source>Chart of session {number}, {date}</source>
        <translation>Διάγραμμα της συνεδρίας {number}, {date}</translation>
    </message>
    <message>
        <source>{numbers} and {last}</source>
        <comment>session numbers: 1–3, 5 and 7</comment>
        <translation>{numbers} και {last}</translation>
    </message>
    <message>
        <source>Chart of sessions {numbers}: one map</source>
        <translation>Κοινό διάγραμμα των συνεδριών {numbers}</translation>
    </message>
    <message>
        <source>Shade: the technique and depth of the line that marked the zone. Markers: a number alone is that injection point in every session of the chart; S2·3 is point 3 of session 2 only. Left and right are the patient&apos;s own.</source>
        <translation>Απόχρωση: η τεχνική και το βάθος της γραμμής θεραπείας που σημείωσε τη ζώνη. Σημάνσεις: ένας σκέτος αριθμός είναι το αντίστοιχο σημείο έγχυσης σε κάθε συνεδρία του διαγράμματος· το S2·3 είναι το σημείο 3 μόνο της συνεδρίας 2. Αριστερά και δεξιά είναι του ίδιου του ασθενούς.</translation>
    </message>
    <message>
        <source>Shade: the technique and depth of the line that marked the zone. Markers: the injection points, numbered in the session&apos;s order. Left and right are the patient&apos;s own.</source>
        <translation>Απόχρωση: η τεχνική και το βάθος της γραμμής θεραπείας που σημείωσε τη ζώνη. Σημάνσεις: τα σημεία έγχυσης, αριθμημένα με τη σειρά της συνεδρίας. Αριστερά και δεξιά είναι του ίδιου του ασθενούς.</translation>
    </message>
    <message>
        <source>No injection points recorded: the shaded zones were treated.</source>
        <translation>Δεν καταγράφηκαν σημεία έγχυσης: η θεραπεία έγινε στις χρωματισμένες ζώνες.</translation>
    </message>
</context>
<context>
    <name>ChartShading</name>
    <message>
        <source>up to 1 mm deep</source>
        <comment>a depth band of a chart&apos;s legend</comment>
        <translation>βάθος έως 1 mm</translation>
    </message>
    <message>
        <source>over 1 and up to 2 mm deep</source>
        <comment>a depth band of a chart&apos;s legend</comment>
        <translation>βάθος πάνω από 1 και έως 2 mm</translation>
    </message>
    <message>
        <source>over 2 mm deep</source>
        <comment>a depth band of a chart&apos;s legend</comment>
        <translation>βάθος πάνω από 2 mm</translation>
    </message>
    <message>
        <source>Needle</source>
        <comment>a technique in a chart&apos;s legend</comment>
        <translation>Βελόνα</translation>
    </message>
    <message>
        <source>Pen</source>
        <comment>a micro-needling pen, in a chart&apos;s legend</comment>
        <translation>Πένα</translation>
    </message>
    <message>
        <source>{technique}, {depth}</source>
        <comment>a chart&apos;s legend: Needle, up to 1 mm deep</comment>
        <translation>{technique}, {depth}</translation>
    </message>
    <message>
        <source>More than one technique or depth</source>
        <translation>Περισσότερες από μία τεχνικές ή βάθη</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>a zone of the {diagram} diagram</source>
        <translation>ζώνη του διαγράμματος {diagram}</translation>
    </message>
    <message>
        <source>a zone of the line&apos;s area ({area})</source>
        <translation>ζώνη της περιοχής της γραμμής θεραπείας ({area})</translation>
    </message>
    <message>
        <source>each zone once</source>
        <translation>κάθε ζώνη μία φορά</translation>
    </message>
    <message>
        <source>at most {most} a line</source>
        <comment>injection points</comment>
        <translation>το πολύ {most} ανά γραμμή θεραπείας</translation>
    </message>
    <message>
        <source>the sum of the product&apos;s injection points ({sum} ml)</source>
        <translation>το άθροισμα των σημείων έγχυσης του προϊόντος ({sum} ml)</translation>
    </message>
    <message>
        <source>one of the zones the line marks</source>
        <translation>μία από τις ζώνες που σημειώνει η γραμμή θεραπείας</translation>
    </message>
    <message>
        <source>a fraction of the diagram from 0 to 1</source>
        <translation>κλάσμα του διαγράμματος από 0 έως 1</translation>
    </message>
    <message>
        <source>a place inside the zone {zone}</source>
        <translation>θέση μέσα στη ζώνη {zone}</translation>
    </message>
    <message numerus="yes">
        <source>the position of one of the line&apos;s %n products (from 0)</source>
        <translation>
            <numerusform>η θέση του %n προϊόντος της γραμμής θεραπείας (από το 0)</numerusform>
            <numerusform>η θέση ενός από τα %n προϊόντα της γραμμής θεραπείας (από το 0)</numerusform>
        </translation>
    </message>
    <message>
        <source>a product first</source>
        <comment>a line needs one before a point names it</comment>
        <translation>πρώτα ένα προϊόν</translation>
    </message>
    <message numerus="yes">
        <source>at most %n decimal places</source>
        <translation>
            <numerusform>το πολύ %n δεκαδικό ψηφίο</numerusform>
            <numerusform>το πολύ %n δεκαδικά ψηφία</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>migration {revision}, newest {head}</source>
        <translation>μετάβαση σχήματος {revision}, νεότερη {head}</translation>
    </message>
    <message>
        <source>SQLite {version} (sqlcipher3 driver)</source>
        <translation>SQLite {version} (οδηγός sqlcipher3)</translation>
    </message>
    <message>
        <source>on</source>
        <comment>foreign keys: checked</comment>
        <translation>ενεργά</translation>
    </message>
    <message>
        <source>off</source>
        <translation>ανενεργά</translation>
    </message>
    <message>
        <source>ok</source>
        <comment>no broken reference</comment>
        <translation>εντάξει</translation>
    </message>
    <message>
        <source>{count} broken references</source>
        <translation>{count} σπασμένες αναφορές</translation>
    </message>
    <message>
        <source>compared at the newest schema only: open the database in mesolog</source>
        <translation>η σύγκριση γίνεται μόνο στο νεότερο σχήμα: ανοίξτε τη βάση δεδομένων στο mesolog</translation>
    </message>
    <message>
        <source>{name} on {table}: {fault}</source>
        <translation>{name} στον πίνακα {table}: {fault}</translation>
    </message>
    <message>
        <source>{name}: {fault}</source>
        <translation>{name}: {fault}</translation>
    </message>
    <message>
        <source>all {triggers} triggers guarding the records are as mesolog made them</source>
        <translation>και τα {triggers} εναύσματα (triggers) που προστατεύουν τις καταχωρίσεις είναι όπως τα δημιούργησε το mesolog</translation>
    </message>
    <message>
        <source>all {triggers} triggers and {functions} functions guarding the records are as mesolog made them</source>
        <translation>και τα {triggers} εναύσματα (triggers) και οι {functions} συναρτήσεις που προστατεύουν τις καταχωρίσεις είναι όπως τα δημιούργησε το mesolog</translation>
    </message>
    <message>
        <source>every product use&apos;s name and lot key is current</source>
        <translation>το κλειδί αναζήτησης ονόματος και παρτίδας κάθε χρήσης προϊόντος είναι ενημερωμένο</translation>
    </message>
    <message>
        <source>{count} product spellings</source>
        <translation>{count} γραφές ονομάτων προϊόντων</translation>
    </message>
    <message>
        <source>{count} lot spellings</source>
        <translation>{count} γραφές αριθμών παρτίδας</translation>
    </message>
    <message>
        <source>{spellings} have a search key that is not theirs: a recall would leave their uses out</source>
        <translation>{spellings} έχουν κλειδί αναζήτησης που δεν τους αντιστοιχεί: μια ανάκληση θα παρέλειπε τις χρήσεις τους</translation>
    </message>
    <message>
        <source>the database, its copies and backups are private</source>
        <translation>η βάση δεδομένων, τα αντίγραφά της και τα αντίγραφα ασφαλείας είναι ιδιωτικά</translation>
    </message>
    <message>
        <source>the folder {path} ({mode})</source>
        <translation>ο φάκελος αρχείων {path} ({mode})</translation>
    </message>
    <message>
        <source>others on this computer may read or open: {named}; make files 0600 and folders 0700 (chmod)</source>
        <translation>άλλοι χρήστες αυτού του υπολογιστή μπορούν να διαβάσουν ή να ανοίξουν: {named}· ορίστε δικαιώματα 0600 στα αρχεία και 0700 στους φακέλους αρχείων (chmod)</translation>
    </message>
</context>
<context>
    <name>Clinic</name>
    <message>
        <source>Give the server&apos;s password with PGPASSWORD, ~/.pgpass or a service file, or on standard input with --db-password-stdin; never in the URL.</source>
        <translation>Δώστε τον κωδικό πρόσβασης του διακομιστή με το PGPASSWORD, το ~/.pgpass ή ένα αρχείο υπηρεσίας (service file), ή στην τυπική είσοδο με το --db-password-stdin· ποτέ μέσα στο URL.</translation>
    </message>
    <message>
        <source>{display_location} is an SQLite file: it has no server password (--db-password-stdin is for PostgreSQL). Nothing was read or changed.</source>
        <translation>Το {display_location} είναι αρχείο SQLite: δεν έχει κωδικό πρόσβασης διακομιστή (το --db-password-stdin είναι για PostgreSQL). Δεν διαβάστηκε ούτε άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>{display_location} holds a password already: leave it out of the URL.</source>
        <translation>Το {display_location} περιέχει ήδη κωδικό πρόσβασης: αφαιρέστε τον από το URL.</translation>
    </message>
    <message>
        <source>{database} is neither a file path nor a database URL ({error})</source>
        <translation>Το {database} δεν είναι ούτε διαδρομή αρχείου ούτε URL βάσης δεδομένων ({error})</translation>
    </message>
    <message>
        <source>No active, unlocked account has the username {username}.</source>
        <translation>Δεν υπάρχει ενεργός, ξεκλείδωτος λογαριασμός με όνομα χρήστη {username}.</translation>
    </message>
    <message>
        <source>There is no database at {path}. Create one with `mesolog --db {path} init`.</source>
        <translation>Δεν υπάρχει βάση δεδομένων στη θέση {path}. Δημιουργήστε μία με `mesolog --db {path} init`.</translation>
    </message>
    <message>
        <source>Cannot create the folder {parent}: {error}</source>
        <translation>Δεν είναι δυνατή η δημιουργία του φακέλου {parent}: {error}</translation>
    </message>
    <message>
        <source>{url} is neither a file path nor a database URL mesolog can open ({error})</source>
        <translation>Το {url} δεν είναι ούτε διαδρομή αρχείου ούτε URL βάσης δεδομένων που μπορεί να ανοίξει το mesolog ({error})</translation>
    </message>
    <message>
        <source>Cannot read {path}: {strerror}</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του {path}: {strerror}</translation>
    </message>
    <message>
        <source>a whole number of minutes from {low} to {high}</source>
        <translation>ακέραιος αριθμός λεπτών από {low} έως {high}</translation>
    </message>
</context>
<context>
    <name>ClinicGroup</name>
    <message>
        <source>Clinic</source>
        <translation>Ιατρείο</translation>
    </message>
    <message>
        <source>These details head the treatment summaries.</source>
        <translation>Αυτά τα στοιχεία εμφανίζονται στην κεφαλίδα των συνόψεων θεραπείας.</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Όνομα ιατρείου</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Διεύθυνση</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ηλ. ταχυδρομείο</translation>
    </message>
    <message>
        <source>reception@example.org</source>
        <translation>reception@example.org</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Όν&amp;ομα:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Διεύθυνση:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Τηλέφωνο:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Ηλ. ταχυδρομείο:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Νόμισμα:</translation>
    </message>
</context>
<context>
    <name>ClinicalCopy</name>
    <message>
        <source>not recorded</source>
        <comment>a patient&apos;s detail</comment>
        <translation>δεν καταγράφηκε</translation>
    </message>
    <message>
        <source>none recorded</source>
        <comment>a patient&apos;s medication, consent</comment>
        <translation>δεν έχει καταγραφεί</translation>
    </message>
    <message>
        <source>signed {date}</source>
        <comment>a consent form</comment>
        <translation>υπογράφηκε στις {date}</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Φύλο</translation>
    </message>
    <message>
        <source>Skin type</source>
        <translation>Φωτότυπος</translation>
    </message>
    <message>
        <source>Fitzpatrick {type}</source>
        <translation>Fitzpatrick {type}</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Φαρμακευτική αγωγή</translation>
    </message>
    <message>
        <source>Consent on file</source>
        <translation>Συγκατάθεση στον φάκελο</translation>
    </message>
    <message>
        <source>Medical history:</source>
        <translation>Ιατρικό ιστορικό:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <comment>the patient&apos;s</comment>
        <translation>Σημειώσεις:</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare photos</source>
        <translation>Σύγκριση φωτογραφιών</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Υπέρθεση</translation>
    </message>
    <message>
        <source>Earlier photo</source>
        <translation>Παλαιότερη φωτογραφία</translation>
    </message>
    <message>
        <source>Later photo</source>
        <translation>Νεότερη φωτογραφία</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Εμφάνιση</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Δίπλα-δίπλα</translation>
    </message>
    <message>
        <source>Overlay: fade</source>
        <translation>Υπέρθεση: διαφάνεια</translation>
    </message>
    <message>
        <source>Overlay: wipe</source>
        <translation>Υπέρθεση: συρόμενη γραμμή</translation>
    </message>
    <message>
        <source>&amp;Left:</source>
        <translation>&amp;Αριστερά:</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>&amp;Δεξιά:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Εμφάνιση:</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Αριστερά</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Δεξιά</translation>
    </message>
    <message>
        <source>Left: %1     Right: %2</source>
        <translation>Αριστερά: %1     Δεξιά: %2</translation>
    </message>
    <message>
        <source>How much of the right photo shows</source>
        <translation>Πόσο φαίνεται η δεξιά φωτογραφία</translation>
    </message>
    <message>
        <source>Where the line between the photos stands</source>
        <translation>Πού βρίσκεται η γραμμή ανάμεσα στις φωτογραφίες</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>What happened</source>
        <translation>Τι συνέβη</translation>
    </message>
    <message>
        <source>Other changes</source>
        <translation>Άλλες αλλαγές</translation>
    </message>
    <message>
        <source>&amp;Use theirs and keep editing</source>
        <translation>&amp;Χρήση των τιμών τους και συνέχιση της επεξεργασίας</translation>
    </message>
    <message>
        <source>The form takes the values saved now; what you typed stays in this window, beside it, until you close it. Nothing is saved until you save again.</source>
        <translation>Η φόρμα παίρνει τις τιμές που αποθηκεύτηκαν τώρα· ό,τι πληκτρολογήσατε μένει σε αυτό το παράθυρο, δίπλα της, μέχρι να το κλείσετε. Τίποτα δεν αποθηκεύεται μέχρι να αποθηκεύσετε ξανά.</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Διατήρηση των δικών μου</translation>
    </message>
    <message>
        <source>Saves what you typed in these fields over their change (their changes of other fields stay).</source>
        <translation>Αποθηκεύει ό,τι πληκτρολογήσατε σε αυτά τα πεδία στη θέση της δικής τους αλλαγής (οι αλλαγές τους σε άλλα πεδία παραμένουν).</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Πεδίο</translation>
    </message>
    <message>
        <source>What you typed</source>
        <translation>Τι πληκτρολογήσατε</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>someone else</source>
        <comment>who changed a record</comment>
        <translation>κάποιος άλλος</translation>
    </message>
    <message>
        <source>Not saved: the {record} was changed by {who} at {time} UTC after you opened it (version {read}, now {now}).</source>
        <translation>Δεν αποθηκεύτηκε: αφού ανοίξατε τα στοιχεία ({record}), τα άλλαξε {who} στις {time} UTC (έκδοση {read}, τώρα {now}).</translation>
    </message>
    <message>
        <source>Not saved: the {record} was changed by {who} after you opened it (version {read}, now {now}).</source>
        <translation>Δεν αποθηκεύτηκε: αφού ανοίξατε τα στοιχεία ({record}), τα άλλαξε {who} (έκδοση {read}, τώρα {now}).</translation>
    </message>
    <message>
        <source>You both changed: {fields}.</source>
        <translation>Αλλάξατε και οι δύο: {fields}.</translation>
    </message>
    <message>
        <source>They changed: {fields}.</source>
        <translation>Ο άλλος χρήστης άλλαξε: {fields}.</translation>
    </message>
    <message>
        <source>Reload it to see the new values beside yours, then save again.</source>
        <translation>Φορτώστε τα ξανά για να δείτε τις νέες τιμές δίπλα στις δικές σας και, στη συνέχεια, αποθηκεύστε ξανά.</translation>
    </message>
</context>
<context>
    <name>ConsentRow</name>
    <message>
        <source>%1 is too long ago for a consent: %2 at the earliest.</source>
        <translation>Η ημερομηνία %1 είναι πολύ παλιά για συγκατάθεση: το νωρίτερο %2.</translation>
    </message>
    <message>
        <source>%1 is in the future: a consent is signed today (%2) at the latest.</source>
        <translation>Η ημερομηνία %1 είναι στο μέλλον: μια συγκατάθεση υπογράφεται το αργότερο σήμερα (%2).</translation>
    </message>
</context>
<context>
    <name>CourseCard</name>
    <message>
        <source>every %1 days, then %2 in maintenance</source>
        <translation>κάθε %1 ημέρες, έπειτα κάθε %2 στη συντήρηση</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 από %2</translation>
    </message>
    <message>
        <source>Sessions done</source>
        <translation>Συνεδρίες που έγιναν</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 συνεδρίες</translation>
    </message>
    <message>
        <source>%1 sessions + %2 maintenance</source>
        <translation>%1 συνεδρίες + %2 συντήρησης</translation>
    </message>
    <message>
        <source>1 unsigned draft</source>
        <translation>1 μη υπογεγραμμένη πρόχειρη</translation>
    </message>
    <message numerus="yes">
        <source>%n unsigned drafts</source>
        <translation>
            <numerusform>%n μη υπογεγραμμένη πρόχειρη</numerusform>
            <numerusform>%n μη υπογεγραμμένες πρόχειρες</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, not counting %2</source>
        <translation>%1, εκτός μέτρησης: %2</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Ακυρωμένο</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Διακοπέν</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Ολοκληρωμένο</translation>
    </message>
    <message>
        <source>%1 phase</source>
        <translation>Φάση: %1</translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation>Ακυρωμένο: %1</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Διακοπέν: %1</translation>
    </message>
    <message>
        <source>✓ Completed</source>
        <translation>✓ Ολοκληρωμένο</translation>
    </message>
    <message>
        <source>✓ All planned sessions done; mark the course complete</source>
        <translation>✓ Ολοκληρώθηκαν όλες οι προγραμματισμένες συνεδρίες· σημειώστε το θεραπευτικό πρόγραμμα ως ολοκληρωμένο</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 ημέρα</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n ημέρα</numerusform>
            <numerusform>%n ημέρες</numerusform>
        </translation>
    </message>
    <message>
        <source>All planned sessions done · ⚠ maintenance overdue since %1 (%2)</source>
        <translation>Ολοκληρώθηκαν όλες οι προγραμματισμένες συνεδρίες · ⚠ η συντήρηση είναι εκπρόθεσμη από %1 (%2)</translation>
    </message>
    <message>
        <source>⚠ Overdue since %1 (%2)</source>
        <translation>⚠ Εκπρόθεσμη από %1 (%2)</translation>
    </message>
    <message>
        <source>All planned sessions done · next maintenance session due %1 (%2)</source>
        <translation>Ολοκληρώθηκαν όλες οι προγραμματισμένες συνεδρίες · επόμενη συνεδρία συντήρησης: %1 (%2)</translation>
    </message>
    <message>
        <source>Next session due %1 (%2)</source>
        <translation>Επόμενη συνεδρία: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>%1 days</source>
        <translation>%1 ημέρες</translation>
    </message>
    <message>
        <source>None: planned by hand</source>
        <translation>Κανένα: χειροκίνητος σχεδιασμός</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Ένδειξη</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Περιοχές</translation>
    </message>
    <message>
        <source>Planned sessions</source>
        <translation>Προγραμματισμένες συνεδρίες</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Ημερομηνία έναρξης</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Πρωτόκολλο</translation>
    </message>
    <message>
        <source>First interval</source>
        <translation>Πρώτο μεσοδιάστημα</translation>
    </message>
    <message>
        <source>Maintenance interval</source>
        <translation>Μεσοδιάστημα συντήρησης</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>From template</source>
        <translation>Από πρότυπο</translation>
    </message>
    <message>
        <source>Edit course plan</source>
        <translation>Επεξεργασία πλάνου θεραπευτικού προγράμματος</translation>
    </message>
    <message>
        <source>Plan a course</source>
        <translation>Σχεδιασμός θεραπευτικού προγράμματος</translation>
    </message>
    <message>
        <source>this course</source>
        <translation>αυτό το θεραπευτικό πρόγραμμα</translation>
    </message>
    <message>
        <source>days</source>
        <translation>ημέρες</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>συνεδρίες</translation>
    </message>
    <message>
        <source>Days between sessions at first</source>
        <translation>Ημέρες μεταξύ των συνεδριών στην αρχική φάση</translation>
    </message>
    <message>
        <source>Days between maintenance sessions</source>
        <translation>Ημέρες μεταξύ των συνεδριών συντήρησης</translation>
    </message>
    <message>
        <source>e.g. HA 1% + vitamins, nappage</source>
        <translation>π.χ. HA 1% + βιταμίνες, nappage</translation>
    </message>
    <message>
        <source>The day the course starts is required</source>
        <translation>Η ημερομηνία έναρξης του θεραπευτικού προγράμματος είναι υποχρεωτική</translation>
    </message>
    <message>
        <source>From &amp;template:</source>
        <translation>Από &amp;πρότυπο:</translation>
    </message>
    <message>
        <source>&amp;Indication:</source>
        <translation>Έ&amp;νδειξη:</translation>
    </message>
    <message>
        <source>&amp;Areas:</source>
        <translation>Περι&amp;οχές:</translation>
    </message>
    <message>
        <source>&amp;Planned sessions:</source>
        <translation>Προγραμματισμένες &amp;συνεδρίες:</translation>
    </message>
    <message>
        <source>guide: 5–10 sessions</source>
        <translation>ενδεικτικά: 5–10 συνεδρίες</translation>
    </message>
    <message>
        <source>&amp;First interval:</source>
        <translation>Πρώτο &amp;μεσοδιάστημα:</translation>
    </message>
    <message>
        <source>guide: 10–14 days</source>
        <translation>ενδεικτικά: 10–14 ημέρες</translation>
    </message>
    <message>
        <source>&amp;Maintenance interval:</source>
        <translation>Μεσοδιάστημα σ&amp;υντήρησης:</translation>
    </message>
    <message>
        <source>guide: 3–4 weeks</source>
        <translation>ενδεικτικά: 3–4 εβδομάδες</translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation>Πρω&amp;τόκολλο:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Ημερομηνία έναρξης:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Ση&amp;μειώσεις:</translation>
    </message>
</context>
<context>
    <name>CourseMapView</name>
    <message>
        <source>&lt;b&gt;Map of the course&lt;/b&gt;</source>
        <translation>&lt;b&gt;Χάρτης του θεραπευτικού προγράμματος&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Υπόμνημα</translation>
    </message>
    <message>
        <source>Zones treated</source>
        <translation>Ζώνες θεραπείας</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Ζώνη</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Φορές</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <source>How many signed sessions treated the zone</source>
        <translation>Σε πόσες υπογεγραμμένες συνεδρίες έγινε θεραπεία στη ζώνη</translation>
    </message>
    <message>
        <source>The volume the injection points in the zone add up to</source>
        <translation>Ο συνολικός όγκος των σημείων έγχυσης στη ζώνη</translation>
    </message>
    <message>
        <source>No signed session yet.</source>
        <translation>Δεν υπάρχει ακόμη υπογεγραμμένη συνεδρία.</translation>
    </message>
    <message>
        <source>1 signed session</source>
        <translation>1 υπογεγραμμένη συνεδρία</translation>
    </message>
    <message numerus="yes">
        <source>%n signed sessions</source>
        <translation>
            <numerusform>%n υπογεγραμμένη συνεδρία</numerusform>
            <numerusform>%n υπογεγραμμένες συνεδρίες</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, none charted</source>
        <translation>%1, καμία με διάγραμμα</translation>
    </message>
    <message>
        <source>%1 · %2 charted</source>
        <translation>%1 · %2 με διάγραμμα</translation>
    </message>
    <message>
        <source>%1, without points</source>
        <translation>%1, χωρίς σημεία</translation>
    </message>
    <message numerus="yes">
        <source>%1: treated in %2 of %n signed sessions</source>
        <translation>
            <numerusform>%1: θεραπεία σε %2 από %n υπογεγραμμένη συνεδρία</numerusform>
            <numerusform>%1: θεραπεία σε %2 από %n υπογεγραμμένες συνεδρίες</numerusform>
        </translation>
    </message>
    <message>
        <source>No injection point placed there.</source>
        <translation>Δεν τοποθετήθηκε σημείο έγχυσης εκεί.</translation>
    </message>
    <message>
        <source>%1 placed by injection points</source>
        <translation>%1 τοποθετήθηκαν με σημεία έγχυσης</translation>
    </message>
    <message>
        <source>Sessions: %1</source>
        <translation>Συνεδρίες: %1</translation>
    </message>
    <message>
        <source>%1 of products used in %2 without injection points: the record does not say on which zones of the area, so it is not shared among them.</source>
        <translation>%1 προϊόντων χρησιμοποιήθηκαν στην περιοχή «%2» χωρίς σημεία έγχυσης: ο φάκελος δεν αναφέρει σε ποιες ζώνες της περιοχής, γι&apos; αυτό δεν κατανέμονται μεταξύ τους.</translation>
    </message>
</context>
<context>
    <name>CoursePanel</name>
    <message>
        <source>&lt;b&gt;Courses&lt;/b&gt;</source>
        <translation>&lt;b&gt;Θεραπευτικά προγράμματα&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Plan course…</source>
        <translation>Σχεδιασμός θεραπευτικού προγράμματος…</translation>
    </message>
    <message>
        <source>Plan a course</source>
        <translation>Σχεδιασμός θεραπευτικού προγράμματος</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Θεραπευτικά προγράμματα</translation>
    </message>
    <message>
        <source>No course planned yet.</source>
        <translation>Δεν έχει σχεδιαστεί ακόμη θεραπευτικό πρόγραμμα.</translation>
    </message>
    <message>
        <source>Switch to &amp;maintenance</source>
        <translation>Μετάβαση σε σ&amp;υντήρηση</translation>
    </message>
    <message>
        <source>Edit pla&amp;n…</source>
        <translation>Επεξεργασία &amp;πλάνου…</translation>
    </message>
    <message>
        <source>Mar&amp;k completed</source>
        <translation>Σήμανση ως &amp;ολοκληρωμένο</translation>
    </message>
    <message>
        <source>S&amp;top…</source>
        <translation>&amp;Διακοπή…</translation>
    </message>
    <message>
        <source>Switch to maintenance</source>
        <translation>Μετάβαση σε συντήρηση</translation>
    </message>
    <message>
        <source>Complete course</source>
        <translation>Ολοκλήρωση θεραπευτικού προγράμματος</translation>
    </message>
    <message numerus="yes">
        <source>Mark “%1” complete after %2 of %n sessions? It will no longer be due.</source>
        <translation>
            <numerusform>Θέλετε να σημειώσετε το «%1» ως ολοκληρωμένο, με %2 από %n συνεδρία; Δεν θα αναμένεται πλέον επόμενη συνεδρία.</numerusform>
            <numerusform>Θέλετε να σημειώσετε το «%1» ως ολοκληρωμένο, με %2 από %n συνεδρίες; Δεν θα αναμένεται πλέον επόμενη συνεδρία.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop course</source>
        <translation>Διακοπή θεραπευτικού προγράμματος</translation>
    </message>
    <message>
        <source>Why is “%1” stopped? (kept in the course notes)</source>
        <translation>Γιατί διακόπτεται το «%1»; (καταγράφεται στις σημειώσεις του θεραπευτικού προγράμματος)</translation>
    </message>
</context>
<context>
    <name>CoursePhase</name>
    <message>
        <source>Initial</source>
        <comment>a course&apos;s phase</comment>
        <translation>Αρχική φάση</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <comment>a course&apos;s phase</comment>
        <translation>Συντήρηση</translation>
    </message>
</context>
<context>
    <name>CourseStatus</name>
    <message>
        <source>Active</source>
        <comment>a course of sessions</comment>
        <translation>Ενεργό</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>a course of sessions</comment>
        <translation>Ολοκληρωμένο</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>a course of sessions</comment>
        <translation>Διακοπέν</translation>
    </message>
</context>
<context>
    <name>Courses</name>
    <message>
        <source>No course has the id {course_id}.</source>
        <translation>Δεν υπάρχει θεραπευτικό πρόγραμμα με αναγνωριστικό {course_id}.</translation>
    </message>
    <message>
        <source>The course {course_id} was voided.</source>
        <translation>Το θεραπευτικό πρόγραμμα {course_id} έχει ακυρωθεί.</translation>
    </message>
    <message>
        <source>a date on or before the course&apos;s first session ({first_session})</source>
        <translation>ημερομηνία έως και την ημέρα της πρώτης συνεδρίας του θεραπευτικού προγράμματος ({first_session})</translation>
    </message>
    <message>
        <source>The course is in maintenance since {day}.</source>
        <translation>Το θεραπευτικό πρόγραμμα βρίσκεται σε φάση συντήρησης από {day}.</translation>
    </message>
    <message>
        <source>a date after the course began</source>
        <translation>ημερομηνία μετά την έναρξη του θεραπευτικού προγράμματος</translation>
    </message>
    <message>
        <source>at most {max} characters (the notes hold the rest)</source>
        <translation>το πολύ {max} χαρακτήρες (τα υπόλοιπα μπαίνουν στις σημειώσεις)</translation>
    </message>
    <message>
        <source>The course&apos;s patient was voided; their records no longer change.</source>
        <translation>Ο ασθενής του θεραπευτικού προγράμματος έχει ακυρωθεί· ο φάκελός του δεν αλλάζει πλέον.</translation>
    </message>
    <message>
        <source>The course is {status}; only an active course changes.</source>
        <translation>Το θεραπευτικό πρόγραμμα είναι {status}· μόνο ένα ενεργό θεραπευτικό πρόγραμμα μπορεί να αλλάξει.</translation>
    </message>
    <message>
        <source>a protocol template of the clinic</source>
        <translation>πρότυπο πρωτοκόλλου του ιατρείου</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <source>an ISO 4217 currency code such as EUR, USD or GBP, or none</source>
        <translation>κωδικός νομίσματος ISO 4217, όπως EUR, USD ή GBP, ή κανένας</translation>
    </message>
</context>
<context>
    <name>CurrencyRow</name>
    <message>
        <source>Currency</source>
        <translation>Νόμισμα</translation>
    </message>
    <message>
        <source>none</source>
        <translation>κανένα</translation>
    </message>
    <message>
        <source>prices and estimates name no currency</source>
        <translation>οι τιμές και οι εκτιμήσεις κόστους δεν αναφέρουν νόμισμα</translation>
    </message>
    <message>
        <source>not a currency code</source>
        <translation>δεν είναι κωδικός νομίσματος</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the lock file {path}: {strerror}</source>
        <translation>Δεν είναι δυνατό το άνοιγμα του αρχείου κλειδώματος {path}: {strerror}</translation>
    </message>
    <message>
        <source>The chart of treatment line {line} is not as mesolog writes charts: it was changed outside mesolog. `mesolog audit verify` names its session.</source>
        <translation>Το διάγραμμα της γραμμής θεραπείας {line} δεν είναι όπως γράφει τα διαγράμματα το mesolog: τροποποιήθηκε εκτός mesolog. Η εντολή `mesolog audit verify` αναφέρει τη συνεδρία του.</translation>
    </message>
    <message>
        <source>Another workstation changed the same record at the same moment; nothing was saved, please try again.</source>
        <translation>Ένας άλλος σταθμός εργασίας άλλαξε την ίδια καταχώριση την ίδια στιγμή· δεν αποθηκεύτηκε τίποτα, δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>The database refused to change a signed session (signed records are locked; a correction is an amendment). Nothing was saved.</source>
        <translation>Η βάση δεδομένων αρνήθηκε να αλλάξει μια υπογεγραμμένη συνεδρία (οι υπογεγραμμένες καταχωρίσεις είναι κλειδωμένες· κάθε αλλαγή γίνεται με διόρθωση). Δεν αποθηκεύτηκε τίποτα.</translation>
    </message>
    <message>
        <source>Another workstation changed the same records at the same moment; nothing was saved, please try again. ({reason})</source>
        <translation>Ένας άλλος σταθμός εργασίας άλλαξε τις ίδιες καταχωρίσεις την ίδια στιγμή· δεν αποθηκεύτηκε τίποτα, δοκιμάστε ξανά. ({reason})</translation>
    </message>
    <message>
        <source>Another workstation was saving at the same moment; nothing was saved, please try again.</source>
        <translation>Ένας άλλος σταθμός εργασίας αποθήκευε την ίδια στιγμή· δεν αποθηκεύτηκε τίποτα, δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>{where} is not a usable database: {reason}</source>
        <translation>Το {where} δεν είναι βάση δεδομένων που μπορεί να χρησιμοποιηθεί: {reason}</translation>
    </message>
    <message>
        <source>The database {where} is full: there is no room left on its disk. Nothing was saved. Free some disk space, then try again. ({reason})</source>
        <translation>Η βάση δεδομένων {where} είναι πλήρης: δεν υπάρχει ελεύθερος χώρος στον δίσκο της. Δεν αποθηκεύτηκε τίποτα. Ελευθερώστε χώρο στον δίσκο και δοκιμάστε ξανά. ({reason})</translation>
    </message>
    <message>
        <source>The disk holding the database {where} failed to read or write ({reason}). A change being saved may not have been stored. The disk may be full, failing or disconnected: check it, then look whether the change is there before trying again.</source>
        <translation>Ο δίσκος της βάσης δεδομένων {where} απέτυχε σε ανάγνωση ή εγγραφή ({reason}). Μια αλλαγή που αποθηκευόταν μπορεί να μην έχει αποθηκευτεί. Ο δίσκος μπορεί να είναι γεμάτος, να έχει βλάβη ή να έχει αποσυνδεθεί: ελέγξτε τον και, πριν δοκιμάσετε ξανά, δείτε αν η αλλαγή υπάρχει.</translation>
    </message>
    <message>
        <source>The database {where} cannot be used: {reason}</source>
        <translation>Η βάση δεδομένων {where} δεν μπορεί να χρησιμοποιηθεί: {reason}</translation>
    </message>
    <message>
        <source>{where} is not an SQLite file: only SQLite files are encrypted by mesolog.</source>
        <translation>Το {where} δεν είναι αρχείο SQLite: το mesolog κρυπτογραφεί μόνο αρχεία SQLite.</translation>
    </message>
    <message>
        <source>Cannot create the database {where}: {reason}</source>
        <translation>Δεν είναι δυνατή η δημιουργία της βάσης δεδομένων {where}: {reason}</translation>
    </message>
    <message>
        <source>it is missing</source>
        <comment>a trigger guarding the records</comment>
        <translation>λείπει</translation>
    </message>
    <message>
        <source>its definition is not mesolog&apos;s</source>
        <translation>ο ορισμός του δεν είναι του mesolog</translation>
    </message>
    <message>
        <source>it is disabled</source>
        <comment>a trigger guarding the records</comment>
        <translation>είναι απενεργοποιημένο</translation>
    </message>
    <message>
        <source>it is not one of mesolog&apos;s triggers</source>
        <translation>δεν είναι ένα από τα εναύσματα (triggers) του mesolog</translation>
    </message>
    <message>
        <source>The database {where} was written by a newer mesolog (schema {revision}); this version knows schemas up to {head}. Update mesolog.</source>
        <translation>Η βάση δεδομένων {where} γράφτηκε από νεότερη έκδοση του mesolog (σχήμα {revision})· αυτή η έκδοση γνωρίζει σχήματα έως το {head}. Ενημερώστε το mesolog.</translation>
    </message>
    <message>
        <source>{where} holds tables but is not a mesolog database.</source>
        <translation>Το {where} περιέχει πίνακες, αλλά δεν είναι βάση δεδομένων του mesolog.</translation>
    </message>
    <message>
        <source>Cannot write the backup {file}: {reason}</source>
        <translation>Δεν είναι δυνατή η εγγραφή του αντιγράφου ασφαλείας {file}: {reason}</translation>
    </message>
    <message>
        <source>Upgrading the database from schema {revision} failed and was rolled back; the database is as it was. ({error})</source>
        <translation>Η αναβάθμιση της βάσης δεδομένων από το σχήμα {revision} απέτυχε και αναιρέθηκε· η βάση δεδομένων είναι όπως ήταν. ({error})</translation>
    </message>
    <message>
        <source>Upgrading the database from schema {revision} failed and was rolled back; the database is as it was. A copy taken before it is at {backup}. ({error})</source>
        <translation>Η αναβάθμιση της βάσης δεδομένων από το σχήμα {revision} απέτυχε και αναιρέθηκε· η βάση δεδομένων είναι όπως ήταν. Ένα αντίγραφο που λήφθηκε πριν από την αναβάθμιση βρίσκεται στο {backup}. ({error})</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Pick the day in a calendar (Alt+Down)</source>
        <translation>Επιλέξτε την ημέρα από ημερολόγιο (Alt+Κάτω βέλος)</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Store at 2–25 °C.</source>
        <translation>Φύλαξη στους 2–25 °C.</translation>
    </message>
    <message>
        <source>Not for the face.</source>
        <translation>Όχι για το πρόσωπο.</translation>
    </message>
    <message>
        <source>Clinic pharmacy</source>
        <comment>the maker of a mix made in the clinic</comment>
        <translation>Φαρμακείο της κλινικής</translation>
    </message>
    <message>
        <source>Mixed in-house weekly.</source>
        <translation>Παρασκευάζεται στην κλινική κάθε εβδομάδα.</translation>
    </message>
    <message>
        <source>Lidocaine (contact dermatitis)</source>
        <translation>Λιδοκαΐνη (δερματίτιδα εξ επαφής)</translation>
    </message>
    <message>
        <source>Nickel</source>
        <translation>Νικέλιο</translation>
    </message>
    <message>
        <source>Penicillin</source>
        <translation>Πενικιλίνη</translation>
    </message>
    <message>
        <source>Latex</source>
        <translation>Λάτεξ</translation>
    </message>
    <message>
        <source>Aspirin 100 mg daily</source>
        <translation>Ασπιρίνη 100 mg ημερησίως</translation>
    </message>
    <message>
        <source>Ibuprofen 400 mg as needed</source>
        <translation>Ιβουπροφαίνη 400 mg επί ανάγκης</translation>
    </message>
    <message>
        <source>Naproxen 250 mg as needed for back pain</source>
        <translation>Ναπροξένη 250 mg επί ανάγκης για οσφυαλγία</translation>
    </message>
    <message>
        <source>Levothyroxine 50 µg daily; Ibuprofen as needed</source>
        <translation>Λεβοθυροξίνη 50 µg ημερησίως· ιβουπροφαίνη επί ανάγκης</translation>
    </message>
    <message>
        <source>Levothyroxine 75 µg daily</source>
        <translation>Λεβοθυροξίνη 75 µg ημερησίως</translation>
    </message>
    <message>
        <source>Combined oral contraceptive</source>
        <translation>Συνδυασμένο από του στόματος αντισυλληπτικό</translation>
    </message>
    <message>
        <source>Vitamin D 1000 IU daily</source>
        <translation>Βιταμίνη D 1000 IU ημερησίως</translation>
    </message>
    <message>
        <source>Atorvastatin 10 mg daily</source>
        <translation>Ατορβαστατίνη 10 mg ημερησίως</translation>
    </message>
    <message>
        <source>Cetirizine 10 mg in spring</source>
        <translation>Σετιριζίνη 10 mg την άνοιξη</translation>
    </message>
    <message>
        <source>Hypothyroidism, well controlled</source>
        <translation>Υποθυρεοειδισμός, καλά ρυθμισμένος</translation>
    </message>
    <message>
        <source>Seasonal allergic rhinitis</source>
        <translation>Εποχική αλλεργική ρινίτιδα</translation>
    </message>
    <message>
        <source>Caesarean section 2016</source>
        <translation>Καισαρική τομή 2016</translation>
    </message>
    <message>
        <source>Rosacea, mild</source>
        <translation>Ροδόχρους ακμή, ήπια</translation>
    </message>
    <message>
        <source>Migraine</source>
        <translation>Ημικρανία</translation>
    </message>
    <message>
        <source>15 mg/ml non-cross-linked HA</source>
        <translation>15 mg/ml μη διασταυρωμένο υαλουρονικό οξύ</translation>
    </message>
    <message>
        <source>20 mg/ml hyaluronic acid</source>
        <translation>20 mg/ml υαλουρονικό οξύ</translation>
    </message>
    <message>
        <source>25 mg/ml caffeine</source>
        <translation>25 mg/ml καφεΐνη</translation>
    </message>
    <message>
        <source>50 mg/ml phosphatidylcholine</source>
        <translation>50 mg/ml φωσφατιδυλοχολίνη</translation>
    </message>
    <message>
        <source>vitamins C, B5, E</source>
        <translation>βιταμίνες C, B5, E</translation>
    </message>
    <message>
        <source>12 amino acids + glutathione</source>
        <translation>12 αμινοξέα + γλουταθειόνη</translation>
    </message>
    <message>
        <source>oligopeptide complex 0.05%</source>
        <translation>σύμπλοκο ολιγοπεπτιδίων 0,05%</translation>
    </message>
    <message>
        <source>copper peptide + biotin</source>
        <translation>πεπτίδιο χαλκού + βιοτίνη</translation>
    </message>
    <message>
        <source>organic silicon 0.5%</source>
        <translation>οργανικό πυρίτιο 0,5%</translation>
    </message>
    <message>
        <source>20% ascorbic acid, 2 ml</source>
        <translation>ασκορβικό οξύ 20%, 2 ml</translation>
    </message>
    <message>
        <source>Hydration, face-neck-chest</source>
        <translation>Ενυδάτωση, πρόσωπο-λαιμός-ντεκολτέ</translation>
    </message>
    <message>
        <source>Wrinkle smoothing</source>
        <translation>Λείανση ρυτίδων</translation>
    </message>
    <message>
        <source>Bio-revitalisation</source>
        <translation>Βιοαναζωογόνηση</translation>
    </message>
    <message>
        <source>Periorbital rejuvenation</source>
        <translation>Αναζωογόνηση της περιοφθαλμικής περιοχής</translation>
    </message>
    <message>
        <source>Lower eyelids</source>
        <translation>Κάτω βλέφαρα</translation>
    </message>
    <message>
        <source>Lower eyelids and crow&apos;s feet</source>
        <translation>Κάτω βλέφαρα και πόδι της χήνας</translation>
    </message>
    <message>
        <source>Pores and atrophic acne scars</source>
        <translation>Πόροι και ατροφικές ουλές ακμής</translation>
    </message>
    <message>
        <source>Striae distensae</source>
        <translation>Ραγάδες</translation>
    </message>
    <message>
        <source>Cellulite and firming</source>
        <translation>Κυτταρίτιδα και σύσφιξη</translation>
    </message>
    <message>
        <source>Scar remodelling</source>
        <translation>Αναδιαμόρφωση ουλών</translation>
    </message>
    <message>
        <source>Abdominoplasty scar, lower abdomen</source>
        <translation>Ουλή κοιλιοπλαστικής, κάτω κοιλία</translation>
    </message>
    <message>
        <source>Caesarean section scar</source>
        <translation>Ουλή καισαρικής τομής</translation>
    </message>
    <message>
        <source>Knee arthroscopy portal scars</source>
        <translation>Ουλές πυλών αρθροσκόπησης γόνατος</translation>
    </message>
    <message>
        <source>Breast reduction scars</source>
        <translation>Ουλές μειωτικής μαστοπλαστικής</translation>
    </message>
    <message>
        <source>Hair loss, scalp mesotherapy</source>
        <translation>Τριχόπτωση, μεσοθεραπεία τριχωτού της κεφαλής</translation>
    </message>
    <message>
        <source>Frontal hairline and vertex</source>
        <translation>Μετωπιαία όρια των μαλλιών και κορυφή</translation>
    </message>
    <message>
        <source>Crown</source>
        <comment>of the head</comment>
        <translation>Στεφάνη της κεφαλής</translation>
    </message>
    <message>
        <source>Skin laxity</source>
        <translation>Χαλάρωση του δέρματος</translation>
    </message>
    <message>
        <source>Inner upper arms</source>
        <translation>Έσω επιφάνεια των βραχιόνων</translation>
    </message>
    <message>
        <source>Above the knees</source>
        <translation>Πάνω από τα γόνατα</translation>
    </message>
    <message>
        <source>Cold compress advised; reviewed by phone.</source>
        <translation>Συστάθηκαν κρύες κομπρέσες· επανεκτίμηση τηλεφωνικά.</translation>
    </message>
    <message>
        <source>Reviewed at the clinic two days later.</source>
        <translation>Επανεκτίμηση στην κλινική δύο ημέρες αργότερα.</translation>
    </message>
    <message>
        <source>Arnica gel advised.</source>
        <translation>Συστάθηκε γέλη άρνικας.</translation>
    </message>
    <message>
        <source>Well tolerated.</source>
        <translation>Καλή ανοχή.</translation>
    </message>
    <message>
        <source>Photos taken for comparison.</source>
        <translation>Λήφθηκαν φωτογραφίες για σύγκριση.</translation>
    </message>
    <message>
        <source>Patient reports smoother texture.</source>
        <translation>Αναφέρει πιο λεία υφή του δέρματος.</translation>
    </message>
    <message>
        <source>Advised SPF 50 and no make-up for 12 h.</source>
        <translation>Σύσταση για SPF 50 και χωρίς μακιγιάζ για 12 ώρες.</translation>
    </message>
    <message>
        <source>Stopped at the patient&apos;s request after moderate bruising.</source>
        <translation>Διακόπηκε κατόπιν αιτήματος του ασθενούς μετά από μέτρια εκχύμωση.</translation>
    </message>
    <message>
        <source>Stopped: moderate swelling; the patient preferred to pause.</source>
        <translation>Διακόπηκε: μέτριο οίδημα· ο ασθενής προτίμησε να κάνει παύση.</translation>
    </message>
    <message>
        <source>EMLA 5% cream, 30 min under occlusion</source>
        <translation>Κρέμα EMLA 5%, 30 λεπτά υπό στεγανή κάλυψη</translation>
    </message>
    <message>
        <source>Lidocaine 4% cream, 20 min</source>
        <translation>Κρέμα λιδοκαΐνης 4%, 20 λεπτά</translation>
    </message>
    <message>
        <source>Maintenance every 3 months advised.</source>
        <translation>Συστάθηκε συντήρηση κάθε 3 μήνες.</translation>
    </message>
    <message>
        <source>Good result, photos on file.</source>
        <translation>Καλό αποτέλεσμα, φωτογραφίες στον φάκελο.</translation>
    </message>
    <message>
        <source>12-needle pen</source>
        <translation>πένα μικροβελονισμού 12 βελονών</translation>
    </message>
    <message>
        <source>30G 4 mm needle</source>
        <translation>βελόνα 30G 4 mm</translation>
    </message>
    <message>
        <source>{protocol}: {products}; {tool}</source>
        <comment>a course&apos;s protocol: what it treats, its products (names joined by +), needle or pen</comment>
        <translation>{protocol}: {products}· {tool}</translation>
    </message>
    <message>
        <source>Demo Aesthetics Clinic</source>
        <comment>the demo clinic&apos;s name</comment>
        <translation>Κλινική Αισθητικής Επίδειξης</translation>
    </message>
    <message>
        <source>Odos Mesodermatos 12, 106 75 Athens, Greece</source>
        <comment>an address</comment>
        <translation>Μεσοδέρματος 12, 106 75 Αθήνα, Ελλάδα</translation>
    </message>
    <message>
        <source>Back view, standing</source>
        <translation>Πίσω όψη, όρθια θέση</translation>
    </message>
    <message>
        <source>Scar, close-up with scale</source>
        <translation>Ουλή, κοντινή λήψη με κλίμακα</translation>
    </message>
    <message>
        <source>Crown from above</source>
        <translation>Στεφάνη της κεφαλής από πάνω</translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <source>Encrypt database</source>
        <translation>Κρυπτογράφηση βάσης δεδομένων</translation>
    </message>
    <message>
        <source>The database %1 will be encrypted (SQLCipher). From then on mesolog asks for this passphrase at every start, and its backups are encrypted with it too. Without the passphrase nobody, including you, can read the records: keep it safe.

Close mesolog on every other workstation first; mesolog closes when it is done.</source>
        <translation>Η βάση δεδομένων %1 θα κρυπτογραφηθεί (SQLCipher). Από εκεί και πέρα το mesolog θα ζητά αυτή τη φράση πρόσβασης σε κάθε εκκίνηση, και τα αντίγραφα ασφαλείας της θα κρυπτογραφούνται επίσης με αυτήν. Χωρίς τη φράση πρόσβασης κανείς, ούτε εσείς, δεν μπορεί να διαβάσει τους φακέλους: φυλάξτε τη με ασφάλεια.

Κλείστε πρώτα το mesolog σε κάθε άλλο σταθμό εργασίας· το mesolog κλείνει όταν ολοκληρωθεί η κρυπτογράφηση.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Φράση πρόσβασης</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Επανάληψη φράσης πρόσβασης</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Πρόβλημα</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Φράση πρόσβασης:</translation>
    </message>
    <message>
        <source>Passphrase a&amp;gain:</source>
        <translation>&amp;Επανάληψη φράσης πρόσβασης:</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Κρυπτογράφηση</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Η φράση πρόσβασης πρέπει να έχει τουλάχιστον %1 χαρακτήρες.</translation>
    </message>
    <message>
        <source>Type the same passphrase twice; these two differ.</source>
        <translation>Πληκτρολογήστε την ίδια φράση πρόσβασης δύο φορές· αυτές οι δύο διαφέρουν.</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>The database {path} is encrypted already (or is not an SQLite database); nothing was changed.</source>
        <translation>Η βάση δεδομένων {path} είναι ήδη κρυπτογραφημένη (ή δεν είναι βάση δεδομένων SQLite)· δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>{path} is not an SQLite database; nothing was changed.</source>
        <translation>Το {path} δεν είναι βάση δεδομένων SQLite· δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>The database {path} is not encrypted, so it has no passphrase to change; encrypt it with `mesolog encrypt`. Nothing was changed.</source>
        <translation>Η βάση δεδομένων {path} δεν είναι κρυπτογραφημένη, επομένως δεν έχει φράση πρόσβασης για αλλαγή· κρυπτογραφήστε την με `mesolog encrypt`. Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>The new passphrase is the current one; nothing was changed.</source>
        <translation>Η νέα φράση πρόσβασης είναι ίδια με την τρέχουσα· δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>There is no database at {path}; nothing was changed.</source>
        <translation>Δεν υπάρχει βάση δεδομένων στη θέση {path}· δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>The database {path} is empty; nothing was changed.</source>
        <translation>Η βάση δεδομένων {path} είναι κενή· δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>{wal} still holds changes that are not in the database; nothing was changed. Open the database in mesolog once and close it, then try again.</source>
        <translation>Το αρχείο {wal} περιέχει ακόμη αλλαγές που δεν βρίσκονται στη βάση δεδομένων· δεν άλλαξε τίποτα. Ανοίξτε μία φορά τη βάση δεδομένων στο mesolog και κλείστε την, και μετά δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>Cannot open the database {path}: {reason}</source>
        <translation>Δεν είναι δυνατό το άνοιγμα της βάσης δεδομένων {path}: {reason}</translation>
    </message>
    <message>
        <source>The database {path} is open in mesolog — in this window or on another workstation — or in another program. Close mesolog wherever it has this database open, then try again. Nothing was changed.</source>
        <translation>Η βάση δεδομένων {path} είναι ανοιχτή στο mesolog — σε αυτό το παράθυρο ή σε άλλο σταθμό εργασίας — ή σε άλλο πρόγραμμα. Κλείστε το mesolog οπουδήποτε έχει ανοιχτή αυτή τη βάση δεδομένων και δοκιμάστε ξανά. Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>Cannot use the database {path}: {reason}</source>
        <translation>Δεν είναι δυνατή η χρήση της βάσης δεδομένων {path}: {reason}</translation>
    </message>
    <message>
        <source>Writing the encrypted copy {target} failed: {strerror}. Nothing was changed.</source>
        <translation>Η εγγραφή του κρυπτογραφημένου αντιγράφου {target} απέτυχε: {strerror}. Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>Writing the encrypted copy {target} failed: {reason}. Nothing was changed.</source>
        <translation>Η εγγραφή του κρυπτογραφημένου αντιγράφου {target} απέτυχε: {reason}. Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>Cannot keep the plain copy {target}: {reason}. Nothing was changed.</source>
        <translation>Δεν είναι δυνατή η διατήρηση του μη κρυπτογραφημένου αντιγράφου {target}: {reason}. Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>The encrypted copy fails its checks ({reason}). Nothing was changed.</source>
        <translation>Το κρυπτογραφημένο αντίγραφο δεν περνά τους ελέγχους του ({reason}). Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>{count} broken references</source>
        <translation>{count} σπασμένες αναφορές</translation>
    </message>
    <message>
        <source>The encrypted copy fails its checks ({problems}); the database itself may be damaged: run `mesolog check`. Nothing was changed.</source>
        <translation>Το κρυπτογραφημένο αντίγραφο δεν περνά τους ελέγχους του ({problems})· η ίδια η βάση δεδομένων μπορεί να είναι κατεστραμμένη: εκτελέστε `mesolog check`. Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>The encrypted copy does not hold the same rows as the database (tables {tables}). Nothing was changed.</source>
        <translation>Το κρυπτογραφημένο αντίγραφο δεν περιέχει τις ίδιες γραμμές με τη βάση δεδομένων (πίνακες {tables}). Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>The passphrase does not open the database {location}; nothing was changed. Check capital letters and the keyboard layout, then try again. (A file that is damaged or not a database at all fails the same way.)</source>
        <translation>Η φράση πρόσβασης δεν ανοίγει τη βάση δεδομένων {location}· δεν άλλαξε τίποτα. Ελέγξτε τα κεφαλαία γράμματα και τη διάταξη του πληκτρολογίου και δοκιμάστε ξανά. (Ένα αρχείο που είναι κατεστραμμένο ή δεν είναι καθόλου βάση δεδομένων αποτυγχάνει με τον ίδιο τρόπο.)</translation>
    </message>
    <message>
        <source>The database {location} is encrypted: it opens only with its passphrase. Nothing was changed.</source>
        <translation>Η βάση δεδομένων {location} είναι κρυπτογραφημένη: ανοίγει μόνο με τη φράση πρόσβασής της. Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>The database {location} is not encrypted; open it without a passphrase (`mesolog encrypt` encrypts it). Nothing was changed.</source>
        <translation>Η βάση δεδομένων {location} δεν είναι κρυπτογραφημένη· ανοίξτε την χωρίς φράση πρόσβασης (το `mesolog encrypt` την κρυπτογραφεί). Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {strerror}</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του {path}: {strerror}</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του {path}: {error}</translation>
    </message>
    <message>
        <source>The passphrase is empty; type the database&apos;s passphrase.</source>
        <translation>Η φράση πρόσβασης είναι κενή· πληκτρολογήστε τη φράση πρόσβασης της βάσης δεδομένων.</translation>
    </message>
    <message>
        <source>The passphrase holds a NUL character, which no passphrase may hold.</source>
        <translation>Η φράση πρόσβασης περιέχει χαρακτήρα NUL, ο οποίος δεν επιτρέπεται σε καμία φράση πρόσβασης.</translation>
    </message>
    <message>
        <source>The passphrase has {count} characters; choose one of at least {minimum} (a few unrelated words are easy to remember and hard to guess). Nothing was changed.</source>
        <translation>Η φράση πρόσβασης έχει {count} χαρακτήρες· επιλέξτε μία με τουλάχιστον {minimum} (λίγες άσχετες μεταξύ τους λέξεις θυμούνται εύκολα και μαντεύονται δύσκολα). Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>Cannot read the database {location}: {error}</source>
        <translation>Δεν είναι δυνατή η ανάγνωση της βάσης δεδομένων {location}: {error}</translation>
    </message>
    <message>
        <source>{location} is not an SQLite file: only SQLite files are encrypted by mesolog (a database server has its own encryption at rest).</source>
        <translation>Το {location} δεν είναι αρχείο SQLite: το mesolog κρυπτογραφεί μόνο αρχεία SQLite (ένας διακομιστής βάσεων δεδομένων έχει τη δική του κρυπτογράφηση των αποθηκευμένων δεδομένων).</translation>
    </message>
    <message>
        <source>{database} is neither a file path nor a database URL</source>
        <translation>Το {database} δεν είναι ούτε διαδρομή αρχείου ούτε URL βάσης δεδομένων</translation>
    </message>
    <message>
        <source>The database {path} is encrypted already; nothing was changed. Change its passphrase instead.</source>
        <translation>Η βάση δεδομένων {path} είναι ήδη κρυπτογραφημένη· δεν άλλαξε τίποτα. Αλλάξτε αντί γι&apos; αυτό τη φράση πρόσβασής της.</translation>
    </message>
    <message>
        <source>The database {path} is not encrypted, so it has no passphrase to change; encrypt it instead. Nothing was changed.</source>
        <translation>Η βάση δεδομένων {path} δεν είναι κρυπτογραφημένη, επομένως δεν έχει φράση πρόσβασης για αλλαγή· κρυπτογραφήστε την αντί γι&apos; αυτό. Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>{location} is not an SQLite file: mesolog encrypts SQLite files only (a database server has its own encryption at rest).</source>
        <translation>Το {location} δεν είναι αρχείο SQLite: το mesolog κρυπτογραφεί μόνο αρχεία SQLite (ένας διακομιστής βάσεων δεδομένων έχει τη δική του κρυπτογράφηση των αποθηκευμένων δεδομένων).</translation>
    </message>
    <message>
        <source>The audit entry could not be written into the new database file ({error}); nothing was changed.</source>
        <translation>Η εγγραφή ελέγχου δεν ήταν δυνατό να γραφτεί στο νέο αρχείο της βάσης δεδομένων ({error})· δεν άλλαξε τίποτα.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{path}: {value} is not allowed; {allowed}</source>
        <translation>{path}: η τιμή {value} δεν επιτρέπεται· αναμένεται {allowed}</translation>
    </message>
    <message>
        <source>1 problem:</source>
        <translation>1 πρόβλημα:</translation>
    </message>
    <message numerus="yes">
        <source>%n problems:</source>
        <translation>
            <numerusform>%n πρόβλημα:</numerusform>
            <numerusform>%n προβλήματα:</numerusform>
        </translation>
    </message>
    <message>
        <source>The recall found no patient: there is no letter to write.</source>
        <translation>Η αναζήτηση για την ανάκληση δεν βρήκε κανέναν ασθενή: δεν υπάρχει επιστολή για σύνταξη.</translation>
    </message>
    <message>
        <source>The letter text names {placeholder}, and {what} is not set: set it in Settings ▸ Clinic, or take the placeholder out of the text.</source>
        <translation>Το κείμενο της επιστολής περιέχει το πεδίο {placeholder}, αλλά δεν έχει οριστεί {what}: ορίστε το στις Ρυθμίσεις ▸ Ιατρείο ή αφαιρέστε το πεδίο από το κείμενο.</translation>
    </message>
    <message>
        <source>the clinic&apos;s name</source>
        <translation>το όνομα του ιατρείου</translation>
    </message>
    <message>
        <source>the clinic&apos;s phone</source>
        <translation>το τηλέφωνο του ιατρείου</translation>
    </message>
    <message>
        <source>The letter text names {placeholder}, and {missing} of the {count} patients received it without {what} recorded: take {placeholder} out of the text, or recall them apart.</source>
        <translation>Το κείμενο της επιστολής περιέχει το πεδίο {placeholder}, αλλά για {missing} από τους {count} ασθενείς δεν έχει καταγραφεί {what} σε όσα έλαβαν: αφαιρέστε το {placeholder} από το κείμενο ή κάντε χωριστή ανάκληση για αυτούς τους ασθενείς.</translation>
    </message>
    <message>
        <source>a lot number</source>
        <translation>αριθμός παρτίδας</translation>
    </message>
    <message>
        <source>a product name</source>
        <translation>όνομα προϊόντος</translation>
    </message>
    <message>
        <source>A patient copy holds signed sessions only; drafts go in a clinical copy.</source>
        <translation>Το αντίγραφο ασθενούς περιέχει μόνο υπογεγραμμένες συνεδρίες· οι πρόχειρες συνεδρίες μπαίνουν σε κλινικό αντίγραφο.</translation>
    </message>
    <message>
        <source>The course estimate is printed on the patient copy only.</source>
        <translation>Η εκτίμηση κόστους του θεραπευτικού προγράμματος τυπώνεται μόνο στο αντίγραφο ασθενούς.</translation>
    </message>
</context>
<context>
    <name>ExportCounts</name>
    <message numerus="yes">
        <source>Exported %n patient(s) to %1.</source>
        <translation>
            <numerusform>Έγινε εξαγωγή %n ασθενούς στο %1.</numerusform>
            <numerusform>Έγινε εξαγωγή %n ασθενών στο %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file holds their %n photo(s).</source>
        <translation>
            <numerusform>Το αρχείο περιέχει και %n φωτογραφία τους.</numerusform>
            <numerusform>Το αρχείο περιέχει και τις %n φωτογραφίες τους.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) were left out: export with photos (zip) to take them along.</source>
        <translation>
            <numerusform>%n φωτογραφία παραλείφθηκε: κάντε εξαγωγή με φωτογραφίες (zip) για να συμπεριληφθεί.</numerusform>
            <numerusform>%n φωτογραφίες παραλείφθηκαν: κάντε εξαγωγή με φωτογραφίες (zip) για να συμπεριληφθούν.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>%1 error</source>
        <translation>Σφάλμα πεδίου %1</translation>
    </message>
</context>
<context>
    <name>FirstAccountDialog</name>
    <message>
        <source>This database has no accounts yet. Create the administrator&apos;s account: from now on everyone logs in, and the administrator adds the others (File ▸ Users). The administrator logs and signs sessions too.</source>
        <translation>Αυτή η βάση δεδομένων δεν έχει ακόμη λογαριασμούς. Δημιουργήστε τον λογαριασμό του διαχειριστή: από εδώ και πέρα όλοι συνδέονται, και ο διαχειριστής προσθέτει τους υπόλοιπους (Αρχείο ▸ Χρήστες). Ο διαχειριστής επίσης καταχωρίζει και υπογράφει συνεδρίες.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Βάση δεδομένων: %1</translation>
    </message>
</context>
<context>
    <name>Fitzpatrick</name>
    <message>
        <source>Type I (always burns, never tans)</source>
        <translation>Φωτότυπος I (πάντα καίγεται, ποτέ δεν μαυρίζει)</translation>
    </message>
    <message>
        <source>Type II (usually burns, tans minimally)</source>
        <translation>Φωτότυπος II (συνήθως καίγεται, μαυρίζει ελάχιστα)</translation>
    </message>
    <message>
        <source>Type III (sometimes burns, tans uniformly)</source>
        <translation>Φωτότυπος III (μερικές φορές καίγεται, μαυρίζει ομοιόμορφα)</translation>
    </message>
    <message>
        <source>Type IV (burns minimally, tans well)</source>
        <translation>Φωτότυπος IV (καίγεται ελάχιστα, μαυρίζει καλά)</translation>
    </message>
    <message>
        <source>Type V (rarely burns, tans darkly)</source>
        <translation>Φωτότυπος V (σπάνια καίγεται, μαυρίζει έντονα)</translation>
    </message>
    <message>
        <source>Type VI (never burns)</source>
        <translation>Φωτότυπος VI (ποτέ δεν καίγεται)</translation>
    </message>
</context>
<context>
    <name>FolderWatch</name>
    <message>
        <source>%1 is a symbolic link; photos are not moved through one</source>
        <translation>Το %1 είναι συμβολικός σύνδεσμος· οι φωτογραφίες δεν μετακινούνται μέσω συμβολικού συνδέσμου</translation>
    </message>
</context>
<context>
    <name>FormLayout</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Αποθήκευση</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>{number} unit</source>
        <comment>of a product counted in units</comment>
        <translation>{number} μονάδα</translation>
    </message>
    <message>
        <source>{number} units</source>
        <comment>of a product counted in units</comment>
        <translation>{number} μονάδες</translation>
    </message>
    <message>
        <source>1 use without units</source>
        <comment>units added up over uses</comment>
        <translation>1 χρήση χωρίς μονάδες</translation>
    </message>
    <message>
        <source>{count} uses without units</source>
        <comment>units added up over uses</comment>
        <translation>{count} χρήσεις χωρίς μονάδες</translation>
    </message>
</context>
<context>
    <name>GtinField</name>
    <message>
        <source>Type or scan; empty for none</source>
        <translation>Πληκτρολογήστε ή σαρώστε· κενό αν δεν υπάρχει</translation>
    </message>
    <message numerus="yes">
        <source>A GTIN is digits only: 8, 12, 13 or 14 of them, as printed under the barcode (%n characters typed, not all digits).</source>
        <translation>
            <numerusform>Ο κωδικός GTIN αποτελείται μόνο από ψηφία: 8, 12, 13 ή 14, όπως είναι τυπωμένα κάτω από τον γραμμωτό κώδικα (πληκτρολογήθηκε %n χαρακτήρας, που δεν είναι ψηφίο).</numerusform>
            <numerusform>Ο κωδικός GTIN αποτελείται μόνο από ψηφία: 8, 12, 13 ή 14, όπως είναι τυπωμένα κάτω από τον γραμμωτό κώδικα (πληκτρολογήθηκαν %n χαρακτήρες, όχι όλοι ψηφία).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n digits: a GTIN has 8, 12, 13 or 14.</source>
        <translation>
            <numerusform>%1: %n ψηφίο· ένας κωδικός GTIN έχει 8, 12, 13 ή 14.</numerusform>
            <numerusform>%1: %n ψηφία· ένας κωδικός GTIN έχει 8, 12, 13 ή 14.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: its last digit is not the check digit of the others; a digit is mistyped. Type it again or scan it.</source>
        <translation>%1: το τελευταίο ψηφίο δεν είναι το ψηφίο ελέγχου των υπολοίπων· κάποιο ψηφίο πληκτρολογήθηκε λάθος. Πληκτρολογήστε τον κωδικό ξανά ή σαρώστε τον.</translation>
    </message>
    <message>
        <source>✓ %1, check digit right</source>
        <translation>✓ %1, σωστό ψηφίο ελέγχου</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Θεράπων ιατρός</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Περιοχές</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Διάγραμμα</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Φωτογραφίες</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Τεχνική</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Προϊόντα</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Αντιδράσεις</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Βαθμολογία</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Course</source>
        <translation>Θεραπευτικό πρόγραμμα</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Περιοχή</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Ζώνη</translation>
    </message>
    <message>
        <source>Only the sessions whose chart marked this zone</source>
        <translation>Μόνο οι συνεδρίες των οποίων το διάγραμμα σημείωσε αυτή τη ζώνη</translation>
    </message>
    <message>
        <source>Show earlier &amp;versions</source>
        <translation>Εμφάνιση παλαιότερων ε&amp;κδόσεων</translation>
    </message>
    <message>
        <source>Show earlier versions of amended sessions</source>
        <translation>Εμφάνιση παλαιότερων εκδόσεων των διορθωμένων συνεδριών</translation>
    </message>
    <message>
        <source>List the versions that amendments corrected, as they were signed</source>
        <translation>Εμφάνιση στη λίστα των εκδόσεων που διορθώθηκαν, όπως είχαν υπογραφεί</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Συνεδρίες</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Ζώνη:</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Θεραπευτικό πρόγραμμα:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>Πε&amp;ριοχή:</translation>
    </message>
    <message>
        <source>All courses</source>
        <translation>Όλα τα θεραπευτικά προγράμματα</translation>
    </message>
    <message>
        <source>Outside courses</source>
        <translation>Εκτός θεραπευτικών προγραμμάτων</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Όλες οι περιοχές</translation>
    </message>
    <message>
        <source>Show earlier &amp;versions (%1)</source>
        <translation>Εμφάνιση παλαιότερων ε&amp;κδόσεων (%1)</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>Όλες οι ζώνες</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 από %2</translation>
    </message>
    <message>
        <source>%1 (voided)</source>
        <translation>%1 (ακυρωμένο)</translation>
    </message>
    <message>
        <source>No sessions recorded yet</source>
        <translation>Δεν έχουν καταγραφεί ακόμη συνεδρίες</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 συνεδρία</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n συνεδρία</numerusform>
            <numerusform>%n συνεδρίες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sessions</source>
        <translation>
            <numerusform>%1 από %n συνεδρία</numerusform>
            <numerusform>%1 από %n συνεδρίες</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>mesolog is locked.</source>
        <translation>Το mesolog είναι κλειδωμένο.</translation>
    </message>
    <message>
        <source>mesolog — locked</source>
        <translation>mesolog — κλειδωμένο</translation>
    </message>
    <message>
        <source>Nobody used mesolog for %1 minutes.</source>
        <translation>Κανείς δεν χρησιμοποίησε το mesolog για %1 λεπτά.</translation>
    </message>
    <message>
        <source>Nobody used mesolog for a minute.</source>
        <translation>Κανείς δεν χρησιμοποίησε το mesolog για ένα λεπτό.</translation>
    </message>
    <message>
        <source>Nobody used mesolog for a while.</source>
        <translation>Κανείς δεν χρησιμοποίησε το mesolog για αρκετή ώρα.</translation>
    </message>
    <message>
        <source>Locked with Lock Now.</source>
        <translation>Κλειδώθηκε με «Κλείδωμα τώρα».</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>Ο κωδικός πρόσβασης δεν είναι σωστός.</translation>
    </message>
    <message>
        <source>The password could not be checked (a bug; see the log).</source>
        <translation>Δεν ήταν δυνατός ο έλεγχος του κωδικού πρόσβασης (σφάλμα λογισμικού· δείτε το αρχείο καταγραφής).</translation>
    </message>
</context>
<context>
    <name>Imaging</name>
    <message>
        <source>a JPEG image</source>
        <translation>εικόνα JPEG</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>εικόνα PNG</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>εικόνα TIFF</translation>
    </message>
    <message>
        <source>a HEIC image</source>
        <translation>εικόνα HEIC</translation>
    </message>
    <message>
        <source>a JPEG 2000 image</source>
        <translation>εικόνα JPEG 2000</translation>
    </message>
    <message>
        <source>a JPEG XL image</source>
        <translation>εικόνα JPEG XL</translation>
    </message>
    <message>
        <source>a camera raw file</source>
        <translation>αρχείο raw φωτογραφικής μηχανής</translation>
    </message>
    <message>
        <source>an AVIF image</source>
        <translation>εικόνα AVIF</translation>
    </message>
    <message>
        <source>a video</source>
        <translation>βίντεο</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>αρχείο</translation>
    </message>
    <message>
        <source>{megabytes} MB ({bytes} bytes)</source>
        <translation>{megabytes} MB ({bytes} byte)</translation>
    </message>
    <message>
        <source>{bytes} bytes</source>
        <translation>{bytes} byte</translation>
    </message>
    <message>
        <source>a JPEG, PNG or TIFF photo (HEIC with the optional heic extra) of at most {size} and {megapixels} megapixels</source>
        <translation>φωτογραφία JPEG, PNG ή TIFF (HEIC με το προαιρετικό πρόσθετο heic) έως {size} και {megapixels} megapixel</translation>
    </message>
    <message>
        <source>The photo {file} ({size} bytes) is too large; allowed: {allowed}.</source>
        <translation>Η φωτογραφία {file} ({size} byte) είναι πολύ μεγάλη· επιτρέπεται: {allowed}.</translation>
    </message>
    <message>
        <source>The photo {file} ({size} bytes) is not an image; allowed: {allowed}.</source>
        <translation>Η φωτογραφία {file} ({size} byte) δεν είναι εικόνα· επιτρέπεται: {allowed}.</translation>
    </message>
    <message>
        <source>The photo {file} ({size} bytes) is {kind}, not a JPEG, PNG or TIFF image; allowed: {allowed}.</source>
        <translation>Η φωτογραφία {file} ({size} byte) είναι {kind}, όχι εικόνα JPEG, PNG ή TIFF· επιτρέπεται: {allowed}.</translation>
    </message>
    <message>
        <source>The photo {file} ({size} bytes) is {kind}, which mesolog reads only with the optional heic extra (pip install mesolog[heic]): install it, or export the photo as JPEG; allowed: {allowed}.</source>
        <translation>Η φωτογραφία {file} ({size} byte) είναι {kind}, που το mesolog διαβάζει μόνο με το προαιρετικό πρόσθετο heic (pip install mesolog[heic]): εγκαταστήστε το ή εξαγάγετε τη φωτογραφία ως JPEG· επιτρέπεται: {allowed}.</translation>
    </message>
    <message>
        <source>The photo {file} ({size} bytes) is {kind} but cannot be read (damaged or incomplete); allowed: {allowed}.</source>
        <translation>Η φωτογραφία {file} ({size} byte) είναι {kind}, αλλά δεν είναι δυνατή η ανάγνωσή της (κατεστραμμένη ή ελλιπής)· επιτρέπεται: {allowed}.</translation>
    </message>
    <message>
        <source>The photo {file} ({size} bytes) is {width} × {height} pixels ({megapixels} megapixels); allowed: {allowed}.</source>
        <translation>Η φωτογραφία {file} ({size} byte) έχει διαστάσεις {width} × {height} pixel ({megapixels} megapixel)· επιτρέπεται: {allowed}.</translation>
    </message>
</context>
<context>
    <name>ImportBanner</name>
    <message>
        <source>Import folder</source>
        <translation>Φάκελος εισαγωγής</translation>
    </message>
    <message>
        <source>A&amp;ssign…</source>
        <translation>&amp;Ανάθεση…</translation>
    </message>
    <message>
        <source>Assign the new photos</source>
        <translation>Ανάθεση των νέων φωτογραφιών</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Φάκελος εισαγωγής</translation>
    </message>
    <message>
        <source>Choose Import Folder…</source>
        <translation>Επιλογή φακέλου εισαγωγής…</translation>
    </message>
    <message>
        <source>Stop Using the Import Folder</source>
        <translation>Διακοπή χρήσης του φακέλου εισαγωγής</translation>
    </message>
    <message>
        <source>Import folder: where a tablet or camera puts new photos</source>
        <translation>Φάκελος εισαγωγής: εκεί όπου ένα tablet ή μια φωτογραφική μηχανή αποθηκεύει νέες φωτογραφίες</translation>
    </message>
    <message>
        <source>Photos put in %1 are offered here.</source>
        <translation>Οι φωτογραφίες που τοποθετούνται στο %1 εμφανίζονται εδώ.</translation>
    </message>
    <message>
        <source>No import folder is chosen on this workstation.</source>
        <translation>Δεν έχει επιλεγεί φάκελος εισαγωγής σε αυτόν τον σταθμό εργασίας.</translation>
    </message>
    <message>
        <source>The import folder %1 cannot be read: %2.</source>
        <translation>Ο φάκελος εισαγωγής %1 δεν μπορεί να διαβαστεί: %2.</translation>
    </message>
    <message>
        <source>1 new photo in the import folder</source>
        <translation>1 νέα φωτογραφία στον φάκελο εισαγωγής</translation>
    </message>
    <message numerus="yes">
        <source>%n new photos in the import folder</source>
        <translation>
            <numerusform>%n νέα φωτογραφία στον φάκελο εισαγωγής</numerusform>
            <numerusform>%n νέες φωτογραφίες στον φάκελο εισαγωγής</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <source>Problems in the import file</source>
        <translation>Προβλήματα στο αρχείο εισαγωγής</translation>
    </message>
    <message>
        <source>The file cannot be imported</source>
        <translation>Δεν είναι δυνατή η εισαγωγή του αρχείου</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported. %1 breaks the rules of the mesolog format in %n place(s); each line below names where and what is allowed.</source>
        <translation>
            <numerusform>Δεν εισήχθη τίποτα. Το %1 παραβιάζει τους κανόνες της μορφής mesolog σε %n σημείο· κάθε γραμμή παρακάτω δείχνει πού και τι επιτρέπεται.</numerusform>
            <numerusform>Δεν εισήχθη τίποτα. Το %1 παραβιάζει τους κανόνες της μορφής mesolog σε %n σημεία· κάθε γραμμή παρακάτω δείχνει πού και τι επιτρέπεται.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Προβλήματα</translation>
    </message>
    <message>
        <source>{path}: {value} is not allowed; {allowed}</source>
        <translation>{path}: η τιμή {value} δεν επιτρέπεται· αναμένεται: {allowed}</translation>
    </message>
    <message>
        <source>(a deeply nested value)</source>
        <translation>(τιμή με βαθιά ένθεση)</translation>
    </message>
    <message numerus="yes">
        <source>(%n characters)</source>
        <comment>a value too long to show</comment>
        <translation>
            <numerusform>(%n χαρακτήρας)</numerusform>
            <numerusform>(%n χαρακτήρες)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Indication</name>
    <message>
        <source>Hydration and tightening</source>
        <translation>Ενυδάτωση και σύσφιξη</translation>
    </message>
    <message>
        <source>Wrinkles</source>
        <translation>Ρυτίδες</translation>
    </message>
    <message>
        <source>Radiance and regeneration</source>
        <translation>Λάμψη και αναζωογόνηση (βιοαναζωογόνηση)</translation>
    </message>
    <message>
        <source>Eye bags and dark circles</source>
        <translation>Σακούλες και μαύροι κύκλοι γύρω από τα μάτια</translation>
    </message>
    <message>
        <source>Pores and acne scars</source>
        <translation>Διεσταλμένοι πόροι και ουλές ακμής</translation>
    </message>
    <message>
        <source>Stretch marks</source>
        <translation>Ραγάδες</translation>
    </message>
    <message>
        <source>Cellulite and firming</source>
        <translation>Κυτταρίτιδα και σύσφιξη</translation>
    </message>
    <message>
        <source>Post-operative scars</source>
        <translation>Μετεγχειρητικές ουλές</translation>
    </message>
    <message>
        <source>Other indication</source>
        <translation>Άλλη ένδειξη</translation>
    </message>
    <message>
        <source>Eye bags, periorbital</source>
        <comment>as a printed summary names a course</comment>
        <translation>Σακούλες ματιών, περιοφθαλμικά</translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <source>only document.json and photos/&lt;SHA-256 of the image&gt;.jpg or .png</source>
        <translation>μόνο document.json και photos/&lt;SHA-256 της εικόνας&gt;.jpg ή .png</translation>
    </message>
    <message>
        <source>a mesolog bundle: a zip archive (.mesolog.zip) of document.json and photos/</source>
        <translation>πακέτο mesolog: αρχείο zip (.mesolog.zip) με το document.json και τον φάκελο photos/</translation>
    </message>
    <message>
        <source>a document named {name}</source>
        <translation>έγγραφο με όνομα {name}</translation>
    </message>
    <message>
        <source>each name once in the bundle</source>
        <translation>κάθε όνομα μία φορά στο πακέτο</translation>
    </message>
    <message>
        <source>an entry that is not encrypted</source>
        <translation>στοιχείο που δεν είναι κρυπτογραφημένο</translation>
    </message>
    <message>
        <source>an entry stored or deflated</source>
        <translation>στοιχείο αποθηκευμένο χωρίς συμπίεση ή συμπιεσμένο με deflate</translation>
    </message>
    <message>
        <source>a document of at most {most} bytes (it says {size})</source>
        <translation>έγγραφο έως {most} byte (δηλώνει {size})</translation>
    </message>
    <message>
        <source>an image of at most {most} bytes (it says {size})</source>
        <translation>εικόνα έως {most} byte (δηλώνει {size})</translation>
    </message>
    <message>
        <source>an entry that unpacks to at most {ratio} times its packed size (it says {size} bytes from {packed})</source>
        <translation>στοιχείο που αποσυμπιέζεται σε έως {ratio} φορές το συμπιεσμένο μέγεθός του (δηλώνει {size} byte από {packed})</translation>
    </message>
    <message>
        <source>the SHA-256 of an image in the bundle ({name}, photo {photo})</source>
        <translation>η σύνοψη ελέγχου SHA-256 μιας εικόνας του πακέτου ({name}, φωτογραφία {photo})</translation>
    </message>
    <message>
        <source>the size of {name} ({size} bytes), photo {photo}</source>
        <translation>το μέγεθος του {name} ({size} byte), φωτογραφία {photo}</translation>
    </message>
    <message>
        <source>only the images of the document&apos;s photos: no photo has this SHA-256</source>
        <translation>μόνο οι εικόνες των φωτογραφιών του εγγράφου: καμία φωτογραφία δεν έχει αυτή τη σύνοψη ελέγχου SHA-256</translation>
    </message>
    <message>
        <source>an image whose SHA-256 is the one its name gives (photo {owners}); its bytes&apos; is {actual}</source>
        <translation>εικόνα της οποίας η σύνοψη ελέγχου SHA-256 είναι αυτή που δίνει το όνομά της (φωτογραφία {owners})· η σύνοψη ελέγχου των δεδομένων της είναι {actual}</translation>
    </message>
    <message>
        <source>an entry no longer than it says</source>
        <translation>στοιχείο όχι μεγαλύτερο από όσο δηλώνει</translation>
    </message>
    <message>
        <source>an entry that unpacks whole, as its CRC says (damaged or cut short)</source>
        <translation>στοιχείο που αποσυμπιέζεται ολόκληρο, όπως δηλώνει το CRC του (είναι κατεστραμμένο ή κομμένο)</translation>
    </message>
    <message>
        <source>an entry of the size it says ({size})</source>
        <translation>στοιχείο με το μέγεθος που δηλώνει ({size})</translation>
    </message>
    <message>
        <source>entries apart from one another: this one overlaps</source>
        <translation>στοιχεία χωριστά μεταξύ τους: αυτό επικαλύπτεται με άλλο</translation>
    </message>
    <message>
        <source>a course of the same patient, or null</source>
        <translation>θεραπευτικό πρόγραμμα του ίδιου ασθενούς ή null</translation>
    </message>
    <message>
        <source>a session of the same patient listed before this one, or null</source>
        <translation>συνεδρία του ίδιου ασθενούς που αναφέρεται πριν από αυτήν ή null</translation>
    </message>
    <message>
        <source>a signed session (a draft is edited, not amended)</source>
        <translation>υπογεγραμμένη συνεδρία (μια πρόχειρη συνεδρία τροποποιείται απευθείας, δεν διορθώνεται)</translation>
    </message>
    <message>
        <source>signed: an amendment is a signed version</source>
        <translation>signed: μια διόρθωση είναι υπογεγραμμένη έκδοση</translation>
    </message>
    <message>
        <source>the reason for the amendment (1 to 10000 characters)</source>
        <translation>η αιτιολογία της διόρθωσης (1 έως 10000 χαρακτήρες)</translation>
    </message>
    <message>
        <source>null or no value: only an amendment (with amends) has a reason</source>
        <translation>null ή καμία τιμή: αιτιολογία έχει μόνο μια διόρθωση (με amends)</translation>
    </message>
    <message>
        <source>a session that no other amendment, not voided, corrects</source>
        <translation>συνεδρία που δεν τη διορθώνει καμία άλλη διόρθωση, μη ακυρωμένη</translation>
    </message>
    <message>
        <source>a session of the same patient, or null</source>
        <translation>συνεδρία του ίδιου ασθενούς ή null</translation>
    </message>
    <message>
        <source>an image the patient has no other photo of (not voided)</source>
        <translation>εικόνα από την οποία ο ασθενής δεν έχει άλλη φωτογραφία (μη ακυρωμένη)</translation>
    </message>
    <message>
        <source>a product name (compared without case, accents or repeated spaces)</source>
        <translation>όνομα προϊόντος (η σύγκριση αγνοεί πεζά/κεφαλαία, τόνους και επαναλαμβανόμενα κενά)</translation>
    </message>
    <message>
        <source>a GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <source>a lot number of the product (compared without case)</source>
        <translation>αριθμός παρτίδας του προϊόντος (η σύγκριση αγνοεί πεζά/κεφαλαία)</translation>
    </message>
    <message>
        <source>a template name (compared without case, accents or repeated spaces)</source>
        <translation>όνομα προτύπου (η σύγκριση αγνοεί πεζά/κεφαλαία, τόνους και επαναλαμβανόμενα κενά)</translation>
    </message>
    <message>
        <source>an id</source>
        <translation>αναγνωριστικό</translation>
    </message>
    <message>
        <source>a record number</source>
        <translation>αριθμός φακέλου</translation>
    </message>
    <message>
        <source>{what} not used elsewhere (see {path})</source>
        <translation>{what} που δεν χρησιμοποιείται αλλού (βλ. {path})</translation>
    </message>
    <message>
        <source>{what} (see {path})</source>
        <translation>{what} (βλ. {path})</translation>
    </message>
    <message>
        <source>numbers only; NaN and Infinity are not JSON</source>
        <translation>μόνο αριθμοί· τα NaN και Infinity δεν είναι JSON</translation>
    </message>
    <message>
        <source>each key once per object</source>
        <translation>κάθε κλειδί μία φορά ανά αντικείμενο</translation>
    </message>
    <message>
        <source>JSON of the mesolog format (at most {levels} levels deep)</source>
        <translation>JSON της μορφής mesolog (έως {levels} επίπεδα βάθος)</translation>
    </message>
    <message>
        <source>numbers of the mesolog format (whole numbers of at most {digits} digits)</source>
        <translation>αριθμοί της μορφής mesolog (ακέραιοι έως {digits} ψηφίων)</translation>
    </message>
    <message>
        <source>1 or 2 (the versions of the format this mesolog reads)</source>
        <translation>1 ή 2 (οι εκδόσεις της μορφής που διαβάζει αυτό το mesolog)</translation>
    </message>
    <message>
        <source>no properties other than: {names}</source>
        <translation>καμία ιδιότητα εκτός από: {names}</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>απαιτείται τιμή</translation>
    </message>
    <message>
        <source>a date as YYYY-MM-DD</source>
        <translation>ημερομηνία ως YYYY-MM-DD</translation>
    </message>
    <message>
        <source>a date and time with UTC offset, years {first} to {last}, e.g. 2026-03-01T10:30:00+02:00</source>
        <translation>ημερομηνία και ώρα με διαφορά από UTC, έτη {first} έως {last}, π.χ. 2026-03-01T10:30:00+02:00</translation>
    </message>
    <message>
        <source>an id in UUID form (lowercase), e.g. 3f2b8c1e-5d7a-4c2b-9e1f-0a6b7c8d9e0f</source>
        <translation>αναγνωριστικό σε μορφή UUID (πεζά), π.χ. 3f2b8c1e-5d7a-4c2b-9e1f-0a6b7c8d9e0f</translation>
    </message>
    <message>
        <source>some text other than spaces</source>
        <translation>κείμενο που δεν αποτελείται μόνο από κενά</translation>
    </message>
    <message>
        <source>64 lowercase hex digits (a SHA-256 hash)</source>
        <translation>64 πεζά δεκαεξαδικά ψηφία (σύνοψη ελέγχου SHA-256)</translation>
    </message>
    <message>
        <source>a time in UTC, ending in Z</source>
        <translation>ώρα σε UTC, που τελειώνει σε Z</translation>
    </message>
    <message>
        <source>a GTIN of 14 digits (a shorter one padded with zeros on the left)</source>
        <translation>GTIN 14 ψηφίων (ένα συντομότερο συμπληρώνεται με μηδενικά στα αριστερά)</translation>
    </message>
    <message>
        <source>a price as text, a number with at most 2 decimals, e.g. &quot;12.50&quot;</source>
        <translation>τιμή ως κείμενο, αριθμός με έως 2 δεκαδικά, π.χ. &quot;12.50&quot;</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ή false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>λίστα</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>αντικείμενο</translation>
    </message>
    <message>
        <source>text of the form the format gives</source>
        <translation>κείμενο της μορφής που ορίζει η προδιαγραφή</translation>
    </message>
    <message>
        <source>at most {count} characters</source>
        <translation>το πολύ {count} χαρακτήρες</translation>
    </message>
    <message>
        <source>at least 1 character</source>
        <translation>τουλάχιστον 1 χαρακτήρας</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>τουλάχιστον {count} χαρακτήρες</translation>
    </message>
    <message>
        <source>a valid {format}</source>
        <translation>έγκυρη τιμή {format}</translation>
    </message>
    <message>
        <source>each entry at most once</source>
        <translation>κάθε στοιχείο το πολύ μία φορά</translation>
    </message>
    <message>
        <source>a value the schema allows ({keyword})</source>
        <translation>τιμή που επιτρέπει το σχήμα ({keyword})</translation>
    </message>
    <message>
        <source>at least 1 entry</source>
        <translation>τουλάχιστον 1 στοιχείο</translation>
    </message>
    <message>
        <source>at least {count} entries</source>
        <translation>τουλάχιστον {count} στοιχεία</translation>
    </message>
    <message>
        <source>at most 1 entry</source>
        <translation>το πολύ 1 στοιχείο</translation>
    </message>
    <message>
        <source>at most {count} entries</source>
        <translation>το πολύ {count} στοιχεία</translation>
    </message>
    <message>
        <source>{before}, or {after}</source>
        <translation>{before} ή {after}</translation>
    </message>
    <message>
        <source>exactly {value}</source>
        <translation>ακριβώς {value}</translation>
    </message>
    <message>
        <source>one of: {values}</source>
        <translation>ένα από: {values}</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>οποιαδήποτε τιμή</translation>
    </message>
    <message>
        <source>text</source>
        <translation>κείμενο</translation>
    </message>
    <message>
        <source>text of {low} to {high} characters</source>
        <translation>κείμενο {low} έως {high} χαρακτήρων</translation>
    </message>
    <message>
        <source>text of at most {high} characters</source>
        <translation>κείμενο το πολύ {high} χαρακτήρων</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>ακέραιος αριθμός</translation>
    </message>
    <message>
        <source>a whole number, {range}</source>
        <translation>ακέραιος αριθμός, {range}</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>αριθμός</translation>
    </message>
    <message>
        <source>a number, {range}</source>
        <translation>αριθμός, {range}</translation>
    </message>
    <message>
        <source>more than {low}</source>
        <translation>πάνω από {low}</translation>
    </message>
    <message>
        <source>at least {low}</source>
        <translation>τουλάχιστον {low}</translation>
    </message>
    <message>
        <source>at most {high}</source>
        <translation>το πολύ {high}</translation>
    </message>
    <message>
        <source>any number</source>
        <translation>οποιοσδήποτε αριθμός</translation>
    </message>
    <message>
        <source>{range} {unit}</source>
        <comment>a range, then its unit</comment>
        <translation>{range} {unit}</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Cancel</source>
        <translation>Διακοπή</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Πρόοδος</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v από %m</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Διακοπή…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Διακόπηκε· δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>Something went wrong inside mesolog (a bug). The work stopped and nothing it was writing was kept.

%1</source>
        <translation>Παρουσιάστηκε πρόβλημα στο εσωτερικό του mesolog (σφάλμα λογισμικού). Η εργασία σταμάτησε και δεν διατηρήθηκε τίποτα από όσα έγραφε.

%1</translation>
    </message>
</context>
<context>
    <name>LanguageGroup</name>
    <message>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <source>Language on this computer</source>
        <translation>Γλώσσα σε αυτόν τον υπολογιστή</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <extracomment>the choice of the language the computer&apos;s locale names: %1 is its name, in its own words</extracomment>
        <translation>Η γλώσσα του συστήματος (%1)</translation>
    </message>
    <message>
        <source>Applies from the next start.</source>
        <translation>Ισχύει από την επόμενη εκκίνηση.</translation>
    </message>
    <message>
        <source>&amp;This computer:</source>
        <translation>Σε αυτόν τον &amp;υπολογιστή:</translation>
    </message>
    <message>
        <source>%1=%2 is set here: mesolog speaks %3 whatever is chosen.</source>
        <extracomment>%1 an environment variable, %2 its value (el, en), %3 that language&apos;s own name</extracomment>
        <translation>Εδώ έχει οριστεί %1=%2: το mesolog χρησιμοποιεί τη γλώσσα %3, ό,τι κι αν επιλεγεί.</translation>
    </message>
    <message>
        <source>The language kept in %1 is not one mesolog speaks: it is passed over. Save to keep the one chosen here instead.</source>
        <translation>Η γλώσσα που είναι αποθηκευμένη στο %1 δεν είναι από τις γλώσσες του mesolog: παραβλέπεται. Κάντε αποθήκευση για να διατηρηθεί αντί γι&apos; αυτήν η γλώσσα που επιλέγεται εδώ.</translation>
    </message>
    <message>
        <source>The language could not be kept on this computer: %1</source>
        <translation>Δεν ήταν δυνατό να διατηρηθεί η γλώσσα σε αυτόν τον υπολογιστή: %1</translation>
    </message>
</context>
<context>
    <name>LetterBox</name>
    <message>
        <source>The letter&apos;s language</source>
        <translation>Η γλώσσα της επιστολής</translation>
    </message>
    <message>
        <source>Lan&amp;guage of the text:</source>
        <translation>&amp;Γλώσσα του κειμένου:</translation>
    </message>
    <message>
        <source>The letter&apos;s text</source>
        <translation>Το κείμενο της επιστολής</translation>
    </message>
    <message>
        <source>Use the &amp;Default Text</source>
        <translation>Χρήση του &amp;προεπιλεγμένου κειμένου</translation>
    </message>
    <message>
        <source>Use the default text</source>
        <translation>Χρήση του προεπιλεγμένου κειμένου</translation>
    </message>
    <message>
        <source>Placeholders, replaced in each letter:</source>
        <translation>Πεδία που αντικαθίστανται σε κάθε επιστολή:</translation>
    </message>
    <message>
        <source>The letters written from this window use this text. Keep it as the clinic&apos;s letter to start every recall, and the command line&apos;s letters, from it.</source>
        <translation>Οι επιστολές που συντάσσονται από αυτό το παράθυρο χρησιμοποιούν αυτό το κείμενο. Ορίστε το ως επιστολή του ιατρείου, ώστε από αυτό να ξεκινούν κάθε ανάκληση και οι επιστολές της γραμμής εντολών.</translation>
    </message>
    <message>
        <source>&amp;Keep as the Clinic&apos;s Letter</source>
        <translation>&amp;Ορισμός ως επιστολή του ιατρείου</translation>
    </message>
    <message>
        <source>Keep as the clinic&apos;s letter</source>
        <translation>Ορισμός ως επιστολή του ιατρείου</translation>
    </message>
    <message>
        <source>the patient&apos;s name</source>
        <translation>το όνομα του ασθενούς</translation>
    </message>
    <message>
        <source>the products the patient received</source>
        <translation>τα προϊόντα που έλαβε ο ασθενής</translation>
    </message>
    <message>
        <source>their lot numbers</source>
        <translation>οι αριθμοί παρτίδας τους</translation>
    </message>
    <message>
        <source>the days of the patient&apos;s sessions</source>
        <translation>οι ημερομηνίες των συνεδριών του ασθενούς</translation>
    </message>
    <message>
        <source>the clinic&apos;s name</source>
        <translation>το όνομα του ιατρείου</translation>
    </message>
    <message>
        <source>the clinic&apos;s phone</source>
        <translation>το τηλέφωνο του ιατρείου</translation>
    </message>
    <message>
        <source>the table of the patient&apos;s treatments (a paragraph of its own)</source>
        <translation>ο πίνακας των θεραπειών του ασθενούς (σε δική του παράγραφο)</translation>
    </message>
    <message>
        <source>Kept as the clinic&apos;s letter: every recall starts from it.</source>
        <translation>Ορίστηκε ως επιστολή του ιατρείου: κάθε ανάκληση ξεκινά από αυτήν.</translation>
    </message>
    <message>
        <source>1 letter in Greek</source>
        <translation>1 επιστολή στα ελληνικά</translation>
    </message>
    <message numerus="yes">
        <source>%n letters in Greek</source>
        <translation>
            <numerusform>%n επιστολή στα ελληνικά</numerusform>
            <numerusform>%n επιστολές στα ελληνικά</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in English</source>
        <comment>letters, after those in Greek</comment>
        <translation>
            <numerusform>%n στα αγγλικά</numerusform>
            <numerusform>%n στα αγγλικά</numerusform>
        </translation>
    </message>
    <message>
        <source>1 letter in English</source>
        <translation>1 επιστολή στα αγγλικά</translation>
    </message>
    <message numerus="yes">
        <source>%n letters in English</source>
        <translation>
            <numerusform>%n επιστολή στα αγγλικά</numerusform>
            <numerusform>%n επιστολές στα αγγλικά</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>the letters in Greek, then those in English</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>more than {low} and at most {high}</source>
        <translation>πάνω από {low} και έως {high}</translation>
    </message>
    <message>
        <source>more than {low} and at most {high} {unit}</source>
        <translation>πάνω από {low} και έως {high} {unit}</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} έως {high}</translation>
    </message>
    <message>
        <source>{low} to {high} {unit}</source>
        <translation>{low} έως {high} {unit}</translation>
    </message>
    <message>
        <source>sessions</source>
        <comment>a unit after a range: 1 to 20 sessions</comment>
        <translation>συνεδρίες</translation>
    </message>
    <message>
        <source>days</source>
        <comment>a unit after a range: 7 to 60 days</comment>
        <translation>ημέρες</translation>
    </message>
    <message>
        <source>needles</source>
        <comment>a unit after a range: 1 to 42 needles</comment>
        <translation>βελόνες</translation>
    </message>
    <message>
        <source>per second</source>
        <comment>a unit after a range: 1 to 100 per second</comment>
        <translation>ανά δευτερόλεπτο</translation>
    </message>
    <message>
        <source>passes</source>
        <comment>a unit after a range: 1 to 20 passes</comment>
        <translation>περάσματα</translation>
    </message>
    <message>
        <source>units</source>
        <comment>a unit after a range: 0 to 1000 units (of a product)</comment>
        <translation>μονάδες</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>; </source>
        <comment>between the items of a list in running text</comment>
        <translation>· </translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>mesolog — locked</source>
        <translation>mesolog — κλειδωμένο</translation>
    </message>
    <message>
        <source>mesolog is locked</source>
        <translation>Το mesolog είναι κλειδωμένο</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Κλειδωμένο</translation>
    </message>
    <message>
        <source>Why it locked</source>
        <translation>Γιατί κλείδωσε</translation>
    </message>
    <message>
        <source>%1 (%2) is logged in. Type the password to go on: everything that was open comes back as it was.</source>
        <translation>Είναι συνδεδεμένος ο χρήστης %1 (%2). Πληκτρολογήστε τον κωδικό πρόσβασης για να συνεχίσετε: ό,τι ήταν ανοιχτό θα επανέλθει όπως ήταν.</translation>
    </message>
    <message>
        <source>Who is logged in</source>
        <translation>Ποιος είναι συνδεδεμένος</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Κωδικός πρόσβασης</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Κωδικός πρόσβασης:</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Σφάλμα</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ξεκλείδωμα</translation>
    </message>
    <message>
        <source>&amp;Quit mesolog…</source>
        <translation>Έξο&amp;δος από το mesolog…</translation>
    </message>
    <message>
        <source>Quit mesolog</source>
        <translation>Έξοδος από το mesolog</translation>
    </message>
    <message>
        <source>Quit without unlocking? Sessions being typed are kept and offered back when mesolog starts again; other unsaved changes are lost.</source>
        <translation>Θέλετε να κάνετε έξοδο χωρίς ξεκλείδωμα; Οι συνεδρίες που πληκτρολογούνταν διατηρούνται και προσφέρονται ξανά όταν ξεκινήσει πάλι το mesolog· οι υπόλοιπες μη αποθηκευμένες αλλαγές χάνονται.</translation>
    </message>
</context>
<context>
    <name>LockingGroup</name>
    <message>
        <source>Locking and backups</source>
        <translation>Κλείδωμα και αντίγραφα ασφαλείας</translation>
    </message>
    <message>
        <source>min</source>
        <translation>λεπ.</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Λεπτά χωρίς χρήση μέχρι το κλείδωμα</translation>
    </message>
    <message>
        <source>without a key press or a click; then the password is asked again</source>
        <translation>χωρίς πάτημα πλήκτρου ή κλικ· μετά ζητείται ξανά ο κωδικός πρόσβασης</translation>
    </message>
    <message>
        <source>Loc&amp;k after:</source>
        <translation>Κλείδ&amp;ωμα μετά από:</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Φάκελος αντιγράφων ασφαλείας:</translation>
    </message>
</context>
<context>
    <name>LogInDialog</name>
    <message>
        <source>%1 (%2) is logged in. The account that takes over logs in here.</source>
        <translation>Είναι συνδεδεμένος ο χρήστης %1 (%2). Ο λογαριασμός που αναλαμβάνει συνδέεται εδώ.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Βάση δεδομένων: %1</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Όνομα χρήστη</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Κωδικός πρόσβασης</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Όνομα &amp;χρήστη:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Κωδικός πρόσβασης:</translation>
    </message>
    <message>
        <source>Log in to mesolog.</source>
        <translation>Σύνδεση στο mesolog.</translation>
    </message>
    <message>
        <source>Log in to %1.</source>
        <translation>Σύνδεση: %1.</translation>
    </message>
    <message>
        <source>Type your username.</source>
        <translation>Πληκτρολογήστε το όνομα χρήστη σας.</translation>
    </message>
</context>
<context>
    <name>Logo</name>
    <message>
        <source>a PNG or JPEG image of at most 1 MB (1,048,576 bytes) and 4,000 pixels a side</source>
        <translation>εικόνα PNG ή JPEG έως 1 MB (1.048.576 byte) και έως 4.000 pixel ανά πλευρά</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>εικόνα GIF</translation>
    </message>
    <message>
        <source>a BMP image</source>
        <translation>εικόνα BMP</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>εικόνα TIFF</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>έγγραφο PDF</translation>
    </message>
    <message>
        <source>a ZIP archive or an office document</source>
        <translation>αρχείο ZIP ή έγγραφο εφαρμογής γραφείου</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>εικόνα WebP</translation>
    </message>
    <message>
        <source>a HEIC or AVIF image</source>
        <translation>εικόνα HEIC ή AVIF</translation>
    </message>
    <message>
        <source>an SVG drawing</source>
        <translation>σχέδιο SVG</translation>
    </message>
    <message>
        <source>an empty file</source>
        <translation>κενό αρχείο</translation>
    </message>
    <message>
        <source>not an image</source>
        <comment>what a file is: it is not an image</comment>
        <translation>όχι εικόνα</translation>
    </message>
    <message>
        <source>The logo {file} ({size} bytes) is too large; allowed: {allowed}.</source>
        <translation>Το λογότυπο {file} ({size} byte) είναι πολύ μεγάλο· επιτρέπεται: {allowed}.</translation>
    </message>
    <message>
        <source>The logo {file} ({size} bytes) is {kind}; allowed: {allowed}.</source>
        <translation>Το λογότυπο {file} ({size} byte): {kind}· επιτρέπεται: {allowed}.</translation>
    </message>
    <message>
        <source>The logo {file} ({size} bytes) is marked {kind} but cannot be read (damaged or incomplete); allowed: {allowed}.</source>
        <translation>Το λογότυπο {file} ({size} byte) δηλώνεται ως {kind}, αλλά δεν μπορεί να διαβαστεί (είναι κατεστραμμένο ή ελλιπές)· επιτρέπεται: {allowed}.</translation>
    </message>
    <message>
        <source>The logo {file} ({size} bytes) is {width} × {height} pixels; allowed: {allowed}.</source>
        <translation>Το λογότυπο {file} ({size} byte) έχει διαστάσεις {width} × {height} pixel· επιτρέπεται: {allowed}.</translation>
    </message>
</context>
<context>
    <name>LogoGroup</name>
    <message>
        <source>Logo on the treatment summaries</source>
        <translation>Λογότυπο στις συνόψεις θεραπείας</translation>
    </message>
    <message>
        <source>Choose &amp;image…</source>
        <translation>Ε&amp;πιλογή εικόνας…</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Επιλογή λογότυπου</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Αφαίρεση</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Αφαίρεση λογότυπου</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 1 MB and 4,000 pixels a side.</source>
        <translation>PNG ή JPEG, έως 1 MB και 4.000 εικονοστοιχεία ανά πλευρά.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Χωρίς λογότυπο</translation>
    </message>
    <message>
        <source>The summaries are headed by the clinic&apos;s name only.</source>
        <translation>Οι συνόψεις θεραπείας έχουν στην κεφαλίδα μόνο το όνομα του ιατρείου.</translation>
    </message>
    <message>
        <source>%1
%2 × %3 pixels, %4</source>
        <translation>%1
%2 × %3 εικονοστοιχεία, %4</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>λογότυπο</translation>
    </message>
    <message>
        <source>Logo for the treatment summaries</source>
        <translation>Λογότυπο για τις συνόψεις θεραπείας</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Εικόνες (*.png *.jpg *.jpeg);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>εικόνα PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>εικόνα JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>εικόνα GIF</translation>
    </message>
    <message>
        <source>a BMP image</source>
        <translation>εικόνα BMP</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>εικόνα TIFF</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>εικόνα WebP</translation>
    </message>
    <message>
        <source>a HEIC or AVIF image</source>
        <translation>εικόνα HEIC ή AVIF</translation>
    </message>
    <message>
        <source>an SVG drawing</source>
        <translation>σχέδιο SVG</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>έγγραφο PDF</translation>
    </message>
    <message>
        <source>a ZIP archive or an office document</source>
        <translation>αρχείο ZIP ή έγγραφο γραφείου</translation>
    </message>
    <message>
        <source>an empty file</source>
        <translation>κενό αρχείο</translation>
    </message>
    <message>
        <source>not an image</source>
        <translation>αρχείο που δεν είναι εικόνα</translation>
    </message>
    <message>
        <source>“%1” is %2; the logo may be at most 1 MB.</source>
        <translation>Το «%1» έχει μέγεθος %2· το λογότυπο μπορεί να έχει μέγεθος έως 1 MB.</translation>
    </message>
    <message>
        <source>“%1” (%2) is %3; the logo must be PNG or JPEG: save it as PNG.</source>
        <translation>Το «%1» (%2) είναι %3· το λογότυπο πρέπει να είναι PNG ή JPEG: αποθηκεύστε το ως PNG.</translation>
    </message>
    <message>
        <source>“%1” (%2) is %3; the logo must be a PNG or JPEG image.</source>
        <translation>Το «%1» (%2) είναι %3· το λογότυπο πρέπει να είναι εικόνα PNG ή JPEG.</translation>
    </message>
    <message>
        <source>“%1” (%2) is %3 that cannot be read: it may be damaged.</source>
        <translation>Το «%1» (%2) είναι %3 που δεν μπορεί να διαβαστεί: ίσως έχει υποστεί βλάβη.</translation>
    </message>
    <message>
        <source>“%1” is %4 × %5 pixels; the logo may be at most 4,000 a side.</source>
        <translation>Το «%1» έχει διαστάσεις %4 × %5 εικονοστοιχεία· το λογότυπο μπορεί να έχει έως 4.000 ανά πλευρά.</translation>
    </message>
    <message>
        <source>Save the logo</source>
        <translation>Αποθήκευση λογότυπου</translation>
    </message>
</context>
<context>
    <name>LotDialog</name>
    <message>
        <source>this lot</source>
        <translation>αυτή την παρτίδα</translation>
    </message>
    <message>
        <source>New lot of %1</source>
        <translation>Νέα παρτίδα του προϊόντος %1</translation>
    </message>
    <message>
        <source>Edit lot %1 of %2</source>
        <translation>Επεξεργασία παρτίδας %1 του προϊόντος %2</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Προϊόν</translation>
    </message>
    <message>
        <source>&amp;Lot number</source>
        <translation>&amp;Αριθμός παρτίδας</translation>
    </message>
    <message>
        <source>As printed on the vial</source>
        <translation>Όπως είναι τυπωμένος στο φιαλίδιο</translation>
    </message>
    <message>
        <source>&amp;Expiry date</source>
        <translation>&amp;Ημερομηνία λήξης</translation>
    </message>
    <message>
        <source>An expiry date is needed: the one printed on the vial.</source>
        <translation>Απαιτείται ημερομηνία λήξης: αυτή που είναι τυπωμένη στο φιαλίδιο.</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>Ημερομηνία &amp;παραλαβής</translation>
    </message>
    <message>
        <source>%1 is in the future: a lot is received today (%2) at the latest.</source>
        <translation>Η ημερομηνία %1 είναι μελλοντική: μια παρτίδα παραλαμβάνεται το αργότερα σήμερα (%2).</translation>
    </message>
    <message>
        <source>Empty when not known</source>
        <translation>Κενό όταν δεν είναι γνωστή</translation>
    </message>
    <message>
        <source>&amp;Quantity received</source>
        <translation>Παραληφθείσα πο&amp;σότητα</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>χωρίς καταμέτρηση</translation>
    </message>
    <message>
        <source>Empty when the clinic does not count this lot&apos;s stock</source>
        <translation>Κενό όταν το ιατρείο δεν καταμετρά το απόθεμα αυτής της παρτίδας</translation>
    </message>
    <message>
        <source>Save lot</source>
        <translation>Αποθήκευση παρτίδας</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>Θέλετε να απορρίψετε όσα πληκτρολογήσατε;</translation>
    </message>
</context>
<context>
    <name>LotTableModel</name>
    <message>
        <source>Lot number</source>
        <translation>Αριθμός παρτίδας</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Ημερομηνία λήξης</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ημερομηνία παραλαβής</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Παραλήφθηκε</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Χρησιμοποιήθηκε</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Απομένει</translation>
    </message>
    <message>
        <source>Expired: no longer offered for a session</source>
        <translation>Έληξε: δεν προσφέρεται πλέον για συνεδρία</translation>
    </message>
    <message>
        <source>What signed sessions used of this lot</source>
        <translation>Πόσο από αυτή την παρτίδα χρησιμοποίησαν οι υπογεγραμμένες συνεδρίες</translation>
    </message>
    <message>
        <source>Not known: 1 signed session gave it without saying how many units</source>
        <translation>Άγνωστο: 1 υπογεγραμμένη συνεδρία τη χορήγησε χωρίς να αναφέρει πόσες μονάδες</translation>
    </message>
    <message>
        <source>Not known: %1 signed sessions gave it without saying how many units</source>
        <translation>Άγνωστο: %1 υπογεγραμμένες συνεδρίες τη χορήγησαν χωρίς να αναφέρουν πόσες μονάδες</translation>
    </message>
    <message>
        <source>Not counted: no quantity received was entered</source>
        <translation>Χωρίς καταμέτρηση: δεν καταχωρίστηκε παραληφθείσα ποσότητα</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Choose a patient on the left, or press Ctrl+N for a new one.</source>
        <translation>Επιλέξτε έναν ασθενή στα αριστερά ή πατήστε Ctrl+N για νέο ασθενή.</translation>
    </message>
    <message>
        <source>Patient record</source>
        <translation>Φάκελος ασθενούς</translation>
    </message>
    <message>
        <source>Lists and record</source>
        <translation>Λίστες και φάκελος ασθενούς</translation>
    </message>
    <message>
        <source>mesolog</source>
        <translation>mesolog</translation>
    </message>
    <message>
        <source>mesolog — %1</source>
        <translation>mesolog — %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Επαναφορά από αντίγραφο ασφαλείας</translation>
    </message>
    <message>
        <source>The restored database has no active account %1; mesolog closes. Start it again and log in with an account of the restored database.</source>
        <translation>Η βάση δεδομένων που επαναφέρθηκε δεν έχει ενεργό λογαριασμό %1· το mesolog κλείνει. Ξεκινήστε το ξανά και συνδεθείτε με έναν λογαριασμό της βάσης δεδομένων που επαναφέρθηκε.</translation>
    </message>
    <message>
        <source>Void patient</source>
        <translation>Ακύρωση ασθενούς</translation>
    </message>
    <message>
        <source>Why is this patient&apos;s record voided? (It stays in the database.)</source>
        <translation>Γιατί ακυρώνεται ο φάκελος αυτού του ασθενούς; (Παραμένει στη βάση δεδομένων.)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Το όνομά σας</translation>
    </message>
    <message>
        <source>Your name as it should appear on the records you log:</source>
        <translation>Το όνομά σας όπως πρέπει να εμφανίζεται στις καταχωρίσεις σας:</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Ο κωδικός πρόσβασής σας άλλαξε.</translation>
    </message>
    <message>
        <source>%1 is logged in now.</source>
        <translation>Τώρα είναι συνδεδεμένος ο χρήστης %1.</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Map of the course</source>
        <translation>Χάρτης του θεραπευτικού προγράμματος</translation>
    </message>
</context>
<context>
    <name>MomentField</name>
    <message>
        <source>A date and time are needed.</source>
        <translation>Απαιτούνται ημερομηνία και ώρα.</translation>
    </message>
</context>
<context>
    <name>NeedleFields</name>
    <message>
        <source>Needle gauge</source>
        <translation>Διάμετρος βελόνας</translation>
    </message>
    <message>
        <source>Needle length in millimetres</source>
        <translation>Μήκος βελόνας σε χιλιοστά</translation>
    </message>
    <message>
        <source>Needle depth in millimetres</source>
        <translation>Βάθος βελόνας σε χιλιοστά</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Μέθοδος</translation>
    </message>
    <message>
        <source>Gauge</source>
        <translation>Διάμετρος</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Μήκος</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Βάθος</translation>
    </message>
</context>
<context>
    <name>NeedleGroup</name>
    <message>
        <source>Mesotherapy needle</source>
        <translation>Βελόνα μεσοθεραπείας</translation>
    </message>
    <message>
        <source>Needle gauge</source>
        <translation>Διάμετρος βελόνας</translation>
    </message>
    <message>
        <source>Needle length</source>
        <translation>Μήκος βελόνας</translation>
    </message>
    <message>
        <source>Needle depth</source>
        <translation>Βάθος βελόνας</translation>
    </message>
    <message>
        <source>&amp;Gauge:</source>
        <translation>Διάμετ&amp;ρος:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Μήκος:</translation>
    </message>
    <message>
        <source>&amp;Depth:</source>
        <translation>&amp;Βάθος:</translation>
    </message>
</context>
<context>
    <name>NeedleMethod</name>
    <message>
        <source>point by point</source>
        <comment>lower case, in a technique: 30G · 4 mm · point by point</comment>
        <translation>σημείο προς σημείο</translation>
    </message>
    <message>
        <source>nappage</source>
        <comment>lower case, in a technique</comment>
        <translation>nappage (πολλαπλές επιφανειακές εγχύσεις)</translation>
    </message>
    <message>
        <source>papule</source>
        <comment>lower case, in a technique</comment>
        <translation>τεχνική βλατίδων</translation>
    </message>
    <message>
        <source>linear</source>
        <comment>lower case, in a technique</comment>
        <translation>γραμμική έγχυση</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>%1 reads two ways, %2 or %3: write it without a thousands mark (%4).</source>
        <translation>Το %1 διαβάζεται με δύο τρόπους, %2 ή %3: γράψτε το χωρίς διαχωριστικό χιλιάδων (%4).</translation>
    </message>
    <message>
        <source>%1 is not a number: %2.</source>
        <translation>Το %1 δεν είναι αριθμός: %2.</translation>
    </message>
    <message>
        <source>%1 is not a whole number: %2.</source>
        <translation>Το %1 δεν είναι ακέραιος αριθμός: %2.</translation>
    </message>
    <message>
        <source>%1 has more than %2 decimals: %3.</source>
        <translation>Το %1 έχει περισσότερα από %2 δεκαδικά ψηφία: %3.</translation>
    </message>
    <message>
        <source>%1 is too high: %2.</source>
        <translation>Η τιμή %1 είναι πολύ υψηλή: %2.</translation>
    </message>
    <message>
        <source>%1 is too low: %2.</source>
        <translation>Η τιμή %1 είναι πολύ χαμηλή: %2.</translation>
    </message>
    <message>
        <source>A value is needed: %1.</source>
        <translation>Απαιτείται τιμή: %1.</translation>
    </message>
    <message>
        <source>more than %1, at most %2</source>
        <translation>πάνω από %1, έως %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 έως %2</translation>
    </message>
</context>
<context>
    <name>Onset</name>
    <message>
        <source>During the session</source>
        <comment>when a reaction began</comment>
        <translation>Κατά τη συνεδρία</translation>
    </message>
    <message>
        <source>Same day</source>
        <comment>when a reaction began</comment>
        <translation>Την ίδια ημέρα</translation>
    </message>
    <message>
        <source>Next days</source>
        <comment>when a reaction began</comment>
        <translation>Τις επόμενες ημέρες</translation>
    </message>
    <message>
        <source>Later</source>
        <comment>when a reaction began</comment>
        <translation>Αργότερα</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Something went wrong inside mesolog (a bug). Nothing was saved.

%1</source>
        <translation>Παρουσιάστηκε πρόβλημα στο εσωτερικό του mesolog (σφάλμα λογισμικού). Δεν αποθηκεύτηκε τίποτα.

%1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase of the database</source>
        <translation>Φράση πρόσβασης της βάσης δεδομένων</translation>
    </message>
    <message>
        <source>The database %1 is encrypted. Type its passphrase to open it.</source>
        <translation>Η βάση δεδομένων %1 είναι κρυπτογραφημένη. Πληκτρολογήστε τη φράση πρόσβασής της για να την ανοίξετε.</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Φράση πρόσβασης του αντιγράφου ασφαλείας</translation>
    </message>
    <message>
        <source>%1 is encrypted. Type the passphrase it was backed up with.</source>
        <translation>Το %1 είναι κρυπτογραφημένο. Πληκτρολογήστε τη φράση πρόσβασης με την οποία δημιουργήθηκε το αντίγραφο ασφαλείας.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Φράση πρόσβασης</translation>
    </message>
    <message>
        <source>S&amp;how the passphrase</source>
        <translation>Εμφάν&amp;ιση της φράσης πρόσβασης</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Εμφάνιση της φράσης πρόσβασης</translation>
    </message>
    <message>
        <source>That passphrase does not open %1. Check capital letters and the keyboard layout, and try again.</source>
        <translation>Αυτή η φράση πρόσβασης δεν ανοίγει το %1. Ελέγξτε τα κεφαλαία γράμματα και τη διάταξη του πληκτρολογίου, και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Φράση πρόσβασης:</translation>
    </message>
</context>
<context>
    <name>PatientCopy</name>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Θεράπων ιατρός</translation>
    </message>
    <message>
        <source>Treated areas</source>
        <translation>Περιοχές θεραπείας</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Θεραπεία</translation>
    </message>
    <message>
        <source>Products used</source>
        <translation>Προϊόντα που χρησιμοποιήθηκαν</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Συνεδρία</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Αντίδραση</translation>
    </message>
    <message>
        <source>Now</source>
        <comment>whether a reaction has gone</comment>
        <translation>Τώρα</translation>
    </message>
    <message>
        <source>Injections with a fine needle</source>
        <translation>Ενέσεις με λεπτή βελόνα</translation>
    </message>
    <message>
        <source>Micro-needling pen</source>
        <translation>Πένα μικροβελονισμού</translation>
    </message>
    <message>
        <source>lot {lot}</source>
        <translation>παρτίδα {lot}</translation>
    </message>
    <message>
        <source>still present at the last visit</source>
        <comment>a reaction</comment>
        <translation>υπήρχε ακόμη στην τελευταία επίσκεψη</translation>
    </message>
    <message>
        <source>gone by {date}</source>
        <comment>a reaction</comment>
        <translation>είχε υποχωρήσει έως τις {date}</translation>
    </message>
    <message>
        <source>none: the course was stopped</source>
        <comment>the next session</comment>
        <translation>καμία: το θεραπευτικό πρόγραμμα διακόπηκε</translation>
    </message>
    <message>
        <source>none planned: the course is complete</source>
        <comment>the next session</comment>
        <translation>δεν έχει προγραμματιστεί: το θεραπευτικό πρόγραμμα ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>due since {date}: please book it</source>
        <comment>the next session</comment>
        <translation>έπρεπε να γίνει από τις {date}: παρακαλούμε κλείστε ραντεβού</translation>
    </message>
    <message>
        <source>between {start} and {end}</source>
        <comment>the next session</comment>
        <translation>μεταξύ {start} και {end}</translation>
    </message>
    <message>
        <source>around {date}</source>
        <comment>the next session</comment>
        <translation>γύρω στις {date}</translation>
    </message>
    <message>
        <source>products about {products} for 1 session; session fees not included</source>
        <translation>προϊόντα περίπου {products} για 1 συνεδρία· δεν περιλαμβάνεται η αμοιβή της συνεδρίας</translation>
    </message>
    <message>
        <source>products about {products} for {count} sessions; session fees not included</source>
        <translation>προϊόντα περίπου {products} για {count} συνεδρίες· δεν περιλαμβάνονται οι αμοιβές των συνεδριών</translation>
    </message>
    <message>
        <source>about {total} for 1 session (session fees {fees}, products {products})</source>
        <translation>περίπου {total} για 1 συνεδρία (αμοιβή συνεδρίας {fees}, προϊόντα {products})</translation>
    </message>
    <message>
        <source>about {total} for {count} sessions (session fees {fees}, products {products})</source>
        <translation>περίπου {total} για {count} συνεδρίες (αμοιβές συνεδριών {fees}, προϊόντα {products})</translation>
    </message>
    <message>
        <source>not counted, no price yet: {products}</source>
        <comment>a course estimate</comment>
        <translation>δεν υπολογίστηκαν, δεν έχουν ακόμη τιμή: {products}</translation>
    </message>
    <message>
        <source>not counted, no units planned: {products}</source>
        <comment>a course estimate</comment>
        <translation>δεν υπολογίστηκαν, δεν έχουν προγραμματιστεί μονάδες: {products}</translation>
    </message>
    <message>
        <source>{done} of {planned} planned</source>
        <comment>sessions</comment>
        <translation>{done} από {planned} προγραμματισμένες</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Περιοχές</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Συνεδρίες</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Έναρξη</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Επόμενη συνεδρία</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Εκτιμώμενο κόστος</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>Not assessed</source>
        <translation>Δεν έχει αξιολογηθεί</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Δεν έχει υπογραφεί</translation>
    </message>
    <message>
        <source>This computer&apos;s language</source>
        <translation>Γλώσσα αυτού του υπολογιστή</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Επώνυμο</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ημερομηνία γέννησης</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Αριθμός φακέλου</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Φύλο</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Ηλ. ταχυδρομείο</translation>
    </message>
    <message>
        <source>Language of documents</source>
        <translation>Γλώσσα εγγράφων</translation>
    </message>
    <message>
        <source>Skin type (Fitzpatrick)</source>
        <translation>Φωτότυπος (Fitzpatrick)</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Αλλεργίες</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Φάρμακα</translation>
    </message>
    <message>
        <source>Medical history</source>
        <translation>Ιατρικό ιστορικό</translation>
    </message>
    <message>
        <source>Consent signed on</source>
        <translation>Ημερομηνία υπογραφής συγκατάθεσης</translation>
    </message>
    <message>
        <source>Photo consent on</source>
        <translation>Ημερομηνία συγκατάθεσης για φωτογραφίες</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>this patient</source>
        <translation>τον φάκελο αυτού του ασθενούς</translation>
    </message>
    <message>
        <source>The next number of the clinic&apos;s series (Settings); change it if need be</source>
        <translation>Ο επόμενος αριθμός της σειράς του ιατρείου (Ρυθμίσεις)· αλλάξτε τον αν χρειάζεται</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Νέος ασθενής</translation>
    </message>
    <message>
        <source>Edit patient — %1</source>
        <translation>Επεξεργασία ασθενούς — %1</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Στοιχεία ταυτότητας</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Επώνυμο</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>Ό&amp;νομα</translation>
    </message>
    <message>
        <source>A date of birth is required</source>
        <translation>Η ημερομηνία γέννησης είναι υποχρεωτική</translation>
    </message>
    <message numerus="yes">
        <source>%1 is more than %n years ago: a date of birth is on or after %2.</source>
        <translation>
            <numerusform>Η ημερομηνία %1 είναι πάνω από %n χρόνο πριν: η ημερομηνία γέννησης πρέπει να είναι %2 ή μεταγενέστερη.</numerusform>
            <numerusform>Η ημερομηνία %1 είναι πάνω από %n χρόνια πριν: η ημερομηνία γέννησης πρέπει να είναι %2 ή μεταγενέστερη.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is in the future: a date of birth is today (%2) at the latest.</source>
        <translation>Η ημερομηνία %1 είναι στο μέλλον: η ημερομηνία γέννησης είναι το αργότερο σήμερα (%2).</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ηλικία</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Ημερομηνία &amp;γέννησης</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>&amp;Φύλο</translation>
    </message>
    <message>
        <source>&amp;Record number</source>
        <translation>&amp;Αριθμός φακέλου</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Επικοινωνία</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Τηλέφωνο</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>Ηλ. ταχυ&amp;δρομείο</translation>
    </message>
    <message>
        <source>&amp;Language of documents</source>
        <translation>Γλώσσα εγγ&amp;ράφων</translation>
    </message>
    <message>
        <source>The language of the patient&apos;s treatment summaries and recall letters.</source>
        <translation>Η γλώσσα των συνόψεων θεραπείας και των επιστολών ανάκλησης του ασθενούς.</translation>
    </message>
    <message>
        <source>Clinical</source>
        <translation>Κλινικά στοιχεία</translation>
    </message>
    <message>
        <source>S&amp;kin type (Fitzpatrick)</source>
        <translation>Φωτότυ&amp;πος (Fitzpatrick)</translation>
    </message>
    <message>
        <source>&amp;Allergies</source>
        <translation>Α&amp;λλεργίες</translation>
    </message>
    <message>
        <source>Leave empty when none are known</source>
        <translation>Αφήστε το κενό αν δεν είναι γνωστή καμία αλλεργία</translation>
    </message>
    <message>
        <source>NSAID warning</source>
        <translation>Προειδοποίηση για ΜΣΑΦ</translation>
    </message>
    <message>
        <source>&amp;Medications</source>
        <translation>Φάρμα&amp;κα</translation>
    </message>
    <message>
        <source>Medical &amp;history</source>
        <translation>&amp;Ιατρικό ιστορικό</translation>
    </message>
    <message>
        <source>Consent and notes</source>
        <translation>Συγκατάθεση και σημειώσεις</translation>
    </message>
    <message>
        <source>&amp;Consent signed on</source>
        <translation>&amp;Συγκατάθεση υπογεγραμμένη στις</translation>
    </message>
    <message>
        <source>Consent signed</source>
        <translation>Υπογεγραμμένη συγκατάθεση</translation>
    </message>
    <message>
        <source>Clinical photos are added only with this consent.</source>
        <translation>Κλινικές φωτογραφίες προστίθενται μόνο με αυτή τη συγκατάθεση.</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Συγκατάθεση για φωτογραφίες</translation>
    </message>
    <message>
        <source>Ph&amp;oto consent on</source>
        <translation>Συγκατάθεση για φ&amp;ωτογραφίες στις</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Ση&amp;μειώσεις</translation>
    </message>
    <message>
        <source>Type it like %1 or 31121980, or open the calendar</source>
        <translation>Πληκτρολογήστε την όπως %1 ή 31121980, ή ανοίξτε το ημερολόγιο</translation>
    </message>
    <message>
        <source>1 year old</source>
        <translation>1 έτους</translation>
    </message>
    <message numerus="yes">
        <source>%n years old</source>
        <translation>
            <numerusform>%n έτους</numerusform>
            <numerusform>%n ετών</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NSAID (%1): bruising risk; ask about a %n-day pause before sessions.</source>
        <translation>
            <numerusform>ΜΣΑΦ (%1): κίνδυνος εκχύμωσης· ρωτήστε για διακοπή %n ημέρας πριν από τις συνεδρίες.</numerusform>
            <numerusform>ΜΣΑΦ (%1): κίνδυνος εκχύμωσης· ρωτήστε για διακοπή %n ημερών πριν από τις συνεδρίες.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save patient</source>
        <translation>Αποθήκευση ασθενούς</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>Θέλετε να απορρίψετε όσα πληκτρολογήσατε;</translation>
    </message>
</context>
<context>
    <name>PatientHeader</name>
    <message>
        <source>Patient name</source>
        <translation>Όνομα ασθενούς</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Επεξεργασία στοιχείων…</translation>
    </message>
    <message>
        <source>Edit patient</source>
        <translation>Επεξεργασία ασθενούς</translation>
    </message>
    <message>
        <source>Change the patient&apos;s details, allergies and consent</source>
        <translation>Αλλαγή των στοιχείων, των αλλεργιών και της συγκατάθεσης του ασθενούς</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ηλικία</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ημερομηνία γέννησης</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Φύλο</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Αριθμός φακέλου</translation>
    </message>
    <message>
        <source>Skin type</source>
        <translation>Φωτότυπος</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Συγκατάθεση</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>1 year old</source>
        <translation>1 έτους</translation>
    </message>
    <message numerus="yes">
        <source>%n years old</source>
        <translation>
            <numerusform>%n έτους</numerusform>
            <numerusform>%n ετών</numerusform>
        </translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>γεννήθηκε στις %1</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Φάκελος %1</translation>
    </message>
    <message>
        <source>No record number</source>
        <translation>Χωρίς αριθμό φακέλου</translation>
    </message>
    <message>
        <source>Skin type %1</source>
        <translation>Φωτότυπος %1</translation>
    </message>
    <message>
        <source>Skin type not assessed</source>
        <translation>Φωτότυπος: δεν έχει αξιολογηθεί</translation>
    </message>
    <message>
        <source>consent signed %1</source>
        <translation>συγκατάθεση υπογεγραμμένη στις %1</translation>
    </message>
    <message>
        <source>A voided patient&apos;s details can no longer be changed</source>
        <translation>Τα στοιχεία ενός ακυρωμένου ασθενούς δεν μπορούν πλέον να αλλάξουν</translation>
    </message>
    <message>
        <source>VOIDED on %1 by %2 — %3</source>
        <translation>ΑΚΥΡΩΘΗΚΕ στις %1 από %2 — %3</translation>
    </message>
    <message>
        <source>Allergy: %1</source>
        <translation>Αλλεργία: %1</translation>
    </message>
    <message>
        <source>Takes an NSAID (%1): bruising risk</source>
        <translation>Λαμβάνει ΜΣΑΦ (%1): κίνδυνος εκχύμωσης</translation>
    </message>
    <message>
        <source>No signed consent on file</source>
        <translation>Δεν υπάρχει υπογεγραμμένη συγκατάθεση στον φάκελο</translation>
    </message>
</context>
<context>
    <name>PatientLists</name>
    <message>
        <source>Search patients</source>
        <translation>Αναζήτηση ασθενών</translation>
    </message>
    <message>
        <source>Search by name, record number or phone</source>
        <translation>Αναζήτηση με όνομα, αριθμό φακέλου ή τηλέφωνο</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Ασθενείς</translation>
    </message>
    <message>
        <source>Patients due</source>
        <translation>Λίστα επόμενων συνεδριών</translation>
    </message>
    <message>
        <source>Patients whose next session is overdue or due within a week.</source>
        <translation>Ασθενείς των οποίων η επόμενη συνεδρία είναι εκπρόθεσμη ή προγραμματισμένη μέσα στην επόμενη εβδομάδα.</translation>
    </message>
    <message>
        <source>Patient lists</source>
        <translation>Λίστες ασθενών</translation>
    </message>
    <message>
        <source>Pat&amp;ients</source>
        <translation>Α&amp;σθενείς</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>Επό&amp;μενες</translation>
    </message>
    <message>
        <source>D&amp;ue (%1)</source>
        <translation>Επό&amp;μενες (%1)</translation>
    </message>
    <message>
        <source>No patient matches the search</source>
        <translation>Κανένας ασθενής δεν ταιριάζει με την αναζήτηση</translation>
    </message>
    <message>
        <source>No patients yet</source>
        <translation>Δεν υπάρχουν ακόμη ασθενείς</translation>
    </message>
    <message>
        <source>1 patient shown</source>
        <translation>Εμφανίζεται 1 ασθενής</translation>
    </message>
    <message>
        <source>%1+ patients shown</source>
        <translation>Εμφανίζονται %1+ ασθενείς</translation>
    </message>
    <message numerus="yes">
        <source>%n patients shown</source>
        <translation>
            <numerusform>Εμφανίζεται %n ασθενής</numerusform>
            <numerusform>Εμφανίζονται %n ασθενείς</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientOrder</name>
    <message>
        <source>Name</source>
        <comment>sort the patients by</comment>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <comment>sort the patients by</comment>
        <translation>Ημερομηνία γέννησης</translation>
    </message>
    <message>
        <source>Last session</source>
        <comment>sort the patients by</comment>
        <translation>Τελευταία συνεδρία</translation>
    </message>
    <message>
        <source>Next due</source>
        <comment>sort the patients by</comment>
        <translation>Επόμενη συνεδρία</translation>
    </message>
</context>
<context>
    <name>PatientRecord</name>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt; (newest first; double-click to open)</source>
        <translation>&lt;b&gt;Ιστορικό&lt;/b&gt; (πρώτα τα νεότερα· διπλό κλικ για άνοιγμα)</translation>
    </message>
    <message>
        <source>Record and photos</source>
        <translation>Φάκελος και φωτογραφίες</translation>
    </message>
    <message>
        <source>Courses and sessions</source>
        <translation>Θεραπευτικά προγράμματα και συνεδρίες</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Φωτογραφίες</translation>
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Γέννηση</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Φάκελος</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Τελευταία επίσκεψη</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Επόμενη συνεδρία</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Προθεσμία</translation>
    </message>
    <message>
        <source>Family name, given name</source>
        <translation>Επώνυμο, όνομα</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ημερομηνία γέννησης</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Αριθμός φακέλου</translation>
    </message>
    <message>
        <source>Last signed session</source>
        <translation>Τελευταία υπογεγραμμένη συνεδρία</translation>
    </message>
    <message>
        <source>Next session due</source>
        <translation>Επόμενη συνεδρία</translation>
    </message>
    <message>
        <source>When the next session is due</source>
        <translation>Πότε είναι η επόμενη συνεδρία</translation>
    </message>
    <message>
        <source>today</source>
        <translation>σήμερα</translation>
    </message>
    <message>
        <source>⚠ overdue 1 day</source>
        <translation>⚠ εκπρόθεσμη 1 ημ.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ overdue %n days</source>
        <translation>
            <numerusform>⚠ εκπρόθεσμη %n ημ.</numerusform>
            <numerusform>⚠ εκπρόθεσμη %n ημ.</numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation>σε 1 ημέρα</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>σε %n ημέρα</numerusform>
            <numerusform>σε %n ημέρες</numerusform>
        </translation>
    </message>
    <message>
        <source> (voided)</source>
        <translation> (ακυρωμένος φάκελος)</translation>
    </message>
    <message>
        <source>⚠ </source>
        <translation>⚠ </translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Γεννήθηκε στις %1</translation>
    </message>
</context>
<context>
    <name>Patients</name>
    <message>
        <source>No patient has the id or record number {ref}.</source>
        <translation>Δεν υπάρχει ασθενής με αναγνωριστικό ή αριθμό φακέλου {ref}.</translation>
    </message>
    <message>
        <source>The patient {ref} was voided on {day}.</source>
        <translation>Ο ασθενής {ref} ακυρώθηκε στις {day}.</translation>
    </message>
    <message>
        <source>a date before the patient&apos;s first session ({day})</source>
        <translation>ημερομηνία πριν από την πρώτη συνεδρία του ασθενούς ({day})</translation>
    </message>
    <message>
        <source>a date on or before the patient&apos;s first course ({day})</source>
        <translation>ημερομηνία έως και την ημέρα του πρώτου θεραπευτικού προγράμματος του ασθενούς ({day})</translation>
    </message>
    <message>
        <source>a record number no other patient has</source>
        <translation>αριθμός φακέλου που δεν έχει κανένας άλλος ασθενής</translation>
    </message>
    <message>
        <source>a record number no other patient has: {number} is another patient&apos;s</source>
        <translation>αριθμός φακέλου που δεν έχει κανένας άλλος ασθενής: ο {number} ανήκει σε άλλον ασθενή</translation>
    </message>
</context>
<context>
    <name>PenFields</name>
    <message>
        <source>Number of pen needles</source>
        <translation>Αριθμός βελονών της πένας</translation>
    </message>
    <message>
        <source>Pen depth in millimetres</source>
        <translation>Βάθος πένας σε χιλιοστά</translation>
    </message>
    <message>
        <source>Penetrations per second</source>
        <translation>Διατρήσεις ανά δευτερόλεπτο</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>δεν καταγράφηκε</translation>
    </message>
    <message>
        <source>Passes (empty: not recorded)</source>
        <translation>Περάσματα (κενό: δεν καταγράφηκαν)</translation>
    </message>
    <message>
        <source>Passes over the area; empty when not recorded</source>
        <translation>Περάσματα πάνω από την περιοχή· κενό όταν δεν καταγράφηκαν</translation>
    </message>
    <message>
        <source>Needles</source>
        <translation>Βελόνες</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Βάθος</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Ταχύτητα</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Περάσματα</translation>
    </message>
</context>
<context>
    <name>PenGroup</name>
    <message>
        <source>Micro-needling pen</source>
        <translation>Πένα μικροβελονισμού</translation>
    </message>
    <message>
        <source>needles</source>
        <translation>βελόνες</translation>
    </message>
    <message>
        <source>Pen needle count</source>
        <translation>Αριθμός βελονών της πένας</translation>
    </message>
    <message>
        <source>Pen depth</source>
        <translation>Βάθος της πένας</translation>
    </message>
    <message>
        <source>Pen penetrations per second</source>
        <translation>Διατρήσεις ανά δευτερόλεπτο της πένας</translation>
    </message>
    <message>
        <source>Nee&amp;dles:</source>
        <translation>Β&amp;ελόνες:</translation>
    </message>
    <message>
        <source>De&amp;pth:</source>
        <translation>Βάθο&amp;ς:</translation>
    </message>
    <message>
        <source>Penetrations per &amp;second:</source>
        <translation>Δ&amp;ιατρήσεις ανά δευτερόλεπτο:</translation>
    </message>
</context>
<context>
    <name>PgDump</name>
    <message>
        <source>Install PostgreSQL&apos;s client programs of version {major} or newer (Debian and Ubuntu: `sudo apt install postgresql-client`, or postgresql-client-{major} from apt.postgresql.org; Windows: the PostgreSQL installer&apos;s command line tools), or name the folder that holds them in MESOLOG_PG_BIN.</source>
        <translation>Εγκαταστήστε τα προγράμματα-πελάτες της PostgreSQL, έκδοσης {major} ή νεότερης (Debian και Ubuntu: `sudo apt install postgresql-client`, ή postgresql-client-{major} από το apt.postgresql.org· Windows: τα εργαλεία γραμμής εντολών του προγράμματος εγκατάστασης της PostgreSQL), ή δηλώστε τον φάκελο που τα περιέχει στη μεταβλητή MESOLOG_PG_BIN.</translation>
    </message>
    <message>
        <source>pg_dump and pg_restore are not installed here (looked in {where}); they back up and restore a PostgreSQL database. {install}</source>
        <translation>Τα pg_dump και pg_restore δεν είναι εγκατεστημένα εδώ (αναζήτηση σε {where})· με αυτά λαμβάνονται αντίγραφα ασφαλείας και γίνεται επαναφορά μιας βάσης PostgreSQL. {install}</translation>
    </message>
    <message>
        <source>The database server runs PostgreSQL {server}, and the newest pg_dump here is version {found} ({path}): a pg_dump older than the server cannot back it up. {install}</source>
        <translation>Ο διακομιστής βάσεων δεδομένων εκτελεί PostgreSQL {server} και το νεότερο pg_dump εδώ είναι η έκδοση {found} ({path}): ένα pg_dump παλαιότερο από τον διακομιστή δεν μπορεί να πάρει αντίγραφό του. {install}</translation>
    </message>
    <message>
        <source>The database URL&apos;s parameter {name} cannot be handed to pg_dump; put it in a PostgreSQL service file and name the service in the URL (?service=NAME).</source>
        <translation>Η παράμετρος {name} της διεύθυνσης (URL) της βάσης δεδομένων δεν μπορεί να δοθεί στο pg_dump· γράψτε την σε αρχείο υπηρεσιών (service file) της PostgreSQL και δηλώστε την υπηρεσία στη διεύθυνση (?service=ΟΝΟΜΑ).</translation>
    </message>
    <message>
        <source>{program} did not finish within {seconds} seconds.</source>
        <translation>Το {program} δεν ολοκληρώθηκε μέσα σε {seconds} δευτερόλεπτα.</translation>
    </message>
    <message>
        <source>Cannot run {program}: {reason}</source>
        <translation>Δεν είναι δυνατή η εκτέλεση του {program}: {reason}</translation>
    </message>
    <message>
        <source>{program} failed (exit status {status}): {reason}</source>
        <translation>Το {program} απέτυχε (κωδικός εξόδου {status}): {reason}</translation>
    </message>
    <message>
        <source>The role {role} may not create databases, and checking or restoring a dump needs a database of its own: run it as a role with CREATEDB (the backup role of docs/clinic-server.md, or the owner&apos;s for a restore). Nothing was written.</source>
        <translation>Ο ρόλος {role} δεν επιτρέπεται να δημιουργεί βάσεις δεδομένων, ενώ ο έλεγχος ή η επαναφορά ενός αντιγράφου χρειάζεται δική του βάση: εκτελέστε το με ρόλο που έχει CREATEDB (τον ρόλο αντιγράφων ασφαλείας του docs/clinic-server.md ή, για επαναφορά, τον ρόλο του ιδιοκτήτη). Δεν γράφτηκε τίποτα.</translation>
    </message>
</context>
<context>
    <name>PhotoChoice</name>
    <message>
        <source>P&amp;hoto page: photos of the same view side by side</source>
        <translation>Σελίδα &amp;φωτογραφιών: φωτογραφίες της ίδιας όψης δίπλα-δίπλα</translation>
    </message>
    <message>
        <source>Photo page</source>
        <translation>Σελίδα φωτογραφιών</translation>
    </message>
    <message>
        <source>Photos on the page</source>
        <translation>Φωτογραφίες στη σελίδα</translation>
    </message>
    <message>
        <source>About the photo page</source>
        <translation>Σχετικά με τη σελίδα φωτογραφιών</translation>
    </message>
    <message>
        <source>Each view&apos;s first and last photo are ticked; tick the ones to print.</source>
        <translation>Η πρώτη και η τελευταία φωτογραφία κάθε όψης είναι επιλεγμένες· επιλέξτε όσες θέλετε να τυπωθούν.</translation>
    </message>
    <message>
        <source>No photo page: the patient has no photo consent on file.</source>
        <translation>Χωρίς σελίδα φωτογραφιών: δεν υπάρχει στον φάκελο συγκατάθεση του ασθενούς για φωτογραφίες.</translation>
    </message>
    <message>
        <source>No photo page: the patient has no photos.</source>
        <translation>Χωρίς σελίδα φωτογραφιών: ο ασθενής δεν έχει φωτογραφίες.</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Μετωπική</translation>
    </message>
    <message>
        <source>Left 45°</source>
        <translation>Αριστερά 45°</translation>
    </message>
    <message>
        <source>Right 45°</source>
        <translation>Δεξιά 45°</translation>
    </message>
    <message>
        <source>Left profile</source>
        <translation>Αριστερό προφίλ</translation>
    </message>
    <message>
        <source>Right profile</source>
        <translation>Δεξί προφίλ</translation>
    </message>
    <message>
        <source>before</source>
        <translation>πριν</translation>
    </message>
    <message>
        <source>after</source>
        <translation>μετά</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>επανέλεγχος</translation>
    </message>
</context>
<context>
    <name>PhotoFiles</name>
    <message>
        <source>Photos (JPEG, PNG, TIFF, HEIC)</source>
        <translation>Φωτογραφίες (JPEG, PNG, TIFF, HEIC)</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Όλα τα αρχεία</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Το %1 δεν μπορεί να διαβαστεί: %2.</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
</context>
<context>
    <name>PhotoRow</name>
    <message>
        <source>Preview of %1</source>
        <translation>Προεπισκόπηση του %1</translation>
    </message>
    <message>
        <source>View of %1</source>
        <translation>Όψη του %1</translation>
    </message>
    <message>
        <source>Label of %1</source>
        <translation>Περιγραφή του %1</translation>
    </message>
    <message>
        <source>Moment of %1</source>
        <translation>Χρονική στιγμή του %1</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Συνεδρία του %1</translation>
    </message>
    <message>
        <source>Outcome for %1</source>
        <translation>Αποτέλεσμα για το %1</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Χωρίς προεπισκόπηση</translation>
    </message>
    <message>
        <source>What it shows (required)</source>
        <translation>Τι δείχνει (υποχρεωτικό)</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Σημείωση (προαιρετικό)</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>The stored image of this photo (%1 bytes, %2) cannot be shown: it may be damaged (Records ▸ Audit Log… verifies the records).</source>
        <translation>Η αποθηκευμένη εικόνα αυτής της φωτογραφίας (%1 byte, %2) δεν μπορεί να εμφανιστεί: ίσως είναι κατεστραμμένη (η επιλογή Τήρηση φακέλων ▸ Αρχείο ελέγχου… επαληθεύει τις καταχωρίσεις).</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Προσαρμογή</translation>
    </message>
    <message>
        <source>Fit the photo to the window</source>
        <translation>Προσαρμογή της φωτογραφίας στο παράθυρο</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Σμίκρυνση</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Μεγέθυνση</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Φωτογραφία</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message numerus="yes">
        <source>a few words saying what a free view shows (1 to %n characters)</source>
        <translation>
            <numerusform>λίγες λέξεις που περιγράφουν τι δείχνει μια ελεύθερη όψη (1 έως %n χαρακτήρας)</numerusform>
            <numerusform>λίγες λέξεις που περιγράφουν τι δείχνει μια ελεύθερη όψη (1 έως %n χαρακτήρες)</numerusform>
        </translation>
    </message>
    <message>
        <source>Front</source>
        <comment>a photo&apos;s view</comment>
        <translation>Μετωπική</translation>
    </message>
    <message>
        <source>Left 45°</source>
        <comment>a photo&apos;s view</comment>
        <translation>Αριστερά 45°</translation>
    </message>
    <message>
        <source>Right 45°</source>
        <comment>a photo&apos;s view</comment>
        <translation>Δεξιά 45°</translation>
    </message>
    <message>
        <source>Left profile</source>
        <comment>a photo&apos;s view</comment>
        <translation>Αριστερό προφίλ</translation>
    </message>
    <message>
        <source>Right profile</source>
        <comment>a photo&apos;s view</comment>
        <translation>Δεξί προφίλ</translation>
    </message>
    <message>
        <source>Other view</source>
        <comment>a photo&apos;s view</comment>
        <translation>Άλλη όψη</translation>
    </message>
    <message>
        <source>Before</source>
        <comment>a photo taken before the session</comment>
        <translation>Πριν</translation>
    </message>
    <message>
        <source>After</source>
        <comment>a photo taken after the session</comment>
        <translation>Μετά</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <comment>a photo taken at a later visit</comment>
        <translation>Επανέλεγχος</translation>
    </message>
    <message>
        <source>session {session}</source>
        <comment>where a photo was taken</comment>
        <translation>συνεδρία {session}</translation>
    </message>
    <message>
        <source>course {course}, session {session}</source>
        <comment>where a photo was taken</comment>
        <translation>θεραπευτικό πρόγραμμα {course}, συνεδρία {session}</translation>
    </message>
    <message>
        <source>Printed with the patient&apos;s consent to clinical photos, given {date}.</source>
        <translation>Τυπώθηκε με τη συγκατάθεση του ασθενούς για κλινικές φωτογραφίες, που δόθηκε στις {date}.</translation>
    </message>
    <message>
        <source>Photos</source>
        <comment>the photo page&apos;s heading</comment>
        <translation>Φωτογραφίες</translation>
    </message>
    <message>
        <source>{file_label} is a photo the patient has already (added on {added_at} by {added_by}).</source>
        <translation>Το {file_label} είναι φωτογραφία που υπάρχει ήδη για τον ασθενή (προστέθηκε στις {added_at} από {added_by}).</translation>
    </message>
    <message>
        <source>The photo is voided already.</source>
        <translation>Η φωτογραφία έχει ήδη ακυρωθεί.</translation>
    </message>
    <message>
        <source>No photo has the id {photo_id}.</source>
        <translation>Καμία φωτογραφία δεν έχει το αναγνωριστικό {photo_id}.</translation>
    </message>
    <message>
        <source>The patient has no photo consent on file: record the day they agreed to clinical photos (Photo consent, in the patient&apos;s details) before adding one.</source>
        <translation>Ο ασθενής δεν έχει συγκατάθεση για φωτογραφίες στον φάκελο: καταγράψτε την ημερομηνία κατά την οποία συμφώνησε σε κλινικές φωτογραφίες (Συγκατάθεση για φωτογραφίες, στα στοιχεία του ασθενούς) πριν προσθέσετε φωτογραφία.</translation>
    </message>
    <message>
        <source>a session of the patient</source>
        <translation>συνεδρία του ασθενούς</translation>
    </message>
    <message>
        <source>The session is voided; photos are not added to it.</source>
        <translation>Η συνεδρία έχει ακυρωθεί· δεν προστίθενται φωτογραφίες σε αυτήν.</translation>
    </message>
    <message>
        <source>The session was amended on {signed_at}; add the photo to its newest version.</source>
        <translation>Η συνεδρία διορθώθηκε στις {signed_at}· προσθέστε τη φωτογραφία στη νεότερη έκδοσή της.</translation>
    </message>
</context>
<context>
    <name>PhotosPane</name>
    <message>
        <source>&amp;Add Photos…</source>
        <translation>&amp;Προσθήκη φωτογραφιών…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Π&amp;ροβολή</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Σύγκριση…</translation>
    </message>
    <message>
        <source>V&amp;oid Photo…</source>
        <translation>&amp;Ακύρωση φωτογραφίας…</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Συγκατάθεση για φωτογραφίες</translation>
    </message>
    <message>
        <source>No photos</source>
        <translation>Χωρίς φωτογραφίες</translation>
    </message>
    <message>
        <source>Photos by session</source>
        <translation>Φωτογραφίες ανά συνεδρία</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Φωτογραφίες</translation>
    </message>
    <message>
        <source>No photos yet. Add Photos…, or drop image files here.</source>
        <translation>Δεν υπάρχουν ακόμη φωτογραφίες. Επιλέξτε «Προσθήκη φωτογραφιών…» ή σύρετε εδώ αρχεία εικόνων.</translation>
    </message>
    <message>
        <source>No photo consent on file: photos are added once the day the patient agreed to clinical photos is recorded (Patient ▸ Edit Patient…, Photo consent on).</source>
        <translation>Δεν υπάρχει συγκατάθεση για φωτογραφίες στον φάκελο: οι φωτογραφίες προστίθενται μόλις καταγραφεί η ημερομηνία κατά την οποία ο ασθενής συμφώνησε σε κλινικές φωτογραφίες (Ασθενής ▸ Επεξεργασία ασθενούς…, Συγκατάθεση για φωτογραφίες στις).</translation>
    </message>
    <message>
        <source>Between sessions (no session)</source>
        <translation>Μεταξύ συνεδριών (χωρίς συνεδρία)</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Προσθήκη φωτογραφιών</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Φωτογραφία</translation>
    </message>
    <message>
        <source>Compare photos</source>
        <translation>Σύγκριση φωτογραφιών</translation>
    </message>
    <message>
        <source>The patient has no other photo of this view on another day to compare it with.</source>
        <translation>Ο ασθενής δεν έχει άλλη φωτογραφία αυτής της όψης από άλλη ημέρα για σύγκριση.</translation>
    </message>
    <message>
        <source>Void photo</source>
        <translation>Ακύρωση φωτογραφίας</translation>
    </message>
    <message>
        <source>Why is this photo voided? (It stays in the record, marked voided.)</source>
        <translation>Γιατί ακυρώνεται αυτή η φωτογραφία; (Παραμένει στον φάκελο, με την ένδειξη «ακυρωμένη».)</translation>
    </message>
</context>
<context>
    <name>PictureTexts</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 ml</source>
        <translation>%1 ml</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 από %2</translation>
    </message>
    <message>
        <source>1 zone</source>
        <translation>1 ζώνη</translation>
    </message>
    <message numerus="yes">
        <source>%n zones</source>
        <translation>
            <numerusform>%n ζώνη</numerusform>
            <numerusform>%n ζώνες</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Διάγραμμα: %1</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 σημείο</translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n σημείο</numerusform>
            <numerusform>%n σημεία</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart: %1, %2</source>
        <translation>Διάγραμμα: %1, %2</translation>
    </message>
    <message>
        <source>%1, taken %2</source>
        <translation>%1, λήψη %2</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 φωτογραφία</translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>%n φωτογραφία</numerusform>
            <numerusform>%n φωτογραφίες</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanFields</name>
    <message>
        <source>&amp;Name</source>
        <translation>Όν&amp;ομα</translation>
    </message>
    <message>
        <source>&amp;Indication</source>
        <translation>Έν&amp;δειξη</translation>
    </message>
    <message>
        <source>Planned &amp;sessions</source>
        <translation>Προγραμματισμένες &amp;συνεδρίες</translation>
    </message>
    <message>
        <source>&amp;First interval</source>
        <translation>&amp;Πρώτο μεσοδιάστημα</translation>
    </message>
    <message>
        <source>days</source>
        <translation>ημέρες</translation>
    </message>
    <message>
        <source>&amp;Maintenance interval</source>
        <translation>Μεσοδιάστημα σ&amp;υντήρησης</translation>
    </message>
    <message>
        <source>Session &amp;fee</source>
        <translation>&amp;Χρέωση συνεδρίας</translation>
    </message>
    <message>
        <source>none</source>
        <translation>καμία</translation>
    </message>
    <message>
        <source>What one session costs the patient; empty for none</source>
        <translation>Πόσο κοστίζει μία συνεδρία στον ασθενή· κενό αν δεν υπάρχει χρέωση</translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation>Π&amp;ρωτόκολλο</translation>
    </message>
    <message>
        <source>e.g. Hyaluronic acid, nappage with the 4 mm needle</source>
        <translation>π.χ. Υαλουρονικό οξύ, nappage με τη βελόνα 4 mm</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Σημ&amp;ειώσεις</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>this product</source>
        <translation>αυτό το προϊόν</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Νέο προϊόν</translation>
    </message>
    <message>
        <source>Edit product — %1</source>
        <translation>Επεξεργασία προϊόντος — %1</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>Όν&amp;ομα</translation>
    </message>
    <message>
        <source>&amp;Manufacturer</source>
        <translation>&amp;Παρασκευαστής</translation>
    </message>
    <message>
        <source>So&amp;lution</source>
        <translation>&amp;Διάλυμα</translation>
    </message>
    <message>
        <source>&amp;Concentration</source>
        <translation>&amp;Συγκέντρωση</translation>
    </message>
    <message>
        <source>As printed, e.g. 1.5% or 20 mg/ml</source>
        <translation>Όπως είναι τυπωμένη, π.χ. 1,5% ή 20 mg/ml</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Μονάδα</translation>
    </message>
    <message>
        <source>GTIN checked</source>
        <translation>Έλεγχος GTIN</translation>
    </message>
    <message>
        <source>&amp;GTIN</source>
        <translation>&amp;GTIN</translation>
    </message>
    <message>
        <source>&amp;Default amount</source>
        <translation>Προεπι&amp;λεγμένη ποσότητα</translation>
    </message>
    <message>
        <source>none</source>
        <translation>καμία</translation>
    </message>
    <message>
        <source>What a session usually uses of it</source>
        <translation>Πόσο χρησιμοποιεί συνήθως μια συνεδρία από αυτό</translation>
    </message>
    <message>
        <source>&amp;Price per ml</source>
        <translation>&amp;Τιμή ανά ml</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Σημ&amp;ειώσεις</translation>
    </message>
    <message>
        <source>&amp;Price per unit</source>
        <translation>&amp;Τιμή ανά μονάδα</translation>
    </message>
    <message>
        <source>Save product</source>
        <translation>Αποθήκευση προϊόντος</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>Θέλετε να απορρίψετε όσα πληκτρολογήσατε;</translation>
    </message>
</context>
<context>
    <name>ProductHeader</name>
    <message>
        <source>Units</source>
        <translation>Μονάδες</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Διάλυμα</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Προϊόν</translation>
    </message>
    <message>
        <source>Concentration</source>
        <translation>Συγκέντρωση</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Όγκος</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Αριθμός παρτίδας</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Ημερομηνία λήξης</translation>
    </message>
</context>
<context>
    <name>ProductRow</name>
    <message>
        <source>Remove this product</source>
        <translation>Αφαίρεση αυτού του προϊόντος</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>λήξη %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>υπόλοιπο %1</translation>
    </message>
    <message>
        <source>dd</source>
        <translation>ηη</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>μμ</translation>
    </message>
    <message>
        <source>yyyy</source>
        <translation>εεεε</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Διάλυμα</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Όνομα προϊόντος</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Προϊόν</translation>
    </message>
    <message>
        <source>Concentration</source>
        <translation>Συγκέντρωση</translation>
    </message>
    <message>
        <source>e.g. 20 mg/ml</source>
        <translation>π.χ. 20 mg/ml</translation>
    </message>
    <message>
        <source>Volume in millilitres</source>
        <translation>Όγκος σε χιλιοστόλιτρα</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <source>none</source>
        <translation>καμία</translation>
    </message>
    <message>
        <source>Units given</source>
        <translation>Μονάδες που χορηγήθηκαν</translation>
    </message>
    <message>
        <source>How many units (ampoules, vials, U) of this product were given; the volume injected stays in ml</source>
        <translation>Πόσες μονάδες (αμπούλες, φιαλίδια, U) αυτού του προϊόντος χορηγήθηκαν· ο όγκος που εγχύθηκε παραμένει σε ml</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Αριθμός παρτίδας</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Παρτίδα</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Ημερομηνία λήξης</translation>
    </message>
    <message>
        <source>Remove product</source>
        <translation>Αφαίρεση προϊόντος</translation>
    </message>
    <message>
        <source>This lot expired on %1, before the session (%2): use a lot in date.</source>
        <translation>Αυτή η παρτίδα έληξε στις %1, πριν από τη συνεδρία (%2): χρησιμοποιήστε παρτίδα εντός ημερομηνίας λήξης.</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Παρασκευαστής</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Διάλυμα</translation>
    </message>
    <message>
        <source>Concentration</source>
        <translation>Συγκέντρωση</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Μονάδα</translation>
    </message>
    <message>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <source>Default amount</source>
        <translation>Προεπιλεγμένη ποσότητα</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Παρτίδες</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Σε χρήση</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Αποσυρμένο</translation>
    </message>
    <message>
        <source>Retired on %1: no longer offered for a session</source>
        <translation>Αποσύρθηκε στις %1: δεν προσφέρεται πλέον για συνεδρία</translation>
    </message>
</context>
<context>
    <name>Products</name>
    <message numerus="yes">
        <source>the product&apos;s name (1 to %n characters)</source>
        <translation>
            <numerusform>το όνομα του προϊόντος (1 έως %n χαρακτήρας)</numerusform>
            <numerusform>το όνομα του προϊόντος (1 έως %n χαρακτήρες)</numerusform>
        </translation>
    </message>
    <message>
        <source>a GTIN of 8, 12, 13 or 14 digits whose last digit is its check digit</source>
        <translation>GTIN με 8, 12, 13 ή 14 ψηφία, του οποίου το τελευταίο ψηφίο είναι το ψηφίο ελέγχου</translation>
    </message>
    <message numerus="yes">
        <source>{range} with at most %n decimals</source>
        <translation>
            <numerusform>{range} με το πολύ %n δεκαδικό</numerusform>
            <numerusform>{range} με το πολύ %n δεκαδικά</numerusform>
        </translation>
    </message>
    <message>
        <source>the lot number printed on the product</source>
        <translation>ο αριθμός παρτίδας που είναι τυπωμένος στο προϊόν</translation>
    </message>
    <message>
        <source>a day up to {day}</source>
        <translation>ημερομηνία έως {day}</translation>
    </message>
    <message>
        <source>The product {name} is retired: reinstate it before adding a lot.</source>
        <translation>Το προϊόν {name} έχει αποσυρθεί: επανενεργοποιήστε το πριν προσθέσετε παρτίδα.</translation>
    </message>
    <message>
        <source>the lot&apos;s own product</source>
        <translation>το προϊόν στο οποίο ανήκει η παρτίδα</translation>
    </message>
    <message>
        <source>the number it has ({lot_number}): signed sessions name the lot by it; add the other number as a lot of its own</source>
        <translation>ο αριθμός που έχει ({lot_number}): οι υπογεγραμμένες συνεδρίες αναφέρουν την παρτίδα με αυτόν· προσθέστε τον άλλο αριθμό ως ξεχωριστή παρτίδα</translation>
    </message>
    <message>
        <source>No product has the id {product_id}.</source>
        <translation>Κανένα προϊόν δεν έχει το αναγνωριστικό {product_id}.</translation>
    </message>
    <message>
        <source>No lot has the id {lot_id}.</source>
        <translation>Καμία παρτίδα δεν έχει το αναγνωριστικό {lot_id}.</translation>
    </message>
    <message>
        <source>a lot number {name} has no other lot with (compared without case)</source>
        <translation>αριθμός παρτίδας που δεν έχει καμία άλλη παρτίδα του {name} (χωρίς διάκριση πεζών-κεφαλαίων)</translation>
    </message>
    <message>
        <source>the name it has ({name}): signed sessions name the product by it; retire it and add the product again under the new name</source>
        <translation>το όνομα που έχει ({name}): οι υπογεγραμμένες συνεδρίες αναφέρουν το προϊόν με αυτό· αποσύρετέ το και προσθέστε ξανά το προϊόν με το νέο όνομα</translation>
    </message>
    <message>
        <source>the unit it has ({unit}): its lots and the sessions that used it count in it; retire it and add the product again counted in the other unit</source>
        <translation>η μονάδα που έχει ({unit}): οι παρτίδες του και οι συνεδρίες που το χρησιμοποίησαν μετρούν σε αυτήν· αποσύρετέ το και προσθέστε ξανά το προϊόν με την άλλη μονάδα</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>αποσυρμένο</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>σε χρήση</translation>
    </message>
    <message>
        <source>The product {name} is {state} already.</source>
        <translation>Το προϊόν {name} είναι ήδη {state}.</translation>
    </message>
    <message>
        <source>a name no other product has (compared without case or accents)</source>
        <translation>όνομα που δεν έχει κανένα άλλο προϊόν (χωρίς διάκριση πεζών-κεφαλαίων ή τόνων)</translation>
    </message>
    <message>
        <source>a GTIN no other product has ({name} has it)</source>
        <translation>GTIN που δεν έχει κανένα άλλο προϊόν (το έχει το {name})</translation>
    </message>
</context>
<context>
    <name>ProductsWindow</name>
    <message>
        <source>Products</source>
        <translation>Προϊόντα</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Μόνο ανάγνωση</translation>
    </message>
    <message>
        <source>Find a product</source>
        <translation>Αναζήτηση προϊόντος</translation>
    </message>
    <message>
        <source>Name, manufacturer or GTIN</source>
        <translation>Όνομα, παρασκευαστής ή GTIN</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Αναζήτηση:</translation>
    </message>
    <message>
        <source>S&amp;how retired</source>
        <translation>Εμφάνιση αποσυρ&amp;μένων</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>Εμφάνιση αποσυρμένων</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Προσθήκη…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Επεξεργασία…</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>Από&amp;συρση</translation>
    </message>
    <message>
        <source>Re&amp;instate</source>
        <translation>Επανε&amp;νεργοποίηση</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Παρτίδες</translation>
    </message>
    <message>
        <source>Add &amp;Lot…</source>
        <translation>Προσθήκη πα&amp;ρτίδας…</translation>
    </message>
    <message>
        <source>Edit L&amp;ot…</source>
        <translation>Επεξεργασία παρ&amp;τίδας…</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Τι συνέβη</translation>
    </message>
    <message>
        <source>Lots of %1</source>
        <translation>Παρτίδες: %1</translation>
    </message>
    <message>
        <source>%1 is retired: reinstate it to add a lot</source>
        <translation>Το προϊόν %1 έχει αποσυρθεί: επανενεργοποιήστε το για να προσθέσετε παρτίδα</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Προστέθηκε: %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Αποθηκεύτηκε: %1.</translation>
    </message>
    <message>
        <source>Retire product</source>
        <translation>Απόσυρση προϊόντος</translation>
    </message>
    <message>
        <source>%1 is retired: the session editor no longer offers it; the sessions that used it keep it.</source>
        <translation>Το προϊόν %1 αποσύρθηκε: το παράθυρο επεξεργασίας συνεδρίας δεν το προσφέρει πλέον· οι συνεδρίες που το χρησιμοποίησαν το διατηρούν.</translation>
    </message>
    <message>
        <source>Reinstate product</source>
        <translation>Επανενεργοποίηση προϊόντος</translation>
    </message>
    <message>
        <source>%1 is in use again: the session editor offers it.</source>
        <translation>Το προϊόν %1 είναι ξανά σε χρήση: το παράθυρο επεξεργασίας συνεδρίας το προσφέρει.</translation>
    </message>
    <message>
        <source>Added lot %1 of %2.</source>
        <translation>Προστέθηκε η παρτίδα %1 του προϊόντος %2.</translation>
    </message>
    <message>
        <source>Saved lot %1.</source>
        <translation>Αποθηκεύτηκε η παρτίδα %1.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Άκυρο</translation>
    </message>
</context>
<context>
    <name>RatesChart</name>
    <message>
        <source>Chart of the ranked rates</source>
        <translation>Γράφημα της κατάταξης των ποσοστών</translation>
    </message>
    <message>
        <source>No row has enough sessions to be ranked and drawn.</source>
        <translation>Καμία γραμμή δεν έχει αρκετές συνεδρίες για να μπει στην κατάταξη και να σχεδιαστεί.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n ranked rows.</source>
        <translation>
            <numerusform>Η πρώτη γραμμή της κατάταξης.</numerusform>
            <numerusform>Οι πρώτες %n γραμμές της κατάταξης.</numerusform>
        </translation>
    </message>
    <message>
        <source>The one ranked row.</source>
        <translation>Η μοναδική γραμμή της κατάταξης.</translation>
    </message>
    <message numerus="yes">
        <source>The %n ranked rows.</source>
        <translation>
            <numerusform>Η %n γραμμή της κατάταξης.</numerusform>
            <numerusform>Οι %n γραμμές της κατάταξης.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bars: the rate; whiskers: its 95% interval; dashed line: all the sessions (%1).</source>
        <translation>Ράβδοι: το ποσοστό· γραμμές σφάλματος: το διάστημα εμπιστοσύνης 95%· διακεκομμένη γραμμή: όλες οι συνεδρίες (%1).</translation>
    </message>
</context>
<context>
    <name>RatesModel</name>
    <message>
        <source>Rank</source>
        <translation>Κατάταξη</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Προϊόν</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Συνεδρίες</translation>
    </message>
    <message>
        <source>With the reaction</source>
        <translation>Με την αντίδραση</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Ποσοστό</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Διάστημα εμπιστοσύνης 95%</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>Too few sessions to rank</source>
        <translation>Πολύ λίγες συνεδρίες για κατάταξη</translation>
    </message>
    <message>
        <source>Above the overall rate</source>
        <translation>Πάνω από το συνολικό ποσοστό</translation>
    </message>
    <message>
        <source>Fewer than %1 sessions: the interval is too wide to rank this row.</source>
        <translation>Λιγότερες από %1 συνεδρίες: το διάστημα είναι πολύ ευρύ για να μπει αυτή η γραμμή στην κατάταξη.</translation>
    </message>
    <message>
        <source>Even the low end of its 95% interval is above the rate of all the sessions.</source>
        <translation>Ακόμη και το κάτω όριο του διαστήματος εμπιστοσύνης 95% είναι πάνω από το ποσοστό όλων των συνεδριών.</translation>
    </message>
</context>
<context>
    <name>Reaction</name>
    <message>
        <source>Nausea</source>
        <translation>Ναυτία</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Πόνος</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Ευαισθησία</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>Οίδημα (πρήξιμο)</translation>
    </message>
    <message>
        <source>Itching</source>
        <translation>Κνησμός (φαγούρα)</translation>
    </message>
    <message>
        <source>Redness</source>
        <translation>Ερυθρότητα</translation>
    </message>
    <message>
        <source>Bruising</source>
        <translation>Εκχύμωση (μελανιά)</translation>
    </message>
    <message>
        <source>Discolouration</source>
        <translation>Δυσχρωμία του δέρματος</translation>
    </message>
    <message>
        <source>Infection</source>
        <translation>Λοίμωξη</translation>
    </message>
    <message>
        <source>Scarring</source>
        <translation>Ουλή (σχηματισμός ουλής)</translation>
    </message>
    <message>
        <source>Other reaction</source>
        <translation>Άλλη αντίδραση</translation>
    </message>
    <message>
        <source>{kind} ({severity})</source>
        <comment>a reaction and its severity</comment>
        <translation>{kind} ({severity})</translation>
    </message>
</context>
<context>
    <name>ReactionChoice</name>
    <message>
        <source>{typed} is not a reaction: write any, a kind ({kinds}) or KIND:SEVERITY with a severity ({severities})</source>
        <comment>any, KIND:SEVERITY and the values listed are typed as they are</comment>
        <translation>Το {typed} δεν είναι αντίδραση: γράψτε any, ένα είδος ({kinds}) ή KIND:SEVERITY με βαρύτητα ({severities})</translation>
    </message>
</context>
<context>
    <name>ReactionEditor</name>
    <message>
        <source>No reaction recorded: press the ones seen.</source>
        <translation>Δεν καταγράφηκε αντίδραση: πατήστε όσες παρατηρήθηκαν.</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Αντίδραση</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Βαρύτητα</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Περιοχή</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Έναρξη</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Υποχώρησε στις</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
</context>
<context>
    <name>ReactionFilterBar</name>
    <message>
        <source>First day</source>
        <translation>Πρώτη ημέρα</translation>
    </message>
    <message>
        <source>Type the first day (as %1).</source>
        <translation>Πληκτρολογήστε την πρώτη ημέρα (όπως %1).</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Τελευταία ημέρα</translation>
    </message>
    <message>
        <source>Type the last day (as %1).</source>
        <translation>Πληκτρολογήστε την τελευταία ημέρα (όπως %1).</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Ομαδοποίηση ανά</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Αντίδραση</translation>
    </message>
    <message>
        <source>Any reaction</source>
        <translation>Οποιαδήποτε αντίδραση</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Βαρύτητα</translation>
    </message>
    <message>
        <source>any severity</source>
        <translation>οποιασδήποτε βαρύτητας</translation>
    </message>
    <message>
        <source>&amp;Show Rates</source>
        <translation>&amp;Εμφάνιση ποσοστών</translation>
    </message>
    <message>
        <source>Show the rates</source>
        <translation>Εμφάνιση των ποσοστών</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Από:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Έ&amp;ως:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>Α&amp;νά:</translation>
    </message>
    <message>
        <source>&amp;Reaction:</source>
        <translation>Αντί&amp;δραση:</translation>
    </message>
    <message>
        <source>The last day, %1, comes before the first day, %2.</source>
        <translation>Η τελευταία ημέρα, %1, είναι πριν από την πρώτη ημέρα, %2.</translation>
    </message>
</context>
<context>
    <name>ReactionRow</name>
    <message>
        <source>Severity</source>
        <translation>Βαρύτητα</translation>
    </message>
    <message>
        <source>Reaction area</source>
        <translation>Περιοχή αντίδρασης</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Έναρξη</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Υποχώρησε στις</translation>
    </message>
    <message>
        <source>Reaction notes</source>
        <translation>Σημειώσεις αντίδρασης</translation>
    </message>
</context>
<context>
    <name>Reactions</name>
    <message>
        <source>on or after the first day, {first_day}</source>
        <translation>από την πρώτη ημέρα, {first_day}, και μετά</translation>
    </message>
    <message>
        <source>This database has accounts: log in as a clinician or an administrator to read the reaction rates.</source>
        <translation>Αυτή η βάση δεδομένων έχει λογαριασμούς: συνδεθείτε ως θεράπων ιατρός ή διαχειριστής για να δείτε τα ποσοστά αντιδράσεων.</translation>
    </message>
    <message>
        <source>{name} has the role {role}, which may not read the reaction rates: they are for clinicians and administrators.</source>
        <translation>Ο χρήστης {name} έχει τον ρόλο {role}, ο οποίος δεν επιτρέπει την ανάγνωση των ποσοστών αντιδράσεων: προορίζονται για θεράποντες ιατρούς και διαχειριστές.</translation>
    </message>
</context>
<context>
    <name>ReactionsDialog</name>
    <message>
        <source>Product</source>
        <translation>Προϊόν</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Παρτίδα</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Διάλυμα</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Τεχνική</translation>
    </message>
    <message>
        <source>Depth band</source>
        <translation>Εύρος βάθους</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Περιοχή</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Θεράπων ιατρός</translation>
    </message>
    <message>
        <source>product</source>
        <comment>after by: rates by …</comment>
        <translation>προϊόν</translation>
    </message>
    <message>
        <source>lot</source>
        <comment>after by: rates by …</comment>
        <translation>παρτίδα</translation>
    </message>
    <message>
        <source>solution</source>
        <comment>after by: rates by …</comment>
        <translation>διάλυμα</translation>
    </message>
    <message>
        <source>technique</source>
        <comment>after by: rates by …</comment>
        <translation>τεχνική</translation>
    </message>
    <message>
        <source>depth band</source>
        <comment>after by: rates by …</comment>
        <translation>εύρος βάθους</translation>
    </message>
    <message>
        <source>area</source>
        <comment>after by: rates by …</comment>
        <translation>περιοχή</translation>
    </message>
    <message>
        <source>clinician</source>
        <comment>after by: rates by …</comment>
        <translation>θεράποντα ιατρό</translation>
    </message>
    <message>
        <source>(no product name)</source>
        <translation>(χωρίς όνομα προϊόντος)</translation>
    </message>
    <message>
        <source>(no lot recorded)</source>
        <translation>(δεν καταγράφηκε παρτίδα)</translation>
    </message>
    <message>
        <source>%1 %2–%3 mm</source>
        <translation>%1 %2–%3 mm</translation>
    </message>
    <message>
        <source>Reaction rates</source>
        <translation>Ποσοστά αντιδράσεων</translation>
    </message>
    <message>
        <source>Only clinicians and administrators may read the reaction rates: they compare the products the clinic uses and the outcomes of its clinicians.</source>
        <translation>Μόνο οι θεράποντες ιατροί και οι διαχειριστές μπορούν να δουν τα ποσοστά αντιδράσεων: συγκρίνουν τα προϊόντα που χρησιμοποιεί το ιατρείο και τα αποτελέσματα των θεραπόντων ιατρών του.</translation>
    </message>
    <message>
        <source>What the table shows</source>
        <translation>Τι δείχνει ο πίνακας</translation>
    </message>
    <message>
        <source>Choose the days and what to group by, then Show Rates.</source>
        <translation>Επιλέξτε τις ημέρες και τον τρόπο ομαδοποίησης και πατήστε «Εμφάνιση ποσοστών».</translation>
    </message>
    <message>
        <source>Where the file was written</source>
        <translation>Πού γράφτηκε το αρχείο</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Ε&amp;ξαγωγή CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Εξαγωγή CSV</translation>
    </message>
    <message>
        <source>Counting the reactions of the signed sessions…</source>
        <translation>Καταμέτρηση των αντιδράσεων των υπογεγραμμένων συνεδριών…</translation>
    </message>
    <message>
        <source>Any reaction</source>
        <translation>Οποιαδήποτε αντίδραση</translation>
    </message>
    <message>
        <source>%1 by %2, %3: no signed sessions on these days.</source>
        <translation>%1 ανά %2, %3: καμία υπογεγραμμένη συνεδρία αυτές τις ημέρες.</translation>
    </message>
    <message numerus="yes">
        <source>%1 by %2, %3: %Ln signed sessions, %5 with the reaction (%6). Rows are ranked by the low end of their 95% interval; rows with fewer than %7 sessions are listed last, not ranked.</source>
        <translation>
            <numerusform>%1 ανά %2, %3: %Ln υπογεγραμμένη συνεδρία, %5 με την αντίδραση (%6). Οι γραμμές κατατάσσονται με βάση το κάτω όριο του διαστήματος εμπιστοσύνης 95%· οι γραμμές με λιγότερες από %7 συνεδρίες εμφανίζονται τελευταίες, εκτός κατάταξης.</numerusform>
            <numerusform>%1 ανά %2, %3: %Ln υπογεγραμμένες συνεδρίες, %5 με την αντίδραση (%6). Οι γραμμές κατατάσσονται με βάση το κάτω όριο του διαστήματος εμπιστοσύνης 95%· οι γραμμές με λιγότερες από %7 συνεδρίες εμφανίζονται τελευταίες, εκτός κατάταξης.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export reaction rates</source>
        <translation>Εξαγωγή ποσοστών αντιδράσεων</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows written to %1</source>
        <translation>
            <numerusform>Γράφτηκε %Ln γραμμή στο %1</numerusform>
            <numerusform>Γράφτηκαν %Ln γραμμές στο %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recall</name>
    <message>
        <source>a lot number, or a product name, is required</source>
        <translation>απαιτείται αριθμός παρτίδας ή όνομα προϊόντος</translation>
    </message>
    <message>
        <source>{day} or later</source>
        <translation>{day} ή αργότερα</translation>
    </message>
    <message>
        <source>{name} has the role {role}, which may not search the records for a recall: a clinician or an administrator may.</source>
        <translation>Ο χρήστης {name} έχει τον ρόλο {role}, ο οποίος δεν επιτρέπει την αναζήτηση στους φακέλους για ανάκληση: μπορεί να την κάνει θεράπων ιατρός ή διαχειριστής.</translation>
    </message>
</context>
<context>
    <name>RecallForm</name>
    <message>
        <source>Lot number</source>
        <translation>Αριθμός παρτίδας</translation>
    </message>
    <message>
        <source>any lot of the product</source>
        <translation>οποιαδήποτε παρτίδα του προϊόντος</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Προϊόν</translation>
    </message>
    <message>
        <source>any product with this lot</source>
        <translation>οποιοδήποτε προϊόν με αυτήν την παρτίδα</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>Από αυτήν την ημέρα</translation>
    </message>
    <message>
        <source>Up to this day</source>
        <translation>Έως αυτήν την ημέρα</translation>
    </message>
    <message>
        <source>Reason for the search</source>
        <translation>Λόγος αναζήτησης</translation>
    </message>
    <message>
        <source>why the records are searched, e.g. the recall notice&apos;s reference</source>
        <translation>γιατί γίνεται αναζήτηση στους φακέλους, π.χ. ο αριθμός αναφοράς της ανακοίνωσης ανάκλησης</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Αναζήτηση</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Αναζήτηση</translation>
    </message>
    <message>
        <source>&amp;Lot:</source>
        <translation>&amp;Παρτίδα:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>Π&amp;ροϊόν:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Απ&amp;ό:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Έως:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Λόγος:</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>οποιαδήποτε ημερομηνία</translation>
    </message>
</context>
<context>
    <name>RecallLetter</name>
    <message>
        <source>Confidential: this letter concerns the health of the person it is addressed to.</source>
        <translation>Εμπιστευτικό: η επιστολή αυτή αφορά την υγεία του προσώπου στο οποίο απευθύνεται.</translation>
    </message>
    <message>
        <source>No patient received what the recall searched for: there is no letter to print.</source>
        <translation>Κανένας ασθενής δεν έλαβε αυτό που αναζήτησε η ανάκληση: δεν υπάρχει επιστολή για εκτύπωση.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Περιοχή</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Προϊόν</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Παρτίδα</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Ποσότητα</translation>
    </message>
    <message>
        <source>lot &quot;{lot}&quot;</source>
        <translation>παρτίδα «{lot}»</translation>
    </message>
    <message>
        <source>product &quot;{product}&quot;</source>
        <translation>προϊόν «{product}»</translation>
    </message>
    <message>
        <source>any date</source>
        <comment>the start or end of a recall&apos;s search</comment>
        <translation>οποιαδήποτε ημερομηνία</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} έως {end}</translation>
    </message>
    <message>
        <source>Recall letters: {search}</source>
        <comment>the PDF file&apos;s title</comment>
        <translation>Επιστολές ανάκλησης: {search}</translation>
    </message>
    <message numerus="yes">
        <source>Recall letters to %n patients</source>
        <translation>
            <numerusform>Επιστολές ανάκλησης προς %n ασθενή</numerusform>
            <numerusform>Επιστολές ανάκλησης προς %n ασθενείς</numerusform>
        </translation>
    </message>
    <message>
        <source>About {product}, lot {lot}</source>
        <comment>a letter&apos;s subject line</comment>
        <translation>Θέμα: {product}, παρτίδα {lot}</translation>
    </message>
    <message>
        <source>Date of birth {date}</source>
        <translation>Ημερομηνία γέννησης {date}</translation>
    </message>
    <message>
        <source>Record {record}</source>
        <comment>a patient&apos;s record number</comment>
        <translation>Αρ. φακέλου {record}</translation>
    </message>
    <message>
        <source>Letter to {patient}</source>
        <comment>a letter&apos;s footer</comment>
        <translation>Επιστολή προς {patient}</translation>
    </message>
    <message>
        <source>Dear {patient},

We are writing to you because the manufacturer of {product} has issued a notice about lot {lot}. Our records show that this product was used in your treatment at {clinic} on {dates}:

{treatments}

Most people need do nothing. Please call us on {clinic_phone} if you have noticed redness, swelling, lumps, pain or any other change in the treated areas since then, or if you have any question. We will gladly see you again at no cost.

Yours sincerely,

{clinic}</source>
        <translation>Αγαπητέ/ή {patient},

Σας γράφουμε επειδή ο κατασκευαστής του προϊόντος {product} εξέδωσε ανακοίνωση σχετικά με την παρτίδα {lot}. Σύμφωνα με τα αρχεία μας, το προϊόν αυτό χρησιμοποιήθηκε στη θεραπεία σας στο ιατρείο {clinic} στις {dates}:

{treatments}

Οι περισσότεροι άνθρωποι δεν χρειάζεται να κάνουν τίποτα. Παρακαλούμε τηλεφωνήστε μας στο {clinic_phone} αν έχετε παρατηρήσει από τότε ερυθρότητα (κοκκίνισμα), οίδημα (πρήξιμο), εξογκώματα, πόνο ή οποιαδήποτε άλλη αλλαγή στις περιοχές της θεραπείας, ή αν έχετε οποιαδήποτε ερώτηση. Θα χαρούμε να σας δούμε ξανά χωρίς χρέωση.

Με εκτίμηση,

{clinic}</translation>
    </message>
    <message>
        <source>a letter text is required</source>
        <translation>απαιτείται κείμενο επιστολής</translation>
    </message>
    <message>
        <source>a placeholder is one of {placeholders}</source>
        <translation>ένα από τα πεδία {placeholders}</translation>
    </message>
    <message>
        <source>once at most, as a paragraph of its own (blank lines before and after it)</source>
        <comment>the placeholder of the treatments&apos; table in a letter</comment>
        <translation>το πολύ μία φορά, σε δική του παράγραφο (με κενή γραμμή πριν και μετά)</translation>
    </message>
</context>
<context>
    <name>RecallTableModel</name>
    <message>
        <source>Patient</source>
        <translation>Ασθενής</translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation>Αρ. φακέλου</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Ημ. γέννησης</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Συνεδρία</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Περιοχές</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Προϊόν</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Παρτίδα</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Ποσότητα</translation>
    </message>
    <message>
        <source>%1 ml</source>
        <translation>%1 ml</translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation>1 μονάδα</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 μονάδες</translation>
    </message>
    <message>
        <source>1 use without units</source>
        <translation>1 χρήση χωρίς μονάδες</translation>
    </message>
    <message numerus="yes">
        <source>%n uses without units</source>
        <translation>
            <numerusform>%n χρήση χωρίς μονάδες</numerusform>
            <numerusform>%n χρήσεις χωρίς μονάδες</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>RecallWindow</name>
    <message>
        <source>Recall</source>
        <translation>Ανάκληση</translation>
    </message>
    <message>
        <source>Type a lot or a product, and the reason, then Search.</source>
        <translation>Πληκτρολογήστε μια παρτίδα ή ένα προϊόν και τον λόγο και, στη συνέχεια, πατήστε «Αναζήτηση».</translation>
    </message>
    <message>
        <source>&amp;Patients and sessions</source>
        <translation>Α&amp;σθενείς και συνεδρίες</translation>
    </message>
    <message>
        <source>Letter &amp;text</source>
        <translation>&amp;Κείμενο επιστολής</translation>
    </message>
    <message>
        <source>Patients and sessions</source>
        <translation>Ασθενείς και συνεδρίες</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Εξαγωγή &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Letters PDF…</source>
        <translation>Επισ&amp;τολές PDF…</translation>
    </message>
    <message>
        <source>Only a clinician or an administrator may search the records for a recall: it reads the treatments of every patient at once.</source>
        <translation>Μόνο θεράπων ιατρός ή διαχειριστής μπορεί να κάνει αναζήτηση στους φακέλους για ανάκληση: η αναζήτηση διαβάζει ταυτόχρονα τις θεραπείες όλων των ασθενών.</translation>
    </message>
    <message>
        <source>Not searched: the problem is shown above.</source>
        <translation>Δεν έγινε αναζήτηση: το πρόβλημα εμφανίζεται παραπάνω.</translation>
    </message>
    <message>
        <source>1 patient</source>
        <translation>1 ασθενής</translation>
    </message>
    <message numerus="yes">
        <source>%n patients</source>
        <translation>
            <numerusform>%n ασθενής</numerusform>
            <numerusform>%n ασθενείς</numerusform>
        </translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 συνεδρία</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n συνεδρία</numerusform>
            <numerusform>%n συνεδρίες</numerusform>
        </translation>
    </message>
    <message>
        <source>lot &quot;%1&quot;</source>
        <translation>παρτίδα «%1»</translation>
    </message>
    <message>
        <source>product &quot;%1&quot;</source>
        <translation>προϊόν «%1»</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>οποιαδήποτε ημερομηνία</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 έως %2</translation>
    </message>
    <message>
        <source>Save the recall&apos;s CSV</source>
        <translation>Αποθήκευση του CSV της ανάκλησης</translation>
    </message>
    <message>
        <source>Save the letters</source>
        <translation>Αποθήκευση των επιστολών</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Εξαγωγή CSV</translation>
    </message>
    <message>
        <source>The list of 1 patient</source>
        <translation>Η λίστα 1 ασθενούς</translation>
    </message>
    <message numerus="yes">
        <source>The list of %n patients</source>
        <translation>
            <numerusform>Η λίστα %n ασθενούς</numerusform>
            <numerusform>Η λίστα %n ασθενών</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Letters PDF</source>
        <translation>Επιστολές PDF</translation>
    </message>
    <message>
        <source>1 letter</source>
        <translation>1 επιστολή</translation>
    </message>
    <message numerus="yes">
        <source>%n letters</source>
        <translation>
            <numerusform>%n επιστολή</numerusform>
            <numerusform>%n επιστολές</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) written to %3</source>
        <translation>Η αποθήκευση ολοκληρώθηκε: %1 (%2) στο %3</translation>
    </message>
</context>
<context>
    <name>RecordAnchor</name>
    <message>
        <source>Audit log entry {entry} · {digits}</source>
        <comment>a summary&apos;s footer</comment>
        <translation>Εγγραφή αρχείου ελέγχου {entry} · {digits}</translation>
    </message>
    <message>
        <source>Record fingerprint.</source>
        <translation>Αποτύπωμα φακέλου.</translation>
    </message>
    <message>
        <source>When this summary was made, the clinic&apos;s audit log ended at entry {entry}, whose hash is:</source>
        <translation>Κατά τη δημιουργία αυτής της σύνοψης θεραπείας, το αρχείο ελέγχου του ιατρείου τελείωνε στην εγγραφή {entry}, της οποίας η σύνοψη ελέγχου (hash) είναι:</translation>
    </message>
    <message>
        <source>With it, the clinic can show that your record as printed here has not been changed since.</source>
        <translation>Με αυτήν, το ιατρείο μπορεί να αποδείξει ότι ο φάκελός σας, όπως τυπώνεται εδώ, δεν έχει αλλάξει από τότε.</translation>
    </message>
    <message>
        <source>A later rewrite of the records printed here shows when the audit log is checked:</source>
        <translation>Αν οι φάκελοι που τυπώνονται εδώ ξαναγραφτούν αργότερα, αυτό φαίνεται όταν ελεγχθεί το αρχείο ελέγχου:</translation>
    </message>
</context>
<context>
    <name>RecordConflicts</name>
    <message>
        <source>(empty)</source>
        <translation>(κενό)</translation>
    </message>
    <message>
        <source>ticked</source>
        <translation>επιλεγμένο</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>μη επιλεγμένο</translation>
    </message>
</context>
<context>
    <name>RecordNumberGroup</name>
    <message>
        <source>New patients</source>
        <translation>Νέοι ασθενείς</translation>
    </message>
    <message>
        <source>Record number pattern</source>
        <translation>Μοτίβο αριθμού φακέλου</translation>
    </message>
    <message>
        <source>An example of your record numbers, like MC-0001: its last digits count up for each new patient. Empty: like most of the clinic&apos;s numbers.</source>
        <translation>Ένα παράδειγμα των αριθμών φακέλου σας, όπως MC-0001: τα τελευταία ψηφία του αυξάνονται για κάθε νέο ασθενή. Κενό: όπως οι περισσότεροι αριθμοί του ιατρείου.</translation>
    </message>
    <message>
        <source>Record n&amp;umbers:</source>
        <translation>Αριθμοί φα&amp;κέλου:</translation>
    </message>
    <message>
        <source>Type an example number whose last digits count up, like MC-0001.</source>
        <translation>Πληκτρολογήστε ένα παράδειγμα αριθμού του οποίου τα τελευταία ψηφία αυξάνονται, όπως MC-0001.</translation>
    </message>
    <message>
        <source>The next new patient gets %1.</source>
        <translation>Ο επόμενος νέος ασθενής θα πάρει τον αριθμό %1.</translation>
    </message>
    <message>
        <source>Like most of the clinic&apos;s numbers: the next new patient gets %1.</source>
        <translation>Όπως οι περισσότεροι αριθμοί του ιατρείου: ο επόμενος νέος ασθενής θα πάρει τον αριθμό %1.</translation>
    </message>
</context>
<context>
    <name>RecordNumbers</name>
    <message numerus="yes">
        <source>an example record number whose last digits count up, like MC-0001 (at most %n characters), or nothing to follow the clinic&apos;s numbers</source>
        <translation>
            <numerusform>παράδειγμα αριθμού φακέλου του οποίου τα τελευταία ψηφία αυξάνονται, όπως MC-0001 (το πολύ %n χαρακτήρας), ή κενό, για να ακολουθείται η αρίθμηση του ιατρείου</numerusform>
            <numerusform>παράδειγμα αριθμού φακέλου του οποίου τα τελευταία ψηφία αυξάνονται, όπως MC-0001 (το πολύ %n χαρακτήρες), ή κενό, για να ακολουθείται η αρίθμηση του ιατρείου</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsMenu</name>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>Αρχείο &amp;ελέγχου…</translation>
    </message>
    <message>
        <source>Reac&amp;tions…</source>
        <translation>Αντι&amp;δράσεις…</translation>
    </message>
    <message>
        <source>Re&amp;call…</source>
        <translation>Ανάκλη&amp;ση…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>&amp;Αντίγραφο ασφαλείας τώρα…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Επανα&amp;φορά από αντίγραφο ασφαλείας…</translation>
    </message>
    <message>
        <source>&amp;Encrypt Database…</source>
        <translation>&amp;Κρυπτογράφηση βάσης δεδομένων…</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Τήρηση φακέλων</translation>
    </message>
    <message>
        <source>Save or close the open session editors first.</source>
        <translation>Αποθηκεύστε ή κλείστε πρώτα τα ανοιχτά παράθυρα επεξεργασίας συνεδριών.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Επαναφορά από αντίγραφο ασφαλείας</translation>
    </message>
    <message>
        <source>Encrypt database</source>
        <translation>Κρυπτογράφηση βάσης δεδομένων</translation>
    </message>
    <message>
        <source>The database is now encrypted. mesolog closes: start it again and give the passphrase.

The database as it was, NOT encrypted, is kept at:
%1
Delete that file securely once the encrypted database opens.</source>
        <translation>Η βάση δεδομένων είναι πλέον κρυπτογραφημένη. Το mesolog κλείνει: ξεκινήστε το ξανά και δώστε τη φράση πρόσβασης.

Η βάση δεδομένων όπως ήταν, ΧΩΡΙΣ κρυπτογράφηση, διατηρείται στη θέση:
%1
Διαγράψτε αυτό το αρχείο με ασφαλή τρόπο μόλις ανοίξει η κρυπτογραφημένη βάση δεδομένων.</translation>
    </message>
</context>
<context>
    <name>RecoveredCopy</name>
    <message>
        <source>What was typed — %1</source>
        <translation>Τι είχε πληκτρολογηθεί — %1</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Τι συνέβη</translation>
    </message>
    <message>
        <source>This session was voided by %1 on %2, so what was being typed into it when mesolog stopped (kept at %3) could not be saved.</source>
        <translation>Αυτή η συνεδρία ακυρώθηκε από %1 στις %2, γι&apos; αυτό όσα πληκτρολογούνταν σε αυτήν όταν σταμάτησε το mesolog (φυλάχτηκαν στις %3) δεν ήταν δυνατό να αποθηκευτούν.</translation>
    </message>
    <message>
        <source>This session was signed by %1 on %2, so what was being typed into it when mesolog stopped (kept at %3) could not be saved. To correct the signed session, amend it.</source>
        <translation>Αυτή η συνεδρία υπογράφηκε από %1 στις %2, γι&apos; αυτό όσα πληκτρολογούνταν σε αυτήν όταν σταμάτησε το mesolog (φυλάχτηκαν στις %3) δεν ήταν δυνατό να αποθηκευτούν. Για να διορθώσετε την υπογεγραμμένη συνεδρία, κάντε διόρθωση.</translation>
    </message>
    <message>
        <source>Below is that copy as it was typed, where it differs from the session in %4. Select and copy what you need: the copy is forgotten when you close this window.</source>
        <translation>Παρακάτω φαίνεται αυτό το αντίγραφο όπως πληκτρολογήθηκε· διαφέρει από τη συνεδρία στα εξής: %4. Επιλέξτε και αντιγράψτε ό,τι χρειάζεστε: το αντίγραφο χάνεται όταν κλείσετε αυτό το παράθυρο.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>A new password for %1. Tell it to them in person; they can change it with File ▸ Change My Password.</source>
        <translation>Νέος κωδικός πρόσβασης για τον χρήστη %1. Ανακοινώστε τον στον χρήστη αυτοπροσώπως· μπορεί να τον αλλάξει από το Αρχείο ▸ Αλλαγή του κωδικού πρόσβασής μου.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Νέος κωδικός πρόσβασης:</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>Restore from backup</source>
        <translation>Επαναφορά από αντίγραφο ασφαλείας</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Έλεγχος του %1…</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Δεν έγινε επαναφορά.</translation>
    </message>
    <message>
        <source>Restoring the database from %1…</source>
        <translation>Επαναφορά της βάσης δεδομένων από το %1…</translation>
    </message>
    <message>
        <source>%1 is a whole mesolog database: %2, schema %3.</source>
        <translation>Το %1 είναι πλήρης βάση δεδομένων του mesolog: %2, σχήμα %3.</translation>
    </message>
    <message>
        <source>It is of an older version; it will be upgraded as it is restored.</source>
        <translation>Είναι παλαιότερης έκδοσης· θα αναβαθμιστεί κατά την επαναφορά.</translation>
    </message>
    <message>
        <source>It was encrypted; the passphrase opens it.</source>
        <translation>Ήταν κρυπτογραφημένο· η φράση πρόσβασης το ανοίγει.</translation>
    </message>
    <message>
        <source>the backup folder</source>
        <translation>ο φάκελος αντιγράφων ασφαλείας</translation>
    </message>
    <message>
        <source>Restoring replaces everything in the open database with the content of this file: patients, sessions, accounts, settings and the audit log. Whatever was recorded after this backup was taken will be gone from it, here and on every other workstation using the database.</source>
        <translation>Η επαναφορά αντικαθιστά όλο το περιεχόμενο της ανοιχτής βάσης δεδομένων με το περιεχόμενο αυτού του αρχείου: ασθενείς, συνεδρίες, λογαριασμούς, ρυθμίσεις και το αρχείο ελέγχου. Ό,τι καταγράφηκε μετά τη δημιουργία αυτού του αντιγράφου ασφαλείας θα χαθεί από τη βάση δεδομένων, εδώ και σε κάθε άλλο σταθμό εργασίας που τη χρησιμοποιεί.</translation>
    </message>
    <message>
        <source>First a safety copy of the database as it is now is kept in %1; restoring that copy undoes this restore.</source>
        <translation>Πρώτα διατηρείται ένα αντίγραφο προστασίας της βάσης δεδομένων, όπως είναι τώρα, στη θέση: %1· η επαναφορά εκείνου του αντιγράφου αναιρεί αυτή την επαναφορά.</translation>
    </message>
    <message>
        <source>Restore now?</source>
        <translation>Να γίνει επαναφορά τώρα;</translation>
    </message>
    <message>
        <source>The database was restored from %1. It holds %2.</source>
        <translation>Η βάση δεδομένων επαναφέρθηκε από το %1. Περιέχει %2.</translation>
    </message>
    <message>
        <source>The backup&apos;s older schema %1 was upgraded to %2.</source>
        <translation>Το παλαιότερο σχήμα %1 του αντιγράφου ασφαλείας αναβαθμίστηκε σε %2.</translation>
    </message>
    <message>
        <source>The database as it was before the restore is kept at:</source>
        <translation>Η βάση δεδομένων όπως ήταν πριν από την επαναφορά διατηρείται στη θέση:</translation>
    </message>
    <message>
        <source>Restore that file to undo this restore.</source>
        <translation>Κάντε επαναφορά από αυτό το αρχείο για να αναιρέσετε αυτή την επαναφορά.</translation>
    </message>
    <message>
        <source>Nothing was restored; the database is as it was.</source>
        <translation>Δεν έγινε επαναφορά· η βάση δεδομένων είναι όπως ήταν.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Clinician</source>
        <translation>Θεράπων ιατρός</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Βοηθός</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Διαχειριστής</translation>
    </message>
</context>
<context>
    <name>RowTexts</name>
    <message>
        <source>%1 from %2</source>
        <translation>%1 από %2</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Πρόχειρη</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Υπογεγραμμένη</translation>
    </message>
    <message>
        <source>Signed, amended</source>
        <translation>Υπογεγραμμένη, διορθωμένη</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Αντικατεστημένη</translation>
    </message>
    <message>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <source>Improvement %1 of 10</source>
        <translation>Βελτίωση %1 από 10</translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>τίποτε άλλο</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Αλλαγές: %1</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Αλλαγές:</translation>
    </message>
    <message>
        <source>Corrected on %1 by %2 — reason: %3</source>
        <translation>Διορθώθηκε στις %1 από %2 — αιτιολογία: %3</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Αιτιολογία</translation>
    </message>
    <message>
        <source>(no reason recorded)</source>
        <translation>(δεν καταγράφηκε αιτιολογία)</translation>
    </message>
    <message>
        <source>⚠ Given despite: %1</source>
        <translation>⚠ Χορήγηση παρά την προειδοποίηση: %1</translation>
    </message>
    <message>
        <source>Amended on %1 by %2 — reason: %3</source>
        <translation>Διόρθωση στις %1 από %2 — αιτιολογία: %3</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>depth %1</source>
        <translation>βάθος %1</translation>
    </message>
    <message>
        <source>%1G</source>
        <translation>%1G</translation>
    </message>
    <message>
        <source>1 needle</source>
        <translation>1 βελόνα</translation>
    </message>
    <message numerus="yes">
        <source>%n needles</source>
        <translation>
            <numerusform>%n βελόνα</numerusform>
            <numerusform>%n βελόνες</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>1 pass</source>
        <translation>1 πέρασμα</translation>
    </message>
    <message numerus="yes">
        <source>%n passes</source>
        <translation>
            <numerusform>%n πέρασμα</numerusform>
            <numerusform>%n περάσματα</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ml</source>
        <translation>%1 ml</translation>
    </message>
    <message>
        <source>lot %1</source>
        <translation>παρτίδα %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>λήξη %1</translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation>1 μονάδα</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 μονάδες</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>υποχώρησε στις %1</translation>
    </message>
    <message>
        <source>Signed on %1 by %2</source>
        <translation>Υπογράφηκε στις %1 από %2</translation>
    </message>
    <message>
        <source>Corrected on %1 by %2: %3</source>
        <translation>Διορθώθηκε στις %1 από %2: %3</translation>
    </message>
    <message>
        <source>An earlier version: the amendment is the current one.</source>
        <translation>Προηγούμενη έκδοση: η διόρθωση είναι η τρέχουσα.</translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation>Ακυρωμένη: %1</translation>
    </message>
    <message>
        <source>Voided on %1 by %2: %3</source>
        <translation>Ακυρώθηκε στις %1 από %2: %3</translation>
    </message>
    <message>
        <source>Draft: not signed yet, still editable</source>
        <translation>Πρόχειρη: δεν έχει υπογραφεί ακόμη, μπορεί ακόμη να τροποποιηθεί</translation>
    </message>
    <message>
        <source>Amended on %1 by %2: %3</source>
        <translation>Διόρθωση στις %1 από %2: %3</translation>
    </message>
    <message>
        <source>Corrects the version signed on %1 by %2</source>
        <translation>Διορθώνει την έκδοση που υπογράφηκε στις %1 από %2</translation>
    </message>
</context>
<context>
    <name>ScannerGroup</name>
    <message>
        <source>Barcode scanner of this computer</source>
        <translation>Σαρωτής γραμμωτού κώδικα αυτού του υπολογιστή</translation>
    </message>
    <message>
        <source>Character sent in place of GS</source>
        <translation>Χαρακτήρας που στέλνεται στη θέση του GS</translation>
    </message>
    <message>
        <source>GS</source>
        <translation>GS</translation>
    </message>
    <message>
        <source>Kept on this computer only. Empty: the scanner sends GS (ASCII 29) between a code&apos;s fields, as GS1 asks. Otherwise the one character the scanner was set to send instead, such as | or ^</source>
        <translation>Διατηρείται μόνο σε αυτόν τον υπολογιστή. Κενό: ο σαρωτής στέλνει GS (ASCII 29) ανάμεσα στα πεδία ενός κωδικού, όπως ορίζει το GS1. Διαφορετικά, ο ένας χαρακτήρας που έχει ρυθμιστεί να στέλνει ο σαρωτής αντί γι&apos; αυτόν, όπως | ή ^</translation>
    </message>
    <message>
        <source>The character it sends in place of GS; empty when it sends GS.</source>
        <translation>Ο χαρακτήρας που στέλνει στη θέση του GS· κενό όταν στέλνει GS.</translation>
    </message>
    <message>
        <source>Sepa&amp;rator:</source>
        <translation>Δια&amp;χωριστικό:</translation>
    </message>
</context>
<context>
    <name>Scanning</name>
    <message>
        <source>lot</source>
        <comment>a GS1 field: the vial&apos;s lot number</comment>
        <translation>παρτίδα</translation>
    </message>
    <message>
        <source>expiry</source>
        <comment>a GS1 field: the vial&apos;s expiry date</comment>
        <translation>λήξη</translation>
    </message>
    <message>
        <source>serial</source>
        <comment>a GS1 field: the vial&apos;s serial number</comment>
        <translation>σειριακός αριθμός</translation>
    </message>
    <message>
        <source>1 to 20 letters, digits and !&quot;%&amp;&apos;()*+,-./:;&lt;=&gt;?_</source>
        <comment>GS1&apos;s character set 82</comment>
        <translation>1 έως 20 γράμματα, ψηφία και !&quot;%&amp;&apos;()*+,-./:;&lt;=&gt;?_</translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation>14 ψηφία</translation>
    </message>
    <message>
        <source>a date written YYMMDD</source>
        <translation>ημερομηνία γραμμένη ως YYMMDD</translation>
    </message>
    <message>
        <source>The scan ({length} characters) is neither a GS1 code nor a GTIN (EAN-13, UPC-A, GTIN-14).</source>
        <translation>Η σάρωση ({length} χαρακτήρες) δεν είναι ούτε κωδικός GS1 ούτε GTIN (EAN-13, UPC-A, GTIN-14).</translation>
    </message>
    <message>
        <source>The code has no GTIN (AI 01), so it names no product: scan the code on the vial&apos;s label that holds the GTIN.</source>
        <translation>Ο κωδικός δεν έχει GTIN (AI 01), άρα δεν προσδιορίζει προϊόν: σαρώστε τον κωδικό της ετικέτας του φιαλιδίου που περιέχει το GTIN.</translation>
    </message>
    <message>
        <source>The GTIN {gtin} has a wrong check digit: the code is damaged, misread or mistyped. Scan it again, or type the product.</source>
        <translation>Το GTIN {gtin} έχει λάθος ψηφίο ελέγχου: ο κωδικός είναι κατεστραμμένος, διαβάστηκε λάθος ή πληκτρολογήθηκε λάθος. Σαρώστε τον ξανά ή πληκτρολογήστε το προϊόν.</translation>
    </message>
    <message>
        <source>The expiry {digits} is not a date: GS1 writes it YYMMDD, with day 00 for the last day of the month.</source>
        <translation>Η λήξη {digits} δεν είναι ημερομηνία: το GS1 τη γράφει ως YYMMDD, με ημέρα 00 για την τελευταία ημέρα του μήνα.</translation>
    </message>
    <message>
        <source>The expiry ({length} characters) is not a date: GS1 writes it YYMMDD, with day 00 for the last day of the month.</source>
        <translation>Η λήξη ({length} χαρακτήρες) δεν είναι ημερομηνία: το GS1 τη γράφει ως YYMMDD, με ημέρα 00 για την τελευταία ημέρα του μήνα.</translation>
    </message>
    <message>
        <source>GS1&apos;s format {format}</source>
        <translation>σύμφωνοι με τη μορφή {format} του GS1</translation>
    </message>
    <message>
        <source>The code&apos;s {name} (AI {ai}) holds {length} characters that are not {rule}.</source>
        <translation>Το πεδίο «{name}» (AI {ai}) του κωδικού περιέχει {length} χαρακτήρες που δεν είναι {rule}.</translation>
    </message>
    <message>
        <source>The code holds {character} at character {position}, which GS1 data cannot hold: if the scanner sends it in place of the GS separator, set it as the separator in Settings.</source>
        <translation>Ο κωδικός περιέχει {character} στη θέση {position}, χαρακτήρα που δεν επιτρέπεται σε δεδομένα GS1: αν ο σαρωτής τον στέλνει αντί για το διαχωριστικό GS, ορίστε τον ως διαχωριστικό στις Ρυθμίσεις.</translation>
    </message>
    <message>
        <source>The code holds data at character {position} that starts with no GS1 application identifier: the scanner may have left out a GS separator.</source>
        <translation>Ο κωδικός περιέχει στη θέση {position} δεδομένα που δεν ξεκινούν με αναγνωριστικό εφαρμογής (AI) του GS1: ο σαρωτής μπορεί να παρέλειψε ένα διαχωριστικό GS.</translation>
    </message>
    <message>
        <source>The code&apos;s ({ai}) is not a GS1 application identifier.</source>
        <translation>Το ({ai}) του κωδικού δεν είναι αναγνωριστικό εφαρμογής (AI) του GS1.</translation>
    </message>
    <message>
        <source>The code gives {count} different values for its {name} (AI {ai}), {values} and {last}: a vial has one, so the code is misread or wrongly made. Scan it again, or type the product.</source>
        <translation>Ο κωδικός δίνει {count} διαφορετικές τιμές για το πεδίο «{name}» (AI {ai}), {values} και {last}: ένα φιαλίδιο έχει μία, άρα ο κωδικός διαβάστηκε λάθος ή είναι λανθασμένα κατασκευασμένος. Σαρώστε τον ξανά ή πληκτρολογήστε το προϊόν.</translation>
    </message>
    <message>
        <source>The code gives {count} different values for its {name} (AI {ai}): a vial has one, so the code is misread or wrongly made. Scan it again, or type the product.</source>
        <translation>Ο κωδικός δίνει {count} διαφορετικές τιμές για το πεδίο «{name}» (AI {ai}): ένα φιαλίδιο έχει μία, άρα ο κωδικός διαβάστηκε λάθος ή είναι λανθασμένα κατασκευασμένος. Σαρώστε τον ξανά ή πληκτρολογήστε το προϊόν.</translation>
    </message>
</context>
<context>
    <name>ServerMigration</name>
    <message>
        <source>Cannot open the database {path}: {reason}</source>
        <translation>Δεν είναι δυνατό να ανοίξει η βάση δεδομένων {path}: {reason}</translation>
    </message>
    <message>
        <source>The database {path} is open in mesolog — in this window or on another workstation — or in another program. Close mesolog wherever it has this database open, then try again. Nothing was copied.</source>
        <translation>Η βάση δεδομένων {path} είναι ανοιχτή στο mesolog — σε αυτό το παράθυρο ή σε άλλο σταθμό εργασίας — ή σε άλλο πρόγραμμα. Κλείστε το mesolog οπουδήποτε έχει ανοιχτή αυτή τη βάση δεδομένων και δοκιμάστε ξανά. Δεν αντιγράφηκε τίποτα.</translation>
    </message>
    <message>
        <source>Cannot use the database {path}: {reason}</source>
        <translation>Δεν είναι δυνατό να χρησιμοποιηθεί η βάση δεδομένων {path}: {reason}</translation>
    </message>
    <message>
        <source>{to} is not a PostgreSQL database URL; the clinic moves to one named like postgresql+psycopg://USER@HOST/DATABASE. Nothing was copied.</source>
        <translation>Το {to} δεν είναι URL βάσης δεδομένων PostgreSQL· το ιατρείο μεταφέρεται σε μια βάση με όνομα όπως postgresql+psycopg://USER@HOST/DATABASE. Δεν αντιγράφηκε τίποτα.</translation>
    </message>
    <message>
        <source>{location} is not an SQLite file: a clinic moves to the server from its SQLite file. Nothing was copied.</source>
        <translation>Το {location} δεν είναι αρχείο SQLite: ένα ιατρείο μεταφέρεται στον διακομιστή από το αρχείο SQLite του. Δεν αντιγράφηκε τίποτα.</translation>
    </message>
    <message>
        <source>There is no database at {path}. Nothing was copied.</source>
        <translation>Δεν υπάρχει βάση δεδομένων στο {path}. Δεν αντιγράφηκε τίποτα.</translation>
    </message>
    <message>
        <source>The database {target} is not empty: {count} of its tables hold rows ({tables}). A clinic moves only into an empty database; nothing was copied or changed.</source>
        <translation>Η βάση δεδομένων {target} δεν είναι κενή: {count} από τους πίνακές της έχουν γραμμές ({tables}). Ένα ιατρείο μεταφέρεται μόνο σε κενή βάση δεδομένων· δεν αντιγράφηκε ούτε άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>The role {role} does not own the tables of {target} (the table {table} belongs to {owner}). Only the role that owns the schema can move a clinic into it, since the copy switches off the guard triggers for its own transaction: connect as {owner}. Nothing was copied or changed.</source>
        <translation>Ο ρόλος {role} δεν είναι κάτοχος των πινάκων της {target} (ο πίνακας {table} ανήκει στον {owner}). Μόνο ο ρόλος που κατέχει το σχήμα μπορεί να μεταφέρει ένα ιατρείο σε αυτό, επειδή η αντιγραφή απενεργοποιεί τα εναύσματα (triggers) προστασίας για τη δική της συναλλαγή: συνδεθείτε ως {owner}. Δεν αντιγράφηκε ούτε άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>The server&apos;s copy differs from the file in the tables {tables}; it was rolled back, and the server&apos;s database is empty again.</source>
        <translation>Το αντίγραφο στον διακομιστή διαφέρει από το αρχείο στους πίνακες {tables}· αναιρέθηκε, και η βάση δεδομένων του διακομιστή είναι ξανά κενή.</translation>
    </message>
    <message>
        <source>Copying into {target} failed: {reason}. The copy was rolled back: the server&apos;s database is empty again.</source>
        <translation>Η αντιγραφή στη {target} απέτυχε: {reason}. Η αντιγραφή αναιρέθηκε: η βάση δεδομένων του διακομιστή είναι ξανά κενή.</translation>
    </message>
    <message>
        <source>The copy on {target} does not pass `audit verify` ({problems} problems), so it was removed again and the server&apos;s database is empty. Run `mesolog audit verify` on the SQLite file, which was left as it was, to see why.</source>
        <translation>Το αντίγραφο στη {target} δεν περνά τον έλεγχο `audit verify` ({problems} προβλήματα), οπότε αφαιρέθηκε ξανά και η βάση δεδομένων του διακομιστή είναι κενή. Εκτελέστε `mesolog audit verify` στο αρχείο SQLite, που έμεινε όπως ήταν, για να δείτε γιατί.</translation>
    </message>
    <message>
        <source>The copy on {target} does not pass `audit verify` ({problems} problems), and it was written to since, so it was left as it is. Run `mesolog audit verify` on it.</source>
        <translation>Το αντίγραφο στη {target} δεν περνά τον έλεγχο `audit verify` ({problems} προβλήματα), και γράφτηκαν δεδομένα σε αυτό από τότε, οπότε έμεινε όπως είναι. Εκτελέστε `mesolog audit verify` σε αυτό.</translation>
    </message>
</context>
<context>
    <name>SessionAutosave</name>
    <message>
        <source>Could not keep a copy: %1</source>
        <translation>Δεν ήταν δυνατή η φύλαξη αντιγράφου: %1</translation>
    </message>
    <message>
        <source>Could not keep a copy (a bug; see the log).</source>
        <translation>Δεν ήταν δυνατή η φύλαξη αντιγράφου (σφάλμα του προγράμματος· δείτε το αρχείο καταγραφής).</translation>
    </message>
    <message>
        <source>Kept at %1</source>
        <translation>Φυλάχτηκε αντίγραφο στις %1</translation>
    </message>
</context>
<context>
    <name>SessionCounts</name>
    <message numerus="yes">
        <source>&amp;Sign with %n warnings</source>
        <translation>
            <numerusform>&amp;Υπογραφή με %n προειδοποίηση</numerusform>
            <numerusform>&amp;Υπογραφή με %n προειδοποιήσεις</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n value(s) to correct, marked in red.</source>
        <translation>
            <numerusform>Δεν αποθηκεύτηκε: %n τιμή προς διόρθωση, σημειωμένη με κόκκινο.</numerusform>
            <numerusform>Δεν αποθηκεύτηκε: %n τιμές προς διόρθωση, σημειωμένες με κόκκινο.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 keeps its mark: it holds %n injection points; delete them first.</source>
        <translation>
            <numerusform>%1: η σήμανση παραμένει, καθώς έχει %n σημείο έγχυσης· διαγράψτε το πρώτα.</numerusform>
            <numerusform>%1: η σήμανση παραμένει, καθώς έχει %n σημεία έγχυσης· διαγράψτε τα πρώτα.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sum of this product&apos;s %n injection points on the chart; delete them there to type the volume.</source>
        <translation>
            <numerusform>Το άθροισμα του %n σημείου έγχυσης αυτού του προϊόντος στο διάγραμμα· διαγράψτε το εκεί για να πληκτρολογήσετε τον όγκο.</numerusform>
            <numerusform>Το άθροισμα των %n σημείων έγχυσης αυτού του προϊόντος στο διάγραμμα· διαγράψτε τα εκεί για να πληκτρολογήσετε τον όγκο.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>how long before a session the last aspirin/NSAID was</comment>
        <translation>
            <numerusform>%n ημέρα</numerusform>
            <numerusform>%n ημέρες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <comment>when the last aspirin/NSAID was taken</comment>
        <translation>
            <numerusform>πριν από %n ημέρα</numerusform>
            <numerusform>πριν από %n ημέρες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n needles</source>
        <comment>of a micro-needling pen</comment>
        <translation>
            <numerusform>%n βελόνα</numerusform>
            <numerusform>%n βελόνες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passes</source>
        <comment>of a micro-needling pen over the area</comment>
        <translation>
            <numerusform>%n πέρασμα</numerusform>
            <numerusform>%n περάσματα</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>Session (earlier version): %1</source>
        <translation>Συνεδρία (προηγούμενη έκδοση): %1</translation>
    </message>
    <message>
        <source>Amend session: %1</source>
        <translation>Διόρθωση συνεδρίας: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Άκυρο</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Δεν έχει υπογραφεί ακόμη</translation>
    </message>
    <message>
        <source>the reason for the amendment is required</source>
        <translation>η αιτιολογία της διόρθωσης είναι υποχρεωτική</translation>
    </message>
    <message>
        <source>Nothing was changed: correct what was wrong, then sign the amendment.</source>
        <translation>Δεν άλλαξε τίποτα: διορθώστε ό,τι ήταν λάθος και έπειτα υπογράψτε τη διόρθωση.</translation>
    </message>
    <message>
        <source>Not signed: nothing changed</source>
        <translation>Δεν υπογράφηκε: δεν άλλαξε τίποτα</translation>
    </message>
    <message>
        <source>Sign the amendment</source>
        <translation>Υπογραφή της διόρθωσης</translation>
    </message>
    <message>
        <source>Sign this amendment? It becomes the current version of the session; the version signed before stays readable as it was.</source>
        <translation>Θέλετε να υπογράψετε αυτή τη διόρθωση; Γίνεται η τρέχουσα έκδοση της συνεδρίας· η έκδοση που είχε υπογραφεί πριν παραμένει αναγνώσιμη όπως ήταν.</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Ασθενής</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Κλειδωμένη</translation>
    </message>
    <message>
        <source>Where the values come from</source>
        <translation>Από πού προέρχονται οι τιμές</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Εκδόσεις</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Σφάλματα</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>Αιτιολογία της διόρθωσης</translation>
    </message>
    <message>
        <source>What was wrong, e.g. the lot number was mistyped</source>
        <translation>Τι ήταν λάθος, π.χ. ο αριθμός παρτίδας πληκτρολογήθηκε λάθος</translation>
    </message>
    <message>
        <source>&amp;Reason for the amendment</source>
        <translation>Αι&amp;τιολογία της διόρθωσης</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Αποθήκευση ως πρόχειρη</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Υπογραφή…</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Υπογραφή</translation>
    </message>
    <message>
        <source>Save and close (%1)</source>
        <translation>Αποθήκευση και κλείσιμο (%1)</translation>
    </message>
    <message>
        <source>Save, sign and lock (%1)</source>
        <translation>Αποθήκευση, υπογραφή και κλείδωμα (%1)</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>&amp;Διόρθωση…</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Διόρθωση</translation>
    </message>
    <message>
        <source>Correct this signed session: a new signed version, with the reason;
this one stays readable as it was signed</source>
        <translation>Διόρθωση αυτής της υπογεγραμμένης συνεδρίας: νέα υπογεγραμμένη έκδοση, με την αιτιολογία·
αυτή παραμένει αναγνώσιμη όπως υπογράφηκε</translation>
    </message>
    <message>
        <source>Si&amp;gn amendment…</source>
        <translation>&amp;Υπογραφή διόρθωσης…</translation>
    </message>
    <message>
        <source>Sign amendment</source>
        <translation>Υπογραφή διόρθωσης</translation>
    </message>
    <message>
        <source>Sign the corrected version; it becomes the current one (%1)</source>
        <translation>Υπογραφή της διορθωμένης έκδοσης· γίνεται η τρέχουσα (%1)</translation>
    </message>
    <message>
        <source>&amp;Earlier version…</source>
        <translation>Προη&amp;γούμενη έκδοση…</translation>
    </message>
    <message>
        <source>Open the earlier version</source>
        <translation>Άνοιγμα της προηγούμενης έκδοσης</translation>
    </message>
    <message>
        <source>The version this amendment corrects, read-only</source>
        <translation>Η έκδοση που διορθώνει αυτή η διόρθωση, μόνο για ανάγνωση</translation>
    </message>
    <message>
        <source>Ne&amp;wer version…</source>
        <translation>&amp;Νεότερη έκδοση…</translation>
    </message>
    <message>
        <source>Open the newer version</source>
        <translation>Άνοιγμα της νεότερης έκδοσης</translation>
    </message>
    <message>
        <source>The amendment that corrects this version</source>
        <translation>Η διόρθωση αυτής της έκδοσης</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Υπογραφή</translation>
    </message>
    <message>
        <source>&amp;Sign with 1 warning</source>
        <translation>&amp;Υπογραφή με 1 προειδοποίηση</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>αυτή τη συνεδρία</translation>
    </message>
    <message>
        <source>Sign the session</source>
        <translation>Υπογραφή της συνεδρίας</translation>
    </message>
    <message>
        <source>Sign this session? A signed session is locked; later corrections are amendments.</source>
        <translation>Θέλετε να υπογράψετε αυτή τη συνεδρία; Μια υπογεγραμμένη συνεδρία κλειδώνει· οι μεταγενέστερες αλλαγές γίνονται ως διορθώσεις.</translation>
    </message>
    <message>
        <source>Not signed: the session keeps changing on another workstation. Try again.</source>
        <translation>Δεν υπογράφηκε: η συνεδρία αλλάζει συνεχώς σε άλλον σταθμό εργασίας. Δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>&amp;Back to the session</source>
        <translation>&amp;Επιστροφή στη συνεδρία</translation>
    </message>
    <message>
        <source>The amendment is not signed; the session stays as it was. Discard it?</source>
        <translation>Η διόρθωση δεν έχει υπογραφεί· η συνεδρία μένει όπως ήταν. Θέλετε να την απορρίψετε;</translation>
    </message>
    <message>
        <source>The changes to this session are not saved. Discard them?</source>
        <translation>Οι αλλαγές σε αυτή τη συνεδρία δεν έχουν αποθηκευτεί. Θέλετε να τις απορρίψετε;</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Απόρριψη των αλλαγών;</translation>
    </message>
    <message>
        <source>Not saved: correct the values marked in red.</source>
        <translation>Δεν αποθηκεύτηκε: διορθώστε τις τιμές που είναι σημειωμένες με κόκκινο.</translation>
    </message>
    <message>
        <source>Not saved: a lot has expired; change it, then save.</source>
        <translation>Δεν αποθηκεύτηκε: μια παρτίδα έχει λήξει· αλλάξτε την και έπειτα αποθηκεύστε.</translation>
    </message>
    <message>
        <source>A warning above needs the reason it is given anyway before signing.</source>
        <translation>Για μια προειδοποίηση παραπάνω χρειάζεται, πριν από την υπογραφή, η αιτιολογία της χορήγησης παρά την προειδοποίηση.</translation>
    </message>
    <message>
        <source>Not signed: type why it is given despite the warning.</source>
        <translation>Δεν υπογράφηκε: πληκτρολογήστε γιατί γίνεται η χορήγηση παρά την προειδοποίηση.</translation>
    </message>
    <message>
        <source>depth %1</source>
        <translation>βάθος %1</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>lot %1</source>
        <translation>παρτίδα %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>λήξη %1</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>υποχώρησε στις %1</translation>
    </message>
    <message>
        <source>%1 (reason: %2)</source>
        <translation>%1 (αιτιολογία: %2)</translation>
    </message>
    <message>
        <source>a course not listed</source>
        <translation>θεραπευτικό πρόγραμμα εκτός λίστας</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Ημερομηνία και ώρα</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Θεράπων ιατρός</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Θεραπευτικό πρόγραμμα</translation>
    </message>
    <message>
        <source>Last aspirin/NSAID</source>
        <translation>Τελευταία λήψη ασπιρίνης/ΜΣΑΦ</translation>
    </message>
    <message>
        <source>Topical anaesthetic</source>
        <translation>Τοπικό αναισθητικό</translation>
    </message>
    <message>
        <source>Consent confirmed</source>
        <translation>Επιβεβαίωση συγκατάθεσης</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Θεραπεία</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Αντιδράσεις</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Βελτίωση</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Warnings given anyway</source>
        <translation>Προειδοποιήσεις που παρακάμφθηκαν</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>δεν ρωτήθηκε</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Κανένα</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>δεν βαθμολογήθηκε</translation>
    </message>
    <message>
        <source>%1 / 10</source>
        <translation>%1 / 10</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Συνεδρία: %1</translation>
    </message>
    <message>
        <source>Restored from the copy kept while you were typing.</source>
        <translation>Επαναφέρθηκε από το αντίγραφο που φυλάχτηκε ενώ πληκτρολογούσατε.</translation>
    </message>
    <message>
        <source>A clinician signs the drafts an assistant logs.</source>
        <translation>Τις πρόχειρες συνεδρίες που καταχωρίζει ένας βοηθός τις υπογράφει ένας θεράπων ιατρός.</translation>
    </message>
    <message>
        <source>Changed at another workstation</source>
        <translation>Άλλαξε σε άλλο σταθμό εργασίας</translation>
    </message>
    <message>
        <source>This session was changed at another workstation at %1. This window still shows it as it was opened.</source>
        <translation>Αυτή η συνεδρία άλλαξε σε άλλο σταθμό εργασίας στις %1. Αυτό το παράθυρο τη δείχνει ακόμη όπως ήταν όταν άνοιξε.</translation>
    </message>
    <message>
        <source>The clinician who will sign</source>
        <translation>Ο θεράπων ιατρός που θα υπογράψει</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>Αποθήκευση της συνεδρίας</translation>
    </message>
    <message>
        <source>Same areas, techniques and products as the session of %1. Check them, change what differs, then save.</source>
        <translation>Ίδιες περιοχές, τεχνικές και προϊόντα με τη συνεδρία της %1. Ελέγξτε τα, αλλάξτε ό,τι διαφέρει και έπειτα αποθηκεύστε.</translation>
    </message>
    <message>
        <source>First session of a course planned from the template “%1”: its areas, techniques and products. Choose the lots, check the amounts, then save.</source>
        <translation>Πρώτη συνεδρία θεραπευτικού προγράμματος σχεδιασμένου από το πρότυπο «%1»: οι περιοχές, οι τεχνικές και τα προϊόντα του. Επιλέξτε τις παρτίδες, ελέγξτε τις ποσότητες και έπειτα αποθηκεύστε.</translation>
    </message>
    <message>
        <source>First session here: the clinic&apos;s usual technique settings.</source>
        <translation>Πρώτη συνεδρία εδώ: οι συνήθεις ρυθμίσεις τεχνικής του ιατρείου.</translation>
    </message>
    <message>
        <source>Last aspirin/NSAID: %1 before the session of %2, so %3 if none was taken since; ask again.</source>
        <comment>%1: a number of days; %3: a number of days ago</comment>
        <translation>Τελευταία λήψη ασπιρίνης/ΜΣΑΦ: %1 πριν από τη συνεδρία της %2, άρα %3 αν δεν ελήφθη άλλο από τότε· ρωτήστε ξανά.</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>γεννήθηκε στις %1</translation>
    </message>
    <message>
        <source>Voided by %1 on %2: %3 — locked</source>
        <translation>Ακυρώθηκε από %1 στις %2: %3 — κλειδωμένη</translation>
    </message>
    <message>
        <source>Signed by %1 on %2 — locked. Corrections are made as amendments.</source>
        <translation>Υπογράφηκε από %1 στις %2 — κλειδωμένη. Οι αλλαγές γίνονται μέσω διόρθωσης.</translation>
    </message>
    <message>
        <source>Amendment of the version signed %1 by %2 — reason: %3</source>
        <translation>Διόρθωση της έκδοσης που υπογράφηκε στις %1 από %2 — αιτιολογία: %3</translation>
    </message>
    <message>
        <source>Earlier version: corrected on %1 by %2 — reason: %3. The amendment is the current version; this text stays as it was signed.</source>
        <translation>Προηγούμενη έκδοση: διορθώθηκε στις %1 από %2 — αιτιολογία: %3. Η διόρθωση είναι η τρέχουσα έκδοση· αυτό το κείμενο μένει όπως υπογράφηκε.</translation>
    </message>
    <message>
        <source>Amending the session signed %1 by %2. Correct what was wrong and give the reason; the amendment, once signed, is the current version. The signed version stays readable as it is.</source>
        <translation>Διόρθωση της συνεδρίας που υπογράφηκε στις %1 από %2. Διορθώστε ό,τι ήταν λάθος και δώστε την αιτιολογία· η διόρθωση, μόλις υπογραφεί, γίνεται η τρέχουσα έκδοση. Η υπογεγραμμένη έκδοση παραμένει αναγνώσιμη όπως είναι.</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Session</source>
        <translation>Συνεδρία</translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation>&amp;Ημερομηνία και ώρα</translation>
    </message>
    <message>
        <source>C&amp;linician</source>
        <translation>&amp;Θεράπων ιατρός</translation>
    </message>
    <message>
        <source>C&amp;ourse</source>
        <translation>Θεραπευτικό &amp;πρόγραμμα</translation>
    </message>
    <message>
        <source>Last aspirin/&amp;NSAID</source>
        <translation>Τελευταία λήψη ασπιρίνης/&amp;ΜΣΑΦ</translation>
    </message>
    <message>
        <source>Topical &amp;anaesthetic</source>
        <translation>Τοπικό &amp;αναισθητικό</translation>
    </message>
    <message>
        <source>Reason to give an&amp;yway</source>
        <translation>Αιτιολογία &amp;χορήγησης παρά την προειδοποίηση</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Θεραπεία</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Αντιδράσεις</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Αποτέλεσμα</translation>
    </message>
    <message>
        <source>&amp;Improvement</source>
        <translation>&amp;Βελτίωση</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>&amp;Σημειώσεις</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Ημερομηνία και ώρα</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Θεράπων ιατρός</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Θεραπευτικό πρόγραμμα</translation>
    </message>
    <message>
        <source>No course</source>
        <translation>Χωρίς θεραπευτικό πρόγραμμα</translation>
    </message>
    <message>
        <source>days ago</source>
        <translation>ημέρες πριν</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>δεν ρωτήθηκε</translation>
    </message>
    <message>
        <source>Days since the last aspirin or other NSAID</source>
        <translation>Ημέρες από την τελευταία λήψη ασπιρίνης ή άλλου ΜΣΑΦ</translation>
    </message>
    <message>
        <source>Topical anaesthetic</source>
        <translation>Τοπικό αναισθητικό</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Κανένα</translation>
    </message>
    <message>
        <source>Reason to give it anyway</source>
        <translation>Αιτιολογία χορήγησης παρά την προειδοποίηση</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>δεν βαθμολογήθηκε</translation>
    </message>
    <message>
        <source>Improvement score from 0 to 10</source>
        <translation>Βαθμολογία βελτίωσης από 0 έως 10</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Σημειώσεις συνεδρίας</translation>
    </message>
    <message>
        <source>Needed to sign: why it is given despite the warning</source>
        <translation>Απαιτείται για την υπογραφή: γιατί γίνεται η χορήγηση παρά την προειδοποίηση</translation>
    </message>
    <message>
        <source>Only when a warning asks for a reason</source>
        <translation>Μόνο όταν μια προειδοποίηση ζητά αιτιολογία</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, από %2</translation>
    </message>
    <message>
        <source>Type a date or pick it in the calendar; empty for none</source>
        <translation>Πληκτρολογήστε ημερομηνία ή επιλέξτε την στο ημερολόγιο· κενό αν δεν υπάρχει</translation>
    </message>
    <message>
        <source>Consent confirmed</source>
        <translation>Επιβεβαίωση συγκατάθεσης</translation>
    </message>
    <message>
        <source>Consent on file (%1) confirmed</source>
        <translation>Επιβεβαίωση της συγκατάθεσης του φακέλου (%1)</translation>
    </message>
    <message>
        <source>Consent confirmed for this session</source>
        <translation>Επιβεβαίωση συγκατάθεσης για αυτή τη συνεδρία</translation>
    </message>
    <message>
        <source>Signed with a confirmed consent, it is put on the patient&apos;s file</source>
        <translation>Με την υπογραφή της συνεδρίας με επιβεβαιωμένη συγκατάθεση, η συγκατάθεση καταχωρίζεται στον φάκελο του ασθενούς</translation>
    </message>
    <message>
        <source>The consent on file covers this session unless you untick this</source>
        <translation>Η συγκατάθεση του φακέλου καλύπτει αυτή τη συνεδρία, εκτός αν αποεπιλέξετε αυτό το πλαίσιο</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>Draft</source>
        <comment>a session</comment>
        <translation>Πρόχειρη</translation>
    </message>
    <message>
        <source>Signed</source>
        <comment>a session</comment>
        <translation>Υπογεγραμμένη</translation>
    </message>
</context>
<context>
    <name>SessionTiming</name>
    <message>
        <source>This course was stopped: check that the session belongs to it, or plan a new course.</source>
        <translation>Αυτό το θεραπευτικό πρόγραμμα έχει διακοπεί: ελέγξτε ότι η συνεδρία ανήκει σε αυτό ή προγραμματίστε νέο θεραπευτικό πρόγραμμα.</translation>
    </message>
    <message>
        <source>this would be session {number} of {planned} planned</source>
        <translation>αυτή θα ήταν η συνεδρία {number} από {planned} προγραμματισμένες</translation>
    </message>
    <message>
        <source>This course was marked completed: {beyond}.</source>
        <translation>Αυτό το θεραπευτικό πρόγραμμα έχει σημειωθεί ως ολοκληρωμένο: {beyond}.</translation>
    </message>
    <message>
        <source>The course&apos;s one planned session is done: {beyond}. Switch the course to maintenance, or plan a new course.</source>
        <translation>Η μία προγραμματισμένη συνεδρία του θεραπευτικού προγράμματος έχει γίνει: {beyond}. Περάστε το θεραπευτικό πρόγραμμα σε φάση συντήρησης ή προγραμματίστε νέο θεραπευτικό πρόγραμμα.</translation>
    </message>
    <message>
        <source>The course&apos;s one planned session is done, the last on {last}: {beyond}. Switch the course to maintenance, or plan a new course.</source>
        <translation>Η μία προγραμματισμένη συνεδρία του θεραπευτικού προγράμματος έχει γίνει, στις {last}: {beyond}. Περάστε το θεραπευτικό πρόγραμμα σε φάση συντήρησης ή προγραμματίστε νέο θεραπευτικό πρόγραμμα.</translation>
    </message>
    <message>
        <source>All {planned} planned sessions of this course are done: {beyond}. Switch the course to maintenance, or plan a new course.</source>
        <translation>Έχουν γίνει και οι {planned} προγραμματισμένες συνεδρίες αυτού του θεραπευτικού προγράμματος: {beyond}. Περάστε το θεραπευτικό πρόγραμμα σε φάση συντήρησης ή προγραμματίστε νέο θεραπευτικό πρόγραμμα.</translation>
    </message>
    <message>
        <source>All {planned} planned sessions of this course are done, the last on {last}: {beyond}. Switch the course to maintenance, or plan a new course.</source>
        <translation>Έχουν γίνει και οι {planned} προγραμματισμένες συνεδρίες αυτού του θεραπευτικού προγράμματος, η τελευταία στις {last}: {beyond}. Περάστε το θεραπευτικό πρόγραμμα σε φάση συντήρησης ή προγραμματίστε νέο θεραπευτικό πρόγραμμα.</translation>
    </message>
    <message>
        <source>Early for this course: its first session is due from {start} to {end}.</source>
        <translation>Νωρίς για αυτό το θεραπευτικό πρόγραμμα: η πρώτη του συνεδρία προβλέπεται από {start} έως {end}.</translation>
    </message>
    <message>
        <source>Early for this course: it already has a session on {last}, the same day. The next session is due from {start} to {end}.</source>
        <translation>Νωρίς για αυτό το θεραπευτικό πρόγραμμα: έχει ήδη συνεδρία στις {last}, την ίδια ημέρα. Η επόμενη συνεδρία προβλέπεται από {start} έως {end}.</translation>
    </message>
    <message>
        <source>Early for this course: its last session was 1 day before, on {last}. The next session is due from {start} to {end}.</source>
        <translation>Νωρίς για αυτό το θεραπευτικό πρόγραμμα: η τελευταία του συνεδρία έγινε 1 ημέρα πριν, στις {last}. Η επόμενη συνεδρία προβλέπεται από {start} έως {end}.</translation>
    </message>
    <message numerus="yes">
        <source>Early for this course: its last session was %n days before, on {last}. The next session is due from {start} to {end}.</source>
        <translation>
            <numerusform>Νωρίς για αυτό το θεραπευτικό πρόγραμμα: η τελευταία του συνεδρία έγινε %n ημέρα πριν, στις {last}. Η επόμενη συνεδρία προβλέπεται από {start} έως {end}.</numerusform>
            <numerusform>Νωρίς για αυτό το θεραπευτικό πρόγραμμα: η τελευταία του συνεδρία έγινε %n ημέρες πριν, στις {last}. Η επόμενη συνεδρία προβλέπεται από {start} έως {end}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>at most {payload_max} characters</source>
        <translation>το πολύ {payload_max} χαρακτήρες</translation>
    </message>
    <message>
        <source>Only a signed session is amended; a draft is edited.</source>
        <translation>Διόρθωση γίνεται μόνο σε υπογεγραμμένη συνεδρία· μια πρόχειρη συνεδρία απλώς τροποποιείται.</translation>
    </message>
    <message>
        <source>The session is voided; it cannot be amended.</source>
        <translation>Η συνεδρία έχει ακυρωθεί· δεν μπορεί να διορθωθεί.</translation>
    </message>
    <message>
        <source>The session&apos;s patient was voided; their records no longer change.</source>
        <translation>Ο ασθενής της συνεδρίας έχει ακυρωθεί· ο φάκελός του δεν αλλάζει πλέον.</translation>
    </message>
    <message>
        <source>The session was amended already on {signed_at}; amend the newest version.</source>
        <translation>Η συνεδρία έχει ήδη διορθωθεί στις {signed_at}· διορθώστε τη νεότερη έκδοση.</translation>
    </message>
    <message>
        <source>The session is voided already.</source>
        <translation>Η συνεδρία έχει ήδη ακυρωθεί.</translation>
    </message>
    <message>
        <source>No session has the id {session_id}.</source>
        <translation>Δεν υπάρχει συνεδρία με αναγνωριστικό {session_id}.</translation>
    </message>
    <message>
        <source>The session is voided; it cannot change.</source>
        <translation>Η συνεδρία έχει ακυρωθεί· δεν μπορεί να αλλάξει.</translation>
    </message>
    <message>
        <source>The session was signed on {signed_at} and is locked; a correction is an amendment.</source>
        <translation>Η συνεδρία υπογράφηκε στις {signed_at} και είναι κλειδωμένη· κάθε αλλαγή γίνεται πλέον ως διόρθωση.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Currency</source>
        <translation>Νόμισμα</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ρυθμίσεις</translation>
    </message>
    <message>
        <source>the clinic&apos;s settings</source>
        <translation>τις ρυθμίσεις του ιατρείου</translation>
    </message>
    <message>
        <source>A new treatment line starts with</source>
        <translation>Μια νέα γραμμή θεραπείας ξεκινά με</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>Only an administrator changes these settings.</source>
        <translation>Μόνο ο διαχειριστής αλλάζει αυτές τις ρυθμίσεις.</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Αποθήκευση ρυθμίσεων</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>mild</source>
        <comment>a reaction&apos;s, in brackets after it; one form for every gender</comment>
        <translation>ήπιας βαρύτητας</translation>
    </message>
    <message>
        <source>moderate</source>
        <comment>a reaction&apos;s, in brackets after it; one form for every gender</comment>
        <translation>μέτριας βαρύτητας</translation>
    </message>
    <message>
        <source>severe</source>
        <comment>a reaction&apos;s, in brackets after it; one form for every gender</comment>
        <translation>σοβαρής βαρύτητας</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Female</source>
        <translation>Γυναίκα</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Άνδρας</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>a patient&apos;s sex</comment>
        <translation>Άλλο</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <comment>a patient&apos;s sex</comment>
        <translation>Δεν καταγράφηκε</translation>
    </message>
    <message>
        <source>female</source>
        <comment>lower case, a printed summary&apos;s patient details</comment>
        <translation>γυναίκα</translation>
    </message>
    <message>
        <source>male</source>
        <comment>lower case, a printed summary&apos;s patient details</comment>
        <translation>άνδρας</translation>
    </message>
    <message>
        <source>other</source>
        <comment>lower case, a printed summary&apos;s patient details</comment>
        <translation>άλλο</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>lower case, a printed summary&apos;s patient details</comment>
        <translation>άγνωστο</translation>
    </message>
</context>
<context>
    <name>Solution</name>
    <message>
        <source>Hyaluronic acid</source>
        <translation>Υαλουρονικό οξύ</translation>
    </message>
    <message>
        <source>DMAE</source>
        <translation>DMAE (διμεθυλαμινοαιθανόλη)</translation>
    </message>
    <message>
        <source>Caffeine</source>
        <translation>Καφεΐνη</translation>
    </message>
    <message>
        <source>Phosphatidylcholine</source>
        <translation>Φωσφατιδυλοχολίνη</translation>
    </message>
    <message>
        <source>Vitamins</source>
        <translation>Βιταμίνες</translation>
    </message>
    <message>
        <source>Amino acids</source>
        <translation>Αμινοξέα</translation>
    </message>
    <message>
        <source>Peptides</source>
        <translation>Πεπτίδια</translation>
    </message>
    <message>
        <source>Other solution</source>
        <translation>Άλλο διάλυμα</translation>
    </message>
</context>
<context>
    <name>StartShell</name>
    <message>
        <source>Opening…</source>
        <translation>Άνοιγμα…</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Treatment summary</source>
        <translation>Σύνοψη θεραπείας</translation>
    </message>
    <message>
        <source>Confidential: medical record of the patient named above.</source>
        <translation>Εμπιστευτικό: ιατρικός φάκελος του ασθενούς που αναφέρεται παραπάνω.</translation>
    </message>
    <message>
        <source>Patient copy</source>
        <translation>Αντίγραφο ασθενούς</translation>
    </message>
    <message>
        <source>Clinical copy: the full record, for the healthcare professionals treating the patient</source>
        <translation>Κλινικό αντίγραφο: ο πλήρης φάκελος, για τους επαγγελματίες υγείας που θεραπεύουν τον ασθενή</translation>
    </message>
    <message>
        <source>Mesotherapy treatment summary, patient copy</source>
        <comment>the PDF file&apos;s subject</comment>
        <translation>Σύνοψη θεραπείας με μεσοθεραπεία, αντίγραφο ασθενούς</translation>
    </message>
    <message>
        <source>Mesotherapy treatment summary, clinical copy</source>
        <comment>the PDF file&apos;s subject</comment>
        <translation>Σύνοψη θεραπείας με μεσοθεραπεία, κλινικό αντίγραφο</translation>
    </message>
    <message>
        <source>none recorded</source>
        <comment>a patient&apos;s allergies</comment>
        <translation>δεν έχουν καταγραφεί</translation>
    </message>
    <message>
        <source>Clinician (name)</source>
        <comment>under a line to write on</comment>
        <translation>Θεράπων ιατρός (ονοματεπώνυμο)</translation>
    </message>
    <message>
        <source>Signature</source>
        <comment>under a line to write on</comment>
        <translation>Υπογραφή</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>under a line to write on</comment>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>1 unsigned draft session is not included.</source>
        <translation>Δεν περιλαμβάνεται 1 μη υπογεγραμμένη πρόχειρη συνεδρία.</translation>
    </message>
    <message>
        <source>{count} unsigned draft sessions are not included.</source>
        <translation>Δεν περιλαμβάνονται {count} μη υπογεγραμμένες πρόχειρες συνεδρίες.</translation>
    </message>
    <message>
        <source>Generated {moment} by {name}</source>
        <comment>a summary&apos;s footer</comment>
        <translation>Δημιουργήθηκε στις {moment} από {name}</translation>
    </message>
    <message>
        <source>Generated {moment}</source>
        <comment>a summary&apos;s footer</comment>
        <translation>Δημιουργήθηκε στις {moment}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Σελίδα {page} από {pages}</translation>
    </message>
    <message>
        <source>included, marked DRAFT</source>
        <comment>draft sessions</comment>
        <translation>περιλαμβάνονται, με την ένδειξη ΠΡΟΧΕΙΡΗ</translation>
    </message>
    <message>
        <source>{count} unsigned, not included</source>
        <comment>draft sessions</comment>
        <translation>μη υπογεγραμμένες: {count}, δεν περιλαμβάνονται</translation>
    </message>
    <message>
        <source>Sessions: {count} (of which {drafts} draft)</source>
        <translation>Συνεδρίες: {count} (πρόχειρες: {drafts})</translation>
    </message>
    <message>
        <source>Sessions: {count}</source>
        <translation>Συνεδρίες: {count}</translation>
    </message>
    <message>
        <source>Treatment summary: {patient}</source>
        <comment>the PDF file&apos;s title</comment>
        <translation>Σύνοψη θεραπείας: {patient}</translation>
    </message>
    <message>
        <source>Record {record}</source>
        <translation>Αρ. φακέλου {record}</translation>
    </message>
    <message>
        <source>No signed sessions recorded for this patient.</source>
        <translation>Δεν έχουν καταγραφεί υπογεγραμμένες συνεδρίες για αυτόν τον ασθενή.</translation>
    </message>
    <message>
        <source>Sessions outside a course</source>
        <translation>Συνεδρίες εκτός θεραπευτικού προγράμματος</translation>
    </message>
    <message>
        <source>no sessions</source>
        <comment>the period a summary covers</comment>
        <translation>καμία συνεδρία</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Ασθενής</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ημερομηνία γέννησης</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Αριθμός φακέλου</translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation>Χρονική περίοδος</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Αλλεργίες</translation>
    </message>
    <message>
        <source>course {number} only</source>
        <comment>what a summary covers</comment>
        <translation>μόνο το θεραπευτικό πρόγραμμα {number}</translation>
    </message>
    <message>
        <source>Covers</source>
        <comment>a summary covers one course</comment>
        <translation>Καλύπτει</translation>
    </message>
    <message>
        <source>Drafts</source>
        <comment>draft sessions</comment>
        <translation>Πρόχειρες</translation>
    </message>
    <message>
        <source>Course {number}: {indication}</source>
        <translation>Θεραπευτικό πρόγραμμα {number}: {indication}</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <comment>a course&apos;s</comment>
        <translation>Σημειώσεις: {notes}</translation>
    </message>
    <message>
        <source>No sessions in this course yet.</source>
        <translation>Δεν υπάρχουν ακόμη συνεδρίες σε αυτό το θεραπευτικό πρόγραμμα.</translation>
    </message>
    <message>
        <source>Improvement score (0–10) by session number</source>
        <translation>Βαθμολογία βελτίωσης (0–10) ανά αριθμό συνεδρίας</translation>
    </message>
    <message>
        <source>Reactions after your sessions</source>
        <translation>Αντιδράσεις μετά τις συνεδρίες σας</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Αντιδράσεις</translation>
    </message>
    <message>
        <source>No reactions recorded.</source>
        <translation>Δεν έχουν καταγραφεί αντιδράσεις.</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Σύνολα</translation>
    </message>
    <message>
        <source>No lots recorded.</source>
        <translation>Δεν έχουν καταγραφεί παρτίδες.</translation>
    </message>
    <message>
        <source>Lots used</source>
        <translation>Παρτίδες που χρησιμοποιήθηκαν</translation>
    </message>
    <message>
        <source>Clinician&apos;s signature</source>
        <translation>Υπογραφή θεράποντος ιατρού</translation>
    </message>
</context>
<context>
    <name>SummaryOptionsDialog</name>
    <message>
        <source>Export treatment summary</source>
        <translation>Εξαγωγή σύνοψης θεραπείας</translation>
    </message>
    <message>
        <source>P&amp;atient copy: to hand over; no internal notes, with aftercare advice</source>
        <translation>&amp;Αντίγραφο ασθενούς: για παράδοση στον ασθενή· χωρίς εσωτερικές σημειώσεις, με οδηγίες μετά τη θεραπεία</translation>
    </message>
    <message>
        <source>Patient copy</source>
        <translation>Αντίγραφο ασθενούς</translation>
    </message>
    <message>
        <source>C&amp;linical copy: everything on record, for a colleague</source>
        <translation>&amp;Κλινικό αντίγραφο: όλα όσα υπάρχουν στον φάκελο, για συνάδελφο</translation>
    </message>
    <message>
        <source>Clinical copy</source>
        <translation>Κλινικό αντίγραφο</translation>
    </message>
    <message>
        <source>Courses in the summary</source>
        <translation>Θεραπευτικά προγράμματα στη σύνοψη</translation>
    </message>
    <message>
        <source>All courses</source>
        <translation>Όλα τα θεραπευτικά προγράμματα</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, από %2</translation>
    </message>
    <message>
        <source>Include &amp;drafts (marked as drafts; clinical copy only)</source>
        <translation>Συμπερίληψη &amp;πρόχειρων (με την ένδειξη «πρόχειρη»· μόνο στο κλινικό αντίγραφο)</translation>
    </message>
    <message>
        <source>Include unsigned sessions</source>
        <translation>Συμπερίληψη μη υπογεγραμμένων συνεδριών</translation>
    </message>
    <message>
        <source>Include the course &amp;estimate (patient copy)</source>
        <translation>Συμπερίληψη της &amp;εκτίμησης κόστους του θεραπευτικού προγράμματος (αντίγραφο ασθενούς)</translation>
    </message>
    <message>
        <source>Include the course estimate</source>
        <translation>Συμπερίληψη της εκτίμησης κόστους του θεραπευτικού προγράμματος</translation>
    </message>
    <message>
        <source>What each active course planned from a template is expected to cost: its planned sessions at the template&apos;s session fee, and its products at the catalogue&apos;s prices. Not an invoice.</source>
        <translation>Το αναμενόμενο κόστος κάθε ενεργού θεραπευτικού προγράμματος που σχεδιάστηκε από πρότυπο: οι προγραμματισμένες συνεδρίες του με τη χρέωση συνεδρίας του προτύπου και τα προϊόντα του με τις τιμές του καταλόγου. Δεν αποτελεί τιμολόγιο.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Γλώσσα:</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Μέγεθος χαρτιού</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Επιλογή α&amp;ρχείου…</translation>
    </message>
    <message>
        <source>Copy:</source>
        <translation>Αντίγραφο:</translation>
    </message>
    <message>
        <source>&amp;Courses:</source>
        <translation>&amp;Θεραπευτικά προγράμματα:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Χαρτί:</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>Φωτογραφίες:</translation>
    </message>
    <message>
        <source>Language of the summary</source>
        <translation>Γλώσσα της σύνοψης</translation>
    </message>
    <message>
        <source>The patient&apos;s language of documents.</source>
        <translation>Η γλώσσα εγγράφων του ασθενούς.</translation>
    </message>
    <message>
        <source>The patient copy of the treatment summary</source>
        <translation>Το αντίγραφο ασθενούς της σύνοψης θεραπείας</translation>
    </message>
    <message>
        <source>The clinical copy of the treatment summary</source>
        <translation>Το κλινικό αντίγραφο της σύνοψης θεραπείας</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SummaryPhotos</name>
    <message>
        <source>The patient has no photo consent on file, so a summary cannot hold their photos: record the day they agreed to clinical photos (Photo consent, in the patient&apos;s details) first.</source>
        <translation>Ο ασθενής δεν έχει συγκατάθεση για φωτογραφίες στον φάκελο, επομένως μια σύνοψη θεραπείας δεν μπορεί να περιέχει τις φωτογραφίες του: καταχωρίστε πρώτα την ημέρα που συμφώνησε στις κλινικές φωτογραφίες (Συγκατάθεση για φωτογραφίες, στα στοιχεία του ασθενούς).</translation>
    </message>
    <message>
        <source>of a voided session</source>
        <comment>chosen photos that are…</comment>
        <translation>από ακυρωμένη συνεδρία</translation>
    </message>
    <message>
        <source>of a draft and drafts are not included</source>
        <comment>chosen photos that are…</comment>
        <translation>από πρόχειρη συνεδρία, ενώ οι πρόχειρες συνεδρίες δεν περιλαμβάνονται</translation>
    </message>
    <message>
        <source>of another course</source>
        <comment>chosen photos that are…</comment>
        <translation>από άλλο θεραπευτικό πρόγραμμα</translation>
    </message>
    <message>
        <source>of a voided course</source>
        <comment>chosen photos that are…</comment>
        <translation>από ακυρωμένο θεραπευτικό πρόγραμμα</translation>
    </message>
    <message>
        <source>The patient has no course with the id {id}.</source>
        <translation>Ο ασθενής δεν έχει θεραπευτικό πρόγραμμα με αναγνωριστικό {id}.</translation>
    </message>
    <message>
        <source>The patient has no photo (not voided) with the id {id}.</source>
        <translation>Ο ασθενής δεν έχει φωτογραφία (μη ακυρωμένη) με αναγνωριστικό {id}.</translation>
    </message>
    <message>
        <source>1 is {reason}</source>
        <translation>1 είναι {reason}</translation>
    </message>
    <message>
        <source>{count} are {reason}</source>
        <translation>{count} είναι {reason}</translation>
    </message>
    <message>
        <source>{count} {reason}</source>
        <translation>{count} {reason}</translation>
    </message>
    <message>
        <source>The summary cannot print 1 of the {chosen} chosen photos: {why}. Untick it, or choose the copy, course or drafts setting that prints it.</source>
        <translation>Η σύνοψη θεραπείας δεν μπορεί να τυπώσει 1 από τις {chosen} επιλεγμένες φωτογραφίες: {why}. Αποεπιλέξτε την ή επιλέξτε τη ρύθμιση αντιγράφου, θεραπευτικού προγράμματος ή πρόχειρων συνεδριών που την τυπώνει.</translation>
    </message>
    <message>
        <source>The summary cannot print {count} of the {chosen} chosen photos: {why}. Untick them, or choose the copy, course or drafts setting that prints them.</source>
        <translation>Η σύνοψη θεραπείας δεν μπορεί να τυπώσει {count} από τις {chosen} επιλεγμένες φωτογραφίες: {why}. Αποεπιλέξτε τες ή επιλέξτε τη ρύθμιση αντιγράφου, θεραπευτικού προγράμματος ή πρόχειρων συνεδριών που τις τυπώνει.</translation>
    </message>
</context>
<context>
    <name>SummaryTables</name>
    <message>
        <source>began during the session</source>
        <comment>a reaction</comment>
        <translation>ξεκίνησε κατά τη συνεδρία</translation>
    </message>
    <message>
        <source>began the same day</source>
        <comment>a reaction</comment>
        <translation>ξεκίνησε την ίδια ημέρα</translation>
    </message>
    <message>
        <source>began in the following days</source>
        <comment>a reaction</comment>
        <translation>ξεκίνησε τις επόμενες ημέρες</translation>
    </message>
    <message>
        <source>began later</source>
        <comment>a reaction</comment>
        <translation>ξεκίνησε αργότερα</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>δεν καταγράφηκε</translation>
    </message>
    <message>
        <source>Notes:</source>
        <comment>a session&apos;s notes</comment>
        <translation>Σημειώσεις:</translation>
    </message>
    <message>
        <source>depth {depth}</source>
        <translation>βάθος {depth}</translation>
    </message>
    <message>
        <source>Needle {gauge}G</source>
        <translation>Βελόνα {gauge}G</translation>
    </message>
    <message>
        <source>length {length}</source>
        <comment>a needle&apos;s</comment>
        <translation>μήκος {length}</translation>
    </message>
    <message numerus="yes">
        <source>Pen, %n needles</source>
        <translation>
            <numerusform>Πένα, %n βελόνα</numerusform>
            <numerusform>Πένα, %n βελόνες</numerusform>
        </translation>
    </message>
    <message>
        <source>{rate} penetrations/s</source>
        <comment>of a micro-needling pen</comment>
        <translation>{rate} διατρήσεις/δευτ.</translation>
    </message>
    <message>
        <source>1 pass</source>
        <comment>of a micro-needling pen over the area</comment>
        <translation>1 πέρασμα</translation>
    </message>
    <message>
        <source>{count} passes</source>
        <comment>of a micro-needling pen over the area</comment>
        <translation>{count} περάσματα</translation>
    </message>
    <message>
        <source>lot {lot}</source>
        <translation>παρτίδα {lot}</translation>
    </message>
    <message>
        <source>exp. {date}</source>
        <comment>a product&apos;s expiry, short</comment>
        <translation>λήξη {date}</translation>
    </message>
    <message>
        <source>resolved {date}</source>
        <comment>a reaction</comment>
        <translation>υποχώρησε στις {date}</translation>
    </message>
    <message>
        <source>Before treatment:</source>
        <translation>Πριν από τη θεραπεία:</translation>
    </message>
    <message>
        <source>aspirin/NSAID taken on the day</source>
        <translation>λήψη ασπιρίνης/ΜΣΑΦ την ημέρα της συνεδρίας</translation>
    </message>
    <message>
        <source>last aspirin/NSAID 1 day before</source>
        <translation>τελευταία λήψη ασπιρίνης/ΜΣΑΦ 1 ημέρα πριν</translation>
    </message>
    <message>
        <source>last aspirin/NSAID {days} days before</source>
        <translation>τελευταία λήψη ασπιρίνης/ΜΣΑΦ {days} ημέρες πριν</translation>
    </message>
    <message>
        <source>topical anaesthetic {name}</source>
        <translation>τοπικό αναισθητικό {name}</translation>
    </message>
    <message>
        <source>consent confirmed</source>
        <translation>επιβεβαιώθηκε η συγκατάθεση</translation>
    </message>
    <message>
        <source>this corrects the version first signed for this session; amendment signed {date} by {clinician}. Reason: {reason}</source>
        <translation>η έκδοση αυτή διορθώνει την αρχικά υπογεγραμμένη έκδοση αυτής της συνεδρίας· η διόρθωση υπογράφηκε στις {date} από {clinician}. Αιτιολογία: {reason}</translation>
    </message>
    <message>
        <source>this corrects the version first signed for this session; amendment signed {date}. Reason: {reason}</source>
        <translation>η έκδοση αυτή διορθώνει την αρχικά υπογεγραμμένη έκδοση αυτής της συνεδρίας· η διόρθωση υπογράφηκε στις {date}. Αιτιολογία: {reason}</translation>
    </message>
    <message>
        <source>this corrects the version first signed for this session; amendment signed by {clinician}. Reason: {reason}</source>
        <translation>η έκδοση αυτή διορθώνει την αρχικά υπογεγραμμένη έκδοση αυτής της συνεδρίας· η διόρθωση υπογράφηκε από {clinician}. Αιτιολογία: {reason}</translation>
    </message>
    <message>
        <source>this corrects the version first signed for this session; amendment signed. Reason: {reason}</source>
        <translation>η έκδοση αυτή διορθώνει την αρχικά υπογεγραμμένη έκδοση αυτής της συνεδρίας· η διόρθωση υπογράφηκε. Αιτιολογία: {reason}</translation>
    </message>
    <message>
        <source>Amended:</source>
        <comment>a session, corrected after signing</comment>
        <translation>Διόρθωση:</translation>
    </message>
    <message>
        <source>Given despite a warning:</source>
        <translation>Έγινε παρά την προειδοποίηση:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <comment>why a session went ahead</comment>
        <translation>Αιτιολογία:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Θεράπων ιατρός</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Περιοχή</translation>
    </message>
    <message>
        <source>Technique and settings</source>
        <translation>Τεχνική και ρυθμίσεις</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Προϊόντα</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Αντιδράσεις</translation>
    </message>
    <message>
        <source>Score</source>
        <comment>the improvement score, 0 to 10</comment>
        <translation>Βαθμολογία</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <comment>a session not signed</comment>
        <translation>ΠΡΟΧΕΙΡΗ</translation>
    </message>
    <message>
        <source>AMENDED</source>
        <comment>a session corrected</comment>
        <translation>ΔΙΟΡΘΩΜΕΝΗ</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no reactions</comment>
        <translation>καμία</translation>
    </message>
    <message>
        <source>Notes, {date}, continued:</source>
        <comment>a session&apos;s notes</comment>
        <translation>Σημειώσεις, {date}, συνέχεια:</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>a course of sessions</comment>
        <translation>Διακοπέν</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>a course of sessions</comment>
        <translation>Ολοκληρωμένο</translation>
    </message>
    <message>
        <source>Active, maintenance phase</source>
        <comment>a course of sessions</comment>
        <translation>Ενεργό, φάση συντήρησης</translation>
    </message>
    <message>
        <source>Active, initial phase</source>
        <comment>a course of sessions</comment>
        <translation>Ενεργό, αρχική φάση</translation>
    </message>
    <message>
        <source>{due} (window {start} – {end})</source>
        <comment>next session</comment>
        <translation>{due} (διάστημα {start} – {end})</translation>
    </message>
    <message>
        <source>{due}, overdue</source>
        <translation>{due}, εκπρόθεσμη</translation>
    </message>
    <message>
        <source>{done} done of {planned} planned</source>
        <comment>sessions</comment>
        <translation>ολοκληρώθηκαν: {done} από {planned} προγραμματισμένες</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Ένδειξη</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Περιοχές</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Πρωτόκολλο</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Συνεδρίες</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Έναρξη</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Τελευταία συνεδρία</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>a course&apos;s</comment>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Next due</source>
        <comment>the next session</comment>
        <translation>Επόμενη συνεδρία</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Αντίδραση</translation>
    </message>
    <message>
        <source>Times</source>
        <comment>how often</comment>
        <translation>Φορές</translation>
    </message>
    <message>
        <source>Worst severity</source>
        <translation>Μέγιστη βαρύτητα</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>a reaction</comment>
        <translation>Υποχώρησαν</translation>
    </message>
    <message>
        <source>all</source>
        <comment>every reaction of a kind resolved</comment>
        <translation>όλες</translation>
    </message>
    <message>
        <source>{resolved} of {count}</source>
        <comment>reactions resolved</comment>
        <translation>{resolved} από {count}</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Διάλυμα</translation>
    </message>
    <message>
        <source>Times used</source>
        <translation>Φορές χρήσης</translation>
    </message>
    <message>
        <source>Total volume</source>
        <translation>Συνολικός όγκος</translation>
    </message>
</context>
<context>
    <name>Technique</name>
    <message>
        <source>Needle</source>
        <translation>Βελόνα μεσοθεραπείας</translation>
    </message>
    <message>
        <source>Micro-needling pen</source>
        <translation>Πένα μικροβελονισμού</translation>
    </message>
</context>
<context>
    <name>TechniqueChoice</name>
    <message>
        <source>Technique</source>
        <translation>Τεχνική</translation>
    </message>
</context>
<context>
    <name>TemplateChoice</name>
    <message>
        <source>Plan from a template</source>
        <translation>Σχεδιασμός από πρότυπο</translation>
    </message>
    <message>
        <source>None: plan by hand</source>
        <translation>Κανένα: χειροκίνητος σχεδιασμός</translation>
    </message>
    <message>
        <source>Fills the plan from a protocol template, and the course&apos;s first session starts from its treatment lines. The plan stays yours to change.</source>
        <translation>Συμπληρώνει το πλάνο από ένα πρότυπο πρωτοκόλλου, και η πρώτη συνεδρία του θεραπευτικού προγράμματος ξεκινά από τις γραμμές θεραπείας του. Μπορείτε πάντα να αλλάξετε το πλάνο.</translation>
    </message>
    <message>
        <source>Course estimate</source>
        <translation>Εκτίμηση κόστους του θεραπευτικού προγράμματος</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (αποσυρμένο)</translation>
    </message>
    <message>
        <source>Type the planned sessions to see the course estimate.</source>
        <translation>Πληκτρολογήστε τις προγραμματισμένες συνεδρίες για να δείτε την εκτίμηση κόστους του θεραπευτικού προγράμματος.</translation>
    </message>
</context>
<context>
    <name>TemplateCounts</name>
    <message numerus="yes">
        <source>%Ln days</source>
        <comment>an interval between two sessions</comment>
        <translation>
            <numerusform>%Ln ημέρα</numerusform>
            <numerusform>%Ln ημέρες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, then %Ln days</source>
        <comment>the first interval, then the maintenance one</comment>
        <translation>
            <numerusform>%1, έπειτα %Ln ημέρα</numerusform>
            <numerusform>%1, έπειτα %Ln ημέρες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimate for %Ln sessions: %1 of products (no session fee).</source>
        <translation>
            <numerusform>Εκτίμηση για %Ln συνεδρία: %1 για προϊόντα (χωρίς χρέωση συνεδρίας).</numerusform>
            <numerusform>Εκτίμηση για %Ln συνεδρίες: %1 για προϊόντα (χωρίς χρέωση συνεδρίας).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimate for %Ln sessions: %1 (session fees %2, products %3).</source>
        <translation>
            <numerusform>Εκτίμηση για %Ln συνεδρία: %1 (χρέωση συνεδρίας %2, προϊόντα %3).</numerusform>
            <numerusform>Εκτίμηση για %Ln συνεδρίες: %1 (χρεώσεις συνεδριών %2, προϊόντα %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>this template</source>
        <translation>αυτό το πρότυπο</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Μόνο ανάγνωση</translation>
    </message>
    <message>
        <source>First session&apos;s treatment lines</source>
        <translation>Γραμμές θεραπείας της πρώτης συνεδρίας</translation>
    </message>
    <message>
        <source>Course estimate</source>
        <translation>Εκτίμηση κόστους του θεραπευτικού προγράμματος</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Νέο πρότυπο</translation>
    </message>
    <message>
        <source>Template — %1</source>
        <translation>Πρότυπο — %1</translation>
    </message>
    <message>
        <source>Edit template — %1</source>
        <translation>Επεξεργασία προτύπου — %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>The estimate needs the number of planned sessions.</source>
        <translation>Για την εκτίμηση χρειάζεται ο αριθμός των προγραμματισμένων συνεδριών.</translation>
    </message>
    <message>
        <source>The estimate needs a session fee it can read, or none.</source>
        <translation>Για την εκτίμηση χρειάζεται χρέωση συνεδρίας που να μπορεί να διαβαστεί, ή καμία.</translation>
    </message>
    <message>
        <source>The estimate needs units it can read for %1.</source>
        <translation>Για την εκτίμηση χρειάζονται μονάδες που να μπορούν να διαβαστούν για: %1.</translation>
    </message>
    <message>
        <source>The estimate needs a volume it can read for %1.</source>
        <translation>Για την εκτίμηση χρειάζεται όγκος που να μπορεί να διαβαστεί για: %1.</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Αποθήκευση προτύπου</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>Θέλετε να απορρίψετε όσα πληκτρολογήσατε;</translation>
    </message>
</context>
<context>
    <name>TemplateLineEditor</name>
    <message>
        <source>Line</source>
        <translation>Γραμμή</translation>
    </message>
    <message>
        <source>Treated area</source>
        <translation>Περιοχή θεραπείας</translation>
    </message>
    <message>
        <source>Area detail</source>
        <translation>Λεπτομέρεια περιοχής</translation>
    </message>
    <message>
        <source>Detail (optional), e.g. left side</source>
        <translation>Λεπτομέρεια (προαιρετικά), π.χ. αριστερή πλευρά</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Αφαίρεση γραμμής</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>Αφαίρεση αυτής της γραμμής</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Προσθήκη προϊόντος</translation>
    </message>
    <message>
        <source>Add a product</source>
        <translation>Προσθήκη προϊόντος</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>Περ&amp;ιοχή</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Γραμμή %1</translation>
    </message>
</context>
<context>
    <name>TemplateLines</name>
    <message>
        <source>Add &amp;line</source>
        <translation>Προσθήκη &amp;γραμμής</translation>
    </message>
    <message>
        <source>Add a treatment line</source>
        <translation>Προσθήκη γραμμής θεραπείας</translation>
    </message>
    <message>
        <source>A template has at most %1 lines</source>
        <translation>Ένα πρότυπο έχει το πολύ %1 γραμμές</translation>
    </message>
</context>
<context>
    <name>TemplateProductRow</name>
    <message>
        <source>Product name</source>
        <translation>Όνομα προϊόντος</translation>
    </message>
    <message>
        <source>Any product of the solution</source>
        <translation>Οποιοδήποτε προϊόν του διαλύματος</translation>
    </message>
    <message>
        <source>Type a few letters of a product in the catalogue, or leave empty</source>
        <translation>Πληκτρολογήστε μερικά γράμματα ενός προϊόντος του καταλόγου, ή αφήστε κενό</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Διάλυμα</translation>
    </message>
    <message>
        <source>Concentration</source>
        <translation>Συγκέντρωση</translation>
    </message>
    <message>
        <source>e.g. 1.5%</source>
        <translation>π.χ. 1,5%</translation>
    </message>
    <message>
        <source>Volume in millilitres</source>
        <translation>Όγκος σε χιλιοστόλιτρα</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <source>Units given</source>
        <translation>Χορηγούμενες μονάδες</translation>
    </message>
    <message>
        <source>How many a session gives: ampoules, vials or U</source>
        <translation>Πόσες χορηγεί μια συνεδρία: αμπούλες, φιαλίδια ή U</translation>
    </message>
    <message>
        <source>Remove product</source>
        <translation>Αφαίρεση προϊόντος</translation>
    </message>
    <message>
        <source>Remove this product</source>
        <translation>Αφαίρεση αυτού του προϊόντος</translation>
    </message>
</context>
<context>
    <name>TemplateTableModel</name>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Ένδειξη</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Συνεδρίες</translation>
    </message>
    <message>
        <source>Intervals</source>
        <translation>Μεσοδιαστήματα</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Περιοχές</translation>
    </message>
    <message>
        <source>Session fee</source>
        <translation>Χρέωση συνεδρίας</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Σε χρήση</translation>
    </message>
    <message>
        <source>Retired on %1</source>
        <translation>Αποσύρθηκε στις %1</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message numerus="yes">
        <source>the template&apos;s name (1 to %n characters)</source>
        <translation>
            <numerusform>το όνομα του προτύπου (1 έως %n χαρακτήρας)</numerusform>
            <numerusform>το όνομα του προτύπου (1 έως %n χαρακτήρες)</numerusform>
        </translation>
    </message>
    <message>
        <source>at least one treatment line</source>
        <translation>τουλάχιστον μία γραμμή θεραπείας</translation>
    </message>
    <message numerus="yes">
        <source>at most %n lines</source>
        <translation>
            <numerusform>το πολύ %n γραμμή θεραπείας</numerusform>
            <numerusform>το πολύ %n γραμμές θεραπείας</numerusform>
        </translation>
    </message>
    <message>
        <source>no chart in a template</source>
        <translation>χωρίς διάγραμμα σε πρότυπο</translation>
    </message>
    <message>
        <source>no lot in a template</source>
        <translation>χωρίς παρτίδα σε πρότυπο</translation>
    </message>
    <message>
        <source>Only clinicians and administrators change templates; you may read them.</source>
        <translation>Μόνο οι θεράποντες ιατροί και οι διαχειριστές αλλάζουν τα πρότυπα· εσείς μπορείτε να τα διαβάσετε.</translation>
    </message>
    <message>
        <source>needle %1</source>
        <translation>βελόνα %1</translation>
    </message>
    <message>
        <source>pen %1</source>
        <translation>πένα %1</translation>
    </message>
    <message>
        <source>{area}: {how}</source>
        <extracomment>a template&apos;s treatment line without products: its area, then its technique</extracomment>
        <translation>{area}: {how}</translation>
    </message>
    <message>
        <source>{area}: {how}; {products}</source>
        <extracomment>a template&apos;s treatment line: its area, its technique, then its products</extracomment>
        <translation>{area}: {how}· {products}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Ένδειξη</translation>
    </message>
    <message>
        <source>Planned sessions</source>
        <translation>Προγραμματισμένες συνεδρίες</translation>
    </message>
    <message>
        <source>First interval</source>
        <translation>Πρώτο μεσοδιάστημα</translation>
    </message>
    <message>
        <source>Maintenance interval</source>
        <translation>Μεσοδιάστημα συντήρησης</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Πρωτόκολλο</translation>
    </message>
    <message>
        <source>Treatment lines</source>
        <translation>Γραμμές θεραπείας</translation>
    </message>
    <message>
        <source>Session fee</source>
        <translation>Χρέωση συνεδρίας</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>any hyaluronic acid</source>
        <translation>οποιοδήποτε υαλουρονικό οξύ</translation>
    </message>
    <message>
        <source>any DMAE</source>
        <translation>οποιοδήποτε DMAE</translation>
    </message>
    <message>
        <source>any caffeine</source>
        <translation>οποιαδήποτε καφεΐνη</translation>
    </message>
    <message>
        <source>any phosphatidylcholine</source>
        <translation>οποιαδήποτε φωσφατιδυλοχολίνη</translation>
    </message>
    <message>
        <source>any vitamins</source>
        <translation>οποιεσδήποτε βιταμίνες</translation>
    </message>
    <message>
        <source>any amino acids</source>
        <translation>οποιαδήποτε αμινοξέα</translation>
    </message>
    <message>
        <source>any peptides</source>
        <translation>οποιαδήποτε πεπτίδια</translation>
    </message>
    <message>
        <source>any other solution</source>
        <translation>οποιοδήποτε άλλο διάλυμα</translation>
    </message>
    <message>
        <source>No price in the catalogue, left out: %1.</source>
        <translation>Χωρίς τιμή στον κατάλογο, παραλείφθηκαν: %1.</translation>
    </message>
    <message>
        <source>No units given in the template, left out: %1.</source>
        <translation>Χωρίς μονάδες στο πρότυπο, παραλείφθηκαν: %1.</translation>
    </message>
</context>
<context>
    <name>TemplatesWindow</name>
    <message>
        <source> (copy)</source>
        <extracomment>after a duplicated template&apos;s name (its leading space too)</extracomment>
        <translation> (αντίγραφο)</translation>
    </message>
    <message>
        <source> (copy %1)</source>
        <extracomment>after a duplicated template&apos;s name when &quot;(copy)&quot; is taken: %1 counts 2, 3…</extracomment>
        <translation> (αντίγραφο %1)</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Πρότυπα</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Μόνο ανάγνωση</translation>
    </message>
    <message>
        <source>A template is a course&apos;s plan and its first session&apos;s treatment lines; planning a course from one fills both.</source>
        <translation>Ένα πρότυπο είναι το πλάνο ενός θεραπευτικού προγράμματος μαζί με τις γραμμές θεραπείας της πρώτης του συνεδρίας· όταν προγραμματίζετε ένα θεραπευτικό πρόγραμμα από πρότυπο, συμπληρώνονται και τα δύο.</translation>
    </message>
    <message>
        <source>S&amp;how retired</source>
        <translation>Εμφάνιση αποσυρ&amp;μένων</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>Εμφάνιση αποσυρμένων</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Προσθήκη…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Επεξεργασία…</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>Αντι&amp;γραφή…</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>Από&amp;συρση</translation>
    </message>
    <message>
        <source>Re&amp;instate</source>
        <translation>Επανε&amp;νεργοποίηση</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Τι συνέβη</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>Π&amp;ροβολή…</translation>
    </message>
    <message>
        <source>Read the template</source>
        <translation>Προβολή του προτύπου</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Προστέθηκε: %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Αποθηκεύτηκε: %1.</translation>
    </message>
    <message>
        <source>Retire template</source>
        <translation>Απόσυρση προτύπου</translation>
    </message>
    <message>
        <source>%1 is retired: it is no longer offered when a course is planned; the courses planned from it stay as they are.</source>
        <translation>Το πρότυπο %1 αποσύρθηκε: δεν προσφέρεται πλέον κατά τον προγραμματισμό θεραπευτικού προγράμματος· τα θεραπευτικά προγράμματα που προγραμματίστηκαν από αυτό παραμένουν ως έχουν.</translation>
    </message>
    <message>
        <source>Reinstate template</source>
        <translation>Επανενεργοποίηση προτύπου</translation>
    </message>
    <message>
        <source>%1 is in use again: it is offered when a course is planned.</source>
        <translation>Το πρότυπο %1 είναι ξανά σε χρήση: προσφέρεται κατά τον προγραμματισμό θεραπευτικού προγράμματος.</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>Unicode text (no unpaired surrogate, such as a byte that was not UTF-8)</source>
        <translation>κείμενο Unicode (χωρίς μεμονωμένα υποκατάστατα (surrogates), όπως ένα byte που δεν ήταν UTF-8)</translation>
    </message>
    <message>
        <source>one line of text: no line break, tab, control character or bidirectional control</source>
        <translation>μία γραμμή κειμένου: χωρίς αλλαγή γραμμής, στηλοθέτη, χαρακτήρα ελέγχου ή χαρακτήρα ελέγχου κατεύθυνσης</translation>
    </message>
    <message>
        <source>text without control characters or bidirectional controls (line breaks and tabs are allowed)</source>
        <translation>κείμενο χωρίς χαρακτήρες ελέγχου ή χαρακτήρες ελέγχου κατεύθυνσης (επιτρέπονται αλλαγές γραμμής και στηλοθέτες)</translation>
    </message>
    <message>
        <source>a reason is required</source>
        <translation>απαιτείται αιτιολογία</translation>
    </message>
    <message numerus="yes">
        <source>at most %n characters</source>
        <translation>
            <numerusform>το πολύ %n χαρακτήρας</numerusform>
            <numerusform>το πολύ %n χαρακτήρες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a name is required (1 to %n characters)</source>
        <translation>
            <numerusform>απαιτείται όνομα (1 έως %n χαρακτήρας)</numerusform>
            <numerusform>απαιτείται όνομα (1 έως %n χαρακτήρες)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThumbnailGroup</name>
    <message>
        <source>Compare…</source>
        <translation>Σύγκριση…</translation>
    </message>
    <message>
        <source>Compare this session&apos;s photos with the first session&apos;s</source>
        <translation>Σύγκριση των φωτογραφιών αυτής της συνεδρίας με τις φωτογραφίες της πρώτης συνεδρίας</translation>
    </message>
    <message>
        <source>No photos yet: drop files here, or Add Photos…</source>
        <translation>Δεν υπάρχουν ακόμη φωτογραφίες: σύρετε αρχεία εδώ ή επιλέξτε «Προσθήκη φωτογραφιών…»</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>an image as mesolog stores photos: upright, without GPS, with only its ICC profile and an Exif block of DateTimeOriginal and OffsetTimeOriginal</source>
        <translation>εικόνα όπως αποθηκεύει τις φωτογραφίες το mesolog: όρθια, χωρίς GPS, μόνο με το προφίλ ICC της και ένα μπλοκ Exif με DateTimeOriginal και OffsetTimeOriginal</translation>
    </message>
    <message>
        <source>photo {id}&apos;s image: {error}</source>
        <translation>εικόνα της φωτογραφίας {id}: {error}</translation>
    </message>
    <message>
        <source>the kind of {name}, {value}</source>
        <translation>το είδος του {name}, {value}</translation>
    </message>
    <message>
        <source>the width of {name}</source>
        <translation>το πλάτος του {name}</translation>
    </message>
    <message>
        <source>the height of {name}</source>
        <translation>το ύψος του {name}</translation>
    </message>
    <message>
        <source>{size}, {actual} pixels</source>
        <translation>{size}, {actual} εικονοστοιχεία</translation>
    </message>
    <message>
        <source>{as_stored} (photo {id})</source>
        <translation>{as_stored} (φωτογραφία {id})</translation>
    </message>
    <message>
        <source>{as_stored} (photo {id}); it carries metadata mesolog strips: {found}</source>
        <translation>{as_stored} (φωτογραφία {id})· περιέχει μεταδεδομένα που το mesolog αφαιρεί: {found}</translation>
    </message>
    <message>
        <source>The export cannot be written to {path}: {reason}. Nothing was written; choose another folder or drive.</source>
        <translation>Η εξαγωγή δεν μπορεί να γραφτεί στο {path}: {reason}. Δεν γράφτηκε τίποτα· επιλέξτε άλλο φάκελο ή άλλη μονάδα δίσκου.</translation>
    </message>
    <message>
        <source>a name no other product in the database has (compared without case or accents)</source>
        <translation>όνομα που δεν έχει κανένα άλλο προϊόν στη βάση δεδομένων (η σύγκριση αγνοεί πεζά/κεφαλαία και τόνους)</translation>
    </message>
    <message>
        <source>a GTIN no other product in the database has</source>
        <translation>GTIN που δεν έχει κανένα άλλο προϊόν στη βάση δεδομένων</translation>
    </message>
    <message>
        <source>a lot number no other lot of the product has in the database (compared without case)</source>
        <translation>αριθμός παρτίδας που δεν έχει καμία άλλη παρτίδα του προϊόντος στη βάση δεδομένων (η σύγκριση αγνοεί πεζά/κεφαλαία)</translation>
    </message>
    <message>
        <source>{name_held}: product {uuid} has it</source>
        <translation>{name_held}: το έχει το προϊόν {uuid}</translation>
    </message>
    <message>
        <source>{gtin_held}: {name} (product {uuid}) has it</source>
        <translation>{gtin_held}: το έχει το {name} (προϊόν {uuid})</translation>
    </message>
    <message>
        <source>{lot_held}: lot {uuid} of {name} has it</source>
        <translation>{lot_held}: τον έχει η παρτίδα {uuid} του {name}</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was exported.</source>
        <translation>Η εξαγωγή διακόπηκε· δεν εξήχθη τίποτα.</translation>
    </message>
    <message>
        <source>The stored image of photo {id} is not the one its record names (its SHA-256 differs); nothing was exported. Run `mesolog audit verify`.</source>
        <translation>Η αποθηκευμένη εικόνα της φωτογραφίας {id} δεν είναι αυτή που ορίζει η καταχώρισή της (το SHA-256 της διαφέρει)· δεν εξήχθη τίποτα. Εκτελέστε `mesolog audit verify`.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Η εισαγωγή διακόπηκε· δεν εισήχθη τίποτα.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}. Nothing was imported.</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του αρχείου {path}: {reason}. Δεν εισήχθη τίποτα.</translation>
    </message>
    <message numerus="yes">
        <source>The database holds %n patient(s) already.</source>
        <translation>
            <numerusform>Η βάση δεδομένων περιέχει ήδη %n ασθενή.</numerusform>
            <numerusform>Η βάση δεδομένων περιέχει ήδη %n ασθενείς.</numerusform>
        </translation>
    </message>
    <message>
        <source>no photos of a patient without photo consent: photo_consent_on gives the day they agreed to clinical photos</source>
        <translation>καμία φωτογραφία ασθενούς χωρίς συγκατάθεση για φωτογραφίες: το photo_consent_on δίνει την ημέρα που ο ασθενής συναίνεσε σε κλινικές φωτογραφίες</translation>
    </message>
    <message>
        <source>no photos in a document on its own: photos travel with their images in a bundle (.mesolog.zip, from an export with photos)</source>
        <translation>καμία φωτογραφία σε μεμονωμένο έγγραφο: οι φωτογραφίες μεταφέρονται μαζί με τις εικόνες τους σε πακέτο (.mesolog.zip, από εξαγωγή με φωτογραφίες)</translation>
    </message>
    <message>
        <source>a time not in the future</source>
        <translation>χρονική στιγμή που δεν είναι στο μέλλον</translation>
    </message>
    <message>
        <source>an image the patient has no other photo of (not voided); the database has it</source>
        <translation>εικόνα από την οποία ο ασθενής δεν έχει άλλη φωτογραφία (μη ακυρωμένη)· η βάση δεδομένων την έχει ήδη</translation>
    </message>
    <message>
        <source>{held_image} as photo {uuid}</source>
        <translation>{held_image} ως φωτογραφία {uuid}</translation>
    </message>
    <message>
        <source>an id the database holds already with different content; an import never overwrites</source>
        <translation>αναγνωριστικό που υπάρχει ήδη στη βάση δεδομένων με διαφορετικό περιεχόμενο· η εισαγωγή δεν αντικαθιστά ποτέ δεδομένα</translation>
    </message>
    <message>
        <source>an id of a record voided in this database; an import adds nothing to voided records</source>
        <translation>αναγνωριστικό καταχώρισης που έχει ακυρωθεί σε αυτή τη βάση δεδομένων· η εισαγωγή δεν προσθέτει τίποτα σε ακυρωμένες καταχωρίσεις</translation>
    </message>
    <message>
        <source>a record number no other patient in the database has</source>
        <translation>αριθμός φακέλου που δεν έχει κανένας άλλος ασθενής στη βάση δεδομένων</translation>
    </message>
    <message>
        <source>a session the database holds no other amendment of (not voided): a session has one current version</source>
        <translation>συνεδρία για την οποία η βάση δεδομένων δεν έχει άλλη διόρθωση (μη ακυρωμένη): μια συνεδρία έχει μία τρέχουσα έκδοση</translation>
    </message>
    <message>
        <source>JSON of the mesolog format</source>
        <translation>JSON της μορφής mesolog</translation>
    </message>
    <message>
        <source>UTF-8 text (JSON)</source>
        <translation>κείμενο UTF-8 (JSON)</translation>
    </message>
    <message>
        <source>well-formed JSON ({msg})</source>
        <translation>έγκυρο JSON ({msg})</translation>
    </message>
    <message>
        <source>Templates: {added} added, {present} in the database already.</source>
        <translation>Πρότυπα: {added} προστέθηκαν, {present} υπήρχαν ήδη στη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>Catalogue: {products} and {lots} added, {products_present} and {lots_present} in the database already.</source>
        <translation>Κατάλογος: προστέθηκαν {products} και {lots}· {products_present} και {lots_present} υπήρχαν ήδη στη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>Photos: {added} added, {present} in the database already.</source>
        <translation>Φωτογραφίες: {added} προστέθηκαν, {present} υπήρχαν ήδη στη βάση δεδομένων.</translation>
    </message>
    <message numerus="yes">
        <source>The file left out %n photo(s) (exported without them): import the export with photos (.mesolog.zip) to have them.</source>
        <translation>
            <numerusform>Το αρχείο παρέλειψε %n φωτογραφία (η εξαγωγή έγινε χωρίς φωτογραφίες): εισαγάγετε την εξαγωγή με φωτογραφίες (.mesolog.zip) για να την έχετε.</numerusform>
            <numerusform>Το αρχείο παρέλειψε %n φωτογραφίες (η εξαγωγή έγινε χωρίς φωτογραφίες): εισαγάγετε την εξαγωγή με φωτογραφίες (.mesolog.zip) για να τις έχετε.</numerusform>
        </translation>
    </message>
    <message>
        <source>{patients}, {courses} and {sessions} were in the database already</source>
        <translation>{patients}, {courses} και {sessions} υπήρχαν ήδη στη βάση δεδομένων</translation>
    </message>
    <message>
        <source>Nothing imported: {present}; nothing changed.</source>
        <translation>Δεν εισήχθη τίποτα: {present}· δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>Imported {patients}, {courses} and {sessions}; {present}.</source>
        <translation>Εισήχθησαν {patients}, {courses} και {sessions}· {present}.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n ασθενής</numerusform>
            <numerusform>%n ασθενείς</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n θεραπευτικό πρόγραμμα</numerusform>
            <numerusform>%n θεραπευτικά προγράμματα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n συνεδρία</numerusform>
            <numerusform>%n συνεδρίες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n προϊόν</numerusform>
            <numerusform>%n προϊόντα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s)</source>
        <translation>
            <numerusform>%n παρτίδα</numerusform>
            <numerusform>%n παρτίδες</numerusform>
        </translation>
    </message>
    <message>
        <source>The clinic&apos;s details were taken from the file.</source>
        <translation>Τα στοιχεία του ιατρείου ελήφθησαν από το αρχείο.</translation>
    </message>
    <message>
        <source>a name no other template in the database has (compared without case or accents)</source>
        <translation>όνομα που δεν έχει κανένα άλλο πρότυπο στη βάση δεδομένων (η σύγκριση αγνοεί πεζά/κεφαλαία και τόνους)</translation>
    </message>
    <message>
        <source>the id of a template of the file (templates) or of the database</source>
        <translation>το αναγνωριστικό ενός προτύπου του αρχείου (templates) ή της βάσης δεδομένων</translation>
    </message>
    <message>
        <source>{name_held}: template {uuid} has it</source>
        <translation>{name_held}: το έχει το πρότυπο {uuid}</translation>
    </message>
    <message>
        <source>Checking the file. Patients read: {done}</source>
        <translation>Έλεγχος του αρχείου. Ασθενείς που διαβάστηκαν: {done}</translation>
    </message>
    <message>
        <source>Patients: {done} of {total}</source>
        <translation>Ασθενείς: {done} από {total}</translation>
    </message>
    <message>
        <source>Patients: {done} of {total}, {rate} a second, about {left} left</source>
        <comment>{left} is minutes:seconds</comment>
        <translation>Ασθενείς: {done} από {total}, {rate} ανά δευτερόλεπτο, απομένουν περίπου {left}</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>Import patients</source>
        <translation>Εισαγωγή ασθενών</translation>
    </message>
    <message>
        <source>mesolog export, with photos or without (*.json *.zip);;All files (*)</source>
        <translation>Εξαγωγή mesolog, με ή χωρίς φωτογραφίες (*.json *.zip);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Importing the patients of %1…</source>
        <translation>Εισαγωγή των ασθενών από το %1…</translation>
    </message>
    <message>
        <source>Export patients</source>
        <translation>Εξαγωγή ασθενών</translation>
    </message>
    <message>
        <source>Export patient</source>
        <translation>Εξαγωγή ασθενούς</translation>
    </message>
    <message>
        <source>mesolog export, without photos (*.json)</source>
        <translation>Εξαγωγή mesolog, χωρίς φωτογραφίες (*.json)</translation>
    </message>
    <message>
        <source>mesolog export with photos (zip) (*%1)</source>
        <translation>Εξαγωγή mesolog με φωτογραφίες (zip) (*%1)</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Η εξαγωγή διακόπηκε· δεν γράφτηκε κανένα αρχείο.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Εξαγωγή στο %1…</translation>
    </message>
</context>
<context>
    <name>TreatmentLineEditor</name>
    <message>
        <source>Treated area</source>
        <translation>Περιοχή θεραπείας</translation>
    </message>
    <message>
        <source>Area detail</source>
        <translation>Λεπτομέρεια περιοχής</translation>
    </message>
    <message>
        <source>Detail (optional), e.g. left side</source>
        <translation>Λεπτομέρεια (προαιρετικά), π.χ. αριστερή πλευρά</translation>
    </message>
    <message>
        <source>Remove area</source>
        <translation>Αφαίρεση περιοχής</translation>
    </message>
    <message>
        <source>Remove this area</source>
        <translation>Αφαίρεση αυτής της περιοχής</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Προσθήκη προϊόντος</translation>
    </message>
    <message>
        <source>Add a product</source>
        <translation>Προσθήκη προϊόντος</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Περιοχή</translation>
    </message>
    <message>
        <source>Treated area %1</source>
        <translation>Περιοχή θεραπείας %1</translation>
    </message>
</context>
<context>
    <name>TreatmentList</name>
    <message>
        <source>Add area</source>
        <translation>Προσθήκη περιοχής</translation>
    </message>
    <message>
        <source>Add a treated area</source>
        <translation>Προσθήκη περιοχής θεραπείας</translation>
    </message>
</context>
<context>
    <name>TreatmentTemplates</name>
    <message>
        <source>retired</source>
        <translation>αποσυρμένο</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>σε χρήση</translation>
    </message>
    <message>
        <source>The template {name} is {state} already.</source>
        <translation>Το πρότυπο {name} είναι ήδη {state}.</translation>
    </message>
    <message>
        <source>No protocol template has the id {template_id}.</source>
        <translation>Δεν υπάρχει πρότυπο πρωτοκόλλου με αναγνωριστικό {template_id}.</translation>
    </message>
    <message>
        <source>a name no other template has (compared without case or accents)</source>
        <translation>όνομα που δεν έχει κανένα άλλο πρότυπο (η σύγκριση αγνοεί πεζά/κεφαλαία και τόνους)</translation>
    </message>
</context>
<context>
    <name>TypedDates</name>
    <message>
        <source>There is no such day: %1. %2</source>
        <translation>Δεν υπάρχει τέτοια ημέρα: %1. %2</translation>
    </message>
    <message>
        <source>Type a date like %1.</source>
        <translation>Πληκτρολογήστε μια ημερομηνία όπως %1.</translation>
    </message>
    <message>
        <source>Type a time like 09:30 or 21:30.</source>
        <translation>Πληκτρολογήστε μια ώρα όπως 09:30 ή 21:30.</translation>
    </message>
    <message>
        <source>Type a date and time like %1.</source>
        <translation>Πληκτρολογήστε ημερομηνία και ώρα όπως %1.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Χρήστες</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Λογαριασμοί</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Όνομα χρήστη</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ονοματεπώνυμο</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ρόλος</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ενεργός</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Κλειδωμένος</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Προσθήκη…</translation>
    </message>
    <message>
        <source>&amp;Reset Password…</source>
        <translation>&amp;Νέος κωδικός πρόσβασης…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Απενεργοποίηση</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>&amp;Ξεκλείδωμα</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Τι συνέβη</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ναι</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Όχι</translation>
    </message>
    <message>
        <source> (you)</source>
        <translation> (εσείς)</translation>
    </message>
    <message>
        <source>An admin cannot disable their own account.</source>
        <translation>Ένας διαχειριστής δεν μπορεί να απενεργοποιήσει τον δικό του λογαριασμό.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Ενεργοποίηση</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Απενεργοποίηση</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Ενεργοποίηση</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Προσθήκη λογαριασμού</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Προσθήκη</translation>
    </message>
    <message>
        <source>Added %1 (%2), %3.</source>
        <translation>Προστέθηκε ο λογαριασμός %1 (%2), %3.</translation>
    </message>
    <message>
        <source>%1 has a new password.</source>
        <translation>Ο λογαριασμός %1 έχει νέο κωδικό πρόσβασης.</translation>
    </message>
    <message>
        <source>%1 is disabled: it cannot log in until it is enabled again.</source>
        <translation>Ο λογαριασμός %1 απενεργοποιήθηκε: δεν μπορεί να συνδεθεί μέχρι να ενεργοποιηθεί ξανά.</translation>
    </message>
    <message>
        <source>%1 is enabled again.</source>
        <translation>Ο λογαριασμός %1 ενεργοποιήθηκε ξανά.</translation>
    </message>
    <message>
        <source>After this, %1 is the only administrator who can log in. If that account is locked by failed log-ins or its password is forgotten, no one can manage accounts, settings or restores, except whoever holds the database file, with the command:</source>
        <translation>Μετά από αυτό, ο λογαριασμός %1 θα είναι ο μόνος λογαριασμός διαχειριστή που μπορεί να συνδεθεί. Αν αυτός ο λογαριασμός κλειδωθεί λόγω αποτυχημένων συνδέσεων ή ξεχαστεί ο κωδικός πρόσβασής του, κανείς δεν θα μπορεί να διαχειριστεί λογαριασμούς, ρυθμίσεις ή επαναφορές, εκτός από όποιον έχει στην κατοχή του το αρχείο της βάσης δεδομένων, με την εντολή:</translation>
    </message>
    <message>
        <source>Keep a second administrator to have another way back.</source>
        <translation>Διατηρήστε και δεύτερο διαχειριστή, ώστε να υπάρχει κι άλλος τρόπος πρόσβασης.</translation>
    </message>
    <message>
        <source>Disable %1 anyway?</source>
        <translation>Να απενεργοποιηθεί παρ&apos; όλα αυτά ο λογαριασμός %1;</translation>
    </message>
    <message>
        <source>Disable an administrator</source>
        <translation>Απενεργοποίηση διαχειριστή</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>Απενεργοποίηση: %1</translation>
    </message>
    <message>
        <source>Keep it enabled</source>
        <translation>Να παραμείνει ενεργός</translation>
    </message>
    <message>
        <source>%1 is unlocked: its failed log-ins count from zero again.</source>
        <translation>Ο λογαριασμός %1 ξεκλειδώθηκε: οι αποτυχημένες συνδέσεις του μετρούν ξανά από το μηδέν.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>a whole number, {range}</source>
        <comment>a range: 27 to 34 G</comment>
        <translation>ακέραιος αριθμός, {range}</translation>
    </message>
    <message>
        <source>a date not in the future</source>
        <translation>ημερομηνία που δεν είναι στο μέλλον</translation>
    </message>
    <message>
        <source>a date on or after {day}</source>
        <translation>ημερομηνία από {day} και μετά</translation>
    </message>
    <message>
        <source>a date between the date of birth and today</source>
        <translation>ημερομηνία μεταξύ της ημερομηνίας γέννησης και της σημερινής</translation>
    </message>
    <message>
        <source>one of {codes}, or none</source>
        <translation>ένα από τα {codes} ή κανένα</translation>
    </message>
    <message>
        <source>a date on or after the date of birth</source>
        <translation>ημερομηνία από την ημερομηνία γέννησης και μετά</translation>
    </message>
    <message>
        <source>each area at most once</source>
        <translation>κάθε περιοχή το πολύ μία φορά</translation>
    </message>
    <message>
        <source>a date and time with its UTC offset</source>
        <translation>ημερομηνία και ώρα με τη διαφορά της από UTC</translation>
    </message>
    <message>
        <source>a time not in the future</source>
        <translation>ώρα που δεν είναι στο μέλλον</translation>
    </message>
    <message>
        <source>a date after the date of birth ({day})</source>
        <translation>ημερομηνία μετά την ημερομηνία γέννησης ({day})</translation>
    </message>
    <message>
        <source>a course of the same patient, or none</source>
        <translation>θεραπευτικό πρόγραμμα του ίδιου ασθενούς ή κανένα</translation>
    </message>
    <message>
        <source>a course that is not voided</source>
        <translation>θεραπευτικό πρόγραμμα που δεν έχει ακυρωθεί</translation>
    </message>
    <message>
        <source>a date on or after the course began ({day})</source>
        <translation>ημερομηνία από την έναρξη του θεραπευτικού προγράμματος ({day}) και μετά</translation>
    </message>
    <message>
        <source>at least one treated area</source>
        <translation>τουλάχιστον μία περιοχή θεραπείας</translation>
    </message>
    <message numerus="yes">
        <source>at most %n characters with the warnings given anyway and their reasons, which the export file carries in the notes</source>
        <translation>
            <numerusform>το πολύ %n χαρακτήρας μαζί με τις προειδοποιήσεις παρά τις οποίες έγινε η συνεδρία και τους λόγους τους, που το αρχείο εξαγωγής μεταφέρει στις σημειώσεις</numerusform>
            <numerusform>το πολύ %n χαρακτήρες μαζί με τις προειδοποιήσεις παρά τις οποίες έγινε η συνεδρία και τους λόγους τους, που το αρχείο εξαγωγής μεταφέρει στις σημειώσεις</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a reason for going on despite each &apos;{kind}&apos; warning (1 to %n characters)</source>
        <translation>
            <numerusform>αιτιολογία για τη συνέχιση παρά κάθε προειδοποίηση «{kind}» (1 έως %n χαρακτήρας)</numerusform>
            <numerusform>αιτιολογία για τη συνέχιση παρά κάθε προειδοποίηση «{kind}» (1 έως %n χαρακτήρες)</numerusform>
        </translation>
    </message>
    <message>
        <source>one of {kinds}</source>
        <translation>ένα από τα: {kinds}</translation>
    </message>
    <message>
        <source>the warning&apos;s words as shown (1 or more characters)</source>
        <translation>το κείμενο της προειδοποίησης όπως εμφανίζεται (1 ή περισσότεροι χαρακτήρες)</translation>
    </message>
    <message>
        <source>a time between the session ({time}) and now</source>
        <translation>ώρα από τη συνεδρία ({time}) έως τώρα</translation>
    </message>
    <message>
        <source>no deeper than the needle is long ({length} mm)</source>
        <translation>όχι βαθύτερα από το μήκος της βελόνας ({length} mm)</translation>
    </message>
    <message>
        <source>a product not expired on the session&apos;s date ({day})</source>
        <translation>προϊόν που δεν είχε λήξει την ημερομηνία της συνεδρίας ({day})</translation>
    </message>
    <message>
        <source>a date from the session&apos;s ({day}) to today</source>
        <translation>ημερομηνία από την ημερομηνία της συνεδρίας ({day}) έως σήμερα</translation>
    </message>
</context>
<context>
    <name>VersionedForm</name>
    <message>
        <source>Another change kept</source>
        <translation>Διατηρήθηκε άλλη αλλαγή</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>Saved now by %1</source>
        <translation>Αποθηκεύτηκε τώρα από τον χρήστη %1</translation>
    </message>
    <message>
        <source>Saved now</source>
        <translation>Αποθηκεύτηκε τώρα</translation>
    </message>
    <message>
        <source>%1 changed %2 at %3, after you opened it.</source>
        <translation>Ο χρήστης %1 άλλαξε %2 στις %3, αφού ανοίξατε τη φόρμα.</translation>
    </message>
    <message>
        <source>%1 changed %2 after you opened it.</source>
        <translation>Ο χρήστης %1 άλλαξε %2 αφού ανοίξατε τη φόρμα.</translation>
    </message>
    <message>
        <source>Someone else changed %2 at %3, after you opened it.</source>
        <translation>Κάποιος άλλος άλλαξε %2 στις %3, αφού ανοίξατε τη φόρμα.</translation>
    </message>
    <message>
        <source>Someone else changed %2 after you opened it.</source>
        <translation>Κάποιος άλλος άλλαξε %2 αφού ανοίξατε τη φόρμα.</translation>
    </message>
    <message>
        <source>You both changed the fields below; nothing you typed is saved yet.</source>
        <translation>Αλλάξατε και οι δύο τα παρακάτω πεδία· τίποτα από όσα πληκτρολογήσατε δεν έχει αποθηκευτεί ακόμη.</translation>
    </message>
    <message>
        <source>Your changes and theirs together break a rule, so nothing was saved; their changes are below, beside what your form holds.</source>
        <translation>Οι αλλαγές σας μαζί με τις δικές τους παραβιάζουν έναν κανόνα, γι&apos; αυτό δεν αποθηκεύτηκε τίποτα· οι αλλαγές τους φαίνονται παρακάτω, δίπλα σε ό,τι περιέχει η φόρμα σας.</translation>
    </message>
    <message>
        <source>%1 also changed %2; that stays as they saved it.</source>
        <translation>Ο χρήστης %1 άλλαξε επίσης: %2· οι αλλαγές αυτές μένουν όπως αποθηκεύτηκαν.</translation>
    </message>
    <message>
        <source>They also changed %2; that stays as they saved it.</source>
        <translation>Έγιναν επίσης αλλαγές σε: %2· οι αλλαγές αυτές μένουν όπως αποθηκεύτηκαν.</translation>
    </message>
    <message>
        <source>You also changed %1; that stays as you typed it.</source>
        <translation>Αλλάξατε επίσης: %1· οι αλλαγές αυτές μένουν όπως τις πληκτρολογήσατε.</translation>
    </message>
    <message>
        <source>The form now shows what %1 saved. What you typed is kept here until you close this window; nothing is saved until you save the form.</source>
        <translation>Η φόρμα δείχνει τώρα ό,τι αποθήκευσε ο χρήστης %1. Ό,τι πληκτρολογήσατε διατηρείται εδώ μέχρι να κλείσετε αυτό το παράθυρο· τίποτα δεν αποθηκεύεται μέχρι να αποθηκεύσετε τη φόρμα.</translation>
    </message>
    <message>
        <source>The form now shows what is saved. What you typed is kept here until you close this window; nothing is saved until you save the form.</source>
        <translation>Η φόρμα δείχνει τώρα ό,τι είναι αποθηκευμένο. Ό,τι πληκτρολογήσατε διατηρείται εδώ μέχρι να κλείσετε αυτό το παράθυρο· τίποτα δεν αποθηκεύεται μέχρι να αποθηκεύσετε τη φόρμα.</translation>
    </message>
    <message>
        <source>Saved. Kept a change of %1 made after you opened it.</source>
        <translation>Αποθηκεύτηκε. Διατηρήθηκε μια αλλαγή που έγινε αφού ανοίξατε τη φόρμα, σε: %1.</translation>
    </message>
    <message>
        <source>Saved. Kept %1&apos;s change of %2, %3.</source>
        <translation>Αποθηκεύτηκε. Διατηρήθηκε η αλλαγή του χρήστη %1 (%3) σε: %2.</translation>
    </message>
</context>
<context>
    <name>VialScans</name>
    <message>
        <source>Last scan</source>
        <translation>Τελευταία σάρωση</translation>
    </message>
    <message>
        <source>The scan was not read: %1 Nothing was added.</source>
        <translation>Η σάρωση δεν αναγνώστηκε: %1 Δεν προστέθηκε τίποτα.</translation>
    </message>
    <message>
        <source>This session is signed and locked: the scan added nothing.</source>
        <translation>Αυτή η συνεδρία είναι υπογεγραμμένη και κλειδωμένη: η σάρωση δεν πρόσθεσε τίποτα.</translation>
    </message>
    <message>
        <source>Amend it to change its products.</source>
        <translation>Κάντε διόρθωση για να αλλάξετε τα προϊόντα της.</translation>
    </message>
    <message>
        <source>This session has no treated area to add the vial to: add an area, then scan the vial again.</source>
        <translation>Αυτή η συνεδρία δεν έχει περιοχή θεραπείας στην οποία να προστεθεί το φιαλίδιο: προσθέστε μια περιοχή και έπειτα σαρώστε ξανά το φιαλίδιο.</translation>
    </message>
    <message>
        <source>%1 is retired in the catalogue: nothing was added. Reinstate it in Settings ▸ Products to use it again.</source>
        <translation>Το προϊόν %1 έχει αποσυρθεί από τον κατάλογο: δεν προστέθηκε τίποτα. Επανενεργοποιήστε το στις Ρυθμίσεις ▸ Προϊόντα για να το χρησιμοποιήσετε ξανά.</translation>
    </message>
    <message>
        <source>Lot %1 expired on %2, before this session&apos;s date, %3: nothing was added. Use a vial in date.</source>
        <translation>Η παρτίδα %1 έληξε στις %2, πριν από την ημερομηνία αυτής της συνεδρίας, %3: δεν προστέθηκε τίποτα. Χρησιμοποιήστε φιαλίδιο εντός ημερομηνίας λήξης.</translation>
    </message>
    <message>
        <source>The vial expired on %1, before this session&apos;s date, %2: nothing was added. Use a vial in date.</source>
        <translation>Το φιαλίδιο έληξε στις %1, πριν από την ημερομηνία αυτής της συνεδρίας, %2: δεν προστέθηκε τίποτα. Χρησιμοποιήστε φιαλίδιο εντός ημερομηνίας λήξης.</translation>
    </message>
    <message>
        <source>The GTIN %1 is not in the catalogue: add its product, and the vial is added with it.</source>
        <translation>Ο κωδικός GTIN %1 δεν υπάρχει στον κατάλογο: προσθέστε το προϊόν του και το φιαλίδιο θα προστεθεί μαζί του.</translation>
    </message>
    <message>
        <source>The GTIN %1 is not in the catalogue and no product was added for it: the scan added nothing.</source>
        <translation>Ο κωδικός GTIN %1 δεν υπάρχει στον κατάλογο και δεν προστέθηκε προϊόν για αυτόν: η σάρωση δεν πρόσθεσε τίποτα.</translation>
    </message>
    <message>
        <source>The GTIN %1 is not in the catalogue: ask a clinician to add the product (Settings ▸ Products), then scan the vial again, or type it in a product row.</source>
        <translation>Ο κωδικός GTIN %1 δεν υπάρχει στον κατάλογο: ζητήστε από έναν θεράποντα ιατρό να προσθέσει το προϊόν (Ρυθμίσεις ▸ Προϊόντα) και έπειτα σαρώστε ξανά το φιαλίδιο, ή πληκτρολογήστε το σε μια γραμμή προϊόντος.</translation>
    </message>
    <message>
        <source>Added %1, lot %2, expiring %3, to area %4 (%5).</source>
        <translation>Προστέθηκε %1, παρτίδα %2, λήξη %3, στην περιοχή %4 (%5).</translation>
    </message>
    <message>
        <source>Added %1, lot %2, to area %3 (%4): the code has no expiry, type it.</source>
        <translation>Προστέθηκε %1, παρτίδα %2, στην περιοχή %3 (%4): ο κωδικός δεν περιέχει λήξη· πληκτρολογήστε την.</translation>
    </message>
    <message>
        <source>Added %1 to area %2 (%3): the code has no lot, type or choose it.</source>
        <translation>Προστέθηκε %1 στην περιοχή %2 (%3): ο κωδικός δεν περιέχει παρτίδα· πληκτρολογήστε ή επιλέξτε την.</translation>
    </message>
    <message>
        <source>Lot %1 added to the catalogue.</source>
        <translation>Η παρτίδα %1 προστέθηκε στον κατάλογο.</translation>
    </message>
    <message>
        <source>The catalogue has lot %1 expiring on %2, the vial&apos;s code %3: the row has the code&apos;s; check the catalogue.</source>
        <translation>Ο κατάλογος έχει την παρτίδα %1 με λήξη %2, ενώ ο κωδικός του φιαλιδίου %3: η γραμμή έχει τη λήξη του κωδικού· ελέγξτε τον κατάλογο.</translation>
    </message>
    <message>
        <source>This vial of %1, lot %2, is in this area already: it is product %3 of area %4 (%5). Nothing was added; to use it on another area as well, scan it there.</source>
        <translation>Αυτό το φιαλίδιο (%1, παρτίδα %2) υπάρχει ήδη σε αυτή την περιοχή: είναι το προϊόν %3 της περιοχής %4 (%5). Δεν προστέθηκε τίποτα· για να το χρησιμοποιήσετε και σε άλλη περιοχή, σαρώστε το εκεί.</translation>
    </message>
    <message>
        <source>This vial of %1 is in this area already: it is product %2 of area %3 (%4). Nothing was added; to use it on another area as well, scan it there.</source>
        <translation>Αυτό το φιαλίδιο (%1) υπάρχει ήδη σε αυτή την περιοχή: είναι το προϊόν %2 της περιοχής %3 (%4). Δεν προστέθηκε τίποτα· για να το χρησιμοποιήσετε και σε άλλη περιοχή, σαρώστε το εκεί.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>· </translation>
    </message>
    <message>
        <source>area %1 (%2), product row %3</source>
        <translation>περιοχή %1 (%2), γραμμή προϊόντος %3</translation>
    </message>
    <message>
        <source>This vial is also used on %1.</source>
        <translation>Αυτό το φιαλίδιο χρησιμοποιείται επίσης σε: %1.</translation>
    </message>
</context>
<context>
    <name>Violations</name>
    <message numerus="yes">
        <source>{allowed} (%n characters)</source>
        <extracomment>what a field allows, and the length of the value typed, too long to show here</extracomment>
        <translation>
            <numerusform>{allowed} (%n χαρακτήρας)</numerusform>
            <numerusform>{allowed} (%n χαρακτήρες)</numerusform>
        </translation>
    </message>
    <message>
        <source>{allowed} ({value} is not allowed)</source>
        <extracomment>what a field allows, and the value typed into it</extracomment>
        <translation>{allowed} (η τιμή {value} δεν επιτρέπεται)</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <source>hyaluronic acid</source>
        <comment>a solution, in a sentence</comment>
        <translation>υαλουρονικό οξύ</translation>
    </message>
    <message>
        <source>dmae</source>
        <comment>a solution, in a sentence</comment>
        <translation>DMAE</translation>
    </message>
    <message>
        <source>caffeine</source>
        <comment>a solution, in a sentence</comment>
        <translation>καφεΐνη</translation>
    </message>
    <message>
        <source>phosphatidylcholine</source>
        <comment>a solution, in a sentence</comment>
        <translation>φωσφατιδυλοχολίνη</translation>
    </message>
    <message>
        <source>vitamins</source>
        <comment>a solution, in a sentence</comment>
        <translation>βιταμίνες</translation>
    </message>
    <message>
        <source>amino acids</source>
        <comment>a solution, in a sentence</comment>
        <translation>αμινοξέα</translation>
    </message>
    <message>
        <source>peptides</source>
        <comment>a solution, in a sentence</comment>
        <translation>πεπτίδια</translation>
    </message>
    <message>
        <source>Allergies: {allergies}</source>
        <comment>the allergies as recorded</comment>
        <translation>Αλλεργίες: {allergies}</translation>
    </message>
    <message>
        <source>The medication list names aspirin or another NSAID ({names}): higher risk of bruising.</source>
        <translation>Στη φαρμακευτική αγωγή αναφέρεται ασπιρίνη ή άλλο ΜΣΑΦ ({names}): αυξημένος κίνδυνος εκχυμώσεων.</translation>
    </message>
    <message>
        <source>No signed consent is on file.</source>
        <translation>Δεν υπάρχει υπογεγραμμένη συγκατάθεση στον φάκελο.</translation>
    </message>
    <message numerus="yes">
        <source>Aspirin or another NSAID taken %n day(s) ago, less than {least}: higher risk of bruising.</source>
        <translation>
            <numerusform>Λήψη ασπιρίνης ή άλλου ΜΣΑΦ πριν από %n ημέρα (λιγότερες από {least}): αυξημένος κίνδυνος εκχυμώσεων.</numerusform>
            <numerusform>Λήψη ασπιρίνης ή άλλου ΜΣΑΦ πριν από %n ημέρες (λιγότερες από {least}): αυξημένος κίνδυνος εκχυμώσεων.</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent was not confirmed for this session.</source>
        <translation>Η συγκατάθεση δεν επιβεβαιώθηκε για αυτή τη συνεδρία.</translation>
    </message>
    <message>
        <source>Allergy on record &quot;{allergy}&quot;: {where} contains it.</source>
        <translation>Καταγεγραμμένη αλλεργία «{allergy}»· περιέχεται σε: {where}.</translation>
    </message>
    <message>
        <source>the topical anaesthetic &quot;{name}&quot;</source>
        <translation>το τοπικό αναισθητικό «{name}»</translation>
    </message>
    <message>
        <source>the {solution} product</source>
        <translation>το προϊόν με {solution}</translation>
    </message>
    <message>
        <source>the product &quot;{name}&quot; ({solution})</source>
        <translation>το προϊόν «{name}» ({solution})</translation>
    </message>
    <message>
        <source>the product &quot;{name}&quot;</source>
        <translation>το προϊόν «{name}»</translation>
    </message>
    <message>
        <source>{what} in {lines}</source>
        <comment>a product in the session&apos;s lines</comment>
        <translation>{what} ({lines})</translation>
    </message>
    <message>
        <source>line {number}</source>
        <comment>a treatment line</comment>
        <translation>γραμμή {number}</translation>
    </message>
    <message>
        <source>lines {numbers} and {last}</source>
        <comment>treatment lines</comment>
        <translation>γραμμές {numbers} και {last}</translation>
    </message>
</context>
<context>
    <name>WarningsPanel</name>
    <message>
        <source>Clinical warnings</source>
        <translation>Κλινικές προειδοποιήσεις</translation>
    </message>
    <message>
        <source>No clinical warnings for this session.</source>
        <translation>Δεν υπάρχουν κλινικές προειδοποιήσεις για αυτή τη συνεδρία.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;New Patient…</source>
        <translation>&amp;Νέος ασθενής…</translation>
    </message>
    <message>
        <source>&amp;Find Patient</source>
        <translation>&amp;Αναζήτηση ασθενούς</translation>
    </message>
    <message>
        <source>Patients &amp;Due</source>
        <translation>&amp;Λίστα επόμενων συνεδριών</translation>
    </message>
    <message>
        <source>&amp;Log Session…</source>
        <translation>&amp;Καταγραφή συνεδρίας…</translation>
    </message>
    <message>
        <source>&amp;Edit Patient…</source>
        <translation>&amp;Επεξεργασία ασθενούς…</translation>
    </message>
    <message>
        <source>&amp;Plan Course…</source>
        <translation>&amp;Σχεδιασμός θεραπευτικού προγράμματος…</translation>
    </message>
    <message>
        <source>&amp;Void Patient…</source>
        <translation>Ακύ&amp;ρωση ασθενούς…</translation>
    </message>
    <message>
        <source>Export Treatment &amp;Summary…</source>
        <translation>Ε&amp;ξαγωγή σύνοψης θεραπείας…</translation>
    </message>
    <message>
        <source>Export This &amp;Patient…</source>
        <translation>Εξαγωγή αυτού του ασ&amp;θενούς…</translation>
    </message>
    <message>
        <source>&amp;Export Clinic…</source>
        <translation>Ε&amp;ξαγωγή ιατρείου…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Εισαγωγή…</translation>
    </message>
    <message>
        <source>&amp;Clinic…</source>
        <translation>&amp;Ιατρείο…</translation>
    </message>
    <message>
        <source>&amp;Products…</source>
        <translation>&amp;Προϊόντα…</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>Πρό&amp;τυπα…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Χρήστες…</translation>
    </message>
    <message>
        <source>Change My &amp;Password…</source>
        <translation>Αλλαγή του κωδικού &amp;πρόσβασής μου…</translation>
    </message>
    <message>
        <source>&amp;Lock Now</source>
        <translation>&amp;Κλείδωμα τώρα</translation>
    </message>
    <message>
        <source>S&amp;witch User…</source>
        <translation>Α&amp;λλαγή χρήστη…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Έξο&amp;δος</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>Α&amp;σθενής</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Ρυθμίσεις</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Κύρια</translation>
    </message>
    <message>
        <source>Log a session outside any course</source>
        <translation>Καταγραφή συνεδρίας εκτός θεραπευτικού προγράμματος</translation>
    </message>
    <message>
        <source>Log a session in the course “%1”</source>
        <translation>Καταγραφή συνεδρίας στο θεραπευτικό πρόγραμμα «%1»</translation>
    </message>
    <message>
        <source>Open a patient to log a session</source>
        <translation>Ανοίξτε έναν ασθενή για να καταγράψετε συνεδρία</translation>
    </message>
</context>
<context>
    <name>WindowStatus</name>
    <message>
        <source>Patients shown</source>
        <translation>Ασθενείς που εμφανίζονται</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Βάση δεδομένων</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Βάση δεδομένων: %1</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Συνδεδεμένος λογαριασμός</translation>
    </message>
    <message>
        <source>Logged in: %1 (%2), %3</source>
        <translation>Σύνδεση: %1 (%2), %3</translation>
    </message>
</context>
<context>
    <name>WorkstationGroup</name>
    <message>
        <source>This workstation</source>
        <translation>Αυτός ο σταθμός εργασίας</translation>
    </message>
    <message>
        <source>Kept on this computer only. The sessions logged here name this clinician.</source>
        <translation>Διατηρείται μόνο σε αυτόν τον υπολογιστή. Οι συνεδρίες που καταχωρίζονται εδώ αναγράφουν αυτόν τον θεράποντα ιατρό.</translation>
    </message>
    <message>
        <source>Clinician&apos;s name</source>
        <translation>Όνομα θεράποντος ιατρού</translation>
    </message>
    <message>
        <source>&amp;Clinician:</source>
        <translation>&amp;Θεράπων ιατρός:</translation>
    </message>
</context>
<context>
    <name>WrittenMessage</name>
    <message>
        <source>Treatment summary written</source>
        <translation>Η σύνοψη θεραπείας αποθηκεύτηκε</translation>
    </message>
    <message>
        <source>1 photo, %1</source>
        <translation>1 φωτογραφία, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n photos, %1</source>
        <translation>
            <numerusform>%n φωτογραφία, %1</numerusform>
            <numerusform>%n φωτογραφίες, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) was written to:</source>
        <translation>%1 (%2) αποθηκεύτηκε στη θέση:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Άνοιγμα</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Εμφάνιση στον &amp;φάκελο αρχείων</translation>
    </message>
</context>
<context>
    <name>ZoneWords</name>
    <message>
        <source>left</source>
        <comment>the patient&apos;s side, after an area</comment>
        <translation>αριστερά</translation>
    </message>
    <message>
        <source>right</source>
        <comment>the patient&apos;s side, after an area</comment>
        <translation>δεξιά</translation>
    </message>
    <message>
        <source>Face, from the front</source>
        <translation>Πρόσωπο, πρόσθια όψη</translation>
    </message>
    <message>
        <source>Face, left profile</source>
        <translation>Πρόσωπο, αριστερό προφίλ</translation>
    </message>
    <message>
        <source>Face, right profile</source>
        <translation>Πρόσωπο, δεξί προφίλ</translation>
    </message>
    <message>
        <source>Neck and décolletage</source>
        <translation>Τράχηλος και ντεκολτέ</translation>
    </message>
    <message>
        <source>Body, front</source>
        <translation>Σώμα, πρόσθια όψη</translation>
    </message>
    <message>
        <source>Body, back</source>
        <translation>Σώμα, οπίσθια όψη</translation>
    </message>
    <message>
        <source>Scalp, from above</source>
        <translation>Τριχωτό της κεφαλής, άνω όψη</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, either side</source>
        <translation>%1, οποιαδήποτε πλευρά</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <extracomment>Begins the usage line, e.g. &quot;usage: mesolog [-h] [--db DB] COMMAND ...&quot;; keep the space at the end and every %s, %r, %(name)s of these argparse texts.</extracomment>
        <translation>χρήση: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>ορίσματα θέσης</translation>
    </message>
    <message>
        <source>options</source>
        <translation>επιλογές</translation>
    </message>
    <message>
        <source>%(heading)s:</source>
        <translation>%(heading)s:</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>εμφάνιση αυτού του μηνύματος βοήθειας και έξοδος</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>εμφάνιση του αριθμού έκδοσης του προγράμματος και έξοδος</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: σφάλμα: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>όρισμα %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>μη αναγνωρίσιμα ορίσματα: %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>αμφίσημη επιλογή: το %(option)s θα μπορούσε να αντιστοιχεί σε %(matches)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>μη έγκυρη επιλογή: %(value)r (επιλέξτε από %(choices)s)</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>αναμενόταν ένα όρισμα</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>μη έγκυρη τιμή %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>απαιτούνται τα ακόλουθα ορίσματα: %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>αγνοήθηκε το ρητό όρισμα %r</translation>
    </message>
</context>
<context>
    <name>cli.accounts</name>
    <message>
        <source>when no administrator can log in: act as the holder of the database instead of an account, to unlock and enable an administrator&apos;s account; audited with the operating-system user. The holder of an SQLite file is an operating-system user who may write to it (and gave its passphrase if it is encrypted); of a PostgreSQL database, a superuser of the server (--db naming a superuser role such as postgres; the role owning the tables is not enough)</source>
        <translation>όταν κανένας διαχειριστής δεν μπορεί να συνδεθεί: ενέργεια ως κάτοχος της βάσης δεδομένων αντί για λογαριασμό, για ξεκλείδωμα και ενεργοποίηση του λογαριασμού ενός διαχειριστή· καταγράφεται στο αρχείο ελέγχου με τον χρήστη του λειτουργικού συστήματος. Κάτοχος ενός αρχείου SQLite είναι ένας χρήστης του λειτουργικού συστήματος που μπορεί να γράψει σε αυτό (και έδωσε τη φράση πρόσβασής του, αν είναι κρυπτογραφημένο)· μιας βάσης δεδομένων PostgreSQL, ένας υπερχρήστης (superuser) του διακομιστή (με --db που ορίζει ρόλο υπερχρήστη, όπως postgres· ο ρόλος στον οποίο ανήκουν οι πίνακες δεν αρκεί)</translation>
    </message>
    <message>
        <source>when no administrator can log in: act as the holder of the database instead of an account, to unlock and enable an administrator&apos;s account; audited with the operating-system user. The holder of an SQLite file is an operating-system user who may write to it (and gave its passphrase if it is encrypted); of a PostgreSQL database, a superuser of the server (--db naming a superuser role such as postgres; the role owning the tables is not enough) (and to set its password)</source>
        <translation type="vanished">όταν κανένας διαχειριστής δεν μπορεί να συνδεθεί: ενέργεια ως κάτοχος της βάσης δεδομένων αντί για λογαριασμό, για ξεκλείδωμα και ενεργοποίηση του λογαριασμού ενός διαχειριστή· καταγράφεται στο αρχείο ελέγχου με τον χρήστη του λειτουργικού συστήματος. Κάτοχος ενός αρχείου SQLite είναι ένας χρήστης του λειτουργικού συστήματος που μπορεί να γράψει σε αυτό (και έδωσε τη φράση πρόσβασής του, αν είναι κρυπτογραφημένο)· μιας βάσης δεδομένων PostgreSQL, ένας υπερχρήστης (superuser) του διακομιστή (με --db που ορίζει ρόλο υπερχρήστη, όπως postgres· ο ρόλος στον οποίο ανήκουν οι πίνακες δεν αρκεί) (και για ορισμό του κωδικού πρόσβασής του)</translation>
    </message>
    <message>
        <source>when no administrator can log in: act as the holder of the database instead of an account, to unlock and enable an administrator&apos;s account and set its password; audited with the operating-system user. The holder of an SQLite file is an operating-system user who may write to it (and gave its passphrase if it is encrypted); of a PostgreSQL database, a superuser of the server (--db naming a superuser role such as postgres; the role owning the tables is not enough)</source>
        <translation>όταν κανένας διαχειριστής δεν μπορεί να συνδεθεί: ενέργεια ως κάτοχος της βάσης δεδομένων αντί για λογαριασμό, για ξεκλείδωμα και ενεργοποίηση του λογαριασμού ενός διαχειριστή και ορισμό του κωδικού πρόσβασής του· καταγράφεται στο αρχείο ελέγχου με τον χρήστη του λειτουργικού συστήματος. Κάτοχος ενός αρχείου SQLite είναι ένας χρήστης του λειτουργικού συστήματος που μπορεί να γράψει σε αυτό (και έδωσε τη φράση πρόσβασής του, αν είναι κρυπτογραφημένο)· μιας βάσης δεδομένων PostgreSQL, ένας υπερχρήστης (superuser) του διακομιστή (με --db που ορίζει ρόλο υπερχρήστη, όπως postgres· ο ρόλος στον οποίο ανήκουν οι πίνακες δεν αρκεί)</translation>
    </message>
    <message>
        <source>New password for {user}</source>
        <translation>Νέος κωδικός πρόσβασης για τον χρήστη {user}</translation>
    </message>
    <message>
        <source>manage accounts (an admin&apos;s work)</source>
        <translation>διαχείριση λογαριασμών (εργασία διαχειριστή)</translation>
    </message>
    <message>
        <source>add an account; on a database without accounts, the first admin</source>
        <translation>προσθήκη λογαριασμού· σε βάση δεδομένων χωρίς λογαριασμούς, του πρώτου διαχειριστή</translation>
    </message>
    <message>
        <source>the username to log in with</source>
        <translation>το όνομα χρήστη για τη σύνδεση</translation>
    </message>
    <message>
        <source>what the account may do</source>
        <translation>τι επιτρέπεται στον λογαριασμό</translation>
    </message>
    <message>
        <source>the clinician&apos;s name as records print it (default: the username)</source>
        <translation>το όνομα του θεράποντα ιατρού όπως τυπώνεται στις καταχωρίσεις (προεπιλογή: το όνομα χρήστη)</translation>
    </message>
    <message>
        <source>set the account&apos;s password</source>
        <translation>ορισμός του κωδικού πρόσβασης του λογαριασμού</translation>
    </message>
    <message>
        <source>stop the account from logging in</source>
        <translation>αποτροπή της σύνδεσης του λογαριασμού</translation>
    </message>
    <message>
        <source>let a disabled account log in again</source>
        <translation>ενεργοποίηση ξανά ενός απενεργοποιημένου λογαριασμού, ώστε να μπορεί να συνδεθεί</translation>
    </message>
    <message>
        <source>lift a lock from failed log-ins</source>
        <translation>άρση του κλειδώματος λόγω αποτυχημένων συνδέσεων</translation>
    </message>
    <message>
        <source>list the accounts</source>
        <translation>λίστα των λογαριασμών</translation>
    </message>
    <message>
        <source>The database has no accounts yet: the first one must be an admin (--role admin).</source>
        <translation>Η βάση δεδομένων δεν έχει ακόμη λογαριασμούς: ο πρώτος πρέπει να είναι διαχειριστής (--role admin).</translation>
    </message>
    <message>
        <source>first account added: {account}</source>
        <translation>προστέθηκε ο πρώτος λογαριασμός: {account}</translation>
    </message>
    <message>
        <source>account added: {account}</source>
        <translation>προστέθηκε λογαριασμός: {account}</translation>
    </message>
    <message>
        <source>password set for {user}</source>
        <translation>ορίστηκε κωδικός πρόσβασης για τον χρήστη {user}</translation>
    </message>
    <message>
        <source>disabled: {account}</source>
        <translation>απενεργοποιήθηκε: {account}</translation>
    </message>
    <message>
        <source>warning: {user} is now the only administrator who can log in. If that account is locked or its password forgotten, only whoever holds the database file can recover it: `mesolog user unlock --as-file-owner {user}`. Consider enabling or adding a second administrator.</source>
        <translation>προειδοποίηση: ο χρήστης {user} είναι πλέον ο μόνος διαχειριστής που μπορεί να συνδεθεί. Αν αυτός ο λογαριασμός κλειδωθεί ή ξεχαστεί ο κωδικός πρόσβασής του, μόνο ο κάτοχος του αρχείου της βάσης δεδομένων μπορεί να τον ανακτήσει: `mesolog user unlock --as-file-owner {user}`. Εξετάστε το ενδεχόμενο να ενεργοποιήσετε ή να προσθέσετε δεύτερο διαχειριστή.</translation>
    </message>
    <message>
        <source>enabled: {account}</source>
        <translation>ενεργοποιήθηκε: {account}</translation>
    </message>
    <message>
        <source>unlocked: {account}</source>
        <translation>ξεκλειδώθηκε: {account}</translation>
    </message>
    <message>
        <source>--as-file-owner acts as the holder of the database file, not as an account: leave out --user.</source>
        <translation>Το --as-file-owner ενεργεί ως κάτοχος του αρχείου της βάσης δεδομένων, όχι ως λογαριασμός: παραλείψτε το --user.</translation>
    </message>
    <message>
        <source>recovered as the holder of the database file: {account}; audited as the operating-system user {actor}</source>
        <translation>ανακτήθηκε από τον κάτοχο του αρχείου της βάσης δεδομένων: {account}· καταγράφηκε στο αρχείο ελέγχου ως ο χρήστης λειτουργικού συστήματος {actor}</translation>
    </message>
    <message>
        <source>recovered as the holder of the database file: {account} (new password set); audited as the operating-system user {actor}</source>
        <translation>ανακτήθηκε από τον κάτοχο του αρχείου της βάσης δεδομένων: {account} (ορίστηκε νέος κωδικός πρόσβασης)· καταγράφηκε στο αρχείο ελέγχου ως ο χρήστης λειτουργικού συστήματος {actor}</translation>
    </message>
</context>
<context>
    <name>cli.audit</name>
    <message>
        <source>verify or list the audit log</source>
        <translation>επαλήθευση ή εμφάνιση του αρχείου ελέγχου</translation>
    </message>
    <message>
        <source>check the whole hash chain, every audited record and the triggers that guard them; names the first break, each record no entry wrote and each guard not as made</source>
        <translation type="vanished">έλεγχος ολόκληρης της αλυσίδας ελέγχου (αλυσίδας hash), κάθε καταχώρισης που καταγράφεται στο αρχείο ελέγχου και των εναυσμάτων (triggers) που τις προστατεύουν· αναφέρει το πρώτο σπάσιμο, κάθε καταχώριση που δεν γράφτηκε από καμία εγγραφή και κάθε προστασία που δεν είναι όπως δημιουργήθηκε</translation>
    </message>
    <message>
        <source>check the hash chain, the audited records and the triggers that guard them; names the first break, each record no entry wrote and each guard not as made. Past {size} entries a check starts from the mark the last intact check left on this computer: the entries after it and a seventh of the older ones, the records those entries wrote and a seventh of the others, every record&apos;s entry and every guard. A record altered behind mesolog&apos;s back between two checks, its guards dropped and put back, is found when its seventh comes round or by --full</source>
        <translation>έλεγχος της αλυσίδας ελέγχου (αλυσίδας hash), των καταχωρίσεων που καταγράφονται στο αρχείο ελέγχου και των εναυσμάτων (triggers) που τις προστατεύουν· αναφέρει το πρώτο σπάσιμο, κάθε καταχώριση που δεν γράφτηκε από καμία εγγραφή και κάθε προστασία που δεν είναι όπως δημιουργήθηκε. Πάνω από {size} εγγραφές ο έλεγχος ξεκινά από το σημάδι που άφησε σε αυτόν τον υπολογιστή ο τελευταίος έλεγχος χωρίς ευρήματα: οι εγγραφές μετά από αυτό και ένα έβδομο των παλαιότερων, οι καταχωρίσεις που έγραψαν αυτές οι εγγραφές και ένα έβδομο των υπολοίπων, η εγγραφή κάθε καταχώρισης και κάθε προστασία. Μια καταχώριση που άλλαξε εν αγνοία του mesolog ανάμεσα σε δύο ελέγχους, με τις προστασίες της αφαιρεμένες και ξαναβαλμένες, εντοπίζεται όταν έρθει η σειρά του εβδόμου της ή με --full</translation>
    </message>
    <message>
        <source>check every entry and every record, whatever the mark</source>
        <translation>έλεγχος κάθε εγγραφής και κάθε καταχώρισης, όποιο κι αν είναι το σημάδι</translation>
    </message>
    <message>
        <source>print entries, newest first</source>
        <translation>εμφάνιση εγγραφών, πρώτα οι νεότερες</translation>
    </message>
    <message>
        <source>one patient, by UUID or record number</source>
        <translation>ένας ασθενής, με UUID ή αριθμό φακέλου</translation>
    </message>
    <message>
        <source>entries by this user</source>
        <translation>εγγραφές αυτού του χρήστη</translation>
    </message>
    <message>
        <source>from this day (YYYY-MM-DD)</source>
        <translation>από αυτή την ημέρα (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>at most N entries</source>
        <translation>το πολύ N εγγραφές</translation>
    </message>
    <message numerus="yes">
        <source>chain intact: %n entries, newest hash {hash}</source>
        <translation>
            <numerusform>αλυσίδα άθικτη: %n εγγραφή, νεότερη σύνοψη ελέγχου {hash}</numerusform>
            <numerusform>αλυσίδα άθικτη: %n εγγραφές, νεότερη σύνοψη ελέγχου {hash}</numerusform>
        </translation>
    </message>
    <message>
        <source>CHAIN BROKEN at entry {entry}: {reason}</source>
        <translation>ΑΛΥΣΙΔΑ ΣΠΑΣΜΕΝΗ στην εγγραφή {entry}: {reason}</translation>
    </message>
    <message>
        <source>RECORD CHANGED outside mesolog: {entity} {uuid} (last audited in entry {entry}): {reason}</source>
        <translation>ΚΑΤΑΧΩΡΙΣΗ ΑΛΛΑΓΜΕΝΗ εκτός mesolog: {entity} {uuid} (τελευταία καταγραφή στην εγγραφή {entry}): {reason}</translation>
    </message>
    <message>
        <source>{entity} {uuid}</source>
        <translation>{entity} {uuid}</translation>
    </message>
    <message>
        <source>{entity} row {row}</source>
        <translation>{entity} γραμμή {row}</translation>
    </message>
    <message>
        <source>it is part of {entity} {uuid}, which no audit entry wrote</source>
        <translation>είναι μέρος της καταχώρισης {entity} {uuid}, την οποία δεν έγραψε καμία εγγραφή ελέγχου</translation>
    </message>
    <message>
        <source>RECORD ADDED outside mesolog: {record}: {why}</source>
        <translation>ΚΑΤΑΧΩΡΙΣΗ ΠΡΟΣΤΕΘΗΚΕ εκτός mesolog: {record}: {why}</translation>
    </message>
    <message numerus="yes">
        <source>records intact: %n match their newest entry, and an entry wrote every record</source>
        <translation>
            <numerusform>καταχωρίσεις άθικτες: %n αντιστοιχεί στη νεότερη εγγραφή της, και κάθε καταχώριση γράφτηκε από εγγραφή</numerusform>
            <numerusform>καταχωρίσεις άθικτες: %n αντιστοιχούν στη νεότερη εγγραφή τους, και κάθε καταχώριση γράφτηκε από εγγραφή</numerusform>
        </translation>
    </message>
    <message>
        <source>GUARD NOT AS MESOLOG MADE IT: {guard} on {table}: {fault}</source>
        <translation>ΠΡΟΣΤΑΣΙΑ ΟΧΙ ΟΠΩΣ ΤΗ ΔΗΜΙΟΥΡΓΗΣΕ ΤΟ MESOLOG: {guard} στον πίνακα {table}: {fault}</translation>
    </message>
    <message>
        <source>GUARD NOT AS MESOLOG MADE IT: {guard}: {fault}</source>
        <translation>ΠΡΟΣΤΑΣΙΑ ΟΧΙ ΟΠΩΣ ΤΗ ΔΗΜΙΟΥΡΓΗΣΕ ΤΟ MESOLOG: {guard}: {fault}</translation>
    </message>
    <message>
        <source>guards intact: every trigger that guards the records is as mesolog made it</source>
        <translation>προστασίες άθικτες: κάθε έναυσμα (trigger) που προστατεύει τις καταχωρίσεις είναι όπως το δημιούργησε το mesolog</translation>
    </message>
    <message>
        <source>as asked</source>
        <translation>όπως ζητήθηκε</translation>
    </message>
    <message>
        <source>the chain is short</source>
        <translation>η αλυσίδα είναι μικρή</translation>
    </message>
    <message>
        <source>no mark of this database on this computer</source>
        <translation>κανένα σημάδι αυτής της βάσης δεδομένων σε αυτόν τον υπολογιστή</translation>
    </message>
    <message>
        <source>the database was restored since the last check</source>
        <translation>η βάση δεδομένων επαναφέρθηκε μετά τον τελευταίο έλεγχο</translation>
    </message>
    <message>
        <source>the chain is not as the last check left it</source>
        <translation>η αλυσίδα δεν είναι όπως την άφησε ο τελευταίος έλεγχος</translation>
    </message>
    <message>
        <source>CHAIN REWRITTEN since the check of {at}: entry {entry} no longer holds the hash it held then ({hash}), or entries up to it were removed or slipped in. Once this has been looked into, deleting {file} accepts the chain as it is now</source>
        <translation>Η ΑΛΥΣΙΔΑ ΞΑΝΑΓΡΑΦΤΗΚΕ μετά τον έλεγχο της {at}: η εγγραφή {entry} δεν έχει πια τη σύνοψη ελέγχου που είχε τότε ({hash}), ή εγγραφές ως αυτήν αφαιρέθηκαν ή παρεμβλήθηκαν. Αφού εξεταστεί, η διαγραφή του {file} αποδέχεται την αλυσίδα όπως είναι τώρα</translation>
    </message>
    <message>
        <source>incremental check in {seconds} s, {walked} entries walked ({rate} entries/s): those after entry {entry}, marked by the check of {at}, and share {share} of {turns} of the older ones; {compared} of {audited} records compared: those the new entries wrote and share {share} of {turns} of the others; every record&apos;s entry and every guard checked</source>
        <translation>αυξητικός έλεγχος σε {seconds} s, {walked} εγγραφές ελέγχθηκαν ({rate} εγγραφές/s): όσες ακολουθούν την εγγραφή {entry}, που σημάδεψε ο έλεγχος της {at}, και το μερίδιο {share} από {turns} των παλαιότερων· {compared} από {audited} καταχωρίσεις συγκρίθηκαν: όσες έγραψαν οι νέες εγγραφές και το μερίδιο {share} από {turns} των υπολοίπων· ελέγχθηκαν η εγγραφή κάθε καταχώρισης και κάθε προστασία</translation>
    </message>
    <message>
        <source>a record altered behind mesolog&apos;s back between two checks, its guards dropped and put back, is found when its share comes round (within {turns} checks) or by `mesolog audit verify --full`</source>
        <translation>μια καταχώριση που άλλαξε εν αγνοία του mesolog ανάμεσα σε δύο ελέγχους, με τις προστασίες της αφαιρεμένες και ξαναβαλμένες, εντοπίζεται όταν έρθει η σειρά του μεριδίου της (μέσα σε {turns} ελέγχους) ή με `mesolog audit verify --full`</translation>
    </message>
    <message>
        <source>full check in {seconds} s, {walked} entries walked ({rate} entries/s), {compared} records compared ({because})</source>
        <translation>πλήρης έλεγχος σε {seconds} s, {walked} εγγραφές ελέγχθηκαν ({rate} εγγραφές/s), {compared} καταχωρίσεις συγκρίθηκαν ({because})</translation>
    </message>
    <message>
        <source>WARNING: this check&apos;s mark could not be kept in {file} ({error}): the next check cannot start from it</source>
        <translation>ΠΡΟΕΙΔΟΠΟΙΗΣΗ: το σημάδι αυτού του ελέγχου δεν μπόρεσε να φυλαχτεί στο {file} ({error}): ο επόμενος έλεγχος δεν μπορεί να ξεκινήσει από αυτό</translation>
    </message>
    <message>
        <source>WARNING: others on this computer may read this folder: {path} ({mode})</source>
        <translation>ΠΡΟΕΙΔΟΠΟΙΗΣΗ: άλλοι χρήστες αυτού του υπολογιστή μπορούν να διαβάσουν αυτόν τον φάκελο: {path} ({mode})</translation>
    </message>
    <message>
        <source>WARNING: others on this computer may read this file: {path} ({mode})</source>
        <translation>ΠΡΟΕΙΔΟΠΟΙΗΣΗ: άλλοι χρήστες αυτού του υπολογιστή μπορούν να διαβάσουν αυτό το αρχείο: {path} ({mode})</translation>
    </message>
</context>
<context>
    <name>cli.audit_anchors</name>
    <message>
        <source>also prove that today&apos;s chain extends an earlier one: a backup (an encrypted one&apos;s passphrase is asked), an export, an anchors log, or a hash as printed on a summary (at least 12 hex digits; spaces ignored)</source>
        <translation>επιπλέον απόδειξη ότι η σημερινή αλυσίδα αποτελεί συνέχεια μιας προγενέστερης: αντίγραφο ασφαλείας (για κρυπτογραφημένο ζητείται η φράση πρόσβασής του), εξαγωγή, αρχείο αγκυρών ή σύνοψη ελέγχου (hash) όπως είναι τυπωμένη σε σύνοψη θεραπείας (τουλάχιστον 12 δεκαεξαδικά ψηφία· τα κενά αγνοούνται)</translation>
    </message>
    <message>
        <source>with --against HASH: the entry number printed beside the hash</source>
        <translation>με --against HASH: ο αριθμός εγγραφής που είναι τυπωμένος δίπλα στη σύνοψη ελέγχου</translation>
    </message>
    <message>
        <source>read the passphrase of an encrypted backup from standard input</source>
        <translation>ανάγνωση της φράσης πρόσβασης κρυπτογραφημένου αντιγράφου ασφαλείας από την τυπική είσοδο</translation>
    </message>
    <message>
        <source>{text} is not an entry number; entries are numbered from 1</source>
        <translation>το {text} δεν είναι αριθμός εγγραφής· οι εγγραφές αριθμούνται από το 1</translation>
    </message>
    <message>
        <source>--entry goes with --against HASH (the hash printed beside it).</source>
        <translation>Το --entry χρησιμοποιείται με το --against HASH (τη σύνοψη ελέγχου που είναι τυπωμένη δίπλα του).</translation>
    </message>
    <message>
        <source>--entry goes with a typed hash, not with a file.</source>
        <translation>Το --entry χρησιμοποιείται με πληκτρολογημένη σύνοψη ελέγχου, όχι με αρχείο.</translation>
    </message>
    <message>
        <source>{error} No file has that name either.</source>
        <translation>{error} Ούτε υπάρχει αρχείο με αυτό το όνομα.</translation>
    </message>
    <message>
        <source>ANCHOR UNREADABLE: {problem}</source>
        <translation>ΑΓΚΥΡΑ ΜΗ ΑΝΑΓΝΩΣΙΜΗ: {problem}</translation>
    </message>
    <message>
        <source>ANCHOR UNREADABLE: {file}: its own chain is broken at entry {entry} ({reason}), so it anchors nothing</source>
        <translation>ΑΓΚΥΡΑ ΜΗ ΑΝΑΓΝΩΣΙΜΗ: {file}: η δική του αλυσίδα είναι σπασμένη στην εγγραφή {entry} ({reason}), άρα δεν αγκυρώνει τίποτα</translation>
    </message>
    <message>
        <source>anchor holds: {claim} from {source}: {reason}</source>
        <translation>η άγκυρα ισχύει: {claim} από {source}: {reason}</translation>
    </message>
    <message>
        <source>ANCHOR NOT HELD: {claim} from {source}: {reason}</source>
        <translation>Η ΑΓΚΥΡΑ ΔΕΝ ΙΣΧΥΕΙ: {claim} από {source}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>anchors log {file}: {held} of %n anchors held ({replaced} replaced by restores); the newest anchored entry is {newest}</source>
        <translation>
            <numerusform>αρχείο αγκυρών {file}: ισχύουν {held} από %n άγκυρα ({replaced} αντικαταστάθηκαν από επαναφορές)· η νεότερη αγκυρωμένη εγγραφή είναι η {newest}</numerusform>
            <numerusform>αρχείο αγκυρών {file}: ισχύουν {held} από %n άγκυρες ({replaced} αντικαταστάθηκαν από επαναφορές)· η νεότερη αγκυρωμένη εγγραφή είναι η {newest}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>anchors log {file}: {held} of %n anchors held; the newest anchored entry is {newest}</source>
        <translation>
            <numerusform>αρχείο αγκυρών {file}: ισχύουν {held} από %n άγκυρα· η νεότερη αγκυρωμένη εγγραφή είναι η {newest}</numerusform>
            <numerusform>αρχείο αγκυρών {file}: ισχύουν {held} από %n άγκυρες· η νεότερη αγκυρωμένη εγγραφή είναι η {newest}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ANCHORS NOT HELD: {failed} of %n anchors in {file}</source>
        <translation>
            <numerusform>ΑΓΚΥΡΕΣ ΠΟΥ ΔΕΝ ΙΣΧΥΟΥΝ: {failed} από %n άγκυρα στο {file}</numerusform>
            <numerusform>ΑΓΚΥΡΕΣ ΠΟΥ ΔΕΝ ΙΣΧΥΟΥΝ: {failed} από %n άγκυρες στο {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>  … and {count} more</source>
        <translation>  … και {count} ακόμη</translation>
    </message>
    <message>
        <source>an entry with hash {hash}</source>
        <translation>μια εγγραφή με σύνοψη ελέγχου {hash}</translation>
    </message>
    <message>
        <source>entry {entry} with hash {hash}</source>
        <translation>η εγγραφή {entry} με σύνοψη ελέγχου {hash}</translation>
    </message>
    <message>
        <source>the hash typed</source>
        <translation>η πληκτρολογημένη σύνοψη ελέγχου</translation>
    </message>
    <message>
        <source>{source} line {number} ({event} {file})</source>
        <translation>{source} γραμμή {number} ({event} {file})</translation>
    </message>
    <message>
        <source>replaced by the restore from {file} (line {line}), which kept entries up to {kept}; a later restore replaced its entry {entry} in turn</source>
        <translation>αντικαταστάθηκε από την επαναφορά από το {file} (γραμμή {line}), που διατήρησε τις εγγραφές έως την {kept}· μια μεταγενέστερη επαναφορά αντικατέστησε με τη σειρά της την εγγραφή της {entry}</translation>
    </message>
    <message>
        <source>replaced by the restore from {file} (line {line}), which kept entries up to {kept}; the chain holds its entry {entry}</source>
        <translation>αντικαταστάθηκε από την επαναφορά από το {file} (γραμμή {line}), που διατήρησε τις εγγραφές έως την {kept}· η αλυσίδα περιέχει την εγγραφή της {entry}</translation>
    </message>
    <message>
        <source>no entry of today&apos;s chain has that hash: the chain was rewritten or cut since, or the hash was mistyped</source>
        <translation>καμία εγγραφή της σημερινής αλυσίδας δεν έχει αυτή τη σύνοψη ελέγχου: η αλυσίδα ξαναγράφτηκε ή περικόπηκε από τότε, ή η σύνοψη ελέγχου πληκτρολογήθηκε λάθος</translation>
    </message>
    <message>
        <source>today&apos;s chain ends at entry {last}, before entry {entry}: entries were cut off the end of the chain</source>
        <translation>η σημερινή αλυσίδα τελειώνει στην εγγραφή {last}, πριν από την εγγραφή {entry}: αφαιρέθηκαν εγγραφές από το τέλος της αλυσίδας</translation>
    </message>
    <message>
        <source>{matches} entries have hashes that start so; give more digits or --entry</source>
        <translation>{matches} εγγραφές έχουν συνόψεις ελέγχου που αρχίζουν έτσι· δώστε περισσότερα ψηφία ή το --entry</translation>
    </message>
    <message>
        <source>entry {entry} now has the hash {hash}: the chain was rewritten at or before entry {entry}</source>
        <translation>η εγγραφή {entry} έχει τώρα τη σύνοψη ελέγχου {hash}: η αλυσίδα ξαναγράφτηκε στην εγγραφή {entry} ή πριν από αυτή</translation>
    </message>
    <message>
        <source>entry {entry} still has that hash, but the chain breaks at entry {broken}, so today&apos;s chain does not extend it whole</source>
        <translation>η εγγραφή {entry} έχει ακόμη αυτή τη σύνοψη ελέγχου, αλλά η αλυσίδα σπάει στην εγγραφή {broken}, άρα η σημερινή αλυσίδα δεν αποτελεί ακέραιη συνέχειά της</translation>
    </message>
    <message>
        <source>entry {entry} is dated {dated}, before the anchor was taken ({taken}), yet comes after entry {anchored}: it was written later and back-dated</source>
        <translation>η εγγραφή {entry} φέρει ημερομηνία {dated}, πριν από τη λήψη της άγκυρας ({taken}), όμως έρχεται μετά την εγγραφή {anchored}: γράφτηκε αργότερα με αναδρομική ημερομηνία</translation>
    </message>
    <message>
        <source>entry {entry} is dated {dated}, before entry {before} ({before_at}) that comes before it, after entry {anchored}: it was written later and back-dated (or a workstation&apos;s clock was wrong)</source>
        <translation>η εγγραφή {entry} φέρει ημερομηνία {dated}, πριν από την εγγραφή {before} ({before_at}) που προηγείται αυτής, μετά την εγγραφή {anchored}: γράφτηκε αργότερα με αναδρομική ημερομηνία (ή το ρολόι ενός σταθμού εργασίας ήταν λάθος)</translation>
    </message>
    <message>
        <source>{finding}. The database was restored in entry {entry} ({detail}): if this anchor was taken before that restore, it describes the chain the restore replaced</source>
        <translation>{finding}. Η βάση δεδομένων επαναφέρθηκε στην εγγραφή {entry} ({detail}): αν αυτή η άγκυρα λήφθηκε πριν από εκείνη την επαναφορά, περιγράφει την αλυσίδα που αντικατέστησε η επαναφορά</translation>
    </message>
    <message>
        <source>today&apos;s chain extends it: entry {entry} has that hash, and it is the head</source>
        <translation>η σημερινή αλυσίδα αποτελεί συνέχειά της: η εγγραφή {entry} έχει αυτή τη σύνοψη ελέγχου και είναι η τελευταία</translation>
    </message>
    <message>
        <source>today&apos;s chain extends it: entry {entry} has that hash, and 1 entry follows it</source>
        <translation>η σημερινή αλυσίδα αποτελεί συνέχειά της: η εγγραφή {entry} έχει αυτή τη σύνοψη ελέγχου και ακολουθεί 1 εγγραφή</translation>
    </message>
    <message>
        <source>today&apos;s chain extends it: entry {entry} has that hash, and {follows} entries follow it</source>
        <translation>η σημερινή αλυσίδα αποτελεί συνέχειά της: η εγγραφή {entry} έχει αυτή τη σύνοψη ελέγχου και ακολουθούν {follows} εγγραφές</translation>
    </message>
</context>
<context>
    <name>cli.backups</name>
    <message>
        <source>Standard input ended before the backup passphrase ({prompt}).</source>
        <translation>Η τυπική είσοδος τελείωσε πριν από τη φράση πρόσβασης του αντιγράφου ασφαλείας ({prompt}).</translation>
    </message>
    <message>
        <source>Passphrase of {file}</source>
        <translation>Φράση πρόσβασης του {file}</translation>
    </message>
    <message>
        <source>take a checked copy of the database while it may be in use</source>
        <translation>δημιουργία ελεγμένου αντιγράφου της βάσης δεδομένων, ενώ μπορεί να χρησιμοποιείται</translation>
    </message>
    <message>
        <source>the file or folder to write (default: the backup folder from the settings)</source>
        <translation>το αρχείο ή ο φάκελος εγγραφής (προεπιλογή: ο φάκελος αντιγράφων ασφαλείας από τις ρυθμίσεις)</translation>
    </message>
    <message>
        <source>encrypt the copy (AES-GCM) with a passphrase, asked or read from standard input</source>
        <translation>κρυπτογράφηση του αντιγράφου (AES-GCM) με φράση πρόσβασης, που ζητείται ή διαβάζεται από την τυπική είσοδο</translation>
    </message>
    <message>
        <source>read the passphrase from standard input</source>
        <translation>ανάγνωση της φράσης πρόσβασης από την τυπική είσοδο</translation>
    </message>
    <message>
        <source>check a backup, keep a copy of the current database, then restore the backup</source>
        <translation>έλεγχος αντιγράφου ασφαλείας, διατήρηση αντιγράφου της τρέχουσας βάσης δεδομένων και στη συνέχεια επαναφορά του αντιγράφου ασφαλείας</translation>
    </message>
    <message>
        <source>the backup to restore; with --password-stdin, the passphrase of an encrypted one is the line after the password</source>
        <translation>το αντίγραφο ασφαλείας προς επαναφορά· με --password-stdin, η φράση πρόσβασης ενός κρυπτογραφημένου αντιγράφου είναι η γραμμή μετά τον κωδικό πρόσβασης</translation>
    </message>
    <message>
        <source>Passphrase for the backup</source>
        <translation>Φράση πρόσβασης για το αντίγραφο ασφαλείας</translation>
    </message>
    <message>
        <source>--passphrase-stdin goes with --encrypt.</source>
        <translation>Το --passphrase-stdin χρησιμοποιείται μαζί με το --encrypt.</translation>
    </message>
    <message>
        <source>encrypted backup written and checked: {path} ({size} bytes; {patients}, {sessions}; integrity and foreign keys ok)</source>
        <translation>το κρυπτογραφημένο αντίγραφο ασφαλείας γράφτηκε και ελέγχθηκε: {path} ({size} byte· {patients}, {sessions}· ακεραιότητα και ξένα κλειδιά εντάξει)</translation>
    </message>
    <message>
        <source>backup written and checked: {path} ({size} bytes; {patients}, {sessions}; integrity and foreign keys ok)</source>
        <translation>το αντίγραφο ασφαλείας γράφτηκε και ελέγχθηκε: {path} ({size} byte· {patients}, {sessions}· ακεραιότητα και ξένα κλειδιά εντάξει)</translation>
    </message>
    <message>
        <source>not in the audit log: the database&apos;s disk is full. Once there is room, take another backup so that the log records one.</source>
        <translation>δεν καταγράφηκε στο αρχείο ελέγχου: ο δίσκος της βάσης δεδομένων είναι γεμάτος. Μόλις υπάρξει χώρος, δημιουργήστε νέο αντίγραφο ασφαλείας ώστε να καταγραφεί στο αρχείο ελέγχου.</translation>
    </message>
    <message>
        <source>restored from {source}, upgraded from schema {schema}: {patients}, {sessions}; the database as it was is kept at {copy}</source>
        <translation>επαναφορά από το {source}, με αναβάθμιση από το σχήμα {schema}: {patients}, {sessions}· η βάση δεδομένων όπως ήταν διατηρείται στο {copy}</translation>
    </message>
    <message>
        <source>restored from {source}: {patients}, {sessions}; the database as it was is kept at {copy}</source>
        <translation>επαναφορά από το {source}: {patients}, {sessions}· η βάση δεδομένων όπως ήταν διατηρείται στο {copy}</translation>
    </message>
    <message>
        <source>--encrypt is for SQLite databases: a PostgreSQL dump is kept safe by where it goes (docs/clinic-server.md). Nothing was written.</source>
        <translation>Το --encrypt ισχύει για βάσεις SQLite: ένα αντίγραφο PostgreSQL προστατεύεται από το πού φυλάσσεται (docs/clinic-server.md). Δεν γράφτηκε τίποτα.</translation>
    </message>
    <message>
        <source>backup written and checked: {path} ({size} bytes; {patients}, {sessions})
restored into a scratch database and checked there: schema {schema}; the audit chain is whole up to entry {entry}, which is the database&apos;s own entry {entry} ({hash}); records compared with their audit entries: {records}, all as recorded; the guards of signed records are intact. The scratch database was dropped.</source>
        <translation>το αντίγραφο ασφαλείας γράφτηκε και ελέγχθηκε: {path} ({size} byte· {patients}, {sessions})
επαναφέρθηκε σε προσωρινή βάση δεδομένων και ελέγχθηκε εκεί: σχήμα {schema}· η αλυσίδα ελέγχου είναι ακέραιη έως την εγγραφή {entry}, που είναι η ίδια η εγγραφή {entry} της βάσης δεδομένων ({hash})· καταχωρίσεις που συγκρίθηκαν με τις εγγραφές τους: {records}, όλες όπως καταγράφηκαν· οι προστασίες των υπογεγραμμένων καταχωρίσεων είναι ακέραιες. Η προσωρινή βάση δεδομένων διαγράφηκε.</translation>
    </message>
    <message>
        <source>restored from {source} into the new database {database}: {patients}, {sessions}; the audit chain is whole up to entry {entry}, records and guards checked</source>
        <translation>επαναφορά από το {source} στη νέα βάση δεδομένων {database}: {patients}, {sessions}· η αλυσίδα ελέγχου είναι ακέραιη έως την εγγραφή {entry}, καταχωρίσεις και προστασίες ελέγχθηκαν</translation>
    </message>
    <message>
        <source>its schema was upgraded from {schema}</source>
        <translation>το σχήμα της αναβαθμίστηκε από το {schema}</translation>
    </message>
    <message>
        <source>The database in use, {replaced}, was left as it was. To work on the restored one, close mesolog on every workstation, then point them at it (MESOLOG_DB={location}) or swap the two databases&apos; names on the server (ALTER DATABASE … RENAME TO …).</source>
        <translation>Η βάση δεδομένων σε χρήση, {replaced}, έμεινε όπως ήταν. Για να εργαστείτε στην επαναφερμένη, κλείστε το mesolog σε κάθε σταθμό εργασίας και στρέψτε τους σε αυτήν (MESOLOG_DB={location}) ή ανταλλάξτε τα ονόματα των δύο βάσεων στον διακομιστή (ALTER DATABASE … RENAME TO …).</translation>
    </message>
</context>
<context>
    <name>cli.catalogue</name>
    <message>
        <source>{text} is not a number; write it with a decimal point, e.g. 1.5</source>
        <translation>το {text} δεν είναι αριθμός· γράψτε τον με τελεία ως υποδιαστολή, π.χ. 1.5</translation>
    </message>
    <message>
        <source>{text} is not a price; write it with a decimal point, e.g. 18.40</source>
        <translation>το {text} δεν είναι τιμή· γράψτε την με τελεία ως υποδιαστολή, π.χ. 18.40</translation>
    </message>
    <message>
        <source>default: table</source>
        <translation>προεπιλογή: table</translation>
    </message>
    <message>
        <source>the product catalogue</source>
        <translation>ο κατάλογος προϊόντων</translation>
    </message>
    <message>
        <source>list the products</source>
        <translation>λίστα των προϊόντων</translation>
    </message>
    <message>
        <source>include retired products</source>
        <translation>συμπερίληψη και των αποσυρμένων προϊόντων</translation>
    </message>
    <message>
        <source>add a product</source>
        <translation>προσθήκη προϊόντος</translation>
    </message>
    <message>
        <source>its name (1 to 200 characters)</source>
        <translation>το όνομά του (1 έως 200 χαρακτήρες)</translation>
    </message>
    <message>
        <source>as printed, e.g. 1.5%% or 20 mg/ml</source>
        <translation>όπως είναι τυπωμένη, π.χ. 1.5%% ή 20 mg/ml</translation>
    </message>
    <message>
        <source>the barcode&apos;s GTIN: 8, 12, 13 or 14 digits</source>
        <translation>ο GTIN του γραμμωτού κώδικα: 8, 12, 13 ή 14 ψηφία</translation>
    </message>
    <message>
        <source>what a session usually uses, in the product&apos;s unit</source>
        <translation>η ποσότητα που χρησιμοποιεί συνήθως μια συνεδρία, στη μονάδα του προϊόντος</translation>
    </message>
    <message>
        <source>price per unit, at most 2 decimals</source>
        <translation>τιμή ανά μονάδα, το πολύ 2 δεκαδικά ψηφία</translation>
    </message>
    <message>
        <source>stop offering a product; the sessions that used it keep it</source>
        <translation>απόσυρση προϊόντος· οι συνεδρίες που το χρησιμοποίησαν το διατηρούν</translation>
    </message>
    <message>
        <source>the lots of the catalogue&apos;s products</source>
        <translation>οι παρτίδες των προϊόντων του καταλόγου</translation>
    </message>
    <message>
        <source>list the lots, newest expiry first</source>
        <translation>λίστα των παρτίδων, πρώτα εκείνες με την πιο απώτερη λήξη</translation>
    </message>
    <message>
        <source>one product&apos;s lots</source>
        <translation>οι παρτίδες ενός προϊόντος</translation>
    </message>
    <message>
        <source>add a lot</source>
        <translation>προσθήκη παρτίδας</translation>
    </message>
    <message>
        <source>the lot number printed on the product</source>
        <translation>ο αριθμός παρτίδας που είναι τυπωμένος στο προϊόν</translation>
    </message>
    <message>
        <source>received, in the product&apos;s unit</source>
        <translation>ποσότητα που παραλήφθηκε, στη μονάδα του προϊόντος</translation>
    </message>
    <message>
        <source>product retired: {product}</source>
        <translation>το προϊόν αποσύρθηκε: {product}</translation>
    </message>
    <message>
        <source>lot added: {lot} of {product}, expiry {expiry}</source>
        <translation>προστέθηκε παρτίδα: {lot} του {product}, λήξη {expiry}</translation>
    </message>
    <message>
        <source>product: no product is named {named} or has it as GTIN; `mesolog products list --retired` lists them all</source>
        <translation>προϊόν: κανένα προϊόν δεν ονομάζεται {named} ούτε το έχει ως GTIN· το `mesolog products list --retired` τα εμφανίζει όλα</translation>
    </message>
    <message>
        <source>product added: {product}, GTIN {gtin}</source>
        <translation>προστέθηκε προϊόν: {product}, GTIN {gtin}</translation>
    </message>
    <message>
        <source>product added: {product}</source>
        <translation>προστέθηκε προϊόν: {product}</translation>
    </message>
</context>
<context>
    <name>cli.catalogue_adoption</name>
    <message>
        <source>add to the catalogue the products and lots the signed sessions used</source>
        <translation>προσθήκη στον κατάλογο των προϊόντων και των παρτίδων που χρησιμοποίησαν οι υπογεγραμμένες συνεδρίες</translation>
    </message>
    <message>
        <source>Adds a product for each product name of the signed, current sessions that the catalogue lacks (names compared without case or accents; solution and concentration as most recently used, default volume the median used), and a lot for each of its lot numbers (compared upper-cased), expiring on the latest expiry the sessions give. A lot no session gives an expiry for is listed and skipped. A second run adds nothing. For clinicians and administrators.</source>
        <translation>Προσθέτει ένα προϊόν για κάθε όνομα προϊόντος των υπογεγραμμένων, τρεχουσών συνεδριών που λείπει από τον κατάλογο (τα ονόματα συγκρίνονται χωρίς διάκριση πεζών/κεφαλαίων και τόνων· διάλυμα και συγκέντρωση όπως χρησιμοποιήθηκαν πιο πρόσφατα, προεπιλεγμένος όγκος η διάμεση τιμή των ποσοτήτων που χρησιμοποιήθηκαν), και μια παρτίδα για κάθε αριθμό παρτίδας του (η σύγκριση γίνεται σε κεφαλαία), με λήξη την πιο απώτερη λήξη που δίνουν οι συνεδρίες. Μια παρτίδα για την οποία καμία συνεδρία δεν δίνει λήξη εμφανίζεται στη λίστα και παραλείπεται. Μια δεύτερη εκτέλεση δεν προσθέτει τίποτα. Για θεράποντες ιατρούς και διαχειριστές.</translation>
    </message>
    <message>
        <source>the product catalogue</source>
        <translation>ο κατάλογος προϊόντων</translation>
    </message>
</context>
<context>
    <name>cli.counts</name>
    <message numerus="yes">
        <source>%n patients</source>
        <translation>
            <numerusform>%n ασθενής</numerusform>
            <numerusform>%n ασθενείς</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n courses</source>
        <translation>
            <numerusform>%n θεραπευτικό πρόγραμμα</numerusform>
            <numerusform>%n θεραπευτικά προγράμματα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n συνεδρία</numerusform>
            <numerusform>%n συνεδρίες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n products</source>
        <translation>
            <numerusform>%n προϊόν</numerusform>
            <numerusform>%n προϊόντα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lots</source>
        <translation>
            <numerusform>%n παρτίδα</numerusform>
            <numerusform>%n παρτίδες</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.credentials</name>
    <message>
        <source>Standard input ended before the password ({prompt}).</source>
        <translation>Η τυπική είσοδος τελείωσε πριν από τον κωδικό πρόσβασης ({prompt}).</translation>
    </message>
    <message>
        <source>Standard input ended before the database server&apos;s password ({prompt}).</source>
        <translation>Η τυπική είσοδος τελείωσε πριν από τον κωδικό πρόσβασης του διακομιστή της βάσης δεδομένων ({prompt}).</translation>
    </message>
    <message>
        <source>warning: the password in --db can be read by anyone on this computer in the process list. Give it with PGPASSWORD, ~/.pgpass or a service file, or on standard input with --db-password-stdin.</source>
        <translation>προειδοποίηση: ο κωδικός πρόσβασης στο --db μπορεί να διαβαστεί από οποιονδήποτε σε αυτόν τον υπολογιστή στη λίστα διεργασιών. Δώστε τον με το PGPASSWORD, το ~/.pgpass ή ένα αρχείο υπηρεσίας (service file), ή στην τυπική είσοδο με το --db-password-stdin.</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Οι δύο κωδικοί πρόσβασης διαφέρουν· δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Οι δύο φράσεις πρόσβασης διαφέρουν· δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>No terminal to ask the password on; use {option}.</source>
        <translation>Δεν υπάρχει τερματικό για να ζητηθεί ο κωδικός πρόσβασης· χρησιμοποιήστε το {option}.</translation>
    </message>
    <message>
        <source>No terminal to ask the passphrase on; use {option}.</source>
        <translation>Δεν υπάρχει τερματικό για να ζητηθεί η φράση πρόσβασης· χρησιμοποιήστε το {option}.</translation>
    </message>
    <message>
        <source>No terminal to ask on ({prompt}); give it on standard input with {option}.</source>
        <translation>Δεν υπάρχει τερματικό για την ερώτηση ({prompt})· δώστε την τιμή στην τυπική είσοδο με το {option}.</translation>
    </message>
    <message>
        <source>{prompt} (again)</source>
        <translation>{prompt} (ξανά)</translation>
    </message>
    <message>
        <source>The file and the database password cannot both come from standard input.</source>
        <translation>Το αρχείο και ο κωδικός πρόσβασης της βάσης δεδομένων δεν μπορούν να προέρχονται και τα δύο από την τυπική είσοδο.</translation>
    </message>
    <message>
        <source>Password of the database server</source>
        <translation>Κωδικός πρόσβασης του διακομιστή της βάσης δεδομένων</translation>
    </message>
    <message>
        <source>This database has accounts: give --user NAME (the password is asked, or read from standard input with --password-stdin).</source>
        <translation>Αυτή η βάση δεδομένων έχει λογαριασμούς: δώστε --user NAME (ο κωδικός πρόσβασης ζητείται ή διαβάζεται από την τυπική είσοδο με το --password-stdin).</translation>
    </message>
    <message>
        <source>Password for {user}</source>
        <translation>Κωδικός πρόσβασης για τον χρήστη {user}</translation>
    </message>
    <message>
        <source>warning: the log-in of {user} could not be recorded in the audit log: the database&apos;s disk is full. Commands that change records are refused until there is room.</source>
        <translation>προειδοποίηση: η σύνδεση του χρήστη {user} δεν ήταν δυνατό να καταγραφεί στο αρχείο ελέγχου: ο δίσκος της βάσης δεδομένων είναι γεμάτος. Οι εντολές που αλλάζουν καταχωρίσεις απορρίπτονται μέχρι να υπάρξει χώρος.</translation>
    </message>
</context>
<context>
    <name>cli.desktop_entry</name>
    <message>
        <source>add mesolog to this Linux desktop&apos;s menu, for you only ($XDG_DATA_HOME/applications and its icon theme)</source>
        <translation>προσθήκη του mesolog στο μενού αυτής της επιφάνειας εργασίας Linux, μόνο για εσάς ($XDG_DATA_HOME/applications και το θέμα εικονιδίων του)</translation>
    </message>
    <message>
        <source>Adds mesolog&apos;s desktop entry and icon to your menu (nothing outside $XDG_DATA_HOME, ~/.local/share by default); the entry starts this mesolog. Run it again after moving mesolog.</source>
        <translation>Προσθέτει την καταχώριση επιφάνειας εργασίας και το εικονίδιο του mesolog στο μενού σας (τίποτα εκτός του $XDG_DATA_HOME, από προεπιλογή ~/.local/share)· η καταχώριση εκκινεί αυτό το mesolog. Εκτελέστε ξανά την εντολή αν μετακινήσετε το mesolog.</translation>
    </message>
    <message>
        <source>remove the entry and icons this command installed</source>
        <translation>αφαίρεση της καταχώρισης και των εικονιδίων που εγκατέστησε αυτή η εντολή</translation>
    </message>
    <message>
        <source>{command} adds mesolog to a Linux desktop&apos;s menu; this computer runs {system}. On Windows, mesolog&apos;s installer adds the Start-menu entry.</source>
        <translation>Το {command} προσθέτει το mesolog στο μενού μιας επιφάνειας εργασίας Linux· αυτός ο υπολογιστής εκτελεί {system}. Στα Windows, το πρόγραμμα εγκατάστασης του mesolog προσθέτει την καταχώριση στο μενού Έναρξη.</translation>
    </message>
    <message>
        <source>no desktop entry of mesolog is installed in {folder}</source>
        <translation>δεν είναι εγκατεστημένη καταχώριση επιφάνειας εργασίας του mesolog στον φάκελο {folder}</translation>
    </message>
    <message>
        <source>removed {path}</source>
        <translation>αφαιρέθηκε το {path}</translation>
    </message>
    <message>
        <source>desktop entry installed: {path}</source>
        <translation>εγκαταστάθηκε η καταχώριση επιφάνειας εργασίας: {path}</translation>
    </message>
    <message>
        <source>it starts {command}</source>
        <translation>εκκινεί το {command}</translation>
    </message>
    <message>
        <source>icons: {count} in {folder}</source>
        <translation>εικονίδια: {count} στον φάκελο {folder}</translation>
    </message>
    <message>
        <source>{argument} has a control character, which a menu cannot run.</source>
        <translation>Το {argument} περιέχει χαρακτήρα ελέγχου, τον οποίο ένα μενού δεν μπορεί να εκτελέσει.</translation>
    </message>
    <message>
        <source>{argument} is not UTF-8 text, which a desktop entry must be.</source>
        <translation>Το {argument} δεν είναι κείμενο UTF-8, όπως πρέπει να είναι σε μια καταχώριση επιφάνειας εργασίας.</translation>
    </message>
    <message>
        <source>{program} has a &apos;%&apos; in its path, which GNOME&apos;s menu cannot start; move mesolog to a folder whose path has none, then install the entry again.</source>
        <translation>Το {program} έχει ένα &apos;%&apos; στη διαδρομή του, κάτι που εμποδίζει το μενού του GNOME να το εκκινήσει· μετακινήστε το mesolog σε φάκελο χωρίς &apos;%&apos; στη διαδρομή του και εγκαταστήστε ξανά την καταχώριση.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {reason}. The desktop entry is not installed; run `mesolog {command} --uninstall` to remove any part written.</source>
        <translation>Δεν είναι δυνατή η εγγραφή του {path}: {reason}. Η καταχώριση επιφάνειας εργασίας δεν εγκαταστάθηκε· εκτελέστε `mesolog {command} --uninstall` για να αφαιρέσετε ό,τι γράφτηκε.</translation>
    </message>
</context>
<context>
    <name>cli.encryption</name>
    <message>
        <source>read the database passphrase from standard input (the first line, before any password --password-stdin reads) instead of asking on the terminal</source>
        <translation>ανάγνωση της φράσης πρόσβασης της βάσης δεδομένων από την τυπική είσοδο (η πρώτη γραμμή, πριν από κάθε κωδικό πρόσβασης που διαβάζει το --password-stdin) αντί για ερώτηση στο τερματικό</translation>
    </message>
    <message>
        <source>Secrets never come from arguments. On standard input they are one a line, in this order: the database passphrase (--db-passphrase-stdin) of an encrypted database or the PostgreSQL server&apos;s password (--db-password-stdin), the acting user&apos;s password (--password-stdin), then what the command sets (a new password, a backup&apos;s passphrase, a new database passphrase).</source>
        <translation>Τα μυστικά δεν δίνονται ποτέ ως ορίσματα. Στην τυπική είσοδο δίνονται ένα ανά γραμμή, με αυτή τη σειρά: η φράση πρόσβασης μιας κρυπτογραφημένης βάσης δεδομένων (--db-passphrase-stdin) ή ο κωδικός πρόσβασης του διακομιστή PostgreSQL (--db-password-stdin), ο κωδικός πρόσβασης του χρήστη που ενεργεί (--password-stdin) και μετά ό,τι ορίζει η εντολή (νέος κωδικός πρόσβασης, φράση πρόσβασης αντιγράφου ασφαλείας, νέα φράση πρόσβασης βάσης δεδομένων).</translation>
    </message>
    <message>
        <source>encrypt a plain database with a new passphrase (SQLCipher); mesolog must be closed everywhere the database is open</source>
        <translation>κρυπτογράφηση μιας μη κρυπτογραφημένης βάσης δεδομένων με νέα φράση πρόσβασης (SQLCipher)· το mesolog πρέπει να είναι κλειστό παντού όπου είναι ανοιχτή η βάση δεδομένων</translation>
    </message>
    <message>
        <source>Encrypt the plain database with a new passphrase (asked twice; at least {minimum} characters). The database as it was is kept beside it as NAME.before-encryption-TIMESTAMP.sqlite, NOT encrypted: delete it (securely) once the encrypted database is checked. Close mesolog on every workstation first. Backups of an encrypted database are encrypted with its passphrase.</source>
        <translation>Κρυπτογραφεί τη μη κρυπτογραφημένη βάση δεδομένων με νέα φράση πρόσβασης (ζητείται δύο φορές· τουλάχιστον {minimum} χαρακτήρες). Η βάση δεδομένων όπως ήταν διατηρείται δίπλα της ως NAME.before-encryption-TIMESTAMP.sqlite, ΧΩΡΙΣ κρυπτογράφηση: διαγράψτε την (με ασφάλεια) μόλις ελεγχθεί η κρυπτογραφημένη βάση δεδομένων. Κλείστε πρώτα το mesolog σε κάθε σταθμό εργασίας. Τα αντίγραφα ασφαλείας μιας κρυπτογραφημένης βάσης δεδομένων κρυπτογραφούνται με τη φράση πρόσβασής της.</translation>
    </message>
    <message>
        <source>change the passphrase of an encrypted database; mesolog must be closed everywhere the database is open</source>
        <translation>αλλαγή της φράσης πρόσβασης μιας κρυπτογραφημένης βάσης δεδομένων· το mesolog πρέπει να είναι κλειστό παντού όπου είναι ανοιχτή η βάση δεδομένων</translation>
    </message>
    <message>
        <source>Encrypt the database with a new passphrase (asked twice) instead of its current one. Backups taken before open only with the former passphrase. Close mesolog on every workstation first.</source>
        <translation>Κρυπτογραφεί τη βάση δεδομένων με νέα φράση πρόσβασης (ζητείται δύο φορές) στη θέση της τρέχουσας. Τα αντίγραφα ασφαλείας που δημιουργήθηκαν πριν ανοίγουν μόνο με την προηγούμενη φράση πρόσβασης. Κλείστε πρώτα το mesolog σε κάθε σταθμό εργασίας.</translation>
    </message>
    <message>
        <source>Standard input ended before the database passphrase ({prompt}).</source>
        <translation>Η τυπική είσοδος τελείωσε πριν από τη φράση πρόσβασης της βάσης δεδομένων ({prompt}).</translation>
    </message>
    <message>
        <source>Passphrase of the database {location}</source>
        <translation>Φράση πρόσβασης της βάσης δεδομένων {location}</translation>
    </message>
    <message>
        <source>{location} is not an SQLite file: only SQLite files are encrypted.</source>
        <translation>Το {location} δεν είναι αρχείο SQLite: κρυπτογραφούνται μόνο αρχεία SQLite.</translation>
    </message>
    <message>
        <source>The database {location} exists and is not encrypted; encrypt it with `mesolog --db {location} encrypt`. Nothing was changed.</source>
        <translation>Η βάση δεδομένων {location} υπάρχει και δεν είναι κρυπτογραφημένη· κρυπτογραφήστε την με `mesolog --db {location} encrypt`. Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>The database {location} is not encrypted: leave out {option}. Nothing was read or changed.</source>
        <translation>Η βάση δεδομένων {location} δεν είναι κρυπτογραφημένη: παραλείψτε το {option}. Δεν διαβάστηκε ούτε άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>New passphrase for the database {location}</source>
        <translation>Νέα φράση πρόσβασης για τη βάση δεδομένων {location}</translation>
    </message>
    <message>
        <source>The database {location} is encrypted already; change its passphrase with `mesolog --db {location} passphrase`. Nothing was changed.</source>
        <translation>Η βάση δεδομένων {location} είναι ήδη κρυπτογραφημένη· αλλάξτε τη φράση πρόσβασής της με `mesolog --db {location} passphrase`. Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>The database {location} is not encrypted, so it has no passphrase to change; encrypt it with `mesolog --db {location} encrypt`.</source>
        <translation>Η βάση δεδομένων {location} δεν είναι κρυπτογραφημένη, επομένως δεν έχει φράση πρόσβασης για αλλαγή· κρυπτογραφήστε την με `mesolog --db {location} encrypt`.</translation>
    </message>
    <message>
        <source>passphrase changed: {path} ({tables} tables, {rows} rows copied and checked)</source>
        <translation>η φράση πρόσβασης άλλαξε: {path} ({tables} πίνακες, {rows} γραμμές αντιγράφηκαν και ελέγχθηκαν)</translation>
    </message>
    <message>
        <source>Backups taken before open only with the former passphrase; take a new backup.</source>
        <translation>Τα αντίγραφα ασφαλείας που δημιουργήθηκαν πριν ανοίγουν μόνο με την προηγούμενη φράση πρόσβασης· δημιουργήστε νέο αντίγραφο ασφαλείας.</translation>
    </message>
    <message>
        <source>encrypted: {path} ({tables} tables, {rows} rows copied and checked)</source>
        <translation>κρυπτογραφήθηκε: {path} ({tables} πίνακες, {rows} γραμμές αντιγράφηκαν και ελέγχθηκαν)</translation>
    </message>
    <message>
        <source>The database as it was is kept at {copy}: that copy is NOT encrypted. Delete it (securely) once `mesolog check` passes on the encrypted database.</source>
        <translation>Η βάση δεδομένων όπως ήταν διατηρείται στο {copy}: αυτό το αντίγραφο ΔΕΝ είναι κρυπτογραφημένο. Διαγράψτε το (με ασφάλεια) μόλις το `mesolog check` ολοκληρωθεί επιτυχώς στην κρυπτογραφημένη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>Backups taken before now are not encrypted; backups from now on are encrypted with the database&apos;s passphrase. Without the passphrase neither the database nor its backups can be opened: keep it safe.</source>
        <translation>Τα αντίγραφα ασφαλείας που δημιουργήθηκαν έως τώρα δεν είναι κρυπτογραφημένα· τα αντίγραφα ασφαλείας από εδώ και πέρα κρυπτογραφούνται με τη φράση πρόσβασης της βάσης δεδομένων. Χωρίς τη φράση πρόσβασης δεν μπορούν να ανοίξουν ούτε η βάση δεδομένων ούτε τα αντίγραφα ασφαλείας της: φυλάξτε τη με ασφάλεια.</translation>
    </message>
</context>
<context>
    <name>cli.main</name>
    <message>
        <source>Treatment records for mesotherapy and micro-needling clinics. Without a command, opens the window.</source>
        <translation>Καταγραφή θεραπειών για ιατρεία μεσοθεραπείας και μικροβελονισμού. Χωρίς εντολή, ανοίγει το παράθυρο.</translation>
    </message>
    <message>
        <source>the language of mesolog&apos;s messages, here and in the window it opens: el (Greek) or en (English); default: $MESOLOG_LANGUAGE, else the one chosen in the window&apos;s Settings on this computer, else the system&apos;s</source>
        <translation>η γλώσσα των μηνυμάτων του mesolog, εδώ και στο παράθυρο που ανοίγει: el (ελληνικά) ή en (αγγλικά)· προεπιλογή: το $MESOLOG_LANGUAGE, αλλιώς αυτή που επιλέχθηκε στις Ρυθμίσεις του παραθύρου σε αυτόν τον υπολογιστή, αλλιώς η γλώσσα του συστήματος</translation>
    </message>
    <message>
        <source>{option} do not apply to `{command}`: it acts as no account</source>
        <translation>Το {option} δεν ισχύει για το `{command}`: η εντολή δεν ενεργεί ως κάποιος λογαριασμός</translation>
    </message>
    <message>
        <source>{option} and {other} do not apply to `{command}`: it acts as no account</source>
        <translation>Τα {option} και {other} δεν ισχύουν για το `{command}`: η εντολή δεν ενεργεί ως κάποιος λογαριασμός</translation>
    </message>
    <message>
        <source>interrupted; nothing was written</source>
        <translation>διακόπηκε· δεν γράφτηκε τίποτα</translation>
    </message>
    <message>
        <source>internal error (a bug, please report it):</source>
        <translation>εσωτερικό σφάλμα (σφάλμα λογισμικού, παρακαλούμε αναφέρετέ το):</translation>
    </message>
</context>
<context>
    <name>cli.migrate</name>
    <message>
        <source>Standard input ended before the password of the server moved to ({prompt}).</source>
        <translation>Η τυπική είσοδος τελείωσε πριν από τον κωδικό πρόσβασης του διακομιστή προορισμού ({prompt}).</translation>
    </message>
    <message>
        <source>warning: the password in --to can be read by anyone on this computer in the process list. Give it with PGPASSWORD, ~/.pgpass or a service file, or on standard input with --to-password-stdin.</source>
        <translation>προειδοποίηση: τον κωδικό πρόσβασης στο --to μπορεί να τον διαβάσει οποιοσδήποτε σε αυτόν τον υπολογιστή στη λίστα διεργασιών. Δώστε τον με PGPASSWORD, ~/.pgpass ή αρχείο υπηρεσίας, ή στην τυπική είσοδο με --to-password-stdin.</translation>
    </message>
    <message>
        <source>move the clinic from its SQLite file (--db) into an empty PostgreSQL database; all or nothing</source>
        <translation>μεταφορά του ιατρείου από το αρχείο SQLite του (--db) σε κενή βάση δεδομένων PostgreSQL· όλα ή τίποτα</translation>
    </message>
    <message>
        <source>Copy every record, every version and the audit log of the SQLite file named by --db (plain or encrypted) into an empty PostgreSQL database, then check it there. All or nothing: the copy is one transaction on the server, so a failure or Ctrl-C leaves the server&apos;s database empty, and the copy is removed again should `audit verify` fail on the server. The file is upgraded to this version first if it is older, and otherwise only read. Close mesolog on every workstation first. Connect as the role that owns the schema (it switches the guard triggers off for the copy&apos;s own transaction).</source>
        <translation>Αντιγραφή κάθε καταχώρισης, κάθε έκδοσης και του αρχείου ελέγχου του αρχείου SQLite που ορίζει το --db (απλού ή κρυπτογραφημένου) σε κενή βάση δεδομένων PostgreSQL, και έλεγχός τους εκεί. Όλα ή τίποτα: η αντιγραφή είναι μία συναλλαγή στον διακομιστή, οπότε μια αποτυχία ή το Ctrl-C αφήνει κενή τη βάση δεδομένων του διακομιστή, και το αντίγραφο αφαιρείται ξανά αν αποτύχει το `audit verify` στον διακομιστή. Το αρχείο αναβαθμίζεται πρώτα σε αυτή την έκδοση αν είναι παλαιότερο, και κατά τα άλλα μόνο διαβάζεται. Κλείστε πρώτα το mesolog σε κάθε σταθμό εργασίας. Συνδεθείτε ως ο ρόλος που κατέχει το σχήμα (η αντιγραφή απενεργοποιεί τα εναύσματα (triggers) προστασίας για τη δική της συναλλαγή).</translation>
    </message>
    <message>
        <source>the empty PostgreSQL database, as postgresql+psycopg://USER@HOST/DATABASE or postgresql+psycopg:///?service=NAME; leave its password out</source>
        <translation>η κενή βάση δεδομένων PostgreSQL, ως postgresql+psycopg://USER@HOST/DATABASE ή postgresql+psycopg:///?service=NAME· χωρίς τον κωδικό πρόσβασής της</translation>
    </message>
    <message>
        <source>read the PostgreSQL server&apos;s password from standard input (after the file&apos;s passphrase, when --db-passphrase-stdin reads that too)</source>
        <translation>ανάγνωση του κωδικού πρόσβασης του διακομιστή PostgreSQL από την τυπική είσοδο (μετά τη φράση πρόσβασης του αρχείου, όταν τη διαβάζει και αυτή το --db-passphrase-stdin)</translation>
    </message>
    <message>
        <source>Password of the server moved to</source>
        <translation>Κωδικός πρόσβασης του διακομιστή προορισμού</translation>
    </message>
    <message>
        <source>copied {place} of {tables} tables: {table}, rows: {rows}</source>
        <translation>αντιγράφηκαν {place} από {tables} πίνακες: {table}, γραμμές: {rows}</translation>
    </message>
    <message>
        <source>moved to {target}, all or nothing (one transaction on the server)</source>
        <translation>μεταφέρθηκε στη {target}, όλα ή τίποτα (μία συναλλαγή στον διακομιστή)</translation>
    </message>
    <message>
        <source>{rows} rows in {tables} tables: each table has as many rows on the server as in the file, and the same digest (the two columns above: the start of the SHA-256 of its rows in key order).</source>
        <translation>{rows} γραμμές σε {tables} πίνακες: κάθε πίνακας έχει στον διακομιστή όσες γραμμές και στο αρχείο, και την ίδια σύνοψη ελέγχου (οι δύο στήλες παραπάνω: η αρχή του SHA-256 των γραμμών του με τη σειρά του κλειδιού).</translation>
    </message>
    <message>
        <source>audit verify on the server: intact, {entries} entries (the file&apos;s {file_entries} and the migration&apos;s own), {records} records compared with their entries, guards in place; the file&apos;s chain head {head}, the server&apos;s now {last}.</source>
        <translation>audit verify στον διακομιστή: ακέραιη, {entries} εγγραφές (οι {file_entries} του αρχείου και η εγγραφή της μεταφοράς), {records} καταχωρίσεις συγκρίθηκαν με τις εγγραφές τους, οι προστασίες στη θέση τους· η κορυφή της αλυσίδας ελέγχου του αρχείου {head}, του διακομιστή τώρα {last}.</translation>
    </message>
    <message>
        <source>The SQLite file {path} was left as it was: keep it as the record of the move. Point every workstation at the server (MESOLOG_DB={target}) before opening mesolog again.</source>
        <translation>Το αρχείο SQLite {path} έμεινε όπως ήταν: κρατήστε το ως τεκμήριο της μεταφοράς. Στρέψτε κάθε σταθμό εργασίας στον διακομιστή (MESOLOG_DB={target}) πριν ανοίξετε ξανά το mesolog.</translation>
    </message>
    <message>
        <source>{seconds} s, {rate} rows a second</source>
        <translation>{seconds} δευτ., {rate} γραμμές το δευτερόλεπτο</translation>
    </message>
</context>
<context>
    <name>cli.options</name>
    <message>
        <source>database file path or SQLAlchemy URL (default: $MESOLOG_DB, else mesolog.sqlite in the user&apos;s data folder). Leave a PostgreSQL password out of it: anyone on the computer can read the arguments in the process list. PostgreSQL takes the password from PGPASSWORD, ~/.pgpass or a service file (postgresql+psycopg:///?service=NAME), or give --db-password-stdin</source>
        <translation>διαδρομή αρχείου βάσης δεδομένων ή URL του SQLAlchemy (προεπιλογή: $MESOLOG_DB, αλλιώς mesolog.sqlite στον φάκελο δεδομένων του χρήστη). Μη συμπεριλάβετε σε αυτό κωδικό πρόσβασης PostgreSQL: οποιοσδήποτε στον υπολογιστή μπορεί να διαβάσει τα ορίσματα στη λίστα διεργασιών. Το PostgreSQL παίρνει τον κωδικό πρόσβασης από το PGPASSWORD, το ~/.pgpass ή ένα αρχείο υπηρεσίας (postgresql+psycopg:///?service=NAME), αλλιώς δώστε --db-password-stdin</translation>
    </message>
    <message>
        <source>read the PostgreSQL server&apos;s password from standard input (the first line, before any password --password-stdin reads)</source>
        <translation>ανάγνωση του κωδικού πρόσβασης του διακομιστή PostgreSQL από την τυπική είσοδο (η πρώτη γραμμή, πριν από κάθε κωδικό πρόσβασης που διαβάζει το --password-stdin)</translation>
    </message>
    <message>
        <source>act as this account (needed once the database has accounts)</source>
        <translation>ενέργεια ως αυτός ο λογαριασμός (απαιτείται όταν η βάση δεδομένων έχει λογαριασμούς)</translation>
    </message>
    <message>
        <source>read passwords from standard input, one a line, instead of a prompt</source>
        <translation>ανάγνωση των κωδικών πρόσβασης από την τυπική είσοδο, ένας ανά γραμμή, αντί για ερώτηση</translation>
    </message>
    <message>
        <source>{text} is not a day; write it as YYYY-MM-DD</source>
        <translation>το {text} δεν είναι ημέρα· γράψτε το ως YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>cli.reactions</name>
    <message>
        <source>the rate of a reaction per product, lot, solution, technique, depth band, area or clinician, with its 95%% interval (signed, current sessions of the days)</source>
        <translation>το ποσοστό μιας αντίδρασης ανά προϊόν, παρτίδα, διάλυμα, τεχνική, εύρος βάθους, περιοχή ή θεράποντα ιατρό, με το διάστημα εμπιστοσύνης 95%% (υπογεγραμμένες, τρέχουσες συνεδρίες των ημερών)</translation>
    </message>
    <message>
        <source>Signed, current sessions of the days given count. Groups with fewer than 10 sessions are listed last and not ranked; the others are ranked by the low end of their 95% Wilson interval, so that a rate the sessions support stands out. For clinicians and administrators.</source>
        <translation>Μετρούν οι υπογεγραμμένες, τρέχουσες συνεδρίες των ημερών που δίνονται. Οι ομάδες με λιγότερες από 10 συνεδρίες εμφανίζονται τελευταίες και εκτός κατάταξης· οι υπόλοιπες κατατάσσονται με βάση το κάτω όριο του διαστήματος εμπιστοσύνης Wilson 95%, ώστε να ξεχωρίζει ένα ποσοστό που στηρίζεται από τις συνεδρίες. Για θεράποντες ιατρούς και διαχειριστές.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, included</source>
        <translation>YYYY-MM-DD, συμπεριλαμβάνεται</translation>
    </message>
    <message>
        <source>what to group by</source>
        <translation>κριτήριο ομαδοποίησης</translation>
    </message>
    <message>
        <source>any (the default), a kind (bruising) or a kind and a severity (bruising:moderate)</source>
        <translation>any (η προεπιλογή), ένα είδος (bruising) ή ένα είδος και μια βαρύτητα (bruising:moderate)</translation>
    </message>
    <message>
        <source>write to FILE (readable by you only; a CSV with a byte-order mark for spreadsheets) instead of standard output</source>
        <translation>εγγραφή στο FILE (αναγνώσιμο μόνο από εσάς· CSV με σήμανση σειράς byte (BOM) για υπολογιστικά φύλλα) αντί για την τυπική έξοδο</translation>
    </message>
    <message numerus="yes">
        <source>%n rows written to {file}</source>
        <translation>
            <numerusform>γράφτηκε %n γραμμή στο {file}</numerusform>
            <numerusform>γράφτηκαν %n γραμμές στο {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.recall</name>
    <message>
        <source>{text} is not a day (YYYY-MM-DD)</source>
        <translation>το {text} δεν είναι ημέρα (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>the patients who received a lot or a product, as CSV or letters (audited)</source>
        <translation>οι ασθενείς που έλαβαν μια παρτίδα ή ένα προϊόν, ως CSV ή επιστολές (καταγράφεται στο αρχείο ελέγχου)</translation>
    </message>
    <message>
        <source>Searches the signed, current sessions for a lot (its case and surrounding spaces ignored) or a product (its name&apos;s case and accents ignored), and writes the patients with their contact details and treatments as CSV, or a letter to each as one PDF. Clinicians and administrators only.</source>
        <translation>Αναζητά στις υπογεγραμμένες, τρέχουσες συνεδρίες μια παρτίδα (αγνοούνται πεζά/κεφαλαία και κενά γύρω της) ή ένα προϊόν (αγνοούνται πεζά/κεφαλαία και τόνοι στο όνομά του) και γράφει τους ασθενείς με τα στοιχεία επικοινωνίας και τις θεραπείες τους ως CSV, ή μια επιστολή προς τον καθένα σε ένα ενιαίο PDF. Μόνο για θεράποντες ιατρούς και διαχειριστές.</translation>
    </message>
    <message>
        <source>the lot number</source>
        <translation>ο αριθμός παρτίδας</translation>
    </message>
    <message>
        <source>the product&apos;s name</source>
        <translation>το όνομα του προϊόντος</translation>
    </message>
    <message>
        <source>first day (YYYY-MM-DD)</source>
        <translation>πρώτη ημέρα (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>τελευταία ημέρα</translation>
    </message>
    <message>
        <source>why the records are searched (at most 100 characters), kept in the audit log; others on the computer may see a command&apos;s arguments while it runs, so name no patient in it</source>
        <translation>γιατί γίνεται η αναζήτηση στους φακέλους (το πολύ 100 χαρακτήρες)· καταγράφεται στο αρχείο ελέγχου. Άλλοι χρήστες του υπολογιστή μπορεί να δουν τα ορίσματα μιας εντολής όσο εκτελείται, γι&apos; αυτό μην αναφέρετε εδώ κανέναν ασθενή</translation>
    </message>
    <message>
        <source>what to write</source>
        <translation>τι θα γραφτεί</translation>
    </message>
    <message>
        <source>--format pdf: the letter&apos;s text (UTF-8) with placeholders such as {patient}, {product}, {lot}, {dates}, {clinic}, {clinic_phone} and {treatments}; default: the clinic&apos;s letter (Records &gt; Recall, Letter text), else mesolog&apos;s English one</source>
        <translation type="vanished">--format pdf: το κείμενο της επιστολής (UTF-8) με πεδία όπως {patient}, {product}, {lot}, {dates}, {clinic}, {clinic_phone} και {treatments}· προεπιλογή: η επιστολή του ιατρείου (Τήρηση φακέλων &gt; Ανάκληση, Κείμενο επιστολής), αλλιώς η αγγλική επιστολή του mesolog</translation>
    </message>
    <message>
        <source>--format pdf: dates as in this locale (el_GR, en_US); default: the environment&apos;s</source>
        <translation type="vanished">--format pdf: ημερομηνίες όπως σε αυτές τις τοπικές ρυθμίσεις (el_GR, en_US)· προεπιλογή: του περιβάλλοντος</translation>
    </message>
    <message>
        <source>--format pdf: the text (UTF-8) of the letters in the command line&apos;s language, with placeholders such as {patient}, {product}, {lot}, {dates}, {clinic}, {clinic_phone} and {treatments}; default: the clinic&apos;s letter in that language (Records &gt; Recall, Letter text), else mesolog&apos;s own. A patient who prefers another language gets a letter in it, from the clinic&apos;s letter in it, else mesolog&apos;s own</source>
        <translation>--format pdf: το κείμενο (UTF-8) των επιστολών στη γλώσσα της γραμμής εντολών, με πεδία όπως {patient}, {product}, {lot}, {dates}, {clinic}, {clinic_phone} και {treatments}· προεπιλογή: η επιστολή του ιατρείου σε αυτή τη γλώσσα (Τήρηση φακέλων &gt; Ανάκληση, Κείμενο επιστολής), αλλιώς η επιστολή του ίδιου του mesolog. Ένας ασθενής που προτιμά άλλη γλώσσα λαμβάνει επιστολή σε εκείνη τη γλώσσα, από την επιστολή του ιατρείου σε αυτήν, αλλιώς από την επιστολή του ίδιου του mesolog</translation>
    </message>
    <message>
        <source>--format pdf: dates as in this locale (el_GR, en_US); default: the command line&apos;s language&apos;s, with the environment&apos;s country where that language has it</source>
        <translation>--format pdf: ημερομηνίες όπως σε αυτές τις τοπικές ρυθμίσεις (el_GR, en_US)· προεπιλογή: της γλώσσας της γραμμής εντολών, με τη χώρα του περιβάλλοντος, όπου αυτή η γλώσσα την έχει</translation>
    </message>
    <message>
        <source>paper size</source>
        <translation>μέγεθος χαρτιού</translation>
    </message>
    <message>
        <source>Cannot read the letter&apos;s text {path}: {reason}</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του κειμένου της επιστολής {path}: {reason}</translation>
    </message>
    <message>
        <source>The letter&apos;s text {path} is over {size} bytes.</source>
        <translation>Το κείμενο της επιστολής {path} υπερβαίνει τα {size} byte.</translation>
    </message>
    <message>
        <source>The letter&apos;s text {path} is not UTF-8 (byte {byte}); save it as UTF-8.</source>
        <translation>Το κείμενο της επιστολής {path} δεν είναι UTF-8 (byte {byte})· αποθηκεύστε το ως UTF-8.</translation>
    </message>
    <message>
        <source>Give --lot LOT, --product NAME or both.</source>
        <translation>Δώστε --lot LOT, --product NAME ή και τα δύο.</translation>
    </message>
    <message>
        <source>--letter is for --format pdf: a CSV list has no letter.</source>
        <translation>Το --letter είναι για το --format pdf: μια λίστα CSV δεν έχει επιστολή.</translation>
    </message>
    <message>
        <source>recall of {query}: {patients}, {sessions}; CSV written to {file}</source>
        <translation>ανάκληση για {query}: {patients}, {sessions}· το CSV γράφτηκε στο {file}</translation>
    </message>
    <message>
        <source>recall of {query}: {patients}, {sessions}; letters written to {file}</source>
        <translation>ανάκληση για {query}: {patients}, {sessions}· οι επιστολές γράφτηκαν στο {file}</translation>
    </message>
    <message>
        <source>1 patient</source>
        <translation>1 ασθενής</translation>
    </message>
    <message>
        <source>{count} patients</source>
        <translation>{count} ασθενείς</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 συνεδρία</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} συνεδρίες</translation>
    </message>
</context>
<context>
    <name>cli.records</name>
    <message>
        <source>create the database, or upgrade it to this version</source>
        <translation>δημιουργία της βάσης δεδομένων ή αναβάθμισή της σε αυτή την έκδοση</translation>
    </message>
    <message>
        <source>create the database encrypted (SQLCipher) with a new passphrase, asked twice (or read once with --db-passphrase-stdin); an existing plain database is encrypted with `mesolog encrypt` instead</source>
        <translation>δημιουργία της βάσης δεδομένων κρυπτογραφημένης (SQLCipher) με νέα φράση πρόσβασης, που ζητείται δύο φορές (ή διαβάζεται μία φορά με --db-passphrase-stdin)· μια υπάρχουσα μη κρυπτογραφημένη βάση δεδομένων κρυπτογραφείται αντί γι&apos; αυτό με `mesolog encrypt`</translation>
    </message>
    <message>
        <source>fill an empty database with an invented demo clinic</source>
        <translation>συμπλήρωση μιας κενής βάσης δεδομένων με ένα φανταστικό ιατρείο επίδειξης</translation>
    </message>
    <message>
        <source>leave a database with patients alone, exit 0</source>
        <translation>καμία ενέργεια σε βάση δεδομένων που έχει ήδη ασθενείς, με κωδικό εξόδου 0</translation>
    </message>
    <message>
        <source>list patients, one a line</source>
        <translation>λίστα ασθενών, ένας ανά γραμμή</translation>
    </message>
    <message>
        <source>name, record number, phone</source>
        <translation>όνομα, αριθμός φακέλου, τηλέφωνο</translation>
    </message>
    <message>
        <source>include voided patients</source>
        <translation>συμπερίληψη και των ακυρωμένων ασθενών</translation>
    </message>
    <message>
        <source>check integrity, foreign keys and schema; exit 0 only when all is well</source>
        <translation>έλεγχος ακεραιότητας, ξένων κλειδιών και σχήματος· κωδικός εξόδου 0 μόνο όταν όλα είναι εντάξει</translation>
    </message>
    <message>
        <source>{location}: up to date</source>
        <translation>{location}: ενημερωμένη</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no schema yet</comment>
        <translation>κανένα</translation>
    </message>
    <message>
        <source>{location}: schema {before} -&gt; {after}</source>
        <translation>{location}: σχήμα {before} -&gt; {after}</translation>
    </message>
    <message>
        <source>copy taken before the upgrade: {path}</source>
        <translation>αντίγραφο που δημιουργήθηκε πριν από την αναβάθμιση: {path}</translation>
    </message>
    <message numerus="yes">
        <source>%n protocol templates added (Settings &gt; Templates)</source>
        <translation>
            <numerusform>προστέθηκε %n πρότυπο πρωτοκόλλου (Ρυθμίσεις &gt; Πρότυπα)</numerusform>
            <numerusform>προστέθηκαν %n πρότυπα πρωτοκόλλου (Ρυθμίσεις &gt; Πρότυπα)</numerusform>
        </translation>
    </message>
    <message>
        <source>encrypted (SQLCipher): the database and its backups open only with its passphrase; keep it safe</source>
        <translation>κρυπτογραφημένη (SQLCipher): η βάση δεδομένων και τα αντίγραφα ασφαλείας της ανοίγουν μόνο με τη φράση πρόσβασής της· φυλάξτε τη με ασφάλεια</translation>
    </message>
    <message>
        <source>the database holds patients already; no demo written</source>
        <translation>η βάση δεδομένων περιέχει ήδη ασθενείς· δεν γράφτηκαν δεδομένα επίδειξης</translation>
    </message>
    <message>
        <source>demo clinic written: {patients}, {courses}, {sessions}, {products}, {lots}</source>
        <translation>γράφτηκε ιατρείο επίδειξης: {patients}, {courses}, {sessions}, {products}, {lots}</translation>
    </message>
    <message>
        <source>demo clinic written: {patients}, {courses}, {sessions}</source>
        <translation>γράφτηκε ιατρείο επίδειξης: {patients}, {courses}, {sessions}</translation>
    </message>
    <message>
        <source>ok    {check}: {detail}</source>
        <comment>a check that passed</comment>
        <translation>εντάξει  {check}: {detail}</translation>
    </message>
    <message>
        <source>WARN  {check}: {detail}</source>
        <comment>a check that warns</comment>
        <translation>ΠΡΟΣΟΧΗ  {check}: {detail}</translation>
    </message>
    <message>
        <source>FAIL  {check}: {detail}</source>
        <comment>a check that failed</comment>
        <translation>ΑΠΟΤΥΧΙΑ {check}: {detail}</translation>
    </message>
    <message>
        <source>problems found</source>
        <translation>βρέθηκαν προβλήματα</translation>
    </message>
    <message numerus="yes">
        <source>all is well but for %n warning(s)</source>
        <translation>
            <numerusform>όλα είναι εντάξει, εκτός από %n προειδοποίηση</numerusform>
            <numerusform>όλα είναι εντάξει, εκτός από %n προειδοποιήσεις</numerusform>
        </translation>
    </message>
    <message>
        <source>all is well</source>
        <translation>όλα είναι εντάξει</translation>
    </message>
</context>
<context>
    <name>cli.transfer</name>
    <message>
        <source>import a mesolog export file, format version 1 or 2, or a bundle with photos (all or nothing)</source>
        <translation>εισαγωγή αρχείου εξαγωγής mesolog, έκδοσης μορφής 1 ή 2, ή πακέτου με φωτογραφίες (όλα ή τίποτα)</translation>
    </message>
    <message>
        <source>the JSON file, or the bundle (.mesolog.zip) of an export with photos; - for stdin</source>
        <translation>το αρχείο JSON ή το πακέτο (.mesolog.zip) μιας εξαγωγής με φωτογραφίες· - για την τυπική είσοδο (stdin)</translation>
    </message>
    <message>
        <source>export records</source>
        <translation>εξαγωγή φακέλων</translation>
    </message>
    <message>
        <source>the interchange format (mesolog-export-v2, with every version and voided record)</source>
        <translation>η μορφή ανταλλαγής (mesolog-export-v2, με κάθε έκδοση και κάθε ακυρωμένη καταχώριση)</translation>
    </message>
    <message>
        <source>one patient, by UUID or record number</source>
        <translation>ένας ασθενής, με UUID ή αριθμό φακέλου</translation>
    </message>
    <message>
        <source>write a bundle: a zip file of the document and the patients&apos; photos, each named by its SHA-256 (name it FILE.mesolog.zip); without it the photos are left out, and the document says how many</source>
        <translation>εγγραφή πακέτου: ένα αρχείο zip με το έγγραφο και τις φωτογραφίες των ασθενών, καθεμία με όνομα το SHA-256 της (ονομάστε το FILE.mesolog.zip)· χωρίς αυτή την επιλογή οι φωτογραφίες παραλείπονται και το έγγραφο αναφέρει πόσες είναι</translation>
    </message>
    <message>
        <source>file to write, - for stdout</source>
        <translation>αρχείο προς εγγραφή, - για την τυπική έξοδο (stdout)</translation>
    </message>
    <message>
        <source>a patient&apos;s treatment summary as a PDF document</source>
        <translation>η σύνοψη θεραπείας ενός ασθενούς ως έγγραφο PDF</translation>
    </message>
    <message>
        <source>the patient, by UUID or record number</source>
        <translation>ο ασθενής, με UUID ή αριθμό φακέλου</translation>
    </message>
    <message>
        <source>only this course (its UUID)</source>
        <translation>μόνο αυτό το θεραπευτικό πρόγραμμα (το UUID του)</translation>
    </message>
    <message>
        <source>patient: the copy handed to the patient (no internal notes, with aftercare advice; the default); clinical: everything on record, for a colleague</source>
        <translation>patient: το αντίγραφο που δίνεται στον ασθενή (χωρίς εσωτερικές σημειώσεις, με οδηγίες μετά τη θεραπεία· η προεπιλογή)· clinical: όλα όσα έχουν καταγραφεί, για συνάδελφο</translation>
    </message>
    <message>
        <source>include unsigned sessions, marked as drafts (clinical copy only)</source>
        <translation>συμπερίληψη μη υπογεγραμμένων συνεδριών, με σήμανση ως πρόχειρες (μόνο στο κλινικό αντίγραφο)</translation>
    </message>
    <message>
        <source>paper size</source>
        <translation>μέγεθος χαρτιού</translation>
    </message>
    <message>
        <source>a photo page (each view&apos;s first and last photo side by side) needs the patient&apos;s photo consent; by default it is in the clinical copy only: --photos puts it in the patient copy, --no-photos leaves it out</source>
        <translation>μια σελίδα φωτογραφιών (η πρώτη και η τελευταία φωτογραφία κάθε όψης δίπλα-δίπλα) απαιτεί τη συγκατάθεση του ασθενούς για φωτογραφίες· από προεπιλογή υπάρχει μόνο στο κλινικό αντίγραφο: το --photos τη βάζει και στο αντίγραφο ασθενούς, το --no-photos την παραλείπει</translation>
    </message>
    <message>
        <source>print with each active course planned from a protocol template what it is expected to cost: its planned sessions at the template&apos;s session fee and its products at the catalogue&apos;s prices (patient copy only; not an invoice)</source>
        <translation>εκτύπωση, για κάθε ενεργό θεραπευτικό πρόγραμμα που σχεδιάστηκε από πρότυπο πρωτοκόλλου, του αναμενόμενου κόστους του: οι προγραμματισμένες συνεδρίες με τη χρέωση συνεδρίας του προτύπου και τα προϊόντα του με τις τιμές του καταλόγου (μόνο στο αντίγραφο ασθενούς· δεν είναι τιμολόγιο)</translation>
    </message>
    <message>
        <source>the summary&apos;s language: el (Greek) or en (English); default: the patient&apos;s language of documents, else the language of mesolog&apos;s messages</source>
        <translation>η γλώσσα της σύνοψης: el (ελληνικά) ή en (αγγλικά)· προεπιλογή: η γλώσσα εγγράφων του ασθενούς, αλλιώς η γλώσσα των μηνυμάτων του mesolog</translation>
    </message>
    <message>
        <source>numbers and dates as in this locale (el_GR, en_US); default: the environment&apos;s (LC_ALL, LC_TIME, LANG), ISO 8601 dates for C or POSIX</source>
        <translation>αριθμοί και ημερομηνίες όπως σε αυτές τις τοπικές ρυθμίσεις (el_GR, en_US)· προεπιλογή: του περιβάλλοντος (LC_ALL, LC_TIME, LANG), ημερομηνίες ISO 8601 για C ή POSIX</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>το PDF προς εγγραφή</translation>
    </message>
    <message>
        <source>The file and the password cannot both come from standard input.</source>
        <translation>Το αρχείο και ο κωδικός πρόσβασης δεν μπορούν να προέρχονται και τα δύο από την τυπική είσοδο.</translation>
    </message>
    <message>
        <source>The file and the database passphrase cannot both come from standard input.</source>
        <translation>Το αρχείο και η φράση πρόσβασης της βάσης δεδομένων δεν μπορούν να προέρχονται και τα δύο από την τυπική είσοδο.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του {file}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) left out: export with --with-photos for a bundle that carries them (FILE.mesolog.zip)</source>
        <translation>
            <numerusform>παραλείφθηκε %n φωτογραφία: κάντε εξαγωγή με --with-photos για πακέτο που την περιέχει (FILE.mesolog.zip)</numerusform>
            <numerusform>παραλείφθηκαν %n φωτογραφίες: κάντε εξαγωγή με --with-photos για πακέτο που τις περιέχει (FILE.mesolog.zip)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) written to {file}</source>
        <translation>
            <numerusform>γράφτηκε %n ασθενής στο {file}</numerusform>
            <numerusform>γράφτηκαν %n ασθενείς στο {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>{written}; {left_out}</source>
        <translation>{written}· {left_out}</translation>
    </message>
    <message>
        <source>--with-photos writes a zip file, which is not for standard output: name it with -o FILE.mesolog.zip.</source>
        <translation>Το --with-photos γράφει αρχείο zip, το οποίο δεν προορίζεται για την τυπική έξοδο: ονομάστε το με -o FILE.mesolog.zip.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n φωτογραφία</numerusform>
            <numerusform>%n φωτογραφίες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) and {photos} written to {file}</source>
        <translation>
            <numerusform>γράφτηκαν %n ασθενής και {photos} στο {file}</numerusform>
            <numerusform>γράφτηκαν %n ασθενείς και {photos} στο {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>--course {course} is not a course id (a UUID).</source>
        <translation>Το --course {course} δεν είναι αναγνωριστικό θεραπευτικού προγράμματος (UUID).</translation>
    </message>
    <message>
        <source>--include-drafts is for the clinical copy (--kind clinical): a patient copy holds signed sessions only.</source>
        <translation>Το --include-drafts είναι για το κλινικό αντίγραφο (--kind clinical): ένα αντίγραφο ασθενούς περιέχει μόνο υπογεγραμμένες συνεδρίες.</translation>
    </message>
    <message>
        <source>--estimate is for the patient copy (--kind patient).</source>
        <translation>Το --estimate είναι για το αντίγραφο ασθενούς (--kind patient).</translation>
    </message>
    <message>
        <source>patient copy</source>
        <translation>αντίγραφο ασθενούς</translation>
    </message>
    <message>
        <source>clinical copy</source>
        <translation>κλινικό αντίγραφο</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 φωτογραφία</translation>
    </message>
    <message>
        <source>{count} photos</source>
        <translation>{count} φωτογραφίες</translation>
    </message>
    <message>
        <source>1 course estimate</source>
        <translation>1 εκτίμηση κόστους θεραπευτικού προγράμματος</translation>
    </message>
    <message>
        <source>{count} course estimates</source>
        <translation>{count} εκτιμήσεις κόστους θεραπευτικών προγραμμάτων</translation>
    </message>
    <message>
        <source>no course estimate: no active course planned from a template</source>
        <translation>καμία εκτίμηση κόστους: κανένα ενεργό θεραπευτικό πρόγραμμα δεν σχεδιάστηκε από πρότυπο</translation>
    </message>
    <message>
        <source>treatment summary ({parts}) written to {file}</source>
        <translation>η σύνοψη θεραπείας ({parts}) γράφτηκε στο {file}</translation>
    </message>
</context>
<context>
    <name>photo_labels</name>
    <message>
        <source>Front</source>
        <translation>Μετωπική</translation>
    </message>
    <message>
        <source>Left 45°</source>
        <translation>Αριστερά 45°</translation>
    </message>
    <message>
        <source>Right 45°</source>
        <translation>Δεξιά 45°</translation>
    </message>
    <message>
        <source>Left profile</source>
        <translation>Αριστερό προφίλ</translation>
    </message>
    <message>
        <source>Right profile</source>
        <translation>Δεξί προφίλ</translation>
    </message>
    <message>
        <source>Free view</source>
        <translation>Ελεύθερη όψη</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Πριν</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Μετά</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Επανέλεγχος</translation>
    </message>
    <message>
        <source>Between sessions · %1</source>
        <translation>Μεταξύ συνεδριών · %1</translation>
    </message>
    <message>
        <source>Voided session · %1</source>
        <translation>Ακυρωμένη συνεδρία · %1</translation>
    </message>
    <message>
        <source>Session %1 · %2</source>
        <translation>Συνεδρία %1 · %2</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>Unsaved session found</source>
        <translation>Βρέθηκε μη αποθηκευμένη συνεδρία</translation>
    </message>
    <message>
        <source>A session for %1 was being typed when mesolog last stopped (%2). Open it again?</source>
        <translation>Μια συνεδρία (ασθενής: %1) πληκτρολογούνταν όταν το mesolog σταμάτησε την τελευταία φορά (%2). Θέλετε να την ανοίξετε ξανά;</translation>
    </message>
    <message>
        <source>The draft session this copy was typed into is no longer in the database (most likely, a backup from before it was made was restored). What was typed is shown as a new session: save it to keep it.</source>
        <translation>Η πρόχειρη συνεδρία στην οποία πληκτρολογήθηκε αυτό το αντίγραφο δεν υπάρχει πλέον στη βάση δεδομένων (πιθανότατα έγινε επαναφορά αντιγράφου ασφαλείας παλαιότερου από τη δημιουργία της). Όσα πληκτρολογήθηκαν εμφανίζονται ως νέα συνεδρία: αποθηκεύστε την για να τα κρατήσετε.</translation>
    </message>
    <message>
        <source>This copy does not say which version of the draft it was typed on: saving it replaces the draft as it is now, changes made on other workstations since the copy was kept included.</source>
        <translation>Αυτό το αντίγραφο δεν αναφέρει σε ποια έκδοση της πρόχειρης συνεδρίας πληκτρολογήθηκε: η αποθήκευσή του αντικαθιστά την πρόχειρη συνεδρία όπως είναι τώρα, μαζί με τις αλλαγές που έγιναν σε άλλους σταθμούς εργασίας από τότε που φυλάχτηκε το αντίγραφο.</translation>
    </message>
</context>
</TS>

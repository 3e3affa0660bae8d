; mesolog's installer for Windows: the one-folder bundle (dist\mesolog\, made by
; packaging/pyinstaller/mesolog.spec) installed for the person who runs it, without an
; administrator: into %LOCALAPPDATA%\Programs\mesolog, with a Start-menu entry and an
; uninstaller listed in Settings > Apps (HKCU). In English or Greek, as the person chooses
; (the system's language first).
;
;   makensis -DVERSION=0.1.0 -DBUNDLE=dist\mesolog -DICON=build\mesolog.ico ^
;       -DOUTFILE=dist\mesolog-0.1.0-setup.exe packaging\windows\mesolog.nsi
;
; Every define is optional: BUNDLE and OUTFILE default to the checkout's dist\ (relative
; paths are read from this script's folder), ICON to NSIS's own icon
; (packaging/windows/make_icon.py writes mesolog.ico from resources/icons).
; The uninstaller removes the program's files only: the clinic's database and backups
; (%LOCALAPPDATA%\mesolog by default, or wherever the settings say) stay.
; .github/workflows/windows.yml builds it; tests/test_packaging_files.py builds it with
; Debian's makensis around a stand-in folder.

Unicode true
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!include "MUI2.nsh"
!include "FileFunc.nsh"

!define APP "mesolog"
!define EXE "${APP}.exe"
; The same program built without a console (packaging/pyinstaller/mesolog.spec): what the
; Start menu opens, so that no console window comes with the window.
!define WINDOW_EXE "${APP}-window.exe"
; PyInstaller's folder for everything but the executable (its contents_directory).
!define CONTENTS "_internal"
!define UNINSTALLER "uninstall.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef BUNDLE
  !define BUNDLE "..\..\dist\${APP}"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\${APP}-${VERSION}-setup.exe"
!endif

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP} ${VERSION}"
ShowInstDetails show
ShowUninstDetails show

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
; The language chosen is remembered for the uninstaller, under the key it removes.
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${WINDOW_EXE}"
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(KEEPS_RECORDS)"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Greek"

LangString SHORTCUT_COMMENT ${LANG_ENGLISH} \
  "Treatment records for mesotherapy and micro-needling clinics"
LangString SHORTCUT_COMMENT ${LANG_GREEK} \
  "Αρχείο θεραπειών για ιατρεία μεσοθεραπείας και μικροβελονισμού"
LangString KEEPS_RECORDS ${LANG_ENGLISH} \
  "mesolog's program files will be removed. The clinic's database and its backups stay \
where they are ($LOCALAPPDATA\${APP} unless another place was chosen)."
LangString KEEPS_RECORDS ${LANG_GREEK} \
  "Τα αρχεία του προγράμματος mesolog θα αφαιρεθούν. Η βάση δεδομένων του ιατρείου και \
τα αντίγραφα ασφαλείας της μένουν όπου βρίσκονται ($LOCALAPPDATA\${APP}, αν δεν \
επιλέχθηκε άλλη θέση)."

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "mesolog" SectionProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An earlier version's modules go first: the bundle must hold only its own.
  RMDir /r "$INSTDIR\${CONTENTS}"
  File /r "${BUNDLE}\*.*"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"
  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${WINDOW_EXE}" "" "$INSTDIR\${EXE}" 0 \
    SW_SHOWNORMAL "" "$(SHORTCUT_COMMENT)"

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

; Only what the installer put there goes: the folder itself only once it is empty, so a
; folder chosen by hand loses nothing else.
Section "Uninstall"
  Delete "$SMPROGRAMS\${APP}.lnk"
  RMDir /r "$INSTDIR\${CONTENTS}"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\${WINDOW_EXE}"
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd

; The Windows installer of the school app (NSIS 3, Modern UI 2), from a PyInstaller onedir.
;
;   makensis -DSOURCE_DIR=dist\pumpurs -DVERSION=0.1.0 -DOUTFILE=dist\pumpurs-0.1.0-setup.exe ^
;            installer\windows\pumpurs.nsi
;
; Per-machine: Program Files (64-bit), a Start-menu shortcut for every account, the version in
; Programs and Features. The real payload is built on Windows (build-windows.yml); on Linux
; `make installer` compiles this script against the Linux onedir's layout (tests/installer).
;
; THE UNINSTALLER NEVER DELETES THE SCHOOL'S DATA. The database, its key file, backups and
; logs live outside the program folder (each user's AppData, the shared folder below, or the
; folder the school chose), and the uninstaller removes only the files this installer put
; into the program folder.
;
; The shared data folder of the per-machine mode (every Windows account of the PC opens one
; database, app.key_slots): %PROGRAMDATA%\Pumpurs is made here and the local Users group
; (by its SID S-1-5-32-545, the same on a Latvian Windows) gets Modify on it, inherited by the
; files in it — by default ProgramData lets other accounts only read what one account made.
; icacls is part of Windows, so no NSIS plugin is needed. The database stays encrypted; its
; key opens only with a Pumpurs user's password.

Unicode true
!include "MUI2.nsh"

!ifndef SOURCE_DIR
  !error "pass -DSOURCE_DIR=<the onedir folder, e.g. dist\pumpurs>"
!endif
!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef OUTFILE
  !define OUTFILE "pumpurs-${VERSION}-setup.exe"
!endif
!ifndef EXE
  !define EXE "pumpurs.exe"
!endif
!ifdef NO_COMPRESSION  ; a quick check of the script (CI); real installers are LZMA
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Pumpurs"

Name "Pumpurs ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\Pumpurs"
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel admin
ShowInstDetails show
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "Pumpurs"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "Pumpurs installer"
VIAddVersionKey /LANG=0 "LegalCopyright" "Pumpurs"

!define MUI_ABORTWARNING
!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(KeepsData)"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; the first language is the default; the installer asks when Windows is in neither
!insertmacro MUI_LANGUAGE "Latvian"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString KeepsData ${LANG_LATVIAN} "Pumpurs tiks noņemts no šī datora. Skolas dati \
  (datubāze, tās atslēga, rezerves kopijas un žurnāli) netiek dzēsti: tie paliek lietotāju \
  mapēs vai datora kopīgajā mapē, un tos var atvērt, ja Pumpurs tiek uzstādīts atkal."
LangString KeepsData ${LANG_ENGLISH} "Pumpurs will be removed from this computer. The \
  school's data (the database, its key, backups and logs) is not deleted: it stays in the \
  users' folders or the computer's shared folder and opens again when Pumpurs is reinstalled."
LangString Shortcut ${LANG_LATVIAN} "Pumpurs — atbalsta plāni"
LangString Shortcut ${LANG_ENGLISH} "Pumpurs — support plans"

Function .onInit
  SetRegView 64
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  SetRegView 64
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Pumpurs" SecApp
  SectionIn RO
  SetShellVarContext all  ; per machine: the shortcut is for every account
  SetOutPath "$INSTDIR"
  File /r "${SOURCE_DIR}/*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateDirectory "$APPDATA\Pumpurs"  ; with SetShellVarContext all: C:\ProgramData\Pumpurs
  nsExec::ExecToLog 'icacls "$APPDATA\Pumpurs" /grant *S-1-5-32-545:(OI)(CI)M'
  Pop $0  ; the exit code; the folder works for the installing account either way
  CreateShortcut "$SMPROGRAMS\Pumpurs.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0 \
    SW_SHOWNORMAL "" "$(Shortcut)"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "Pumpurs"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "Pumpurs"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

; Only what the installer put there: the program's files. Never the users' AppData, never a
; database or backup folder — a school that uninstalls keeps its data (see KeepsData).
Section "Uninstall"
  SetShellVarContext all
  Delete "$SMPROGRAMS\Pumpurs.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"  ; only when empty: anything else someone put there stays
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
SectionEnd

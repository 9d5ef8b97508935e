; Installer for Peru Trafficking Atlas on 64-bit Windows 10 and 11, built on
; Linux by scripts/package windows with Debian's makensis. It installs for
; the current user only (no administrator rights): the program under
; %LOCALAPPDATA%\Programs, a Start-menu entry, an uninstaller and an entry in
; Settings > Apps. /S installs silently, /D=DIR (last, unquoted) chooses the
; folder; the uninstaller takes /S too. The user's preferences, lessons and
; tile cache are left in place on uninstall.
;
; scripts/package passes, from FyneApp.toml and its build:
;   NAME     the app name           VERSION   x.y.z       VERSION4  x.y.z.build
;   APPID    the reverse-DNS app ID PUBLISHER the project  WEBSITE   its URL
;   DIR      the folder of the portable zip: atlas.exe, README.txt, NOTICE.txt,
;            THIRD-PARTY-LICENSES.txt (the files installed)
;   ICO      atlas.ico              WIZARD    the welcome page's image (BMP)
;   OUTFILE  the installer to write

Unicode true
Target amd64-unicode
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel user

!include "MUI2.nsh"
!include "WinVer.nsh"
!include "x64.nsh"

!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPID}"

Name "${NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${NAME}"
InstallDirRegKey HKCU "${UNINSTKEY}" "InstallLocation"
BrandingText "${NAME} ${VERSION}"

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=0 "ProductName" "${NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${NAME} installer"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"

!define MUI_ICON "${ICO}"
!define MUI_UNICON "${ICO}"
!define MUI_WELCOMEFINISHPAGE_BITMAP "${WIZARD}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\atlas.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the fallback; Windows' own language picks the other.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Spanish"

LangString NeedsWin10 ${LANG_ENGLISH} "${NAME} needs 64-bit Windows 10 or later."
LangString NeedsWin10 ${LANG_SPANISH} "${NAME} necesita Windows 10 o posterior de 64 bits."

Function .onInit
	${IfNot} ${RunningX64}
	${OrIfNot} ${AtLeastWin10}
		MessageBox MB_ICONSTOP|MB_OK "$(NeedsWin10)" /SD IDOK
		Abort
	${EndIf}
	SetShellVarContext current
FunctionEnd

Function un.onInit
	SetShellVarContext current
FunctionEnd

Section "Install"
	SetOutPath "$INSTDIR"
	File "${DIR}/atlas.exe"
	File "${DIR}/README.txt"
	File "${DIR}/NOTICE.txt"
	File "${DIR}/THIRD-PARTY-LICENSES.txt"
	WriteUninstaller "$INSTDIR\Uninstall.exe"
	CreateShortcut "$SMPROGRAMS\${NAME}.lnk" "$INSTDIR\atlas.exe" "" "$INSTDIR\atlas.exe" 0 SW_SHOWNORMAL "" "${NAME}"

	WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${NAME}"
	WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
	WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\atlas.exe,0"
	WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "${PUBLISHER}"
	WriteRegStr HKCU "${UNINSTKEY}" "URLInfoAbout" "${WEBSITE}"
	WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
	WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
	WriteRegStr HKCU "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
	WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
	WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
	SectionGetSize 0 $0
	WriteRegDWORD HKCU "${UNINSTKEY}" "EstimatedSize" $0
SectionEnd

Section "Uninstall"
	Delete "$SMPROGRAMS\${NAME}.lnk"
	Delete "$INSTDIR\atlas.exe"
	Delete "$INSTDIR\NOTICE.txt"
	Delete "$INSTDIR\THIRD-PARTY-LICENSES.txt"
	Delete "$INSTDIR\README.txt"
	Delete "$INSTDIR\Uninstall.exe"
	RMDir "$INSTDIR"
	DeleteRegKey HKCU "${UNINSTKEY}"
SectionEnd

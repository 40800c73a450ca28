; Inno Setup script for the Windows installer (NOT TRIED: written from the documentation; see README,
; "Packaging"). Build the one-folder bundle on Windows first (`pyinstaller packaging\workshop.spec`),
; then: iscc packaging\workshop.iss  ->  dist\Workshop-setup-VERSION.exe
; VERSION is pyproject.toml's (tests/test_packaging.py keeps the two equal); `iscc /DAppVersion=X.Y.Z` overrides it.
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6A1F0C52-7D0B-4E55-9E0C-2C7B3C1B9A11}
AppName=Workshop
AppVersion={#AppVersion}
AppPublisher=Workshop
DefaultDirName={autopf}\Workshop
DefaultGroupName=Workshop
; Per-user install by default: a consultant's laptop often has no administrator rights.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\dist
OutputBaseFilename=Workshop-setup-{#AppVersion}
SetupIconFile=..\resources\icons\workshop.ico
UninstallDisplayIcon={app}\workshop-gui.exe
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes

[Languages]
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\workshop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Workshop"; Filename: "{app}\workshop-gui.exe"
Name: "{autodesktop}\Workshop"; Filename: "{app}\workshop-gui.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Registry]
; Double-clicking a .workshop file opens it in Workshop.
Root: HKA; Subkey: "Software\Classes\.workshop"; ValueType: string; ValueData: "Workshop.Engagement"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Workshop.Engagement"; ValueType: string; ValueData: "Workshop engagement"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Workshop.Engagement\DefaultIcon"; ValueType: string; ValueData: "{app}\workshop-gui.exe,0"
Root: HKA; Subkey: "Software\Classes\Workshop.Engagement\shell\open\command"; ValueType: string; ValueData: """{app}\workshop-gui.exe"" ""%1"""

[Run]
Filename: "{app}\workshop.exe"; Parameters: "--self-test"; Description: "Check the installation (self-test)"; Flags: postinstall skipifsilent unchecked

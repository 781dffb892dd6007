; The Windows installer: the one-folder bundle PyInstaller made (dist\kedendesk) into
; Program Files, a Start menu entry, and an uninstaller. Built by ISCC /DVersion=x.y.z
; (.github/workflows/release.yml); per user, no administrator rights needed.
#ifndef Version
  #define Version "0.0.0"
#endif

[Setup]
AppId={{8A4C6E2F-5B1D-4C8E-9F3A-2D7B6E1C0A94}
AppName=Kedendesk
AppVersion={#Version}
AppPublisher=Kedendesk
DefaultDirName={autopf}\Kedendesk
DefaultGroupName=Kedendesk
PrivilegesRequired=lowest
OutputDir=..\dist
OutputBaseFilename=kedendesk-{#Version}-setup
SetupIconFile=kedendesk.ico
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Files]
Source: "..\dist\kedendesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Kedendesk"; Filename: "{app}\kedendesk.exe"
Name: "{autodesktop}\Kedendesk"; Filename: "{app}\kedendesk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\kedendesk.exe"; Description: "{cm:LaunchProgram,Kedendesk}"; Flags: nowait postinstall skipifsilent

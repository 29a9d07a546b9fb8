#pragma once

class QCoreApplication;

namespace mcpdock::settings {

// The application's identity (organisation, name, version): QSettings' file location and the
// desktop's idea of the program follow from it. Call before anything reads settings.
void setApplicationIdentity();

// Our strings from the .qm files embedded under :/i18n and Qt's own (standard dialogs) from the
// system, for the system locale. English is the source language, but its plural forms ("1 step",
// "2 steps") live in mcpdock_en.qm: the fallback for every other locale (and for "C").
void installTranslations(QCoreApplication& app);

} // namespace mcpdock::settings

#pragma once

// What a build must never show: the secrets it was given (and their URL-encoded and base64
// forms) and credentials with a recognisable shape (URL user info, npm auth tokens, Authorization
// headers, JSON password/token fields). ImageBuilder redacts every event once, where it is made,
// so the CLI, the GUI and .build.log see the same text; BuildLog keeps one for its own callers.

#include <QString>
#include <QStringList>

namespace mcpdock::imagebuild {

class Redactor
{
public:
    void addSecret(const QString& secret); // also its URL-encoded and base64 forms
    void addSecrets(const QStringList& secrets)
    {
        for (const QString& s : secrets)
            addSecret(s);
    }
    QString redact(const QString& text) const;

    static const QString Mask; // "********"

private:
    QStringList m_secrets; // sorted longest first
};

// The secrets a build of the project carries without anyone naming them: the tokens and
// passwords of its .npmrc (copied into the npm stage of the image). A missing or unreadable .npmrc
// has none.
QStringList projectSecrets(const QString& projectDir);

} // namespace mcpdock::imagebuild

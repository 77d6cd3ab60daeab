// SPDX-License-Identifier: Apache-2.0
#pragma once

// Chooses what the console shows: a local database file (typed, browsed or
// picked from the recent connections) or a live Trio2o Admin API (URL,
// Keystone, CA file, noauth; see RemoteConnectionPage). Passwords are never
// stored.

#include "connectionsettings.h"

#include <QDialog>
#include <QList>
#include <QProcessEnvironment>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QStackedWidget;

namespace gui {

struct ConnectionSpec {
    enum class Kind { LocalDatabase, Remote };
    Kind kind = Kind::LocalDatabase;
    QString databasePath;
    model::remote::ConnectionSettings remote; // Kind::Remote
};

class RemoteConnectionPage;

class ConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    ConnectDialog(const QStringList &recentDatabases, const QString &currentPath, QWidget *parent = nullptr,
                  const QList<model::remote::ConnectionSettings> &recentRemotes = {},
                  const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

    ConnectionSpec connection() const;
    // Opens on the remote page with `settings`, to type the password.
    void askPasswordFor(const model::remote::ConnectionSettings &settings);
    bool recentCleared() const { return m_recentCleared; }
    QLineEdit *pathEdit() const { return m_path; }
    QListWidget *recentList() const { return m_recent; }
    QComboBox *backendCombo() const { return m_backend; }
    RemoteConnectionPage *remotePage() const { return m_remote; }

private:
    QWidget *buildLocalPage();
    void browse();
    void updateButtons();

    QComboBox *m_backend;
    QStackedWidget *m_pages;
    QLineEdit *m_path;
    QListWidget *m_recent;
    RemoteConnectionPage *m_remote;
    QDialogButtonBox *m_buttons;
    bool m_recentCleared = false;
};

} // namespace gui

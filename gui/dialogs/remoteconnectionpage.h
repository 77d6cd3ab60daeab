// SPDX-License-Identifier: Apache-2.0
#pragma once

// The Connect dialog's page for a live Trio2o Admin API: the clouds of
// clouds.yaml (one click connects, with secure.yaml's secrets and the OS_*
// variables over them, as trio2o-sched --os-cloud), the API URL, Keystone
// (URL, user, password, project, domains, region) or a token or noauth, an
// extra CA file, and the recent remote connections. The console itself never
// stores a password.

#include "connectionsettings.h"

#include <QList>
#include <QProcessEnvironment>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace gui {

class RemoteConnectionPage final : public QWidget
{
    Q_OBJECT

public:
    enum AuthMode { Password, Token, NoAuth };

    RemoteConnectionPage(QList<model::remote::ConnectionSettings> recent, QWidget *parent = nullptr,
                         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

    model::remote::ConnectionSettings settings() const;
    QString problem() const; // empty when usable
    void fill(const model::remote::ConnectionSettings &settings); // never fills secrets
    // Settings complete but for what the user is to type (the console started
    // with OS_* and no OS_PASSWORD): kept whole, as a cloud of clouds.yaml is,
    // with the focus on the password.
    void complete(const model::remote::ConnectionSettings &settings);

    QLineEdit *endpointEdit() const { return m_endpoint; }
    QComboBox *authCombo() const { return m_auth; }
    QLineEdit *authUrlEdit() const { return m_authUrl; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *projectEdit() const { return m_project; }
    QLineEdit *caFileEdit() const { return m_caFile; }
    // The team's store of pod settings and audit log (empty: the default store).
    QLineEdit *storeEdit() const { return m_store; }
    QListWidget *recentList() const { return m_recent; }
    QListWidget *cloudList() const { return m_clouds; }
    QCheckBox *rememberCheck() const { return m_remember; }
    // Takes the settings of a cloud of clouds.yaml; asks to connect when they are complete.
    void chooseCloud(const QString &name);

signals:
    void changed();
    // A cloud of clouds.yaml was chosen and is ready: connect now.
    void connectRequested();

private:
    void updateAuthFields();
    void validate();
    QWidget *buildCloudList();

    QList<model::remote::ConnectionSettings> m_recentSettings;
    QLineEdit *m_endpoint;
    QComboBox *m_auth;
    QLineEdit *m_authUrl, *m_user, *m_password, *m_token, *m_project, *m_userDomain, *m_projectDomain, *m_region,
        *m_caFile, *m_store;
    QLabel *m_problem;
    QListWidget *m_recent;
    QListWidget *m_clouds;
    QLabel *m_cloudsLabel;
    QProcessEnvironment m_env;
    QCheckBox *m_remember;
    class PasswordKeyring *m_keyring;
    // The chosen cloud's full settings (ids, credential, scope the form does
    // not show); dropped when the user edits the form.
    std::optional<model::remote::ConnectionSettings> m_cloudSettings;
};

} // namespace gui

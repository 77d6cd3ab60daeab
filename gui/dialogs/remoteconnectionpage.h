#pragma once

// The Connect dialog's page for a live Trio2o Admin API: the API URL, Keystone
// (URL, user, password, project, domains, region) or a token or noauth, an
// extra CA file, and the recent remote connections. The password is asked
// for every time and never stored.

#include "connectionsettings.h"

#include <QList>
#include <QWidget>

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

    RemoteConnectionPage(QList<model::remote::ConnectionSettings> recent, QWidget *parent = nullptr);

    model::remote::ConnectionSettings settings() const;
    QString problem() const; // empty when usable
    void fill(const model::remote::ConnectionSettings &settings); // never fills secrets

    QLineEdit *endpointEdit() const { return m_endpoint; }
    QComboBox *authCombo() const { return m_auth; }
    QLineEdit *authUrlEdit() const { return m_authUrl; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *projectEdit() const { return m_project; }
    QLineEdit *caFileEdit() const { return m_caFile; }
    QListWidget *recentList() const { return m_recent; }

signals:
    void changed();

private:
    void updateAuthFields();
    void validate();

    QList<model::remote::ConnectionSettings> m_recentSettings;
    QLineEdit *m_endpoint;
    QComboBox *m_auth;
    QLineEdit *m_authUrl, *m_user, *m_password, *m_token, *m_project, *m_userDomain, *m_projectDomain, *m_region,
        *m_caFile;
    QLabel *m_problem;
    QListWidget *m_recent;
};

} // namespace gui

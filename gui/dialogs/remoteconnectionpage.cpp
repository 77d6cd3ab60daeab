#include "remoteconnectionpage.h"

#include "backendoptions.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace gui {

RemoteConnectionPage::RemoteConnectionPage(QList<model::remote::ConnectionSettings> recent, QWidget *parent)
    : QWidget(parent), m_recentSettings(std::move(recent)), m_endpoint(new QLineEdit(this)), m_auth(new QComboBox(this)),
      m_authUrl(new QLineEdit(this)), m_user(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_token(new QLineEdit(this)), m_project(new QLineEdit(this)), m_userDomain(new QLineEdit(this)),
      m_projectDomain(new QLineEdit(this)), m_region(new QLineEdit(this)), m_caFile(new QLineEdit(this)),
      m_problem(new QLabel(this)), m_recent(new QListWidget(this))
{
    m_endpoint->setPlaceholderText(tr("http://host:19996/v1.0 (empty: from the Keystone catalog)"));
    m_auth->addItem(tr("Keystone password"), Password);
    m_auth->addItem(tr("Keystone token"), Token);
    m_auth->addItem(tr("No authentication (development cloud, X-Role: admin)"), NoAuth);
    m_authUrl->setPlaceholderText(tr("https://keystone:5000/v3"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("asked every time, never stored"));
    m_token->setEchoMode(QLineEdit::Password);
    m_userDomain->setText(QStringLiteral("Default"));
    m_projectDomain->setText(QStringLiteral("Default"));
    m_caFile->setPlaceholderText(tr("extra CA certificates (PEM), optional"));
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #a1160a; }"));
    m_problem->setWordWrap(true);
    auto *browse = new QPushButton(tr("B&rowse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("CA certificates"), m_caFile->text(),
                                                       tr("PEM files (*.pem *.crt);;All files (*)"));
        if (!f.isEmpty())
            m_caFile->setText(f);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Trio2o &API URL:"), m_endpoint);
    form->addRow(tr("A&uthentication:"), m_auth);
    form->addRow(tr("&Keystone URL:"), m_authUrl);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("T&oken:"), m_token);
    form->addRow(tr("Pro&ject:"), m_project);
    form->addRow(tr("User &domain:"), m_userDomain);
    form->addRow(tr("Project do&main:"), m_projectDomain);
    form->addRow(tr("Re&gion:"), m_region);
    auto *caLabel = new QLabel(tr("&CA file:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    for (const auto &s : m_recentSettings)
        m_recent->addItem(s.describe());
    auto *recentLabel = new QLabel(tr("Recent &remote connections:"), this);
    recentLabel->setBuddy(m_recent);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(recentLabel);
    layout->addWidget(m_recent, 1);

    connect(m_recent, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_recentSettings.size())
            fill(m_recentSettings[row]);
    });
    connect(m_auth, &QComboBox::currentIndexChanged, this, &RemoteConnectionPage::updateAuthFields);
    for (QLineEdit *e : {m_endpoint, m_authUrl, m_user, m_password, m_token, m_project, m_userDomain, m_projectDomain,
                         m_region, m_caFile})
        connect(e, &QLineEdit::textChanged, this, &RemoteConnectionPage::validate);
    updateAuthFields();
}

void RemoteConnectionPage::updateAuthFields()
{
    const int mode = m_auth->currentData().toInt();
    for (QLineEdit *e : {m_authUrl, m_project, m_userDomain, m_projectDomain, m_region})
        e->setEnabled(mode != NoAuth);
    m_user->setEnabled(mode == Password);
    m_password->setEnabled(mode == Password);
    m_token->setEnabled(mode == Token);
    validate();
}

void RemoteConnectionPage::fill(const model::remote::ConnectionSettings &s)
{
    m_endpoint->setText(s.endpoint.toString());
    m_authUrl->setText(s.authUrl.toString());
    m_user->setText(s.username);
    m_project->setText(s.projectName);
    m_userDomain->setText(s.userDomainName);
    m_projectDomain->setText(s.projectDomainName);
    m_region->setText(s.regionName);
    m_caFile->setText(s.caCertFile);
    m_password->clear(); // never remembered: ask again
    m_token->clear();
    m_auth->setCurrentIndex(m_auth->findData(s.noAuth ? NoAuth : Password));
    m_password->setFocus();
}

model::remote::ConnectionSettings RemoteConnectionPage::settings() const
{
    model::remote::ConnectionSettings s;
    const int mode = m_auth->currentData().toInt();
    s.endpoint = QUrl(m_endpoint->text().trimmed());
    s.noAuth = mode == NoAuth;
    s.caCertFile = m_caFile->text().trimmed();
    if (s.noAuth)
        return s;
    s.authUrl = QUrl(m_authUrl->text().trimmed());
    s.projectName = m_project->text().trimmed();
    s.userDomainName = m_userDomain->text().trimmed();
    s.projectDomainName = m_projectDomain->text().trimmed();
    s.regionName = m_region->text().trimmed();
    if (mode == Password) {
        s.username = m_user->text().trimmed();
        s.password = m_password->text();
    } else {
        s.token = m_token->text().trimmed();
    }
    return s;
}

QString RemoteConnectionPage::problem() const
{
    const auto s = settings();
    if (s.noAuth && s.endpoint.isEmpty())
        return tr("Without Keystone the Trio2o API URL is needed.");
    const model::Status v = model::remote::BackendOptions::validate(s);
    return v ? QString() : v.error();
}

void RemoteConnectionPage::validate()
{
    const QString p = problem();
    m_problem->setText(p);
    m_problem->setVisible(!p.isEmpty());
    emit changed();
}

} // namespace gui

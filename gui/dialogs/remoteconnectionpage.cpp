// SPDX-License-Identifier: Apache-2.0
#include "remoteconnectionpage.h"

#include "backendoptions.h"
#include "cloudsyaml.h"
#include "databaselocation.h"
#include "openstackoptions.h"
#include "passwordkeyring.h"
#include "sqlstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace gui {

RemoteConnectionPage::RemoteConnectionPage(QList<model::remote::ConnectionSettings> recent, QWidget *parent,
                                           const QProcessEnvironment &env)
    : QWidget(parent), m_recentSettings(std::move(recent)), m_endpoint(new QLineEdit(this)), m_auth(new QComboBox(this)),
      m_authUrl(new QLineEdit(this)), m_user(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_token(new QLineEdit(this)), m_project(new QLineEdit(this)), m_userDomain(new QLineEdit(this)),
      m_projectDomain(new QLineEdit(this)), m_region(new QLineEdit(this)), m_caFile(new QLineEdit(this)),
      m_store(new QLineEdit(this)),
      m_problem(new QLabel(this)), m_recent(new QListWidget(this)), m_clouds(new QListWidget(this)),
      m_cloudsLabel(new QLabel(this)), m_env(env),
      m_remember(new QCheckBox(tr("Re&member the password in the desktop keyring"), this)),
      m_keyring(new PasswordKeyring(this))
{
    m_remember->setToolTip(tr("Off: the password is asked every time. On: it is kept in the desktop keyring "
                              "(never in the console's settings or files)."));
    connect(m_keyring, &PasswordKeyring::fetched, this, [this](const QString &entry, const QString &password) {
        if (m_password->text().isEmpty() && entry == PasswordKeyring::entryOf(settings()))
            m_password->setText(password);
    });
    connect(m_keyring, &PasswordKeyring::failed, this, [this](const QString &message) {
        m_problem->setText(message);
        m_problem->setVisible(true);
    });
    m_endpoint->setPlaceholderText(tr("http://host:19996/v1.0 (empty: from the Keystone catalog)"));
    m_auth->addItem(tr("Keystone password"), Password);
    m_auth->addItem(tr("Keystone token"), Token);
    m_auth->addItem(tr("No authentication (development cloud, X-Role: admin)"), NoAuth);
    m_authUrl->setPlaceholderText(tr("https://keystone:5000/v3"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("asked every time unless remembered in the keyring"));
    m_token->setEchoMode(QLineEdit::Password);
    m_userDomain->setText(QStringLiteral("Default"));
    m_projectDomain->setText(QStringLiteral("Default"));
    m_caFile->setPlaceholderText(tr("extra CA certificates (PEM), optional"));
    m_store->setPlaceholderText(tr("empty: %1").arg(QDir::toNativeSeparators(model::SqlStore::defaultPath())));
    m_store->setToolTip(tr("Where the pod settings Trio2o does not keep, the usage history and the audit log of this "
                           "cloud are stored: an SQLite file, or postgresql://user@host:port/dbname for a store the "
                           "team shares (the password in PGPASSWORD or ~/.pgpass)."));
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
    form->addRow(QString(), m_remember);
    form->addRow(tr("T&oken:"), m_token);
    form->addRow(tr("Pro&ject:"), m_project);
    form->addRow(tr("User &domain:"), m_userDomain);
    form->addRow(tr("Project do&main:"), m_projectDomain);
    form->addRow(tr("Re&gion:"), m_region);
    auto *caLabel = new QLabel(tr("&CA file:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    form->addRow(tr("&Store:"), m_store);
    for (const auto &s : m_recentSettings)
        m_recent->addItem(s.describe());
    auto *recentLabel = new QLabel(tr("Recent &remote connections:"), this);
    recentLabel->setBuddy(m_recent);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildCloudList());
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
                         m_region, m_caFile, m_store})
        connect(e, &QLineEdit::textChanged, this, &RemoteConnectionPage::validate);
    // Typing over a chosen cloud's settings means the form now says what to use (a password may be added).
    for (QLineEdit *e : {m_endpoint, m_authUrl, m_user, m_token, m_project, m_userDomain, m_projectDomain, m_region, m_caFile})
        connect(e, &QLineEdit::textEdited, this, [this] { m_cloudSettings.reset(); });
    connect(m_auth, &QComboBox::activated, this, [this] { m_cloudSettings.reset(); });
    updateAuthFields();
}

QWidget *RemoteConnectionPage::buildCloudList()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_cloudsLabel);
    layout->addWidget(m_clouds);
    m_clouds->setMaximumHeight(fontMetrics().height() * 6);
    m_cloudsLabel->setBuddy(m_clouds);
    m_cloudsLabel->setWordWrap(true);
    const auto clouds = model::remote::CloudsYaml::load(m_env);
    if (!clouds) {
        m_cloudsLabel->setText(clouds.error());
        m_clouds->hide();
        return box;
    }
    if (clouds->file().isEmpty()) {
        box->hide();
        return box;
    }
    m_cloudsLabel->setText(tr("Clouds of %1 (a click connects):").arg(QDir::toNativeSeparators(clouds->file())));
    m_clouds->addItems(clouds->cloudNames());
    connect(m_clouds, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { chooseCloud(item->text()); });
    connect(m_clouds, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { chooseCloud(item->text()); });
    return box;
}

void RemoteConnectionPage::chooseCloud(const QString &name)
{
    model::remote::OpenStackOptions flags;
    flags.set(QStringLiteral("cloud"), name);
    auto chosen = model::remote::BackendOptions::settingsFrom(flags, m_env);
    if (!chosen) {
        m_cloudSettings.reset();
        m_problem->setText(chosen.error());
        m_problem->setVisible(true);
        return;
    }
    fill(chosen.value());
    m_cloudSettings = std::move(chosen).value();
    validate();
    if (problem().isEmpty())
        emit connectRequested();
    else
        m_password->setFocus(); // e.g. no password in secure.yaml: type it, then Connect
}

void RemoteConnectionPage::complete(const model::remote::ConnectionSettings &given)
{
    model::remote::ConnectionSettings settings = given;
    // Remembered in the keyring when this cloud and user were connected with "Remember" before.
    const QString entry = PasswordKeyring::entryOf(settings);
    for (const auto &recent : std::as_const(m_recentSettings))
        if (recent.rememberPassword && PasswordKeyring::entryOf(recent) == entry)
            settings.rememberPassword = true;
    fill(settings); // fetches a remembered password; the focus on the password
    m_cloudSettings = settings; // ids, scope, roles and timeout the form does not show
    validate();
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
    m_store->setText(s.storeLocation);
    m_password->clear(); // never remembered: ask again
    m_token->clear();
    m_auth->setCurrentIndex(m_auth->findData(s.noAuth ? NoAuth : Password));
    m_remember->setChecked(s.rememberPassword);
    if (s.rememberPassword)
        m_keyring->fetch(s); // fills the password when the keyring has it
    m_password->setFocus();
}

model::remote::ConnectionSettings RemoteConnectionPage::settings() const
{
    if (m_cloudSettings) {
        model::remote::ConnectionSettings s = *m_cloudSettings;
        if (!m_password->text().isEmpty())
            s.password = m_password->text();
        s.rememberPassword = m_remember->isChecked();
        s.storeLocation = m_store->text().trimmed();
        return s;
    }
    model::remote::ConnectionSettings s;
    const int mode = m_auth->currentData().toInt();
    s.endpoint = QUrl(m_endpoint->text().trimmed());
    s.noAuth = mode == NoAuth;
    s.caCertFile = m_caFile->text().trimmed();
    s.rememberPassword = m_remember->isChecked() && mode == Password;
    s.storeLocation = m_store->text().trimmed();
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
    if (!s.storeLocation.isEmpty()) {
        if (const auto store = model::DatabaseLocation::parse(s.storeLocation); !store)
            return tr("Store: %1").arg(store.error());
    }
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

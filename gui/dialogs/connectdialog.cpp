// SPDX-License-Identifier: Apache-2.0
#include "connectdialog.h"

#include "icons.h"
#include "remoteconnectionpage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace gui {

ConnectDialog::ConnectDialog(const QStringList &recentDatabases, const QString &currentPath, QWidget *parent,
                             const QList<model::remote::ConnectionSettings> &recentRemotes, const QProcessEnvironment &env)
    : QDialog(parent), m_backend(new QComboBox(this)), m_pages(new QStackedWidget(this)), m_path(new QLineEdit(this)),
      m_recent(new QListWidget(this)), m_remote(new RemoteConnectionPage(recentRemotes, this, env)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect"));
    setWindowIcon(icon(IconId::Connect));
    m_backend->addItem(icon(IconId::Connect), tr("Local database file"));
    m_backend->addItem(icon(IconId::Region), tr("Trio2o Admin API (remote)"));
    m_pages->addWidget(buildLocalPage());
    m_pages->addWidget(m_remote);
    connect(m_backend, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_backend, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateButtons);
    connect(m_remote, &RemoteConnectionPage::changed, this, &ConnectDialog::updateButtons);
    connect(m_remote, &RemoteConnectionPage::connectRequested, this, &QDialog::accept);

    m_path->setText(currentPath);
    for (const QString &path : recentDatabases)
        m_recent->addItem(path);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Backend:"), m_backend);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);
    resize(640, 560);
    updateButtons();
}

void ConnectDialog::askPasswordFor(const model::remote::ConnectionSettings &settings)
{
    m_backend->setCurrentIndex(1);
    m_remote->complete(settings);
}

QWidget *ConnectDialog::buildLocalPage()
{
    auto *page = new QWidget(this);
    auto *browse = new QPushButton(tr("&Browse…"), page);
    connect(browse, &QPushButton::clicked, this, &ConnectDialog::browse);
    m_path->setPlaceholderText(tr("Path of an SQLite database, or postgresql://user@host/dbname; you are asked before a missing file is created"));
    connect(m_path, &QLineEdit::textChanged, this, &ConnectDialog::updateButtons);
    connect(m_recent, &QListWidget::currentTextChanged, m_path, &QLineEdit::setText);
    connect(m_recent, &QListWidget::itemActivated, this, &QDialog::accept);
    auto *clear = new QPushButton(tr("C&lear list"), page);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_recent->clear();
        m_recentCleared = true;
    });

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *recentLabel = new QLabel(tr("&Recent connections:"), page);
    recentLabel->setBuddy(m_recent);
    auto *recentHeader = new QHBoxLayout;
    recentHeader->addWidget(recentLabel, 1);
    recentHeader->addWidget(clear);
    auto *fileLabel = new QLabel(tr("Database &file:"), page);
    fileLabel->setBuddy(m_path);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(fileLabel);
    layout->addLayout(pathRow);
    layout->addLayout(recentHeader);
    layout->addWidget(m_recent, 1);
    return page;
}

void ConnectDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Open or create a database"), m_path->text(), tr("SQLite databases (*.sqlite *.db);;All files (*)"),
        nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_path->setText(path);
}

void ConnectDialog::updateButtons()
{
    const bool remote = m_backend->currentIndex() == 1;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(remote ? m_remote->problem().isEmpty()
                                                               : !m_path->text().trimmed().isEmpty());
}

ConnectionSpec ConnectDialog::connection() const
{
    if (m_backend->currentIndex() == 1)
        return {ConnectionSpec::Kind::Remote, {}, m_remote->settings()};
    return {ConnectionSpec::Kind::LocalDatabase, m_path->text().trimmed(), {}};
}

} // namespace gui

// SPDX-License-Identifier: Apache-2.0
#include "statuspanel.h"

#include "timeformat.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>

namespace gui {

StatusPanel::StatusPanel(QStatusBar *bar)
    : QObject(bar), m_demo(new QLabel(bar)), m_backend(new QLabel(bar)), m_state(new QLabel(bar)), m_progress(new QProgressBar(bar)),
      m_age(new QLabel(bar)), m_refreshed(new QLabel(bar))
{
    m_backend->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(180);
    m_progress->setVisible(false);
    m_demo->setText(tr("DEMO", "status bar badge: the database holds the made-up demo cloud"));
    m_demo->setToolTip(tr("This database holds the made-up demo cloud, not a real one"));
    m_demo->setStyleSheet(QStringLiteral("QLabel { background: #c77c02; color: white; font-weight: bold; "
                                         "padding: 1px 6px; border-radius: 3px; }"));
    m_demo->setVisible(false);
    bar->addWidget(m_demo);
    bar->addWidget(m_backend, 1);
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_state);
    bar->addPermanentWidget(m_age);
    bar->addPermanentWidget(m_refreshed);
    m_ageTimer.setInterval(1000);
    connect(&m_ageTimer, &QTimer::timeout, this, &StatusPanel::updateAge);
    m_state->setText(tr("Not connected"));
}

void StatusPanel::setDemo(bool demo) { m_demo->setVisible(demo); }
bool StatusPanel::isDemo() const { return !m_demo->isHidden(); }

void StatusPanel::setBackend(const QString &description)
{
    m_backend->setText(description);
    m_backend->setToolTip(description);
}

void StatusPanel::setLoading(int percent, const QString &step)
{
    m_progress->setVisible(true);
    m_progress->setValue(percent);
    m_progress->setFormat(QStringLiteral("%p %"));
    m_progress->setToolTip(step);
    m_state->setText(tr("Loading…"));
}

void StatusPanel::setLoaded(std::int64_t snapshotAtUs)
{
    m_progress->setVisible(false);
    m_state->setText(tr("Connected"));
    m_state->setToolTip({});
    m_snapshotAtUs = snapshotAtUs;
    m_refreshed->setText(tr("Last refresh %1")
                             .arg(QLocale().toString(QDateTime::currentDateTime().time(), QLocale::ShortFormat)));
    updateAge();
    m_ageTimer.start();
}

void StatusPanel::setSnapshotOnly(const QDateTime &takenAt)
{
    m_state->setText(tr("Read-only snapshot of %1").arg(QLocale().toString(takenAt.toLocalTime(), QLocale::ShortFormat)));
    m_state->setToolTip(tr("The cloud cannot be reached; editing is off until it answers again."));
    m_snapshotAtUs = takenAt.toMSecsSinceEpoch() * 1000;
    updateAge();
}

void StatusPanel::setFailed(const QString &message)
{
    m_progress->setVisible(false);
    m_state->setText(tr("Failed"));
    m_state->setToolTip(message);
}

QString StatusPanel::stateText() const { return m_state->text(); }

void StatusPanel::updateAge()
{
    const qint64 seconds = (model::nowMicroseconds() - m_snapshotAtUs) / 1'000'000;
    if (seconds < 60)
        m_age->setText(tr("Snapshot %n s old", nullptr, int(seconds)));
    else if (seconds < 3600)
        m_age->setText(tr("Snapshot %n min old", nullptr, int(seconds / 60)));
    else
        m_age->setText(tr("Snapshot %n h old", nullptr, int(seconds / 3600)));
}

} // namespace gui

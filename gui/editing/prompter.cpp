// SPDX-License-Identifier: Apache-2.0
#include "prompter.h"

#include <QDialog>
#include <QFileDialog>
#include <QMessageBox>

namespace gui {

bool Prompter::confirm(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void Prompter::actionFailed(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

int Prompter::run(QDialog &dialog) { return dialog.exec(); }

QString Prompter::saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

} // namespace gui

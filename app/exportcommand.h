#pragma once

namespace hcloud {

// hcloud-desktop --export KIND [--project NAME] [--format json|csv] [--output FILE]
// Lists one kind of the saved projects (or of the Environment project from
// HCLOUD_TOKEN) without a window. Returns the process's exit code.
bool isExportCall(int argc, char **argv);
int runExport(int argc, char **argv);

} // namespace hcloud

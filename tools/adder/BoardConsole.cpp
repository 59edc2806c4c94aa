//===- BoardConsole.cpp - running an emulated board with piped input ------===//

#include "BoardConsole.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char **environ;

namespace adder::driver {

namespace {

bool writeAll(int Fd, const char *Data, size_t Size) {
  while (Size) {
    ssize_t N = write(Fd, Data, Size);
    if (N < 0 && errno == EINTR)
      continue;
    if (N <= 0)
      return false;
    Data += N;
    Size -= size_t(N);
  }
  return true;
}

/// Copies stdin to Fd, then writes Ctrl-D until the reader goes away.
void feedInput(int Fd) {
  char Buf[4096];
  for (;;) {
    ssize_t N = read(0, Buf, sizeof(Buf));
    if (N < 0 && errno == EINTR)
      continue;
    if (N <= 0)
      break;
    if (!writeAll(Fd, Buf, size_t(N))) {
      close(Fd);
      return;
    }
  }
  memset(Buf, 0x04, sizeof(Buf));
  while (writeAll(Fd, Buf, sizeof(Buf))) {
  }
  close(Fd);
}

} // namespace

int runEmulator(const std::string &Program, const std::vector<std::string> &Argv,
                std::string &Msg) {
  std::vector<char *> Args;
  for (const std::string &A : Argv)
    Args.push_back(const_cast<char *>(A.c_str()));
  Args.push_back(nullptr);

  bool PipeInput = !isatty(0);
  int Fds[2] = {-1, -1};
  posix_spawn_file_actions_t Actions;
  posix_spawn_file_actions_init(&Actions);
  if (PipeInput) {
    if (pipe(Fds) != 0) {
      Msg = std::string("pipe: ") + strerror(errno);
      return -1;
    }
    posix_spawn_file_actions_adddup2(&Actions, Fds[0], 0);
    posix_spawn_file_actions_addclose(&Actions, Fds[0]);
    posix_spawn_file_actions_addclose(&Actions, Fds[1]);
    // A write after the emulator exits must fail, not kill the driver.
    signal(SIGPIPE, SIG_IGN);
  }
  pid_t Pid;
  int Err = posix_spawn(&Pid, Program.c_str(), &Actions, nullptr, Args.data(),
                        environ);
  posix_spawn_file_actions_destroy(&Actions);
  if (PipeInput)
    close(Fds[0]);
  if (Err != 0) {
    if (PipeInput)
      close(Fds[1]);
    Msg = "cannot run " + Program + ": " + strerror(Err);
    return -1;
  }
  if (PipeInput)
    std::thread(feedInput, Fds[1]).detach();

  int Status;
  while (waitpid(Pid, &Status, 0) < 0) {
    if (errno != EINTR) {
      Msg = std::string("waitpid: ") + strerror(errno);
      return -1;
    }
  }
  if (WIFSIGNALED(Status)) {
    Msg = strsignal(WTERMSIG(Status));
    return -1;
  }
  return WEXITSTATUS(Status);
}

} // namespace adder::driver

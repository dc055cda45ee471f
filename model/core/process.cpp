#include "model/core/process.h"

#include <cerrno>
#include <cstring>
#include <thread>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace Netpol {

namespace {

struct Pipe
{
    int fd[2] = {-1, -1};
    bool open() { return ::pipe2(fd, O_CLOEXEC) == 0; }
    void close(int i)
    {
        if (fd[i] >= 0)
            ::close(fd[i]);
        fd[i] = -1;
    }
    ~Pipe()
    {
        close(0);
        close(1);
    }
};

} // namespace

ProgramResult runProgram(const std::string &program, const std::vector<std::string> &arguments,
                         const std::string &input, std::chrono::milliseconds timeout)
{
    ProgramResult result;
    Pipe in, out, err;
    if (!in.open() || !out.open() || !err.open()) {
        result.error = std::string("cannot create pipes: ") + std::strerror(errno);
        return result;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in.fd[0], 0);
    posix_spawn_file_actions_adddup2(&actions, out.fd[1], 1);
    posix_spawn_file_actions_adddup2(&actions, err.fd[1], 2);

    std::vector<char *> argv;
    argv.push_back(const_cast<char *>(program.c_str()));
    for (const std::string &a : arguments)
        argv.push_back(const_cast<char *>(a.c_str()));
    argv.push_back(nullptr);

    pid_t pid = 0;
    const int spawned = ::posix_spawnp(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        result.error = "cannot run " + program + ": " + std::strerror(spawned);
        return result;
    }
    result.started = true;
    in.close(0);
    out.close(1);
    err.close(1);

    // Feed standard input from a thread, so a program that writes a lot before it has read
    // everything cannot deadlock against us.
    const int inFd = in.fd[1];
    in.fd[1] = -1;
    std::thread feeder([inFd, &input]() {
        // A program that exits early makes write() raise SIGPIPE: keep it on this thread,
        // blocked, so it only turns into EPIPE (a pending thread signal dies with the thread).
        sigset_t pipeSignal;
        sigemptyset(&pipeSignal);
        sigaddset(&pipeSignal, SIGPIPE);
        pthread_sigmask(SIG_BLOCK, &pipeSignal, nullptr);
        std::size_t done = 0;
        while (done < input.size()) {
            const ssize_t n = ::write(inFd, input.data() + done, input.size() - done);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break; // EPIPE: the program stopped reading
            done += std::size_t(n);
        }
        ::close(inFd);
    });

    const auto deadline = std::chrono::steady_clock::now() + timeout;
    pollfd fds[2] = {{out.fd[0], POLLIN, 0}, {err.fd[0], POLLIN, 0}};
    std::string *sinks[2] = {&result.out, &result.err};
    int open = 2;
    char buffer[65536];
    while (open > 0) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
            result.timedOut = true;
            ::kill(pid, SIGKILL);
            break;
        }
        const int ready = ::poll(fds, 2, int(std::min<long long>(left.count(), 1000)));
        if (ready < 0 && errno != EINTR)
            break;
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
            if (n > 0) {
                sinks[i]->append(buffer, std::size_t(n));
            } else if (n == 0 || errno != EINTR) {
                fds[i].fd = -1;
                --open;
            }
        }
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    feeder.join();
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    if (result.timedOut)
        result.error = program + " did not finish within " + std::to_string(timeout.count() / 1000)
                       + " s and was stopped";
    return result;
}

} // namespace Netpol

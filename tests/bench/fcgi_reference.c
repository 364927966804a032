/* The benchmark's yardstick: the least a libfcgi responder can do behind
 * the same nginx. It answers every request with a body of the size asked
 * for (?bytes=N) and the headers buyerdesk sends, from buffers made once,
 * so what it costs is the FastCGI hop itself. Forks as many processes as
 * the app has workers, on a socket of its own.
 *
 *     fcgi_reference SOCKET WORKERS
 *
 * Built by tests/bench/bench.mjs (cc -O2 ... -lfcgi); not part of the
 * portal. */
#include <fcgiapp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define BODY_MAX (1 << 20)

static char body[BODY_MAX];

static void serve(int listen_fd)
{
    FCGX_Request request;
    if (FCGX_InitRequest(&request, listen_fd, 0) != 0) _exit(1);
    while (FCGX_Accept_r(&request) >= 0) {
        const char *query = FCGX_GetParam("QUERY_STRING", request.envp);
        const char *at = query ? strstr(query, "bytes=") : NULL;
        long n = at ? strtol(at + 6, NULL, 10) : 0;
        if (n < 0 || n > BODY_MAX) n = 0;
        FCGX_PutS("Status: 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n\r\n",
                  request.out);
        FCGX_PutStr(body, (int)n, request.out);
        /* closed as buyerdesk's workers close (src/web/server.c, finish):
         * without libfcgi's wait for nginx to close first */
        FCGX_Detach(&request);
        FCGX_Finish_r(&request);
    }
    _exit(0);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: fcgi_reference SOCKET WORKERS\n");
        return 2;
    }
    int workers = atoi(argv[2]);
    if (workers < 1 || workers > 64) workers = 1;
    for (size_t i = 0; i < sizeof body; i++) body[i] = "<p>buyerdesk</p>\n"[i % 17];
    if (FCGX_Init() != 0) return 1;
    unlink(argv[1]);
    int fd = FCGX_OpenSocket(argv[1], 128);
    if (fd < 0) {
        perror("fcgi_reference: socket");
        return 1;
    }
    chmod(argv[1], 0777);   /* nginx's workers, whoever they run as */
    pid_t pids[64];
    for (int i = 0; i < workers; i++) {
        pids[i] = fork();
        if (pids[i] == 0) serve(fd);
    }
    /* Until told to stop: then the workers go too. */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    sigprocmask(SIG_BLOCK, &set, NULL);
    int sig;
    sigwait(&set, &sig);
    for (int i = 0; i < workers; i++) kill(pids[i], SIGTERM);
    while (wait(NULL) > 0) {}
    return 0;
}

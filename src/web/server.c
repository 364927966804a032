#include "web/server.h"

#include <errno.h>
#include <fcgiapp.h>
#include <grp.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <malloc.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "web/app.h"
#include "base/db.h"
#include "web/response.h"

#define MAX_WORKERS 64

static volatile sig_atomic_t stopping;

/* --- one request ------------------------------------------------------ */

static const char *param(FCGX_Request *fx, const char *name)
{
    const char *v = FCGX_GetParam(name, fx->envp);
    return v ? v : "";
}

/* Splits REQUEST_URI into a decoded path and the raw query string. */
static void read_target(FCGX_Request *fx, struct request *req, char **path_owned)
{
    const char *uri = param(fx, "REQUEST_URI");
    const char *q = strchr(uri, '?');
    size_t path_len = q ? (size_t)(q - uri) : strlen(uri);
    req->query_string = q ? q + 1 : "";
    enum http_parse_result r = http_percent_decode(uri, path_len, 0, path_owned);
    if (r != HTTP_PARSE_OK) req->input_error = r;
    req->path = *path_owned && **path_owned == '/' ? *path_owned : "/";
    if (req->input_error == HTTP_PARSE_OK)
        req->input_error = http_parse_urlencoded(req->query_string, strlen(req->query_string), &req->query);
}

/* Returns 0, or 413 when the body is over the limit. */
static int read_body(FCGX_Request *fx, struct request *req)
{
    long length = atol(param(fx, "CONTENT_LENGTH"));
    if (length <= 0) return 0;
    if (length > app.cfg.max_body_bytes) return 413;
    char boundary[MULTIPART_BOUNDARY_MAX + 1];
    int multipart = multipart_boundary(req->content_type, boundary) == 0;
    if (!multipart && strncmp(req->content_type, "application/x-www-form-urlencoded", 33) != 0) return 0;
    char *body = malloc((size_t)length);
    if (!body) return 413;
    int got = FCGX_GetStr(body, (int)length, fx->in);
    if (multipart) {
        /* files point into the body: the request keeps it */
        req->raw_body = body;
        req->raw_body_len = got > 0 ? (size_t)got : 0;
        if (req->input_error != HTTP_PARSE_OK) return 0;
        enum multipart_result r = multipart_parse(body, req->raw_body_len, boundary, &req->form, &req->files);
        if (r == MULTIPART_NO_MEMORY) req->input_error = HTTP_PARSE_NO_MEMORY;
        else if (r == MULTIPART_TOO_MANY) req->input_error = HTTP_PARSE_TOO_MANY;
        else if (r != MULTIPART_OK) req->input_error = HTTP_PARSE_BAD_UTF8;
        return 0;
    }
    if (got >= 0 && req->input_error == HTTP_PARSE_OK)
        req->input_error = http_parse_urlencoded(body, (size_t)got, &req->form);
    free(body);
    return 0;
}

/* Reads what the handler left of the request's input (a body refused as
 * too large, the end of an empty one) before the response goes out: nginx
 * sends a request whole before it reads any answer, so this never waits on
 * an nginx that has stopped sending, and afterwards the connection holds
 * nothing unread when it is closed. */
static void read_rest_of_input(FCGX_Request *fx)
{
    char rest[4096];
    while (FCGX_GetStr(rest, sizeof rest, fx->in) > 0) {
    }
}

static long elapsed_us(const struct timespec *start)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (now.tv_sec - start->tv_sec) * 1000000L + (now.tv_nsec - start->tv_nsec) / 1000;
}

/* Answers whether the response ended the request itself (finish). */
static int handle_one(FCGX_Request *fx)
{
    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);
    struct request req;
    request_init(&req);
    req.out = fx->out;
    req.fcgi_fd = fx->ipcFd;
    req.fcgi_request_id = fx->requestId;
    char *path = NULL;
    req.method = param(fx, "REQUEST_METHOD");
    req.remote_addr = param(fx, "REMOTE_ADDR");
    req.user_agent = param(fx, "HTTP_USER_AGENT");
    req.content_type = param(fx, "CONTENT_TYPE");
    read_target(fx, &req, &path);
    const char *cookie = param(fx, "HTTP_COOKIE");
    if (req.input_error == HTTP_PARSE_OK) http_parse_cookies(cookie, &req.cookies);

    if (read_body(fx, &req) == 413) {
        response_error(&req, 413, "What you sent is larger than this site accepts.");
    } else {
        app_handle(&req);
    }
    /* The layout may read too (navigation), so statements are released
     * after it: a reader left open would pin the worker to an old snapshot. */
    response_finish(&req);
    if (db_release()) fprintf(stderr, "warning: %s %s left a transaction open\n", req.method, req.path);
    read_rest_of_input(fx);
    response_write(&req);
    fprintf(stderr, "%s %s %d %ldus\n", req.method, req.path, req.status, elapsed_us(&start));
    int ended = req.fcgi_ended;
    request_free(&req);
    free(path);
    return ended;
}

/* --- workers ---------------------------------------------------------- */

/* fork() with SIGTERM and SIGINT held back until the child has its own
 * handlers: a child inherits the supervisor's (which only sets `stopping`
 * in the child's copy), so a stop signal arriving between the fork and the
 * child's sigaction was lost, and the supervisor waited for ever for a
 * worker that never heard it. The child lets them through
 * (allow_stop_signals) once its handlers are in place. */
static sigset_t stop_signals(void)
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    return set;
}

static pid_t fork_child(void)
{
    sigset_t set = stop_signals(), before;
    sigprocmask(SIG_BLOCK, &set, &before);
    pid_t pid = fork();
    if (pid != 0) sigprocmask(SIG_SETMASK, &before, NULL);
    return pid;
}

static void allow_stop_signals(void)
{
    sigset_t set = stop_signals();
    sigprocmask(SIG_UNBLOCK, &set, NULL);
}

/* Set while a request runs: SIGTERM or SIGINT then asks the worker to
 * stop after it, so a request is never cut in half. A flag rather than
 * blocking the signals around each request: two system calls fewer a
 * request. Waiting for work, the worker ends at once. */
static volatile sig_atomic_t busy, stop_after;

static void worker_on_term(int sig)
{
    (void)sig;
    if (!busy) _exit(0);
    stop_after = 1;
}

/* Ends the request and its connection. libfcgi's own close shuts down the
 * sending side and waits (up to 2 s) for nginx to close first, so that a
 * TCP reset cannot destroy a response still on its way. nginx reaches the
 * workers by a Unix socket, where what was sent stays readable after the
 * sender closes, and that wait cost three system calls and a wake-up of
 * nginx before the worker could take the next request; a detached request
 * is closed plainly. handle_one has read all of the request's input by
 * then (read_rest_of_input), so nothing nginx sent is left unread. */
/* ended: the response carried the records that end the request
 * (response_write), so libfcgi's streams are marked closed and it sends
 * nothing more. */
static void finish(FCGX_Request *fx, int ended)
{
    if (ended) {
        fx->out->wasFCloseCalled = fx->err->wasFCloseCalled = 1;
        fx->out->isClosed = fx->err->isClosed = 1;
    }
    FCGX_Detach(fx);
    FCGX_Finish_r(fx);
}

static void worker_run(int listen_fd)
{
    struct sigaction sa = { 0 };
    sa.sa_handler = worker_on_term;
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    allow_stop_signals();

    prctl(PR_SET_NAME, "buyerdesk-web");   /* tells workers apart in ps/top */
    /* A request allocates and frees the same few hundred kilobytes each
     * time (templates' output, dictionaries, rows). glibc's defaults give
     * the top of the heap back after every request and take it again on
     * the next (a brk pair per request); keeping what a worker has used
     * makes that a free list lookup. Large one-off buffers (imports) still
     * come from mmap and go back at once. */
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    mallopt(M_TOP_PAD, 4 << 20);
    mallopt(M_MMAP_THRESHOLD, 8 << 20);
    if (app_worker_start() != 0) _exit(2);
    FCGX_Request fx;
    if (FCGX_InitRequest(&fx, listen_fd, 0) != 0) _exit(2);
    while (!stop_after && FCGX_Accept_r(&fx) >= 0) {
        busy = 1;
        finish(&fx, handle_one(&fx));
        busy = 0;
    }
    app_worker_stop();
    _exit(0);
}

static pid_t spawn_worker(int listen_fd)
{
    pid_t pid = fork_child();
    if (pid == 0) worker_run(listen_fd);
    return pid;
}

/* The jobs runner beside the workers, so the demo needs nothing else. */
static pid_t spawn_jobs(int listen_fd, int (*jobs_main)(long), pid_t previous)
{
    pid_t pid = fork_child();
    if (pid == 0) {
        close(listen_fd);
        prctl(PR_SET_NAME, "buyerdesk-jobs");
        struct sigaction dfl = { 0 };
        dfl.sa_handler = SIG_DFL;
        sigaction(SIGTERM, &dfl, NULL);
        sigaction(SIGINT, &dfl, NULL);
        allow_stop_signals();
        _exit(jobs_main((long)previous));
    }
    return pid;
}

/* --- supervisor ------------------------------------------------------- */

static void on_stop(int sig)
{
    (void)sig;
    stopping = 1;
}

static int worker_count(void)
{
    if (app.cfg.workers > 0) return app.cfg.workers > MAX_WORKERS ? MAX_WORKERS : app.cfg.workers;
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    return cpus < 1 ? 1 : cpus > MAX_WORKERS ? MAX_WORKERS : (int)cpus;
}

static int make_parent_dir(const char *path)
{
    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s", path);
    char *slash = strrchr(dir, '/');
    if (!slash || slash == dir) return 0;
    *slash = '\0';
    for (char *p = dir + 1; *p; p++) {
        if (*p != '/') continue;
        *p = '\0';
        mkdir(dir, 0755);
        *p = '/';
    }
    return mkdir(dir, 0755) == 0 || errno == EEXIST ? 0 : -1;
}

/* nginx's workers must be able to connect: give the socket to their group
 * when one is configured, else open it to all local users. */
static void grant_socket_access(const char *path)
{
    struct group *g = app.cfg.socket_group[0] ? getgrnam(app.cfg.socket_group) : NULL;
    if (g && chown(path, (uid_t)-1, g->gr_gid) == 0) {
        chmod(path, 0660);
        return;
    }
    chmod(path, 0666);
}

static int open_socket(void)
{
    const char *path = app.cfg.socket_path;
    if (make_parent_dir(path) != 0) {
        fprintf(stderr, "serve: cannot create the directory for %s: %s\n", path, strerror(errno));
        return -1;
    }
    unlink(path);   /* a stale socket from a crash */
    if (FCGX_Init() != 0) return -1;
    int fd = FCGX_OpenSocket(path, 128);
    if (fd < 0) {
        fprintf(stderr, "serve: cannot open socket %s\n", path);
        return -1;
    }
    grant_socket_access(path);
    return fd;
}

int server_run(int (*jobs_main)(long previous_pid))
{
    int listen_fd = open_socket();
    if (listen_fd < 0) return 1;

    struct sigaction sa = { 0 };
    sa.sa_handler = on_stop;
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);

    int n = worker_count();
    pid_t workers[MAX_WORKERS] = { 0 };
    for (int i = 0; i < n; i++) workers[i] = spawn_worker(listen_fd);
    pid_t jobs = spawn_jobs(listen_fd, jobs_main, 0);
    fprintf(stderr, "serve: %d workers on %s, and the jobs runner\n", n, app.cfg.socket_path);

    while (!stopping) {
        int status;
        pid_t dead = waitpid(-1, &status, 0);
        if (dead < 0) continue;   /* EINTR from the stop signal */
        if (dead == jobs && !stopping) {
            fprintf(stderr, "serve: jobs runner %d ended (status %d); starting another\n", (int)dead, status);
            sleep(1);
            jobs = spawn_jobs(listen_fd, jobs_main, dead);
            continue;
        }
        for (int i = 0; i < n && !stopping; i++) {
            if (workers[i] != dead) continue;
            fprintf(stderr, "serve: worker %d ended (status %d); starting another\n", (int)dead, status);
            sleep(1);   /* a worker that dies at start-up must not spin */
            workers[i] = spawn_worker(listen_fd);
        }
    }

    for (int i = 0; i < n; i++)
        if (workers[i] > 0) kill(workers[i], SIGTERM);
    if (jobs > 0) kill(jobs, SIGTERM);
    for (int i = 0; i < n; i++)
        if (workers[i] > 0) waitpid(workers[i], NULL, 0);
    if (jobs > 0) waitpid(jobs, NULL, 0);
    unlink(app.cfg.socket_path);
    fprintf(stderr, "serve: stopped\n");
    return 0;
}

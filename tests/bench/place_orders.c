/* The benchmark's write driver: members place orders the way a browser
 * does (cart, add to the cart, checkout, review, submit with the review's
 * one-time key), all sessions in parallel for a while. It runs on the
 * same 2 cores as the portal it measures, so what it spends per order is
 * taken from the server: it is C on one thread, a plain HTTP/1.1 client
 * over non-blocking sockets and epoll (libcurl's multi interface took
 * twice its CPU per order, Node over twenty times).
 *
 *     place_orders URL SECONDS RUN < LIST
 *
 * URL is http://HOST:PORT (no TLS: the benchmark talks to nginx over
 * loopback). LIST has one line per member ("member EMAIL") and per product
 * to order ("sku SKU"); RUN prefixes the PO numbers (RUN-N). Every member
 * signs in with the demo's password, then each places orders until
 * SECONDS have passed. Prints one JSON object: orders, seconds, errors,
 * firstErrors, retries and the order numbers the portal answered, which
 * tests/bench/place_orders.mjs (which builds and runs this) checks against
 * the database. Exits 1 only when it could not run (bad arguments, a
 * member who cannot sign in). */
#define _GNU_SOURCE /* memmem, getline, strncasecmp, SOCK_NONBLOCK */
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define PASSWORD "demo-password-1"
#define ATTEMPTS 3        /* tries of a request whose connection failed */
#define FIRST_ERRORS 5
#define CSRF_MAX 256
#define COOKIES 8         /* per session: the portal sets three */
#define COOKIE_MAX 512
#define LOCATION_MAX 512
#define TIMEOUT_SECONDS 60 /* a request slower than this is a failure, not a wait */
#define READ_ROOM 65536    /* free space offered to each recv() */

typedef struct {
    char *data;
    size_t len, cap;
} Buf;

typedef struct {
    const char *p;
    size_t n;
} Span;

typedef struct {
    char text[COOKIE_MAX]; /* name=value, as sent back */
    size_t name_len;
} Cookie;

enum step { LOGIN_PAGE, LOGIN, CART, ADD, CHECKOUT, REVIEW, SUBMIT };
static const char *const STEP_NAMES[] = {"GET /login", "POST /login", "GET /cart", "POST /cart/items",
                                         "GET /checkout", "POST /checkout/review", "POST /checkout"};

/* One member: a browser with its own cookies and its own kept-alive
 * connection, one request at a time. */
typedef struct {
    size_t k; /* the member's place in the list: picks the products */
    const char *email;
    enum step step;
    long n;      /* the order this session is placing (a count shared by all) */
    int attempt; /* of the current request */
    int waiting; /* a request is sent or being sent and not yet answered */
    int gave_up; /* the request failed ATTEMPTS times: go on from the event loop */
    struct timespec sent_at;

    int fd; /* -1: no connection */
    int connecting;
    Buf out;     /* the request */
    size_t sent; /* how much of it is written */
    Buf form;    /* the body of the next post */

    /* The response as it comes in; once complete, only its body (the page). */
    Buf page;
    size_t head_len;    /* 0 until the headers are in: their length, blank line included */
    long status;
    long content_length; /* -1: none given */
    int chunked, closes; /* Transfer-Encoding: chunked; Connection: close */
    size_t body_end;     /* chunked: the end of the body decoded so far, in place */
    size_t chunk_at;     /* chunked: where the next chunk's size line starts */
    char location[LOCATION_MAX];

    char csrf[CSRF_MAX];
    Cookie cookies[COOKIES];
    size_t ncookies;
} Session;

typedef struct {
    struct sockaddr_storage addr;
    socklen_t addr_len;
    const char *host;   /* the Host header: the URL's HOST:PORT */
    size_t host_len;
    const char *prefix; /* the URL's path, put before every path */
    size_t prefix_len;
    const char *run;
    char **emails, **skus;
    size_t nemails, nskus;
    Session *sessions;
    int epoll;
    size_t active; /* sessions signing in or placing an order */
    size_t gave_up; /* sessions whose request failed for good, to go on with */
    long next_order;
    struct timespec until, checked;
    long placed, errors, retries, nfirst;
    Buf first;   /* the first errors, as JSON strings joined by commas */
    Buf numbers; /* the order numbers, the same way */
} Driver;

static void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("place_orders: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

static double since(const struct timespec *t)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - t->tv_sec) + (double)(now.tv_nsec - t->tv_nsec) / 1e9;
}

/* --- buffers: grown, never shrunk, reused for every request ------------- */

static void buf_reserve(Buf *b, size_t more)
{
    if (b->len + more <= b->cap) return;
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->len + more) cap *= 2;
    char *data = realloc(b->data, cap);
    if (!data) die("out of memory");
    b->data = data;
    b->cap = cap;
}

static void buf_add(Buf *b, const char *s, size_t n)
{
    buf_reserve(b, n);
    memcpy(b->data + b->len, s, n);
    b->len += n;
}

static void buf_adds(Buf *b, const char *s) { buf_add(b, s, strlen(s)); }

static const char *find(const char *from, const char *end, const char *what)
{
    return memmem(from, (size_t)(end - from), what, strlen(what));
}

static Span span(const char *s) { return (Span){s, strlen(s)}; }

/* --- form bodies ----------------------------------------------------------- */

/* The character an entity at s (starting with '&') stands for, and its
 * length in *used; '&' itself when it is none of the five the templates
 * write. */
static unsigned char entity(const char *s, size_t n, size_t *used)
{
    static const struct { const char *text; char c; } known[] = {
        {"&amp;", '&'}, {"&quot;", '"'}, {"&#39;", '\''}, {"&lt;", '<'}, {"&gt;", '>'}};
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++) {
        size_t len = strlen(known[i].text);
        if (len <= n && memcmp(s, known[i].text, len) == 0) {
            *used = len;
            return (unsigned char)known[i].c;
        }
    }
    *used = 1;
    return '&';
}

/* application/x-www-form-urlencoded as a browser (and URLSearchParams)
 * writes it; html: the text is an attribute value, entities decoded first. */
static void url_encode(Buf *b, const char *s, size_t n, int html)
{
    static const char hex[] = "0123456789ABCDEF";
    buf_reserve(b, 3 * n);
    char *o = b->data + b->len;
    for (size_t i = 0; i < n;) {
        size_t used = 1;
        unsigned char c = (unsigned char)s[i];
        if (html && c == '&') c = entity(s + i, n - i, &used);
        i += used;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '*' || c == '-' ||
            c == '.' || c == '_') {
            *o++ = (char)c;
        } else if (c == ' ') {
            *o++ = '+';
        } else {
            *o++ = '%';
            *o++ = hex[c >> 4];
            *o++ = hex[c & 15];
        }
    }
    b->len = (size_t)(o - b->data);
}

static void field(Buf *form, Span name, Span value, int html)
{
    if (form->len) buf_add(form, "&", 1);
    url_encode(form, name.p, name.n, 0);
    buf_add(form, "=", 1);
    url_encode(form, value.p, value.n, html);
}

/* A new form, starting with the token the last page carried (every form
 * of the portal sends one). */
static void form_begin(Session *s)
{
    s->form.len = 0;
    field(&s->form, span("csrf_token"), span(s->csrf), 0);
}

/* --- reading pages ----------------------------------------------------------- */

/* Every page with a form carries the session's CSRF token; the next post
 * sends the latest one, as the page's form would. */
static void keep_csrf(Session *s)
{
    static const char key[] = "name=\"csrf_token\" value=\"";
    const char *end = s->page.data + s->page.len;
    const char *at = s->page.len ? find(s->page.data, end, key) : NULL;
    if (!at) return;
    at += sizeof key - 1;
    const char *close = memchr(at, '"', (size_t)(end - at));
    size_t n = close ? (size_t)(close - at) : 0;
    if (n == 0 || n >= CSRF_MAX) return;
    memcpy(s->csrf, at, n);
    s->csrf[n] = '\0';
}

/* The text of attribute `name="..."` inside the tag [tag, close). */
static Span attribute(const char *tag, const char *close, const char *name)
{
    const char *at = find(tag, close, name);
    if (!at) return (Span){NULL, 0};
    at += strlen(name);
    const char *q = memchr(at, '"', (size_t)(close - at));
    return q ? (Span){at, (size_t)(q - at)} : (Span){NULL, 0};
}

static const char *const GROUPS[] = {"ship_to", "bill_to", "shipping_method", "payment_method"};
#define NGROUPS (sizeof GROUPS / sizeof GROUPS[0])

/* Which of the checkout's radio groups the input tag [tag, close) is in,
 * or -1. */
static int radio_group(const char *tag, const char *close)
{
    static const char key[] = "type=\"radio\" name=\"";
    const char *at = find(tag, close, key);
    if (!at) return -1;
    at += sizeof key - 1;
    for (size_t g = 0; g < NGROUPS; g++) {
        size_t n = strlen(GROUPS[g]);
        if ((size_t)(close - at) > n && memcmp(at, GROUPS[g], n) == 0 && at[n] == '"') return (int)g;
    }
    return -1;
}

/* The checkout form's choices as a browser sends them: the checked radio
 * of each group, else its first saved choice (not "new", which asks for
 * an address typed in). A group without radios is left out. */
static void add_choices(Session *s)
{
    Span pick[NGROUPS] = {{NULL, 0}};
    int checked[NGROUPS] = {0};
    const char *p = s->page.data, *end = p + s->page.len;
    const char *tag;
    while ((tag = find(p, end, "<input"))) {
        const char *close = memchr(tag, '>', (size_t)(end - tag));
        if (!close) break;
        p = close + 1;
        int g = radio_group(tag, close);
        if (g < 0 || checked[g]) continue;
        if (find(tag, close, " checked")) {
            checked[g] = 1;
            pick[g] = attribute(tag, close, "value=\"");
        } else if (!pick[g].p && !find(tag, close, "value=\"new\"")) {
            pick[g] = attribute(tag, close, "value=\"");
        }
    }
    for (size_t g = 0; g < NGROUPS; g++)
        if (pick[g].p) field(&s->form, span(GROUPS[g]), pick[g], 1);
}

/* The review's "place order" form (action="/checkout") posted as it is:
 * its hidden inputs, its own csrf_token and one-time submit key among
 * them. 0 when the page has no such form (the order was refused). */
static int review_form(Session *s)
{
    static const char input[] = "<input type=\"hidden\" name=\"";
    static const char between[] = "\" value=\"";
    const char *page_end = s->page.data + s->page.len;
    const char *p = s->page.len ? find(s->page.data, page_end, "action=\"/checkout\"") : NULL;
    if (!p) return 0;
    const char *end = find(p, page_end, "</form>");
    if (!end) end = page_end;
    s->form.len = 0;
    while ((p = find(p, end, input))) {
        const char *name = p + sizeof input - 1;
        const char *q = memchr(name, '"', (size_t)(end - name));
        if (!q || (size_t)(end - q) < sizeof between - 1) break;
        p = q;
        if (q == name || memcmp(q, between, sizeof between - 1) != 0) continue;
        const char *value = q + sizeof between - 1;
        const char *v_end = memchr(value, '"', (size_t)(end - value));
        if (!v_end || v_end + 1 >= end) break;
        p = v_end;
        if (v_end[1] != '>') continue;
        field(&s->form, (Span){name, (size_t)(q - name)}, (Span){value, (size_t)(v_end - value)}, 1);
    }
    return 1;
}

/* The page's error box, from "alert-danger" to its first </div>, for the
 * report; empty when there is none. */
static Span alert_text(const Session *s)
{
    const char *end = s->page.data + s->page.len;
    const char *at = s->page.len ? find(s->page.data, end, "alert-danger") : NULL;
    const char *close = at ? find(at, end, "</div>") : NULL;
    return close ? (Span){at, (size_t)(close + 6 - at)} : (Span){"", 0};
}

/* --- the report ---------------------------------------------------------------- */

static void json_string(Buf *b, const char *s, size_t n)
{
    buf_add(b, "\"", 1);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        char esc[8];
        if (c == '"' || c == '\\') {
            esc[0] = '\\', esc[1] = (char)c;
            buf_add(b, esc, 2);
        } else if (c < 0x20) {
            snprintf(esc, sizeof esc, "\\u%04x", c);
            buf_add(b, esc, 6);
        } else {
            buf_add(b, (const char *)&c, 1);
        }
    }
    buf_add(b, "\"", 1);
}

static void list_add(Buf *list, const char *s, size_t n)
{
    if (list->len) buf_add(list, ",", 1);
    json_string(list, s, n);
}

static void fail(Driver *d, const char *fmt, ...)
{
    d->errors++;
    if (d->nfirst == FIRST_ERRORS) return;
    char text[4096];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    list_add(&d->first, text, (size_t)n < sizeof text ? (size_t)n : sizeof text - 1);
    d->nfirst++;
}

/* --- cookies: what a browser keeps of Set-Cookie for one site ----------- */

static Cookie *cookie_named(Session *s, const char *name, size_t n)
{
    for (size_t i = 0; i < s->ncookies; i++)
        if (s->cookies[i].name_len == n && memcmp(s->cookies[i].text, name, n) == 0) return &s->cookies[i];
    return NULL;
}

/* Max-Age=0 (how the portal clears a cookie) in the attributes [p, end). */
static int cookie_expired(const char *p, const char *end)
{
    while (p < end) {
        while (p < end && (*p == ';' || *p == ' ')) p++;
        if ((size_t)(end - p) > 8 && strncasecmp(p, "max-age=", 8) == 0) return strtol(p + 8, NULL, 10) <= 0;
        const char *next = memchr(p, ';', (size_t)(end - p));
        p = next ? next : end;
    }
    return 0;
}

static void keep_cookie(Session *s, const char *v, const char *end)
{
    const char *semi = memchr(v, ';', (size_t)(end - v));
    const char *pair_end = semi ? semi : end;
    const char *eq = memchr(v, '=', (size_t)(pair_end - v));
    if (!eq || eq == v) return;
    size_t name_len = (size_t)(eq - v), len = (size_t)(pair_end - v);
    Cookie *c = cookie_named(s, v, name_len);
    if (cookie_expired(pair_end, end)) {
        if (c) *c = s->cookies[--s->ncookies];
        return;
    }
    if (!c && s->ncookies == COOKIES) die("more than %d cookies", COOKIES);
    if (len >= COOKIE_MAX) die("a cookie of %zu bytes", len);
    if (!c) c = &s->cookies[s->ncookies++];
    memcpy(c->text, v, len);
    c->text[len] = '\0';
    c->name_len = name_len;
}

/* --- HTTP/1.1 responses -------------------------------------------------------- */

static int header_is(const char *line, size_t n, const char *name, const char **value)
{
    size_t len = strlen(name);
    if (n <= len || line[len] != ':' || strncasecmp(line, name, len) != 0) return 0;
    *value = line + len + 1;
    while (**value == ' ' || **value == '\t') (*value)++;
    return 1;
}

/* The status line and the headers this driver acts on; 0 when it is not
 * an HTTP/1.x response. */
static int read_head(Session *s)
{
    /* [p, end): the status line and the header lines, each ending in
     * CRLF (so the status line's is always found). */
    const char *p = s->page.data, *end = p + s->head_len - 2;
    if (s->head_len < 14 || memcmp(p, "HTTP/1.", 7) != 0) return 0;
    s->status = strtol(p + 9, NULL, 10);
    s->content_length = -1;
    s->chunked = s->closes = 0;
    s->location[0] = '\0';
    for (p = find(p, end, "\r\n") + 2; p < end;) {
        const char *eol = find(p, end + 2, "\r\n");
        size_t n = (size_t)(eol - p);
        const char *v;
        if (header_is(p, n, "content-length", &v)) s->content_length = strtol(v, NULL, 10);
        else if (header_is(p, n, "transfer-encoding", &v)) s->chunked = memmem(v, (size_t)(eol - v), "chunked", 7) != NULL;
        else if (header_is(p, n, "connection", &v)) s->closes = (size_t)(eol - v) == 5 && strncasecmp(v, "close", 5) == 0;
        else if (header_is(p, n, "set-cookie", &v)) keep_cookie(s, v, eol);
        else if (header_is(p, n, "location", &v) && (size_t)(eol - v) < LOCATION_MAX) {
            memcpy(s->location, v, (size_t)(eol - v));
            s->location[eol - v] = '\0';
        }
        p = eol + 2;
    }
    return 1;
}

/* The response is complete: only its body [from, to) stays, as the page. */
static int keep_body(Session *s, size_t from, size_t to)
{
    memmove(s->page.data, s->page.data + from, to - from);
    s->page.len = to - from;
    return 1;
}

/* Decodes the chunks that are in, in place; 1 once the last one is. */
static int dechunk(Session *s)
{
    for (;;) {
        char *p = s->page.data + s->chunk_at, *end = s->page.data + s->page.len;
        const char *eol = find(p, end, "\r\n");
        if (!eol) return 0;
        char *digits_end;
        unsigned long size = strtoul(p, &digits_end, 16);
        if (digits_end == p) return -1;
        if (size == 0) /* the last chunk: then trailers, none here, and a blank line */
            return find(eol, end, "\r\n\r\n") ? keep_body(s, s->head_len, s->body_end) : 0;
        size_t data = (size_t)(eol + 2 - s->page.data);
        if (s->page.len < data + size + 2) return 0;
        memmove(s->page.data + s->body_end, s->page.data + data, size);
        s->body_end += size;
        s->chunk_at = data + size + 2;
    }
}

/* 1: the response is complete (its body now the page), 0: more to come,
 * -1: not a response this driver can read. eof: the server closed. */
static int parse_response(Session *s, int eof)
{
    if (!s->head_len) {
        const char *blank = find(s->page.data, s->page.data + s->page.len, "\r\n\r\n");
        if (!blank) return eof ? -1 : 0;
        s->head_len = (size_t)(blank + 4 - s->page.data);
        if (!read_head(s)) return -1;
        s->body_end = s->chunk_at = s->head_len;
    }
    if (s->status < 200) return -1; /* no 1xx: nothing here asks for one */
    if (s->status == 204 || s->status == 304) return keep_body(s, 0, 0);
    if (s->chunked) return dechunk(s);
    if (s->content_length >= 0) {
        size_t end = s->head_len + (size_t)s->content_length;
        return s->page.len >= end ? keep_body(s, s->head_len, end) : eof ? -1 : 0;
    }
    return eof ? keep_body(s, s->head_len, s->page.len) : 0; /* the body runs to the close */
}

/* --- connections ---------------------------------------------------------------- */

static void answered(Driver *d, Session *s);

static void disconnect(Session *s)
{
    if (s->fd >= 0) close(s->fd); /* which takes it out of epoll too */
    s->fd = -1;
    s->connecting = 0;
}

/* A new connection, edge-triggered in epoll: it reports when the socket
 * becomes readable or writable, so nothing is re-armed per request. */
static int connect_session(Driver *d, Session *s)
{
    s->fd = socket(d->addr.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (s->fd < 0) return 0;
    int one = 1;
    setsockopt(s->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    struct epoll_event ev = {.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET, .data.ptr = s};
    if (epoll_ctl(d->epoll, EPOLL_CTL_ADD, s->fd, &ev) != 0) die("epoll_ctl: %s", strerror(errno));
    if (connect(s->fd, (struct sockaddr *)&d->addr, d->addr_len) == 0) return 1;
    if (errno != EINPROGRESS) return 0;
    s->connecting = 1;
    return 1;
}

static void transmit(Driver *d, Session *s);

/* The connection failed under the request. Nginx ends idle kept-alive
 * connections (and a reused one may already be gone when the request is
 * written): the request is sent again on a new one, ATTEMPTS tries in
 * all. Even a submit is safe to repeat: its one-time key makes it one
 * order. */
static void broken(Driver *d, Session *s, const char *why)
{
    disconnect(s);
    if (s->attempt < ATTEMPTS) {
        s->attempt++;
        d->retries++;
        transmit(d, s);
        return;
    }
    s->waiting = 0;
    if (s->step == LOGIN_PAGE || s->step == LOGIN) die("%s for %s: %s", STEP_NAMES[s->step], s->email, why);
    fail(d, "%s: %s", STEP_NAMES[s->step], why);
    /* Not answered() from here: with the portal down, every next order
     * would fail inside this call, one frame deeper each time. */
    s->status = 0;
    s->page.len = 0;
    s->gave_up = 1;
    d->gave_up++;
}

static void write_some(Driver *d, Session *s)
{
    while (s->sent < s->out.len) {
        ssize_t n = send(s->fd, s->out.data + s->sent, s->out.len - s->sent, MSG_NOSIGNAL);
        if (n > 0) {
            s->sent += (size_t)n;
        } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
            return; /* epoll says when there is room */
        } else if (errno != EINTR) {
            broken(d, s, strerror(errno));
            return;
        }
    }
}

/* Reads what has arrived. The socket is edge-triggered: it reports again
 * only when more arrives, so a read stops when it comes back short (all
 * there was) -- unless the server has also closed (hangup): that is told
 * once, and only a read that returns 0 shows it. */
static void read_some(Driver *d, Session *s, int hangup)
{
    int eof = 0;
    for (;;) {
        buf_reserve(&s->page, READ_ROOM);
        size_t room = s->page.cap - s->page.len;
        ssize_t n = recv(s->fd, s->page.data + s->page.len, room, 0);
        if (n > 0) {
            s->page.len += (size_t)n;
            if ((size_t)n < room && !hangup) break;
        } else if (n == 0) {
            eof = 1;
            break;
        } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
            break;
        } else if (errno != EINTR) {
            broken(d, s, strerror(errno));
            return;
        }
    }
    if (!s->waiting) { /* an idle connection the server ended */
        if (eof) disconnect(s);
        s->page.len = 0;
        return;
    }
    int done = parse_response(s, eof);
    if (done < 0 || (done == 0 && eof)) {
        broken(d, s, eof ? "connection closed" : "not an HTTP/1.1 response");
        return;
    }
    if (done == 0) return;
    if (s->closes || eof) disconnect(s);
    s->waiting = 0;
    answered(d, s);
}

static void on_event(Driver *d, Session *s, uint32_t events)
{
    int fd = s->fd; /* the events are this connection's, not a new one's */
    if (s->connecting) {
        int error = 0;
        socklen_t len = sizeof error;
        if (!(events & (EPOLLOUT | EPOLLERR | EPOLLHUP))) return;
        getsockopt(s->fd, SOL_SOCKET, SO_ERROR, &error, &len);
        if (error) {
            broken(d, s, strerror(error));
            return;
        }
        s->connecting = 0;
    }
    if (s->waiting && s->sent < s->out.len) write_some(d, s);
    if (s->fd == fd && (events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)))
        read_some(d, s, (events & (EPOLLRDHUP | EPOLLHUP | EPOLLERR)) != 0);
}

/* (Re)sends the request in s->out, connecting first when needed. */
static void transmit(Driver *d, Session *s)
{
    s->waiting = 1;
    s->sent = 0;
    s->page.len = 0;
    s->head_len = 0;
    clock_gettime(CLOCK_MONOTONIC, &s->sent_at);
    if (s->fd < 0 && !connect_session(d, s)) {
        broken(d, s, strerror(errno));
        return;
    }
    if (!s->connecting) write_some(d, s);
}

static void send_request(Driver *d, Session *s, enum step step, const char *method, const char *path, int post)
{
    s->step = step;
    s->attempt = 1;
    Buf *o = &s->out;
    o->len = 0;
    buf_adds(o, method);
    buf_add(o, " ", 1);
    buf_add(o, d->prefix, d->prefix_len);
    buf_adds(o, path);
    buf_adds(o, " HTTP/1.1\r\nHost: ");
    buf_add(o, d->host, d->host_len);
    for (size_t i = 0; i < s->ncookies; i++) {
        buf_adds(o, i ? "; " : "\r\nCookie: ");
        buf_adds(o, s->cookies[i].text);
    }
    if (post) {
        char length[64];
        snprintf(length, sizeof length, "\r\nContent-Length: %zu", s->form.len);
        buf_adds(o, "\r\nContent-Type: application/x-www-form-urlencoded");
        buf_adds(o, length);
    }
    buf_adds(o, "\r\n\r\n");
    if (post) buf_add(o, s->form.data, s->form.len);
    transmit(d, s);
}

/* --- an order, request by request ---------------------------------------------- */

/* The next order, or rest once the time is up (the orders under way are
 * finished first). */
static void next_order(Driver *d, Session *s)
{
    if (since(&d->until) >= 0) {
        d->active--;
        return;
    }
    s->n = d->next_order++;
    send_request(d, s, CART, "GET", "/cart", 0);
}

static void add_to_cart(Driver *d, Session *s)
{
    char quantity[24];
    snprintf(quantity, sizeof quantity, "%ld", 1 + s->n % 5);
    form_begin(s);
    field(&s->form, span("sku"), span(d->skus[((size_t)s->n * 7 + s->k) % d->nskus]), 0);
    field(&s->form, span("quantity"), span(quantity), 0);
    field(&s->form, span("return_to"), span("/cart"), 0);
    send_request(d, s, ADD, "POST", "/cart/items", 1);
}

static void review(Driver *d, Session *s)
{
    char po[256];
    snprintf(po, sizeof po, "%s-%ld", d->run, s->n);
    form_begin(s);
    add_choices(s);
    field(&s->form, span("po_number"), span(po), 0);
    field(&s->form, span("delivery_date"), span(""), 0);
    field(&s->form, span("notes"), span(""), 0);
    send_request(d, s, REVIEW, "POST", "/checkout/review", 1);
}

/* Submitted: the portal answers 303 to /checkout/done/NUMBER. */
static void submitted(Driver *d, Session *s)
{
    static const char done[] = "/checkout/done/";
    if (s->status == 303 && strncmp(s->location, done, sizeof done - 1) == 0 && s->location[sizeof done - 1]) {
        const char *number = s->location + sizeof done - 1;
        list_add(&d->numbers, number, strlen(number));
        d->placed++;
    } else if (s->status) {
        fail(d, "submit %ld", s->status);
    }
    next_order(d, s);
}

/* A request answered (status 0: it failed, and was counted): the next
 * one of the session's order. */
static void answered(Driver *d, Session *s)
{
    long status = s->status;
    keep_csrf(s);
    switch (s->step) {
    case LOGIN_PAGE:
        form_begin(s);
        field(&s->form, span("email"), span(s->email), 0);
        field(&s->form, span("password"), span(PASSWORD), 0);
        send_request(d, s, LOGIN, "POST", "/login", 1);
        return;
    case LOGIN:
        if (status != 303) die("%s could not sign in (%ld)", s->email, status);
        d->active--;
        return;
    case CART:
        if (status) add_to_cart(d, s);
        else next_order(d, s);
        return;
    case ADD:
        if (status == 303) {
            send_request(d, s, CHECKOUT, "GET", "/checkout", 0);
            return;
        }
        if (status) fail(d, "add %ld", status);
        next_order(d, s);
        return;
    case CHECKOUT:
        if (status == 200) {
            review(d, s);
            return;
        }
        if (status) fail(d, "checkout %ld", status);
        next_order(d, s);
        return;
    case REVIEW:
        if (status == 200 && review_form(s)) {
            send_request(d, s, SUBMIT, "POST", "/checkout", 1);
            return;
        }
        if (status) {
            Span alert = alert_text(s);
            fail(d, "review %ld %.*s", status, (int)alert.n, alert.p);
        }
        next_order(d, s);
        return;
    case SUBMIT:
        submitted(d, s);
        return;
    }
}

/* --- the event loop ------------------------------------------------------------------ */

/* Once a second: a request unanswered for TIMEOUT_SECONDS has failed. */
static void check_timeouts(Driver *d)
{
    if (since(&d->checked) < 1) return;
    clock_gettime(CLOCK_MONOTONIC, &d->checked);
    for (size_t k = 0; k < d->nemails; k++) {
        Session *s = &d->sessions[k];
        if (s->waiting && since(&s->sent_at) > TIMEOUT_SECONDS) broken(d, s, "no answer");
    }
}

/* The sessions whose request failed for good go on to their next order. */
static void go_on(Driver *d)
{
    for (size_t k = 0; k < d->nemails && d->gave_up; k++) {
        Session *s = &d->sessions[k];
        if (!s->gave_up) continue;
        s->gave_up = 0;
        d->gave_up--;
        answered(d, s);
    }
}

/* Runs the sessions until none is signing in or placing an order. */
static void run(Driver *d)
{
    while (d->active > 0) {
        struct epoll_event events[64];
        int n = epoll_wait(d->epoll, events, 64, d->gave_up ? 0 : 1000);
        if (n < 0 && errno != EINTR) die("epoll_wait: %s", strerror(errno));
        for (int i = 0; i < n; i++) on_event(d, events[i].data.ptr, events[i].events);
        check_timeouts(d);
        go_on(d);
    }
}

/* --- set-up ------------------------------------------------------------------------ */

/* http://HOST[:PORT][/PATH]: the address to connect to, the Host header,
 * and a path to put before every request's. */
static void parse_url(Driver *d, const char *url)
{
    if (strncmp(url, "http://", 7) != 0) die("the URL must be http://HOST[:PORT]");
    const char *host = url + 7, *slash = strchr(host, '/');
    d->host = host;
    d->host_len = slash ? (size_t)(slash - host) : strlen(host);
    d->prefix = slash ? slash : "";
    d->prefix_len = strlen(d->prefix);
    while (d->prefix_len && d->prefix[d->prefix_len - 1] == '/') d->prefix_len--;

    char name[256], port[16] = "80";
    if (d->host_len == 0 || d->host_len >= sizeof name) die("bad URL %s", url);
    memcpy(name, host, d->host_len);
    name[d->host_len] = '\0';
    char *colon = strrchr(name, ':'), *bracket = strrchr(name, ']');
    if (colon && (!bracket || colon > bracket)) {
        snprintf(port, sizeof port, "%s", colon + 1);
        *colon = '\0';
    }
    char *host_name = name;
    if (host_name[0] == '[' && bracket) { /* [::1] */
        *strrchr(host_name, ']') = '\0';
        host_name++;
    }
    struct addrinfo hints = {.ai_socktype = SOCK_STREAM}, *found;
    int rc = getaddrinfo(host_name, port, &hints, &found);
    if (rc != 0) die("%s: %s", url, gai_strerror(rc));
    memcpy(&d->addr, found->ai_addr, found->ai_addrlen);
    d->addr_len = found->ai_addrlen;
    freeaddrinfo(found);
}

static void read_list(Driver *d)
{
    char *line = NULL;
    size_t cap = 0;
    while (getline(&line, &cap, stdin) > 0) {
        line[strcspn(line, "\r\n")] = '\0';
        char ***list = NULL;
        size_t *count = NULL;
        const char *value = NULL;
        if (strncmp(line, "member ", 7) == 0) list = &d->emails, count = &d->nemails, value = line + 7;
        else if (strncmp(line, "sku ", 4) == 0) list = &d->skus, count = &d->nskus, value = line + 4;
        if (!value || !*value) continue;
        char **grown = realloc(*list, (*count + 1) * sizeof **list);
        if (!grown || !(grown[*count] = strdup(value))) die("out of memory");
        *list = grown;
        (*count)++;
    }
    free(line);
    if (!d->nemails || !d->nskus) die("no members or products to order");
}

static void free_all(Driver *d)
{
    for (size_t k = 0; k < d->nemails; k++) {
        Session *s = &d->sessions[k];
        disconnect(s);
        free(s->out.data);
        free(s->form.data);
        free(s->page.data);
    }
    free(d->sessions);
    for (size_t i = 0; i < d->nemails; i++) free(d->emails[i]);
    for (size_t i = 0; i < d->nskus; i++) free(d->skus[i]);
    free(d->emails);
    free(d->skus);
    free(d->first.data);
    free(d->numbers.data);
    close(d->epoll);
}

/* Every member signs in (GET /login for the token, POST /login). */
static void sign_in(Driver *d)
{
    d->sessions = calloc(d->nemails, sizeof *d->sessions);
    if (!d->sessions) die("out of memory");
    d->active = d->nemails;
    for (size_t k = 0; k < d->nemails; k++) {
        Session *s = &d->sessions[k];
        s->k = k;
        s->email = d->emails[k];
        s->fd = -1;
        send_request(d, s, LOGIN_PAGE, "GET", "/login", 0);
    }
    run(d);
}

/* Orders until `seconds` have passed; returns the time it took, the
 * orders under way at the end included. */
static double place_orders(Driver *d, double seconds)
{
    struct timespec started;
    clock_gettime(CLOCK_MONOTONIC, &started);
    long ns = started.tv_nsec + (long)((seconds - (double)(long)seconds) * 1e9);
    d->until.tv_sec = started.tv_sec + (time_t)seconds + ns / 1000000000L;
    d->until.tv_nsec = ns % 1000000000L;
    d->active = d->nemails;
    for (size_t k = 0; k < d->nemails; k++) next_order(d, &d->sessions[k]);
    run(d);
    return since(&started);
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: place_orders URL SECONDS RUN < LIST\n");
        return 2;
    }
    Driver d = {.run = argv[3]};
    double seconds = atof(argv[2]);
    parse_url(&d, argv[1]);
    read_list(&d);
    d.epoll = epoll_create1(EPOLL_CLOEXEC);
    if (d.epoll < 0) die("epoll_create1: %s", strerror(errno));
    clock_gettime(CLOCK_MONOTONIC, &d.checked);

    sign_in(&d);
    double elapsed = place_orders(&d, seconds);

    printf("{\"orders\":%ld,\"seconds\":%.3f,\"errors\":%ld,\"firstErrors\":[%.*s],\"retries\":%ld,\"numbers\":[%.*s]}\n",
           d.placed, elapsed, d.errors, (int)d.first.len, d.first.data ? d.first.data : "", d.retries,
           (int)d.numbers.len, d.numbers.data ? d.numbers.data : "");
    free_all(&d);
    return 0;
}
